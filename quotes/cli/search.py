"""`quotes search`: the quotes of a database that match words, a speaker, an outlet, dates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from quotes.cli.common import app, examples, fail
from quotes.cli.options import Width
from quotes.errors import QuotesError


@app.command(epilog=examples(
    "quotes search quotes.db securite", "quotes search quotes.db 'otan AND ukraine' --outlet afp",
    "quotes search quotes.db '\"cessez-le-feu\"' --since 2024-11 --json | jq .speaker.name"))
def search(
    database: Annotated[Path, typer.Argument(help="A database written by `quotes extract "
                                            "… -o quotes.db`.")],
    query: Annotated[str, typer.Argument(help="Words to find in the quotes, speakers and roles, "
        "accents and case aside: securite finds sécurité. FTS5 syntax: \"a phrase\", AND, OR, "
        "NOT, prefix*.")],
    speaker: Annotated[str | None, typer.Option(help="Only speakers whose name holds this "
                       "(case and accents aside).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only outlets whose name holds this.")] = None,
    since: Annotated[str | None, typer.Option(help="Only articles of this date or later "
                     "(YYYY-MM-DD, YYYY-MM or YYYY).")] = None,
    until: Annotated[str | None, typer.Option(help="Only articles of this date or earlier.")
                     ] = None,
    kind: Annotated[str | None, typer.Option(help="Only speakers of this kind: person, "
                    "organization, anonymous or unknown.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many quotes, best first.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per quote, as `quotes "
                       "extract` writes them, for machines.")] = False,
    width: Width = None,
) -> None:
    """Search the quotes of a database: a table with the match highlighted, or JSON lines."""
    from quotes.io.records import dumps
    from quotes.io.search import Filters, undated
    from quotes.io.search import search as find
    from quotes.present.search import search_table

    filters = Filters(speaker=speaker, outlet=outlet, since=since, until=until, kind=kind)
    try:
        hits = find(database, query, filters, limit=limit)
        left_out = undated(database, query, filters)
    except QuotesError as exc:
        raise fail(str(exc)) from None
    if left_out:
        typer.echo(f"{database}: {left_out} matching quotes have no ISO date (YYYY-MM-DD) "
                   "and are left out by --since/--until", err=True)
    if as_json:
        for q, _ in hits:
            typer.echo(dumps(q), nl=False)
        return
    Console(width=width, highlight=False).print(search_table(hits, query))
