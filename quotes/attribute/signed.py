"""The account that signs the post a quote stands in: « Sport : le club change d'entraîneur
https://t.co/x\\n— Radio Nord (@radionord) 3 mai 2024 ». A heading's label before a colon that
opens the post (« Sport : ») is the post's own words, not who speaks: the post is the words of
the name before the handle on its last line or on the line right after it (the signature
quotes.detect.posts reads). Words in marks within a post are someone's the post quotes (« Anne
Vidal : "…" — Radio Nord (@rn) »): the label before the colon says who."""

from __future__ import annotations

from quotes.detect.candidates import Candidate
from quotes.detect.context import OPENING, visible_end
from quotes.detect.posts import SIGNED
from quotes.model import Evidence


def signer(text: str, at: int) -> tuple[int, int] | None:
    """Offsets of the name signing the post whose line holds offset ``at``: a signature at the
    end of that line, or the whole of the next line; None for a line no signature closes, or
    for words in marks there."""
    k = visible_end(text, at)
    if k > 0 and text[k - 1] in OPENING:
        return None
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    found = SIGNED.search(text, lo, hi)
    if found is None and hi < len(text):
        nxt = text.find("\n", hi + 1)
        nxt = len(text) if nxt < 0 else nxt
        found = SIGNED.search(text, hi + 1, nxt)
        if found is not None and text[hi + 1 : found.start()].strip():
            found = None  # a signature within a line of its own words signs those
    return found.span("name") if found is not None and found.start("name") > at else None


def signature(cand: Candidate) -> tuple[int, int] | None:
    """Where the name is that signs the post the words of ``cand`` are, or None for words no
    signature closes. The signer speaks them and no other words: never a quote before or
    after the post that no cue gives anyone, nor the words of someone who answers (« « … » —
    Anne Roy (@anneroy) » then « « … », lui répond son interlocuteur »); and the name that
    signs is no mention of the article's a pronoun or a description stands for. A pull quote
    signed by a person of the story (``SIGNED_LINE``) is no post: its signer's voice goes on
    after it, as after a cue."""
    frame = cand.frame
    return frame.subject if frame is not None and frame.kind == "post" and (
        Evidence.SIGNED_LINE not in frame.evidence) else None
