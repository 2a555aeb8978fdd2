"""Who speaks the uncued words right under a heading that opens on a name
(``detect.heading_subjects``: « Paul Morel sur son arrivée ¶ « J'avais un rêve. » »): that
person, only when the words speak in the first person singular (« nous » is a group's) and of
no third person (« il », « lui », « le » or « sa » referring back, the name itself: « Paul
Morel sur la sellette ¶ « Il devra s'expliquer. » » is said of him, not by him), and only when
the body names that person as a person, with a title of theirs or a cue of theirs. A school or
an airport named after someone (« Victor Hugo : le lycée fermé ») has neither; a story about
one person does not make that person its speaker.

Words in marks that hold a paragraph of their own right under a heading, with no cue and no
speaker carried to them (the heading cuts the carry), are those of the person the paragraph
after them opens on as its subject, when that person spoke before in the article (« « … »
¶ Laurent Vidal regrette … »: ``resumed_by``) and the heading names no one else, a person or a
body (« La réponse de la direction ¶ « … » ¶ Laurent Vidal dénonce … »: the words may be the
management's, the one after only reacts); unresolved otherwise."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quotes.attribute.cast import Registry
from quotes.attribute.resolved import Resolved, of_person
from quotes.attribute.speakers import classify
from quotes.detect.context import CLOSING, OPENING
from quotes.detect.heading_subjects import Heading
from quotes.detect.unquoted import heading_text
from quotes.lexicon import fold
from quotes.lexicon.grammar import (
    BEFORE_VERB,
    NEGATION_START,
)
from quotes.lexicon.grammatical_person import FIRST_PERSON, THIRD_PERSON, THIRD_PERSON_BACK
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from quotes.attribute.timeline import Timeline


def heading_speaker(
    doc: Doc,
    registry: Registry,
    headings: Sequence[Heading],
    said: tuple[int, int],
    named_since: Sequence[int],
    voiced: Container[str],
) -> Resolved | None:
    """The person the last heading before the words ``said`` opens on, when they say those
    words; ``named_since``: where the narration or a cue names someone (none may stand between
    the heading and the words); ``voiced``: the names a cue gives as a speaker."""
    start, end = said
    last = max((h for h in headings if h[1] <= start), default=None, key=lambda h: h[1])
    if last is None or last[2] is None or any(last[1] <= pos < start for pos in named_since):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    words = {t.lower_ for t in tokens}
    if not words & FIRST_PERSON or words & THIRD_PERSON or _refers_back(tokens):
        return None  # « nous » is not one person's: « Paul Morel sur la sellette ¶ « Nous … » »
    name = text_of(doc)[last[2][0] : last[2][1]]
    said_words = {fold(w) for w in words}
    if any(fold(part) in said_words for part in name.split()):
        return None  # « Paul Morel : la chute ¶ « Morel a trahi … » »: words about him
    person = registry.person(name, last[2][0])
    if person is None or not (person.roles or person.name in voiced):
        return None
    return of_person(person, Resolved(None, None, "person", "continuation"))


def _refers_back(tokens: Sequence[Token]) -> bool:
    """Do the words speak of someone named before them: a pronoun or a possessive of
    lexicon.grammatical_person.THIRD_PERSON_BACK with no noun before it in the words (« Je le
    soutiens, mais j'attends sa démission »; not « J'avais un rêve et je l'ai réalisé »)? A
    pronoun by the parse or by its place, right after a subject or « ne » (the parse may read
    « le soutiens » as a noun)."""
    before = ""
    for t in tokens:
        if t.lower_ in THIRD_PERSON_BACK and (
                t.pos_ == "PRON" or "Yes" in t.morph.get("Poss", []) or before in BEFORE_VERB
                or before in NEGATION_START):
            return True
        if t.pos_ in ("NOUN", "PROPN"):
            return False
        before = t.lower_
    return False


def resumed_by(timeline: Timeline, paras: Sequence[tuple[int, int]], said: tuple[int, int],
               max_words: int) -> Resolved | None:
    """Who speaks the words ``said`` (offsets), in marks holding their paragraph whole, right
    under a heading paragraph (``heading_text``, at most ``max_words`` words): the person the
    next paragraph opens on as its subject, when that person already spoke before the words;
    else None (module doc)."""
    text = text_of(timeline.registry.doc)
    k = next((n for n, (lo, hi) in enumerate(paras) if lo <= said[0] < hi), None)
    if k is None or k == 0 or k + 1 >= len(paras):
        return None
    lo, hi = paras[k]
    if text[lo : said[0]].strip(OPENING + " ") or text[said[1] : hi].strip(CLOSING + " ."):
        return None  # words of the narrator's in the paragraph, beside the marks
    if not heading_text(text, *paras[k - 1], max_words, title=False):
        return None
    after = text[slice(*paras[k + 1])]
    opens = paras[k + 1][0] + len(after) - len(after.lstrip())
    who = next((e.who for e in timeline.entries if e.pos == opens and not e.spoke), None)
    if who is None or who.kind != "person" or who.number != "s" or not who.name:
        return None
    spoke = timeline.first_spoke.get(who.name)
    if spoke is None or spoke >= said[0]:
        return None  # « « … » ¶ Anne Roy, une voisine, … »: a witness first named there
    if any(other != who.name for other in _named_in(timeline, *paras[k - 1])):
        return None  # « Le point de vue du maire ¶ « … » ¶ Laurent Vidal … »: the mayor's, maybe
    return replace(who, resolution="continuation")


def _named_in(timeline: Timeline, start: int, end: int) -> list[str | None]:
    """Whom the noun phrases of the heading ``text[start:end]`` name, by the cast's reading
    (``speakers.classify``, a description resolved on the timeline): a person by a name or a
    role, a body by its name; None for a role no one of the cast holds."""
    doc = timeline.registry.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    named: list[str | None] = []
    for tok in span if span is not None else ():
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_.startswith("flat"):
            continue
        phrase = [tok, *(c for c in tok.children if c.dep_ in _OWN_WORDS)]
        lo = min(t.idx for t in phrase)
        hi = max(t.idx + len(t) for t in phrase)
        who = classify(doc, lo, hi, timeline.registry)
        if who.resolution == "pronoun" or not (
                (who.kind == "person" and (who.name or who.role))
                or (who.kind == "organization" and who.name)):
            continue
        if who.name is None or who.kind == "person":
            who, _ = timeline.resolve(who, lo, mention=(lo, hi))
        named.append(who.name)
    return named


# the words that belong to a noun's own phrase, not the phrases hung on it (« de la direction »)
_OWN_WORDS = frozenset({"det", "amod", "compound", "flat", "flat:name"})
