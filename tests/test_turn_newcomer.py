"""A pronoun at a cue after a newcomer: when a sentence between the last speaker's quote and
the pronoun brings in one person of the pronoun's gender, first named there as the subject or
in a sentence with no verb (``anaphora.newcomer``), the turn passes to that person; a name in a
complement, two of that gender, or one of the other gender leave it with the last speaker.
"""

import pytest
from conftest import quote_said

SAID = "Nous n'avons rien à cacher"
LAST = "« Les comptes sont clairs », a dit le maire Paul Roux. "

ROWS = [
    # a verbless sentence brings him in
    (LAST + "Même ton chez son adjoint aux finances, Marc Lenoir. « Nous n'avons rien à "
     "cacher », a-t-il lancé.", "Marc Lenoir"),
    (LAST + "Même discours du côté de l'opposition et de son chef, Marc Lenoir. « Nous n'avons "
     "rien à cacher », a-t-il assuré.", "Marc Lenoir"),
    # as the subject of a sentence of the narration
    (LAST + "Le préfet de la région, Marc Lenoir, s'est rendu sur place lundi. « Nous n'avons "
     "rien à cacher », a-t-il ajouté.", "Marc Lenoir"),
    # must not: named in a complement
    (LAST + "Le dossier a été remis à Marc Lenoir, le préfet. « Nous n'avons rien à cacher », "
     "a-t-il ajouté.", "Paul Roux"),
    # must not: two newcomers of the pronoun's gender
    (LAST + "Le préfet Marc Lenoir et son adjoint Luc Morel sont arrivés lundi. « Nous n'avons "
     "rien à cacher », a-t-il ajouté.", "Paul Roux"),
    # must not: the newcomer is not of the pronoun's gender
    (LAST + "La préfète, Anne Lenoir, est arrivée lundi. « Nous n'avons rien à cacher », "
     "a-t-il ajouté.", "Paul Roux"),
    # must not: the last speaker is the subject again after the newcomer
    (LAST + "Le préfet, Marc Lenoir, est arrivé lundi. Paul Roux l'a accueilli. « Nous n'avons "
     "rien à cacher », a-t-il ajouté.", "Paul Roux"),
]


@pytest.mark.parametrize("text, speaker", ROWS)
def test_pronoun_after_a_newcomer(nlp, text, speaker):
    assert quote_said(nlp, text, SAID).speaker.name == speaker
