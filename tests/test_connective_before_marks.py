"""A postposed cue after marks that a coordinating conjunction opens (« Mais « … », a lancé
X »): the conjunction links the narrator's sentences, the quote is the marks alone (direct).
Made-up sentences, one row a case."""

import pytest
from conftest import found_quotes, quotes_of

MARKS_ALONE = [
    ("Mais « la lutte continue », a lancé Paul Garnier.", "la lutte continue", "Paul Garnier"),
    ("Le maire Paul Garnier a quitté la salle. Et « rien ne change », a-t-il ajouté.",
     "rien ne change", "Paul Garnier"),
    ("Le chantier a pris du retard. Or « rien n'est joué », a lancé Anne Morel.",
     "rien n'est joué", "Anne Morel"),
]

KEPT = [
    # a lead-in that is no conjunction stays with the marks (« Toutefois, « A », a-t-il dit »)
    ("Toutefois, « la lutte continue », a lancé Paul Garnier.",
     "Toutefois, « la lutte continue »", "mixed"),
    # a conjunction before a clause that holds marks: the clause is what is said
    ("Mais la grève « continue », a lancé Paul Garnier.", "Mais la grève « continue »", "mixed"),
    # only « Et », « Mais », « Or » link the narrator's sentences so (GUIDELINES, Spans)
    ("Paul Garnier hésite. Donc « rien n'est joué », a lancé Paul Garnier.",
     "Donc « rien n'est joué »", "mixed"),
    ("Paul Garnier hésite. Car « rien n'est joué », a lancé Paul Garnier.",
     "Car « rien n'est joué »", "mixed"),
    ("Paul Garnier hésite. Puis « rien n'est joué », a lancé Paul Garnier.",
     "Puis « rien n'est joué »", "mixed"),
    ("Paul Garnier hésite. Ou « rien n'est joué », a lancé Paul Garnier.",
     "Ou « rien n'est joué »", "mixed"),
    # « or » the noun (gold) is no link of the narrator's
    ("Le trésor a été retrouvé. L'or « brille encore », a lancé Anne Morel.",
     "L'or « brille encore »", "mixed"),
]

# no quote: each text ends on a quote of its own (AFTER), which shows it was read
AFTER = " « Nous attendons », a dit Luc Bernard."
NOT_SAID = [
    # a title in marks after a conjunction, no cue
    "Le studio a fermé. Et « Les Ombres de Vernac », son dernier film, sortira en juin." + AFTER,
    # a verb of saying used for something else after the marks
    "Mais « Les Ombres », le studio a lancé le tournage mardi." + AFTER,
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
    assert [(q.span.text, q.speaker.name) for q in found_quotes(nlp, text)] == [
        ("Nous attendons", "Luc Bernard")]


@pytest.mark.parametrize("text, said, speaker", OR_KEPT)
def test_or_inside_the_marks_is_said(nlp, text, said, speaker):
    found = [(q.type, q.span.text, q.speaker.name) for q in quotes_of(nlp, text)]
    assert found == [("direct", said, speaker)]
