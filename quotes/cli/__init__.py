"""The `quotes` command; this package is the only place that prints or exits.

Exit codes: 0 everything was processed; 1 some inputs or articles failed (see stderr and
the problem records), or an unexpected error; 2 usage errors; 130 interrupted.
"""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from quotes.cli.options import Config, Consensus, Format, Jobs, Paths, PeopleFile, Width
from quotes.cli.progress import Run, count_articles
from quotes.errors import QuotesError
from quotes.io.writers import atomic_output as _output
from quotes.model import Article, Group, Problem, Quote
from quotes.settings import DEFAULT, Settings

app = typer.Typer(
    help="Who said what in French news: quotations, reported speech, speakers and roles. "
    "Add --debug before or after a command to see the traceback of an unexpected error.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _examples(*lines: str) -> str:
    return "Examples:\n\n" + "\n".join(f"  {line}" for line in lines)


def _version(show: bool) -> None:
    if show:
        from quotes import __version__

        typer.echo(f"quotes {__version__}")
        raise typer.Exit()


@app.callback(epilog=_examples("quotes extract seeds/ -o quotes.csv",
                               "quotes report seeds/", "quotes extract --help"))
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False
          ) -> None:
    """Who said what in French news: quotations, reported speech, speakers and roles."""

def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/] {message}", markup=True, highlight=False)
    return typer.Exit(code)


def _format(output: Path | None, given: str | None, inputs: list[str],
            *also: Path | None) -> str:
    from quotes.io.writers import check_outputs, format_for

    try:
        check_outputs([output, *also], inputs)  # before any work: exit 2, one line
        return format_for(output, given)
    except QuotesError as exc:
        raise _fail(str(exc)) from None


def _lines_of(path: Path) -> list[str]:
    from quotes.io.html import url_list

    try:
        return url_list(path)
    except QuotesError as exc:
        raise _fail(str(exc)) from None


def _holds(value: str | None, wanted: str | None) -> bool:
    """No filter, or ``wanted`` inside ``value`` with case and accents set aside."""
    from quotes.lexicon import fold

    return wanted is None or (value is not None and fold(wanted) in fold(value))


def _settings(config: Path | None, **flags: Any) -> Settings:
    """The settings file (or the defaults), then the flags the user gave on top."""
    try:
        base = Settings.from_toml(config) if config is not None else DEFAULT
        return base.with_changes(**flags)
    except QuotesError as exc:
        raise _fail(str(exc)) from None


def _records(
    paths: list[str], *, progress: bool, settings: Settings = DEFAULT, texts: Path | None = None,
    run: Run | None = None,
) -> Iterator[Quote | Problem]:
    """Quote and problem records for ``paths``; an extracted JSONL is read back as it is.
    With ``texts``, each article's text is written there (``<id>.txt``) to check offsets."""
    from quotes.api import read_records
    from quotes.io.writers import write_text

    done = 0

    def tick(article: Article) -> None:
        nonlocal done
        done += 1
        if texts is not None:
            write_text(texts, article)
        if run is not None:
            run.article_done()
        elif progress and done % 50 == 0:
            err.print(f"{done} articles…", highlight=False)

    yield from read_records(paths, settings=settings, done=tick)


def _identified(
    records: Iterable[Quote | Problem], path: Path | None
) -> Iterable[Quote | Problem]:
    """The records, each quote's speaker matched against the people file at ``path``."""
    if path is None:
        return records
    from quotes.attribute.people import apply_people, load_people

    try:
        people = load_people(path)  # now, so that a bad file stops the run before extraction
    except QuotesError as exc:
        raise _fail(str(exc)) from None
    return (apply_people([r], people)[0] if isinstance(r, Quote) else r for r in records)


def _grouped(
    records: list[Quote | Problem], options: Settings = DEFAULT
) -> tuple[list[Quote | Problem], list[Group]]:
    from quotes.api import group_batch

    return group_batch(records, options)


Threshold = Annotated[float | None, typer.Option(
    help="Similarity (0-100) for two wordings to be one quote; lower merges more [default: 75].")]
Fragment = Annotated[float | None, typer.Option(
    help="partial_ratio (0-100) for a short quote to count as a fragment of a longer one "
    "[default: 85].")]
Scorer = Annotated[str | None, typer.Option(
    help="ratio+fragment (default), ratio, token_set or partial; see README, Grouping.")]


@app.command(epilog=_examples(
    "quotes extract seeds/ -o quotes.jsonl", "quotes extract seeds/ --group -o quotes.csv",
    "echo '« Nous verrons », a dit Jens Stoltenberg.' | quotes extract -"))
def extract(
    paths: Paths,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write here (atomically) instead of stdout; a .csv name "
        "writes CSV.")] = None,
    out_format: Format = None,
    urls: Annotated[Path | None, typer.Option("--urls", help="A file of URLs to read, one a "
                                              "line (# comments); pages fetched in turn.")] = None,
    texts_out: Annotated[Path | None, typer.Option("--texts-out", help="Write each article's "
        "text here as <id>.txt: offsets index it (for pages, the extracted text).")] = None,
    group: Annotated[bool, typer.Option("--group", help="Also group the same quote across "
                                        "articles (reads the whole batch first).")] = False,
    strict: Annotated[bool, typer.Option(
        help="Exit 1 on any problem, warnings included (unclosed marks…).")] = False,
    jobs: Jobs = None,
    config: Config = None,
    people: PeopleFile = None,
    consensus: Consensus = None,
) -> None:
    """Extract every quote: JSONL records (schema: quotes/io/schema/quotes.schema.json) or CSV."""
    from quotes.io.writers import writer

    fmt = _format(output, out_format, paths)
    if urls is not None:
        paths = [*paths, *_lines_of(urls)]
    settings = _settings(config, jobs=jobs, consensus=consensus)
    run = Run(err, count_articles(paths), show=output is not None)
    failed = False
    quotes, speakers = 0, set()
    try:
        with _output(output) as out:
            write = writer(fmt, out)
            records = _identified(
                _records(paths, progress=output is not None, settings=settings,
                         texts=texts_out, run=run), people
            )
            if group:
                records, _ = _grouped(list(records), settings)
            for rec in records:
                if isinstance(rec, Problem):
                    run.problem(rec)
                    failed |= rec.severity == "error" or strict
                else:
                    quotes += 1
                    speakers.add(rec.who)
                write(rec)
                if output is None:
                    out.flush()
    except QuotesError as exc:
        raise _fail(str(exc)) from None
    finally:
        run.close(quotes, len(speakers - {None}))
    raise typer.Exit(1 if failed else 0)


@app.command(name="group", epilog=_examples(
    "quotes group quotes.jsonl -o grouped.jsonl --groups-out groups.jsonl",
    "quotes group seeds/ --threshold 80 -o grouped.csv"))
def group_cmd(
    paths: Paths,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write the grouped quote records here instead of stdout; a .csv "
        "name writes CSV.")] = None,
    out_format: Format = None,
    groups_out: Annotated[Path | None, typer.Option("--groups-out", help="Also write one JSON line "
                          "per group (wording, speaker, appearances, schema.org Claim).")] = None,
    threshold: Threshold = None,
    fragment_threshold: Fragment = None,
    scorer: Scorer = None,
    config: Config = None,
    people: PeopleFile = None,
    consensus: Consensus = None,
) -> None:
    """Give each quote a group id shared with the same quote in other articles."""
    from quotes.io.records import dumps
    from quotes.io.writers import writer

    fmt = _format(output, out_format, paths, groups_out)

    opts = _settings(
        config, threshold=threshold, fragment_threshold=fragment_threshold, scorer=scorer,
        consensus=consensus)
    records = _identified(_records(paths, progress=True, settings=opts), people)
    grouped, groups = _grouped(list(records), opts)
    with _output(output) as out:
        write = writer(fmt, out)
        for rec in grouped:
            write(rec)
    if groups_out is not None:
        with _output(groups_out) as out:
            for g in groups:
                out.write(dumps(g))
    members = sum(g.num_mentions for g in groups)
    err.print(f"{len(groups)} groups over {members} quotes", highlight=False)


@app.command(epilog=_examples(
    "quotes diff grouped.jsonl", "quotes diff seeds/ --group g-0123456789ab --no-color"))
def diff(
    paths: Paths,
    group_id: Annotated[str | None, typer.Option("--group", help="Show this group only "
                        "(default: every group carried by several outlets).")] = None,
    no_color: Annotated[bool, typer.Option(
        "--no-color", help="Plain text with [+added+] [-dropped-] markers.")] = False,
    width: Width = None,
    config: Config = None,
) -> None:
    """How outlets word the same quote: each variant aligned word by word with the longest."""
    from quotes.group import diff as diffs
    from quotes.present.report import diff_view

    settings = _settings(config)
    _, groups = _grouped(list(_records(paths, progress=True, settings=settings)), settings)
    shown = [g for g in groups if (g.id == group_id if group_id else g.num_outlets > 1)]
    if group_id and not shown:
        raise _fail(f"no group {group_id!r} in the input (run `quotes group` to list them)")
    console = Console(width=width, no_color=no_color, highlight=False)
    color = console.is_terminal and not no_color
    for g in shown:
        console.print(diff_view(g, diffs.variants(g), color=color))


@app.command(epilog=_examples(
    "quotes report seeds/", "quotes report quotes.jsonl --people examples/people.csv"))
def report(
    paths: Paths,
    width: Width = None,
    jobs: Jobs = None,
    config: Config = None,
    people: PeopleFile = None,
    consensus: Consensus = None,
    speaker: Annotated[str | None, typer.Option(help="Only the quotes of speakers whose name "
                       "holds this (case and accents aside), e.g. 'buzyn'.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only the quotes of outlets whose name "
                      "holds this, e.g. 'afp'.")] = None,
) -> None:
    """Who said what: speakers ranked by number of quotes, with roles, outlets and quotes."""
    from quotes.attribute.batch import link_batch
    from quotes.group.grouping import group_quotes
    from quotes.present.report import report as render_report

    settings = _settings(config, jobs=jobs, consensus=consensus)
    quotes: list[Quote] = []
    problems: list[Problem] = []
    try:
        for rec in _identified(_records(paths, progress=True, settings=settings), people):
            if isinstance(rec, Quote):
                quotes.append(rec)
            else:
                problems.append(rec)
    except QuotesError as exc:
        raise _fail(str(exc)) from None
    quotes, groups = group_quotes(link_batch(quotes), options=settings)
    quotes = [q for q in quotes if _holds(q.who, speaker) and _holds(q.article.outlet, outlet)]
    Console(width=width, highlight=False).print(render_report(quotes, problems, groups))
    raise typer.Exit(1 if any(p.severity == "error" for p in problems) else 0)


@app.command(name="eval", epilog=_examples(
    "quotes eval fixtures/gold/seeds.jsonl seeds/ --errors",
    "quotes eval fixtures/gold/ quotes.jsonl --json"))
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file, or a folder of them.")],
    pred: Paths,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show_errors: Annotated[bool, typer.Option(
        "--errors", help="List misses, false alarms and wrong speakers.")] = False,
    config: Config = None,
    people: PeopleFile = None,
) -> None:
    """Score predictions (an extracted JSONL, or articles to extract) against gold."""
    from quotes import evaluate as ev

    if not gold.exists():
        raise _fail(f"{gold}: no such gold file or folder")
    settings = _settings(config)
    gold_items = ev.load_gold(gold)
    found = _identified(_records(pred, progress=False, settings=settings), people)
    records = [r for r in found if isinstance(r, Quote)]
    if not any(r.group_id for r in records):
        from quotes.attribute.batch import link_batch
        from quotes.group.grouping import group_quotes

        # read as a batch, then grouped, so that both are scored too
        records, _ = group_quotes(link_batch(records), options=settings)
    pred_items = ev.from_records(records)
    scores = ev.score(gold_items, pred_items)
    if as_json:
        typer.echo(json.dumps(scores, indent=2, ensure_ascii=False))
    else:
        _print_scores(scores)
    if show_errors:
        from quotes.io.readers import article_texts
        from quotes.present.errors import error_lines

        for line in error_lines(gold_items, pred_items, article_texts(records)):
            typer.echo(line)


def _prf(b: dict[str, Any]) -> str:
    return f"P={b['precision']:.3f} R={b['recall']:.3f} F1={b['f1']:.3f}"


def _print_scores(s: dict[str, Any]) -> None:
    typer.echo(f"articles: {s['articles']}")
    for level in ("lenient", "strict"):
        for t, b in s[level].items():
            typer.echo(f"{level:8} {t:9} {_prf(b)}"
                       f"  (tp={b['tp']} gold={b['gold']} pred={b['predicted']})")
    e = s["end_to_end"]
    typer.echo(f"speaker accuracy (matched): {s['speaker_accuracy']:.3f}")
    typer.echo(f"end to end (quote + speaker): {_prf(e)}")
    typer.echo(f"role accuracy: {s['role_accuracy']:.3f}   cue accuracy: {s['cue_accuracy']:.3f}")
    if s["gender_accuracy"] is not None:
        typer.echo(f"gender accuracy (one person, gold gender): {s['gender_accuracy']:.3f}"
                   f"  (over {s['gender_scored']})")
    g = s["grouping"]
    for kind, b in (("all", g), *g["by_kind"].items()):
        typer.echo(f"grouping {kind:10} (cross-article pairs): {_prf(b)}"
                   f"  (tp={b['tp']} gold={b['gold']} pred={b['predicted']})")


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds like any exit: temporary files are removed


def main() -> None:
    """The ``quotes`` command: unexpected errors are one line on stderr unless ``--debug``."""
    debug = "--debug" in sys.argv[1:]
    if debug:
        sys.argv.remove("--debug")
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted", highlight=False)
        sys.exit(130)
    except Exception as exc:
        if debug:
            raise
        err.print(f"error: unexpected {type(exc).__name__}: {exc} "
                  "(run again with --debug for the traceback)",
                  markup=False, highlight=False)
        sys.exit(1)
