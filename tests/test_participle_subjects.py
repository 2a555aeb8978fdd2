"""Where a que-clause ends when its cue is a participle or a relative set off by commas, or a
participle inside the sentence's subject (quotes/detect/narrator_resumes.py; fixtures/gold/
GUIDELINES.md, « Spans »: the reported clause up to the clause end, and « A finding, a
document »).

- « X, annonçant que A, a fermé … », « X, qui assure que A, a fermé … » end A at the comma
  before the narrator's verb, however the parse hangs the words after it: a que-clause takes
  one finite verb, a relative pronoun, a subordinator, or « et », « ou », « mais » after a
  verb one more;
- « Un communiqué annonçant que A a été diffusé »: not done yet (rows marked xfail).

Every sentence is made up; offsets are checked (text[start:end] == quote).
"""

import pytest
from conftest import found_quotes

SET_OFF = [
    ("Le préfet Paul Morel, annonçant que la route est coupée, a fermé le pont.",
     "la route est coupée", "Paul Morel", "person"),
    ("Le maire Paul Morel, qui assure que la route est coupée, a fermé le pont qui mène à "
     "Vernac.", "la route est coupée", "Paul Morel", "person"),
    # a relative inside the clause takes its own verb
    ("Le préfet Paul Morel, annonçant que la route, qui longe le canal, est coupée, a fermé "
     "le pont.", "la route, qui longe le canal, est coupée", "Paul Morel", "person"),
]

_LEFT_OUT = pytest.mark.xfail(strict=True, reason=(
    "a participle inside the subject: ending its clause at the subject's verb lowered the "
    "evaluation gate, so it is not done; the clause runs to the sentence end, no speaker"))

IN_SUBJECT = [
    pytest.param("Un communiqué présidentiel annonçant que le chef de l'État se porte bien a "
                 "été diffusé samedi.", "le chef de l'État se porte bien",
                 "un communiqué présidentiel", "anonymous", marks=_LEFT_OUT),
    pytest.param("Une note affirmant que le pont est fragile circule depuis lundi à la mairie.",
                 "le pont est fragile", "une note", "anonymous", marks=_LEFT_OUT),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind"), SET_OFF + IN_SUBJECT)
def test_clause_ends_before_the_narrators_verb(nlp, text, said, speaker, kind):
    found = found_quotes(nlp, text)
    assert all(text[q.span.start : q.span.end] == q.span.text for q in found)
    assert [(q.type, q.span.text, q.speaker.name, q.speaker.kind) for q in found] == [
        ("indirect", said, speaker, kind)]


# a participle on an object after the narrator's verb: the clause runs to the sentence end
KEPT = [
    ("Le maire a publié un communiqué annonçant que le chef de l'État se porte bien.",
     "le chef de l'État se porte bien"),
    ("Le maire Paul Morel a diffusé une note affirmant que le pont est fragile et qu'il "
     "restera fermé.", "le pont est fragile et qu'il restera fermé"),
]


@pytest.mark.parametrize(("text", "said"), KEPT)
def test_clause_kept_whole(nlp, text, said):
    assert said in [q.span.text for q in found_quotes(nlp, text)]
