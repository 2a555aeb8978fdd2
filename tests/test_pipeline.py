"""Rules on small French sentences: sentence -> (type, quote text, speaker, cue)."""

import pytest
from conftest import beside_its_own_quote, quote_said

from quotes.model import Article
from quotes.pipeline import extract_doc


def run(nlp, text):
    return extract_doc(Article("t", text), nlp(text)).quotes


CASES = [
    # postposed cue with inverted pronoun, speaker from the previous sentence
    (
        "Jens Stoltenberg a parlé mardi. « Nous offrons notre soutien total », a-t-il ajouté.",
        "direct",
        "Nous offrons notre soutien total",
        "Jens Stoltenberg",
        "a-t-il ajouté",
    ),
    # postposed cue with a named subject and title
    (
        "Jens Stoltenberg était là. « Notre analyse suggère un accident », "
        "a déclaré M. Stoltenberg.",
        "direct",
        "Notre analyse suggère un accident",
        "Jens Stoltenberg",
        "a déclaré",
    ),
    # indirect speech with que
    (
        "Jens Stoltenberg a déclaré qu’il y avait eu des communications avec Moscou.",
        "indirect",
        "il y avait eu des communications avec Moscou",
        "Jens Stoltenberg",
        "a déclaré",
    ),
    # mixed: an indirect clause holding a quoted fragment
    (
        "Joe Biden a déclaré qu’il était “peu probable” qu’il ait été tiré depuis la Russie.",
        "mixed",
        "il était “peu probable” qu’il ait été tiré depuis la Russie",
        "Joe Biden",
        "a déclaré",
    ),
    # selon X
    (
        "Les ambassadeurs devraient réaffirmer leur soutien à Kiev, selon l’un d’entre eux.",
        "indirect",
        "Les ambassadeurs devraient réaffirmer leur soutien à Kiev",
        "l’un d’entre eux",
        "selon",
    ),
    # infinitive complement
    (
        "Le gouvernement a annoncé vouloir réduire le déficit public.",
        "indirect",
        "vouloir réduire le déficit public",
        "gouvernement",
        "a annoncé",
    ),
    # postposed indirect with a name and an apposed role
    (
        "La mission sera élargie dès lundi, a annoncé Radoslaw Sikorski, ministre polonais.",
        "indirect",
        "La mission sera élargie dès lundi",
        "Radoslaw Sikorski",
        "a annoncé",
    ),
    # colon introduction after a verb
    # a cue the model tags as a noun, before a colon
    (
        "Le président du MRD Bruno Ravel rétorque : « Je fais le pari de la ville. »",
        "direct",
        "Je fais le pari de la ville.",
        "Bruno Ravel",
        "rétorque",
    ),
    # anonymous source
    (
        "« La réunion offrira l’occasion de discuter », a indiqué un responsable de l’Otan.",
        "direct",
        "La réunion offrira l’occasion de discuter",
        "un responsable de l’Otan",
        "a indiqué",
    ),
    # organisation as speaker, feminine pronoun afterwards
    (
        "« L’ennemi a lancé un nombre record de drones », "
        "a indiqué mardi l’armée de l’air ukrainienne.",
        "direct",
        "L’ennemi a lancé un nombre record de drones",
        "armée de l’air ukrainienne",
        "a indiqué",
    ),
]


@pytest.mark.parametrize(("text", "qtype", "quote", "speaker", "cue"), CASES)
def test_rule(nlp, text, qtype, quote, speaker, cue):
    q = quote_said(nlp, text, quote)
    assert q.type == qtype
    assert q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue
    assert text[q.span.start : q.span.end] == quote


def test_incise_splits_quote_same_speaker(nlp):
    text = "Dmytro Kouleba est venu. « Je fus frappé par le gris, a-t-il dit, tout était gris. »"
    quotes = run(nlp, text)
    assert [q.span.text for q in quotes] == ["Je fus frappé par le gris", "tout était gris."]
    assert {q.speaker.name for q in quotes} == {"Dmytro Kouleba"}


def test_name_in_marks_is_not_a_quote(nlp):
    text = "Jeudi, la Russie a lancé ce missile (appelé « Orechnik »), sans charge nucléaire."
    assert beside_its_own_quote(nlp, text) == []


def test_scare_quote_without_speaker_is_not_a_quote(nlp):
    assert beside_its_own_quote(
        nlp, "Un gilet jaune a été récupéré par un « citoyen » dimanche.") == []


def test_role_is_separate_from_name(nlp):
    text = (
        "La porte-parole en chef de l’OTAN, Oana Lungescu, a décrit l’explosion "
        "comme un “incident tragique”."
    )
    (q,) = run(nlp, text)
    assert q.speaker.name == "Oana Lungescu"
    assert q.speaker.role == "porte-parole en chef de l’OTAN"
    assert q.type == "mixed"


def test_uncued_quote_takes_previous_speaker(nlp):
    text = (
        "« Nous n’avons aucune indication », a déclaré Jens Stoltenberg. "
        "« Et nous n’avons aucune indication d’une attaque.\n\nLa suite."
    )
    quotes = run(nlp, text)
    assert quotes[1].speaker.name == "Jens Stoltenberg"
    assert quotes[1].speaker.resolution == "continuation"
