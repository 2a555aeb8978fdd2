"""The description of an incise inside the marks a colon opens describes the subject of the
clause before the colon, who speaks the words (``attribute.colon_speaker``): that one is no
other person of the sentence the description cannot be.
"""

import pytest
from conftest import quote_said

BEFORE = "Le sélectionneur, Paul Morel, a salué le match.\n\n"
WORDS = ("“Elles ont même marqué contre leur camp, mais l’arbitre dit que je tire le maillot… "
         "Mais s’il y a faute là, il y a faute partout, peste la joueuse de Lyon. Parce que moi, "
         "je suis tout le temps ceinturée.\n")

# (text, words said, speaker, roles)
COLON = [
    # fire: the subject before the colon speaks; the incise describes her
    (BEFORE + "De son côté, la capitaine des Bleues, Anne Vidal, n'a pas digéré le but refusé : "
     + WORDS, "Elles ont même marqué contre leur camp, mais l’arbitre dit que je tire le maillot… "
     "Mais s’il y a faute là, il y a faute partout", "Anne Vidal",
     ["capitaine des Bleues", "joueuse de Lyon"]),
    # must not: two people before the colon, the description says neither: no one
    (BEFORE + "De leur côté, Anne Vidal et Lucie Marchal n'ont pas digéré le but refusé : "
     + WORDS, "Elles ont même marqué contre leur camp, mais l’arbitre dit que je tire le maillot… "
     "Mais s’il y a faute là, il y a faute partout", None, ["joueuse de Lyon"]),
    # must not: the clause names another person, its object: the words may be hers
    ("La ministre, Claire Fontaine, a reçu une joueuse de Lyon : « C'est un rêve, sourit la "
     "Lyonnaise. On n'oubliera jamais. »", "C'est un rêve", None, []),
    # must not: the clause names another person by name, its object
    ("La ministre, Claire Fontaine, a reçu Léa Garnier : « C'est un rêve, sourit la Lyonnaise. "
     "On n'oubliera jamais. »", "C'est un rêve", None, []),
    # must not: the clause names another person, a complement: the words are his
    ("L'entraîneur, Paul Morel, a relayé les mots de son attaquant : « J'ai tout donné, assure "
     "le Niçois. Je n'ai aucun regret. »", "J'ai tout donné", None, []),
    # must not: marks open and close between the colon and the incise: other words first
    (BEFORE + "De son côté, la capitaine des Bleues, Anne Vidal, n'a pas digéré le but refusé : "
     "« Non », puis " + WORDS, "Elles ont même marqué contre leur camp, mais l’arbitre dit que "
     "je tire le maillot… Mais s’il y a faute là, il y a faute partout", None,
     ["joueuse de Lyon"]),
    # must not: the colon opens no marks, other words come before them
    (BEFORE + "De son côté, la capitaine des Bleues, Anne Vidal, n'a pas digéré le but refusé : "
     "à la pause, " + WORDS, "Elles ont même marqué contre leur camp, mais l’arbitre dit que je "
     "tire le maillot… Mais s’il y a faute là, il y a faute partout", None, ["joueuse de Lyon"]),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles"), COLON)
def test_an_incise_inside_marks_a_colon_opens_describes_its_subject(nlp, text, said, speaker,
                                                                    roles):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles]) == (speaker, roles)
