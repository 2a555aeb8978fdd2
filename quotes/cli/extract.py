"""`quotes extract`: articles in, quote and problem records out (JSONL, CSV or SQLite)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quotes.cli.common import (
    app,
    article_records,
    checked_format,
    err,
    examples,
    fail,
    group_records,
    identified,
    people_at,
    settings_from,
    url_lines,
)
from quotes.cli.options import (
    Backend,
    Config,
    Consensus,
    Dask,
    Format,
    Jobs,
    Model,
    Paraphrase,
    PeopleFile,
    Ranker,
    SomePaths,
)
from quotes.cli.progress import Run, count_articles
from quotes.errors import QuotesError
from quotes.io.writers import record_output
from quotes.model import Group, Named, Problem


@app.command(epilog=examples(
    "quotes extract seeds/ -o quotes.jsonl", "quotes extract seeds/ --group -o quotes.csv",
    "echo '« Nous verrons », a dit Jens Stoltenberg.' | quotes extract -"))
def extract(
    paths: SomePaths = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write here (atomically) instead of stdout; a .csv name "
        "writes CSV, a .db name a SQLite database (merged into, if it exists).")] = None,
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
    dask: Dask = None,
    config: Config = None,
    people: PeopleFile = None,
    consensus: Consensus = None,
    paraphrase: Paraphrase = None,
    backend: Backend = None,
    model: Model = None,
    ranker: Ranker = None,
) -> None:
    """Extract every quote: JSONL records (schema: quotes/io/schema/quotes.schema.json), CSV
    or a SQLite database."""
    paths = list(paths or [])
    if not paths and urls is None:
        raise fail("nothing to read: give article files, folders, URLs, - for stdin, or "
                   "--urls FILE")
    fmt = checked_format(output, out_format, paths, texts=texts_out)
    if urls is not None:
        paths = [*paths, *url_lines(urls)]
    settings = settings_from(config, jobs=jobs, dask=dask, consensus=consensus,
                             paraphrase=paraphrase, backend=backend, model=model, ranker=ranker)
    run = Run(err, count_articles(paths), show=output is not None)
    failed = stopped = False
    quotes, speakers = 0, set()
    replaced: list[Problem] = []  # articles of the store replaced by another of their id
    try:
        with record_output(output, fmt, warn=replaced.append) as write:
            named: dict[str, list[Named]] = {}  # the people each article names, for the batch
            known = people_at(people)
            records = identified(
                article_records(paths, progress=output is not None, settings=settings,
                         texts=texts_out, run=run, read=write, named=named), known
            )
            groups: list[Group] = []
            if group:
                records, groups = group_records(list(records), settings, named, known)
            for rec in records:
                if isinstance(rec, Problem):
                    run.problem(rec)
                    failed |= rec.severity == "error" or strict
                else:
                    quotes += 1
                    speakers.add(rec.who)
                write(rec)
            for g in groups:  # kept in a database only
                write(g)
        for rec in replaced:
            run.problem(rec)
            failed |= strict
    except QuotesError as exc:
        stopped = True
        raise fail(str(exc)) from None
    except (KeyboardInterrupt, SystemExit, BrokenPipeError):  # Ctrl-C, SIGTERM, `| head`:
        stopped = True  # no summary of a finished run
        raise
    finally:
        run.close(quotes, len(speakers - {None}), summary=not stopped)
    raise typer.Exit(1 if failed else 0)
