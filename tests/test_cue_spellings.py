"""Cues bent out of their usual shape (``detect.cue_spellings``): an inverted pronoun written
with a hyphen missing (« a t-il indiqué », « a-t il assuré »). Each table has rows that must
not change: a bare « il » or a stray « t » elsewhere is no inverted subject."""

import pytest
from conftest import beside_its_own_quote, quotes_of

F, M = "female", "male"

# (text, quoted words, speaker, cue)
INCISES = [
    # the hyphen before « t » left out
    ("L'avocate Claire Moreau a plaidé longtemps. « La cour a tranché », avait t-elle déclaré.",
     "La cour a tranché", "Claire Moreau", "avait t-elle déclaré"),
    ("Me Paul Vidal plaide. « On juge un homme » a t-il indiqué.",
     "On juge un homme", "Paul Vidal", "a t-il indiqué"),
    ("L'entraîneur Marc Olier était déçu. « Nous avons mal joué », reconnaît t-il.",
     "Nous avons mal joué", "Marc Olier", "reconnaît t-il"),
    ("Les syndicats de Vernac sont en colère. « Nous ne céderons pas », ont t-ils prévenu.",
     "Nous ne céderons pas", "syndicats de Vernac", "ont t-ils prévenu"),
    # the hyphen before the pronoun left out: the pronoun without it is the speaker's mention
    ("Le maire Paul Vidal est arrivé tôt. « Nous partirons demain », a-t il assuré.",
     "Nous partirons demain", "Paul Vidal", "a-t il assuré"),
    # must not change: the hyphens written, a bare « il » of a clause of its own, a « T » in
    # the words
    ("Le maire Paul Vidal est arrivé tôt. « Nous partirons demain », a-t-il assuré.",
     "Nous partirons demain", "Paul Vidal", "a-t-il assuré"),
    ("« Nous partirons », a dit Paul Roux, puis il est sorti.",
     "Nous partirons", "Paul Roux", "a dit"),
    ("« Le plan T est prêt », a dit le maire Paul Vidal.",
     "Le plan T est prêt", "Paul Vidal", "a dit"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), INCISES)
def test_an_incise_with_a_hyphen_left_out_is_read(nlp, text, said, speaker, cue):
    found = [(q.span.text, q.speaker.name, q.cue.text if q.cue else None)
             for q in quotes_of(nlp, text)]
    assert (said, speaker, cue) in found


# a bare « il » that is no inverted pronoun (« il y a » after the cue), a stray « t » with no
# pronoun after it: neither is read into the cue. The right record is not read yet (the quote
# is lost on both codes); beside it the text's own quote shows the extractor ran.
NOT_INVERTED = [
    ("« Nous partirons », disait il y a un an le maire Paul Vidal.", "disait il"),
    ("« Le pont rouvrira », affirme il y a peu la maire Anne Roux.", "affirme il"),
    ("« Nous partirons », a déclaré t Paul Vidal.", "a déclaré t"),
]


@pytest.mark.parametrize(("text", "cue"), NOT_INVERTED)
def test_a_bare_pronoun_or_t_elsewhere_is_no_inverted_subject(nlp, text, cue):
    quotes = beside_its_own_quote(nlp, text)
    assert cue not in [q.cue.text for q in quotes if q.cue], [q.span.text for q in quotes]
