"""An outlet's name as the article writes it: its capitalised article is part of it (« Le
Parisien », « La Provence », « Les Echos »), opening the sentence or not, and a list of outlets
keeps each one's (« Le Parisien et BFMTV »); an acronym's elided article is none of it (« l'AFP »
is `AFP`), nor a lower-case article (« la SNCF »), but before a title that holds it (« rapporte
le Parisien » is `Le Parisien`). ``outlets.outlet_name``."""

import pytest
from conftest import quote_said

SAID = "la voiture a quitté la route"


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # the article opening the sentence, a listed outlet: part of its name
    (f"Le Parisien précise que {SAID}.", SAID, "Le Parisien"),
    (f"La Croix écrit que {SAID}.", SAID, "La Croix"),
    (f"Le Monde a révélé jeudi que {SAID}.", SAID, "Le Monde"),
    # mid-sentence, after « selon », after the verb
    ("Le maire va démissionner, selon La Provence.", "Le maire va démissionner", "La Provence"),
    ("Le maire va démissionner, a indiqué Le Figaro.", "Le maire va démissionner", "Le Figaro"),
    # two outlets: each with its own article, none for a name without one
    ("Le chanteur est hors de danger, affirment Le Parisien et BFMTV, qui citent son agent.",
     "Le chanteur est hors de danger", "Le Parisien et BFMTV"),
    ("Le chanteur est hors de danger, selon Le Parisien et BFMTV.",
     "Le chanteur est hors de danger", "Le Parisien et BFMTV"),
    # must not: an acronym's elided article, a body's lower-case article
    (f"L'AFP rapporte que {SAID}.", SAID, "AFP"),
    ("Le maire va démissionner, selon l'AFP.", "Le maire va démissionner", "AFP"),
    ("La SNCF a annoncé que les trains circuleront lundi.", "les trains circuleront lundi",
     "SNCF"),
    ("Le maire va démissionner, a indiqué BFMTV.", "Le maire va démissionner", "BFMTV"),
])
def test_an_outlet_keeps_its_article(nlp, text, quote, speaker):
    q = quote_said(nlp, text, quote)
    assert (q.speaker.name, q.speaker.kind) == (speaker, "organization")


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # the region, no outlet: the tagger's place stays no one's voice
    ("Le mistral soufflera fort sur la Provence, a annoncé Météo-France.",
     "Le mistral soufflera fort sur la Provence", "Météo-France"),
    # the region opening the sentence, capitalised as the newspaper is: a place speaking as an
    # institution, named without its article (GUIDELINES « Speaker »)
    ("Les incendies ravagent le sud de la France depuis lundi. La Provence, où 3 000 hectares "
     "ont brûlé, réclame que l'État envoie des renforts aériens.",
     "l'État envoie des renforts aériens", "Provence"),
    ("La Provence réclame que l'État envoie des renforts aériens.",
     "l'État envoie des renforts aériens", "Provence"),
])
def test_a_region_is_no_outlet(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name == speaker


@pytest.mark.parametrize(("text", "quote"), [
    # the newspaper named like the region: words give it as an outlet
    ("Le maire va démissionner, selon La Provence.", "Le maire va démissionner"),
    ("Le maire va démissionner, d'après La Provence.", "Le maire va démissionner"),
    ("Le maire va démissionner, a indiqué La Provence.", "Le maire va démissionner"),
    ("Le quotidien La Provence l'a appris lundi. La Provence affirme que le maire va "
     "démissionner.", "le maire va démissionner"),
])
def test_an_outlet_named_like_a_region(nlp, text, quote):
    q = quote_said(nlp, text, quote)
    assert (q.speaker.name, q.speaker.kind) == ("La Provence", "organization")


# the newspaper nouns of lexicon/press_nouns.txt (marked « paper »): one row an entry, the noun
# just before the name, or beside it elsewhere in the article, gives the place's name as the
# outlet's (``outlets.outlet_name`` of its last mention)
PAPERS = [
    ("quotidien", "Le quotidien La Provence a publié l'enquête lundi. La Provence affirme que le "
     "maire va démissionner."),
    ("journal", "Le maire va démissionner, a écrit le journal La Provence."),
    ("hebdomadaire", "La Provence, l'hebdomadaire du dimanche, a publié l'enquête lundi. La "
     "Provence affirme que le maire va démissionner."),
]
# near misses: a press noun that is no newspaper's, the region alone
NOT_PAPERS = [
    "La Provence, la radio locale, a publié l'enquête lundi. La Provence affirme que le maire va "
    "démissionner.",
    "Le magazine La Provence a publié l'enquête lundi. La Provence affirme que le maire va "
    "démissionner.",
    "Le quotidien a publié l'enquête lundi. La Provence affirme que le maire va démissionner.",
]


def _last_provence(text):
    from quotes.attribute.outlets import outlet_name

    at = text.rfind("Provence")
    return outlet_name(text, at, at + len("Provence"))


@pytest.mark.parametrize(("entry", "text"), PAPERS, ids=[row[0] for row in PAPERS])
def test_a_newspaper_noun_makes_a_place_an_outlet(nlp, entry, text):
    assert entry in text and _last_provence(text) == "La Provence"
    said = text[text.index("aire va") - 4 : text.index("démissionner") + 12]
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.kind) == ("La Provence", "organization")


@pytest.mark.parametrize("text", NOT_PAPERS)
def test_no_newspaper_noun_leaves_the_place(text):
    assert _last_provence(text) is None


def test_a_newspaper_noun_before_a_quoted_name():
    # the quotation marks keep the noun from beside the name for the article-wide reading:
    # the word just before it (``_before_outlet``) decides
    text = "Le maire va démissionner, a écrit le journal « La Provence »."
    assert _last_provence(text) == "La Provence"


def test_every_newspaper_noun_has_a_row():
    from quotes.lexicon import marked

    assert {row[0] for row in PAPERS} == set(marked("press_nouns", "paper"))


# the titles of lexicon/outlet_names.txt marked « titled »: one row an entry, the lower-case
# article before it written capitalised with it (``outlets._titled``)
TITLED = [
    ("parisien", "Le maire va démissionner, rapporte le Parisien.", "Le maire va démissionner",
     "Le Parisien"),
    ("monde", "Selon le Monde, le maire va démissionner.", "le maire va démissionner",
     "Le Monde"),
    ("figaro", "L'incendie serait d'origine criminelle, écrit le Figaro.",
     "L'incendie serait d'origine criminelle", "Le Figaro"),
    ("equipe", "Le club va changer d'entraîneur, affirme l'Équipe.",
     "Le club va changer d'entraîneur", "L'Équipe"),
    ("croix", "La réforme sera reportée, selon la Croix.", "La réforme sera reportée",
     "La Croix"),
    ("obs", "La réforme sera reportée, écrit l'Obs.", "La réforme sera reportée", "L'Obs"),
    ("devoir", "Le gouvernement va reculer, affirme le Devoir.", "Le gouvernement va reculer",
     "Le Devoir"),
]


@pytest.mark.parametrize(("entry", "text", "quote", "speaker"), TITLED,
                         ids=[row[0] for row in TITLED])
def test_a_title_keeps_its_lower_case_article(nlp, entry, text, quote, speaker):
    q = quote_said(nlp, text, quote)
    assert (q.speaker.name, q.speaker.kind) == (speaker, "organization")


def test_every_title_has_a_row():
    from quotes.lexicon import marked

    assert {row[0] for row in TITLED} == set(marked("outlet_names", "titled"))


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # must not: the title's word written lower case is the common noun, a team
    ("« On a manqué de rigueur », a indiqué l'équipe.", "On a manqué de rigueur", "équipe"),
    ("« On a manqué d'efficacité », a reconnu l'équipe après la défaite.",
     "On a manqué d'efficacité", "équipe"),
    ("Le club va changer d'entraîneur, selon l'équipe.", "Le club va changer d'entraîneur",
     "équipe"),
])
def test_a_lower_case_title_word_is_no_title(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name == speaker


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # the article contracted with « de » or « à » is the title's too: « du Monde » is `Le Monde`
    ("Le maire va démissionner, selon les informations du Monde.", "Le maire va démissionner",
     "Le Monde"),
    ("La réforme sera reportée, d'après les informations du Figaro.",
     "La réforme sera reportée", "Le Figaro"),
    ("Le maire va démissionner, selon les informations de la Croix.",
     "Le maire va démissionner", "La Croix"),
    # must not: a title the lexicon does not mark so keeps no article from « du »
    ("Le maire va démissionner, selon les informations du JDD.", "Le maire va démissionner",
     "JDD"),
])
def test_a_contracted_article_is_the_titles(nlp, text, quote, speaker):
    q = quote_said(nlp, text, quote)
    assert (q.speaker.name, q.speaker.kind) == (speaker, "organization")


def test_a_press_noun_stands_for_a_title_with_its_article(nlp):
    # the bare press noun reads the name the recogniser gave without its article: the
    # lower-case article just before it is the title's (``described_outlet``)
    text = ("Le maire a été entendu lundi, rapporte le Parisien. Selon le journal, l'élu a déjà "
            "vidé son bureau.")
    q = quote_said(nlp, text, "l'élu a déjà vidé son bureau")
    assert (q.speaker.name, q.speaker.kind) == ("Le Parisien", "organization")


@pytest.mark.xfail(strict=True, reason="« le Parisien, qui habite la rue » is a resident of Paris, "
                   "a person; the demonym written like the paper's title is read as the outlet")
def test_a_resident_is_no_outlet(nlp):
    text = "« Le quartier a changé », raconte le Parisien, qui habite la rue depuis vingt ans."
    assert quote_said(nlp, text, "Le quartier a changé").speaker.kind == "person"
