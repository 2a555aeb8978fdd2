"""A platform's or an agency's name the recogniser ran into the name after it is no word of it.

« s'est réjoui sur Twitter Matteo Salvini », « a confié à l'AFP Élodie »: after the preposition
or the article that takes it, a word of lexicon/media_words.txt, capitalised, then a given name
(lexicon/first_names.tsv, given_names.tsv): the name is what follows the platform's word
(``name_shape.past_platform``). Not after a station's name that goes on with no given name (« sur
RTL France »), nor before a time (« sur X vendredi »). Sentences and names are made up.
"""

import pytest

from tests.conftest import assert_speaker_fields, quotes_of, speaker_row

ROWS = [
    speaker_row("platform-before-name",
                "La victoire a réjoui sur Twitter Paolo Ferretti. « La soirée sera longue », "
                "a-t-il ajouté.",
                "La soirée sera longue", "Paolo Ferretti", "person"),
    speaker_row("agency-before-given-name",
                "« Il était toujours poli », a confié à l'AFP Élodie, une voisine de 40 ans.",
                "Il était toujours poli", "Élodie", "person"),
    speaker_row("network-before-name",
                "Le vote a été commenté sur Facebook Pierre Lemoine. « Nous tiendrons bon », "
                "a-t-il ajouté.",
                "Nous tiendrons bon", "Pierre Lemoine", "person"),
    speaker_row("agency-before-given-name-read-as-body",
                "« Il était très calme », a raconté à l'AFP Nathalie, une voisine.",
                "Il était très calme", "Nathalie", "person"),
    # must not fire: a station's name with no given name after the platform's word, a time
    speaker_row("station-name-no-person",
                "« Nous tiendrons bon », a assuré la ministre Anne Rivière sur RTL France.",
                "Nous tiendrons bon", "Anne Rivière", "person"),
    speaker_row("time-after-platform",
                "« Nous tiendrons bon », a écrit la ministre Anne Rivière sur X vendredi.",
                "Nous tiendrons bon", "Anne Rivière", "person"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role"), ROWS)
def test_platform_names(nlp, text, said, speaker, kind, role):
    assert_speaker_fields(nlp, text, said, speaker, kind, role)


def test_given_name_gender(nlp):
    """« Élodie » alone is a woman's name (lexicon/first_names.tsv): the speaker is a woman."""
    text = "« Il était toujours poli », a confié à l'AFP Élodie, une voisine de 40 ans."
    (q,) = [q for q in quotes_of(nlp, text) if q.span.text == "Il était toujours poli"]
    assert q.speaker.gender == "female"
