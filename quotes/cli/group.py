"""`quotes group` and `quotes diff`: one id for the same quote across articles, and its wordings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

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
    told,
    written,
)
from quotes.cli.options import Config, Consensus, Format, Paraphrase, Paths, PeopleFile, Width
from quotes.errors import QuotesError
from quotes.io.writers import record_output
from quotes.model import Article, Named, Problem
from quotes.present.report import counted

Threshold = Annotated[float | None, typer.Option(
    help="Similarity (0-100) for two wordings to be one quote; lower merges more [default: 75].")]
Fragment = Annotated[float | None, typer.Option(
    help="partial_ratio (0-100) for a short quote to count as a fragment of a longer one "
    "[default: 85].")]
Scorer = Annotated[str | None, typer.Option(
    help="ratio+fragment (default), ratio, token_set or partial; see README, Grouping.")]


@app.command(name="group", epilog=examples(
    "quotes group quotes.jsonl -o grouped.jsonl --groups-out groups.jsonl",
    "quotes group seeds/ --threshold 80 -o grouped.csv",
    "quotes group quotes.db -o quotes.db   # group every run a database holds"))
def group_cmd(
    paths: Paths,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write the grouped quote records here instead of stdout; a .csv "
        "name writes CSV, a .db name a SQLite database (with the groups); the database read "
        "is regrouped in place.")] = None,
    out_format: Format = None,
    groups_out: Annotated[Path | None, typer.Option("--groups-out", help="Also write one JSON line "
                          "per group (wording, speaker, appearances, schema.org Claim).")] = None,
    threshold: Threshold = None,
    fragment_threshold: Fragment = None,
    scorer: Scorer = None,
    config: Config = None,
    people: PeopleFile = None,
    consensus: Consensus = None,
    paraphrase: Paraphrase = None,
) -> None:
    """Give each quote a group id shared with the same quote in other articles."""
    from quotes.io.records import dumps

    # a database grouped into itself: every record is read before the one write transaction
    in_place = [p for p in paths if output is not None and _same_store(p, output)]
    fmt = checked_format(output, out_format, [p for p in paths if p not in in_place], groups_out)
    if in_place and fmt != "sqlite":
        raise fail(f"{output} is also an input: give another output path")

    opts = settings_from(
        config, threshold=threshold, fragment_threshold=fragment_threshold, scorer=scorer,
        consensus=consensus, paraphrase=paraphrase)
    articles: list[Article] = []  # told to a store: one read without quotes loses its old ones
    named: dict[str, list[Named]] = {}  # the people each article names, for the batch
    known = people_at(people)
    records, failed = told(identified(article_records(
        paths, progress=True, settings=opts, read=articles.append, named=named), known))
    grouped, groups = group_records(records, opts, named, known)
    replaced: list[Problem] = []  # articles of the store replaced by another of their id
    try:
        with record_output(output, fmt, warn=replaced.append) as write:
            for rec in [*articles, *grouped, *groups]:  # articles and groups: in a database only
                write(rec)
    except QuotesError as exc:
        raise fail(str(exc)) from None
    told(replaced)
    if groups_out is not None:
        written(groups_out, lambda: map(dumps, groups))
    members = sum(g.num_mentions for g in groups)
    err.print(f"{counted(len(groups), 'group')} over {counted(members, 'quote')}",
              highlight=False)
    raise typer.Exit(1 if failed else 0)


def _same_store(path: str, output: Path) -> bool:
    """Whether input ``path`` is the database ``output`` names (links followed)."""
    from quotes.io.store_reader import is_store

    return is_store(Path(path)) and os.path.realpath(path) == os.path.realpath(output)


@app.command(epilog=examples(
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

    settings = settings_from(config)
    found, failed = told(article_records(paths, progress=True, settings=settings))
    _, groups = group_records(found, settings)
    shown = [g for g in groups if (g.id == group_id if group_id else g.num_outlets > 1)]
    if group_id and not shown:
        raise fail(f"no group {group_id!r} in the input (run `quotes group` to list them)")
    if not shown:  # an empty screen would leave the user wondering
        quotes = sum(1 for r in found if not isinstance(r, Problem))
        err.print(f"no quote carried by several outlets among {counted(quotes, 'quote')}: "
                  "nothing to compare", highlight=False)
    console = Console(width=width, no_color=no_color, highlight=False)
    color = console.is_terminal and not no_color
    for g in shown:
        console.print(diff_view(g, diffs.variants(g), color=color))
    raise typer.Exit(1 if failed else 0)
