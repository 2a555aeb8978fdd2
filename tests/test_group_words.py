"""Which words a paraphrase counts as one: content words cut to six letters, by lemma, except a
noun or adjective derived from a shorter noun of the same cut (lexicon ``derived_words``:
« présidentielle » from « président », « travailleur » from « travail »), which names another
thing; a verb and the noun of its act (« démissionner », « démission »; of another cut,
lexicon ``act_nouns``: « exclure », « exclusion ») and the feminine of a noun (« présidente »)
stay one word."""

import pytest

from quotes.group.grouping import group_quotes
from quotes.lexicon import table
from quotes.model import ArticleRef, Quote, Span, Speaker


def rec(qid: str, article: str, text: str, kind: str) -> Quote:
    span = Span(0, len(text), text)
    return Quote(id=qid, article=ArticleRef(article, article), type=kind, span=span,
                 sentence=span, cue=None,
                 speaker=Speaker("Léa Morin", None, None, "person", "explicit",
                                 confidence=0.93))


@pytest.mark.parametrize(("said", "other", "grouped"), [
    # a congratulation of a president is no rendering of a word on the presidential election
    (("direct", "Bravo au président Marc Dalon"),
     ("indirect", "elle a parlé avec Marc Dalon de la présidentielle de mai"), False),
    # the workers of a plant are not its work
    (("direct", "Le travail reprendra lundi dans l'usine de Brion"),
     ("indirect", "elle a salué les travailleurs de l'usine de Brion"), False),
    # a verb and the noun of its act say one thing
    (("indirect", "sa démission du conseil de Vernay remise au préfet"),
     ("direct", "J'ai écrit au préfet pour démissionner du conseil municipal de Vernay "
                "après six ans"), True),
    # a verb and the noun of its act of another cut: « décidé » / « décision », « exclure » /
    # « exclusion »
    (("indirect", "elle a décidé d'exclure le trésorier"),
     ("direct", "La décision est prise : l'exclusion du trésorier sera votée lundi"), True),
    (("indirect", "elle a exclu le trésorier du bureau"),
     ("direct", "J'ai demandé l'exclusion du trésorier, le bureau votera lundi"), True),
    # the verb alone is no rendering of another statement on the same act
    (("indirect", "elle a décidé d'exclure le trésorier"),
     ("direct", "Une exclusion, ce serait trop dur pour le club de Brion, je ne la voterai pas"),
     False),
    # the feminine of a noun is the same word
    (("indirect", "la présidente Ana Coste partira en mars"),
     ("direct", "Notre président Ana Coste va partir en mars, c'est une page qui se tourne "
                "pour le club"), True),
])
def test_a_derived_word_is_not_its_base(said, other, grouped):
    quotes, _ = group_quotes([rec("q1", "a1", said[1], said[0]),
                              rec("q2", "a2", other[1], other[0])])
    assert (quotes[0].group_id == quotes[1].group_id is not None) == grouped
    assert all(q.speaker.name == "Léa Morin" and q.speaker.role is None
               and q.speaker.gender is None for q in quotes)


def test_derived_words_lexicon():
    derived = {form: own for form, own in table("derived_words")}
    assert derived["presidentielle"] == derived["presidentiel"] == "presidenti"
    assert derived["travailleurs"] == "travaill"
    for same in ("president", "presidente", "presidents", "demission", "demissionner"):
        assert same not in derived, same


def test_act_nouns_lexicon():
    acts = {form: noun for form, noun in table("act_nouns")}
    for verb, noun in (("exclure", "exclusion"), ("exclu", "exclusion"), ("decide", "decision"),
                       ("elire", "election"), ("reduire", "reduction")):
        assert acts[verb] == noun, verb
    # a present participle names a person (« les dirigeants »); a noun of another meaning
    # (« procession ») is no act of its verb; a verb of the noun's own cut needs no entry
    for left in ("dirigeant", "dirigeants", "proceder", "demissionner", "suspendre"):
        assert left not in acts, left
