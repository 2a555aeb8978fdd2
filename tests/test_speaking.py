"""Words after an infinitive cue no one is the subject of (« Les traces permettent de conclure
que … »): the one who speaks next in the paragraph, as for words with no cue; not when the
sentence names who leans on the infinitive. Made-up sentences."""

import pytest
from conftest import quote_said

_NEXT = (" « Nous irons jusqu'au bout », a souligné la procureure Hélène Marchal.")

ROWS = [
    # a thing is the governing verb's subject: the speaker who follows
    ("Des « traces suspectes » permettent de conclure que l'incendie a été allumé "
     "volontairement." + _NEXT,
     "l'incendie a été allumé volontairement", "Hélène Marchal", "female"),
    # must not fire: a speaker leans on the infinitive
    ("Le gymnase de Vernay a brûlé lundi.\n\nLa mairie a changé son règlement pour affirmer "
     "que l'incendie a été allumé volontairement." + _NEXT,
     "l'incendie a été allumé volontairement", "mairie", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), ROWS)
def test_an_infinitive_nobody_leans_on_takes_the_next_speaker(nlp, text, said, speaker, gender):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == speaker
    assert q.speaker.gender == gender
    assert q.speaker.role is None or "procureure" in q.speaker.role


SOURCES = [
    # the outlet a source spoke to is no part of the source
    ("Selon un enquêteur à l'AFP, le suspect avait quitté la ville mardi.",
     "le suspect avait quitté la ville mardi", "un enquêteur"),
    ("Selon une source judiciaire auprès de Reuters, le suspect avait quitté la ville mardi.",
     "le suspect avait quitté la ville mardi", "une source judiciaire"),
    # must not fire: a place is the source's own
    ("Selon un correspondant sur place, le suspect avait quitté la ville mardi.",
     "le suspect avait quitté la ville mardi", "un correspondant sur place"),
]


@pytest.mark.parametrize(("text", "said", "source"), SOURCES)
def test_the_outlet_a_source_spoke_to_is_not_the_source(nlp, text, said, source):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == source
    assert q.speaker.kind == "anonymous"
    assert q.speaker.gender is None
