"""Read articles from .txt files, folders, JSONL files or stdin; never change the text.

Decoding: UTF-8 (with or without BOM), then UTF-16 when a BOM says so, then cp1252
(which also covers latin-1 text). A file that is binary or cannot be decoded becomes a
``Problem`` and the batch goes on.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from quotes.io.html import HTML_SUFFIXES, fetch, is_url, read_html_file
from quotes.io.lines import bounded_lines, json_lines
from quotes.model import Article, Problem, Quote

META_FIELDS = ("outlet", "url", "date", "title")
ARTICLE_SUFFIXES = (".txt", ".jsonl", *HTML_SUFFIXES)  # what a folder holds that is read
# stdin is read whole (a JSONL file is streamed instead): this bounds the memory it takes
MAX_STDIN_BYTES = 256 * 2**20


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, why it cannot be read as text)."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return None, f"invalid UTF-16: {exc.reason}"
    if b"\x00" in data:
        return None, "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), None
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8, UTF-16 or cp1252 text ({exc.reason} at byte {exc.start})"


def article_texts(quotes: Iterable[Quote]) -> dict[str, str]:
    """The texts of the quotes' articles read again from their ``.txt`` files, by article id
    (for showing a quote in its context); an article whose file cannot be read is left out."""
    texts: dict[str, str] = {}
    for q in quotes:
        art, source = q.article.id, q.article.source
        if art in texts or not source or not source.endswith(".txt"):
            continue
        with suppress(OSError):
            text, _ = decode(Path(source).read_bytes())
            if text is not None:
                texts[art] = text
    return texts


def _meta(obj: dict[str, object]) -> dict[str, str | None]:
    return {k: (str(obj[k]) if obj.get(k) is not None else None) for k in META_FIELDS}


def _objects(
    lines: Iterable[str | bytes], source: str
) -> Iterator[dict[str, object] | Problem]:
    """The JSON objects of an article or metadata file, each with its line number in ``_line``."""
    for item in json_lines(lines, source):
        if isinstance(item, Problem):
            yield item
            continue
        n, obj = item
        if not isinstance(obj, dict):
            yield Problem(f"{source}:{n}", "not a JSON object; line skipped")
            continue
        obj["_line"] = n
        yield obj


def _jsonl(text: str, source: str) -> tuple[list[dict[str, object]], list[Problem]]:
    rows: list[dict[str, object]] = []
    problems: list[Problem] = []
    for item in _objects(text.splitlines(), source):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            rows.append(item)
    return rows, problems


def _regular_bytes(path: Path) -> tuple[bytes | None, str | None]:
    """The bytes of ``path`` when it is a regular file, else (None, why): opened without
    blocking, so a FIFO is never waited on; a folder, broken link or link loop is refused."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        return None, f"cannot read: {exc.strerror}"
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None, "not a regular file"
    with os.fdopen(fd, "rb") as fh:
        return fh.read(), None


def _metadata_for(folder: Path) -> tuple[dict[str, dict[str, str | None]], list[Problem]]:
    """Metadata lines (id, outlet, url, date, title, no text) of the JSONL files in ``folder``,
    and a problem for each ``*.jsonl`` there that is not a regular file (ignored)."""
    meta: dict[str, dict[str, str | None]] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.jsonl")):
        data, why = _regular_bytes(path)
        if data is None:
            problems.append(Problem(str(path), f"metadata file ignored: {why}"))
            continue
        text, _ = decode(data)
        if text is None:
            continue
        rows, _ = _jsonl(text, str(path))
        if rows and all("text" not in r for r in rows):
            for r in rows:
                if "id" in r:
                    meta[str(r["id"])] = _meta(r)
    return meta, problems


def _expand(paths: list[str]) -> Iterator[tuple[str, Path | None, Problem | None, bool]]:
    """(source, path, problem, given): ``given`` when the path was named, not found in a folder."""
    for raw in paths:
        if raw == "-" or is_url(raw):
            yield raw, None, None, True
            continue
        path = Path(raw)
        if path.is_dir():
            seen: set[Path] = set()
            for sub in sorted(path.rglob("*")):
                if sub.suffix not in ARTICLE_SUFFIXES or not sub.is_file():
                    continue
                real = sub.resolve()
                if real in seen:
                    continue
                seen.add(real)
                yield str(sub), sub, None, False
        elif path.is_file():
            yield raw, path, None, True
        else:
            yield raw, None, Problem(raw, "no such file or directory", severity="error"), True


def read_articles(paths: list[str], *, timeout: float = 20.0) -> Iterator[Article | Problem]:
    """Articles from every path, in order, with a ``Problem`` for anything unreadable.

    ``.html``/``.htm`` files and ``http(s)://`` URLs are news pages (``quotes.io.html``; a URL
    is fetched with ``timeout`` seconds).

    ``-`` is stdin: JSONL when its first non-blank line is a JSON object, else one plain-text
    article with the id ``stdin``. A metadata JSONL named on its own, with no ``.txt`` file of
    its folder read in the same run, is an error: it describes files nobody gave.
    """
    meta_cache: dict[Path, dict[str, dict[str, str | None]]] = {}
    seen_ids: set[str] = set()
    read_from: set[Path] = set()  # folders whose .txt files were read
    metadata_alone: list[tuple[str, Path]] = []
    reported: set[str] = set()  # metadata files already reported as unreadable
    for source, path, problem, given in _expand(paths):
        if problem is not None:
            yield problem
        elif path is None and source != "-":
            yield fetch(source, timeout=timeout)
        elif path is None:
            yield from read_stdin(seen_ids)
        elif path.suffix.lower() in HTML_SUFFIXES:
            yield read_html_file(path, source)
        elif path.suffix == ".jsonl":
            if given and not _has_text_field(path):
                metadata_alone.append((source, path.parent))
            yield from _stream_jsonl(path, source, seen_ids)
        else:
            folder = path.parent
            if folder not in meta_cache:
                # metadata beside the files, or one level up (corpus/articles.jsonl + articles/)
                (above, bad_above), (beside, bad) = map(_metadata_for, (folder.parent, folder))
                meta_cache[folder] = {**above, **beside}
                read_from.update((folder, folder.parent))
                for p in (*bad_above, *bad):
                    if p.source not in reported:
                        reported.add(p.source)
                        yield p
            yield _from_file(path, source, meta_cache[folder], seen_ids)
    for source, folder in metadata_alone:
        if folder not in read_from:
            yield Problem(source, NO_TEXT_FIELD, severity="error")


NO_TEXT_FIELD = ("no text field: metadata for which files? (give the folder of .txt files it "
                 "describes, or lines with a \"text\")")


def _from_file(
    path: Path, source: str, meta: dict[str, dict[str, str | None]], seen_ids: set[str]
) -> Article | Problem:
    """One .txt file as an article (id: the file stem), its metadata from the folder's JSONL."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Problem(source, f"cannot read: {exc.strerror}", severity="error")
    text, why = decode(data)
    if text is None:
        return Problem(source, why or "cannot decode", severity="error")
    art_id = _unique_id(path.stem, source, seen_ids)
    if not text.strip():
        return Problem(source, "empty file: no text to read", art_id)
    seen_ids.add(art_id)
    return Article(art_id, text, source=source, **meta.get(path.stem, {}))


def _unique_id(stem: str, source: str, seen_ids: set[str]) -> str:
    """The file stem, or, when a file of another folder already took it, the stem with as many
    of its folders as tell them apart ("b/x" after "a/x"): quote ids then differ too."""
    if stem not in seen_ids:
        return stem
    parts = Path(source).with_suffix("").parts
    for n in range(2, len(parts) + 1):
        candidate = "/".join(parts[-n:])
        if candidate not in seen_ids:
            return candidate
    return source


def read_stdin(seen_ids: set[str]) -> Iterator[Article | Problem]:
    """stdin, read whole up to ``MAX_STDIN_BYTES``: JSONL of articles, or one plain text."""
    data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
    if len(data) > MAX_STDIN_BYTES:
        yield Problem("-", f"stdin is larger than {MAX_STDIN_BYTES // 2**20} MB; save it to a "
                      "file (a JSONL file is read one line at a time)", severity="error")
        return
    text, why = decode(data)
    if text is None:
        yield Problem("-", why or "cannot decode", severity="error")
        return
    if not text.strip():
        yield Problem("-", "empty stdin: no text to read", severity="error")
        return
    if _looks_like_jsonl(text):
        rows, problems = _jsonl(text, "-")
        yield from problems
        if rows and all("text" not in r for r in rows):
            yield Problem("-", NO_TEXT_FIELD, severity="error")
            return
        for row in rows:
            yield _from_row(row, "-", seen_ids)
        return
    seen_ids.add("stdin")
    yield Article("stdin", text, source="-")


def _looks_like_jsonl(text: str) -> bool:
    """True when the first non-blank line is a JSON object."""
    first = next(line for line in text.splitlines() if line.strip())
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def _from_row(row: dict[str, object], source: str, seen_ids: set[str]) -> Article | Problem:
    where = f"{source}:{row['_line']}"
    body = row.get("text")
    if not isinstance(body, str):
        return Problem(where, "no 'text' string in this line; skipped", severity="error")
    art_id = str(row.get("id") or f"{Path(source).stem}-{row['_line']}")
    if art_id in seen_ids:
        return Problem(where, f"duplicate article id {art_id!r}; skipped", art_id, severity="error")
    seen_ids.add(art_id)
    if not body.strip():
        return Problem(where, "empty text: nothing to read", art_id)
    return Article(art_id, body, source=where, **_meta(row))


def _has_text_field(path: Path) -> bool:
    """A first pass over a JSONL file, to tell an articles file from a metadata one."""
    try:
        with path.open("rb") as fh:
            return any(b'"text"' in raw for raw in bounded_lines(fh))
    except OSError:
        return True  # reported when the file is read


def _stream_jsonl(path: Path, source: str, seen_ids: set[str]) -> Iterator[Article | Problem]:
    """Articles of a JSONL file, one line at a time: memory does not grow with the file."""
    if not _has_text_field(path):
        return  # a metadata file, read with the .txt files beside it
    try:
        with path.open("rb") as fh:
            for item in _objects(bounded_lines(fh), source):
                yield item if isinstance(item, Problem) else _from_row(item, source, seen_ids)
    except OSError as exc:
        yield Problem(source, f"cannot read: {exc.strerror}", severity="error")
