"""« cette source », « la même source » point back to the anonymous source named before, of
their number (``attribute.anaphora``): a source written with its noun in the singular is one,
whatever its determiner (« de source policière », with none); « des sources … » are several.
Made-up sentences.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, kind)
ROWS = [
    # fire: a bare « de source … », then « cette source » after the words, a direct quote
    ("« Le suspect a été relâché », a-t-on appris de source policière. « Aucune charge n'a "
     "été retenue contre lui », a précisé cette source mardi.",
     "Aucune charge n'a été retenue contre lui", "source policière", "anonymous"),
    # fire: the indirect words, the demonstrative as subject before the verb, the present
    ("Un accord a été trouvé dans la nuit, a-t-on appris de source diplomatique. Cette source "
     "ajoute que la signature « aura lieu jeudi ».", "la signature « aura lieu jeudi »",
     "source diplomatique", "anonymous"),
    # fire: « selon la même source », a source with a complement
    ("« Le joueur sera opéré lundi », a-t-on appris de source proche du club. « Il manquera "
     "la fin de saison », a indiqué la même source.", "Il manquera la fin de saison",
     "source proche du club", "anonymous"),
    # must not: several sources named before are no « cette source »
    ("Selon des sources proches du dossier, le suspect a avoué. Cette source précise que "
     "« l'arme a été retrouvée ».", "« l'arme a été retrouvée »", "cette source", "anonymous"),
    # must not: a bare source in the plural is several
    ("« Le suspect a été relâché », a-t-on appris de sources concordantes. « Aucune charge "
     "n'a été retenue », a précisé cette source.", "Aucune charge n'a été retenue",
     "cette source", "anonymous"),
    # must not: the source's head noun is all that counts: « des proches du policier » are
    # no « policier », who is unnamed and keeps no speaker
    ("Des proches du policier ont décrit un homme épuisé. « Je ne tiens plus », avait écrit ce "
     "policier à sa hiérarchie.", "Je ne tiens plus", None, "person"),
    ("Selon des voisins de la victime, l'agresseur rôdait depuis des jours. « Il me suivait "
     "partout », avait confié cette victime à une amie.", "Il me suivait partout", None,
     "person"),
    # unchanged: « une source » is one
    ("« Le suspect a été relâché », a déclaré une source policière. « Aucune charge n'a été "
     "retenue », a précisé cette source.", "Aucune charge n'a été retenue",
     "une source policière", "anonymous"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind"), ROWS)
def test_a_source_pointed_back_to(nlp, text, said, speaker, kind):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.kind) == (speaker, kind)
