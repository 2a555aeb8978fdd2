"""Posts of a social network embedded in a web page: the post's words, then a line signing it.

"Très heureux de ce résultat\n— Anne Roy (@anneroy) 3 mai 2024": the paragraph above the
signature (or, on one line, the words before its dash) is Anne Roy's word for word, a direct
quote with no cue. A link at its end (« pic.twitter.com/… », « https://… ») and a signature
of initials (« … ChT », « … -FH ») are not the words. A dash and a name with no handle
(« — Jean Roux », a byline) sign nothing. The annotation guidelines give a post to whoever
signs it, an outlet relaying news included; here a name the recogniser does not take for a
person's signs only when the article names that account in its own text too (« Le média Ouest
Foot a réagi … — Ouest Foot (@ouestfoot) », « relayée par le compte InfoVoile … — InfoVoile
(@infovoile) », « … a annoncé l'Agence spatiale (ASN) … — ASN (@asn) »): it is one of the
story's cast. Named nowhere else (« — GazzaMondo (@gazzamondo) »), or only inside
the words of a post, it signs nothing: there the extractor falls short of the guidelines.

A post of several paragraphs opens on the account it addresses (« Chère @Anne_Roy, tu as
été … », « @anneroy Merci … »): the paragraphs from that one down to the signed one are the
post's, a record each, when none of them holds quotation marks (the narrator's words quoting
someone) and they are at most ``MAX_PARAGRAPHS``; with no paragraph opening on a handle above
it, the post is the signed paragraph alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.detect.context import Context
from quotes.nlp.doc import entities

# "— Anne Roy (@anneroy) 3 mai 2024": a dash, a name, a handle, then a date at most; the
# handle may be cut short by the end of the text (« — Anne Roy (@ann »: a page clipped there)
SIGNED = re.compile(
    r"(?:^|\s)[—–-]\s*(?P<name>[^\s(@—–-][^\n(@—–]{0,60}?)\s*\(@\w{1,30}"
    r"(?:\)[^\n.!?«»]{0,40}$|\s*\Z)",
    re.MULTILINE,
)
_LINK = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S*$")
_INITIALS = re.compile(r"\s+(?:[-–—^]\s*[A-Z]{2,3}|[A-Z][a-z][A-Z])$")
MIN_WORDS = 3  # a post of fewer words is no quote to keep
MAX_PARAGRAPHS = 4  # an embedded post is short: no longer run of paragraphs is one
# a paragraph that addresses an account: a handle among its first three words, then a comma
# or more words (« Chère @Anne_Roy, », « @anneroy Merci »)
_ADDRESSED = re.compile(r"(?:[^\s@«»\"“”]+\s+){0,2}@\w{1,30}\b(?!\))[,:]?\s")
_MARKS = re.compile(r"[«»\"“”„]")


@dataclass(frozen=True)
class Post:
    """One embedded post: its words and the name that signs it."""

    start: int
    end: int
    para: tuple[int, int]
    name: tuple[int, int]


def posts(ctx: Context) -> list[Post]:
    """The embedded posts of an article, in text order."""
    text = ctx.text
    found: list[Post] = []
    unsigned: list[tuple[int, int]] = []  # the paragraphs with no signature line
    for k, (lo, hi) in enumerate(ctx.paras):
        m = SIGNED.search(text, lo, hi)
        if m is None:
            unsigned.append((lo, hi))
            continue
        if m.end() != hi:
            continue
        dash = m.start() if not text[m.start()].isspace() else m.start() + 1
        if text[lo:dash].strip():
            body = (lo, dash)  # "… pic.twitter.com/x — Anne Roy (@anneroy) 3 mai 2024"
        elif k > 0:
            body = ctx.paras[k - 1]  # the signature on a line of its own
        else:
            continue
        end = _trimmed(text, *body)
        if len(text[body[0] : end].split()) >= MIN_WORDS and (
                not SIGNED.search(text, body[0], body[1])):
            n = k if body[0] == lo else k - 1
            found.extend(Post(p[0], _trimmed(text, *p), p, m.span("name"))
                         for p in _opened_above(ctx, n))
            found.append(Post(body[0], end, body, m.span("name")))
    words = [(p.start, p.end) for p in found]
    return [p for p in found if _signer(ctx, p.name, words, unsigned)]


def _opened_above(ctx: Context, n: int) -> list[tuple[int, int]]:
    """The paragraphs above paragraph ``n`` (the signed words) that belong to its post: from
    the nearest one that addresses an account (``_ADDRESSED``), none of them holding quotation
    marks or a signature, at most ``MAX_PARAGRAPHS`` in all; else none."""
    text, above = ctx.text, []
    for lo, hi in reversed(ctx.paras[max(0, n - MAX_PARAGRAPHS + 1) : n]):
        if _MARKS.search(text, lo, hi) or SIGNED.search(text, lo, hi):
            return []
        above.append((lo, hi))
        if _ADDRESSED.match(text, lo, hi):
            return above[::-1]
    return []


def _signer(ctx: Context, name: tuple[int, int], words: list[tuple[int, int]],
            unsigned: list[tuple[int, int]]) -> bool:
    """Does the recogniser take the signing name for a person's, or does the article name it
    outside its signature lines (in the ``unsigned`` paragraphs) and the ``words`` of its posts
    (a word of its own, not inside a longer word)? A post naming the account that signs it is
    no mention of the article's."""
    if any(e.label_ == "PER" and e.start_char < name[1] and name[0] < e.end_char
           for e in entities(ctx.doc)):
        return True
    said = re.compile(rf"(?<!\w){re.escape(ctx.text[name[0] : name[1]])}(?!\w)")
    return any(not any(a <= n.start() and n.end() <= b for a, b in words)
               for lo, hi in unsigned for n in said.finditer(ctx.text, lo, hi))


def _trimmed(text: str, start: int, end: int) -> int:
    """Where the words of a post that runs from ``start`` to ``end`` stop: before its links
    and a signature of initials."""
    while True:
        stripped = text[start:end].rstrip()
        end = start + len(stripped)
        cut = _LINK.search(stripped) or _INITIALS.search(stripped)
        if cut is None or cut.start() == 0:
            return end
        end = start + cut.start()
