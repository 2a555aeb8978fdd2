"""A pronoun on a cue that resumes one's own words (« poursuit-il »; lexicon/continuing_cues.txt,
« resumes ») goes past a body named since to a person who agrees and spoke earlier in the
paragraph (attribute/pronouns ``_resumed``); a body of the other gender is never « il ». One
row: text -> the quote and its speaker.
"""

import pytest
from conftest import quote_said

ROWS = [
    # ---- the person who spoke in the paragraph takes up their words past the body
    ("Paul Roux, délégué syndical, a parlé mardi. « Nous sommes inquiets », souligne-t-il. Le "
     "syndicat a proposé de réduire les horaires. Mais, poursuit-il, « il faut que la direction "
     "suive ».", "il faut que la direction suive", "Paul Roux"),
    ("Anne Morel a parlé mardi. « Nous sommes inquiètes », dit-elle. La fédération a proposé de "
     "réduire les horaires. « La direction doit suivre », a-t-elle poursuivi.",
     "La direction doit suivre", "Anne Morel"),
    # ---- a body of the other gender is no « il »
    ("Paul Roux a parlé mardi. « Nous sommes inquiets », dit-il. La CFDT a proposé de réduire "
     "les horaires. « La direction doit suivre », a-t-il ajouté.", "La direction doit suivre",
     "Paul Roux"),
    # must not fire: a cue that does not resume (« ajouter »): the body named last
    ("Paul Roux a parlé mardi. « Nous sommes inquiets », dit-il. Le syndicat a proposé de "
     "réduire les horaires. « La direction doit suivre », a-t-il ajouté.",
     "La direction doit suivre", "syndicat"),
    # must not fire: no person spoke in the paragraph
    ("Le syndicat a proposé de réduire les horaires. Mais, poursuit-il, « il faut que la "
     "direction suive ».", "il faut que la direction suive", "syndicat"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROWS)
def test_resumed_pronoun(nlp, text, quote, speaker):
    q = quote_said(nlp, text, quote)
    assert q.speaker.name == speaker
