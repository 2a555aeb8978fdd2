"""Cached views of a parsed ``Doc`` that every stage reads.

spaCy rebuilds ``doc.text`` and ``doc.ents`` on every access; the rules read them thousands of
times per article, so each is built once and kept in ``doc.user_data`` until the article is
done (``release``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import capitalised, in_capitals

NAME_SPANS = "quotes.name_spans"  # ``attribute.name_spans.name_spans``
INITIALS = "quotes.initials"  # ``attribute.gender``: does the text write first names as initials
MARKED = "quotes.marked"  # ``attribute.sources``: the article's marked spans, paired once
TEXT_AUTHORS = "quotes.text_authors"  # ``attribute.sources.author_before``, per phrase
MENTIONS_BY_NAME = "quotes.mentions_by_name"  # ``attribute.last_mentions``, per cast
HYPHENS = ("-", "‐", "‑", "–")  # what may join the parts of one word
_CACHE_KEYS = (
    "quotes.ents", "quotes.text", "quotes.starts", NAME_SPANS, INITIALS, MARKED, TEXT_AUTHORS,
    MENTIONS_BY_NAME)


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per document (spaCy joins every token on each access)."""
    cached = doc.user_data.get("quotes.text")
    if cached is None:
        cached = doc.user_data["quotes.text"] = doc.text
    return str(cached)


def written_spans(doc: Doc, words: str) -> Iterator[Span]:
    """Each place the article writes ``words`` as written, a whole word (« Le total des
    ventes » is no writing of « Total »), as the tokens that hold it, in text order."""
    for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            yield span


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document (spaCy rebuilds the spans on every access)."""
    cached = doc.user_data.get("quotes.ents")
    if cached is None:
        cached = doc.user_data["quotes.ents"] = tuple(doc.ents)
    return cached


def set_entities(doc: Doc, ents: list[Span]) -> None:
    """Replace ``doc.ents``, and the view ``entities`` keeps of them."""
    doc.ents = ents
    doc.user_data.pop("quotes.ents", None)


def entity_end(doc: Doc, i: int) -> int:
    """The index right after the entity that opens at token ``i``: past its inside tokens."""
    k = i + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token, computed once per document (for bisect lookups)."""
    starts = doc.user_data.get("quotes.starts")
    if starts is None:
        starts = doc.user_data["quotes.starts"] = [t.idx for t in doc]
    return starts


def climb(tok: Token, deps: Collection[str]) -> Token:
    """The token ``tok`` hangs from past the labels ``deps`` (a name's parts, « flat:name »; an
    apposition, « appos »): the first one up the parse on another label, or the root."""
    while tok.dep_ in deps and tok.head.i != tok.i:
        tok = tok.head
    return tok


def sentence_case(doc: Doc, i: int, text: str) -> str:
    """``text``, which starts at token ``i``, with the capital lowered when it is only the
    sentence's ("Déléguée CGT du site, X a …", "Un cadre de l'entreprise estime", "L’un
    de leurs amis"); a word in capitals, or one inside a sentence, is kept as written."""
    tok = doc[i]
    opens = i == 0 or tok.is_sent_start or doc[i - 1].text in (".", "!", "?") or (
        "\n" in doc[i - 1].text_with_ws)
    if not opens or in_capitals(tok.text.rstrip("'’")) or not capitalised(tok.text):
        return text
    return text[:1].lower() + text[1:]


def comma_conj(tok: Token) -> bool:
    """Is ``tok`` the one conjunct of its head, joined by a comma and no « et » or « ou »: an
    apposition the parse took for a list ("Le président du jury, l'acteur X")?"""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and not any(c.dep_ == "cc" for c in tok.children)
        and sum(c.dep_ == "conj" for c in head.children) == 1
    )


def bare_capital(tok: Token) -> bool:
    """A capitalised word with no determiner inside its sentence, not an adjective."""
    return (capitalised(tok.text) and not tok.is_sent_start and tok.i > tok.sent.start
            and tok.pos_ != "ADJ" and not (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "DET"))


def one_line(doc: Doc, a: Token, b: Token) -> bool:
    """Are the two tokens on one line of the text (one paragraph: every « \\n » ends one, as in
    ``marks.paragraphs``, which also ends one at a bare « \\r »), in either order? A break
    belongs to the line it ends: on one line with the words before it, not with those after."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[lo:hi])


def release(doc: Doc) -> None:
    """Drop the cached spans: they point back to the doc, a cycle that keeps it alive."""
    for key in _CACHE_KEYS:
        doc.user_data.pop(key, None)


def whole_word_start(doc: Doc, lo: int) -> int:
    """``lo`` moved back over the first part of a hyphenated word the tokenizer cut in three
    (« sapeurs | - | pompiers », no space on either side of the hyphen): a phrase never starts
    inside a word; a determiner after a hyphen starts one (« Brest-les pompiers », a typo)."""
    while lo >= 2 and glued_hyphen(doc, lo - 1) and doc[lo - 2].text[:1].isalpha() \
            and doc[lo].pos_ != "DET":
        lo -= 2
    return lo


def whole_word_end(doc: Doc, hi: int, part: Callable[[Token], bool] | None = None) -> int:
    """``hi``, the token after a word, moved on over the parts glued after it by a hyphen with
    no space before it: a name or role never ends inside a word, nor on its hyphen.

    A hyphen the tokenizer cut out (« Oudéa | - | Roux ») or ``hi`` stands right after
    (« Croix - | Rouge ») takes the token after it that ``part`` takes (by default one that
    opens on a letter); one the next part kept (« Bourgoin | -Jallieu ») takes that part."""
    take = part or _opens_on_a_letter
    while 0 < hi < len(doc) and not doc[hi - 1].whitespace_:
        tok = doc[hi]
        if len(tok.text) > 1 and tok.text.startswith(HYPHENS):  # « -Jallieu »
            hi += 1
        elif tok.text in HYPHENS and not tok.whitespace_ and hi + 1 < len(doc) \
                and take(doc[hi + 1]):  # « - », « Rouge »
            hi += 2
        elif doc[hi - 1].text in HYPHENS and take(tok):  # « Rouge » after its hyphen
            hi += 1
        else:
            break
    return hi


def _opens_on_a_letter(tok: Token) -> bool:
    return tok.text[:1].isalpha()


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Is ``doc[i]`` a hyphen with no space on either side, inside a word the tokenizer cut in
    three (« sapeurs | - | pompiers »)?"""
    return i > 0 and doc[i].text == "-" and not (doc[i - 1].whitespace_ or doc[i].whitespace_)
