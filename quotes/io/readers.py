"""Read articles from .txt files, folders, JSONL files or stdin; never change the text.

Decoding is by evidence (``quotes.io.decode``: BOMs, UTF-8, cp1252); a file that was not read
cleanly gives a warning, one that is binary or cannot be decoded a ``Problem``, and the batch
goes on. A file name that is not UTF-8 is shown (source, id) with its odd bytes as ``\\xe9``.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from quotes.io.decode import Decoded, decode
from quotes.io.html import (
    HTML_SUFFIXES,
    fetch,
    from_html,
    is_url,
    looks_like_html,
    read_html_file,
)
from quotes.io.lines import file_lines, json_lines
from quotes.model import Article, Problem, Quote

META_FIELDS = ("outlet", "url", "date", "title")
ARTICLE_SUFFIXES = (".txt", ".jsonl", *HTML_SUFFIXES)  # what a folder holds that is read, any case
NOT_REGULAR = "not a regular file: a folder, pipe, socket or device"


def article_texts(quotes: Iterable[Quote]) -> dict[str, str]:
    """The texts of the quotes' articles read again from their ``.txt`` files, by article id
    (for showing a quote in its context); an article whose file cannot be read is left out."""
    texts: dict[str, str] = {}
    for q in quotes:
        art, source = q.article.id, q.article.source
        if art in texts or not source or not source.endswith(".txt"):
            continue
        with suppress(OSError):
            text = decode(Path(source).read_bytes()).text
            if text is not None:
                texts[art] = text
    return texts


def _meta(obj: dict[str, object]) -> dict[str, str | None]:
    return {k: (str(obj[k]) if obj.get(k) is not None else None) for k in META_FIELDS}


def _objects(
    lines: Iterable[str | bytes], source: str
) -> Iterator[dict[str, object] | Problem]:
    """The JSON objects of an article or metadata file, each with its line number in ``_line``."""
    for item in json_lines(lines, source, skipped="error"):  # a line skipped: an article lost
        if isinstance(item, Problem):
            yield item
            continue
        n, obj = item
        if not isinstance(obj, dict):
            yield Problem(f"{source}:{n}", "not a JSON object; line skipped", severity="error")
            continue
        obj["_line"] = n
        yield obj


def _jsonl(text: str, source: str) -> tuple[list[dict[str, object]], list[Problem]]:
    rows: list[dict[str, object]] = []
    problems: list[Problem] = []
    # split at "\n" only: U+2028 or U+0085 inside a JSON string does not end its line
    for item in _objects(text.split("\n"), source):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            rows.append(item)
    return rows, problems


def regular_bytes(path: Path) -> tuple[bytes | None, str | None]:
    """The bytes of ``path`` when it is a regular file, else (None, why): opened without
    blocking, so a FIFO is never waited on; a folder, broken link or link loop is refused."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        return None, f"cannot read: {exc.strerror}"
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None, NOT_REGULAR
    with os.fdopen(fd, "rb") as fh:
        return fh.read(), None


def _metadata_for(folder: Path) -> tuple[dict[str, dict[str, str | None]], list[Problem]]:
    """Metadata lines (id, outlet, url, date, title, no text) of the JSONL files in ``folder``,
    and a problem for each ``*.jsonl`` there that is not a regular file (ignored)."""
    meta: dict[str, dict[str, str | None]] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.jsonl")):
        data, why = regular_bytes(path)
        if data is None:
            problems.append(Problem(shown(str(path)), f"metadata file ignored: {why}"))
            continue
        text = decode(data).text
        if text is None:
            continue
        rows, _ = _jsonl(text, str(path))
        if rows and all("text" not in r for r in rows):
            for r in rows:
                if "id" in r:
                    meta[str(r["id"])] = _meta(r)
    return meta, problems


def _expand(paths: list[str]) -> Iterator[tuple[str, Path | None, Problem | None, bool]]:
    """(source, path, problem, given): ``given`` when the path was named, not found in a folder.
    A file, URL or stdin met again is read once: a warning names it where another argument
    gives it again (a link to a file within one folder is skipped silently)."""
    first: dict[object, tuple[int, str]] = {}  # what is read -> (argument, as first named)

    def again(key: object, n: int, source: str) -> Problem | bool | None:
        """None the first time; False when met again within one argument; else a warning."""
        if key not in first:
            first[key] = (n, source)
            return None
        k, named = first[key]
        if k == n:
            return False
        return Problem(source, f"given twice (also as {named}); read once")

    for n, raw in enumerate(paths):
        if raw == "-" or is_url(raw):
            met = again(raw.strip(), n, raw)
            if isinstance(met, Problem):
                yield raw, None, met, True
            elif met is None:
                yield raw, None, None, True
            continue
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.suffix.lower() not in ARTICLE_SUFFIXES or sub.is_dir():
                    continue
                if not sub.is_file():  # an article's name on a broken link or a FIFO
                    yield shown(str(sub)), None, Problem(shown(str(sub)), unreadable(sub),
                                                         severity="error"), False
                    continue
                met = again(sub.resolve(), n, shown(str(sub)))
                if met is None:
                    yield shown(str(sub)), sub, None, False
                elif isinstance(met, Problem):
                    yield shown(str(sub)), None, met, False
        elif path.is_file():
            met = again(path.resolve(), n, shown(raw))
            if met is None:
                yield shown(raw), path, None, True
            elif isinstance(met, Problem):
                yield shown(raw), None, met, True
        else:
            yield shown(raw), None, Problem(shown(raw), unreadable(path), severity="error"), True


def unreadable(path: Path) -> str:
    """Why ``path``, neither a file nor a folder, is not read: missing, a link to nothing, or
    a pipe or device (which could block the run, and has no article id)."""
    if not os.path.lexists(path):
        return "no such file or directory"
    if not path.exists():  # there, yet not to be found: a link
        return f"broken link (to {shown(os.readlink(path))}, which cannot be read)"
    return f"{NOT_REGULAR}; save it to a file, or use - for stdin"


def read_articles(
    paths: list[str], *, timeout: float = 20.0, max_stdin_mb: float = 256.0
) -> Iterator[Article | Problem]:
    """Articles from every path, in order, with a ``Problem`` for anything unreadable.

    ``.html``/``.htm`` files and ``http(s)://`` URLs are news pages (``quotes.io.html``; a URL
    is fetched with ``timeout`` seconds).

    ``-`` is stdin, read whole (a JSONL file is streamed instead) up to ``max_stdin_mb``:
    JSONL when its first non-blank line is a JSON object, an HTML page when it opens with
    ``<!DOCTYPE html`` or ``<html``, else one plain-text article; its id is ``stdin``. A
    metadata JSONL named on its own, with no ``.txt`` file of its folder read in the same run,
    is an error: it describes files nobody gave.
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
            yield from read_stdin(seen_ids, max_stdin_mb)
        elif path.suffix.lower() in HTML_SUFFIXES:  # a/index.html and b/index.html: two ids
            page = read_html_file(path, source, _unique_id(shown(path.stem), source, seen_ids))
            if isinstance(page, Article):
                seen_ids.add(page.id)
            yield page
        elif path.suffix.lower() == ".jsonl":
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
            yield from _from_file(path, source, meta_cache[folder], seen_ids)
    for source, folder in metadata_alone:
        if folder not in read_from:
            yield Problem(source, NO_TEXT_FIELD, severity="error")


NO_TEXT_FIELD = ("no text field: metadata for which files? (give the folder of .txt files it "
                 "describes, or lines with a \"text\")")


def _from_file(
    path: Path, source: str, meta: dict[str, dict[str, str | None]], seen_ids: set[str]
) -> list[Article | Problem]:
    """One .txt file as an article (id: the file stem), its metadata from the folder's JSONL."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [Problem(source, f"cannot read: {exc.strerror}", severity="error")]
    read = decode(data)
    if read.text is None:
        return [Problem(source, read.error or "cannot decode", severity="error")]
    art_id = _unique_id(shown(path.stem), source, seen_ids)
    if not read.text.strip():
        return [Problem(source, "empty file: no text to read", art_id)]
    seen_ids.add(art_id)
    page = [Problem(source, HTML_AS_TEXT, art_id)] if looks_like_html(read.text) else []
    return [*_warned(read, source, art_id), *page,
            Article(art_id, read.text, source=source, **meta.get(path.stem, {}))]


HTML_AS_TEXT = ("an HTML page read as plain text, tags and all (its offsets index the file): "
                "name it .html to read its article")


def _warned(read: Decoded, source: str, art_id: str | None = None) -> list[Problem]:
    return [] if read.warning is None else [Problem(source, read.warning, art_id)]


def shown(name: str) -> str:
    """A path or name as text that can be printed and written: bytes that are not UTF-8 in a
    file name (kept by Python as lone surrogates) become ``\\xe9``."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


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


def read_stdin(seen_ids: set[str], limit_mb: float) -> Iterator[Article | Problem]:
    """stdin, read whole up to ``limit_mb``: JSONL of articles, an HTML page (read as a
    ``.html`` file is) or one plain text."""
    limit = int(limit_mb * 2**20)
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        yield Problem("-", f"stdin is larger than {limit_mb:g} MB (setting max_stdin_mb); "
                      "save it to a file (a JSONL file is read one line at a time)",
                      severity="error")
        return
    read = decode(data)
    text = read.text
    if text is None:
        yield Problem("-", read.error or "cannot decode", severity="error")
        return
    yield from _warned(read, "-")
    if not text.strip():  # read, and holds nothing: a warning, as an empty file is
        yield Problem("-", "empty stdin: no text to read")
        return
    if looks_like_html(text):  # `curl URL | quotes extract -`: its article, not its tags
        seen_ids.add("stdin")
        yield from_html(data, "-", "stdin")
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
    first = next(line for line in text.split("\n") if line.strip())
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
            return any(b'"text"' in raw if isinstance(raw, bytes) else '"text"' in raw
                       for raw in file_lines(fh))
    except OSError:
        return True  # reported when the file is read


def _stream_jsonl(path: Path, source: str, seen_ids: set[str]) -> Iterator[Article | Problem]:
    """Articles of a JSONL file, one line at a time: memory does not grow with the file."""
    if not _has_text_field(path):
        return  # a metadata file, read with the .txt files beside it
    try:
        with path.open("rb") as fh:
            for item in _objects(file_lines(fh), source):
                yield item if isinstance(item, Problem) else _from_row(item, source, seen_ids)
    except OSError as exc:
        yield Problem(source, f"cannot read: {exc.strerror}", severity="error")
