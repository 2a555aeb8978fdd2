"""A document that speaks (« indique un communiqué », « conclut le communiqué ») is its issuer's
when the text names who issued it (GUIDELINES « A finding, a document »): the subject of the
clause the document is an adjunct of (« Par l'intermédiaire d'un communiqué, le comité a
révélé … »), the subject of the sentence the document's words close (« Le tribunal a rejeté le
recours : « … », indique un communiqué de presse »), and the same issuer for « le communiqué »
named again. A document nobody is named to have issued keeps its own words. Made-up sentences.
"""

import pytest
from conftest import quote_said

TRIBUNAL = ("Le tribunal de Lorient a rejeté le recours de Paul Roux : « la demande n'est plus "
            "recevable devant la juridiction », indique un communiqué de presse. Plus tard : « Le "
            "prévenu a tenté d'influencer un témoin », a souligné le communiqué.")

# (text, words said, speaker)
ROWS = [
    # fire: the subject of the sentence the document's words close
    (TRIBUNAL, "la demande n'est plus recevable devant la juridiction", "tribunal de Lorient"),
    # fire: « le communiqué » named again: the same issuer
    (TRIBUNAL, "Le prévenu a tenté d'influencer un témoin", "tribunal de Lorient"),
    # fire: « par l'intermédiaire d'un communiqué », the clause's subject issued it
    ("Le Comité arbitral de Lyon a décidé de s'expliquer. Par l'intermédiaire d'un communiqué "
     "publié ce lundi, le comité a révélé ses motifs. « La plupart des preuves fournies par le "
     "joueur n'ont pas été contestées », conclut le communiqué.",
     "La plupart des preuves fournies par le joueur n'ont pas été contestées",
     "Comité arbitral de Lyon"),
    # must not: no issuer named: the document's own words
    ("« Le site fermera en juin », indique un communiqué publié lundi.", "Le site fermera en juin",
     "un communiqué"),
    # must not: the author after « de » (as before)
    ("« Le site fermera en juin », indique un communiqué de la direction.",
     "Le site fermera en juin", "direction"),
    # must not: a subject inside the words said issues nothing
    ("« Le maire Paul Roux a menti », indique un communiqué publié lundi.",
     "Le maire Paul Roux a menti", "un communiqué"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ROWS)
def test_a_document_speaks_for_its_issuer(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
