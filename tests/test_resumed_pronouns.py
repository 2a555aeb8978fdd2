"""A pronoun on a cue that resumes one's own words (« poursuit-il »; lexicon/continuing_cues.txt,
« resumes ») goes past a body named since to a person who agrees and spoke earlier in the
paragraph (attribute/pronouns ``_resumed``), unless that body has a voice of its own since:
words of its own, a reporting verb it is the subject of (a proposal told in an infinitive is
not one), a document it published. A body of the other gender is never « il ». One row: text
-> the quote and its speaker.
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
    # ---- a body of the other gender is no « il », were it one with a voice of its own since
    # (which the resuming cue alone would not go past)
    ("Paul Roux a parlé mardi. « Nous sommes inquiets », dit-il. La CFDT a répondu par un "
     "communiqué. « La direction doit suivre », a-t-il poursuivi.", "La direction doit suivre",
     "Paul Roux"),
    # must not fire: a cue that does not resume (« ajouter »): the body named last
    ("Paul Roux a parlé mardi. « Nous sommes inquiets », dit-il. Le syndicat a proposé de "
     "réduire les horaires. « La direction doit suivre », a-t-il ajouté.",
     "La direction doit suivre", "syndicat"),
    # must not fire: no person spoke in the paragraph
    ("Le syndicat a proposé de réduire les horaires. Mais, poursuit-il, « il faut que la "
     "direction suive ».", "il faut que la direction suive", "syndicat"),
    # must not fire: the person is named but silent (never spoke)
    ("Paul Roux a été interrogé mardi. Le syndicat a proposé de réduire les horaires. Mais, "
     "poursuit-il, « il faut que la direction suive ».", "il faut que la direction suive",
     "syndicat"),
    # must not fire: the one who spoke is a woman, no « il »: the body
    ("Marie Leroy a parlé mardi. « Nous sommes inquiètes », dit-elle. Le syndicat a proposé de "
     "réduire les horaires. Mais, poursuit-il, « il faut que la direction suive ».",
     "il faut que la direction suive", "syndicat"),
    # ---- must not fire: the body has a voice of its own since the person spoke
    # its own words in marks
    ("Paul Roux a parlé mardi. « Nous sommes inquiets », dit-il. Le syndicat, lui, dénonce « un "
     "passage en force ». « Nous irons en justice », poursuit-il.", "Nous irons en justice",
     "syndicat"),
    # the subject of a reporting verb
    ("Le maire Paul Gilet a parlé mardi. « Nous sommes prêts », a-t-il dit. Le syndicat des "
     "commerçants a répondu par un communiqué. « Le maire ne nous écoute pas », continue-t-il.",
     "Le maire ne nous écoute pas", "syndicat des commerçants"),
    ("Le ministre Paul Adam a parlé. « Nous tiendrons », a-t-il dit. Le parti d'opposition a "
     "dénoncé un recul. « C'est un recul historique », poursuit-il, citant les chiffres du "
     "chômage.", "C'est un recul historique", "parti d'opposition"),
    # the subject of a verb whose object is a document
    ("« Nous sommes inquiets », souligne Paul Roux. Le syndicat a ensuite publié un communiqué. "
     "« Nous demandons une réunion », poursuit-il dans ce texte.", "Nous demandons une réunion",
     "syndicat"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROWS)
def test_resumed_pronoun(nlp, text, quote, speaker):
    q = quote_said(nlp, text, quote)
    assert q.speaker.name == speaker
