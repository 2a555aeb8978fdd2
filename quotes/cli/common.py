"""What the commands share: the app, the error console, and the steps from paths to records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from typer.core import TyperOption

from quotes.cli.progress import Run
from quotes.errors import QuotesError
from quotes.model import Article, Group, Named, Problem, Quote
from quotes.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from quotes.attribute.people import People

app = typer.Typer(
    help="Who said what in French news: quotations, reported speech, speakers and roles. "
    "Add --debug before or after a command to see the traceback of an unexpected error.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _flag_type(self: TyperOption, ctx: Any) -> str | None:
    """No ``<bool>`` beside a flag in --help: a flag takes no value (typer shows one)."""
    return None if self.is_flag else _value_type(self, ctx)


_value_type = TyperOption.display_type_rich
setattr(TyperOption, "display_type_rich", _flag_type)  # noqa: B010  (a method, replaced)
FLAG_WORDS = frozenset({"true", "false", "yes", "no", "on", "off"})


def examples(*lines: str) -> str:
    return "Examples:\n\n" + "\n".join(f"  {line}" for line in lines)


def fail(message: str, code: int = 2) -> typer.Exit:
    from rich.markup import escape

    from quotes.present.report import safe

    # a message may name a file or quote a record: never markup, never a control character
    err.print(f"[red]error:[/] {escape(safe(message))}", markup=True, highlight=False)
    return typer.Exit(code)


def written(path: Path | None, chunks: Callable[[], Iterable[str]]) -> None:
    """What ``chunks()`` gives, written to ``path`` (None: stdout) through ``atomic_output``:
    made once the file is open, so a run stopped meanwhile leaves the file as it was. An error
    there (the folder changed since the check) is one line and exit code 2."""
    from quotes.io.writers import atomic_output

    try:
        with atomic_output(path) as out:
            for chunk in chunks():
                out.write(chunk)
    except QuotesError as exc:
        raise fail(str(exc)) from None


def told(records: Iterable[Quote | Problem]) -> tuple[list[Quote | Problem], bool]:
    """The records, each problem told on stderr as it passes (an error always, a warning
    the first time its kind appears), and whether any was an error."""
    run = Run(err, None, show=False)
    kept: list[Quote | Problem] = []
    for rec in records:
        if isinstance(rec, Problem):
            run.problem(rec)
        kept.append(rec)
    return kept, bool(run.errors)


def no_flag_values(paths: list[str]) -> None:
    """`--group true` gives the flag, and "true" is read as an input: said before any work,
    in one line, exit code 2 (a file of that name is read)."""
    given = [p for p in paths if p.lower() in FLAG_WORDS and not Path(p).exists()]
    if given:
        raise fail(f"{given[0]}: no such file; a flag (--group, --strict, --no-consensus…) "
                   "takes no value: give it alone for yes, leave it out for no")


def checked_format(output: Path | None, given: str | None, inputs: list[str],
                   *also: Path | None, texts: Path | None = None) -> str:
    """The output format, once every output (and the ``--texts-out`` folder) is known to be
    writable: before any work, else one line and exit code 2."""
    from quotes.io.writers import check_folder, check_outputs, check_target, format_for

    no_flag_values(inputs)
    try:
        check_outputs([output, *also], inputs)
        if texts is not None:
            check_folder(texts, inputs)
        fmt = format_for(output, given)
        check_target(output, fmt)
        return fmt
    except QuotesError as exc:
        raise fail(str(exc)) from None


def url_lines(path: Path) -> list[str]:
    from quotes.io.html import url_list

    try:
        return url_list(path)
    except QuotesError as exc:
        raise fail(str(exc)) from None


def holds(value: str | None, wanted: str | None) -> bool:
    """No filter, or ``wanted`` inside ``value`` with case and accents set aside."""
    from quotes.lexicon import fold

    return wanted is None or (value is not None and fold(wanted) in fold(value))


def settings_from(config: Path | None, **flags: Any) -> Settings:
    """The settings file (or the defaults), then the flags the user gave on top."""
    try:
        base = Settings.from_toml(config) if config is not None else DEFAULT
        settings = base.with_changes(**flags)
        if "dask" in flags and settings.dask:  # a command that extracts: before any work
            from quotes.scale.cluster import require_dask

            require_dask()
        return settings
    except QuotesError as exc:
        raise fail(str(exc)) from None


def article_records(
    paths: list[str], *, progress: bool, settings: Settings = DEFAULT, texts: Path | None = None,
    run: Run | None = None, lengths: dict[str, int] | None = None,
    read: Callable[[Article], None] | None = None, named: dict[str, list[Named]] | None = None,
) -> Iterator[Quote | Problem]:
    """Quote and problem records for ``paths``; an extracted JSONL is read back as it is.
    With ``texts``, each article's text is written there (``<id>.txt``) to check offsets;
    with ``lengths``, each article's length is kept there by id; ``read`` is given each
    article done."""
    from quotes.api import read_records
    from quotes.io.writers import write_text

    no_flag_values(paths)
    done = 0

    def tick(article: Article) -> None:
        nonlocal done
        done += 1
        if texts is not None:
            write_text(texts, article)
        if lengths is not None:
            lengths[article.id] = len(article.text)
        if read is not None:
            read(article)
        if run is not None:
            run.article_done()
        elif progress and done % 50 == 0:
            err.print(f"{done} articles…", highlight=False)

    yield from read_records(paths, settings=settings, done=tick, named=named)


def identified(
    records: Iterable[Quote | Problem], people: People | None
) -> Iterable[Quote | Problem]:
    """The records, each quote's speaker matched against ``people`` (``people_at``)."""
    if people is None:
        return records
    from quotes.attribute.people import apply_people

    return (apply_people([r], people)[0] if isinstance(r, Quote) else r for r in records)


def people_at(path: Path | None) -> People | None:
    """The people file at ``path``, if any, read once: ``identified`` matches the quotes with
    it, the batch gives its ids to the names it respells. Read before extraction, so that a
    file that cannot be used stops the run first."""
    if path is None:
        return None
    from quotes.attribute.people import load_people

    try:
        return load_people(path)
    except QuotesError as exc:
        raise fail(str(exc)) from None


def group_records(
    records: list[Quote | Problem], options: Settings = DEFAULT,
    named: dict[str, list[Named]] | None = None, people: People | None = None,
) -> tuple[list[Quote | Problem], list[Group]]:
    """The records read as one batch and grouped; ``people``: the people file the quotes were
    matched against (``identified``)."""
    from quotes.api import group_batch

    return group_batch(records, options, named, people=people)
