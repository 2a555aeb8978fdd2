"""A body and the person who speaks for it (a role opening on « porte-parole »,
« représentant(e) », « directeur », « directrice », « responsable » that names the body, in full
or by its acronym: lexicon ``speaking_roles``, ``group/voiced.py``) are one speaker when grouping;
a mixed quote's marks of two content words or more that a direct quote of its speaker says in a
row, an article or « de » aside, are a fragment of it (``group/said_marks.py``). Each row is a
batch of invented articles, extracted then grouped (``quotes.api``): grouped or not. The near
misses pin the edges: a party's president, two spokespersons, a role naming a person or another
body, a former director, two bodies, one marked word, a phrase the speaker says of two things,
another order, a word between, two people, another number, an opponent quoting the words."""

import pytest

from quotes.api import Extractor, link_and_group
from quotes.group.said_marks import said_marks_pairs
from quotes.group.voiced import acronym, bodies_named, voiced_by

ROWS = [
    # a unit head « à » a body extraction named as a person, reported clauses
    ('G1 responsable',
     ["La saison des crues s'annonce difficile avec le retour des pluies d'automne sur le "
      'bassin de la Sarre, selon Veille Fluviale France.',
      "La saison des crues s'annonce difficile avec le retour des pluies d'automne sur le "
      'bassin de la Sarre, selon Marc Delorme, responsable de la cellule hydrologie à '
      'Veille Fluviale France.'],
     True),
    # a director named by the body's acronym, the body in full
    ('G2 directeur acronym',
     ["Les prélèvements d'eau seront limités dès vendredi dans les communes du plateau de "
      "Corvelle, selon l'Agence régionale de veille sanitaire.",
      "Les prélèvements d'eau seront limités dès vendredi dans les communes du plateau de "
      "Corvelle, a indiqué Tom Vasseur, directeur général de l'ARVS."],
     True),
    # a director, feminine, a conditional
    ('G3 directrice',
     ['La Compagnie des eaux de Brenac a indiqué que les travaux sur la conduite '
      'principale dureraient au moins trois semaines.',
      'Claire Morvan, directrice de la Compagnie des eaux de Brenac, a indiqué que les '
      'travaux sur la conduite principale dureraient au moins trois semaines.'],
     True),
    # a spokesperson, the body's own cue
    ('G4 porte-parole',
     ["L'Office des sentiers de Valbrune a annoncé que les chemins de crête resteraient "
      "fermés jusqu'à la fin du mois en raison des chutes d'arbres.",
      "Lina Morel, porte-parole de l'Office des sentiers de Valbrune, a annoncé que les "
      "chemins de crête resteraient fermés jusqu'à la fin du mois en raison des chutes "
      "d'arbres."],
     True),
    # a representative of a union, an imperfect subjunctive-like conditional
    ('G5 representant',
     ['Le Syndicat des pilotes de Lorvenne a affirmé que la grève serait reconduite tant '
      'que la direction refuserait de négocier.',
      'Bruno Kessler, représentant du Syndicat des pilotes de Lorvenne, a affirmé que la '
      'grève serait reconduite tant que la direction refuserait de négocier.'],
     True),
    # a representative, feminine, a pluperfect
    ('G6 representante',
     ['Le Comité régional des pêches a affirmé que les stocks de bar avaient baissé de '
      'moitié en cinq ans dans la baie.',
      'Anne Le Goff, représentante du Comité régional des pêches, a affirmé que les '
      'stocks de bar avaient baissé de moitié en cinq ans dans la baie.'],
     True),
    # the body by its acronym, the director's role in full
    ('G7 acronym other way',
     ["Selon l'OSV, les chemins de crête resteront fermés jusqu'à la fin du mois en raison "
      "des chutes d'arbres.",
      "Selon Lina Morel, directrice de l'Office des sentiers de Valbrune, les chemins de "
      "crête resteront fermés jusqu'à la fin du mois en raison des chutes d'arbres."],
     True),
    # marks holding an article the speaker did not say
    ('G8 marks coordination',
     ["« Notre ville a besoin de calme et d'unité après cette campagne », a déclaré Joël "
      'Marchand, le nouveau maire de Vessanne.',
      "Joël Marchand a appelé au « calme et à l'unité » après son élection à la mairie de "
      'Vessanne dimanche soir.'],
     True),
    # two marks of one word each, in the speaker's order
    ('G9 two marks',
     ['« Je salue le courage et la ténacité des sauveteurs de la vallée », a déclaré '
      "Hélène Vasseur, préfète de l'Orbe.",
      'Hélène Vasseur a salué "le courage" et la "ténacité" des secouristes après '
      "l'avalanche de Valbrune."],
     True),
    # two marked words of the body, its director's direct quote
    ('G10 body two words',
     ["« Ce soir, nous avons eu ce que nous appelons une tentative d'incendie criminel "
      'contre la mairie », a déclaré Paul Roy, directeur de la police judiciaire de '
      'Brenac.',
      "La police judiciaire de Brenac a évoqué une « tentative d'incendie criminel » "
      'contre la mairie de la commune.'],
     True),
    # marks of the speaker's words, a future tense
    ('G11 future tense',
     ['« Nous exigeons la transparence et la justice pour Lucie Fontanel », a lancé Maxime '
      'Duroc devant le tribunal de Corlay.',
      'Maxime Duroc réclamera « la transparence et la justice » lors du procès qui '
      "s'ouvre lundi à Corlay."],
     True),
    # a party's president is no spokesperson: apart
    ('N1 presidente party',
     ['Selon Nadia Sorel, présidente du Parti des campagnes, le budget sacrifie les '
      'communes rurales et leurs écoles.',
      'Selon le Parti des campagnes, le budget sacrifie les communes rurales et leurs écoles.'],
     False),
    # two people speak for one body: two people, apart
    ('N2 two spokespersons',
     ["Selon Lina Morel, porte-parole de l'Office des sentiers de Valbrune, les chemins de "
      "crête resteront fermés jusqu'à la fin du mois.",
      "Selon Paul Garnier, porte-parole de l'Office des sentiers de Valbrune, les chemins "
      "de crête resteront fermés jusqu'à la fin du mois.",
      "Selon l'Office des sentiers de Valbrune, les chemins de crête resteront fermés "
      "jusqu'à la fin du mois."],
     False),
    # a role naming a person, not a body: apart
    ('N3 spokesperson of a person',
     ['Selon Louise Ferrand, porte-parole de Marc Tellier, la décision du conseil est '
      'injuste et brutale pour les familles.',
      'Selon Marc Tellier, la décision du conseil est injuste et brutale pour les familles.'],
     False),
    # the role names another body of the town: apart
    ('N4 role naming another body',
     ['Selon Claire Morvan, directrice de la Compagnie des eaux de Brenac, les travaux '
      'dureront au moins trois semaines.',
      'Selon la Compagnie des transports de Brenac, les travaux dureront au moins trois '
      'semaines.'],
     False),
    # the body and its director on two statements: apart
    ('N5 two statements',
     ['Selon Claire Morvan, directrice de la Compagnie des eaux de Brenac, les travaux '
      'dureront au moins trois semaines.',
      'Selon la Compagnie des eaux de Brenac, le prix du mètre cube augmentera en janvier '
      'prochain.'],
     False),
    # a former director does not speak for the body: apart
    ('N6 former director',
     ['Selon Gilles Aubrac, ancien directeur de la Compagnie des eaux de Brenac, les '
      'travaux dureront au moins trois semaines.',
      'Selon la Compagnie des eaux de Brenac, les travaux dureront au moins trois semaines.'],
     False),
    # two prefectures, one sentence: apart
    ('N7 two bodies',
     ['Selon la préfecture de Valmont, les routes départementales resteront fermées '
      "jusqu'à nouvel ordre.",
      'Selon la préfecture de Saint-Oran, les routes départementales resteront fermées '
      "jusqu'à nouvel ordre."],
     False),
    # one marked word is no wording: apart
    ('N8 one marked word',
     ["« C'est un scandale absolu pour tous les habitants de Corlay », a déclaré Maxime Duroc.",
      'Maxime Duroc a dénoncé un « scandale » lors du conseil municipal de Corlay.'],
     False),
    # two marked words the speaker says of two things: joins neither
    ('N9 phrase of two statements',
     ['Maxime Duroc a dénoncé une « faute grave » du conseil municipal de Corlay.',
      "« Fermer l'école du bourg est une faute grave », a déclaré Maxime Duroc.",
      '« Vendre la piscine aux promoteurs serait une faute grave », a affirmé Maxime Duroc.'],
     False),
    # the marked words in another order: apart
    ('N10 other order',
     ["« Notre ville a besoin d'unité et de calme après cette campagne », a déclaré Joël "
      'Marchand.',
      "Joël Marchand a appelé au « calme et à l'unité » après son élection à la mairie de "
      'Vessanne.'],
     False),
    # another content word between the marked ones: apart
    ('N11 word between',
     ['« Je salue le courage des sauveteurs et la ténacité des bénévoles », a déclaré '
      'Hélène Vasseur.',
      'Hélène Vasseur a salué "le courage" et la "ténacité" des secouristes après l\'avalanche.'],
     False),
    # two people named with confidence: apart
    ('N12 two people',
     ["« Notre ville a besoin de calme et d'unité après cette campagne », a déclaré Joël "
      'Marchand.',
      "Sophie Lenormand a appelé au « calme et à l'unité » après son élection à la mairie "
      'de Vessanne.'],
     False),
    # another number: apart
    ('N13 another number',
     ['« Nous supprimerons 500 emplois industriels sur le site de Brenac », a déclaré '
      'Nadia Sorel.',
      'Nadia Sorel a annoncé la suppression de « 300 emplois industriels » à Brenac.'],
     False),
    # an opponent's words quoted to answer them: apart
    ('N14 politician quoting opponent',
     ['« Ce projet est une trahison des promesses faites aux ouvriers », a déclaré Paul Garnier.',
      "« Paul Garnier parle de trahison des promesses, mais c'est lui qui a fermé l'usine "
      '», a répondu Nadia Sorel.'],
     False),
    # a one-word name read as a person's is no body: apart
    ('N15 one-word place person',
     ['Selon Kerlan, les stocks de bar ont baissé de moitié en cinq ans dans la baie.',
      "Selon Anne Le Goff, représentante de l'Union des pêcheurs de Kerlan, les stocks de "
      'bar ont baissé de moitié en cinq ans dans la baie.'],
     False),
]


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


@pytest.mark.parametrize(("case", "texts", "together"), ROWS, ids=[r[0] for r in ROWS])
def test_a_body_its_voice_and_marks_said_in_a_row(extractor, case, texts, together):
    quotes = [q for n, t in enumerate(texts) for q in extractor.text(t, id=f"a{n}")]
    assert len(quotes) == len(texts) and all(q.speaker.name for q in quotes), case
    out, _ = link_and_group(quotes)
    groups = [q.group_id for q in out]
    if together:
        assert groups[0] is not None and len(set(groups)) == 1, case
    else:
        named = [g for g in groups if g is not None]
        assert len(set(named)) == len(named), case


@pytest.mark.parametrize(("role", "named"), [
    ("porte-parole de l'Office des sentiers", ["office des sentiers", "sentiers"]),
    ("représentant du Syndicat des pilotes", ["syndicat des pilotes", "pilotes"]),
    ("représentante de l'Union des marins", ["union des marins", "marins"]),
    ("directeur général de l'ARVS", ["arvs"]),
    ("directrice de la Régie des eaux", ["regie des eaux", "eaux"]),
    ("responsable de la cellule crues à Veille Fluviale", ["cellule crues a veille fluviale",
                                                          "veille fluviale"]),
    ("ancien directeur de la Régie des eaux", []),  # a former director: no voice of it
    ("présidente du Parti des campagnes", []),  # a leader speaks for themselves too
    ("avocate de la Régie des eaux", []),
])
def test_a_speaking_role_names_its_body(role, named):
    assert bodies_named(role) == named


def test_a_body_goes_to_the_one_person_who_speaks_for_it():
    roles = {"lina morel": {"porte-parole de l'Office des sentiers de Valbrune"},
             "tom vasseur": {"directeur général de l'ARVS"},
             "paul garnier": {"directeur de la Régie des eaux"},
             "anne roux": {"directrice de la Régie des eaux"}}
    bodies = ["office des sentiers de valbrune", "osv", "agence regionale de veille sanitaire",
              "regie des eaux", "marc tellier"]
    assert voiced_by(bodies, roles) == {
        "office des sentiers de valbrune": "lina morel", "osv": "lina morel",
        "agence regionale de veille sanitaire": "tom vasseur"}
    assert acronym(["organisation", "mondiale", "de", "la", "sante"]) == "oms"


@pytest.mark.parametrize(("marks", "said", "pairs"), [
    (["paix et l unite"], ["ce pays a besoin de paix et d unite"], [(0, 1)]),
    (["l engagement", "courage"], ["je salue son engagement son courage"], [(0, 1)]),
    (["engagement"], ["je salue son engagement"], []),  # one content word
    (["faute grave"], ["le retard des secours est une faute grave"], []),  # one mark of two
    (["courage", "engagement"], ["je salue son engagement son courage"], []),  # other order
    (["300 emplois industriels"], ["nous supprimerons 500 emplois industriels"], []),
    (["faute grave"], ["fermer l ecole est une faute grave",
                       "vendre la piscine serait une faute grave"], []),  # two statements
])
def test_marks_said_in_a_row(marks, said, pairs):
    texts = [[" ".join(marks), *marks], *([s] for s in said)]
    n = len(texts)
    found = said_marks_pairs(texts, ["x"] * n, [f"a{k}" for k in range(n)],
                             [False, *[True] * (n - 1)], {0: marks})
    assert found == pairs
