"""`quotes report`: who said what, ranked by speaker, in the terminal or as one HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from quotes.cli.common import (
    app,
    article_records,
    err,
    examples,
    fail,
    holds,
    identified,
    people_at,
    settings_from,
    written,
)
from quotes.cli.options import (
    Backend,
    Config,
    Consensus,
    Dask,
    Jobs,
    Model,
    Paraphrase,
    Paths,
    PeopleFile,
    Ranker,
    Width,
)
from quotes.errors import QuotesError
from quotes.model import Named, Problem, Quote


@app.command(epilog=examples(
    "quotes report seeds/", "quotes report quotes.jsonl --people examples/people.csv",
    "quotes report seeds/ --html report.html"))
def report(
    paths: Paths,
    width: Width = None,
    jobs: Jobs = None,
    dask: Dask = None,
    config: Config = None,
    people: PeopleFile = None,
    consensus: Consensus = None,
    paraphrase: Paraphrase = None,
    backend: Backend = None,
    model: Model = None,
    ranker: Ranker = None,
    speaker: Annotated[str | None, typer.Option(help="Only the quotes of speakers whose name "
                       "holds this (case and accents aside), e.g. 'buzyn'.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only the quotes of outlets whose name "
                      "holds this, e.g. 'afp'.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write the report as one HTML "
                    "page to send (charts, wordings side by side, links to the articles; opens "
                    "offline) instead of printing it; - for stdout.")] = None,
) -> None:
    """Who said what: speakers ranked by number of quotes, with roles, outlets and quotes."""
    from quotes.api import link_and_group
    from quotes.present.report import counted, safe
    from quotes.present.report import report as render_report

    settings = settings_from(config, jobs=jobs, dask=dask, consensus=consensus,
                             paraphrase=paraphrase, backend=backend, model=model, ranker=ranker)
    page = None if html is None or str(html) == "-" else html
    if page is not None:
        from quotes.io.writers import check_outputs

        try:
            check_outputs([page], paths)  # before any work
        except QuotesError as exc:
            raise fail(str(exc)) from None
    quotes: list[Quote] = []
    problems: list[Problem] = []
    named: dict[str, list[Named]] = {}  # who each article names, for the batch
    known = people_at(people)
    try:
        for rec in identified(article_records(paths, progress=True, settings=settings,
                                              named=named), known):
            if isinstance(rec, Quote):
                quotes.append(rec)
            else:
                problems.append(rec)
    except QuotesError as exc:
        raise fail(str(exc)) from None
    quotes, groups = link_and_group(quotes, settings, named, people=known)
    failed = any(p.severity == "error" for p in problems)  # the exit code counts them all
    if speaker is not None or outlet is not None:
        quotes = [q for q in quotes if holds(q.who, speaker) and holds(q.article.outlet, outlet)]
        problems = kept_problems(problems, quotes)
    kept = {q.id for q in quotes}  # a shared quote is shown when one of its wordings is
    groups = [g for g in groups if any(a.quote_id in kept for a in g.appearances)]
    if html is None:
        Console(width=width, highlight=False).print(render_report(quotes, problems, groups))
    else:
        from quotes.present.html import html_report

        filters = [f"{k}: {v}" for k, v in (("speaker", speaker), ("outlet", outlet)) if v]
        written(page, lambda: [html_report(quotes, problems, groups, filters=filters)])
        if page is not None:
            err.print(f"{safe(str(page))}: {counted(len(quotes), 'quote')}", highlight=False,
                      markup=False)
    raise typer.Exit(1 if failed else 0)


def kept_problems(problems: list[Problem], quotes: list[Quote]) -> list[Problem]:
    """Under --speaker or --outlet, the problems of the articles whose quotes are shown, and
    those of no one article (an input that could not be read may be anyone's)."""
    articles = {q.article.id for q in quotes}
    return [p for p in problems if p.article_id is None or p.article_id in articles]
