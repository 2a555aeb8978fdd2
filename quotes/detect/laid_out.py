"""Records a page's layout gives, not a cue: an interview's turns, embedded posts and pull
quotes signed on their line, each a direct quote of its label or signer."""

from __future__ import annotations

from quotes.detect.candidate import Candidate
from quotes.detect.context import Context
from quotes.detect.exchanges import unlabelled_turns
from quotes.detect.frames import Frame
from quotes.detect.interviews import interview_turns
from quotes.detect.posts import Post, gives_way, posts, run_free
from quotes.detect.pull_quotes import Pulled, pull_quotes
from quotes.model import Evidence


def interview_records(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """The turns of an interview as direct quotes of their labels; what they report inside
    is part of their words, not a quote of its own."""
    told = [c.frame.subject[0] for c in out if c.frame is not None and c.frame.subject]
    turns = unlabelled_turns(ctx, interview_turns(ctx), told)
    if not turns:
        return out
    kept = [c for c in out if not any(t.start <= c.start < t.end for t in turns)]
    for t in turns:
        evidence = ("interview", "question") if t.question else ("interview",)
        if t.cue is not None:  # an answer the layout gives to the interviewee
            evidence = ("interview", "interviewee")
            frame = Frame("interview", t.cue, "interview", t.label, ((t.start, t.end),), evidence)
            kept.append(Candidate("direct", t.start, t.end, t.para, frame, evidence=evidence))
            continue
        colon = ctx.text.find(":", t.label[1]) if t.label else -1  # "Anne Vidal : …"
        cue = (colon, colon + 1) if colon >= 0 else None
        frame = Frame("colon", cue, ":", t.label, ((t.start, t.end),), evidence)
        kept.append(Candidate("direct", t.start, t.end, t.para, frame, evidence=evidence))
    return kept


def signed_records(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """Embedded posts, and pull quotes signed on their line, as direct quotes of the name that
    signs them; what they hold is part of their words, not a quote of its own."""
    posted = [p for p in run_free(posts(ctx), out)
              if not any(gives_way(p, c, ctx.text) for c in out)]
    taken = [(c.start, c.end) for c in out] + [(p.start, p.end) for p in posted]
    found: list[Post | Pulled] = [*posted, *pull_quotes(ctx, taken)]
    kept = [c for c in out if not any(p.start <= c.start < p.end for p in found)]
    for p in found:
        why = (Evidence.POST,) if isinstance(p, Post) else (Evidence.SIGNED_LINE,)
        frame = Frame("post", None, "post", p.name, ((p.start, p.end),), why)
        kept.append(Candidate("direct", p.start, p.end, p.para, frame, evidence=why))
    return kept
