"""How much the word lists hide: each development article scored with the entries only it
names taken out of the lists.

For every gold article of the development sets (seeds, corpus, batch2; never check), the
entries of each list below that match a word or phrase of that article and of no other
development article are held out (an entry matches when its folded form, a plural -s or -x
allowed, stands in the folded text between non-word characters; a .tsv row by its first
column); the article is extracted with the reduced lists (``lexicon.use_folder``) and scored
against its gold, the way an article the lists were never grown from would be. Each set is
then read as a batch (``link_batch``, with the full lists: they are every other article's)
and scored, normally and held out: all the lists at once, then one list at a time, to tell
which one hides the most. Each article is parsed once; the rules run again on a copy of the
parse for each reduced lexicon.

    .venv/bin/python scripts/lexicon_holdout.py [--lists role_nouns,occupations] [--show LIST]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from quotes import evaluate as ev
from quotes import lexicon
from quotes.attribute.batch import link_batch
from quotes.group.grouping import utterances
from quotes.io.readers import read_articles
from quotes.lexicon import roles
from quotes.model import Article, Named, Quote
from quotes.nlp import load_pipeline
from quotes.pipeline import extract
from quotes.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "fixtures" / "gold"
SETS = {"seeds": ROOT / "seeds", "corpus": ROOT.parent / "shared" / "corpus" / "articles",
        "batch2": ROOT.parent / "shared" / "corpus" / "articles"}
BATCHES = (("seeds",), ("corpus", "batch2"))  # read together, as devscores reads them
LEXICON = Path(lexicon.__file__).parent
# the lists that name words of the articles (grammar, verbs and marks are not held out)
LISTS = ("role_nouns.txt", "occupations.txt", "first_names.tsv", "org_nouns.txt",
         "titles.txt", "nationalities.txt", "anaphoric_org_nouns.txt", "noun_genders.tsv",
         "org_aliases.tsv", "periphrases.tsv", "founding_roles.txt", "kin_nouns.txt",
         "family_members.txt", "role_kinds.tsv", "press_peers.txt", "speech_nouns.txt",
         "naming_cues.txt", "post_nouns.txt", "distinction_nouns.txt", "distinction_titles.txt",
         "alias_links.txt", "epicene_names.txt", "interview_markers.txt", "org_parts.txt")
SETTINGS = Settings(jobs=1)


def _key(name: str, entry: str) -> str:
    return entry.split("\t")[0] if name.endswith(".tsv") else entry


def _folded(text: str) -> str:
    return lexicon.fold(text).replace("’", "'")


@cache
def _pattern(key: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(w) for w in _folded(key).split())
    return re.compile(rf"(?<!\w){words}(?:s|x)?(?!\w)")


def held_out(texts: dict[str, str], lists: Iterable[str],
             pairs: bool = False) -> dict[str, dict[str, list[str]]]:
    """Article id -> list -> the entries that match that article and no other; with
    ``pairs``, also an entry that matches no other article and is the other gender of one
    held out (``lexicon.roles.counterparts``): it may have been added for that one."""
    folded = {a: _folded(t) for a, t in texts.items()}
    out: dict[str, dict[str, list[str]]] = {a: {} for a in texts}
    for name in lists:
        unmatched = []
        for entry in lexicon.entries(name):
            where = [a for a, t in folded.items() if _pattern(_key(name, entry)).search(t)]
            if len(where) == 1:
                out[where[0]].setdefault(name, []).append(entry)
            elif not where:
                unmatched.append(entry)
        for by_list in out.values() if pairs else ():
            gone = {lexicon.fold(e) for e in by_list.get(name, [])}
            more = [e for e in unmatched if gone & set(roles.counterparts(lexicon.fold(e)))]
            if more:
                by_list[name] = by_list[name] + more
    return out


class ParsedOnce:
    """``nlp.pipe`` for the pipeline, each text parsed once and handed out as a fresh copy."""

    def __init__(self) -> None:
        self.nlp = load_pipeline()
        self.done: dict[str, bytes] = {}

    def pipe(self, items: Iterable[tuple[str, Any]], *, as_tuples: bool,
             batch_size: int) -> Iterator[tuple[Doc, Any]]:
        for text, context in items:
            if text not in self.done:
                self.done[text] = self.nlp(text).to_bytes()
            yield Doc(self.nlp.vocab).from_bytes(self.done[text]), context


def run(parsed: ParsedOnce, articles: list[Article]) -> tuple[list[Quote], dict[str, list[Named]]]:
    quotes: list[Quote] = []
    named: dict[str, list[Named]] = {}
    for result in extract(articles, parsed, settings=SETTINGS):  # type: ignore[arg-type]
        quotes.extend(result.quotes)
        named[result.article.id] = result.people
    return quotes, named


def reduced(parsed: ParsedOnce, article: Article, held: dict[str, list[str]],
            ) -> tuple[list[Quote], list[Named]]:
    """The article extracted with its held-out entries taken out of the lists."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, entries in held.items():
            gone = set(entries)
            lines = (LEXICON / name).read_text(encoding="utf-8").splitlines()
            kept = [ln for ln in lines if ln not in gone]
            (Path(tmp) / name).write_text("\n".join(kept) + "\n", encoding="utf-8")
        lexicon.use_folder(Path(tmp))
        try:
            quotes, named = run(parsed, [article])
        finally:
            lexicon.use_folder(None)
    return quotes, named.get(article.id, [])


def figures(gold: list[ev.Item], quotes: list[Quote]) -> dict[str, float | None]:
    s = ev.score(gold, ev.from_records(quotes))
    return {"lenient": s["lenient"]["all"]["f1"], "speaker": s["speaker_accuracy"],
            "role": s["role_accuracy"], "gender": s["gender_accuracy"],  # None: no gold gender
            "e2e": s["end_to_end"]["f1"]}


def linked(per_article: dict[str, tuple[list[Quote], list[Named]]],
           golds: dict[str, list[ev.Item]]) -> dict[str, dict[str, float | None]]:
    """Each set's figures, its batch read together."""
    scores = {}
    for batch in BATCHES:
        ids = {g.article for s in batch for g in golds[s]}
        quotes = [q for a in sorted(ids) for q in per_article[a][0]]
        named = {a: per_article[a][1] for a in ids}
        together = link_batch(quotes, named, utterances)
        for s in batch:
            scores[s] = figures(golds[s], together)
    return scores


def print_changes(golds: dict[str, list[ev.Item]], article: str, before: list[Quote],
                  after: list[Quote]) -> None:
    """The gold quotes of an article whose speaker or role differs in the two runs (unlinked)."""
    gold = [g for items in golds.values() for g in items if g.article == article]
    seen = [{id(g): p for g, p in ev.match(gold, ev.from_records(run), ev.LENIENT, False)}
            for run in (before, after)]
    for g in gold:
        was, now = (m.get(id(g)) for m in seen)
        said = [(p.speaker, p.role) if p else None for p in (was, now)]
        if said[0] != said[1]:
            print(f"{article} {g.start}: gold {g.speaker!r} {g.role!r}: {said[0]} -> {said[1]}")


COLUMNS = ("lenient", "speaker", "role", "gender", "e2e")


def line(label: str, fig: dict[str, float | None]) -> str:
    return f"  {label:<24}" + "".join(
        f"{'-':>9}" if fig[c] is None else f"{fig[c]:>9.3f}" for c in COLUMNS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lists", help="comma-separated list names to hold out (default: all)")
    ap.add_argument("--show", help="print the entries of this list held out, by article")
    ap.add_argument("--no-each", action="store_true", help="skip the one-list-at-a-time runs")
    ap.add_argument("--pairs", action="store_true", help="hold out the other gender of a "
                    "held-out entry too, when no other article has it")
    ap.add_argument("--diff", action="store_true",
                    help="print the gold quotes whose speaker or role the hold-out changes")
    args = ap.parse_args()
    lists = LISTS if not args.lists else tuple(
        n if "." in n else next(x for x in LISTS if x.startswith(n + ".")) for n in
        args.lists.split(","))
    t0 = time.time()
    golds = {s: ev.load_gold(GOLD / f"{s}.jsonl") for s in SETS}
    articles: dict[str, Article] = {}
    for s, folder in SETS.items():
        for a in sorted({g.article for g in golds[s]}):
            (art,) = read_articles([str(folder / f"{a}.txt")])
            assert isinstance(art, Article), art
            articles[a] = art
    held = held_out({a: art.text for a, art in articles.items()}, lists, args.pairs)
    if args.show:
        name = next(x for x in LISTS if x.startswith(args.show))
        for a, by_list in held.items():
            if by_list.get(name):
                print(f"{a}: {' | '.join(by_list[name])}")
        return
    parsed = ParsedOnce()
    normal = {a: (q, n.get(a, [])) for a, art in articles.items()
              for q, n in [run(parsed, [art])]}
    base = linked(normal, golds)

    def holding(names: tuple[str, ...]) -> dict[str, dict[str, float | None]]:
        runs = dict(normal)
        for a, by_list in held.items():
            mine = {n: e for n, e in by_list.items() if n in names}
            if mine:
                runs[a] = reduced(parsed, articles[a], mine)
        return linked(runs, golds)

    every = holding(lists)
    if args.diff:
        for a, by_list in held.items():
            if by_list:
                print_changes(golds, a, normal[a][0], reduced(parsed, articles[a], by_list)[0])
    each = {} if args.no_each else {n: holding((n,)) for n in lists
                                    if any(n in by_list for by_list in held.values())}
    print(f"{'':26}" + "".join(f"{c:>9}" for c in COLUMNS))
    for s in SETS:
        ids = {g.article for g in golds[s]}
        count = sum(len(e) for a in ids for e in held[a].values())
        print(f"{s} ({len(ids)} articles, {count} entries held out)")
        print(line("normal", base[s]))
        print(line("word lists held out", every[s]))
        costs = sorted(each.items(),
                       key=lambda kv: (kv[1][s]["role"] or 0) + (kv[1][s]["speaker"] or 0))
        for name, fig in costs:
            n = sum(len(held[a].get(name, [])) for a in ids)
            if n and fig[s] != base[s]:
                print(line(f"  {name.split('.')[0]} ({n})", fig[s]))
        if costs and costs[0][1][s] != base[s]:
            print(f"  costs the most (role + speaker): {costs[0][0]}")
    print(f"({time.time() - t0:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
