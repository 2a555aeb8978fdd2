"""Which voices keep a carry and which end it: an unnamed voice surely not the person before
(``another``), a request the events told (``request``), a question (``asks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.attribute.speakers import Resolved
from quotes.lexicon import fold, noun_genders, words
from quotes.lexicon.grammar import DATIVES
from quotes.model import Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quotes.detect.candidates import Candidate

# the one a request is put to, a clitic before its verb: « lui demandent de », « m'a demandé de »
ASKED = DATIVES | frozenset({"me", "m'", "m’", "te", "t'", "t’"})


def another(voice: Resolved, before: Resolved) -> bool:
    """Is the speaker a cue named, that the timeline holds no entry for, surely not ``before``:
    a name of its own (« le centre de secours », no person nor body), a person where
    ``before`` is a body, or one whose gender is not the person's before (« …, a commenté la
    jeune femme » after Paul Roux)? An unnamed description of a person that agrees may be the
    person before."""
    if voice.name is not None:
        return voice.name != before.name
    if voice.kind == "person" and before.kind == "person" and voice.number == before.number == "s":
        said = _sex_said(voice)
        return said is not None and before.gender is not None and said != before.gender
    return voice.kind == "person" and before.kind == "organization"


def _sex_said(voice: Resolved) -> str | None:
    """The gender an unnamed voice's words show, by the policy of ``gender.unnamed_gender``:
    a feminine one (« la directrice »), a masculine one only from a noun that names a sex
    (« le jeune homme », lexicon/noun_genders.tsv), not from « le » before a role noun that
    French uses for anyone (« explique le médecin » after Sophie Bertin: maybe her)."""
    if voice.gender != "m":
        return voice.gender
    sexes = noun_genders()
    said = f"{voice.role or ''} {voice.described or ''}".lower().split()
    return "m" if any(sexes.get(w) == "m" for w in said) else None


def request(doc: Doc, cand: Candidate) -> bool:
    """Are the words of ``cand`` a request the narration tells, a verb of asking with an
    infinitive put to someone (« Les agents lui demandent de se garer », « … aux témoins de
    rester »): an act in the events told, no account of the group's that goes on in the words
    with no cue after it (``heard``); the group's own voice does (« …, disent-ils »), and so
    does a demand put to no one (« Les salariés demandent à être reçus »: what they say), or
    one in the group's own quoted words (« … de « respecter ses engagements » »)."""
    if cand.frame is None or cand.frame.cue is None or cand.type != "indirect":
        return False
    if fold(cand.frame.lemma or "") not in words("asking_verbs"):
        return False
    if Evidence.OBJECT_INFINITIVE in cand.evidence:  # « aux témoins de rester »
        return True
    cue = doc.char_span(*cand.frame.cue, alignment_mode="expand")
    return (Evidence.INFINITIVE in cand.evidence and cue is not None and cue.start > 0
            and doc[cue.start - 1].lower_ in ASKED)  # « lui demandent de »


def asks(cand: Candidate, text: str) -> bool:
    """Do the words of ``cand`` put a question (they end in « ? », or a verb of asking cues
    them: « « Et votre fille ? », a demandé la présidente »)? Their speaker is the asker; the
    answer after goes back to the one asked, and the carry does not end there."""
    lemma = cand.frame.lemma if cand.frame is not None else None
    return (text[cand.start : cand.end].rstrip(" »\u00a0").endswith("?")
            or fold(lemma or "") in words("asking_verbs"))
