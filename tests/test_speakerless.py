"""Cues no one can have said: the writer's infinitive, a note to the reader opening its
sentence (« À rappeler que … », « A noter que … ») or a gloss after « pour » on the noun a
verbless sentence is (« Un terme technique pour dire que … »). Nothing is reported, and the
speaker of the sentence before is not theirs. The same infinitive that a speaker's verb
governs, or inside marks, still reports. Made-up sentences."""

import pytest
from conftest import quotes_of


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
]


@pytest.mark.parametrize("text", NO_ONE)
def test_the_writers_infinitive_reports_nothing(nlp, text):
    assert _found(nlp, text) == []


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
]


@pytest.mark.parametrize(("text", "said"), SAID)
def test_a_speakers_infinitive_still_reports(nlp, text, said):
    assert said in _found(nlp, text)
