"""A cue of several words ending on a preposition (lemma « engager à ») is found with the
preposition that opens the infinitive the parse gives its verb, past adjuncts between them; the
cue is the verb form, without the preposition. A verb whose complement is no infinitive opened
by that preposition is no such cue."""

import pytest

from quotes.api import extract_text


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), [
    # fire: the « à » past an adjunct and a date set off by commas
    ("La ministre Claire Vautrin s'est engagée devant les élus, mardi, à « rouvrir la "
     "maternité » avant l'été.", "« rouvrir la maternité » avant l'été", "Claire Vautrin",
     "s'est engagée"),
    # … and right after the verb, the cue still written without it
    ("La ministre Claire Vautrin s'est engagée à « rouvrir la maternité » avant l'été.",
     "« rouvrir la maternité » avant l'été", "Claire Vautrin", "s'est engagée"),
])
def test_prepositional_multiword_cue(text: str, said: str, speaker: str, cue: str) -> None:
    found = {q.span.text: q for q in extract_text(text)}
    q = found[said]
    assert q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue


@pytest.mark.parametrize(("text", "said", "speaker"), [
    # must not: past the adjuncts, « à » opens a place, no infinitive; the words after the colon
    # are still hers, with no cue
    ("La ministre Claire Vautrin s'est engagée devant les élus, mardi, à Lyon : « Nous "
     "rouvrirons la maternité avant l'été ».", "Nous rouvrirons la maternité avant l'été",
     "Claire Vautrin"),
    # … nor when the infinitive in marks is opened by « pour », further on
    ("Le maire Paul Roche s'est engagé, dès lundi, à Lyon, dans une campagne pour « sécuriser "
     "le quartier ».", "sécuriser le quartier", "Paul Roche"),
])
def test_no_prepositional_multiword_cue(text: str, said: str, speaker: str) -> None:
    found = {q.span.text: q for q in extract_text(text)}
    q = found[said]
    assert q.speaker.name == speaker
    assert q.cue is None
