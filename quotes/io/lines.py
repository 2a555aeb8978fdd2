"""JSON lines, one at a time: the one loop that reads article files, exports and gold.

A line that cannot be read becomes a ``Problem`` naming ``file:line``, and the next line is
read: one broken line never costs the rest of a file. JSON is parsed with limits: a line
longer than ``MAX_LINE_CHARS``, a value nested deeper than Python can parse (RecursionError)
or a number too long to convert (ValueError) is a problem, not the end of the run. Lone
surrogates (``"\\ud800"``) are replaced with U+FFFD, with a warning: they cannot be written.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from quotes.io.decode import sniff, weigh
from quotes.model import Problem, Severity

MAX_LINE_CHARS = 128 * 2**20  # one article per line: a line this long is not news
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def json_lines(
    lines: Iterable[str | bytes], source: str, *, stage: str = "ingest",
    skipped: Severity = "warning",
) -> Iterator[tuple[int, Any] | Problem]:
    """``(line number, value)`` for every non-blank line, or a ``Problem`` for a bad one (of
    severity ``skipped`` when the line is not text or not JSON: an error where it loses an
    article, a warning where the other records of the file are enough).

    Byte lines are decoded by evidence (``decode.weigh``: UTF-8, a few bad bytes replaced,
    or cp1252, each with a warning naming the line; a BOM allowed on the first); the value may
    be any JSON value, so each caller says what it expects (an object, a record).
    """
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{n}"
        if len(raw) > MAX_LINE_CHARS:
            yield Problem(where, f"line longer than {MAX_LINE_CHARS} characters; skipped",
                          stage=stage, severity="error")
            continue
        if isinstance(raw, bytes):
            read = weigh(raw.removeprefix(codecs.BOM_UTF8) if n == 1 else raw)
            if read.text is None:
                yield Problem(where, f"{read.error}; line skipped", stage=stage,
                              severity=skipped)
                continue
            if read.warning:
                yield Problem(where, read.warning, stage=stage)
            line = read.text
        else:
            line = raw.removeprefix("\ufeff") if n == 1 else raw
        try:  # without its line end, an unclosed string is told as such
            value = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            why = exc.msg.removesuffix(" at")  # "Unterminated string starting at"
            yield Problem(where, f"invalid JSON ({why} at column {exc.colno}); line skipped",
                          stage=stage, severity=skipped)
            continue
        except RecursionError:
            yield Problem(where, "JSON nested too deep; line skipped", stage=stage,
                          severity="error")
            continue
        except ValueError:  # an integer of more than 4,300 digits
            yield Problem(where, "JSON number too long to read; line skipped", stage=stage,
                          severity="error")
            continue
        if _SURROGATE_ESCAPE.search(line):
            value, count = _without_surrogates(value)
            if count:
                yield Problem(where, f"{count} lone surrogate escape(s) (\\ud800-\\udfff) "
                              "replaced with U+FFFD", stage=stage)
        yield n, value


def file_lines(fh: BinaryIO) -> Iterator[str | bytes]:
    """The lines of a file, none held longer than ``MAX_LINE_CHARS`` + 1 (the head of a
    longer line is given, ``json_lines`` reports it, and the rest is skipped): bytes in UTF-8
    or cp1252 (weighed line by line), text when a BOM or NULs show UTF-16 or UTF-32."""
    encoding, _ = sniff(fh.read(4096))
    fh.seek(0)
    if encoding is None or encoding == "utf-8":
        yield from _bounded(fh, b"\n")
    else:
        yield from _bounded(io.TextIOWrapper(fh, encoding, errors="replace", newline="\n"), "\n")


def _bounded(fh: Any, newline: Any) -> Iterator[Any]:
    while raw := fh.readline(MAX_LINE_CHARS + 1):
        yield raw
        while len(raw) > MAX_LINE_CHARS and not raw.endswith(newline):
            raw = fh.readline(MAX_LINE_CHARS + 1)


def _clean(text: str) -> tuple[str, int]:
    return _SURROGATE.subn("\ufffd", text)


def _without_surrogates(value: Any) -> tuple[Any, int]:
    """``value`` with every lone surrogate in its strings (keys too) replaced by U+FFFD, and
    how many; one for one, so offsets into a cleaned text stay those of the line."""
    count = 0

    def fix(s: str) -> str:
        nonlocal count
        s, k = _clean(s)
        count += k
        return s

    if isinstance(value, str):
        return fix(value), count
    root: list[Any] = [value]
    stack: list[Any] = [root]  # containers whose items are fixed in place; no recursion
    while stack:
        box = stack.pop()
        pairs = list(box.items()) if isinstance(box, dict) else list(enumerate(box))
        if isinstance(box, dict):
            box.clear()
        for key, item in pairs:
            if isinstance(key, str):
                key = fix(key)
            if isinstance(item, str):
                item = fix(item)
            elif isinstance(item, (dict, list)):
                stack.append(item)
            box[key] = item
    return root[0], count
