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


@pytest.mark.parametrize("text", [
    # must not: « à » before a place, the infinitive opened by « pour »
    "Une vaste opération est engagée à Lyon pour « sécuriser le quartier » avant l'été.",
])
def test_no_prepositional_multiword_cue(text: str) -> None:
    assert not [q for q in extract_text(text) if q.cue is not None and q.cue.lemma == "engager à"]
