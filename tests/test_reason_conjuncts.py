"""A conjunct that « car » opens after a cue's infinitive gives the reason of the reported
words: it ends nothing, as it ends no que-clause; a verb « et » or « mais » coordinates with
the cue is the narrator's and ends them (content.conj_barriers). Sentences written for these
tests."""

import pytest
from conftest import found_quotes

# (sentence, the reported words, the cue)
ROWS = [
    # « car »: the reason goes with the words
    ("La ministre Anne Roux a appelé à rester vigilant, car d’autres orages sont annoncés.",
     "rester vigilant, car d’autres orages sont annoncés", "a appelé"),
    ("Le préfet Paul Morin a demandé de limiter les trajets, car les routes restent "
     "glissantes.", "limiter les trajets, car les routes restent glissantes", "a demandé"),
    # a que-clause already kept it
    ("La ministre Anne Roux a annoncé que les écoles resteront fermées, car d’autres orages "
     "sont annoncés.", "les écoles resteront fermées, car d’autres orages sont annoncés",
     "a annoncé"),
    # « mais », « et »: the narrator's verb, the words end before it
    ("La ministre Anne Roux a appelé à rester vigilant, mais elle a ensuite quitté la salle.",
     "rester vigilant", "a appelé"),
    ("Le préfet Paul Morin a demandé de limiter les trajets et a quitté la réunion.",
     "limiter les trajets", "a demandé"),
    # after the reason, « et », « puis », « mais »: the parse hangs them on the reason's verb,
    # they still end the words
    ("La ministre a appelé à voter, car le scrutin est serré, et elle a quitté la salle.",
     "voter, car le scrutin est serré", "a appelé"),
    ("La ministre a appelé à rester vigilant, car d'autres orages sont annoncés, puis elle a "
     "quitté la salle.", "rester vigilant, car d'autres orages sont annoncés", "a appelé"),
    ("Le maire a demandé de patienter, car les secours arrivent, mais personne ne l'a écouté.",
     "patienter, car les secours arrivent", "a demandé"),
]


@pytest.mark.parametrize(("text", "said", "cue"), ROWS)
def test_reported_words_end(nlp, text, said, cue):
    quotes = found_quotes(nlp, text)
    assert [(q.span.text, q.cue.text if q.cue else None) for q in quotes] == [(said, cue)]
