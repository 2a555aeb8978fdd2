"""« Selon » a finding or a document a participle says someone gave, past the one it was told
to (quotes/detect/forms.py, ``given_by``): « selon les premiers éléments indiqués à Radio Vernac
par la procureure » gives the procureure's words, as « selon une note publiée ce matin par la
préfecture » gives the préfecture's; the giver's role is read after « par » only (``told_agent``,
read by attribute/roles.role_near). The finding with no giver, or given « par » a means
(lexicon/means_nouns.txt), stays its own anonymous source."""

import pytest
from conftest import quote_said

# (text, words said, speaker, kind, role, gender)
GIVEN = [
    ("Selon les premiers éléments transmis aux enquêteurs par la gendarmerie de Vernac, le "
     "conducteur roulait trop vite.", "le conducteur roulait trop vite",
     "gendarmerie de Vernac", "organization", None, None),
    ("Selon un bilan communiqué à la presse par la préfecture, trois personnes ont été "
     "blessées.", "trois personnes ont été blessées", "préfecture", "organization", None, None),
    ("Selon les premiers éléments indiqués à Radio Vernac par la procureure de Brenac, Anne "
     "Servais, le feu a pris dans la cuisine.", "le feu a pris dans la cuisine",
     "Anne Servais", "person", "procureure de Brenac", "female"),
    # a role noun as the one told: the giver's role is after « par »
    ("Selon les conclusions remises à la ministre par le professeur Marc Roux, le vaccin est "
     "sûr.", "le vaccin est sûr", "Marc Roux", "person", "professeur", "male"),
    ("Selon les éléments transmis au juge par l'avocate de la famille, Me Claire Dubois, le "
     "dossier est vide.", "le dossier est vide", "Claire Dubois", "person",
     "avocate de la famille", "female"),
    # a long phrase told to: no verb nor comma ends it before « par »
    ("Selon un bilan transmis à la radio locale Vernac Info par la préfecture, trois personnes "
     "sont blessées.", "trois personnes sont blessées", "préfecture", "organization", None,
     None),
    ("Selon les conclusions remises à la ministre de la Santé par le professeur Marc Roux, le "
     "vaccin est sûr.", "le vaccin est sûr", "Marc Roux", "person", "professeur", "male"),
    # near misses: no giver after the one told, or « par » a means: the finding's own words
    ("Selon les premiers éléments indiqués à la radio, le feu a pris dans la cuisine.",
     "le feu a pris dans la cuisine", "les premiers éléments", "anonymous", None, None),
    ("Selon un bilan communiqué aux familles mardi, trois personnes ont été blessées.",
     "trois personnes ont été blessées", "un bilan", "anonymous", None, None),
    ("Selon les premiers éléments remis au juge par téléphone, le feu a pris dans la cuisine.",
     "le feu a pris dans la cuisine", "les premiers éléments", "anonymous", None, None),
    ("Selon un bilan transmis aux journalistes par le biais d'un communiqué, trois personnes "
     "sont blessées.", "trois personnes sont blessées", "un bilan", "anonymous", None, None),
    ("Selon un bilan transmis aux journalistes par l'intermédiaire du site de la mairie, trois "
     "personnes sont blessées.", "trois personnes sont blessées", "un bilan", "anonymous", None,
     None),
    # a verb ends the phrase told to: « par » is its own
    ("Selon un bilan remis aux familles arrivées par le train de nuit, trois personnes sont "
     "blessées.", "trois personnes sont blessées", "un bilan", "anonymous", None, None),
    ("Selon un bilan transmis aux familles par voie de communiqué, trois personnes sont "
     "blessées.", "trois personnes sont blessées", "un bilan", "anonymous", None, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role", "gender"), GIVEN)
def test_the_giver_past_the_one_told(nlp, text, said, speaker, kind, role, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.kind, who.role, who.gender) == (speaker, kind, role, gender)
