"""Marked words whose cue and its subject stand inside the clause another cue reports (« il a
rappelé que Jean Morin appelait en 1990 à « … » ») are that clause's record, no record of their
own (detect/duplicates.py), as the guidelines' « Speech inside a quotation » has it: so the one
they name is no speaker, and no later pronoun takes him up."""

import pytest
from conftest import found_quotes, quote_said

_MOREL = ("Le Premier ministre Paul Morel a prononcé mardi sa déclaration de politique générale "
          "devant les députés, dans un hémicycle tendu. Citant son prédécesseur, il a rappelé que "
          "Jean Morin, ancien chef du gouvernement, appelait en 1990 à « rechercher à préserver la "
          "morale de l'action ». Il a également évoqué « l'enchantement d'une motion de "
          "censure ».")

# (text, words said, speaker, roles, gender)
NESTED = [
    # fire: the marks after « appelait en 1990 à » are inside the clause Paul Morel reports; the
    # next « Il » is his, not Jean Morin's
    (_MOREL, "Jean Morin, ancien chef du gouvernement, appelait en 1990 à « rechercher à "
     "préserver la morale de l'action »", "Paul Morel", ["Premier ministre"], "male"),
    (_MOREL, "l'enchantement d'une motion de censure", "Paul Morel", ["Premier ministre"],
     "male"),
    # must not: marks after « de » the parse makes a mixed quote of their own, nested in the
    # reported clause, were dropped before as now; the next « Elle » stays the mayor's
    ("La maire de Vaubel, Anne Roy, a présenté mardi son budget devant le conseil. Elle a "
     "rappelé que la fondatrice du parti, Claire Vasseur, demandait déjà en 1990 de « ne jamais "
     "céder ». Elle a aussi évoqué « une fidélité sans faille ».", "une fidélité sans faille",
     "Anne Roy", ["maire de Vaubel"], "female"),
    # must not: a clause no one named reports (« on », an impersonal « il », a verb of
    # learning) leaves the words inside it their speaker's record
    ("On a appris mardi que la ministre Anne Roy réclamait « un moratoire ».", "un moratoire",
     "Anne Roy", ["ministre"], "female"),
    ("Il a été rapporté que la ministre Anne Roy réclamait « un moratoire ».", "un moratoire",
     "Anne Roy", ["ministre"], "female"),
    ("Il est rappelé que la ministre Anne Roy réclamait « un moratoire ».", "un moratoire",
     "Anne Roy", ["ministre"], "female"),
    # must not: a reported clause cut by the end of the text is no quote, so none holds the
    # words inside it
    ("Le maire Paul Morel a pris la parole. Il a expliqué que la ministre Anne Roy réclamait « un "
     "moratoire », une mesure attendue depuis", "un moratoire", "Anne Roy", ["ministre"],
     "female"),
    # must not: a cue in a sentence of its own speaks for its subject
    ("Le Premier ministre Paul Morel a prononcé mardi sa déclaration. Il a rappelé que la réforme "
     "passerait. Jean Morin a ensuite appelé en séance à « préserver la morale de l'action ».",
     "préserver la morale de l'action", "Jean Morin", [], "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles", "gender"), NESTED)
def test_speech_inside_a_reported_clause(nlp, text, said, speaker, roles, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles], who.gender) == (speaker, roles, gender)


def test_marks_inside_a_reported_clause_are_no_record_of_their_own(nlp):
    said = [q.span.text for q in found_quotes(nlp, _MOREL)]
    assert "rechercher à préserver la morale de l'action" not in said
    assert len(said) == 2
