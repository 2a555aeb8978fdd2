"""Records out, by format: JSONL (every record, one a line), CSV (one flat row per quote) or
SQLite (the store of ``quotes.io.store``: tables, full-text search, merged run after run).

The format comes from ``--format`` or the output file's suffix (``.csv``; ``.db``, ``.sqlite``,
``.sqlite3``; anything else is JSONL, as it always was). Files are written atomically: to a
temporary file in the same folder, renamed into place only when complete, so an interrupted run
never leaves half a file; a store is written in one transaction, so it is left as it was.
CSV is for spreadsheets: UTF-8 with a BOM (so Excel and LibreOffice read the accents right),
problem records are not rows (they go to stderr), and a cell that a spreadsheet would run as a
formula (starting with ``= + - @``) gets a leading ``'``.
"""

from __future__ import annotations

import csv
import os
import re
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from quotes.errors import InputError
from quotes.io.html import is_url
from quotes.io.records import Record, dumps
from quotes.model import Article, Group, Problem, Quote

FORMATS = ("jsonl", "csv", "sqlite")
_SUFFIXES = {".csv": "csv", ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}
CSV_COLUMNS = (
    "article_id", "outlet", "date", "url", "speaker", "role", "gender", "kind", "type",
    "quote", "cue", "start", "end", "group_id", "confidence",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP "CSV injection"


def format_for(path: Path | None, given: str | None = None) -> str:
    """The output format: ``given`` if any, else the one the file suffix names, else JSONL."""
    if given is not None:
        if given not in FORMATS:
            raise InputError(f"format {given!r}: choose one of {', '.join(FORMATS)}")
        return given
    return _SUFFIXES.get(path.suffix.lower(), "jsonl") if path is not None else "jsonl"


def check_outputs(outputs: Iterable[Path | None], inputs: Iterable[str]) -> None:
    """Refuse, before any work, an output path that is also an input or another output (links
    followed): renaming into it would destroy what the run reads or writes; and one that
    cannot be written to (a folder, in a folder that does not exist or that this user cannot
    write in, or a read-only file, which ``>`` would not replace either)."""
    taken = {os.path.realpath(raw): "an input" for raw in inputs
             if raw != "-" and not is_url(raw)}
    for out in outputs:
        if out is None:
            continue
        key = os.path.realpath(out)
        if key in taken:
            raise InputError(f"{out} is also {taken[key]}: give another output path")
        taken[key] = "another output"
        if os.path.isdir(out):
            raise InputError(f"{out} is a folder: give a file name")
        folder = os.path.dirname(key)
        if not os.path.isdir(folder):
            raise InputError(f"{out}: no folder {folder} to write in")
        if _through(key):
            continue  # a FIFO or a device: written through, its folder need not be writable
        if not os.access(folder, os.W_OK | os.X_OK):  # the temp file is made beside it
            raise InputError(f"{out}: cannot write in {folder} (permission denied)")
        if os.path.exists(key) and not os.access(key, os.W_OK):  # as `>` would refuse it
            raise InputError(f"{out} is read-only; it was left as it is (make it writable, or "
                             "give another output path)")


def _through(path: str | Path) -> bool:
    """Whether ``path`` is written through, not replaced: it exists (links followed) and is no
    regular file; one not there yet, or a broken link, is made as a file."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


_STOPS = {signal.SIGINT, signal.SIGTERM}


def _hold_stops() -> Callable[[], None]:
    """Hold Ctrl-C and SIGTERM until the returned function is called: a temp file made in
    between is then already in the hands of ``_replacing``, which removes it."""
    if not hasattr(signal, "pthread_sigmask"):
        return lambda: None
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)

    def release() -> None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)

    return release


@contextmanager
def _replacing(tmp: str | Path, target: Path,
               release: Callable[[], None] = lambda: None) -> Iterator[None]:
    """Rename ``tmp`` onto ``target`` when the block ends well; remove it when it does not.
    ``release`` lets held signals in once this is sure to remove ``tmp``."""
    try:
        release()
        yield
        os.replace(tmp, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def check_folder(folder: Path, inputs: Iterable[str] = ()) -> None:
    """Refuse, before any work, a folder of article texts (``--texts-out``) that is a file,
    that cannot be made or written in, or where inputs are read from (an input folder or one
    inside it, or the folder of an input file): the next run there would read each text as a
    second article (page.txt beside page.html), or a text would replace its own input."""
    key = Path(os.path.realpath(folder))
    for raw in inputs:
        if raw == "-" or is_url(raw):
            continue
        read = Path(os.path.realpath(raw))
        if key == read.parent or (read.is_dir() and (key == read or read in key.parents)):
            raise InputError(f"{folder}: the texts would go where inputs are read from "
                             f"({raw}), and be read as articles next time: give another folder")
    probe = Path(os.path.abspath(folder))
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent  # the nearest folder that is there: the rest is made in it
    if not probe.is_dir():
        raise InputError(f"{folder}: {probe} is not a folder: give a folder for the texts")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise InputError(f"{folder}: cannot write in {probe} (permission denied)")


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it: set it back at once
    os.umask(mask)
    return mask


_UMASK = _umask()  # at import, before any thread of ours runs


def _mode_for(path: Path) -> int:
    """The mode ``path`` has, or the one a plain ``open`` would give it."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


def check_target(path: Path | None, fmt: str) -> None:
    """Refuse, before any work, an output the format cannot be written to: a store needs a
    file (not stdout) that is a quotes database or new; any other file is left as it is."""
    if fmt != "sqlite":
        return
    if path is None:
        raise InputError("--format sqlite writes a database file: give it with -o FILE.db")
    from quotes.io.store import check_target as check_store  # sqlite-utils: only when needed

    check_store(path)


@contextmanager
def record_output(
    path: Path | None, fmt: str, warn: Callable[[Problem], None] | None = None
) -> Iterator[Callable[[Record | Article], None]]:
    """A function writing one record to ``path`` (stdout when None) in ``fmt``; the file is
    complete, or as it was, when the block ends. A store keeps group records and is told of
    each article read (one with no quotes loses its old ones), and gives ``warn`` the articles
    it replaced with another of their id; JSONL and CSV leave groups and articles out (groups
    go to ``--groups-out``)."""
    if fmt == "sqlite" and path is not None:
        from quotes.io.store import write_store

        kept: list[Record | Article] = []
        yield kept.append
        for problem in write_store(path, kept):
            if warn is not None:
                warn(problem)
        return
    with atomic_output(path) as out:
        write = writer(fmt, out)

        def write_one(record: Record | Article) -> None:
            if isinstance(record, Group | Article):
                return
            write(record)
            if path is None:
                out.flush()  # each line as it comes, for `| jq`

        yield write_one


_PART = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.part$")  # a temp file's name


@contextmanager
def atomic_output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or ``path``: written through when it is a FIFO or a device (``/dev/null``,
    ``/dev/stdout``: there is nothing to replace), else atomically: a temp file beside the
    file a symlink names (the link stays a link), renamed into place when complete. A temp
    file left by a run that was killed (SIGKILL) is removed by the next run to that file."""
    if path is None:
        yield sys.stdout
        return
    if _through(path):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            yield fh
        return
    target = Path(os.path.realpath(path))
    _remove_stale(target)
    release = _hold_stops()  # a SIGTERM right after mkstemp would leave the temp file
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part",
                                   dir=target.parent)
    except OSError as exc:
        release()
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    with _replacing(tmp, target, release):
        os.fchmod(fd, _mode_for(target))  # mkstemp makes it 0600: readable by its owner only
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh


def _remove_stale(target: Path) -> None:
    """Remove the temp files of ``target`` whose process is gone (killed before it could)."""
    with suppress(OSError):
        for entry in os.scandir(target.parent):
            m = _PART.match(entry.name)
            if m is not None and m["name"] == target.name and not _alive(int(m["pid"])):
                with suppress(OSError):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # another user's process, or no process id at all: not ours to remove
    return True


def write_text(folder: Path, article: Article) -> None:
    """``folder/<id>.txt``: the text an article's offsets index (characters unchanged),
    written atomically like any output; a folder that cannot take it is an ``InputError``."""
    name = re.sub(r"[^\w.-]", "_", article.id).lstrip(".") or "article"
    target = folder / f"{name}.txt"
    tmp = folder / f".{name}.txt.{os.getpid()}.part"  # no scan for stale ones: one per article
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with _replacing(tmp, target), open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(article.text)
    except OSError as exc:
        raise InputError(f"{folder}: cannot write {name}.txt ({exc.strerror})") from None


def csv_row(q: Quote) -> dict[str, object]:
    """The flat row of one quote, keyed by ``CSV_COLUMNS``."""
    sp = q.speaker
    return {
        "article_id": q.article.id, "outlet": q.article.outlet, "date": q.article.date,
        "url": q.article.url, "speaker": q.who, "role": sp.role, "gender": sp.gender,
        "kind": sp.kind, "type": q.type, "quote": q.span.text,
        "cue": q.cue.text if q.cue else None, "start": q.span.start, "end": q.span.end,
        "group_id": q.group_id, "confidence": sp.confidence,
    }


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def writer(fmt: str, out: TextIO) -> Callable[[Record], None]:
    """A function writing one record to ``out`` in ``fmt``; CSV writes its header first."""
    if fmt == "jsonl":

        def write_jsonl(record: Record) -> None:
            out.write(dumps(record))

        return write_jsonl
    if fmt == "sqlite":
        raise InputError("--format sqlite writes a database file: give it with -o FILE.db")
    out.write("\ufeff")
    rows = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    rows.writeheader()

    def write_csv(record: Record) -> None:
        if isinstance(record, Quote):  # problems go to stderr, groups to --groups-out
            rows.writerow({k: _cell(v) for k, v in csv_row(record).items()})

    return write_csv
