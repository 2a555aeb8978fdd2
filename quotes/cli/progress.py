"""What a run shows on stderr while it works: progress, problems once per kind, a summary.

A progress bar (articles done of the total when it can be counted, rate, time left) only when
stderr is a terminal, so logs and pipes get plain lines. Every error is printed; a warning is
printed the first time its kind appears ("« never closed: …"), and the closing lines say how
many articles each kind touched ("unclosed « in 30 articles; see the problem records"), then
one summary line: quotes, speakers, problems by kind, seconds.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from quotes.io.html import HTML_SUFFIXES, is_url
from quotes.io.lines import file_lines
from quotes.model import Problem, Quote
from quotes.present.report import counted, safe

_LINE = re.compile(r"^line \d+: ")


def kind_of(problem: Problem) -> str:
    """A problem's kind: its message without the line it names."""
    return _LINE.sub("", problem.message)


def _holds_text(line: str | bytes) -> bool:
    return b'"text"' in line if isinstance(line, bytes) else '"text"' in line


def count_articles(paths: list[str]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know (None for stdin, URLs)."""
    total = 0
    counted: set[Path] = set()  # a file given twice is read once
    for name in paths:
        path = Path(name)
        if name == "-" or is_url(name) or not path.exists():
            return None
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if f.resolve() in counted:
                continue
            counted.add(f.resolve())
            if f.suffix.lower() in (".txt", *HTML_SUFFIXES):
                total += 1
            elif f.suffix.lower() == ".jsonl" and f.is_file():
                with open(f, "rb") as fh:  # UTF-16 or UTF-32 lines come decoded (str)
                    total += sum(1 for line in file_lines(fh) if _holds_text(line))
    return total


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "")


class Run:
    """The stderr side of one command run."""

    def __init__(self, console: Console, total: int | None, *, show: bool = True) -> None:
        self.console = console
        self.started = time.monotonic()
        self.kinds: dict[str, set[str]] = defaultdict(set)  # warning kind -> articles
        self.errors: Counter[str] = Counter()
        self.seen = 0  # problems of every kind, each occurrence
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        if show and console.is_terminal:
            self.bar = Progress(
                TextColumn("articles"), BarColumn(), MofNCompleteColumn(), _Rate(),
                TimeRemainingColumn(),
                console=console, transient=True,
            )
            self.task = self.bar.add_task("extract", total=total)
            self.bar.start()

    def article_done(self) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.advance(self.task)

    def problem(self, problem: Problem) -> None:
        """Print an error always, a warning the first time its kind appears."""
        kind = kind_of(problem)
        where = problem.article_id or problem.source
        self.seen += 1
        if problem.severity == "error":
            self.errors[kind] += 1
        elif kind in self.kinds:
            self.kinds[kind].add(where)
            return
        else:
            self.kinds[kind].add(where)
        self.console.print(
            f"{safe(problem.source)}: {safe(problem.message)}", markup=False, highlight=False
        )

    def close(
        self, quotes: list[Quote] | int, speakers: int | None = None, *, summary: bool = True
    ) -> None:
        """Stop the bar, then the repeated warnings by kind and one summary line (none after
        an error that stopped the run: its one line says it all)."""
        if self.bar is not None:
            self.bar.stop()
        if not summary:
            return
        for kind, where in sorted(self.kinds.items()):
            if len(where) > 1:
                self.console.print(
                    f"{safe(kind)}: in {len(where)} articles; see the problem records",
                    markup=False, highlight=False,
                )
        n = quotes if isinstance(quotes, int) else len(quotes)
        if speakers is None and not isinstance(quotes, int):
            speakers = len({q.who for q in quotes if q.who})
        kinds = len(self.kinds) + len(self.errors)
        seconds = time.monotonic() - self.started
        self.console.print(
            f"{counted(n, 'quote')}, {counted(speakers or 0, 'speaker')}, "
            f"{counted(self.seen, 'problem')} of {counted(kinds, 'kind')}, {seconds:.1f} s",
            markup=False, highlight=False,
        )
