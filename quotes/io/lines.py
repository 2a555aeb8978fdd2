"""JSON lines, one at a time: the one loop that reads article files, exports and gold.

A line that cannot be read becomes a ``Problem`` naming ``file:line``, and the next line is
read: one broken line never costs the rest of a file. JSON is parsed with limits: a line
longer than ``MAX_LINE_CHARS``, a value nested deeper than Python can parse (RecursionError)
or a number too long to convert (ValueError) is a problem, not the end of the run. Lone
surrogates (``"\\ud800"``) are replaced with U+FFFD, with a warning: they cannot be written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from quotes.model import Problem

MAX_LINE_CHARS = 128 * 2**20  # one article per line: a line this long is not news
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def json_lines(
    lines: Iterable[str | bytes], source: str, *, stage: str = "ingest"
) -> Iterator[tuple[int, Any] | Problem]:
    """``(line number, value)`` for every non-blank line, or a ``Problem`` for a bad one.

    Byte lines are decoded as UTF-8 (a BOM allowed on the first); the value may be any JSON
    value, so each caller says what it expects (an object, a record).
    """
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{n}"
        if len(raw) > MAX_LINE_CHARS:
            yield Problem(where, f"line longer than {MAX_LINE_CHARS} characters; skipped",
                          stage=stage, severity="error")
            continue
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8") if isinstance(raw, bytes) else raw
            value = json.loads(line)
        except UnicodeDecodeError as exc:
            yield Problem(where, f"not UTF-8 ({exc.reason}); line skipped", stage=stage)
            continue
        except json.JSONDecodeError as exc:
            yield Problem(where, f"invalid JSON ({exc.msg}); line skipped", stage=stage)
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


def bounded_lines(fh: BinaryIO) -> Iterator[bytes]:
    """The lines of a binary file, none held longer than ``MAX_LINE_CHARS`` + 1 bytes: the
    head of a longer line is given (``json_lines`` reports it) and the rest is skipped."""
    while raw := fh.readline(MAX_LINE_CHARS + 1):
        yield raw
        while len(raw) > MAX_LINE_CHARS and not raw.endswith(b"\n"):
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
