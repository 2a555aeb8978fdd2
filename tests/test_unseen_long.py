"""Who said it, on six longer articles in forms the shorter unseen set lacks: a held-out measure.

The articles (tests/data/unseen_long/) are a live blog with time stamps and short updates
(direct_tempete), an agency wire with a dateline and many « a-t-il ajouté » (depeche_chomage), an
interview whose answers carry no label, after a preamble (entretien_rugby), a web page with its
furniture between paragraphs: breadcrumb, byline, photo caption, « Lire aussi », share line
(page_piscine), a political piece with several people of one party, their titles, descriptions
(« l'élu normand », « la parlementaire »), anonymous sources and quotes with no cue in the
paragraph after (politique_censure), and a public debate with eight speakers (mine_lithium).

The expected speaker, role, gender and kind of every quote were written from the texts alone,
following fixtures/gold/GUIDELINES.md, and committed before the extractor was first run on them.
Role is the one the article gives closest before the quote opens (a description in a cue after
the quote counts for the later quotes), when it names a function or a trade (« la
parlementaire », « technicien … »), not an age, a kinship or a state (« la sexagénaire », « le
jeune père de famille », « la lycéenne »), nor an anaphoric generic noun (« l'édile », « l'élu
normand ») over the function the article gives the same person (GUIDELINES.md; five rows brought
to that point in round 36); else the most specific the article gives. A journalist's
question, a heading and speech reported inside a quotation get no row.

No extraction or attribution rule is chosen on these articles: they measure, they do not tune.
Failures are ``xfail(strict=True)``, the reason named in KNOWN. Matching is the shorter set's:
the extracted quote overlapping the expected words most.

First measure, on the rules of the commit that added the articles: of 107 quotes, 11 not
extracted (8 of them the unlabelled interview answers); speaker right 74, role right 69, gender
right 90, kind right 91; all four right 61 (57 %).
"""

from functools import partial
from pathlib import Path

import pytest
from test_unseen_texts import ORG, A, F, M, P, assert_passages_once, assert_row, extracted_alone
from test_unseen_texts import row as _row

DATA = Path(__file__).resolve().parent / "data" / "unseen_long"

# known failures, by kind of error: the reason of each xfail row
KNOWN = {
    "anon-extent": (
        "an anonymous source's mention is cut inside its complement (« un gendarme présent » "
        "for « un gendarme présent sur les lieux ») and its noun given as a role"
    ),
    "apostrophe-name": (
        "a surname with an apostrophe (« Guivarc'h ») is cut at it, and the person's role is "
        "lost"
    ),
    "first-name-gender": (
        "a first name alone that the lexicon lacks (« Maryvonne ») gives no gender"
    ),
    "name-in-quote": (
        "a man named only inside a reported clause (« Bruno Castagné se rendra à Brest …, a "
        "fait savoir le ministère ») is not one of the article's people: « le ministre » goes "
        "to the man named before, who then carries that role"
    ),
    "role-extent": (
        "a role in a postposed cue is cut before its complement (« adjointe » for « a annoncé "
        "l'adjointe aux sports, X »)"
    ),
    "role-from-other": (
        "the title before the name (« le géologue X ») is not read, and the man gets the role "
        "the article gives an unnamed person (« Le préfet de l'Allier »)"
    ),
    "noun-as-name": (
        "a description noun unknown to the lexicon (« la lycéenne ») is "
        "kept as a name, of kind unknown"
    ),
    "description-choice": (
        "a description in a cue (« la ministre », « la parlementaire ») goes to another person "
        "of the article (« le Premier ministre », a senator quoted earlier) than the one the "
        "text has just spoken of"
    ),
    "description-unresolved": (
        "« Elle » after « La députée des Alpes-Maritimes », a second description of the woman "
        "just named as « La présidente du groupe LR », is not tied to her: no name"
    ),
    "no-cue-subject": (
        "a quote with no cue goes to the last speaker, not to the person the sentence just "
        "before it introduces (« Sa mère, Sandrine, a fait les comptes. », « Une cadre du parti "
        "… se montre plus pessimiste. »)"
    ),
    "juge-noun": (
        "« juge » as a verb of saying (« X, consultante pour …, juge quant à elle que ») is "
        "parsed as a noun: no cue, and this quote and the next (« a-t-elle ajouté ») go to a "
        "woman named before"
    ),
}

row = partial(_row, known=KNOWN)

ROWS = [
    # ---- a live blog, newest entry first: an entry's speaker named in an entry above it,
    # an organisation, an unnamed spokesman, a quote with no cue after its speaker's paragraph
    row("direct_tempete", "la ligne Brest-Quimper resterait fermée", "SNCF", None, None, ORG),
    row("direct_tempete", "Nous avons recensé une quarantaine d'arbres",
        "un porte-parole de la direction régionale", None, None, A),
    row("direct_tempete", "Le pic de la tempête est passé", "Sandrine Lecoq",
        "préfète du Finistère", F, P),
    row("direct_tempete", "de ne pas prendre la route avant la levée de la vigilance",
        "Sandrine Lecoq", "préfète du Finistère", F, P),
    row("direct_tempete", "Chaque année, des gens meurent en allant voir la mer", "Sandrine Lecoq",
        "préfète du Finistère", F, P),
    row("direct_tempete", "Son pronostic vital reste engagé", "CHU de Brest", None, None, ORG),
    row("direct_tempete", "C'est un quartier très arboré", "Jean-Yves Kerhervé",
        "maire de Morlaix", M, P),
    row("direct_tempete", "Nos équipes interviendront dès que le vent tombera",
        "Nathalie Guivarc'h", "directrice régionale d'Enedis en Bretagne", F, P,
        why="apostrophe-name"),
    row("direct_tempete", "devrait retrouver l'électricité d'ici ce soir", "Nathalie Guivarc'h",
        "directrice régionale d'Enedis en Bretagne", F, P, why="apostrophe-name"),
    row("direct_tempete", "J'habite ici depuis quarante ans", "Maryvonne", None, F, P,
        why="first-name-gender"),
    row("direct_tempete", "Le toit de l'église a perdu la moitié de ses tuiles", "Loïc Le Goff",
        None, M, P, why="name-in-quote"),
    row("direct_tempete", "Bruno Castagné se rendra à Brest vers 16 heures",
        "ministère de l'Intérieur", None, None, ORG),
    row("direct_tempete", "l'engagement exemplaire des pompiers", "Bruno Castagné",
        "ministre de l'Intérieur", M, P, why="name-in-quote"),
    row("direct_tempete", "Une trentaine de personnes y ont passé la nuit", "Jean-Yves Kerhervé",
        "maire de Morlaix", M, P),
    row("direct_tempete", "Les rafales ont atteint 152 km/h", "Météo-France", None, None, ORG),
    row("direct_tempete", "Le cœur de la dépression passe actuellement", "Thomas Le Berre",
        "prévisionniste", M, P),
    row("direct_tempete", "Il a eu énormément de chance", "un gendarme présent sur les lieux",
        None, None, A, why="anon-extent"),
    row("direct_tempete", "Les cours reprendront normalement mardi", "Emmanuelle Chauvin",
        "rectrice de l'académie", F, P),
    # ---- an agency wire: « a-t-il ajouté » after a paragraph on a woman, « cette même
    # source », an entourage, a ministry, two quotes joined by « tout en »
    row("depeche_chomage", "Nous sommes venus pour être entendus", "Nathalie Vernier",
        "secrétaire générale de la CGT", F, P),
    row("depeche_chomage", "Le gouvernement n'a pas bougé d'un millimètre", "Nathalie Vernier",
        "secrétaire générale de la CGT", F, P),
    row("depeche_chomage", "amplifier la mobilisation", "Nathalie Vernier",
        "secrétaire générale de la CGT", F, P),
    row("depeche_chomage", "Il y a eu une écoute réelle", "Julien Lepage",
        "numéro un de la CFDT", M, P),
    row("depeche_chomage", "rien qui revienne à faire payer la crise", "Julien Lepage",
        "numéro un de la CFDT", M, P),
    row("depeche_chomage", "Si le texte reste en l'état", "Julien Lepage", "numéro un de la CFDT",
        M, P),
    row("depeche_chomage", "la réforme permettrait d'économiser 3,6 milliards",
        "ministère du Travail", None, None, ORG),
    row("depeche_chomage", "Notre système doit inciter à la reprise d'emploi", "Agathe Roussel",
        "ministre du Travail", F, P),
    row("depeche_chomage", "Nous avons entendu des propositions intéressantes", "Agathe Roussel",
        "ministre du Travail", F, P),
    row("depeche_chomage", "un décret sur le bonus-malus des entreprises serait publié",
        "Agathe Roussel", "ministre du Travail", F, P),
    row("depeche_chomage", "C'est une réunion pour rien", "Patrick Gandon", "secrétaire général",
        M, P),
    row("depeche_chomage", "On nous demande de discuter à l'aveugle", "Isabelle Saunier",
        "secrétaire confédérale de la CFE-CGC chargée de l'emploi", F, P),
    row("depeche_chomage", "Le Premier ministre nous a promis une étude d'impact",
        "Patrick Gandon", "secrétaire général", M, P),
    row("depeche_chomage", "Le gouvernement a le courage de regarder la réalité en face",
        "Thierry Mercier", "président du Medef", M, P),
    row("depeche_chomage", "Nous ne demandons pas de baisser les droits", "Thierry Mercier",
        "président du Medef", M, P),
    row("depeche_chomage", "la réforme allait « dans le bon sens »", "Sophie Brémond",
        "présidente de la CPME", F, P),
    row("depeche_chomage", "des mesures concrètes pour les petites entreprises", "Sophie Brémond",
        "présidente de la CPME", F, P),
    row("depeche_chomage", "il doit recevoir de nouveau les partenaires sociaux",
        "l'entourage du Premier ministre", None, None, A),
    row("depeche_chomage", "Matignon pourrait lâcher du lest sur les seniors",
        "une source syndicale", None, None, A),
    row("depeche_chomage", "C'est la seule vraie marge de manœuvre", "une source syndicale", None,
        None, A),
    row("depeche_chomage", "les effets attendus de la réforme étaient", "Bruno Lhermitte",
        "économiste", M, P),
    row("depeche_chomage", "Les précédentes baisses de droits", "Bruno Lhermitte", "économiste",
        M, P),
    # ---- an interview: answers with no label, one record a paragraph; a word of someone
    # else's quoted inside an answer belongs to the answer; two people quoted after it
    row("entretien_rugby", "une bosseuse obsessionnelle", "Gérard Mazeau", "ancien sélectionneur",
        M, P),
    row("entretien_rugby", "Oui, et c'est normal", "Élise Carrère", "sélectionneuse des Bleues", F,
        P),
    row("entretien_rugby", "Avec beaucoup de dignité", "Élise Carrère",
        "sélectionneuse des Bleues", F, P),
    row("entretien_rugby", "Je ne l'annoncerai qu'après le premier match", "Élise Carrère",
        "sélectionneuse des Bleues", F, P),
    row("entretien_rugby", "On les a battues il y a deux ans à Bordeaux", "Élise Carrère",
        "sélectionneuse des Bleues", F, P),
    # (« on ne peut pas leur demander … » is no cue and no longer breaks the run of answers)
    row("entretien_rugby", "Ce qui me rend optimiste, c'est notre jeunesse", "Élise Carrère",
        "sélectionneuse des Bleues", F, P),
    row("entretien_rugby", "Une trentaine d'entre elles ont aujourd'hui un contrat fédéral",
        "Élise Carrère", "sélectionneuse des Bleues", F, P),
    row("entretien_rugby", "Plus sérieusement, la solitude de la décision", "Élise Carrère",
        "sélectionneuse des Bleues", F, P),
    row("entretien_rugby", "Alors j'en porterai la responsabilité", "Élise Carrère",
        "sélectionneuse des Bleues", F, P),
    row("entretien_rugby", "Élise a un contrat jusqu'en 2027", "Jean-Marc Dauriac",
        "président de la Fédération française de rugby", M, P),
    row("entretien_rugby", "sont déjà tous vendus", "Fédération française de rugby", None, None,
        ORG),
    row("entretien_rugby", "la plus audacieuse depuis quinze ans", "Manon Lasserre",
        "consultante pour France Télévisions", F, P, why="juge-noun"),
    row("entretien_rugby", "Il y a un vrai pari sur la jeunesse", "Manon Lasserre",
        "consultante pour France Télévisions", F, P, why="juge-noun"),
    # ---- a web page: a caption between a quote and « a-t-elle poursuivi », a byline, a
    # photographer, « Lire aussi »; a quote with no cue after its speaker's sentence
    row("page_piscine", "au moins jusqu'au printemps 2027", "Fatima Benaïssa",
        "adjointe aux sports", F, P),
    row("page_piscine", "Nous n'avions pas le choix", "Fatima Benaïssa", "adjointe aux sports", F,
        P),
    row("page_piscine", "Les travaux coûteront entre 11 et 14 millions d'euros", "Fatima Benaïssa",
        "adjointe aux sports", F, P),
    row("page_piscine", "la métropole et la région avaient déjà été sollicitées",
        "Fatima Benaïssa", "adjointe aux sports", F, P),
    row("page_piscine", "On nous a d'abord dit trois mois", "Olivier Roche",
        "président de Grenoble Natation", M, P),
    row("page_piscine", "Certains de mes nageurs de 13 ans", "Olivier Roche",
        "président de Grenoble Natation", M, P),
    row("page_piscine", "Pour préparer un 400 mètres", "Inès Moulin", None, F, P,
        why="noun-as-name"),
    row("page_piscine", "Si elle part à Lyon, c'est un internat", "Sandrine", None, F, P,
        why="no-cue-subject"),
    row("page_piscine", "les premières fissures avaient été signalées", "un agent de la piscine",
        None, None, A),
    row("page_piscine", "On a fait remonter des photos", "un agent de la piscine", None, None, A),
    row("page_piscine", "n'avaient rien révélé d'alarmant",
        "direction des bâtiments municipaux", None, None, ORG),
    row("page_piscine", "Cette piscine a cinquante ans", "Arnaud Vial",
        "conseiller municipal d'opposition", M, P),
    row("page_piscine", "des créneaux supplémentaires seraient ouverts", "Fatima Benaïssa",
        "adjointe aux sports", F, P),
    row("page_piscine", "Nous allons aussi installer un bassin provisoire", "Fatima Benaïssa",
        "adjointe aux sports", F, P),
    row("page_piscine", "Un bassin gonflable de 25 mètres", "Olivier Roche",
        "président de Grenoble Natation", M, P, why="no-cue-subject"),
    # ---- politics: one party's president, deputies and a senator, descriptions in cues and
    # as subjects, quotes with no cue, an anonymous « proche », adviser and (female) « cadre »
    row("politique_censure", "Nous ne mêlerons pas nos voix", "Laurent Dussart",
        "président du parti", M, P),
    row("politique_censure", "loin d'être satisfaisant", "Laurent Dussart", "président du parti",
        M, P),
    row("politique_censure", "corriger par amendement", "Laurent Dussart", "président du parti", M,
        P),
    row("politique_censure", "il voterait la censure « sans états d'âme »", "Bertrand Lemaître",
        "député LR de la Manche", M, P),
    row("politique_censure", "Ce budget matraque les retraités", "Bertrand Lemaître",
        "député LR de la Manche", M, P),
    row("politique_censure", "attendent de voir d'où vient le vent", "un proche de Laurent Dussart",
        None, None, A),
    row("politique_censure", "jouer leur carrière personnelle", "Isabelle Rocca",
        "sénatrice LR du Var", F, P),
    row("politique_censure", "Quand on vote avec le RN un jour", "Isabelle Rocca",
        "sénatrice LR du Var", F, P),
    row("politique_censure", "l'exclusion de tout élu qui conclut un accord", "Antoine Vasseur",
        "secrétaire général de LR", M, P),
    row("politique_censure", "Voter une motion, ce n'est pas conclure un accord",
        "Bertrand Lemaître", "député LR de la Manche", M, P),
    row("politique_censure", "Ils passent plus de temps à se compter", "un conseiller ministériel",
        None, None, A),
    row("politique_censure", "pour ne pas offrir au RN le spectacle", "Caroline Dufresne",
        "députée des Alpes-Maritimes", F, P, why="description-unresolved"),
    row("politique_censure", "Personne ne sortira grandi", "Caroline Dufresne",
        "députée des Alpes-Maritimes", F, P, why="description-choice"),
    row("politique_censure", "Caroline fait ce qu'elle peut", "une cadre du parti", None, F, A,
        why="no-cue-subject"),
    row("politique_censure", "La droite découvre qu'elle n'a plus de colonne vertébrale",
        "Mélissa Garnier", "sénatrice écologiste de Paris", F, P),
    row("politique_censure", "Son groupe votera la motion de censure", "Mélissa Garnier",
        "sénatrice écologiste de Paris", F, P),
    row("politique_censure", "il ne changerait d'avis que si le gouvernement renonçait",
        "Bertrand Lemaître", "élu de la Manche", M, P),
    row("politique_censure", "l'immense majorité", "Laurent Dussart", "président du parti", M, P),
    row("politique_censure", "Ceux qui voteront la censure", "Laurent Dussart",
        "président du parti", M, P),
    # ---- a public debate, eight speakers: « la sexagénaire », « l'édile », « Selon elle »,
    # « elle » opening a paragraph, a first name and his trade, an anonymous « habitante »
    row("mine_lithium", "Nous avons fait le choix d'une mine souterraine", "Valérie Sanchez",
        "directrice générale d'Arvelia", F, P),
    row("mine_lithium", "le site consommerait environ 600 000 mètres cubes", "Valérie Sanchez",
        "directrice générale d'Arvelia", F, P),
    row("mine_lithium", "l'essentiel serait recyclé en circuit fermé", "Valérie Sanchez",
        "directrice générale d'Arvelia", F, P),
    row("mine_lithium", "Nous ne prendrons pas une goutte d'eau potable", "Valérie Sanchez",
        "directrice générale d'Arvelia", F, P),
    row("mine_lithium", "la Sioule avait été en crise sécheresse", "Martine Aubert",
        "porte-parole du collectif Eau et Bocage", F, P),
    row("mine_lithium", "Vous nous demandez de vous croire sur parole", "Martine Aubert",
        "porte-parole du collectif Eau et Bocage", F, P),
    row("mine_lithium", "son collectif déposerait un recours", "Martine Aubert",
        "porte-parole du collectif Eau et Bocage", F, P),
    row("mine_lithium", "Je ne vais pas vous mentir", "Christian Bardet", "maire d'Échassières",
        M, P),
    row("mine_lithium", "une part des retombées financières aille aux communes voisines",
        "Christian Bardet", "maire d'Échassières", M, P),
    row("mine_lithium", "Si nous ne produisons pas ce lithium en France", "Nadia Ferrier",
        "conseillère régionale chargée de l'industrie", F, P),
    row("mine_lithium", "le projet créerait 1 000 emplois directs", "Nadia Ferrier",
        "conseillère régionale chargée de l'industrie", F, P),
    row("mine_lithium", "le gisement était connu depuis les années 1960", "Pierre-Yves Nicolas",
        "géologue", M, P),
    row("mine_lithium", "Le kaolin est exploité ici depuis plus d'un siècle",
        "Pierre-Yves Nicolas", "géologue", M, P),
    row("mine_lithium", "Le risque n'est pas nul", "Pierre-Yves Nicolas", "géologue", M, P),
    row("mine_lithium", "Chacun a le droit de parler", "Anne-Sophie Roumier",
        "présidente de la commission particulière du débat public", F, P),
    row("mine_lithium", "Mon usine supprime des postes chaque année", "Julien",
        "technicien dans une usine de pneumatiques de la région", M, P),
    row("mine_lithium", "On entend déjà les camions des forages", "une habitante d'Échassières",
        None, F, A),
    row("mine_lithium", "l'instruction du dossier pourrait prendre",
        "un agent de la direction régionale de l'environnement", None, None, A),
    row("mine_lithium", "il n'était pas question de renoncer", "Valérie Sanchez",
        "directrice générale d'Arvelia", F, P),
    row("mine_lithium", "On ne s'arrêtera pas", "Valérie Sanchez",
        "directrice générale d'Arvelia", F, P),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return extracted_alone(nlp, DATA)


@pytest.mark.parametrize(("article", "quote", "speaker", "role", "gender", "kind"), ROWS)
def test_long_article(extracted, article, quote, speaker, role, gender, kind):
    assert_row(extracted, article, quote, (speaker, role, gender, kind))


def test_every_row_names_a_passage_of_its_article_once():
    assert_passages_once(DATA, ROWS)
