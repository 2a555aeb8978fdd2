"""A role ends before « et » or « ou » with a number or a quantity (attribute/role_runs.py
``counted_conjunct``: « l'ex-présidente du parti et plusieurs cadres », « le maire et deux
adjoints »): other people, no part of the role; a role's own coordination stays whole. Made-up
sentences."""

import pytest
from conftest import quote_said

# (text, words said, speaker, role)
ROWS = [
    # fire: a quantity after « et » opens other people
    ("Le maire de Vernac et deux adjoints ont visité le chantier. « Tout avance », a dit le "
     "maire.", "Tout avance", None, "maire de Vernac"),
    ("Le maire de Vernac et un conseiller ont visité le chantier. « Tout avance », a dit le "
     "maire.", "Tout avance", None, "maire de Vernac"),
    ("L'ex-présidente du Front uni et plusieurs cadres du parti ont été condamnés. « C'est un "
     "jour funeste », a dit Anne Morel.", "C'est un jour funeste", "Anne Morel",
     "ex-présidente du Front uni"),
    ("Le président du club de Vernac et quelques supporters ont attendu les joueurs. « Ce "
     "soir, on fête », a lancé le président.", "Ce soir, on fête", None,
     "président du club de Vernac"),
    # fire: « ou » too
    ("Anne Roy, présidente du club ou plusieurs élus recevront les supporters. « Nous "
     "écouterons », a dit Anne Roy.", "Nous écouterons", "Anne Roy", "présidente du club"),
    ("La maire de Vernac et trois adjoints ont inauguré l'école. « C'est un grand jour », a "
     "lancé la maire, Odile Brun.", "C'est un grand jour", "Odile Brun", "maire de Vernac"),
    ("Catherine Dupuis, directrice générale de l'hôpital et une vingtaine de médecins ont signé "
     "la tribune. « Nous manquons de lits », a déclaré Catherine Dupuis.",
     "Nous manquons de lits", "Catherine Dupuis", "directrice générale de l'hôpital"),
    # must not: « et un » of a compound number
    ("Luc Garnier, sélectionneur des moins de vingt et un ans, a dévoilé sa liste. « Le groupe "
     "est jeune », a-t-il expliqué.", "Le groupe est jeune", "Luc Garnier",
     "sélectionneur des moins de vingt et un ans"),
    # must not: « et » before a capitalised word, a name's
    ("Claire Vasseur, directrice du festival des Mille et Une Nuits de Vernac, a présenté le "
     "programme. « Nous avons invité trente troupes », a-t-elle annoncé.",
     "Nous avons invité trente troupes", "Claire Vasseur",
     "directrice du festival des Mille et Une Nuits de Vernac"),
    ("Marc Roux, directeur du cinéma Lumière et Deux Rives, a réagi. « Nous rouvrirons », "
     "a-t-il dit.", "Nous rouvrirons", "Marc Roux", "directeur du cinéma Lumière et Deux Rives"),
    # must not: « et un » inside a name a capitalised number word opens
    ("Nadia Berrada, présidente de l'association Un toit et un jardin, a réagi. « Les familles "
     "attendent depuis des mois », a-t-elle déploré.", "Les familles attendent depuis des mois",
     "Nadia Berrada", "présidente de l'association Un toit et un jardin"),
    # must not: « ou » after a number word (« Deux ou trois »), and a capitalised one (folded)
    ("Éric Samson, directeur de la compagnie Deux ou trois choses, a répondu au maire. « Nous "
     "jouerons quand même », a-t-il assuré.", "Nous jouerons quand même", "Éric Samson",
     "directeur de la compagnie Deux ou trois choses"),
    # must not: the role's own coordination, its complements joined by « et de »
    ("Paul Morel, ministre du Logement et de la Ville, a parlé. « Nous construirons », a-t-il "
     "dit.", "Nous construirons", "Paul Morel", "ministre du Logement et de la Ville"),
    # must not: an adjective joined by « et »
    ("Anne Roy, ministre de la Transition écologique et solidaire, a parlé. « Nous "
     "construirons », a-t-elle dit.", "Nous construirons", "Anne Roy",
     "ministre de la Transition écologique et solidaire"),
    # must not: the years an office was held, digits after « et », are dropped, not cut into
    ("Paul Morel, maire de Vernac entre 2001 et 2008, a parlé. « Nous construirons », a-t-il "
     "dit.", "Nous construirons", "Paul Morel", "maire de Vernac"),
    # must not: an office whose own name is written with « et »
    ("Paul Morel, président et directeur général de Valmor, a parlé. « Nous construirons », "
     "a-t-il dit.", "Nous construirons", "Paul Morel", "président et directeur général de Valmor"),
    # must not: « et des » is a complement's, not a quantity
    ("Anne Roy, ministre chargée des Sports et des Jeux olympiques, a parlé. « Nous "
     "construirons », a-t-elle dit.", "Nous construirons", "Anne Roy",
     "ministre chargée des Sports et des Jeux olympiques"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), ROWS)
def test_a_role_ends_before_a_counted_conjunct(nlp, text, said, speaker, role):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
