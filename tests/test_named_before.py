"""Mentions that stand for someone named before, and words that name no one: a definite
anonymous source (« la source ») is the source named before with all its words
(``anaphora.points_back``); a distinction's noun (« le lauréat ») describes a person
(``descriptions.person_word``); a name after a possessive (« son Nobel ») is a thing's, no
one's (``name_shape.articled``)."""

import pytest
from conftest import quote_said

from quotes.attribute.descriptions import person_word
from quotes.attribute.name_shape import articled

SPEAKERS = [
    # (text, quote, the speaker's name)
    # a definite source is the one named before with all its words
    ("Le suspect a été interpellé lundi, a indiqué une source policière. « Il a reconnu les "
     "faits », a ajouté la source.", "Il a reconnu les faits", "une source policière"),
    ("Le suspect a été interpellé lundi, a indiqué une source policière. Selon la source "
     "policière, il sera jugé en mars.", "il sera jugé en mars", "une source policière"),
    # a bare « la source » with no anonymous source before: the one last quoted
    ("Le suspect sera jugé en mars, a indiqué le parquet de Lyon. « Il a reconnu les faits », "
     "a ajouté la source.", "Il a reconnu les faits", "parquet de Lyon"),
    # … not one named with other words, nor all the sources of a kind
    ("Le suspect a été interpellé lundi, a indiqué une source policière. Selon la source "
     "judiciaire, il sera jugé en mars.", "il sera jugé en mars", "la source judiciaire"),
    ("Le suspect a été interpellé lundi, a indiqué une source policière. Selon les sources "
     "policières, il sera jugé en mars.", "il sera jugé en mars", "les sources policières"),
    # the winner of a distinction is a person the article names
    ("Le prix a été décerné à Paul Roux. « Je suis surpris », a réagi Paul Roux. « Je l'ai "
     "appris dans la rue », ajoute le lauréat.", "Je l'ai appris dans la rue", "Paul Roux"),
    # a name after a possessive is a thing's: the pronoun is the one named before
    ("Paul Vernet, Nobel de chimie, est surpris. Ce que son Nobel va changer ? « Beaucoup de "
     "voyages », répond-il.", "Beaucoup de voyages", "Paul Vernet"),
]


@pytest.mark.parametrize(("text", "quote", "name"), SPEAKERS)
def test_speaker_named_before(nlp, text, quote, name):
    assert quote_said(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize(("word", "person"), [
    # by lexicon/distinction_nouns.txt only: no role noun, no agent ending
    ("lauréat", True), ("lauréate", True), ("recordman", True),
    ("prix", False),  # the distinction, not its winner
    ("club", False),
])
def test_a_distinction_s_winner_is_a_person(word, person):
    assert person_word(word) is person


@pytest.mark.parametrize(("text", "tagged", "fires"), [
    ("Ce que son Nobel va changer ?", "Nobel", True),
    ("Il a pris sa Clio hier.", "Clio", True),
    ("Il a écrit à Paul Roux hier.", "Paul Roux", False),
])
def test_a_name_after_a_possessive_is_a_thing_s(nlp, text, tagged, fires):
    doc = nlp(text)
    lo = text.index(tagged)
    assert articled(doc.char_span(lo, lo + len(tagged), label="PER")) is fires
