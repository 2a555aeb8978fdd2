"""Cues no one can have said: the writer's infinitive, a note to the reader opening its
sentence (« À rappeler que … », « A noter que … ») or a gloss after « pour » on the noun a
verbless sentence is (« Un terme technique pour dire que … »). Nothing is reported, and the
speaker of the sentence before is not theirs. The same infinitive that a speaker's verb
governs, or inside marks, still reports. Made-up sentences."""

import pytest
from conftest import beside_its_own_quote, quotes_of


def _found(nlp, text):
    return [(q.type, q.span.text, q.speaker.name) for q in quotes_of(nlp, text)]


NO_ONE = [
    "Le tribunal de Valmont a prononcé une peine ferme. À rappeler que l'accident avait fait "
    "trois blessés.",
    "Le tribunal de Valmont a prononcé une peine ferme. A souligner que l'accident avait fait "
    "trois blessés.",
    "La peine du chanteur est ferme. Un terme technique pour dire que le prévenu n'échappera "
    "pas à la détention. Qu'il fasse ou non appel.",
    "Le tribunal de Valmont a prononcé une peine ferme. Une formule pour dire que le prévenu "
    "n'échappera pas à la prison.",
    # a bare noun after « de » qualifies the word, naming no one
    "Le tribunal de Valmont a prononcé une peine ferme. Un terme de droit pour dire que le "
    "prévenu n'échappera pas à la prison.",
    # a gesture the writer reads (GUIDELINES, « What counts »: words attributed to a speaker):
    # no words of hers, so not the speaker of the sentence before
    "La députée Anne Roussel a quitté l'hémicycle sous les huées. Une manière pour dire que le "
    "combat continue.",
]


@pytest.mark.parametrize("text", NO_ONE)
def test_the_writers_infinitive_reports_nothing(nlp, text):
    assert beside_its_own_quote(nlp, text) == []


# must not fire: the infinitive hangs on a speaker's verb, opens marks a cue follows, or the
# note holds a cue of its own with a subject
SAID = [
    ("Le maire Paul Morel a pris la parole pour dire que la ville ne cédera pas.",
     ("indirect", "la ville ne cédera pas", "Paul Morel")),
    ("Le maire Paul Morel a utilisé une formule pour dire que la ville ne cédera pas.",
     ("indirect", "la ville ne cédera pas", "Paul Morel")),
    ("La maire Lise Morin a répondu aux élus. « Pour dire que la ville tiendra, il faut des "
     "chiffres », a-t-elle ajouté.",
     ("direct", "Pour dire que la ville tiendra, il faut des chiffres", "Lise Morin")),
    ("Paul Morel a pris la parole. À noter qu'il a rappelé que la ville tiendra bon.",
     ("indirect", "la ville tiendra bon", "Paul Morel")),
    ("« Nous ne céderons pas », a dit le maire Paul Morel. Avant d'ajouter que la ville "
     "tiendra bon.",
     ("indirect", "la ville tiendra bon", "Paul Morel")),
    ("Il a dit que c'est ce qu'il voulait.", ("indirect", "c'est ce qu'il voulait", None)),
    # a verbless sentence naming who wrote or posted: their words (a name, a role, a body, a
    # noun with its determiner after « de »)
    ("Un message de l'entraîneur Marc Olivier sur les réseaux pour dire que le joueur restera "
     "au club.", ("indirect", "le joueur restera au club", "Marc Olivier")),
    ("Un tweet du ministre Jean Barrot pour dire que la réforme sera votée.",
     ("indirect", "la réforme sera votée", "Jean Barrot")),
    ("Réponse cinglante de la maire Claire Dufour : un courrier pour dire que la ville ne "
     "paiera pas.", ("indirect", "la ville ne paiera pas", "Claire Dufour")),
    ("Un communiqué de la préfecture de l'Orne pour dire que la route restera fermée.",
     ("indirect", "la route restera fermée", None)),
    ("Une lettre ouverte du syndicat Force Ouvrière pour dire que la grève continuera.",
     ("indirect", "la grève continuera", None)),
    ("Le garçon a été opéré lundi. Un message de la famille pour dire que l'enfant va mieux.",
     ("indirect", "l'enfant va mieux", None)),
]


@pytest.mark.parametrize(("text", "said"), SAID)
def test_a_speakers_infinitive_still_reports(nlp, text, said):
    assert said in _found(nlp, text)


# a « selon X » or « d'après X » in a note to the reader: X's words, the rest of the sentence
# after the source, the note itself none
IN_A_NOTE = [
    ("Le maire Paul Vernet a réagi vendredi. À rappeler que, selon lui, la ville tiendra bon.",
     [("indirect", "la ville tiendra bon", "Paul Vernet")]),
    ("Le maire Paul Vernet a réagi vendredi. À rappeler que, d'après lui, la ville tiendra bon.",
     [("indirect", "la ville tiendra bon", "Paul Vernet")]),
]


@pytest.mark.parametrize(("text", "said"), IN_A_NOTE)
def test_a_source_in_a_note_still_frames_its_words(nlp, text, said):
    assert _found(nlp, text) == said
