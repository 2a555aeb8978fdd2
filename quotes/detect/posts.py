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
story's cast; or when its handle, closed, spells it letter for letter (``spells``: « — Radio
Vernac (@RadioVernac) »): the account's own name, no words of the page the pattern ran over.
A post only so signed leaves its words to a colon the layout reads there (``gives_way``: a
label heading the post, « Sport : … », or « Anne Roy : "…" »): quotes.attribute.signed gives
those to the signer, the label out, or to the labelled name for words in marks. Words in marks
right after a label's colon leave any post so (« Anne Roy : « … » — Paul Roux (@proux) »): the
signer relays them, the label says who spoke.
Named nowhere else and spelled by no handle (« — GazzaMondo (@gazza_it) »), or only inside the
words of a post, it signs nothing: there the extractor falls short of the guidelines.
Pictographs at either end of a post's words are none of them (« 💛 Merci … 👇 »).

A post of several paragraphs opens on the account it addresses, a greeting before it
(« Chère @Anne_Roy, tu as été … », lexicon/greetings.txt) or the handle first, then a comma, a
greeting or words to « tu » or « vous » (« @anneroy Bravo à toi. »), the parse making the
handle no subject nor oblique (« @Paul_Ferrand a publié … », « Interpellée par @hugo_brun »:
the narrator's). The paragraphs from that one down to the signed one are the post's, a record
each, when every one of them is so on its own: at least ``MIN_WORDS`` words, words of a first
or second person, no quotation marks (the narrator's words quoting someone), no opening on
« Selon », « D'après », « Via », « Sur X » (a source or a channel: the narrator's), no
mention of the signer by name (the narrator's about them), and at most ``MAX_PARAGRAPHS`` in
all; else the post is the signed paragraph alone. A paragraph of the run holding a quote
already found (a cue's frame there: the narrator's report) leaves the signed paragraph alone
too (``run_free``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quotes.detect.context import OPENING, Context
from quotes.detect.furniture import unpictured
from quotes.detect.handle_spelling import HANDLE, spells
from quotes.lexicon import fold, phrases
from quotes.lexicon.grammatical_person import FIRST_SECOND_PERSON, SECOND_PERSON
from quotes.nlp.doc import entities

# "— Anne Roy (@anneroy) 3 mai 2024": a dash, a name, a handle, then a date at most; the
# handle may be cut short by the end of the text (« — Anne Roy (@ann »: a page clipped there)
SIGNED = re.compile(
    r"(?:^|\s)[—–-]\s*(?P<name>[^\s(@—–-][^\n(@—–]{0,60}?)\s*\((?P<handle>" + HANDLE + ")"
    r"(?:\)[^\n.!?«»]{0,40}$|\s*\Z)",
    re.MULTILINE,
)
_LINK = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S*$")
_INITIALS = re.compile(r"\s+(?:[-–—^]\s*[A-Z]{2,3}|[A-Z][a-z][A-Z])$")
MIN_WORDS = 3  # a post of fewer words is no quote to keep
MAX_PARAGRAPHS = 4  # an embedded post is short: no longer run of paragraphs is one
# a paragraph that may address an account: at most two words, then a handle (« Chère
# @Anne_Roy, », « @anneroy Merci »); ``_addressed`` reads the words around it
_HANDLE_OPENING = re.compile(
    r"\s*(?P<lead>(?:[^\s@«»\"“”]+\s+){0,2})(?P<handle>" + HANDLE + r")\b(?!\))")
_MARKS = re.compile(r"[«»\"“”„]")
# a source or a channel opening the paragraph: the narrator's (« Selon @prefet35, … »)
_NARRATED = re.compile(r"\s*(?:selon|d['’]\s*apr[eè]s|via|sur\s+(?:x|twitter|facebook|instagram|"
                       r"linkedin|bluesky|threads|tiktok))\b", re.IGNORECASE)


@dataclass(frozen=True)
class Post:
    """One embedded post: its words and the name that signs it."""

    start: int
    end: int
    para: tuple[int, int]
    name: tuple[int, int]
    opened: bool = False  # a paragraph above the signed one, of a post it opens (``_opened_above``)
    spelled: bool = False  # signed only by a name its handle spells (``spells``): ``gives_way``


def posts(ctx: Context) -> list[Post]:
    """The embedded posts of an article, in text order."""
    text = ctx.text
    found: list[Post] = []
    own: set[tuple[int, int]] = set()  # the names their handle spells (``spells``)
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
        name = unpictured(text, *m.span("name"))  # « — Radio Nord ✅ (@RadioNord) »: Radio Nord
        if name[0] == name[1]:
            continue  # « — ✅ (@RadioNord) »: no name signs
        end = _trimmed(text, *body)
        if spells(m["handle"], m["name"]) and text.startswith(")", m.end("handle")):
            own.add(name)
        if len(text[body[0] : end].split()) >= MIN_WORDS and (
                not SIGNED.search(text, body[0], body[1])):
            n = k if body[0] == lo else k - 1
            found.extend(Post(p[0], _trimmed(text, *p), p, name, True)
                         for p in _opened_above(ctx, n, name))
            found.append(Post(unpictured(text, body[0], end)[0], end, body, name))
    words = [(p.start, p.end) for p in found]
    cast = [p for p in found if _signer(ctx, p.name, words, unsigned)]
    return [p if p in cast else replace(p, spelled=True)
            for p in found if p in cast or p.name in own]


def gives_way(post: Post, cand, text: str) -> bool:
    """Does ``post`` leave its words to ``cand`` (anything with a ``start`` and a ``frame``), a
    quote another rule found there, whose words hold a label and its colon? A post only its
    spelled handle signs (``Post.spelled``) does for any such words (« Sport : le club … »,
    « Anne Vidal : "…" »): the colon's words are then the account's, the label out
    (``quotes.attribute.signed``), or the labelled speaker's for words in marks. Any post does
    for words in marks right after the label's colon (« Anne Vidal : « … » pic.twitter.com/x
    — Paul Roux (@paulroux) »): the one who signs relays what the label says someone said."""
    if cand.frame is None or cand.frame.kind != "colon" or not post.start <= cand.start < post.end:
        return False
    return post.spelled or _marks_after_colon(text, cand.frame.cue, cand.start)


def _marks_after_colon(text: str, colon: tuple[int, int] | None, start: int) -> bool:
    """Do the words at ``start`` open in marks right after the ``colon`` (spaces between)?"""
    if colon is None:
        return False
    between = text[colon[1] : start].strip()
    return len(between) == 1 and between in OPENING


def run_free(found: list[Post], quotes: list) -> list[Post]:
    """The posts ``found``, but for the paragraphs above a signed one (``Post.opened``) when
    one of them holds a quote already found among ``quotes`` (anything with a ``start`` and an
    ``end``): that paragraph is the narrator's report, so the run above the signed paragraph
    is no post's; the signed paragraph stays one."""
    taken = {p.name for p in found if p.opened and any(
        p.para[0] <= q.start < p.para[1] or q.start <= p.para[0] < q.end for q in quotes)}
    return [p for p in found if not (p.opened and p.name in taken)]


def _opened_above(ctx: Context, n: int, name: tuple[int, int]) -> list[tuple[int, int]]:
    """The paragraphs above paragraph ``n`` (the signed words, signed by ``name``) that belong
    to its post: from the nearest one that addresses an account (``_addressed``), each of them
    a post's paragraph on its own (``_own_words``), at most ``MAX_PARAGRAPHS`` in all; else
    none."""
    above: list[tuple[int, int]] = []
    for lo, hi in reversed(ctx.paras[max(0, n - MAX_PARAGRAPHS + 1) : n]):
        if not _own_words(ctx, lo, hi, name):
            return []
        above.append((lo, hi))
        if _addressed(ctx, lo, hi):
            return above[::-1]
    return []


def _own_words(ctx: Context, lo: int, hi: int, name: tuple[int, int]) -> bool:
    """May the paragraph from ``lo`` to ``hi`` be words of a post signed by ``name``: at least
    ``MIN_WORDS`` words, a first or second person among them (or addressing an account,
    ``_addressed``), no quotation marks, no
    signature, no source or channel opening it, no word of the signer's name?"""
    text = ctx.text
    words = text[lo:hi].split()
    if len(words) < MIN_WORDS or _MARKS.search(text, lo, hi) or SIGNED.search(text, lo, hi) or (
            _NARRATED.match(text, lo, hi)):
        return False
    tokens = {t.lower_ for t in ctx.tokens_in(lo, hi, align="expand")}
    if not tokens & FIRST_SECOND_PERSON and not _addressed(ctx, lo, hi):
        return False  # « Cher @Paul_Ferrand, merci pour … »: the greeting speaks to someone
    signer = {fold(w) for w in text[name[0] : name[1]].split() if len(w) > 2}
    return not any(fold(w.strip(".,;:!?")) in signer for w in words)


def _addressed(ctx: Context, lo: int, hi: int) -> bool:
    """Does the paragraph from ``lo`` to ``hi`` open by addressing an account: a greeting, then
    the handle (« Chers @amis_du_port, »), or the handle first, then a comma, a greeting or
    words to « tu » or « vous » (« @linamorel Bravo à toi. »), the parse making the handle no
    subject, object nor oblique of a word of that paragraph?"""
    text = ctx.text
    m = _HANDLE_OPENING.match(text, lo, hi)
    if m is None:
        return False
    if any(t.dep_.startswith(("nsubj", "obl", "obj", "iobj")) and lo <= t.head.idx < hi
           for t in ctx.tokens_in(m.start("handle"), m.end("handle"), align="expand")):
        return False
    lead = tuple(w.lower() for w in m["lead"].split())
    if lead[-1:] == ("à",):  # « Merci à @anneroy »
        lead = lead[:-1]
    if lead:
        return lead in phrases("greetings")
    rest = text[m.end() : hi].lstrip()
    after = tuple(w.strip(",.!?").lower() for w in rest.split()[:2])
    return rest.startswith(",") or any(after[: len(g)] == g for g in phrases("greetings")) or (
        bool({t.lower_ for t in ctx.tokens_in(m.end(), hi, align="expand")} & SECOND_PERSON))


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
        end = unpictured(text, start, end)[1]
        stripped = text[start:end]
        cut = _LINK.search(stripped) or _INITIALS.search(stripped)
        if cut is None or cut.start() == 0:
            return end
        end = start + cut.start()
