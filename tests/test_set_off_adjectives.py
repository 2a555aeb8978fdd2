"""A subject set off from its reporting verb by an adjective or participle phrase between
commas: « La ministre X, présente à Genève, a dénoncé « … » ». The phrase before the commas
speaks, whether or not the parse tied it to the verb."""

import pytest
from conftest import beside_its_own_quote, quote_said, quotes_of


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "role"),
    [
        # the parse leaves the title and the name as loose words: the adjective before the cue
        ("La Première ministre sud-africaine Thandiwe Ndlovu, présente à Genève, a dénoncé "
         "« une décision injuste ».", "une décision injuste", "Thandiwe Ndlovu",
         "Première ministre sud-africaine"),
        ("La ministre kényane Wanjiru Otieno, présente à Nairobi, a dénoncé « un recul "
         "grave ».", "un recul grave", "Wanjiru Otieno", "ministre kényane"),
        # an adverb before the adjective, a name the lists know and one they do not
        ("Le ministre Paul Roy, visiblement ému, a affirmé que le projet était mort.",
         "le projet était mort", "Paul Roy", "ministre"),
        ("La députée Ilse Varnhagen, visiblement émue, a assuré que « rien n'est perdu ».",
         "« rien n'est perdu »", "Ilse Varnhagen", "députée"),
        ("Le président ghanéen Kwame Asante, très remonté contre le projet, a affirmé que "
         "« rien ne sera signé ».", "« rien ne sera signé »", "Kwame Asante",
         "président ghanéen"),
        # a participle the parse takes for the main verb, the cue hung on it
        ("Le maire de Lyon, arrivé la veille, a déclaré : « Nous resterons. »",
         "Nous resterons.", None, "maire de Lyon"),
        ("Le délégué syndical, arrivé la veille, a expliqué que la grève continuerait.",
         "la grève continuerait", None, "délégué syndical"),
        ("L'avocate Oriane Delcassé, arrivée la veille, a indiqué que son client contestait "
         "les faits.", "son client contestait les faits", "Oriane Delcassé", "avocate"),
        # an adjective that opens a phrase without an article
        ("La gouverneure Teodora Pascu, seule candidate déclarée, a promis « une campagne "
         "propre ».", "une campagne propre", "Teodora Pascu", "gouverneure"),
        ("Le porte-parole de l'ONU Stéphane Dujarric, présent à New York, a déclaré que l'aide "
         "arrivait.", "l'aide arrivait", "Stéphane Dujarric", "porte-parole de l'ONU"),
    ],
)
def test_speaker_before_a_set_off_adjective(nlp, text, quote, speaker, role):
    q = quote_said(nlp, text, quote)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)


@pytest.mark.parametrize(
    "text",
    [
        # no verb of saying after the phrase
        "Paul Roy, présent à Genève, a visité l'usine.",
        "Le maire de Lyon, arrivé la veille, a inauguré le pont.",
    ],
)
def test_no_quote_after_a_set_off_adjective(nlp, text):
    assert beside_its_own_quote(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the phrase before the commas is one name of a list, not the whole subject
        ("Paul Roy, présent, et Anne Roy, présente à Genève, ont dénoncé « une décision "
         "injuste ».", "une décision injuste", "Anne Roy"),
        ("Marc Petit, Anne Roy, présente à Genève, et Luc Blanc ont dénoncé « une décision "
         "injuste ».", "une décision injuste", "Anne Roy"),
    ],
)
def test_set_off_adjective_not_the_speaker(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name != speaker


def test_a_noun_behind_a_preposition_is_no_subject(nlp):
    """A noun behind a preposition is no subject of a cue: the agent after « par » speaks."""
    text = ("Le texte soutenu par Anne Roy, présente à Genève, a été jugé « injuste et dangereux "
            "pour les salariés » par le député Luc Blanc.")
    assert quote_said(nlp, text, "injuste et dangereux pour les salariés").speaker.name == (
        "Luc Blanc")


def test_fronted_adjective_leaves_the_subject(nlp):
    text = "Présente à Genève, la délégation a affirmé que l'accord tiendrait."
    (q,) = quotes_of(nlp, text)
    assert q.speaker.name == "délégation"
