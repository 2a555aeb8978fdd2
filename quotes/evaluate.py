"""Score extracted quotes against gold annotations (fixtures/gold/*.jsonl).

Matching is one-to-one within an article, best overlap first. A predicted quote matches a
gold one *leniently* when they share at least 30% of the gold span's characters, and
*strictly* when they share at least 80% of the gold span and 80% of the predicted span.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotes.errors import InputError
from quotes.io.decode import decode
from quotes.io.lines import json_lines
from quotes.io.readers import regular_bytes
from quotes.lexicon import fold, strip_title
from quotes.model import Problem, Quote

LENIENT = 0.3
STRICT = 0.8
TYPES = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Item:
    article: str
    type: str
    start: int
    end: int
    text: str
    speaker: str | None
    role: str | None
    cue: str | None
    group: str | None = None
    kind: str | None = None
    gender: str | None = None
    where: str = field(default="", compare=False)  # file:line of a gold item


def norm_name(name: str | None) -> str:
    """Compare names without case, accents, titles or punctuation."""
    if not name:
        return ""
    s = " ".join(strip_title(fold(name).replace("’", "'").split()))
    return re.sub(r"[^\w' ]+", " ", s).strip()


def load_gold(path: Path) -> list[Item]:
    """The gold quotes of a JSONL file, or of every JSONL file in a folder; a file that is not
    a regular one (a FIFO is never waited on), a line that cannot be read, or whose span
    cannot be one (``end < start``, a negative offset, a length that is not its text's), is
    an ``InputError`` naming ``file:line``."""
    items = []
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for f in files:
        data, why = regular_bytes(f)
        text = None
        if data is not None:
            read = decode(data)
            text, why = read.text, read.error
        if text is None:
            raise InputError(f"{f}: cannot read gold ({why})")
        skipped: Problem | None = None  # a problem is a warning when its line still comes
        for line in json_lines(text.split("\n"), str(f)):
            if skipped is not None and (isinstance(line, Problem) or
                                        skipped.source != f"{f}:{line[0]}"):
                break
            if isinstance(line, Problem):
                skipped = line
                continue
            skipped = None
            n, g = line
            items.append(_gold_item(g, f"{f}:{n}"))
        if skipped is not None:
            raise InputError(f"{skipped.source}: {skipped.message}")
    return items


_GOLD_STRINGS = ("article", "type", "text")
_GOLD_OPTIONAL = ("speaker", "role", "cue", "group", "kind", "gender")


def _gold_item(g: Any, where: str) -> Item:
    if not isinstance(g, dict):
        raise InputError(f"{where}: not a JSON object")
    missing = [k for k in (*_GOLD_STRINGS, "start", "end") if k not in g]
    if missing:
        raise InputError(f"{where}: missing {', '.join(missing)}")
    wrong = [k for k in _GOLD_STRINGS if not isinstance(g[k], str)]
    wrong += [k for k in ("start", "end") if type(g[k]) is not int]
    wrong += [k for k in _GOLD_OPTIONAL if not isinstance(g.get(k), str | None)]
    if wrong:
        raise InputError(f"{where}: {', '.join(wrong)} of the wrong type")
    start, end = g["start"], g["end"]
    if not 0 <= start <= end:
        raise InputError(f"{where}: span {start}:{end} cannot be one (end before start, or "
                         "a negative offset)")
    if end - start != len(g["text"]):
        raise InputError(f"{where}: span {start}:{end} is {end - start} characters, its text "
                         f"{len(g['text'])}")
    return Item(g["article"], g["type"], start, end, g["text"], g.get("speaker"), g.get("role"),
                g.get("cue"), g.get("group"), g.get("kind"), g.get("gender"), where)


def check_ranges(gold: list[Item], lengths: dict[str, int]) -> None:
    """An ``InputError`` naming ``file:line`` for the first gold span that ends past its
    article's text (of the articles whose length is known)."""
    for g in gold:
        size = lengths.get(g.article)
        if size is not None and g.end > size:
            raise InputError(f"{g.where}: span {g.start}:{g.end} ends past article "
                             f"{g.article!r} ({size} characters)")


def from_records(quotes: Iterable[Quote]) -> list[Item]:
    """Extracted quotes as items to score."""
    return [
        Item(q.article.id, q.type, q.span.start, q.span.end, q.span.text, q.speaker.name,
             q.speaker.role, q.cue.text if q.cue else None, q.group_id, q.speaker.kind,
             q.speaker.gender)
        for q in quotes
    ]


def _overlap(a: Item, b: Item) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(gold: list[Item], pred: list[Item], level: float, both: bool) -> list[tuple[Item, Item]]:
    """One-to-one pairs (gold, pred), largest overlap first."""
    pairs = []
    by_article: dict[str, list[Item]] = defaultdict(list)
    for p in pred:
        by_article[p.article].append(p)
    for g in gold:
        for p in by_article[g.article]:
            ov = _overlap(g, p)
            if ov >= level * (g.end - g.start) and (not both or ov >= level * (p.end - p.start)):
                pairs.append((ov, g, p))
    pairs.sort(key=lambda t: (-t[0], t[1].start, t[2].start))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, g, p in pairs:
        if id(g) in used_g or id(p) in used_p:
            continue
        used_g.add(id(g))
        used_p.add(id(p))
        out.append((g, p))
    return out


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "gold": n_gold, "predicted": n_pred}


def _same_text(a: str | None, b: str | None) -> bool:
    return bool(a) and norm_name(a) == norm_name(b)


def score(gold: list[Item], pred: list[Item]) -> dict[str, Any]:
    """Every headline figure, as a JSON-ready dict."""
    articles = {g.article for g in gold}
    pred = [p for p in pred if p.article in articles]  # score only annotated articles
    result: dict[str, Any] = {"articles": len(articles)}
    for name, level, both in (("lenient", LENIENT, False), ("strict", STRICT, True)):
        pairs = match(gold, pred, level, both)
        block: dict[str, Any] = {"all": _prf(len(pairs), len(gold), len(pred))}
        for t in TYPES:
            g_t = [g for g in gold if g.type == t]
            p_t = [p for p in pred if p.type == t]
            block[t] = _prf(len(match(g_t, p_t, level, both)), len(g_t), len(p_t))
        result[name] = block
    pairs = match(gold, pred, LENIENT, False)
    speaker_ok = [(g, p) for g, p in pairs if norm_name(g.speaker) == norm_name(p.speaker)]
    with_role = [(g, p) for g, p in pairs if g.role]
    with_cue = [(g, p) for g, p in pairs if g.cue]
    result["speaker_accuracy"] = round(len(speaker_ok) / len(pairs), 4) if pairs else 0.0
    result["end_to_end"] = _prf(len(speaker_ok), len(gold), len(pred))
    result["role_accuracy"] = round(
        sum(_same_text(g.role, p.role) for g, p in with_role) / len(with_role), 4
    ) if with_role else 0.0
    result["speaker_breakdown"] = speaker_breakdown(pairs)
    result["role_breakdown"] = role_breakdown(with_role)
    result["cue_accuracy"] = round(
        sum(_same_text(g.cue, p.cue) for g, p in with_cue) / len(with_cue), 4
    ) if with_cue else 0.0
    # gender: over matched quotes whose gold speaker is one person of known gender
    gendered = [(g, p) for g, p in pairs if g.kind == "person" and g.gender]
    result["gender_accuracy"] = round(
        sum(g.gender == p.gender for g, p in gendered) / len(gendered), 4
    ) if gendered else None
    result["gender_scored"] = len(gendered)
    result["grouping"] = grouping_score(pairs, gold)
    return result


def _role_head(role: str | None) -> str:
    """The first word of a role, folded: "ministre" for "Ministre de l'Intérieur"."""
    words = norm_name(role).replace("'", " ").split()
    return words[0] if words else ""


def speaker_breakdown(pairs: list[tuple[Item, Item]]) -> dict[str, int]:
    """How the speakers of matched quotes went: ``right``; ``unresolved`` (no speaker where the
    gold names one: a miss a reader sees); ``part`` (one name holds the other's words: "Roy"
    for "Anne Roy", or a fuller name than the gold's); ``wrong`` (someone else, or a speaker
    where the gold has none)."""
    out = dict.fromkeys(("right", "unresolved", "part", "wrong"), 0)
    for g, p in pairs:
        gold, pred = norm_name(g.speaker), norm_name(p.speaker)
        if gold == pred:
            out["right"] += 1
        elif not pred:
            out["unresolved"] += 1
        elif gold and (set(gold.split()) <= set(pred.split())
                       or set(pred.split()) <= set(gold.split())):
            out["part"] += 1
        else:
            out["wrong"] += 1
    return out


def role_breakdown(with_role: list[tuple[Item, Item]]) -> dict[str, int]:
    """How the roles of matched quotes whose gold gives one went: ``exact``; ``extent`` (the
    same head noun, other words: "ministre" for "ministre de l'Intérieur"); ``missing`` (no
    role output); ``other`` (another role). ``wrong_speaker`` counts the non-exact ones whose
    speaker is wrong too, whose role error follows from the speaker's."""
    out = dict.fromkeys(("exact", "extent", "missing", "other", "wrong_speaker"), 0)
    for g, p in with_role:
        if _same_text(g.role, p.role):
            out["exact"] += 1
            continue
        kind = "missing" if not p.role else (
            "extent" if _role_head(g.role) == _role_head(p.role) else "other")
        out[kind] += 1
        out["wrong_speaker"] += norm_name(g.speaker) != norm_name(p.speaker)
    return out


PAIR_KINDS = ("wording", "fragment", "paraphrase")
# two gold texts this far apart (ratio and partial_ratio) share little. Of the 38 gold pairs of
# f37, f38 and f40 scoring 60 to 70, read one by one: 21 other words for one statement, 7 the
# same words (a mixed quote whose marks render a passage of the other, the narration around the
# marks pulling the score down), 10 a shared marked phrase in other words; the 70-76 band holds
# rewordings too. A single threshold cannot part them: the marks do (``_marks_within``)
PARAPHRASE_BELOW = 70.0
_MARKED_WORDS = 2  # a marked fragment of one word (« injuste ») is what many people say


def pair_kind(a: str, b: str) -> str:
    """How two gold wordings of one utterance relate, by grouping's own rule
    (``similarity.relation`` of the shorter against the longer): ``wording`` (the same words
    or a variant), ``fragment``, or ``paraphrase`` when they share little, unless one quote's
    marked fragments lie word for word in the other (a fragment, whatever its score)."""
    from quotes.group.similarity import normalize, relation

    short, long_ = sorted((normalize(a), normalize(b)), key=lambda t: (len(t), t))
    rel, ratio, partial = relation(short, long_)
    if max(ratio, partial) < PARAPHRASE_BELOW:
        return "fragment" if _marks_within(a, b) or _marks_within(b, a) else "paraphrase"
    return "fragment" if rel == "fragment" else "wording"


def _marks_within(a: str, b: str) -> bool:
    """Whether ``a`` marks fragments of ``_MARKED_WORDS`` words or more and each lies word for
    word (normalised) in ``b``: the marks render a passage of it (a mark of one word is not
    read)."""
    from quotes.detect.marks import find_marked
    from quotes.group.similarity import normalize

    marked = [f for m in find_marked(a)[0] if m.close is not None and m.depth == 0
              and len((f := normalize(a[m.start:m.end])).split()) >= _MARKED_WORDS]
    if not marked:
        return False
    other = f" {normalize(b)} "
    return all(f" {f} " in other for f in marked)


def grouping_score(
    pairs: list[tuple[Item, Item]], gold: list[Item] | None = None
) -> dict[str, Any]:
    """Pairwise P/R/F1 of cross-article grouping, overall and by kind of pair (``pair_kind`` of
    the two gold texts).

    A gold pair is two gold quotes of one gold group in two articles; a predicted pair, two
    matched predictions in two articles with one group id. Recall counts every gold pair of
    ``gold`` (a pair with a side never extracted is a pair missed); precision, the predicted
    pairs of matched quotes (an unmatched prediction has no gold group to be judged by).
    ``matched_only`` is recall over the pairs whose two sides were extracted, which says how
    well the grouper did with what it was given. Pairs within one article (two halves of a
    quote, a repeat) say nothing about outlets and are not counted.
    """
    counts = {k: [0, 0, 0] for k in ("all", *PAIR_KINDS)}  # tp, gold, predicted
    for i, (g1, p1) in enumerate(pairs):
        for g2, p2 in pairs[i + 1 :]:
            if g1.article == g2.article:
                continue
            same_gold = g1.group is not None and g1.group == g2.group
            same_pred = p1.group is not None and p1.group == p2.group
            if not (same_gold or same_pred):
                continue
            for k in ("all", pair_kind(g1.text, g2.text)):
                counts[k][0] += same_gold and same_pred
                counts[k][1] += same_gold
                counts[k][2] += same_pred
    matched_only: dict[str, Any] = _prf(*counts["all"])
    matched_only["by_kind"] = {k: _prf(*counts[k]) for k in PAIR_KINDS}
    if gold is None:
        return matched_only
    every = dict.fromkeys(("all", *PAIR_KINDS), 0)
    members: dict[str, list[Item]] = {}
    for g in gold:
        if g.group is not None:
            members.setdefault(g.group, []).append(g)
    for group in members.values():
        for i, g1 in enumerate(group):
            for g2 in group[i + 1 :]:
                if g1.article != g2.article:
                    every["all"] += 1
                    every[pair_kind(g1.text, g2.text)] += 1
    result: dict[str, Any] = _prf(counts["all"][0], every["all"], counts["all"][2])
    result["by_kind"] = {k: _prf(counts[k][0], every[k], counts[k][2]) for k in PAIR_KINDS}
    result["matched_only"] = matched_only
    return result


def errors(gold: list[Item], pred: list[Item]) -> dict[str, list[Item]]:
    """Misses, false alarms and wrong speakers at the lenient level, for reading."""
    articles = {g.article for g in gold}
    pred = [p for p in pred if p.article in articles]
    pairs = match(gold, pred, LENIENT, False)
    matched_g = {id(g) for g, _ in pairs}
    matched_p = {id(p) for _, p in pairs}
    return {
        "missed": [g for g in gold if id(g) not in matched_g],
        "false_alarm": [p for p in pred if id(p) not in matched_p],
        "wrong_speaker": [p for g, p in pairs if norm_name(g.speaker) != norm_name(p.speaker)],
    }
