"""A gendered pronoun no subject agrees with goes to the person of its gender named last within
reach (pronouns.py), unless someone whose gender the text does not show is named after them:
that one when the first name is a woman's or a man's to the wider list (``name_model``), no one
when it says nothing; a name of the other gender is no one the pronoun stands for."""

import pytest
from conftest import quote_said

TOP = ("Un sixième titre mondial a été décroché mercredi à Doha, en finale face à la "
       "Canadienne Julie Martin, numéro deux mondiale.\n\n")
SHARED = TOP.replace("Julie Martin", "Mme Martin")
SAID = "Je ne pouvais pas rêver mieux"
ROWS = [
    # fire: the one named last is of no gender the text shows; her first name is a woman's
    (TOP + "Mission accomplie pour Clarisse Dubreuil, qui avait promis cette médaille à sa fille."
     "\n\n« " + SAID + " », a-t-elle déclaré.", SAID, "Clarisse Dubreuil", "female"),
    # fire: a name that says nothing of the gender: either, no one
    (TOP + "Mission accomplie pour Kim Dubreuil, qui avait promis cette médaille à sa fille."
     "\n\n« " + SAID + " », a-t-elle déclaré.", SAID, None, None),
    # must not: the one named last shows her gender (« Mme »): hers, as before
    (TOP + "Mission accomplie pour Mme Dubreuil, qui avait promis cette médaille à sa fille."
     "\n\n« " + SAID + " », a-t-elle déclaré.", SAID, "Dubreuil", "female"),
    # must not: the one named last has a man's first name: not the one « elle » stands for
    (TOP + "Mission accomplie pour l'entraîneur Elton Dubreuil, qui avait promis ce titre."
     "\n\n« " + SAID + " », a-t-elle déclaré.", SAID, "Julie Martin", "female"),
    # must not: a man's first name the text gives no gender (the wider list's): not hers
    (TOP + "Mission accomplie pour Elton Dubreuil, qui avait promis ce titre à sa fille.\n\n« "
     + SAID + " », a-t-elle déclaré.", SAID, "Julie Martin", "female"),
    # must not: no one named after the woman named last
    (TOP + "Mission accomplie donc, avec une médaille promise à sa fille.\n\n« " + SAID +
     " », a-t-elle déclaré.", SAID, "Julie Martin", "female"),
    # two people share a name (« Mme Martin », « M. Martin »): « since » counts from her own
    # last mention, not from his after the one named since (``last_mention``'s person)
    (SHARED + "Mission accomplie pour Clarisse Dubreuil, qui avait promis cette médaille à sa "
     "fille devant M. Martin.\n\n« " + SAID + " », a-t-elle déclaré.", SAID,
     "Clarisse Dubreuil", "female"),
    (SHARED + "Mission accomplie pour Kim Dubreuil, qui avait promis cette médaille à sa fille "
     "devant M. Martin.\n\n« " + SAID + " », a-t-elle déclaré.", SAID, None, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), ROWS)
def test_a_pronoun_passes_over_no_one_of_unknown_gender_named_since(
        nlp, text, said, speaker, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.gender) == (speaker, gender)
