"""Who introduces a quote that has no cue of its own: the words before its colon, or the
sentence after it.

"Voici le message de la chanteuse publié dimanche :\n\n« … »", "Même son de cloche chez Lucie
Marchand, présidente de l'association : « … »": the sentence that ends with the colon names
the speaker without a reporting verb, by the one person it names or by the author of the text
it announces ("le message de la chanteuse"). A quote that opens its paragraph may also stand
before the witness it belongs to: the next sentence's subject, first named there (``named_next``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from quotes.attribute.cast import Person, Registry
from quotes.detect.context import CLOSING, SENT_END
from quotes.detect.speaker_phrases import np_after
from quotes.lexicon import is_speech_noun
from quotes.lexicon.grammar import DE_CONTRACTED, NEGATION_START, PREVERBAL_CLITICS, THERE_IS
from quotes.nlp.doc import entities, text_of

_OPENING = "«“\"‹„"
_SPACES = " \u00a0\u202f\t"
SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")  # where a sentence of the text ends
_CLITICS = PREVERBAL_CLITICS | NEGATION_START | {"y", "en"}  # « ne », « s’ », « y »


def introduced_by(doc: Doc, start: int, registry: Registry) -> tuple[int, int] | None:
    """The words naming who speaks in the sentence that introduces, with a colon, the quote
    starting at ``start`` (its opening mark may come before), or None."""
    text = text_of(doc)
    j = start
    while j > 0 and (text[j - 1].isspace() or text[j - 1] in _OPENING):
        j -= 1
    if j == 0 or text[j - 1] != ":" or text.count("\n", j, start) > 2:
        return None
    colon = j - 1
    ends = [m.end() for m in _ENDS.finditer(text, 0, colon)]
    lo = max([text.rfind(". ", 0, colon), text.rfind("\n", 0, colon), *ends]) + 1
    span = doc.char_span(lo, colon, alignment_mode="contract")
    if span is None or any(_finite(t) and not _presents(t) for t in span):
        return None  # "X a choisi les mots du Christ : « … »": X's clause, the timeline's
    # « il y a (eu) » presents a thing: what is someone's (« le témoignage de X », « le
    # chiffrage … de X ») is theirs, not a person named otherwise in what it presents (« une
    # banderole pour X », « une lettre adressée à X »); a fronted « Il y a dix ans, » ends at
    # its comma and presents no one
    there = next((t for t in span if _presents(t)), None)
    people = [
        e for e in entities(doc)
        if e.label_ == "PER" and lo <= e.start_char and e.end_char <= colon
    ]
    presented = there is not None and bool(people) and "," not in [
        t.text for t in doc[there.i : people[0].start]
    ] and doc[people[0].start - 1].lower_ not in DE_CONTRACTED
    persons = {registry.person(e.text, at=e.start_char) for e in people}
    if not presented and len(people) >= 1 and len(persons) == 1 and None not in persons:
        return people[-1].start_char, people[-1].end_char
    for tok in span:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        said = tok.pos_ == "NOUN" and is_speech_noun(tok.text)
        if said and nxt is not None and nxt.lower_ in DE_CONTRACTED:
            rng = np_after(doc, tok.i + 2, min(len(doc), tok.i + 8))
            if rng is None or doc[rng[1] - 1].idx >= colon:
                continue
            # "le message de la chanteuse publié dimanche": the author ends before the participle
            end = next((t.i for t in doc[rng[0] + 1 : rng[1]] if t.pos_ == "VERB"), rng[1])
            return doc[rng[0]].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return None


_ENDS = re.compile(r"…(?= [A-ZÀ-Ý])")  # « … du budget… Il y a eu » ends a sentence


def _presents(tok: Token) -> bool:
    """The verb of « il y a (eu) », « il y avait »: it presents what follows, no one speaks."""
    doc = tok.doc
    return tok.lower_ in THERE_IS and tok.i >= 2 and doc[tok.i - 1].lower_ == "y" \
        and doc[tok.i - 2].lower_ == "il"


def _finite(tok: Token) -> bool:
    """A finite verb of the narrator's, "voici" and "voilà" aside."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and "Fin" in tok.morph.get("VerbForm", [])
        and tok.lower_ not in ("voici", "voilà")
    )


def named_next(
    registry: Registry, subjects: Iterable[tuple[int, str | None]], start: int, end: int
) -> Person | None:
    """The witness a quote without a cue stands before: the quote opens its paragraph and the
    sentence that follows it on the same line has for subject the one person it names, named
    there for the first time (« « Tout a tremblé. » Jeanne Morel habite au troisième étage. »).
    Not when words come before the quote in its paragraph (an earlier speaker's turn goes on),
    when the sentence names someone else too or someone named before, nor when its subject is
    someone else (« « … » Le maire a reçu Paul Roux. »). A quote signed by a name is that
    person's wherever it stands (``signed``)."""
    signer = signed(registry, end)
    if signer is not None:
        return signer
    text = text_of(registry.doc)
    para = text.rfind("\n", 0, start) + 1
    if text[para:start].strip(_OPENING + _SPACES):
        return None
    j = end
    while j < len(text) and text[j] in CLOSING + _SPACES + SENT_END:
        j += 1
    closed = text[end:j].strip(_SPACES) or text[max(0, end - 1) : end] in SENT_END
    if not closed or j >= len(text) or not text[j].isupper():
        return None
    stop = SENTENCE_END.search(text, j)
    hi = stop.start() if stop else len(text)
    named = [(pos, p) for pos, p in registry.mentions if j <= pos < hi]
    sign = _SIGNED.search(text, j, hi)  # « « … » Le message est signé Paul Roux, après … »
    if sign is not None and (by := next((p for pos, p in named if pos == sign.end()), None)):
        return by
    person = named[0][1] if named and all(p is named[0][1] for _, p in named) else None
    if person is None or person.first_seen < j or person.parts.key == "":
        return None
    # ``subjects``: (offset, name) of the narration's subjects, in text order
    first = next((name for pos, name in subjects if j <= pos < hi), None)
    at = named[0][0]
    placed = _subject_by_place(registry.doc, j, at, registry.ends.get(at, at))
    return person if first == person.name or (first is None and placed) else None


_SIGNED = re.compile(r"\b(?:est|sont|a été|ont été) sign(?:é|ée|és|ées) (?:par |de )?")
_SIGN = re.compile(
    rf"[.!?…]*[ \u00a0\u202f]*[{CLOSING}][ \u00a0\u202f]*(,|\(|[—–])[ \u00a0\u202f]*")


def signed(registry: Registry, end: int) -> Person | None:
    """The person who signs words in marks with no cue: right after the closing mark, one
    person's name set off by a comma, a dash or a bracket, then at most an apposition with
    no verb up to the line's end (« « … », Paul Roux, vigneron à Lens », « « … » (Roux) »).
    Not when a sentence goes on after the name (« « … », Paul Roux, le maire, l'a dit »)."""
    text, doc = text_of(registry.doc), registry.doc
    sign = _SIGN.match(text, end)
    if sign is None:
        return None
    at = sign.end()
    person = next((p for pos, p in registry.mentions if pos == at), None)
    if person is None:
        return None
    lo, hi = registry.ends.get(at, at), text.find("\n", at) % (len(text) + 1)
    tail = doc.char_span(lo, hi, alignment_mode="expand") if lo < hi else None
    words = [t for t in tail or () if not t.is_space]
    if SENTENCE_END.search(text, lo, max(lo, hi - 1)) or (
        sign.group(1) == "(" and [t.text for t in words] != [")"]
    ):
        return None
    return None if any(t.pos_ in ("VERB", "AUX") for t in words) else person


def _subject_by_place(doc: Doc, lo: int, start: int, end: int) -> bool:
    """Is the name at ``start:end`` its sentence's subject by its place, when the parse lost it:
    at the sentence's start or after a fronted adjunct (« Dans l'ambulance, … , »), and
    followed by its verb with only appositions between (« , 12 ans, »,
    « (prénom changé) »)?"""
    first, name = doc.char_span(lo, end, alignment_mode="expand"), doc.char_span(
        start, end, alignment_mode="expand")
    if first is None or name is None:
        return False
    if name.start > first.start and not (
        doc[name.start - 1].text == "," and first[0].pos_ in ("ADP", "ADV")
    ):
        return False
    depth, commas = 0, 0
    for tok in doc[name.end :]:
        if tok.text in SENT_END or "\n" in tok.text:
            return False
        depth += (tok.text == "(") - (tok.text == ")")
        commas += tok.text == "," and depth == 0
        if depth or tok.text in "()," or commas % 2:
            continue
        # the verb, were it tagged a participle (« décrit », « écrit »): no infinitive
        verb = tok.pos_ in ("VERB", "AUX") and "Inf" not in tok.morph.get("VerbForm", [])
        return verb or tok.lower_ in _CLITICS
    return False
