"""Unmarked words in the first person that an incise after them reports
(quotes/detect/first_person.py): « J'espère qu'il réussira, a déclaré X » is X's sentence, not
a que-clause of the narrator's left with no speaker.

- the rule fires only on a « je » or « nous » subject, its que-clause without marks, and a cue
  after the words that is an incise (its subject after it); a first-person verb there that
  reports nothing (« les causes que nous partageons ») ends none of the words;
- « on », a subject of the third or second person, a cue that is no incise (« comme l'a
  indiqué X », « car X l'a annoncé », « et X a dit »), or an incise in another sentence leave the
  que-clause as before.

Every sentence is made up.
"""

import pytest
from conftest import quotes_of

LEAD = "Le délégué Paul Morel a pris la parole mardi devant les salariés.\n\n"


def _said(nlp, sentence):
    text = LEAD + sentence
    return sorted((q.span.text, q.speaker.name) for q in quotes_of(nlp, text))


ROWS = [
    # positive: the whole sentence is the incise's speaker's
    pytest.param("J'espère qu'il réussira dans sa nouvelle fonction, a déclaré Paul Morel.",
                 [("J'espère qu'il réussira dans sa nouvelle fonction", "Paul Morel")],
                 id="je-espere-incise"),
    pytest.param("Nous pensons que le pont rouvrira en juin, a indiqué le maire Paul Morel.",
                 [("Nous pensons que le pont rouvrira en juin", "Paul Morel")],
                 id="nous-pensons-incise"),
    pytest.param("Ce n'est pas ce que nous voulions, et je regrette que nous ayons perdu, a "
                 "ajouté Paul Morel.",
                 [("Ce n'est pas ce que nous voulions, et je regrette que nous ayons perdu",
                   "Paul Morel")], id="je-regrette-after-a-clause"),
    pytest.param("Je suis désolée que nous ayons perdu, a déclaré Mme Anne Petit.",
                 [("Je suis désolée que nous ayons perdu", "Anne Petit")],
                 id="je-suis-desolee-incise"),
    pytest.param("Je pense que la grève durera, écrit Paul Morel dans sa lettre.",
                 [("Je pense que la grève durera", "Paul Morel")], id="je-pense-ecrit"),
    # a first-person verb of a relative clause that reports nothing ends none of the words
    # (the parse reads « partageons » as a cue: without muting it the incise's words begin
    # after it and the que-clause stays unresolved)
    pytest.param("Je suis désolée que nous n'ayons pas réussi, pour les causes que nous "
                 "partageons, a aussi déclaré Mme Anne Petit.",
                 [("Je suis désolée que nous n'ayons pas réussi, pour les causes que nous "
                   "partageons", "Anne Petit")], id="relative-first-person-verb-inside"),
    # negative: no first person, no incise, or another sentence
    pytest.param("On pense que le pont rouvrira en juin, a indiqué le maire Paul Morel.",
                 [("le pont rouvrira en juin", None)], id="on-is-the-narrators"),
    pytest.param("Ils pensent que le pont rouvrira en juin, a indiqué Paul Morel.",
                 [("le pont rouvrira en juin", None)], id="third-person-subject"),
    pytest.param("Vous pensez que le pont rouvrira en juin, a lancé Paul Morel aux élus.",
                 [("le pont rouvrira en juin", None)], id="second-person-subject"),
    # the aside's own frame stands as before; the que-clause keeps its record too
    pytest.param("Nous pensons que le pont rouvrira en juin, comme l'a indiqué le maire Paul "
                 "Morel.", [("Nous pensons que le pont rouvrira en juin", "Paul Morel"),
                            ("le pont rouvrira en juin, comme l'a indiqué le maire Paul Morel",
                             None)], id="comme-aside-is-no-incise"),
    pytest.param("Nous savons que le pont rouvrira en juin, car le maire Paul Morel l'a "
                 "annoncé.", [], id="car-clause-is-no-incise"),
    pytest.param("Je pense que la grève durera et Paul Morel a dit qu'elle finirait bientôt.",
                 [("elle finirait bientôt", "Paul Morel"), ("la grève durera", None)],
                 id="cue-before-its-words"),
    pytest.param("Nous partageons les idées du maire, mais l'usine ferme, a dit Paul Morel.",
                 [("Nous partageons les idées du maire, mais l'usine ferme", "Paul Morel")],
                 id="no-que-clause-record-as-before"),
    pytest.param("Je crois que la grève durera. Les salariés sont inquiets, a dit Paul Morel.",
                 [("Les salariés sont inquiets", "Paul Morel")], id="incise-in-next-sentence"),
]


@pytest.mark.parametrize(("sentence", "want"), ROWS)
def test_first_person_words_an_incise_reports(nlp, sentence, want):
    assert _said(nlp, sentence) == sorted(want, key=lambda p: (p[0], p[1] or ""))
