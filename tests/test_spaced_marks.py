"""Straight marks spaced as « » are (" plus isolé que jamais ".): a straight " with a space
before it and a stop, a comma or a colon after it (past any space) closes the quote open,
and opens none when no quote is open; other straight marks pair as before.

Every sentence is made up; offsets are checked (text[start:end] == quote).
"""

import pytest
from conftest import quotes_of

from quotes.detect.marks import find_marked


def _pairs(text):
    spans, _ = find_marked(text)
    return [(text[m.start : m.end], m.depth, m.close is not None) for m in spans]


SPACED = [
    # a direct quote before an incise
    ('" Nous ne céderons pas ", a affirmé Paul Marchal.',
     [("Nous ne céderons pas", 0, True)]),
    # after a colon, and the narration goes on
    ('Elle a prévenu : " Le budget sera voté ". Puis elle a quitté la salle.',
     [("Le budget sera voté", 0, True)]),
    # a few words in marks inside an indirect clause
    ('Il estime que la réforme reste " très fragile ". Il ne dit rien de plus.',
     [("très fragile", 0, True)]),
    # two quotes in one paragraph
    ('Il juge le texte " bancal ". Elle parle d\'une " erreur grave ", sans plus.',
     [("bancal", 0, True), ("erreur grave", 0, True)]),
    # a quote at a paragraph's end, then the next paragraph
    ('Le maire parle d\'un projet " sans avenir ".\n\nLa séance a été levée.',
     [("sans avenir", 0, True)]),
    # a quote may open on an ellipsis
    ('" …et après ", a soupiré Marc Olier.', [("…et après", 0, True)]),
    # a stray mark before a stop opens nothing: the quote after it still pairs
    ('Le mot " . Elle a dit " oui " hier.', [("oui", 0, True)]),
]
# how straight marks paired before, kept
KEPT = [
    ('Il a dit "oui". Elle a dit "non".', [("oui", 0, True), ("non", 0, True)]),
    ('Il a lancé : " Nous irons jusqu\'au bout "', [("Nous irons jusqu'au bout", 0, True)]),
    ('" Partez ! " a-t-il crié.', [("Partez !", 0, True)]),
    ('Il a dit "oui” et "non".', [("oui", 0, True), ("non", 0, True)]),
    ('" Rien n\'est joué " , a répondu Léa Vernet.', [("Rien n'est joué", 0, True)]),
]


@pytest.mark.parametrize(("text", "expected"), SPACED + KEPT)
def test_spaced_straight_marks_pair(text, expected):
    assert _pairs(text) == expected


# through the whole pipeline: the span, the speaker and the cue
QUOTES = [
    ('" Il n\'y aura pas de hausse ", a déclaré jeudi la maire de Verlac, Anne Tessier, '
     "devant le conseil. Le budget sera voté en mars.",
     "Il n'y aura pas de hausse", "Anne Tessier", "a déclaré"),
    ('Le syndicat a réagi en affirmant : " Cette décision est une erreur ". Le préfet '
     "Hugo Lambert n'a pas répondu.",
     "Cette décision est une erreur", "syndicat", "en affirmant"),
    ('Pour le député Louis Marand, le ministre se retrouve " plus seul que jamais ". '
     'Il appelle à une " vraie réforme des retraites ".',
     'le ministre se retrouve " plus seul que jamais "', "Louis Marand", "Pour"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), QUOTES)
def test_spaced_quote_read_whole(nlp, text, said, speaker, cue):
    found = {q.span.text: q for q in quotes_of(nlp, text)}
    assert said in found, list(found)
    q = found[said]
    assert text[q.span.start : q.span.end] == said
    assert q.speaker.name is not None and speaker in q.speaker.name
    assert q.cue is not None and q.cue.text == cue


def _as_guillemets(text):
    out, opening = [], True
    for ch in text:
        if ch == '"':
            ch, opening = ("«" if opening else "»"), not opening
        out.append(ch)
    return "".join(out)


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), QUOTES)
def test_spaced_straight_marks_read_as_guillemets(nlp, text, said, speaker, cue):
    def read(t):
        return [(q.type, q.span.start, q.span.end, q.speaker.name, q.cue and q.cue.text)
                for q in quotes_of(nlp, t)]

    assert read(text) == read(_as_guillemets(text))
