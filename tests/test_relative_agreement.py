"""Who a relative « qui » after a cue stands for: not the plural noun before it when its verb
is singular (« à nos collègues, qui a … »: ``relatives.relative_agrees``); the words it introduces
are left unresolved rather than given to that plural.
"""

import pytest
from conftest import quote_said

DISPATCH = "« Une perte immense », confie le maire Paul Roux à "

RELATIVE = [
    # a singular verb: the plural before « qui » is not its antecedent
    (DISPATCH + "nos collègues de la radio locale, qui en a informé ses habitants : « Nous "
     "sommes tous touchés. »", "Nous sommes tous touchés.", None, None, None),
    ("« Tout est prêt », confie Paul Roux à nos confrères du journal local, qui l'a annoncé "
     "à ses lecteurs : « Nous ouvrirons lundi. »", "Nous ouvrirons lundi.", None, None, None),
    # must not: a plural verb agrees with the plural before it
    (DISPATCH + "nos collègues, qui en ont informé leurs lecteurs : « Nous sommes tous "
     "touchés. »", "Nous sommes tous touchés.", "nos collègues", None, None),
    # must not: a singular noun before a singular verb is the antecedent
    ("« Rien n'est perdu », a écrit Anne Roy au juge, qui a répondu : « Nous verrons. »",
     "Nous verrons.", None, "juge", "male"),
]


@pytest.mark.parametrize("text, said, speaker, role, gender", RELATIVE)
def test_a_relative_qui_agrees_in_number(nlp, text, said, speaker, role, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.role, who.gender) == (speaker, role, gender)
