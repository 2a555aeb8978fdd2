"""A name that is a description's « de » complement or a family's name is not the speaker:
two names set off by a comma with no « et » are a description and its name, no list (« la mère
de Paul Garnier, Claire Bonnet, a déclaré » is Claire Bonnet's, the name set off after the one
whose relative she is); « un membre de la famille Garnier » is no Garnier of the cast.
Made-up sentences.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, kind, gender)
KIN = [
    # fire: the relative's own name, apposed after the one whose relative they are
    ("Lundi, la mère de Paul Garnier, Claire Bonnet, a déclaré que le dossier « était vide ».",
     "le dossier « était vide »", "Claire Bonnet", "person", "female"),
    ("Lundi, le fils de Paul Garnier, Marc, a déclaré que le dossier « était vide ».",
     "le dossier « était vide »", "Marc", "person", "male"),
    ("Lundi, la sœur de Paul Garnier, Claire Bonnet, a assuré que son frère « était innocent ».",
     "son frère « était innocent »", "Claire Bonnet", "person", "female"),
    # fire: a family's name names none of the cast
    ("Hélène Garnier a témoigné lundi. Un membre de la famille Garnier a déclaré que le "
     "verdict « était juste ».", "le verdict « était juste »", "un membre de la famille Garnier",
     "anonymous", None),
    # must not: a role noun's complement, a possessive relative with their name
    ("Lundi, l'avocate de Paul Garnier, Claire Bonnet, a déclaré que le dossier « était vide ».",
     "le dossier « était vide »", "Claire Bonnet", "person", "female"),
    ("Paul Garnier a été arrêté. Sa mère, Claire Bonnet, a déclaré que le dossier « était "
     "vide ».", "le dossier « était vide »", "Claire Bonnet", "person", "female"),
    # must not: two names joined by « et » are one plural speaker
    ("Paul Roux et Anne Petit ont déclaré que le projet était « mort ».",
     "le projet était « mort »", "Paul Roux et Anne Petit", "person", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "gender"), KIN)
def test_the_relative_speaks(nlp, text, said, speaker, kind, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.kind, sp.gender) == (speaker, kind, gender)
