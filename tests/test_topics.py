"""The words after a verb of speaking's one marked stretch (``detect.topics``): a gerund
after it (« parle de « … » en quittant la salle ») says when, not what; read from where those
words start, whatever signs close the sentence."""

from types import SimpleNamespace

import pytest
from conftest import beside_its_own_quote, quote_said

from quotes.detect.marks import Marked
from quotes.detect.topics import _lone_lead

ROWS = [
    # (words after the marks, the lead read before them)
    ("en quittant la salle ?!", "de"),
    ("en quittant la salle", "de"),
    # must not: an adverb first, a gerund after it: the signs closing the sentence do not
    # move the start onto the gerund
    ("là, quittant la salle ?!", None),
    ("là, quittant la salle", None),
]


@pytest.mark.parametrize(("tail", "lead"), ROWS)
def test_lone_lead_reads_from_where_the_words_start(nlp, tail, lead):
    text = "Il parle de « crise » " + tail
    opened, closed = text.index("«"), text.index("»")
    marked = Marked(opened, closed, opened + 2, closed - 1, "guillemets", 0)
    ctx = SimpleNamespace(text=text, doc=nlp(text))
    assert _lone_lead(ctx, text.index("de"), len(text), [marked]) == lead  # type: ignore[arg-type]


COORDINATED = [
    # (text, the one record, its speaker): marked objects the parse coordinates with the
    # first, after « parler », one record from the first to the last
    ("Le président Kamel Yacine parle d'un « dirigeant exemplaire » et d'un « allié fidèle ».",
     "un « dirigeant exemplaire » et d'un « allié fidèle »", "Kamel Yacine"),
    ("La juge Irène Castel a parlé d'une « audience difficile », d'un « dossier lourd » et "
     "d'une « décision mûrement pesée ».",
     "une « audience difficile », d'un « dossier lourd » et d'une « décision mûrement pesée »",
     "Irène Castel"),
    ("Le maire Jean Vidal a parlé d'un « projet ambitieux » ou d'une « folie » en quittant la "
     "salle.", "un « projet ambitieux » ou d'une « folie »", "Jean Vidal"),
    ("Les infirmières de Vernoux parlaient d'une « surcharge » et d'un « épuisement général ».",
     "une « surcharge » et d'un « épuisement général »", "infirmières de Vernoux"),
    # one marked object: as before
    ("La juge Irène Castel a parlé d'une « audience difficile ».",
     "une « audience difficile »", "Irène Castel"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), COORDINATED)
def test_coordinated_marked_objects_are_one_record(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.cue.text.split()[-1][:4]) == ("mixed", speaker, "parl")


NOT_SAID = [
    # a thing speaks of them: no one's words, coordinated or not
    "Le film parle d'une « femme libre » et d'une « mère courage ».",
    # definite articles name topics
    "Le député Marc Olier parle de la « réforme » et du « budget ».",
    # marks then a noun phrase with no marks: the object is longer than its marks, a topic
    "Le député Marc Olier parle d'une « réforme injuste » et de la dette du pays.",
    # no conjunction closes the series: the parse ties the second to the first, no list
    "La juge Irène Castel a parlé d'une « audience difficile », d'un « dossier lourd ».",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_marks_a_verb_only_speaks_of_are_no_quote(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []
