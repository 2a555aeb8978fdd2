"""« Selon » a finding or a document a participle says someone gave, past the one it was told
to (quotes/detect/forms.py, ``given_by``): « selon les premiers éléments indiqués à Radio Vernac
par la procureure » gives the procureure's words, as « selon une note publiée ce matin par la
préfecture » gives the préfecture's. The finding with no giver stays its own anonymous source."""

import pytest
from conftest import quote_said

# (text, words said, speaker, kind)
GIVEN = [
    ("Selon les premiers éléments transmis aux enquêteurs par la gendarmerie de Vernac, le "
     "conducteur roulait trop vite.", "le conducteur roulait trop vite",
     "gendarmerie de Vernac", "organization"),
    ("Selon un bilan communiqué à la presse par la préfecture, trois personnes ont été "
     "blessées.", "trois personnes ont été blessées", "préfecture", "organization"),
    ("Selon les premiers éléments indiqués à Radio Vernac par la procureure de Brenac, Anne "
     "Servais, le feu a pris dans la cuisine.", "le feu a pris dans la cuisine",
     "Anne Servais", "person"),
    # near misses: no giver after the one told, or « par » a means: the finding's own words
    ("Selon les premiers éléments indiqués à la radio, le feu a pris dans la cuisine.",
     "le feu a pris dans la cuisine", "les premiers éléments", "anonymous"),
    ("Selon un bilan communiqué aux familles mardi, trois personnes ont été blessées.",
     "trois personnes ont été blessées", "un bilan", "anonymous"),
    ("Selon les premiers éléments remis au juge par téléphone, le feu a pris dans la cuisine.",
     "le feu a pris dans la cuisine", "les premiers éléments", "anonymous"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind"), GIVEN)
def test_the_giver_past_the_one_told(nlp, text, said, speaker, kind):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.kind) == (speaker, kind)
