"""JSON lines, one at a time: the one loop that reads article files, exports and gold.

A line that cannot be read becomes a ``Problem`` naming ``file:line``, and the next line is
read: one broken line never costs the rest of a file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from quotes.model import Problem


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
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8") if isinstance(raw, bytes) else raw
            value = json.loads(line)
        except UnicodeDecodeError as exc:
            yield Problem(where, f"not UTF-8 ({exc.reason}); line skipped", stage=stage)
            continue
        except json.JSONDecodeError as exc:
            yield Problem(where, f"invalid JSON ({exc.msg}); line skipped", stage=stage)
            continue
        yield n, value
