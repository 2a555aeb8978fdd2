"""« le héros de la soirée », « l'héroïne du film » name no one of the cast by themselves:
the hero is the one the story says did the deed, not the one of that gender named last, so
the words stay the speaker's description (lexicon/distinction_nouns.txt holds neither noun).
Made-up sentences.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker)
ROWS = [
    # must not: the man named last is the coach who took the scorer off
    ("Paul Vidal a marqué trois buts dimanche. L'entraîneur Marc Roy l'a remplacé à la 80e "
     "minute. « Je n'y croyais plus », a lancé le héros de la soirée.", "Je n'y croyais plus",
     "héros de la soirée"),
    # must not: a film's hero is a character, not its director
    ("Le réalisateur Paul Roy présente son nouveau film à Cannes. Il y suit un soldat perdu "
     "dans la jungle. « Je ne rentrerai jamais », lance le héros du film dans la première "
     "scène.", "Je ne rentrerai jamais", "héros du film"),
    ("L'actrice Anne Roy incarne une infirmière dans son nouveau film. « Je reste ici », "
     "lance l'héroïne du film.", "Je reste ici", "héroïne du film"),
    # several heroes are no one person of the cast
    ("Paul Vidal a marqué trois buts. « Nous avons tenu », ont lancé les héros de la soirée.",
     "Nous avons tenu", "héros de la soirée"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ROWS)
def test_a_hero_is_no_one_named_last(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
