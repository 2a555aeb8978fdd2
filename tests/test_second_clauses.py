"""A second que-clause coordinated after a comma is a quote of its own (detect/second_clauses).

Sentences written for these tests.
"""

import pytest
from conftest import quote_said, quotes_of

SPLIT = [
    # two indirect clauses under one cue
    ("La maire Odile Ferrand a annoncé que le marché couvert rouvrira le 3 juin, et que d'ici "
     "là, les stands resteront place Vauban.",
     [("indirect", "le marché couvert rouvrira le 3 juin"),
      ("indirect", "d'ici là, les stands resteront place Vauban")], "Odile Ferrand", "a annoncé"),
    # each clause holds marks: two mixed quotes, the parse hanging the second verb on the cue
    ("Le docteur Loïc Marest explique que les brûlures du cycliste « sont superficielles », et "
     "qu'il a « perdu deux dents ». Il restera deux jours à l'hôpital.",
     [("mixed", "les brûlures du cycliste « sont superficielles »"),
      ("mixed", "il a « perdu deux dents »")], "Loïc Marest", "explique"),
]


@pytest.mark.parametrize(("text", "parts", "speaker", "cue"), SPLIT)
def test_a_second_que_clause_after_a_comma_is_its_own_quote(nlp, text, parts, speaker, cue):
    for qtype, said in parts:
        q = quote_said(nlp, text, said)
        assert (q.type, q.speaker.name, q.cue.text) == (qtype, speaker, cue)


WHOLE = [
    # no comma: one quote of both clauses
    ("Le maire Paul Guérin a dit que la route était fermée et que les travaux dureraient un "
     "mois.", "la route était fermée et que les travaux dureraient un mois", "Paul Guérin"),
    # « , et que » inside the marks: the speaker's own words
    ("Le directeur Yann Morvan a assuré : « Nous avons dit que le site fermerait, et que "
     "personne ne partirait. »",
     "Nous avons dit que le site fermerait, et que personne ne partirait.", "Yann Morvan"),
    # the narrator's own verb after the comma ends the quote, starts none
    ("La présidente Anne Lozach a déclaré que la piscine était fermée, et a quitté la salle.",
     "la piscine était fermée", "Anne Lozach"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), WHOLE)
def test_no_second_quote_without_comma_and_que_outside_marks(nlp, text, said, speaker):
    quotes = quotes_of(nlp, text)
    assert [(q.span.text, q.speaker.name) for q in quotes] == [(said, speaker)]
