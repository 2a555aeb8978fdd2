"""Quotes that were lost without a record: a short quote before its cue, a second cue that
names the one a first cue only described, and a subject that describes who speaks with
marked words of its own. One row: sentence -> (quote, speaker mention) or what is recorded.

GUIDELINES.md: scare quotes of one to three words are no quotes when no one says them; with a
cue and a speaker they are direct quotes. Made-up sentences."""

import pytest

from quotes.model import Article
from quotes.pipeline import extract_doc


def _result(nlp, text):
    return extract_doc(Article("t", text), nlp(text))


def _said(result):
    return [(q.span.text, q.speaker.mention.text if q.speaker.mention else None)
            for q in result.quotes]


SAID = [
    # a short or name-like quote before its cue: what the speaker said
    ("« Bonjour », a dit Paul Martin.", [("Bonjour", "Paul Martin")]),
    ("« Jamais », a tranché Anne Roy, maire de Lunel.",
     [("Jamais", "Anne Roy, maire de Lunel")]),
    ("« Merci », a répondu la ministre.", [("Merci", "la ministre")]),
    # a second cue that names someone, after a first that only described them
    ("Le maire a dit et répété : « Nous ne céderons rien », a déclaré Jean Dupont.",
     [("Nous ne céderons rien", "Jean Dupont")]),
    ("Il a répété : « Le pont rouvrira en mai », a affirmé Claire Morin.",
     [("Le pont rouvrira en mai", "Claire Morin")]),
    # a demonstrative and its relative clause after the cue: who speaks
    ("« Nous partirons demain », a confié celui qui se dit « fatigué ».",
     [("Nous partirons demain", "celui qui se dit « fatigué »")]),
    ("« Non », a répondu celle qui dirige la chorale.",
     [("Non", "celle qui dirige la chorale")]),
    # must not fire: a first cue that names someone keeps the words; a second cue that
    # names no one does not take them
    ("Paul Roy a dit : « Nous ne céderons rien », a déclaré Jean Dupont.",
     [("Nous ne céderons rien", "Paul Roy")]),
    ("Le maire a répété : « Nous ne céderons rien », a ajouté la porte-parole.",
     [("Nous ne céderons rien", "Le maire")]),
    # must not fire: « celui qui » after a preposition is not who speaks
    ("« Nous partirons », a dit Paul Roy à celui qui l'interrogeait.",
     [("Nous partirons", "Paul Roy")]),
]


@pytest.mark.parametrize(("text", "said"), SAID)
def test_who_says_what(nlp, text, said):
    assert _said(_result(nlp, text)) == said


NOT_SAID = [
    # must not fire: a name in marks with no cue after it stays a name, recorded as such
    ("Le film s'appelle « Orechnik ».", "Orechnik", "name or title in marks"),
    ("Il a surnommé son chien « Caramel ».", "Caramel", "name or title in marks"),
    # what the subject of a cue after the quote says of the speaker: recorded, no quote
    ("« Nous partirons demain », a confié celui qui se dit « fatigué ».", "fatigué",
     "words that describe who speaks, in the subject of the cue after the quote"),
]


@pytest.mark.parametrize(("text", "words", "reason"), NOT_SAID)
def test_words_set_aside_are_recorded(nlp, text, words, reason):
    result = _result(nlp, text)
    assert words not in [q.span.text for q in result.quotes]
    assert (words, reason) in [(text[r.start : r.end], r.reason) for r in result.rejected]


WHO = [
    # « celui qui … » stands for someone as « il » does: the one the text spoke of last
    ("Jean Roux était là. « Nous partirons demain », a confié celui qui se dit « fatigué ».",
     "Jean Roux"),
    ("Anne Roy a parlé. « Non », a répondu celle qui dirige la chorale.", "Anne Roy"),
    # must not fire: no one of its gender before it, no one named
    ("Jean Roux était là. « Non », a répondu celle qui dirige la chorale.", None),
    ("« Non », a répondu celle qui dirige la chorale.", None),
]


@pytest.mark.parametrize(("text", "speaker"), WHO)
def test_a_demonstrative_subject_is_resolved_as_a_pronoun(nlp, text, speaker):
    (quote,) = _result(nlp, text).quotes
    assert quote.speaker.name == speaker
