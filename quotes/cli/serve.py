"""`quotes serve`: a database in the browser (Datasette), on this machine only."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from quotes.cli.common import app, err, examples, fail
from quotes.errors import QuotesError


@app.command(epilog=examples("quotes serve quotes.db", "quotes serve quotes.db --port 8002"))
def serve(
    database: Annotated[Path, typer.Argument(help="A database written by `quotes extract "
                                            "… -o quotes.db`.")],
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port on 127.0.0.1.")] = 8001,
) -> None:
    """Browse a database in the browser: facets, full-text search, canned queries, JSON API.

    Runs Datasette (pip install 'quotes[web]') on 127.0.0.1 until Ctrl-C."""
    from quotes.io.store_reader import open_store
    from quotes.present.browse import metadata

    if importlib.util.find_spec("datasette") is None:
        raise fail("quotes serve needs Datasette, which is not installed: "
                   "pip install 'quotes[web]'")
    try:
        open_store(database).close()
    except QuotesError as exc:
        raise fail(str(exc)) from None
    with tempfile.TemporaryDirectory(prefix="quotes-serve-") as folder:
        meta = Path(folder) / "metadata.json"
        meta.write_text(json.dumps(metadata(database.stem), ensure_ascii=False), "utf-8")
        where = f"http://127.0.0.1:{port}/" if port else "a free port of 127.0.0.1 (below)"
        err.print(f"serving {database} on {where} (Ctrl-C to stop)", markup=False)
        # 127.0.0.1 only: the database is for this machine, not the network
        code = subprocess.call([sys.executable, "-m", "datasette", "serve", str(database),
                                "--host", "127.0.0.1", "--port", str(port),
                                "--metadata", str(meta)])
    raise typer.Exit(code)
