"""A report of a report: « X a reconnu être l'auteur des faits, a annoncé le procureur Y »,
« L'analyse a révélé « … », a indiqué Y »: the words before the postposed cue, the first cue
and its subject with them, are Y's account, one quote of Y's (speech reported inside a
quotation belongs to it). It stays two readings where the first cue takes a que-clause (the
postposed cue only relays it), where a colon hands marks to the postposed cue, and where the
first subject is a role that the postposed name names again, and after a gerund. Made-up
sentences."""

import pytest
from conftest import quotes_of

# (text, [(words said, speaker, role, gender, cue)])
OUTER = [
    # fire: an infinitive after the first cue
    ("Le suspect interpellé mardi à Villebrune a reconnu être l'auteur des coups de feu, a "
     "annoncé lundi la procureure Anne Roux.",
     [("Le suspect interpellé mardi à Villebrune a reconnu être l'auteur des coups de feu",
       "Anne Roux", "procureure", "female", "a annoncé")]),
    # fire: an object holding marks after the first cue
    ("L'analyse réalisée jeudi a révélé « des traces de peinture sur la porte », a indiqué le "
     "procureur Paul Morel.",
     [("L'analyse réalisée jeudi a révélé « des traces de peinture sur la porte »",
       "Paul Morel", "procureur", "male", "a indiqué")]),
    ("Lors de son audition, l'homme a indiqué l'avoir fait « sans le vouloir », précise le "
     "procureur Paul Morel.",
     [("Lors de son audition, l'homme a indiqué l'avoir fait « sans le vouloir »",
       "Paul Morel", "procureur", "male", "précise")]),
    # must not: a que-clause after the first cue, the postposed cue a relay of it
    ("La maire Anne Roux a assuré que le pont rouvrirait en mai, a rapporté le préfet Paul "
     "Morel.",
     [("le pont rouvrirait en mai", "Anne Roux", "maire", "female", "a assuré")]),
    # must not: a role as the first subject, the postposed name the same person
    ("La députée, élue en 2017 à Villebrune, a également estimé sa démarche « utile et "
     "constructive », a critiqué Anne Roux.",
     [("sa démarche « utile et constructive »", "Anne Roux", None, "female", "a critiqué")]),
    # must not: a colon before the marks, the postposed cue's own
    ("Celui qui a toujours défendu son bilan va plus loin : « ce conseil a tout bloqué », a "
     "dit Paul Morel.",
     [("ce conseil a tout bloqué", "Paul Morel", None, "male", "a dit")]),
    # must not: a gerund as the first cue, the verb after it the subject's own
    ("Le maire Paul Morel, en promettant « une aide rapide », a rassuré les habitants.",
     [("une aide rapide", "Paul Morel", "maire", "male", "en promettant")]),
]


@pytest.mark.parametrize(("text", "found"), OUTER)
def test_a_report_of_a_report_is_the_outer_speakers(nlp, text, found):
    assert [(q.span.text, q.speaker.name, q.speaker.role, q.speaker.gender,
             q.cue.text if q.cue else None) for q in quotes_of(nlp, text)] == found
