"""The account that signs an embedded post (« — Name (@handle) date »): a word of the press or
of a body in its name, and no first name, make it an outlet's or a body's account, of no
gender, that never takes in a body the text names (« Selon Radio Nord » stays Radio Nord's).
"""

import pytest
from conftest import quote_said

POST = ("Les pompiers de Valmont confirment que trois maisons ont brûlé cette nuit dans le "
        "quartier de Saint-Loup https://t.co/AbCdEf — Radio-Valmont Info (@RadioValmontInfo) "
        "February 8, 2023\n\n")
WORDS = ('"On compte six blessés", a déclaré à l\'AFP Martine Loubet, porte-parole des pompiers. '
         'Selon Radio-Valmont, deux maisons sont détruites."Douze camions sont actuellement sur '
         'place", a-t-elle ajouté.')
PERSON = ("Très heureuse de retrouver mes élèves de Valmont après ces longues semaines\n"
          "— Léa Brun (@leabrun) February 8, 2023\n\n")

# (text, words said, speaker, kind, roles, gender)
ACCOUNTS = [
    # fire: an outlet's account signs its post, a body of no gender
    (POST + WORDS, "Les pompiers de Valmont confirment que trois maisons ont brûlé cette nuit "
     "dans le quartier de Saint-Loup", "Radio-Valmont Info", "organization", [], None),
    # fire: the outlet « selon » names keeps its own name, the pronoun after it is the woman's
    (POST + WORDS, "deux maisons sont détruites", "Radio-Valmont", "organization", [], None),
    (POST + WORDS, "Douze camions sont actuellement sur place", "Martine Loubet", "person",
     ["porte-parole des pompiers"], "female"),
    # must not: a post a person signs stays hers
    (PERSON + WORDS, "Très heureuse de retrouver mes élèves de Valmont après ces longues "
     "semaines", "Léa Brun", "person", [], "female"),
    # must not: a name of no press nor body word is a person's, its first name known or not
    ("Les proches ont donné des nouvelles lundi.\n\nNous sommes "
     "soulagés, il va mieux et garde son humour intact pic.twitter.com/xyz\n\n— Zoltan Vasquez "
     "(@zvasquez) August 14, 2022\n", "Nous sommes soulagés, il va mieux et garde son humour "
     "intact", "Zoltan Vasquez", "person", [], None),
    # must not: a body's word as a surname (« Bureau », « Maison ») keeps the person's post hers
    ("Très fière de mes élèves de Valmont après ces longues semaines\n— Soizic Bureau "
     "(@sbureau) February 8, 2023\n\nLes élèves ont été félicités.", "Très fière de mes élèves "
     "de Valmont après ces longues semaines", "Soizic Bureau", "person", [], None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "roles", "gender"), ACCOUNTS)
def test_an_account_signs_as_what_its_name_says(nlp, text, said, speaker, kind, roles, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.kind, [r.text for r in who.roles], who.gender) == (
        speaker, kind, roles, gender)
