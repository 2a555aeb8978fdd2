"""stanza's parse as the spaCy ``Doc`` the rules read, with offsets into the original text.

In: the text and stanza's ``Document.to_dict()`` form, a list of sentences, each a list of
token dicts (a multi-word token such as "du" is a dict with a two-number ``id`` followed by
its words, "de" and "le"). Out: a ``Doc`` whose tokens are the text's own characters
(``doc.text == text``), with UPOS, features, lemmas, UD heads and deps, sentence starts, and
entities (from the tokens' ``ner`` tags, BIOES or BIO) as ``doc.ents``.

A multi-word token stays one token, as spaCy's French pipelines have it ("du" is ``ADP``,
``case``): it takes the part of speech, dependency and head of its word that attaches outside
it, the features of all its words and their lemmas joined ("de le"); a head inside another
multi-word token points to that token. Whitespace between tokens becomes spaCy's: one space
is the token's trailing space, anything else a ``SPACE`` token attached to the token before.
An inverted subject with its euphonic t ("a-t-elle", one token in UD) is two, as spaCy's
tokenizer makes it: "-t" (``expl:subj``) and "-elle", which keeps the word's analysis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from quotes.errors import InputError

Sentences = Sequence[Sequence[dict[str, Any]]]
_EUPHONIC = re.compile(r"^-t-(?:il|elle|on|ils|elles)$", re.IGNORECASE)


@dataclass
class _Unit:
    """One surface token: its text, where it starts, and its words (several for "du")."""

    text: str
    start: int | None
    words: list[dict[str, Any]]
    ner: str | None
    sentence_start: bool
    ids: dict[int, int]  # word id -> unit number, for the unit's sentence (heads are local)


def to_spacy(vocab: Vocab, text: str, sentences: Sentences) -> Doc:
    """The spaCy ``Doc`` of ``text`` parsed by stanza (``Document.to_dict()`` form)."""
    units = _units(sentences)
    starts = _aligned(text, units)
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []  # unit -> token index, space tokens set aside
    kinds: list[_Unit | None] = []  # None: a whitespace token
    end = 0
    for unit, start in zip(units, starts, strict=True):
        _gap(text[end:start], words, spaces, kinds)
        index.append(len(words))
        words.append(unit.text)
        spaces.append(False)
        kinds.append(unit)
        end = start + len(unit.text)
    _gap(text[end:], words, spaces, kinds)
    heads: list[int] = []
    deps: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    sent_starts: list[bool | int | None] = []
    for i, kind in enumerate(kinds):
        if kind is None:  # whitespace hangs on the token before it (the next one at the start)
            heads.append(i - 1 if i else i + 1)
            deps.append("dep")
            pos.append("SPACE")
            tags.append("SPACE")
            morphs.append("")
            lemmas.append(words[i])
            sent_starts.append(False)
            continue
        root = _root(kind.words)
        head_unit = kind.ids[int(root["head"])] if root.get("head") else None
        heads.append(i if head_unit is None else index[head_unit])
        deps.append("ROOT" if head_unit is None else str(root.get("deprel") or "dep"))
        pos.append(str(root.get("upos") or "X"))
        tags.append(str(root.get("upos") or "X"))
        morphs.append(_features(kind.words))
        lemmas.append(" ".join(str(w.get("lemma") or w.get("text") or "") for w in kind.words))
        sent_starts.append(kind.sentence_start)
    if kinds and kinds[0] is None:
        sent_starts[0] = True
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
              morphs=morphs, lemmas=lemmas, sent_starts=sent_starts)
    doc.ents = _entities(doc, units, index)
    return doc


def _units(sentences: Sentences) -> list[_Unit]:
    """The surface tokens in order, each with its sentence's word id -> unit number map."""
    units: list[_Unit] = []
    for sentence in sentences:
        ids: dict[int, int] = {}
        entries = iter(sentence)
        for entry in entries:
            span = entry.get("id")
            if isinstance(span, list | tuple) and len(span) == 2:  # "du" = "de" + "le"
                parts = [next(entries) for _ in range(span[1] - span[0] + 1)]
            else:
                parts = [entry]
            first = not ids
            form, start = str(entry["text"]), entry.get("start_char")
            if _EUPHONIC.match(form) and len(parts) == 1:  # "-t-elle": "-t" + "-elle"
                euphonic = {"upos": "PRON", "deprel": "expl:subj", "head": parts[0].get("head"),
                            "lemma": "t"}
                units.append(_Unit("-t", start, [euphonic], None, first, ids))
                form, start, first = form[2:], None if start is None else start + 2, False
            for word in parts:
                ids[int(word["id"])] = len(units)
            units.append(_Unit(form, start, parts, entry.get("ner") or parts[0].get("ner"),
                               first, ids))
    return units


def _aligned(text: str, units: list[_Unit]) -> list[int]:
    """Where each unit starts in ``text``: its ``start_char`` when that holds its text, else
    the next place the text has it (a form not found is an ``InputError``)."""
    starts: list[int] = []
    pos = 0
    for unit in units:
        start = unit.start
        if start is None or text[start : start + len(unit.text)] != unit.text or start < pos:
            found = text.find(unit.text, pos)
            if found < 0 or text[pos:found].strip():
                raise InputError(f"stanza token {unit.text!r} not found in the text at {pos}")
            start = found
        starts.append(start)
        pos = start + len(unit.text)
    return starts


def _gap(gap: str, words: list[str], spaces: list[bool], kinds: list[_Unit | None]) -> None:
    """Whitespace between two tokens, as spaCy keeps it."""
    if not gap:
        return
    if gap[0] == " " and words and kinds[-1] is not None:
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        kinds.append(None)


def _root(words: list[dict[str, Any]]) -> dict[str, Any]:
    """The word of a multi-word token that attaches outside it (the first, if several)."""
    inside = {w.get("id") for w in words}
    for word in words:
        if word.get("head") not in inside:
            return word
    return words[0]


def _features(words: list[dict[str, Any]]) -> str:
    """The words' features merged, as spaCy merges a multi-word token's (values joined)."""
    merged: dict[str, list[str]] = {}
    for word in words:
        for feature in str(word.get("feats") or "").split("|"):
            if "=" in feature:
                key, values = feature.split("=", 1)
                for value in values.split(","):
                    if value not in merged.setdefault(key, []):
                        merged[key].append(value)
    return "|".join(f"{k}={','.join(sorted(v))}" for k, v in sorted(merged.items()))


def _entities(doc: Doc, units: list[_Unit], index: list[int]) -> list[Span]:
    """Entities from the units' BIOES (or BIO) tags; a tag that breaks the scheme ends or
    starts an entity rather than failing."""
    ents: list[Span] = []
    open_at: int | None = None
    label = ""

    def close(end: int) -> None:
        nonlocal open_at
        if open_at is not None:
            ents.append(Span(doc, index[open_at], index[end] + 1, label=label))
        open_at = None

    for n, unit in enumerate(units):
        tag = unit.ner or "O"
        prefix, _, kind = tag.partition("-")
        if prefix in ("B", "S") or (prefix in ("I", "E") and (open_at is None or kind != label)):
            close(n - 1)
            open_at, label = n, kind
        elif prefix == "O" or not kind:
            close(n - 1)
            continue
        if prefix in ("S", "E"):
            close(n)
    close(len(units) - 1)
    return ents
