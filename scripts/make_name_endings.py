"""Write quotes/lexicon/name_endings.tsv from quotes/lexicon/first_names.tsv.

For each ending of one to five letters (``^`` marks a name's start), how many women's and
men's names of the list end in it (``*``: all names); ``quotes.attribute.name_model`` guesses
the gender of a given name the list lacks from them. Endings seen fewer than twice are left
out (no setting reads them).

    .venv/bin/python scripts/make_name_endings.py        # write the file
    .venv/bin/python scripts/make_name_endings.py --cv   # k-fold figures, nothing written

``--cv`` holds out each tenth of the list in turn (names folded alike count once; the tenths
drawn from four shuffles), counts the endings of the rest and guesses the held-out names: the
list alone (a compound's first part, "Jean-Marie" from "Jean"), then the model for several
settings, with the accuracy on the names it answers, each gender apart, and the share of names
answered.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from quotes.attribute.name_model import MEN, WEIGHT, WOMEN, endings_of, given_name, guess_from
from quotes.lexicon import fold, table

OUT = Path(__file__).resolve().parent.parent / "quotes" / "lexicon" / "name_endings.tsv"
HEADER = """\
# Ending of a folded given name (^ marks its start, * is every name)<TAB>women's names<TAB>
# men's names, counted over quotes/lexicon/first_names.tsv by scripts/make_name_endings.py;
# endings seen once are left out. Read by quotes/attribute/name_model.py for names the list
# lacks.
"""
FOLDS = 10
TARGET = 0.97  # the accuracy a bar must give on the names it lets the model answer
SHUFFLES = 4  # the k-fold split is made anew from four shuffles of the list
Row = tuple[str, str]  # (folded name, "f" | "m")


def names() -> list[tuple[str, str]]:
    """(folded name, "f" | "m"), each folded form once."""
    seen: dict[str, str] = {}
    for name, gender in table("first_names"):
        seen.setdefault(fold(name), gender)
    return sorted(seen.items())


def counts(rows: Iterable[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Each ending's (women's, men's) names; a compound ("Marie-Claude") takes its first
    part's gender, so its ending says nothing and it is left out."""
    by_end: dict[str, Counter[str]] = {}
    for key, gender in rows:
        if "-" in key or " " in key:
            continue
        for end in ("*", *endings_of(key)):
            by_end.setdefault(end, Counter())[gender] += 1
    return {end: (c["f"], c["m"]) for end, c in by_end.items()}


def _splits(rows: list[Row]) -> Iterator[tuple[list[Row], list[Row]]]:
    """(held-out tenth, the rest) for each tenth of each of ``SHUFFLES`` shuffles of ``rows``."""
    for seed in range(SHUFFLES):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        folds = [shuffled[j::FOLDS] for j in range(FOLDS)]
        for i, held in enumerate(folds):
            yield held, [r for j, f in enumerate(folds) if j != i for r in f]


def cross_validate() -> None:
    """The list alone, then with the model for each weight and share: how many names of each
    gender it answers and how many of those rightly."""
    weights, shares = (2.0, 4.0, 8.0), (0.9, 0.95, 0.96, 0.98, 0.99)
    tally: Counter[tuple[object, ...]] = Counter()
    for held, train in _splits(names()):
        listed = dict(train)
        table_ = counts(train)
        for key, gender in held:
            tally["names"] += 1
            by_list = listed.get(key.split("-")[0]) if "-" in key else None
            if by_list:
                tally["list", by_list] += 1
                tally["list", by_list, "right"] += by_list == gender
                continue
            k = given_name(key.capitalize())
            for w, s in ((w, s) for w in weights for s in shares):
                said = guess_from(k, table_, w, (s, s)) if k is not None else None
                if said is not None:
                    tally[w, s, said] += 1
                    tally[w, s, said, "right"] += said == gender
    total = tally["names"]
    print(f"{total // SHUFFLES} names, {FOLDS} folds, {SHUFFLES} shuffles: for each gender "
          "guessed, accuracy (right / answered) and the share of all held-out names answered")

    def line(label: str, *key: object) -> str:
        cells = []
        for g in ("f", "m"):
            n, right = tally[(*key, g)], tally[(*key, g, "right")]
            cells.append(f"{g}: {right / n if n else 0:.3f} ({right}/{n}) {n / total:.3f}")
        return f"{label:22} " + "   ".join(cells)

    print(line("list only (compounds)", "list"))
    for w, s in ((w, s) for w in weights for s in shares):
        used = [g for g, bar in (("f", WOMEN), ("m", MEN)) if (w, bar) == (WEIGHT, s)]
        mark = f"  <- in use for {', '.join(used)}" if used else ""
        print(line(f"weight={w} share={s}", w, s) + mark)

    def bar(w: float, g: str) -> float:
        """The lowest share from which every share up is right on TARGET of the names."""
        ok = [s for s in shares if all(
            tally[w, t, g, "right"] >= TARGET * tally[w, t, g] for t in shares if t >= s)]
        return min(ok) if ok else 1.0

    best = max(weights, key=lambda w: sum(tally[w, bar(w, g), g] for g in "fm"))
    print(f"chosen (accuracy >= {TARGET} at the bar and every bar above it, most answers): "
          f"weight={best} women={bar(best, 'f')} men={bar(best, 'm')}; "
          f"in use: weight={WEIGHT} women={WOMEN} men={MEN}")


def main() -> None:
    if "--cv" in sys.argv[1:]:
        cross_validate()
        return
    kept = {e: c for e, c in sorted(counts(names()).items()) if sum(c) >= 2}
    OUT.write_text(HEADER + "".join(f"{e}\t{f}\t{m}\n" for e, (f, m) in kept.items()),
                   encoding="utf-8")
    print(f"{len(kept)} endings -> {OUT}")


if __name__ == "__main__":
    main()
