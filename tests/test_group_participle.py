"""« été » in paraphrase scoring: the participle of « être » (« a été décidée ») is no content
word of a rendering, the season (« l'été », « cet été ») is one."""

from __future__ import annotations

import pytest

from quotes.group.content import ContentWords
from quotes.group.paraphrase import paraphrase_pairs
from quotes.group.similarity import normalize
from quotes.settings import Settings


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("la fermeture de l'usine a été décidée en mars", False),  # a passive
        ("les salariés n'ont pas été prévenus", False),  # an adverb between: still the verb
        ("Été comme hiver, la ligne reste ouverte", False),  # the first word: no determiner
        ("les travaux dureront tout l'été", True),  # the season after its article
        ("nous rouvrirons cet été", True),
        ("en été, le site accueille des visiteurs", True),
    ],
)
def test_ete_is_content_only_as_the_season(text, season):
    words = ContentWords()
    _, word, _ = words.rows([normalize(text)])
    ete = words.of_stem.get("ete")
    assert (ete is not None and ete in word.tolist()) is season
    said = normalize(text).split()
    at = said.index("ete")  # the word itself: an id of its own only as the season
    assert (words.sequence(" ".join(said))[at] >= 0) is season


@pytest.mark.parametrize(
    ("rendering", "quote", "paired"),
    [
        # the passive's « été » no longer dilutes the three words both say
        ("la fermeture de l'usine a été décidée à Lyon",
         "Nous avons décidé la fermeture de l'usine après des pertes lourdes", True),
        # a season the rendering gives and the quote not still weighs, as any word
        ("la fermeture de l'usine sera décidée cet été à Lyon",
         "Nous avons décidé la fermeture de l'usine après des pertes lourdes", False),
    ],
)
def test_a_passive_rendering_pairs(rendering, quote, paired):
    texts = [normalize(rendering), normalize(quote)]
    found = paraphrase_pairs(texts, ["paul morel"] * 2, ["a1", "a2"], [0, 1], Settings(),
                             reported=[True, False])
    assert bool([(a, b) for a, b, _ in found if {a, b} == {0, 1}]) is paired
