"""A palace named by its proper name speaks as the body sitting there (lexicon/seat_nouns.txt:
« le palais de Vernoy a annoncé », « selon le château de Montel »), an organisation named as
written; a palace's noun with a common noun after it (« le palais des sports », « le palais de
justice ») or alone names a building, no one (quotes/attribute/seats.py)."""

import pytest
from conftest import quote_said

from quotes.attribute.seats import seat
from quotes.lexicon import words

ROWS = [
    ("Le palais de Vernoy a annoncé que le roi Aldric était malade.",
     "le roi Aldric était malade", "palais de Vernoy"),
    ("Il y a un mois, le palais de Vernoy annonçait que la reine avait été opérée.",
     "la reine avait été opérée", "palais de Vernoy"),
    ("Selon le château de Montel, la princesse Ilse se repose.", "la princesse Ilse se repose",
     "château de Montel"),
    ("« La princesse va bien », a fait savoir le château de la Roche-Vernier.",
     "La princesse va bien", "château de la Roche-Vernier"),
    # near misses: a building, no one
    ("Le palais des sports a annoncé que le concert était annulé.", "le concert était annulé",
     None),
    ("Le palais présidentiel a démenti que le chef de l'État soit malade.",
     "le chef de l'État soit malade", None),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ROWS)
def test_a_palace_named_speaks_as_its_body(nlp, text, said, speaker):
    who = quote_said(nlp, text, said).speaker
    assert who.name == speaker
    if speaker is not None:
        assert who.kind == "organization"


# every noun of lexicon/seat_nouns.txt: its palace named, and the noun with a common noun after it
@pytest.mark.parametrize("noun", sorted(words("seat_nouns")))
def test_each_palace_noun(noun):
    assert seat(f"le {noun} de Vernoy") == f"{noun} de Vernoy"
    assert seat(f"le {noun} des sports") is None
    assert seat(f"le {noun}") is None
