"""A passive cue's agent: « un choix qualifié de « parfaitement imprévu » par le président
du club » gives the marked words to the one after « par »; so does a passive participle's
agent after the marks its object holds (« une réforme dénoncée comme un « passage en force »
par ses opposants »)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context, name_like, outer_end, skip_blank
from quotes.detect.cues import shares_auxiliary
from quotes.detect.forms import past_participle
from quotes.detect.skips import skip
from quotes.detect.speaker_phrases import np_after, speaker_like
from quotes.lexicon import Verb, reporting_verbs
from quotes.lexicon.grammar import AGENT, DE


def agentive(ctx: Context, tok: Token, stop: int) -> Verb | None:
    """A participle of a reporting verb tagged as an adjective, with marked words and who
    said them after it: « une décision qualifiée de « inattendue » par le président »."""
    verb = reporting_verbs().get(tok.lower_)
    if verb is None or tok.pos_ != "ADJ" or not tok.lower_.endswith(("é", "ée", "és", "ées")):
        return None
    return verb if agent_after_marks(ctx, skip(ctx.doc, tok.i + 1, stop), stop) else None


def agent_after_marks(
    ctx: Context, i: int, stop: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """After a passive cue, marked words (maybe after de or comme) then "par" and who speaks:
    « qualifié de « parfaitement imprévu » par le président du club »; the marked stretch
    and the agent's token range. A name in marks, or an agent who is no speaker (« par le
    passé », « par erreur »), gives None."""
    doc = ctx.doc
    if i < stop and (doc[i].lower_ in DE or doc[i].lower_ == "comme"):
        i += 1
    m = ctx.opening_at(doc[i].idx) if i < stop else None
    if m is None or name_like(ctx, m) is not None:
        return None
    par = ctx.token_at(skip_blank(ctx.text, outer_end(m), len(ctx.text)))
    if par is None or par.lower_ != "par" or par.i + 1 >= stop:
        return None
    rng = np_after(doc, par.i + 1, stop)
    if rng is None or not speaker_like(doc, rng):
        return None
    return (m.open, outer_end(m)), rng


def agent_after(tok: Token, end: int) -> tuple[tuple[int, int], int] | None:
    """The agent of the passive participle ``tok`` after « par », once the marks its object
    holds are closed (``end``), and where « par » stands: who says the marked words (« dénoncée
    comme un « passage en force » par ses opposants »). Its noun and the words that agree with
    it, no complement (the parse hangs adjuncts after it on it: « au lendemain de … »)."""
    if not past_participle(tok) or shares_auxiliary(tok):
        return None
    found = next(((c, k) for c in tok.children if c.dep_ == "obl:agent" and c.idx >= end
                  for k in c.children if k.dep_ == "case" and k.lower_ in AGENT), None)
    if found is None:
        return None
    agent, case = found
    last = agent
    while last.i + 1 < len(tok.doc) and (nxt := tok.doc[last.i + 1]).head == agent and (
            nxt.dep_ in ("amod", "flat", "flat:name")):
        last = nxt  # « les syndicats agricoles », « Paul Roux »
    lo = tok.doc[case.i + 1]
    return (lo.idx, last.idx + len(last.text)), case.idx
