"""A postposed cue after marks that a coordinating conjunction opens (« Mais « … », a lancé
X »): the conjunction links the narrator's sentences, the quote is the marks alone (direct).
Made-up sentences, one row a case."""

import pytest
from conftest import beside_its_own_quote, quotes_of

MARKS_ALONE = [
    ("Mais « la lutte continue », a lancé Paul Garnier.", "la lutte continue", "Paul Garnier"),
    ("Le maire Paul Garnier a quitté la salle. Et « rien ne change », a-t-il ajouté.",
     "rien ne change", "Paul Garnier"),
    ("Le chantier a pris du retard. Or « rien n'est joué », a lancé Anne Morel.",
     "rien n'est joué", "Anne Morel"),
    # a connector of the narrator's (lexicon/narrator_links.txt), with a comma or without
    ("Toutefois, « la lutte continue », a lancé Paul Garnier.", "la lutte continue",
     "Paul Garnier"),
    ("Paul Garnier hésite. Car « rien n'est joué », a lancé Paul Garnier.", "rien n'est joué",
     "Paul Garnier"),
]

KEPT = [
    # a lead-in that is no conjunction nor connector stays with the marks (« Ce soir, « A »,
    # a-t-il dit »)
    ("Ce soir, « la lutte continue », a lancé Paul Garnier.",
     "Ce soir, « la lutte continue »", "mixed"),
    # a conjunction before a clause that holds marks: the clause is what is said
    ("Mais la grève « continue », a lancé Paul Garnier.", "Mais la grève « continue »", "mixed"),
    # of the conjunctions only « Et », « Mais », « Or » link the narrator's sentences so
    # (GUIDELINES, Spans), and « Car » of the connectors
    ("Paul Garnier hésite. Donc « rien n'est joué », a lancé Paul Garnier.",
     "Donc « rien n'est joué »", "mixed"),
    ("Paul Garnier hésite. Puis « rien n'est joué », a lancé Paul Garnier.",
     "Puis « rien n'est joué »", "mixed"),
    ("Paul Garnier hésite. Ou « rien n'est joué », a lancé Paul Garnier.",
     "Ou « rien n'est joué »", "mixed"),
    # « or » the noun (gold) is no link of the narrator's
    ("Le trésor a été retrouvé. L'or « brille encore », a lancé Anne Morel.",
     "L'or « brille encore »", "mixed"),
]

NOT_SAID = [
    # a title in marks after a conjunction, no cue
    "Le studio a fermé. Et « Les Ombres de Vernac », son dernier film, sortira en juin.",
    # a verb of saying used for something else after the marks
    "Mais « Les Ombres », le studio a lancé le tournage mardi.",
]

# « Or » inside the marks stays in the words said
OR_KEPT = [
    ("« Or rien n'est joué », a lancé Anne Morel.", "Or rien n'est joué", "Anne Morel"),
]


@pytest.mark.parametrize("text, said, speaker", MARKS_ALONE)
def test_marks_alone(nlp, text, said, speaker):
    found = [(q.type, q.span.text, q.speaker.name) for q in quotes_of(nlp, text)]
    assert found == [("direct", said, speaker)]


@pytest.mark.parametrize("text, said, qtype", KEPT)
def test_lead_kept(nlp, text, said, qtype):
    found = [(q.type, q.span.text) for q in quotes_of(nlp, text)]
    assert found == [(qtype, said)]


@pytest.mark.parametrize("text", NOT_SAID)
def test_no_quote(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


@pytest.mark.parametrize("text, said, speaker", OR_KEPT)
def test_or_inside_the_marks_is_said(nlp, text, said, speaker):
    found = [(q.type, q.span.text, q.speaker.name) for q in quotes_of(nlp, text)]
    assert found == [("direct", said, speaker)]
