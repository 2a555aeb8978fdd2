"""A body and the person who speaks for it (a role opening on « porte-parole », « directeur »,
« directrice », « directeur(trice) général(e) », « PDG », « président-directeur général »,
« président et directeur général »,
« responsable de la communication » whose first complement names the body, in full or by its
acronym: lexicon ``speaking_roles``, ``group/voiced.py``) are one speaker when grouping;
a mixed quote's marks of two content words or more that a direct quote of its speaker says in a
row, an article or « de » aside, are a fragment of it (``group/said_marks.py``). Each row is a
batch of invented articles, extracted then grouped (``quotes.api``): grouped or not. The near
misses pin the edges: a party's president, two spokespersons, a role naming a person (of an
epicene or an unlisted first name too) or another body, a later complement (« de la CGT de
Valmor », « de la France à l'ONU »), a rank or another office (research, cabinet, campaign,
thesis director, union official), a representative, a former director, two bodies, one marked
word, a phrase the speaker says of two things or two statements, another order, a word
between, two people, another number, an opponent quoting the words."""

import pytest

from quotes.api import Extractor, link_and_group
from quotes.group.said_marks import said_marks_pairs
from quotes.group.voiced import acronym, bodies_named, is_body, voiced_by

ROWS = [
    # a head of communication, the body after the whole head
    ('G1 responsable de la communication',
     ["Le groupe Valmor a annoncé que l'usine de Brenac fermerait ses portes à la fin du mois "
      'de mars.',
      'Julie Caradec, responsable de la communication de Valmor, a annoncé que l\'usine de '
      'Brenac fermerait ses portes à la fin du mois de mars.'],
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
    # a chief executive by the acronym PDG
    ('G5 PDG',
     ['Le Syndicat des pilotes de Lorvenne a affirmé que la grève serait reconduite tant '
      'que la direction refuserait de négocier.',
      'Bruno Kessler, PDG du Syndicat des pilotes de Lorvenne, a affirmé que la '
      'grève serait reconduite tant que la direction refuserait de négocier.'],
     True),
    # a chief executive in full, a pluperfect
    ('G6 president-directeur general',
     ['Le Comité régional des pêches a affirmé que les stocks de bar avaient baissé de '
      'moitié en cinq ans dans la baie.',
      'Paul Le Goff, président-directeur général du Comité régional des pêches, a affirmé '
      'que les stocks de bar avaient baissé de moitié en cinq ans dans la baie.'],
     True),
    # a general director, feminine
    ('G12 directrice generale',
     ["L'Agence régionale de veille sanitaire a indiqué que les prélèvements d'eau seraient "
      'limités dès vendredi sur le plateau de Corvelle.',
      'Anne Roux, directrice générale de l\'Agence régionale de veille sanitaire, a indiqué '
      "que les prélèvements d'eau seraient limités dès vendredi sur le plateau de Corvelle."],
     True),
    # a chief executive written with « et », one office whole (coordinated_offices.txt)
    ('G13 president et directeur general',
     ['« Les travaux dureront trois semaines », a annoncé la Compagnie des eaux de Brenac.',
      '« Les travaux dureront trois semaines », a annoncé Marc Joly, président et directeur '
      'général de la Compagnie des eaux de Brenac.'],
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
    # the spokesperson of a person whose first name is given to both sexes: apart
    ('N16 spokesperson of Camille',
     ['Selon Julie Ferrand, porte-parole de Camille Tellier, la fermeture du centre est une '
      '« erreur historique ».',
      '« La fermeture du centre est une erreur historique », a déclaré Camille Tellier devant '
      'les élus.'],
     False),
    # the campaign director of a Dominique: a rank of a person's, apart
    ('N17 campaign director of Dominique',
     ['« Nous gagnerons cette élection dès le premier tour », a affirmé Dominique Ferrand.',
      'Selon Paul Rives, directeur de campagne de Dominique Ferrand, « nous gagnerons cette '
      'élection dès le premier tour ».'],
     False),
    # the spokesperson of a Claude: apart
    ('N18 spokesperson of Claude',
     ['Selon Julie Ferrand, porte-parole de Claude Marivin, la fermeture du centre est une '
      '« erreur historique ».',
      '« La fermeture du centre est une erreur historique », a déclaré Claude Marivin devant '
      'les élus.'],
     False),
    # the spokesperson of a person of a first name no list has: apart
    ('N19 spokesperson of a foreign first name',
     ['Selon Julie Ferrand, porte-parole de Tedros Ghebreyesus, la fermeture du centre est '
      'une « erreur historique ».',
      '« La fermeture du centre est une erreur historique », a déclaré Tedros Ghebreyesus '
      'devant les élus.'],
     False),
    # a union official of the firm's union answers the firm: the CGT, not Valmor
    ('N20 responsable de la CGT de Valmor',
     ['Le groupe Valmor défend « un plan nécessaire » pour sauver le site de Brenac.',
      "« Ce n'est pas un plan nécessaire, c'est un plan de casse », a déclaré Sophie "
      'Lenormand, responsable de la CGT de Valmor.'],
     False),
    # a union official: apart
    ('N21 responsable syndical',
     ['Le groupe Valmor a évoqué « une décision difficile » pour le site de Brenac.',
      "« C'est une décision difficile », a reconnu Sophie Lenormand, responsable syndicale "
      'de Valmor.'],
     False),
    # a staff representative of the firm: apart
    ('N22 representante des salaries',
     ['Le groupe Valmor a évoqué « une décision difficile » pour le site de Brenac.',
      "« C'est une décision difficile », a reconnu Sophie Lenormand, représentante des "
      'salariés de Valmor.'],
     False),
    # a staff representative of the hospital: apart
    ('N23 representant du personnel',
     ["Selon l'Agence régionale de santé, les urgences de Brenac fermeront la nuit dès le mois "
      'de juin.',
      'Selon Paul Girard, représentant du personnel de l\'Agence régionale de santé, les '
      'urgences de Brenac fermeront la nuit dès le mois de juin.'],
     False),
    # a country's envoy to the UN: France, not the UN
    ('N24 representant de la France a l ONU',
     ["L'Organisation des Nations unies a dénoncé « une catastrophe humanitaire » dans la "
      'région de Kessa.',
      "« Il s'agit d'une catastrophe humanitaire », a déclaré Nicolas Brel, représentant de "
      "la France à l'ONU."],
     False),
    # a research director is a rank: apart
    ('N25 directeur de recherche',
     ['Le CNRS salue « une avancée majeure » dans la compréhension des séismes.',
      "« C'est une avancée majeure, mais il reste beaucoup à faire », a estimé Marc Delorme, "
      'directeur de recherche au CNRS.'],
     False),
    # a thesis director: apart
    ('N26 directrice de these',
     ["Selon l'Université de Brenac, les essais cliniques reprendront au printemps prochain "
      'dans trois hôpitaux.',
      'Selon Anne Roux, directrice de thèse à l\'Université de Brenac, les essais cliniques '
      'reprendront au printemps prochain dans trois hôpitaux.'],
     False),
    # a cabinet director: another office, apart
    ('N27 directeur de cabinet',
     ["Selon la préfecture de Valmont, les contrôles seront renforcés sans délai aux "
      'frontières du département.',
      'Selon Paul Rives, directeur de cabinet de la préfecture de Valmont, les contrôles '
      'seront renforcés sans délai aux frontières du département.'],
     False),
    # a one-word name read as a person's is no body: apart
    ('N15 one-word place person',
     ['Selon Kerlan, les stocks de bar ont baissé de moitié en cinq ans dans la baie.',
      "Selon Anne Le Goff, représentante de l'Union des pêcheurs de Kerlan, les stocks de "
      'bar ont baissé de moitié en cinq ans dans la baie.'],
     False),
    # a person whose surname is a noun of a body is no body: their spokesperson stays apart
    ('N28 porte-parole de Marc Bureau',
     ['Selon Julie Ferrand, porte-parole de Marc Bureau, la fermeture du centre est une '
      '« erreur historique ».',
      '« La fermeture du centre est une erreur historique », a déclaré Marc Bureau devant '
      'les élus.'],
     False),
    ('N29 directeur de la communication d Helene Maison',
     ['« Nous gagnerons cette élection dès le premier tour », a affirmé Hélène Maison.',
      "Selon Paul Rives, directeur de la communication d'Hélène Maison, « nous gagnerons "
      'cette élection dès le premier tour ».'],
     False),
    # a committee of a firm's employees does not speak for the firm: apart
    ('N30 comite de defense des salaries',
     ['Le groupe Valmor a évoqué « une décision difficile » pour le site de Brenac.',
      "« C'est une décision difficile », a reconnu Sophie Lenormand, porte-parole du comité "
      'de défense des salariés de Valmor.'],
     False),
    ('N31 comite de soutien aux salaries',
     ['Le groupe Valmor défend « un plan nécessaire » pour sauver le site de Brenac.',
      "« Ce n'est pas un plan nécessaire, c'est un plan de casse », a déclaré Sophie "
      'Lenormand, porte-parole du comité de soutien aux salariés de Valmor.'],
     False),
    ('N32 comite d entreprise',
     ['Le groupe Valmor a évoqué « une décision difficile » pour le site de Brenac.',
      "« C'est une décision difficile », a reconnu Sophie Lenormand, porte-parole du comité "
      "d'entreprise de Valmor."],
     False),
]


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


def test_two_statements_of_one_speaker_stay_two(extractor):
    """Two marks the speaker says in two statements of theirs (two short direct quotes that
    share the phrase): the mixed quote joins neither, and the two stay apart."""
    texts = ['Marc Tellier a défendu le « dialogue social » et la « concertation » lors du '
             'congrès.',
             '« Le dialogue social et la concertation restent notre méthode », a déclaré '
             'Marc Tellier.',
             '« Sans dialogue social, la concertation ne sert à rien », a déclaré Marc Tellier.']
    quotes = [q for n, t in enumerate(texts) for q in extractor.text(t, id=f"a{n}")]
    assert len(quotes) == 3 and all(q.speaker.name for q in quotes)
    out, _ = link_and_group(quotes)
    groups = [q.group_id for q in out]
    assert groups[2] is None or groups[2] not in groups[:2]
    assert groups[0] is None or groups[0] != groups[1] or groups[2] is None


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


@pytest.mark.parametrize("said", [
    "« Les travaux dureront trois semaines », a annoncé la Compagnie des eaux de Brenac.",
    "Pour la Compagnie des eaux de Brenac, « les travaux dureront trois semaines ».",
])
def test_the_voice_of_a_body_keeps_its_own_record(extractor, said):
    """One outlet gives the words to the body, another to its director, by a pronoun: the
    two group, and the director's record keeps the director, as its article says (consensus
    gives a body's voice the body's name no more than it gives a holder's)."""
    texts = [said, "Marc Joly, directeur de la Compagnie des eaux de Brenac, est arrivé. « Les "
             "travaux dureront trois semaines », a-t-il dit."]
    quotes = [q for n, t in enumerate(texts) for q in extractor.text(t, id=f"a{n}")]
    out, _ = link_and_group(quotes)
    assert len(out) == 2 and out[0].group_id is not None and out[0].group_id == out[1].group_id
    voice = out[1].speaker
    assert (voice.name, voice.kind) == ("Marc Joly", "person")
    assert voice.role == "directeur de la Compagnie des eaux de Brenac"
    assert out[0].speaker.name == "Compagnie des eaux de Brenac"


@pytest.mark.parametrize(("role", "named"), [
    ("porte-parole de l'Office des sentiers", ["office des sentiers"]),
    ("représentant du Syndicat des pilotes", []),  # a representative: of whom, no telling
    ("représentante des salariés de Valmor", []),
    ("directeur général de l'ARVS", ["arvs"]),
    ("directrice générale de l'ARVS", ["arvs"]),
    ("PDG de Valmor", ["valmor"]),
    ("président-directeur général de Valmor", ["valmor"]),
    ("président et directeur général de Valmor", ["valmor"]),
    ("présidente et directrice générale de Valmor", ["valmor"]),
    ("président et chef de la direction de Valmor", ["valmor"]),
    ("présidente et cheffe de la direction de Valmor", ["valmor"]),
    ("directrice de la Régie des eaux", ["regie des eaux"]),
    ("responsable de la communication de Valmor", ["valmor"]),  # the whole head first
    ("porte-parole de la CGT de Valmor", ["cgt de valmor"]),  # the first complement only
    ("porte-parole de la France à l'ONU", ["france"]),  # « à » ends it
    ("directeur du bureau de Lyon de l'OMS", ["bureau de lyon de l oms", "lyon de l oms",
                                             "oms"]),
    # a part of a body: the body right after it, or past a place's name only
    ("directeur du bureau de Pittsburgh du FBI", ["bureau de pittsburgh du fbi",
                                                 "pittsburgh du fbi", "fbi"]),
    ("porte-parole du service de police de Laval", ["service de police de laval",
                                                    "police de laval"]),
    ("porte-parole du comité de défense des salariés de Valmor",
     ["comite de defense des salaries de valmor", "defense des salaries de valmor"]),
    ("porte-parole du comité de soutien aux salariés de Valmor",
     ["comite de soutien", "soutien"]),
    ("porte-parole du comité d'entreprise de Valmor",
     ["comite d entreprise de valmor", "entreprise de valmor"]),
    ("directeur du bureau de la Croix-Rouge de Genève",  # an article: no place
     ["bureau de la croix rouge de geneve", "croix rouge de geneve"]),
    ("directeur de recherche au CNRS", []),  # a rank
    ("directeur de cabinet du ministre de l'Intérieur", []),  # another office
    ("directrice de campagne de Dominique Ferrand", []),
    ("directeur de thèse à l'Université de Brenac", []),
    ("responsable syndical de Valmor", []),
    ("responsable de la cellule crues à Veille Fluviale", []),  # a unit head: no voice
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
    # two marks said in two short statements that share them: a phrase of theirs
    (["dialogue social", "concertation"],
     ["le dialogue social et la concertation restent notre methode",
      "sans dialogue social la concertation ne sert a rien"], []),
    # the words far apart, stop words between: no phrase of the marks
    (["calme", "unite"], ["il faut du calme et nous en avons tous et elle aussi pour cela unite"],
     []),
    (["calme", "unite"], ["il faut du calme et unite"], [(0, 1)]),
])
def test_marks_said_in_a_row(marks, said, pairs):
    texts = [[" ".join(marks), *marks], *([s] for s in said)]
    n = len(texts)
    found = said_marks_pairs(texts, ["x"] * n, [f"a{k}" for k in range(n)],
                             [False, *[True] * (n - 1)], {0: marks})
    assert found == pairs


@pytest.mark.parametrize(("key", "body"), [
    ("agence regionale de sante", True), ("groupe valmor", True),
    ("camille tellier", False), ("dominique ferrand", False), ("claude marivin", False),
    ("tedros ghebreyesus", False), ("marc tellier", False),
    # a surname that is a noun of a body: the first word only makes a body
    ("marc bureau", False), ("helene maison", False), ("paul cour", False),
    ("jean service", False), ("hopital de brenac", True), ("comite regional des peches", True),
])
def test_a_person_key_is_a_body_only_by_its_first_word(key, body):
    assert is_body(key) is body
