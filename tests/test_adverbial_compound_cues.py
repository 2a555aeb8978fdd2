"""A compound cue with an adverbial phrase between the auxiliary and the participle (« a pour
sa part écrit ») is one cue group even where the tagger read the participle as a finite verb,
when the parse attaches the auxiliary to it; its inverted subject speaks. No marks, no quote.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

# (text, words said, speaker, role, gender)
FIRE = [
    ("« Merci beaucoup pour tout », a pour sa part écrit le propriétaire Paul Ribot sur "
     "Twitter.", "Merci beaucoup pour tout", "Paul Ribot", "propriétaire", "male"),
    ("« Merci beaucoup pour tout », a pour sa part affirmé le propriétaire Paul Ribot.",
     "Merci beaucoup pour tout", "Paul Ribot", "propriétaire", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), FIRE)
def test_an_adverbial_inside_a_compound_cue(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


# must not: the verb's object, no marks and no subject after: no quote of anyone
NOT = [
    "Le club a pour sa part écrit une lettre aux supporters.",
    "Le maire a pour sa part affirmé le contraire.",
]


@pytest.mark.parametrize("text", NOT)
def test_an_adverbial_before_an_object_reports_nothing(nlp, text):
    assert beside_its_own_quote(nlp, text) == []
