"""`quotes eval`: scores against gold, printed or as JSON, with the errors listed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from quotes.cli.common import (
    app,
    article_records,
    examples,
    fail,
    identified,
    people_at,
    settings_from,
    told,
)
from quotes.cli.options import Backend, Config, Model, Paths, PeopleFile, Ranker
from quotes.errors import QuotesError
from quotes.model import Named, Quote


@app.command(name="eval", epilog=examples(
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
    backend: Backend = None,
    model: Model = None,
    ranker: Ranker = None,
) -> None:
    """Score predictions (an extracted JSONL, or articles to extract) against gold."""
    from quotes import evaluate as ev

    if not gold.exists():
        raise fail(f"{gold}: no such gold file or folder")
    settings = settings_from(config, backend=backend, model=model, ranker=ranker)
    lengths: dict[str, int] = {}
    try:
        gold_items = ev.load_gold(gold)
        named: dict[str, list[Named]] = {}  # who each article names, for the batch
        known = people_at(people)
        found, failed = told(identified(article_records(
            pred, progress=False, settings=settings, lengths=lengths, named=named), known))
        ev.check_ranges(gold_items, lengths)
    except QuotesError as exc:
        raise fail(str(exc)) from None
    records = [r for r in found if isinstance(r, Quote)]
    if not any(r.group_id for r in records):
        from quotes.api import link_and_group

        # read as a batch, then grouped, so that both are scored too
        records, _ = link_and_group(records, settings, named, people=known)
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
    raise typer.Exit(1 if failed else 0)


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
    b = s["speaker_breakdown"]
    typer.echo(f"speakers: {b['right']} right, {b['unresolved']} unresolved, {b['part']} part of "
               f"the name or more, {b['wrong']} wrong")
    typer.echo(f"end to end (quote + speaker): {_prf(e)}")
    typer.echo(f"role accuracy: {s['role_accuracy']:.3f}   cue accuracy: {s['cue_accuracy']:.3f}")
    r = s["role_breakdown"]
    typer.echo(f"roles: {r['exact']} exact, {r['extent']} same head other extent, "
               f"{r['missing']} missing, {r['other']} other "
               f"({r['wrong_speaker']} of the non-exact with a wrong speaker)")
    if s["gender_accuracy"] is not None:
        typer.echo(f"gender accuracy (one person, gold gender): {s['gender_accuracy']:.3f}"
                   f"  (over {s['gender_scored']})")
    g = s["grouping"]
    for kind, b in (("all", g), *g["by_kind"].items()):
        typer.echo(f"grouping {kind:10} (cross-article pairs): {_prf(b)}"
                   f"  (tp={b['tp']} gold={b['gold']} pred={b['predicted']})")
    m = g["matched_only"]
    typer.echo(f"grouping, pairs whose two quotes were extracted: {_prf(m)}"
               f"  (tp={m['tp']} gold={m['gold']} pred={m['predicted']})")
