"""Speakers' roles on five articles written for this measure and never tuned on: a held-out set.

The articles (tests/data/unseen_roles/: a sports federation keeping its coach, a minister's
housing plan, a company's results, a trial, a city council) give roles the ways the press does:
apposition (« X, présidente de … »), a title before the name (« Le procureur de la République,
X »), a fronted role (« Déléguée syndicale CFDT à …, X »), « en tant que », predicates
(« X, qui représente … »); then descriptions standing for the name (« la patronne de la
fédération », « la ministre », « le magistrat », « l'édile », « le représentant de l'État »),
narration phrases about one person near another's quote (« Reçue par la directrice générale »,
« Interrogé par l'élue »), someone else's role nearby, and an age or a distinction that is no
role (« 54 ans », « élu meilleur réceptionneur du tournoi »).

The expected speaker, role, gender and kind of every quote were written from the texts alone,
following fixtures/gold/GUIDELINES.md (second batch): the role the article gives the speaker
closest before the quote, else the most specific it gives, without determiner, as the article
writes it; an age, a kinship or a distinction is no role. They were committed before the
extractor was first run on these articles. No rule is chosen on them: they measure, they do not
tune. Matching is the shorter unseen set's: the extracted quote overlapping the expected words
most. Failures are ``xfail(strict=True)``, the reason named in KNOWN.

First measure, on the rules of the commit that added the articles: all 51 quotes extracted;
speaker right 41, role right 37, gender right 51, kind right 51; all four right 31 (61 %).
"""

from functools import partial
from pathlib import Path

import pytest
from test_unseen_texts import ORG, A, F, M, P, assert_passages_once, assert_row, extracted_alone
from test_unseen_texts import row as _row

DATA = Path(__file__).resolve().parent / "data" / "unseen_roles"

# known failures, by kind of error: the reason of each xfail row
KNOWN = {
    "org-extent": (
        "an organisation's name is cut before its complement (« Fédération française » for « "
        "Fédération française de volley-ball »)"
    ),
    "org-description": (
        "« Le groupe a indiqué … » names the company of the sentence before (Norvia): the "
        "description is kept as the organisation's name"
    ),
    "description-cue": (
        "« a réagi le dirigeant lyonnais » is not tied to the man named in the paragraph "
        "before: the quote goes to a man named earlier, with his description as role"
    ),
    "unresolved-description": (
        "a description standing for a man named just before (« le haut fonctionnaire » in a "
        "cue, « selon le représentant de l'État ») is left unresolved: no name"
    ),
    "narration-role": (
        "the role closest before the quote, given by a description in the narration (« Selon "
        "le représentant de l'État », « l'édile a promis … »), is passed over for one given "
        "with the name"
    ),
    "passive-agent": (
        "a woman named only as the agent of a passive (« présidé par Hélène Garcin ») is not "
        "tied to « la présidente »: the description stays unresolved or goes to a woman named "
        "later, who then carries that role"
    ),
    "predicate-name": (
        "a lawyer named with « Me » and « qui représente M. Albertini », then « a soutenu le "
        "pénaliste marseillais »: the quote goes to the client, with another's role"
    ),
    "en-tant-que": (
        "« En tant que premier adjoint chargé des mobilités, X » is not read as X's role: a "
        "later description gives it"
    ),
}

row = partial(_row, known=KNOWN)

ROWS = [
    # ---- a federation: an organisation, « la patronne de la fédération » after « selon »,
    # a role inside a complement, an age, a distinction, « le dirigeant lyonnais » after a quote
    row("federation", "elle prolongeait jusqu'en 2028 le contrat de Didier Loubet",
        "Fédération française de volley-ball", None, None, ORG, why="org-extent"),
    row("federation", "Nous ne changerons pas de cap après un seul match perdu",
        "Nathalie Esnault", "présidente de la fédération", F, P),
    # (« la patronne de la fédération », a colloquial noun of office with a generic noun of the
    # body, gives way to the function the article gives: GUIDELINES « An anaphoric generic
    # noun », as « l'ex-PDG du groupe » does, settled after these rows were first written; with
    # the body's own name, « patron de la FFF », it stays as written)
    row("federation", "l'enveloppe consacrée aux équipes nationales sera maintenue",
        "Nathalie Esnault", "présidente de la fédération", F, P),
    row("federation", "un centre d'entraînement serait construit à Montpellier",
        "Nathalie Esnault", "présidente de la fédération", F, P),
    row("federation", "la défaite face à la Pologne lui laissait", "Didier Loubet",
        "sélectionneur de l'équipe de France masculine", M, P),
    row("federation", "On a manqué de lucidité dans le cinquième set", "Didier Loubet",
        "sélectionneur de l'équipe de France masculine", M, P),
    row("federation", "Le groupe est derrière lui", "Mathis Rouvière", "capitaine des Bleus", M,
        P),
    row("federation", "l'équipe manquait", "Franck Tessier",
        "président de la ligue Auvergne-Rhône-Alpes", M, P),
    row("federation", "Nous respectons la décision, mais nous serons vigilants", "Franck Tessier",
        "président de la ligue Auvergne-Rhône-Alpes", M, P, why="description-cue"),
    row("federation", "Didier a notre confiance totale", "Nathalie Esnault",
        "présidente de la fédération", F, P),
    # ---- a ministry: « la ministre », a chief of staff then « le haut fonctionnaire », a
    # prefect then « le représentant de l'État », « Interrogée par la ministre » before another
    # woman's quote
    row("ministere", "C'est un effort sans précédent", "Claire Vautrin", "ministre du Logement",
        F, P),
    row("ministere", "les premiers chantiers débuteraient", "Claire Vautrin",
        "ministre du Logement", F, P),
    row("ministere", "l'argent serait versé directement aux syndics", "Olivier Marchal",
        "directeur de cabinet", M, P),
    row("ministere", "Nous voulons éviter les lenteurs", "Olivier Marchal",
        "directeur de cabinet", M, P, why="unresolved-description"),
    row("ministere", "une quarantaine de copropriétés sont concernées", "Jean-Baptiste Aubert",
        "représentant de l'État", M, P, why="unresolved-description"),
    row("ministere", "Certaines tours n'ont plus d'ascenseur", "Jean-Baptiste Aubert",
        "représentant de l'État", M, P, why="narration-role"),
    row("ministere", "un premier pas", "Arnaud Leroy", "maire de Lille", M, P),
    row("ministere", "la ville n'ait pas été associée à la décision", "Arnaud Leroy",
        "maire de Lille", M, P),
    row("ministere", "son immeuble était privé de chauffage", "Fatima Ouali",
        "présidente de l'association des locataires du Faubourg", F, P),
    row("ministere", "On nous a promis des travaux trois fois déjà", "Fatima Ouali",
        "présidente de l'association des locataires du Faubourg", F, P),
    row("ministere", "d'autres villes seraient concernées", "Claire Vautrin",
        "ministre du Logement", F, P),
    # ---- company results: « la patronne du groupe, 49 ans », « le responsable des finances »
    # after « selon », a fronted role, « Reçue par la directrice générale »
    row("bilan", "400 postes seraient supprimés en France", "Norvia", None, None, ORG,
        why="org-description"),
    row("bilan", "Nous avons remis l'entreprise sur les rails", "Sandrine Keller",
        "directrice générale de Norvia", F, P),
    row("bilan", "Nous ne pouvons pas garder des usines à moitié vides", "Sandrine Keller",
        "directrice générale de Norvia", F, P),  # « la patronne du groupe »: as above
    row("bilan", "la dette serait ramenée à 800 millions", "Paul Besnard", "directeur financier",
        M, P),
    row("bilan", "le dividende sera rétabli dès cette année", "Paul Besnard",
        "responsable des finances", M, P),
    row("bilan", "le marché attendait ce plan depuis longtemps", "un analyste de la banque Oddo",
        None, None, A),
    row("bilan", "un plan décidé dans un bureau parisien", "Martine Caron",
        "déléguée syndicale CFDT à l'usine de Valenciennes", F, P),
    row("bilan", "La direction parle de rails", "Martine Caron",
        "déléguée syndicale CFDT à l'usine de Valenciennes", F, P),
    row("bilan", "les départs se fassent sur la base du volontariat", "Laure Dumas",
        "secrétaire du CSE", F, P),
    row("bilan", "des départs seraient volontaires", "Sandrine Keller", "directrice générale",
        F, P),
    # ---- a trial: « la présidente », « le magistrat » after « selon », two women lawyers,
    # a predicate (« qui représente … ») and « le pénaliste marseillais, 61 ans » after the quote
    row("tribunal", "trois personnes sont mortes dans cet immeuble", "Hélène Garcin",
        "présidente", F, P, why="passive-agent"),
    row("tribunal", "un marchand de sommeil qui connaissait les risques", "Thierry Vasseur",
        "procureur de la République", M, P),
    row("tribunal", "M. Albertini a encaissé les loyers", "Thierry Vasseur",
        "procureur de la République", M, P),
    row("tribunal", "l'alarme incendie était hors service", "Thierry Vasseur",
        "procureur de la République", M, P),
    row("tribunal", "Ces familles attendent qu'on leur dise enfin la vérité", "Karine Lefebvre",
        "avocate des parties civiles", F, P),
    row("tribunal", "Mon client n'a jamais été informé", "Antoine Pellegrin",
        "pénaliste marseillais", M, P),
    row("tribunal", "son client avait", "Sarah Benhamou",
        "avocate de l'ancien gérant de l'immeuble", F, P),
    row("tribunal", "On cherche un coupable à tout prix", "Sarah Benhamou",
        "avocate de l'ancien gérant de l'immeuble", F, P),
    row("tribunal", "le jugement serait rendu le 12 juin", "Hélène Garcin", "présidente", F, P,
        why="passive-agent"),
    row("tribunal", "Nous attendons ce jour depuis trois ans", "Jacqueline Morel", None, F, P,
        why="passive-agent"),
    # ---- a council: « en tant que », a fronted role, « l'élue d'opposition », « l'adjoint
    # aux mobilités », a distinction, another woman's role, « l'édile »
    row("municipal", "Le centre-ville étouffe sous les voitures", "Éric Lemoine", "maire", M, P),
    row("municipal", "les bus seraient déviés dès le mois de mars", "Yannick Pérec",
        "premier adjoint chargé des mobilités", M, P, why="en-tant-que"),
    row("municipal", "une décision prise sans concertation", "Delphine Guérin",
        "conseillère municipale du groupe Saint-Nazaire Autrement", F, P),
    row("municipal", "Les commerçants n'ont été consultés qu'une seule fois", "Delphine Guérin",
        "conseillère municipale du groupe Saint-Nazaire Autrement", F, P),
    row("municipal", "une pétition contre le projet a recueilli 2 300 signatures",
        "Delphine Guérin", "élue d'opposition", F, P),
    row("municipal", "les livraisons resteraient possibles le matin", "Yannick Pérec",
        "adjoint aux mobilités", M, P),
    row("municipal", "des places de livraison soient créées", "Loïc Bernard",
        "président de l'association des commerçants du centre", M, P),
    row("municipal", "Nous ne sommes pas contre le projet", "Loïc Bernard",
        "président de l'association des commerçants du centre", M, P),
    row("municipal", "un bilan serait présenté", "Éric Lemoine", "maire", M, P),
    row("municipal", "Si ça ne marche pas", "Éric Lemoine", "maire", M, P),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return extracted_alone(nlp, DATA)


@pytest.mark.parametrize(("article", "quote", "speaker", "role", "gender", "kind"), ROWS)
def test_role_article(extracted, article, quote, speaker, role, gender, kind):
    assert_row(extracted, article, quote, (speaker, role, gender, kind))


def test_every_row_names_a_passage_of_its_article_once():
    assert_passages_once(DATA, ROWS)
