"""Where an infinitive's words end (quotes/detect/narrator_resumes.py): at the first finite verb
with no subject of its own, the narrator's, not at a noun the parse reads as a verb: a verb's
object with its determiner (« a proposé de diversifier l'offre, « … » »: « offre »), so the
marked infinitive after it is the same words. Every sentence is made up. One row: text -> the
quote, its speaker.
"""

import pytest
from conftest import quotes_of

ROWS = [
    # ---- a determined object read as a finite verb ends nothing
    ("La CGT a proposé de diversifier l'offre, « de travailler sur d'autres gammes de "
     "produits ».", "diversifier l'offre, « de travailler sur d'autres gammes de produits »",
     "CGT"),
    # must not fire: the narrator's verb, bare or after a clitic, ends the words
    ("Le syndicat a proposé de réduire la cadence et demande une réponse.",
     "réduire la cadence", "syndicat"),
    ("Paul Roux assure avoir écrit au ministre et l'attend depuis mardi.",
     "avoir écrit au ministre", "Paul Roux"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROWS)
def test_infinitive_end(nlp, text, quote, speaker):
    found = quotes_of(nlp, text)
    assert [q.span.text for q in found] == [quote]
    assert found[0].speaker.name == speaker
