"""Marked words after « comme » and a participle of naming (« présenté comme », « considéré
comme », « décrit comme »; lexicon/label_participles.tsv): with no one giving them, an epithet
others give someone, no quote (``labelled``); with a passive's agent, the agent's words
(``label_agent``); an active or reflexive verb's, its subject's, as any cue's.

The candidates set an epithet aside as ``Rejected`` with the reason ``EPITHET``.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context, Frame
from quotes.detect.marks import Marked
from quotes.lexicon import cached, fold, table
from quotes.lexicon.grammar import AGENT

EPITHET = "an epithet others give someone, after « présenté comme »: no one says it"


def labelled(ctx: Context, m: Marked) -> tuple[int, int] | None:
    """Where the participle stands (its offsets) when marked words are an epithet others give
    someone: right after « comme » and a participle of lexicon/label_participles.tsv, bare or
    passive with no agent (« présenté comme « le meilleur … » », « ayant été considéré comme
    « … » », « a souvent été décrit comme « … » »): no one says them. None where someone does:
    the auxiliary of an active or reflexive verb (« l'a présenté comme », « s'est présenté
    comme », « X a très souvent présenté comme »), the agent of a passive (« présenté comme
    « … » par Y »: ``label_agent``), or, for a form that is also a present (« X décrit
    comme », « que X décrit comme »), anything before it but a sign or the sentence's start,
    adverbs aside."""
    part = _label_participle(ctx, m)
    if part is None:
        return None
    if _agent(part) is not None:
        return None
    deps = {c.dep_ for c in part.children}
    if "aux:pass" not in deps and ("aux:tense" in deps or (
            _label_row(part)[0] == "present"
            and not _opens_clause(part))):
        return None  # « X l'a présenté comme », « X s'est présenté », « X décrit comme »
    return part.idx, part.idx + len(part.text)


def label_agent(ctx: Context, m: Marked) -> Frame | None:
    """The frame of marked words after « comme » and a participle of
    lexicon/label_participles.tsv that its agent gives (« présenté comme « … » par le président
    Alain Riou »): the participle its cue, the agent's words (« le président Alain Riou ») its
    subject."""
    part = _label_participle(ctx, m)
    agent = _agent(part) if part is not None else None
    if part is None or agent is None:
        return None
    words = [t for t in agent.subtree
             if not t.is_punct and not (t.dep_ == "case" and t.head.i == agent.i)]
    return Frame("preposed", (part.idx, part.idx + len(part.text)), _label_row(part)[1],
                 (words[0].idx, words[-1].idx + len(words[-1].text)), ((m.start, m.end),),
                 ("label-agent",))


def epithet_of_cue(ctx: Context, m: Marked, frame: Frame) -> bool:
    """Are the marks an epithet after the frame's own cue read as a participle of naming
    (« ayant été considéré comme « … » »)? Inside another cue's clause (« X a noté que Y était
    considéré comme « … » ») they stay its words."""
    part = labelled(ctx, m)
    return part is not None and frame.cue is not None and frame.cue[0] <= part[0] < frame.cue[1]


def _agent(part: Token) -> Token | None:
    """The agent of a passive participle, after « par » (the parse also takes « comme … » for
    one: « Présentée comme « la meilleure joueuse » »)."""
    return next((c for c in part.children if c.dep_ == "obl:agent" and any(
        k.dep_ == "case" and k.lower_ in AGENT for k in c.children)), None)


def _label_participle(ctx: Context, m: Marked) -> Token | None:
    """The participle of lexicon/label_participles.tsv right before « comme » and the marks."""
    comme = ctx.token_at(m.open - 2) if m.open >= 2 else None
    if comme is None or comme.lower_ != "comme" or comme.i == 0:
        return None
    part = ctx.doc[comme.i - 1]
    return part if fold(part.text) in _label_rows() else None


def _label_row(part: Token) -> tuple[str, str]:
    """The reading (« participle », « present ») and the lemma lexicon/label_participles.tsv
    gives a participle of naming."""
    return _label_rows()[fold(part.text)]


@cached
def _label_rows() -> dict[str, tuple[str, str]]:
    return {fold(form): (reading, lemma) for form, reading, lemma in table("label_participles")}


def _opens_clause(tok: Token) -> bool:
    """Does the word open its clause: at the sentence's start or after a sign (« , décrit
    comme »), adverbs aside (« Souvent décrit comme »)?"""
    k = tok.i - 1
    while k >= tok.sent.start and tok.doc[k].pos_ == "ADV":
        k -= 1
    return k < tok.sent.start or tok.doc[k].is_punct
