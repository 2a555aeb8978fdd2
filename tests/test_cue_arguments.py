"""Who a cue's arguments name: an adjective that is an adjunct's whole noun (« a déclaré en
français la juge ») ends the adjunct, so the subject is the phrase after it, not a name in a
later complement (« à l'attention de M. X »); a « selon Y » after an incise whose subject is
an inverted pronoun (« », a-t-elle écrit sur Facebook selon Y ») only relays that incise's
words; « Pour X, présent à Lyon, … »: what describes X, set off by commas, is neither X nor
X's view; « la mère de X, Y »: two names set off by a comma with no « et » are a
description and its name, no list, and the one set off speaks. Made-up sentences.
"""

import pytest
from conftest import quotes_of

# (text, words said, speaker, cue)
ARGUMENTS = [
    # fire: an adjective right after the adjunct's preposition, a determiner after it
    ("« Vous pouvez faire appel », a déclaré en français la présidente à l'attention de M. "
     "Morel, après la lecture du jugement.", "Vous pouvez faire appel", None, "a déclaré"),
    ("« Le jugement est confirmé. Vous avez dix jours pour faire appel », a déclaré en "
     "français la juge à l'attention de Paul Morel.",
     "Le jugement est confirmé. Vous avez dix jours pour faire appel", None, "a déclaré"),
    # must not: an adjunct with its own noun, then the subject
    ("« Nous reviendrons », a déclaré dans la soirée le maire Paul Roux.", "Nous reviendrons",
     "Paul Roux", "a déclaré"),
    # fire: « selon Y » after an incise with an inverted pronoun: the pronoun's words
    ("La mère de Paul Roux, Anne Roux, a parlé lundi. « Il allait bien », a-t-elle écrit sur "
     "Facebook selon le journal Le Progrès.", "Il allait bien", "Anne Roux", "a-t-elle écrit"),
    ("La maire Anne Roux a parlé lundi. « Le pont tiendra », a-t-elle assuré, selon le site "
     "Lyon Info.", "Le pont tiendra", "Anne Roux", "a-t-elle assuré"),
    # must not: « selon Y » with no incise: Y's words
    ("La maire Anne Roux a parlé lundi. Le pont tiendra jusqu'en mai, selon le site Lyon Info.",
     "Le pont tiendra jusqu'en mai", "Lyon Info", "selon"),
    # fire: « Pour X, <description>, <clause> »
    ("Le maire a parlé. Pour le ministre Marc Petit, présent à Lyon ce vendredi, Paul Roux "
     "devrait « payer pour ses fautes ».", "Paul Roux devrait « payer pour ses fautes »",
     "Marc Petit", "Pour"),
    ("Le maire a parlé. Pour la ministre Anne Roy, présente à Nantes, le port devrait « rouvrir "
     "vite ».", "le port devrait « rouvrir vite »", "Anne Roy", "Pour"),
    # must not: « Pour X, » with the clause right after it
    ("Le maire a parlé. Pour le ministre Marc Petit, Paul Roux devrait « payer pour ses "
     "fautes ».", "Paul Roux devrait « payer pour ses fautes »", "Marc Petit", "Pour"),
    # fire: « la mère de X, Y »: Y speaks
    ("Le militant Paul Roux est mort lundi. Dimanche, la mère de Paul Roux, Anne Roux, a déclaré "
     "qu'elle ne voulait pas « de fleurs ».", "elle ne voulait pas « de fleurs »", "Anne Roux",
     "a déclaré"),
    ("Le coureur Luc Petit a gagné. Le père de Luc Petit, Marc Petit, a affirmé que son fils "
     "était « en pleine forme ».", "son fils était « en pleine forme »", "Marc Petit",
     "a affirmé"),
    # must not: a list closed by « et » is one plural speaker
    ("Paul Morel et Anne Roy sont arrivés ensemble. « Nous sommes soulagés », ont-ils déclaré.",
     "Nous sommes soulagés", "Paul Morel et Anne Roy", "ont-ils déclaré"),
    ("Paul Roux et Anne Petit ont déclaré que le projet était « mort ».",
     "le projet était « mort »", "Paul Roux et Anne Petit", "ont déclaré"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), ARGUMENTS)
def test_what_a_cues_arguments_name(nlp, text, said, speaker, cue):
    quotes = quotes_of(nlp, text)
    found = [q for q in quotes if q.span.text == said]
    assert [(q.speaker.name, q.cue.text if q.cue else None) for q in found] == [(speaker, cue)], [
        (q.span.text, q.speaker.name) for q in quotes]
    # the words are no one else's as well: no second quote holds them
    assert not [q for q in quotes if q is not found[0] and q.span.start <= found[0].span.start
                and found[0].span.end <= q.span.end], [(q.span.text, q.cue) for q in quotes]
