"""A learned choice among the article's cast, for quotes no words at the cue name the speaker of.

The rules (``speaking``, ``timeline``) follow one path each: a name at the cue, the antecedent
of a pronoun, the person a description fits. Here each person and body the article names
(the cast's mentions, and every subject and speaker the timeline holds) is a candidate, read
through features that do not depend on any one rule: how near its mentions are before and
after the quote, in the same sentence or paragraph or inside the quote, whether it spoke the
quote before or after, how often the article names it, whether its gender agrees with the
cue's or the pronoun's, whether the mention shares its words or its roles' words. The one a
description belongs to, a person of the other gender, a body for « je » and anyone named only
paragraphs away are no candidates. A conditional logit over the candidates and "no one",
trained by ``scripts/train_ranker.py`` on the development gold (never the check set), gives
each a probability; ``ranking.json`` beside this module holds its weights and how often its
changes were right on sets left out of its training. It runs only with ``settings.ranker``
(off by default: README, Settings).
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from quotes.attribute import agreement
from quotes.attribute.cast import Registry
from quotes.attribute.offices import office
from quotes.attribute.role_fit import other_role
from quotes.attribute.role_words import heads, words_of
from quotes.attribute.speakers import Resolved, of_person
from quotes.attribute.timeline import Timeline
from quotes.detect.candidates import Candidate
from quotes.lexicon import fold
from quotes.model import Evidence
from quotes.nlp.doc import text_of
from quotes.settings import DEFAULT, Settings

FEATURES = (
    "none",  # the "no one" candidate
    "none_description",  # no one, and the mention is a description (« le procureur »)
    "none_unnamed",  # no one, and no words name the speaker at the cue
    "org",  # the candidate is a body, not a person
    "near_before",  # 1 / (1 + hundreds of characters back to its last mention before the quote)
    "none_before",  # never named before the quote
    "para_before",  # named earlier in the quote's paragraph
    "sentence",  # named in the quote's sentence, outside the marks
    "after_para",  # named after the quote in its paragraph
    "near_after",  # 1 / (1 + hundreds of characters on to its next mention)
    "inside",  # named inside the quote's words
    "spoke_before",  # the speaker of the quote before, in this or the previous paragraph
    "spoke_after",  # the speaker of the quote after, in this or the next paragraph
    "salience",  # its mentions over the article's most named one
    "first_named",  # the first one the article names
    "gender_agrees",  # the cue's participle or the pronoun has its gender
    "gender_clashes",
    "name_words",  # the mention holds words of its name
    "role_words",  # the mention holds a head noun of one of its roles
    "role_clash",  # the mention's role nouns are none of the roles the article gives it
    "role_none",  # the mention has a role noun, the article gives it no role
    "role_detail",  # share of the mention's other words (« belge », « de Lyon ») in its roles
    "nearest",  # the last one named before the quote
    "nearest_agreeing",  # the last one named before the quote whose gender the cue's allows
)


_ROLE = FEATURES.index("role_words")


@dataclass(frozen=True)
class Choice:
    """A candidate speaker of one quote, with its features."""

    who: Resolved
    features: tuple[float, ...]


@dataclass(frozen=True)
class Ranked:
    """The candidates of one quote, for the ranker and for training it."""

    start: int
    end: int
    choices: tuple[Choice, ...]  # the first is "no one"
    rule_conf: float = 1.0  # how often the rules' path is right (``confidence``)
    settled: bool = False  # words at the cue name the speaker, or the cue is impersonal
    rule: str | None = None  # the speaker the rules give


@dataclass(frozen=True)
class Context:
    """What the features read of one quote."""

    start: int
    end: int
    sentence: tuple[int, int]
    para: tuple[int, int]
    reach: tuple[int, int]  # from the paragraph before the quote's to the one after it
    mention: str  # the words naming the speaker at the cue, "" if none
    owners: frozenset[str]  # folded names the mention gives as complements (``complements``)
    settled: bool  # words at the cue name the speaker, or the cue is impersonal
    gender: str | None  # what the cue's participle or the pronoun says: "f" | "m" | None
    first_person: bool
    before: str | None  # the speaker of the quote before (same or previous paragraph)
    after: str | None  # the speaker of the quote after (same or next paragraph)
    rule: Resolved  # the speaker the rules give
    rule_conf: float  # how often their path is right (``confidence``)
    # folded names of the people whose roles say otherwise than the office the mention's
    # description names, or the rules' role for it (« le ministre de la Justice », « il »
    # after it, is not the one the article gives as « Premier ministre »)
    contradicted: frozenset[str] = frozenset()


def cast_of(registry: Registry, timeline: Timeline) -> dict[str, tuple[Resolved, list[int]]]:
    """Everyone the article names, by folded name: how the cast reads them, and where."""
    found: dict[str, tuple[Resolved, list[int]]] = {}
    for pos, person in registry.mentions:
        key = fold(person.name)
        if key not in found:
            found[key] = (of_person(person, Resolved(None, None, "person", "explicit")), [])
        found[key][1].append(pos)
    for entry in timeline.entries:
        who = entry.who
        if not who.name or who.number != "s" or who.kind not in ("person", "organization"):
            continue
        key = fold(who.name)
        if key not in found:
            found[key] = (who, [])
        found[key][1].append(entry.pos)
    for _, positions in found.values():
        positions.sort()
    return found


def _words(text: str) -> set[str]:
    return {w for w in words_of(fold(text)) if len(w) > 2}


def features(ctx: Context, who: Resolved, positions: Sequence[int], most: int, first: bool,
             nearest: int = 0, nearest_agreeing: bool = False) -> tuple[float, ...]:
    """The features of one candidate for one quote (``FEATURES``, in order); ``nearest``: its
    rank among the cast by their last mention before the quote (1: the last named, 0: never
    named before), ``nearest_agreeing``: the last named whose gender the cue allows."""
    lo, hi = ctx.start, ctx.end
    before = _last_before(positions, lo)
    j = bisect_left(positions, hi)
    after = positions[j] if j < len(positions) else None
    outside = [p for p in positions if not lo <= p < hi]
    s_lo, s_hi = ctx.sentence
    p_lo, p_hi = ctx.para
    mention = _words(ctx.mention)
    said = heads(ctx.mention)
    roles = _role_heads(who)
    detail = {w for w in mention if len(w) > 3 and heads(w) == set()}
    role_text = _words(" ".join(role[0] for role in who.roles))
    person = who.kind == "person"
    owner = fold(who.name or "") in ctx.owners
    gender = who.gender if who.kind == "person" else None
    f = {
        "org": float(who.kind == "organization"),
        "near_before": 1 / (1 + (lo - before) / 100) if before is not None else 0.0,
        "none_before": float(before is None),
        "para_before": float(before is not None and before >= p_lo),
        "sentence": float(any(s_lo <= p < s_hi for p in outside)),
        "after_para": float(after is not None and after < p_hi),
        "near_after": 1 / (1 + (after - hi) / 100) if after is not None else 0.0,
        "inside": float(any(lo <= p < hi for p in positions)),
        "spoke_before": float(ctx.before is not None and fold(ctx.before) == fold(who.name or "")),
        "spoke_after": float(ctx.after is not None and fold(ctx.after) == fold(who.name or "")),
        "salience": len(positions) / most if most else 0.0,
        "first_named": float(first),
        "gender_agrees": float(ctx.gender is not None and gender == ctx.gender),
        "gender_clashes": float(ctx.gender is not None and gender is not None
                                and gender != ctx.gender),
        "name_words": float(bool(mention & _words(who.name or "")) and not owner),
        "role_words": float(bool(said & roles)),
        "role_clash": float(person and bool(said) and bool(roles) and not said & roles),
        "role_none": float(person and bool(said) and not roles),
        "role_detail": len(detail & role_text) / len(detail) if detail else 0.0,
        "nearest": float(nearest == 1),
        "nearest_agreeing": float(nearest_agreeing),
    }
    return tuple(f.get(name, 0.0) for name in FEATURES)


NO_ONE = Resolved(None, None, "unknown", "unresolved")


def ranked(ctx: Context, cast: dict[str, tuple[Resolved, list[int]]]) -> Ranked:
    """The candidates of one quote: no one, each of the cast named by the end of the quote's
    paragraph, in order of first mention, and the rules' speaker when the cast lacks it (an
    anonymous source, a group)."""
    most = max((len(p) for _, p in cast.values()), default=0)
    firsts = sorted(cast.values(), key=lambda c: c[1][0] if c[1] else math.inf)
    first_name = fold(firsts[0][0].name or "") if firsts else ""
    rule = ctx.rule
    if rule.name and fold(rule.name) not in cast:
        firsts.append((rule, []))
    said = heads(ctx.mention)
    none = {"none": 1.0, "none_description": float(bool(said)),
            "none_unnamed": float(not ctx.mention.strip())}
    choices = [Choice(NO_ONE, tuple(none.get(n, 0.0) for n in FEATURES))]
    last = {fold(who.name or ""): _last_before(positions, ctx.start) for who, positions in firsts}
    seen = {k: v for k, v in last.items() if v is not None}
    by_recency = sorted(seen, key=lambda k: -seen[k])
    agreeing = [k for k in by_recency if _allows(ctx.gender, cast.get(k, (rule, []))[0])]
    for who, positions in firsts:
        key = fold(who.name or "")
        ours = key == fold(rule.name or "")
        if positions and positions[0] >= ctx.para[1] and not ours:
            continue  # named only after the quote's paragraph: never its speaker here
        lo, hi = ctx.reach
        if not ours and not any(lo <= q < hi for q in positions):
            continue  # named only paragraphs away: a change of speaker may lie between
        unlike = bool(said) and not said & _role_heads(who)
        if not ours and (key in ctx.owners | ctx.contradicted or unlike
                         or not _allows(ctx.gender, who)
                         or (ctx.first_person and who.kind == "organization")):
            # « l'avocat de X » is not X, nor « Répondant à X, le maire » X; « a-t-elle dit »
            # is no man; « je », no body
            continue
        first = key == first_name
        rank = by_recency.index(key) + 1 if key in by_recency else 0
        choices.append(Choice(who, features(ctx, who, positions, most, first, rank,
                                            bool(agreeing) and agreeing[0] == key)))
    return Ranked(ctx.start, ctx.end, tuple(choices), ctx.rule_conf, ctx.settled, rule.name)


def _role_heads(who: Resolved) -> set[str]:
    """The head nouns of the roles the article gives a candidate."""
    return {h for role in who.roles for h in heads(role[0])}


def _last_before(positions: Sequence[int], start: int) -> int | None:
    i = bisect_left(positions, start)
    return positions[i - 1] if i else None


def _allows(gender: str | None, who: Resolved) -> bool:
    """Does a cue or pronoun of this gender allow this candidate (a body allows any)?"""
    return gender is None or who.kind != "person" or who.gender in (None, gender)


@cache
def _trained() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("ranking.json").read_text("utf-8"))


@cache
def weights() -> tuple[float, ...]:
    """One weight per feature, from ``ranking.json``."""
    return tuple(float(_trained()["weights"][n]) for n in FEATURES)


def left_out_right() -> float:
    """How often the ranker's changes gave the gold's speaker on each development set when
    trained on the others, smoothed as (right + 1) / (changed + 2) (``ranking.json``)."""
    seen = _trained()["left_out"]
    return round((seen["right"] + 1) / (seen["changed"] + 2), 2)


def probabilities(r: Ranked, w: Sequence[float]) -> list[float]:
    """The softmax of each choice's score."""
    scores = [sum(a * x for a, x in zip(w, c.features, strict=True)) for c in r.choices]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return [e / total for e in exp]


def overrule(r: Ranked, settings: Settings = DEFAULT) -> Resolved | None:
    """The ranker's speaker for a quote whose rules' path has a confidence under
    ``settings.ranker_below`` (``confidence.tsv``; no speaker at all among them), when the
    ranker prefers someone, with a probability of ``settings.ranker_threshold`` or more. It is
    asked only where no words at the cue name the speaker (words the rules could not tie, « le
    maire », « ils », stay unresolved: an unnamed speaker beats a guessed one), and never for an
    impersonal cue (« il a été rapporté que »: the text withholds its source)."""
    if not settings.ranker:
        return None
    best = preferred(r, weights, settings.ranker_below, settings.ranker_threshold)
    return None if best is None else replace(r.choices[best].who, resolution="ranked")


def preferred(
    r: Ranked, w: Callable[[], Sequence[float]], below: float, threshold: float
) -> int | None:
    """The index of the choice that overrules the rules' (``overrule``) under weights ``w()``,
    a path confidence ``below`` and a probability ``threshold``; None where the rules keep it."""
    if r.rule_conf >= below or r.settled or len(r.choices) < 2:
        return None
    if sum(c.features[_ROLE] for c in r.choices) > 1:
        return None  # a description two of the cast fit: the rules' to tell, not a guess
    probs = probabilities(r, w())
    best = max(range(len(probs)), key=probs.__getitem__)
    return None if best == 0 or probs[best] < threshold else best


def _settled(words: str, evidence: tuple[str, ...]) -> bool:
    """Is the ranker's choice unwanted here: words at the cue name the speaker (a pronoun, a
    description: the rules read them, and what they cannot tie stays unresolved), even words
    the parse lost (« l'ancienne élue, arrivée en retard, a dénoncé »), or the cue is
    impersonal (« il a été rapporté que »: the text withholds its source)?"""
    return bool(words.strip()) or Evidence.IMPERSONAL in evidence or (
        Evidence.SUBJECT_LOST in evidence)


# what the rules made of a quote: its candidate, its speaker, its mention, the confidence of
# their path
Rules = tuple[Candidate, Resolved, Resolved, float]


def rank_quotes(
    doc: Doc,
    registry: Registry,
    timeline: Timeline,
    paras: Sequence[tuple[int, int]],
    quotes: Sequence[Rules],
) -> list[Ranked]:
    """The candidates of each quote (its candidate, its speaker by the rules, its mention, the
    confidence of the rules' path)."""
    cast = cast_of(registry, timeline)
    text = text_of(doc)
    starts = [lo for lo, _ in paras]
    order = sorted(range(len(quotes)), key=lambda n: quotes[n][0].start)
    out: list[Ranked | None] = [None] * len(quotes)
    for k, n in enumerate(order):
        cand, rule, mention, conf = quotes[n]
        p = max(0, bisect_left(starts, cand.start + 1) - 1)
        frame = cand.frame
        subject = frame.subject if frame else None
        words = text[subject[0] : subject[1]] if subject else ""
        owners = frozenset(fold(whose.name) for whose in registry.complements(*subject)) if (
            subject) else frozenset()
        gender = mention.gender if mention.resolution == "pronoun" else None
        if gender is None and frame is not None and frame.cue is not None:
            gender = agreement.cue_gender(doc, *frame.cue)
        ctx = Context(
            cand.start, cand.end, cand.sentence, paras[p] if paras else (0, len(text)),
            (paras[max(0, p - 1)][0], paras[min(len(paras) - 1, p + 1)][1]) if paras
            else (0, len(text)),
            words, owners, _settled(words, cand.evidence), gender,
            agreement.first_person(doc, cand.start, cand.end),
            _near(quotes, order, k, -1, starts), _near(quotes, order, k, 1, starts), rule, conf,
            _contradicted(registry, words if heads(words) else rule.role or ""),
        )
        out[n] = ranked(ctx, cast)
    return [r for r in out if r is not None]


def _contradicted(registry: Registry, words: str) -> frozenset[str]:
    """The people of the cast a description naming an office of the list rules out, as the
    rules do (``other_role``): « le ministre de la Justice » is not the « Premier ministre »;
    a description by a role noun alone (« la nouvelle élue ») rules out no one here."""
    held = office(words) if heads(words) else None
    if held is None or not held.exact:
        return frozenset()
    return frozenset(fold(p.name) for p in registry.people if other_role(words, p))


def _near(quotes: Sequence[Rules], order: list[int], k: int, step: int,
          starts: list[int]) -> str | None:
    """The rules' speaker of the quote before (``step`` -1) or after (1), if it is in the
    same paragraph or the one next to it."""
    if not 0 <= k + step < len(order):
        return None
    here, there = quotes[order[k]][0], quotes[order[k + step]]
    apart = abs(bisect_left(starts, there[0].start + 1) - bisect_left(starts, here.start + 1))
    return there[1].name if apart <= 1 else None
