"""An officer of a trial whom the article does not name (``attribute.judged``): « le juré »,
« la greffière », « la présidente du tribunal » (lexicon/court_functions.txt) is never the one
the article names as judged there (lexicon/judged_words.txt: the defendant, the victim), though
that one is the person it is about or the next one named; the speaker stays unresolved, with
the description's role and gender.
"""

import pytest
from conftest import quote_said

SAID = "La séance est ouverte"
HE = "Paul Morel a été condamné lundi à Valbrune pour fraude."
SHE = "Léa Morin a été condamnée lundi à Valbrune pour fraude."

# (text, speaker or None, role, gender)
OFFICERS = [
    # fire: an officer of the trial (each word of lexicon/court_functions.txt) is not the one
    # the trial condemned
    *[(f"{HE} « {SAID} », a déclaré le {noun}.", None, noun, None) for noun in (
        "juge", "magistrat", "greffier", "procureur", "avocat")],
    (f"{HE} « {SAID} », a lancé le juré.", None, "juré", None),
    *[(f"{SHE} « {SAID} », a déclaré la {noun}.", None, noun, "female") for noun in (
        "jurée", "magistrate", "greffière", "procureure")],
    (f"{SHE} « {SAID} », a déclaré l'avocate.", None, "avocate", "female"),
    # fire: the gender of the officer's noun, not of a word its « de » governs (a circle, a
    # man's noun, a noun feminine whoever it names)
    *[(f"{HE} « {SAID} », a déclaré l'avocate {whose}.", None, f"avocate {whose}", "female")
      for whose in ("de la famille", "du père", "de la victime")],
    *[(f"{HE} « {SAID} », a déclaré le président {court}.", None, f"président {court}", None)
      for court in ("du tribunal", "de la cour", "du jury")],
    # fire: each word of lexicon/judged_words.txt makes one judged
    (f"Paul Morel et Marc Ollier ont été condamnés lundi. « {SAID} », a lancé le juré.",
     None, "juré", None),
    (f"Paul Morel, accusé de fraude, est arrivé lundi. « {SAID} », a lancé le juré.",
     None, "juré", None),
    (f"Léa Morin, accusée de fraude, est arrivée lundi. « {SAID} », a déclaré la greffière.",
     None, "greffière", "female"),
    (f"Assis dans le box des accusés, Paul Morel attendait. « {SAID} », a lancé le juré.",
     None, "juré", None),
    (f"Paul Morel a été jugé lundi à Valbrune. « {SAID} », a lancé le juré.",
     None, "juré", None),
    (f"Léa Morin a été jugée lundi à Valbrune. « {SAID} », a déclaré la greffière.",
     None, "greffière", "female"),
    # fire: the one whose killing is tried, named next, is no officer either
    *[(f"Paul Morel est arrivé au palais de justice lundi. « {SAID} », a déclaré la greffière. "
       f"Le procès porte sur {crime} de la jeune Léa Morin.", None, "greffière", "female")
      for crime in ("le meurtre", "l'assassinat")],
    # must not: a judged person who holds the description (« le magistrat »: a « juge »)
    ("Le juge Paul Morel a été condamné lundi à Valbrune. « Je ferai appel », a déclaré le "
     "magistrat.", "Paul Morel", "juge", "male"),
    # must not: a judged person described by no trial's officer (« la cinéaste »)
    (f"{SHE} « Je ferai appel », a réagi la cinéaste.", "Léa Morin", "cinéaste", "female"),
    # must not: an officer of a court, the person the article is about judged by none
    (f"Paul Morel a visité le tribunal de Valbrune lundi. « {SAID} », a déclaré le juge.",
     "Paul Morel", "juge", "male"),
    # must not: the one filmmaker named, no role given to her, the one minister named as
    # « Mme X », the one president named (the last by the role the cast gives him)
    (f"Léa Morin présentait son film à Valbrune lundi. « {SAID} », a confié la cinéaste.",
     "Léa Morin", "cinéaste", "female"),
    (f"Mme Léa Morin a visité l'usine de Valbrune lundi. « {SAID} », a dit la ministre.",
     "Léa Morin", "ministre", "female"),
    (f"Paul Morel, président du club, a visité le stade lundi. « {SAID} », a dit le président.",
     "Paul Morel", "président du club", "male"),
]


@pytest.mark.parametrize(("text", "speaker", "role", "gender"), OFFICERS)
def test_an_officer_of_the_trial_is_not_the_one_judged(nlp, text, speaker, role, gender):
    said = "Je ferai appel" if "Je ferai appel" in text else SAID
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)
