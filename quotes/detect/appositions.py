"""Subjects the parse loses: to their apposition (« Didier Lascaux, un retraité de Saint-Astier,
a reconnu les faits » parses « un retraité » as the subject and the name as an adjunct of the
verb), or to the paragraph before (a name that opens a paragraph tied to a verb above it)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.context import Context


def apposed_name(doc: Doc, lo: int, tok: Token) -> int:
    """Where the subject starts when the parse took the apposition for it and the name before
    it for an adjunct of the verb: "Didier Lascaux, un retraité de Saint-Astier, a reconnu":
    the name that opens the sentence, with no preposition, is the subject."""
    if lo < 2 or doc[lo - 1].text != "," or doc[lo - 2].ent_type_ != "PER":
        return lo
    start = lo - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    name = doc[start]
    # a name that opens a paragraph may be tied to a verb above it, as in ``lost_subject``
    para = start > 0 and "\n" in doc[start - 1].text
    opens = para or start == name.sent.start or doc[start - 1].is_punct
    tied = name.head.i == tok.head.i or (para and name.head.i < start)
    if opens and tied and not any(c.dep_ == "case" for c in name.children):
        return start
    return lo


def lost_subject(ctx: Context, tok: Token) -> bool:
    """A name that opens a paragraph but that the parse attached to a verb of the paragraph
    before ("… alors…”\n\nDepardieu, pour sa part, a nié …"): it is its own clause's subject."""
    doc = ctx.doc
    first = tok.ent_type_ == "PER" and tok.ent_iob_ == "B" and tok.i > 0
    if not first or "\n" not in doc[tok.i - 1].text:
        return False
    head = tok.head
    return head.i < tok.i and "\n" in ctx.text[head.idx : tok.idx]
