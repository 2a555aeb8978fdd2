"""Word lists the rules read, loaded once from the data files in this folder.

``use_folder`` reads them from another folder instead (a file there stands for the package's
list of the same name: a measurement with lists cut down); what a rule builds from a list is
cached with ``cached``, so that the change reaches it too. The readers of role nouns are in
``quotes.lexicon.roles``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from quotes.lexicon.grammar import CIRCUMSTANCES, INVARIABLE_ENDINGS

F = TypeVar("F", bound=Callable[..., Any])
_FOLDER: list[Path] = []  # the folder ``use_folder`` set, if any
_CACHES: list[Any] = []  # every ``cached`` function, cleared by ``use_folder``

_ER_ENDINGS = [
    "e",
    "es",
    "ent",
    "é",
    "ée",
    "és",
    "ées",
    "ait",
    "aient",
    "a",
    "èrent",
    "ant",
    "er",
    "era",
    "eront",
    "erait",
    "eraient",
    "ons",
    "ez",
]


def cached(fn: F) -> F:
    """``functools.cache`` for a function that reads word lists: ``use_folder`` clears it."""
    wrapper = cache(fn)
    _CACHES.append(wrapper)
    return cast(F, wrapper)


def bounded(size: int) -> Callable[[F], F]:
    """``cached`` keeping the last ``size`` results only: for a function of running text,
    whose arguments never repeat all."""

    def wrap(fn: F) -> F:
        wrapper = lru_cache(maxsize=size)(fn)
        _CACHES.append(wrapper)
        return cast(F, wrapper)

    return wrap


def use_folder(folder: Path | None) -> None:
    """Read each list from ``folder`` when a file of its name is there, else from this package
    (``None``: this package only), from now on: every list and what was built from one is
    read again on its next use. Not seen by worker processes already running."""
    _FOLDER[:] = [] if folder is None else [Path(folder)]
    for fn in _CACHES:
        fn.cache_clear()


def _lines(name: str) -> list[str]:
    own = _FOLDER[0] / name if _FOLDER else None
    if own is not None and own.is_file():
        return _entries_of(own.read_text(encoding="utf-8"))
    return entries(name)


def entries(name: str) -> list[str]:
    """The entries of this package's list file ``name`` ("role_nouns.txt"), comments and
    blank lines left out, whatever folder ``use_folder`` set."""
    return _entries_of(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def _entries_of(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def er_forms(lemma: str) -> set[str]:
    """Regular first-group forms (``_ER_ENDINGS``), with the c/ç and g/ge spelling rules."""
    stem = lemma[:-2]
    forms = set()
    for ending in _ER_ENDINGS:
        s = stem
        if ending[0] in "ao":
            if stem.endswith("c"):
                s = stem[:-1] + "ç"
            elif stem.endswith("g"):
                s = stem + "e"
        forms.add(s + ending)
    return forms


def verb_forms(lemma: str, listed: str) -> set[str]:
    """``lemma``, the forms ``listed`` (space separated), a first-group verb's regular ones."""
    return set(listed.split()) | (er_forms(lemma) if lemma.endswith("er") else set()) | {lemma}


@cached
def table_verb_forms(name: str) -> frozenset[str]:
    """Every folded form of the verbs of a lexicon table whose rows are a lemma and its listed
    forms (« holding_verbs », « passing_verbs »: ``verb_forms``)."""
    return frozenset(fold(form) for lemma, *listed in table(name)
                     for form in verb_forms(lemma, " ".join(listed)))


@dataclass(frozen=True)
class Verb:
    lemma: str
    que: bool  # a que-clause after it is reported speech
    infinitive: bool  # an infinitive after it is reported speech
    reflexive: bool  # still a cue with "se": "s'est dit", "s'est inquiété"
    object_infinitive: bool = False  # "a invité les croyants à avancer"
    tail: tuple[str, ...] = ()  # words that must follow: "met en avant"
    attribute: bool = False  # "se disant victime d'un complot": the attribute is reported
    belief: bool = False  # "commencent à penser que …": an infinitive under no verb of saying
    object_only: bool = False  # "a loué l'alliance « inébranlable »": an object holding marks only
    binding: bool = False  # "s'engage à payer": an act, no speech, when a contract binds to it
    honours: bool = False  # "rend hommage à « … »": the words after « à » are what is said
    recalls: bool = False  # "« … », se rappelle X": its reflexive is a cue in the incise

    @classmethod
    def incise_only(cls, lemma: str) -> Verb:
        """``lemma`` as a cue of the incise only: marked words, no que-clause nor infinitive."""
        return cls(lemma, que=False, infinitive=False, reflexive=True)


@cached
def reporting_verbs() -> dict[str, Verb]:
    """Map every known inflected form (lower case) to its reporting verb."""
    forms: dict[str, Verb] = {}
    for line in _lines("reporting_verbs.tsv"):
        cols = line.split("\t")
        lemma, flags = cols[0], cols[1]
        head, *tail = lemma.split("_")
        verb = Verb(lemma.replace("_", " "), "q" in flags, "i" in flags,
                    "r" in flags or "a" in flags, "o" in flags, tuple(tail),
                    "a" in flags, "b" in flags, "n" in flags, "c" in flags, "h" in flags,
                    "m" in flags)
        for form in verb_forms(head, cols[2] if len(cols) > 2 else ""):
            if "f" in flags and form.endswith("ant"):
                continue  # no present participle: "s'engageant à" glosses another cue
            if tail:
                forms[form + " " + " ".join(tail)] = verb  # looked up with the words after it
            else:
                forms.setdefault(form, verb)
    return forms


@cached
def incise_verbs() -> dict[str, str]:
    """Map every inflected form (lower case) of lexicon/incise_verbs.txt to its lemma: verbs
    that report only in the incise after the words, their subject inverted."""
    return {form: lemma for line in _lines("incise_verbs.txt")
            for lemma in [line.split("\t")[0]] for form in verb_forms(lemma, "")}


@cached
def words(name: str) -> frozenset[str]:
    """A one-entry-a-line list (``role_nouns``, ...), lower case; after a tab, data (kin.py)."""
    return frozenset(w.split("\t", 1)[0].lower() for w in _lines(f"{name}.txt"))


@cached
def marked_rows(file: str, mark: str) -> tuple[tuple[str, ...], ...]:
    """The rows, as written, of a list or a table (``"place_prepositions.txt"``,
    ``"periphrases.tsv"``) that hold ``mark`` in a column after their first: the one reader of
    a marks column."""
    rows = (tuple(line.split("\t")) for line in _lines(file))
    return tuple(row for row in rows if mark in row[1:])


@cached
def marked(name: str, mark: str) -> frozenset[str]:
    """The entries of a one-entry-a-line list marked ``mark`` after a tab, lower case:
    ``marked("place_prepositions", "setting")``."""
    return frozenset(row[0].lower() for row in marked_rows(f"{name}.txt", mark))


@cached
def titles() -> frozenset[str]:
    """Honorifics as written ("M.", "Mme", "Me"): case tells the title "Me" from the pronoun
    "me", so the words of a text are looked up as they are."""
    return frozenset(line.split("\t", 1)[0] for line in _lines("titles.txt"))


@cached
def noun_genders() -> dict[str, str]:
    """lexicon/noun_genders.tsv: a noun for an unnamed person -> "f" or "m" (it names a sex),
    "any" (feminine whoever it names: "source") or "person" (either: "proche")."""
    return {row[0]: row[1] for row in table("noun_genders")}


@cached
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated list (``first_names.tsv``), as written."""
    return tuple(tuple(line.split("\t")) for line in _lines(f"{name}.tsv"))


@cached
def age_nouns() -> dict[str, int]:
    """lexicon/age_nouns.tsv: a noun of a person's age, folded (« septuagénaire ») -> the first
    year of its decade (70)."""
    return {fold(noun): int(decade) for noun, decade in table("age_nouns")}


@cached
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as token tuples, longest first."""
    entries = {tuple(p.lower().split()) for p in _lines(f"{name}.txt")}
    return tuple(sorted(entries, key=len, reverse=True))


@cached
def quote_marks() -> dict[str, tuple[str, str, str]]:
    """Map each mark character to (opening, closing, family)."""
    marks: dict[str, tuple[str, str, str]] = {}
    for line in _lines("quote_marks.tsv"):
        opening, closing, family = line.split("\t")
        marks.setdefault(opening, (opening, closing, family))
        marks.setdefault(closing, (opening, closing, family))
    return marks


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Lower case without accents, for comparing names and role words."""
    s = unicodedata.normalize("NFKD", s.lower())
    if s.isascii():
        return s  # no accent to take off
    return "".join(c for c in s if not unicodedata.combining(c))


def capitalised(word: str, *, letters: bool = False) -> bool:
    """Does the word open on a capital (« Paris », « ONU », « Élysée »)? An empty one does not.
    With ``letters``, it also holds letters alone, hyphens allowed (« Jean-Moulin », not
    « 3M », « Paris, »)."""
    return word[:1].isupper() and (not letters or word.replace("-", "").isalpha())


def in_capitals(word: str) -> bool:
    """Is the word written in capitals, two letters or more: an acronym (« ONU », « CGT ») or
    a word set in capitals (« GHOSN »)? One capital alone is an initial."""
    return len(word) > 1 and word.isupper()


@cached
def folded(name: str) -> frozenset[str]:
    """A word list, accents and case folded: ``fold(word) in folded("role_nouns")``."""
    return frozenset(fold(w) for w in words(name))


@cached
def folded_table(name: str) -> dict[str, str]:
    """A name<TAB>value list by folded name: ``folded_table("first_names")["helene"] == "f"``."""
    return {fold(row[0]): row[1] for row in table(name)}


@cached
def endings(name: str) -> tuple[str, ...]:
    """lexicon/NAME.txt folded, as a tuple for ``str.endswith``: "agent_endings", …"""
    return tuple(sorted(folded(name)))


@cached
def lemmas() -> dict[str, str]:
    """Folded word form -> folded lemma (``lemmas.tsv``), for the forms whose first six
    letters differ from their lemma's: « exclus » -> « exclure »."""
    return {form: fold(lemma) for form, lemma in _written_lemmas().items()}


@cached
def _written_lemmas() -> dict[str, str]:
    """Folded word form -> its lemma as ``lemmas.tsv`` writes it, accents kept (« frémir »)."""
    return {form: lemma for form, lemma in table("lemmas")}


def lemma_of(word: str, noun: bool = False) -> str:
    """The lemma a rule reads for a word as written, from the lexicon alone so that both
    parsers give the same (the spaCy pipeline runs no lemmatizer): ``lemmas.tsv``'s, with its
    accents, for a form whose first six letters differ from its lemma's (« lut »: « lire »,
    « frémit »: « frémir »); else a noun in the singular (« salariés »: « salarié »,
    ``written_singular``); else the word itself, lower-case (« nuancé »)."""
    low = word.lower()
    listed = _written_lemmas().get(fold(low))
    return listed if listed is not None else written_singular(low) if noun else low


def opens_circumstance(text: str) -> bool:
    """Does lower-case text with « ' » for apostrophes open on a complement of time or
    circumstance (grammar.CIRCUMSTANCES: « après … », « lors de … », « lors d'… »)?"""
    return any(text.startswith(c if c.endswith("'") else c + " ") for c in CIRCUMSTANCES)


def is_time_word(word: str) -> bool:
    """A word of time (lexicon/time_words.txt: « lundi », « matin », « hier »…), whatever its
    case or accents."""
    return fold(word) in folded("time_words")


def singular(word: str) -> str:
    """Folded, without a plural -s: enough to match "ministères" with "ministère"."""
    w = fold(word)
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def written_singular(word: str) -> str:
    """A plural noun or adjective as written in the singular, by lexicon.singular's rule (the last
    -s off) but for the masculine that ends in -s or -x already (« portugais », « niçois »,
    « religieux »: the same word), « -aux » of « -al » (« municipaux ») and « -eaux » of
    « -eau » (« nouveaux »)."""
    w = fold(word)
    if len(w) <= 3 or w.endswith(INVARIABLE_ENDINGS):
        return word
    if w.endswith("eaux"):
        return word[:-1]
    if w.endswith("aux"):
        return word[:-3] + word[-3] + "l"  # the a as written (« MUNICIPAUX »: rare, kept)
    return word[:-1] if w.endswith("s") else word


def plural_shaped(word: str) -> bool:
    """Does ``word`` end as a French plural does, in -s or -x (« élus », « nationaux »)? Its
    shape only, as given: the caller lowers or folds it first."""
    return word.endswith(("s", "x"))


@cached
def deverbal_nouns() -> frozenset[str]:
    """Folded nouns of the act of a reporting verb of the first group (« déclarer »:
    « déclaration », « expliquer »: « explication », « préciser »: « précision »): a noun
    that names words said, like those of lexicon/speech_nouns.txt. Only these endings: « -ion »
    after other stems makes other words (« penser »: « pension »)."""
    out = set()
    for line in _lines("reporting_verbs.tsv"):
        lemma = fold(line.split("\t")[0].split("_")[0])
        if not lemma.endswith("er") or len(lemma) < 5:
            continue
        stem = lemma[:-2]
        out.add(stem[:-2] + "cation" if stem.endswith("qu") else stem + "ation")
        if stem.endswith("is"):
            out.add(stem + "ion")
    return frozenset(out)


def is_speech_noun(word: str) -> bool:
    """A noun that names words said or a document that gives them (lexicon/speech_nouns.txt,
    measure_nouns.txt: « selon les mesures de X »), or the act of a reporting verb
    (``deverbal_nouns``), singular or plural; never a role noun."""
    w = word.lower()
    if w in words("speech_nouns") or w in words("measure_nouns"):
        return True
    from quotes.lexicon.roles import is_role_noun  # roles reads this module's lists

    return singular(w) in deverbal_nouns() and not is_role_noun(w)


def is_possessed_word(word: str) -> bool:
    """A noun of what someone says (lexicon/possessed_words.txt) whose possessive stands for
    the one who says it: « selon ses dires », « d'après leurs déclarations »."""
    return word.lower() in words("possessed_words")


def listed(word: str, name: str) -> bool:
    """Is ``word``, accents and case folded, in the word list ``name``, singular or plural?"""
    entries = folded(name)
    return fold(word) in entries or singular(word) in entries


def is_org_noun(word: str) -> bool:
    return listed(word, "org_nouns")


def agent_lookalike(word: str) -> bool:
    """A noun of an agent's ending with no other gender (« barrière », « persienne ») or in
    « -logue » with no « -logie » (« dialogue »), singular or plural: no person's noun."""
    return singular(word) in folded("agent_lookalikes")


def strip_title(tokens: list[str]) -> list[str]:
    """The words of a name without the titles before it ("M.", "Mme", "Dr"), any case."""
    titles = words("titles")  # lower case already
    while tokens and tokens[0].lower() in titles:
        tokens = tokens[1:]
    return tokens

