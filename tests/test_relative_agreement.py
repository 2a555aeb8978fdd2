"""Who a relative « qui » after a cue stands for: not the plural noun before it when its verb
is singular (« à nos collègues, qui a … »: ``relatives.relative_agrees``); then the subject of
the clause that noun hangs on, when it agrees (``relatives.relative_antecedent``); else the
words it introduces are left unresolved rather than given to that plural.
"""

import pytest
from conftest import quote_said

DISPATCH = "« Une perte immense », confie le maire Paul Roux à "

RELATIVE = [
    # a singular verb: the plural before « qui » is not its antecedent; the cue's own
    # subject, inverted after the quote, is
    (DISPATCH + "nos collègues de la radio locale, qui en a informé ses habitants : « Nous "
     "sommes tous touchés. »", "Nous sommes tous touchés.", "Paul Roux", "maire", "male"),
    ("« Tout est prêt », confie Paul Roux à nos confrères du journal local, qui l'a annoncé "
     "à ses lecteurs : « Nous ouvrirons lundi. »", "Nous ouvrirons lundi.", "Paul Roux", None,
     "male"),
    ("« Le chantier avance », raconte la directrice Julie Marchand à nos confrères, qui l'a "
     "redit le soir même : « Il sera fini en mai. »", "Il sera fini en mai.", "Julie Marchand",
     "directrice", "female"),
    # the subject before the verb in a plain sentence
    ("Le maire Paul Roux a confié sa peine à nos confrères de la radio, qui l'a rapporté à ses "
     "auditeurs : « Nous sommes tous touchés. »", "Nous sommes tous touchés.", "Paul Roux",
     "maire", "male"),
    # must not: a plural subject does not agree with the singular verb either: left open
    ("Les élus ont écrit à nos confrères, qui l'a redit le soir même : « Il sera fini en mai. »",
     "Il sera fini en mai.", None, None, None),
    # must not: a plural subject does not agree with the singular verb either: left open
    ("« Tout est prêt », confient les organisateurs à nos confrères du journal local, qui l'a "
     "annoncé à ses lecteurs : « Nous ouvrirons lundi. »", "Nous ouvrirons lundi.", None, None,
     None),
    # must not: a plural verb agrees with the plural before it
    (DISPATCH + "nos collègues, qui en ont informé leurs lecteurs : « Nous sommes tous "
     "touchés. »", "Nous sommes tous touchés.", "nos collègues", None, None),
    # must not: a singular noun before a singular verb is the antecedent
    ("« Rien n'est perdu », a écrit Anne Roy au juge, qui a répondu : « Nous verrons. »",
     "Nous verrons.", None, "juge", None),
]


@pytest.mark.parametrize("text, said, speaker, role, gender", RELATIVE)
def test_a_relative_qui_agrees_in_number(nlp, text, said, speaker, role, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.role, who.gender) == (speaker, role, gender)
