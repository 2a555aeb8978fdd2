"""A description no role of the cast ties to anyone, right before words whose cue first names
someone, is that person (``sentence_after.named_next``): « Le chef des sénateurs a salué un
« geste ». « … », a déclaré Luc Morin » is Luc Morin's, not the person the article is about.
Never a name the article gave before, one of the other gender, one whose role says otherwise,
one named past the cue, nor over a person the description's role fits. Sentences written for
these tests, with invented people. One row: text, words said, speaker, role, gender.
"""

import pytest
from conftest import quote_said

from quotes.model import Evidence

OPEN = "« Nous allons gagner cette élection », a déclaré Paul Garnier. "
OPEN_F = "« Nous allons gagner cette élection », a déclaré Anne Roy. "
MOMENT = "un « grand moment »"
COURAGE = "Il a une fois de plus montré son courage"

ROWS = [
    # fire: the newly named speaker of the next sentence, the description's role given to them
    (OPEN + "Paul Garnier parlera lundi. Le puissant chef des sénateurs a salué un « grand "
     f"moment ». « {COURAGE} », a déclaré Luc Morin dans un communiqué.", MOMENT, "Luc Morin",
     "puissant chef des sénateurs", "male"),
    (OPEN + "Paul Garnier parlera lundi. Le puissant chef des sénateurs a salué un « grand "
     f"moment ». « {COURAGE} », a déclaré Luc Morin dans un communiqué.", COURAGE, "Luc Morin",
     "puissant chef des sénateurs", "male"),
    (OPEN_F + "Anne Roy parlera lundi. La présidente du groupe a salué un « grand moment ». "
     f"« {COURAGE} », a affirmé Claire Vidal.", MOMENT, "Claire Vidal", "présidente du groupe",
     "female"),
    (OPEN + "Paul Garnier parlera lundi. Le puissant chef des sénateurs a salué un « grand "
     f"moment ». « {COURAGE} », a déclaré mardi à la presse Luc Morin.", MOMENT, "Luc Morin",
     "puissant chef des sénateurs", "male"),
    # must not: a name the article gave before is no cataphora (the ranking as before)
    (OPEN + "Luc Morin était présent. Paul Garnier parlera lundi. Le puissant chef des "
     f"sénateurs a salué un « grand moment ». « {COURAGE} », a déclaré Luc Morin.", MOMENT,
     "Paul Garnier", "puissant chef des sénateurs", "male"),
    # must not: the description's gender is not the newly named one's
    (OPEN_F + "Anne Roy parlera lundi. La présidente du groupe a salué un « grand moment ». "
     f"« {COURAGE} », a affirmé Luc Morin.", MOMENT, "Anne Roy", "présidente du groupe",
     "female"),
    # must not: the newly named one's role says otherwise (a mayor is no minister)
    (OPEN + "Paul Garnier parlera lundi. Le ministre a salué un « grand moment ». "
     f"« {COURAGE} », a déclaré le maire de Dole, Luc Morin.", MOMENT, "Paul Garnier",
     "ministre", "male"),
    # must not: a name the next sentence gives past its cue, or no cue at all
    (OPEN + "Paul Garnier parlera lundi. Le puissant chef des sénateurs a salué un « grand "
     f"moment ». « {COURAGE} », a-t-il ajouté devant Luc Morin.", MOMENT, "Paul Garnier",
     "puissant chef des sénateurs", "male"),
    # must not: a description whose sentence quotes no words of theirs (a subject of the
    # narration)
    (OPEN + "Paul Garnier parlera lundi. Le puissant chef des sénateurs a salué les élus. "
     f"« {COURAGE} », a déclaré Luc Morin.", COURAGE, "Luc Morin", None, "male"),
    # must not: over a person the cast gives the description's role
    ("« Nous allons gagner cette élection », a déclaré le sénateur Paul Garnier. Paul Garnier "
     f"parlera lundi. Le sénateur a salué un « grand moment ». « {COURAGE} », a déclaré Luc "
     "Morin.", MOMENT, "Paul Garnier", "sénateur", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_a_description_before_the_cue_that_first_names_someone(nlp, text, said, speaker, role,
                                                                gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)


def test_its_evidence_is_the_next_name(nlp):
    q = quote_said(nlp, ROWS[0][0], MOMENT)
    assert Evidence.DESCRIPTION_TO_NEXT_NAME in q.evidence
