"""News outlets and agencies: they carry the words of others and are never who a pronoun
stands for (« Le Parisien a publié son témoignage. « … », a-t-il confié » is not the paper's).

An organisation is an outlet when its name is one the lexicon lists (lexicon/outlet_names.txt,
"AFP", "Le Parisien"), or when the article names it as one: after a press noun (« le quotidien
X », « l'agence X », lexicon/press_nouns.txt), or as who words were given to or passed on by
(« a confié au Parisien », « a réagi auprès de l'AFP », « interrogé par X », « dans les
colonnes du Monde », « au micro de RTL », « des propos rapportés par X »), or when its own
name opens with a press noun (« La Gazette de Lens », lexicon/outlet_heads.txt). A name that
only opens an outlet's longer name (« France » of « au micro de France Inter ») is none.
A bare press noun (« selon le journal », « relate la radio locale ») stands for the outlet
named last before it (``described_outlet``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from quotes.attribute.mentions import joined
from quotes.detect.context import visible_end
from quotes.lexicon import (
    bounded,
    cached,
    capitalised,
    fold,
    folded,
    marked,
    reporting_verbs,
    table,
    words,
)
from quotes.lexicon.grammar import DEFINITE_SINGULAR
from quotes.lexicon.outlets import (
    ARTICLE,
    bare,
    is_press_noun,
    listed_name,
    listed_outlet,
    network_kind,
)
from quotes.nlp.doc import entities, text_of

_THE = ARTICLE + "?"  # an article at most, before the name
_NEXT_WORD = re.compile(r"[ \u00a0]+(\w+)")  # the word after a name, on its line
# who words were given to: after a reporting verb ("a réagi auprès de l'"), or « confier »
# ("s'est confié au"); « a écrit à la mairie », « a déclaré à Paris » name no outlet
_TO = r"(à|au|aux|auprès\s+d[eu'’]|auprès\s+des)\s*" + _THE + "$"
_GIVEN_TO = re.compile(r"([\w’'-]+)\s+" + _TO, re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(La|Le|Les)\s+$")  # « La » of « La Libre Belgique »
_OWN_ARTICLE = re.compile(r"(?:La |Le |L['’])")  # « Le » of « Le Parisien », as written
_LOWER_ARTICLE = re.compile(r"(la|le|l['’])\s*")  # « le » of « rapporte le Parisien »
# the same, just before a name, or contracted with « de » or « à » (« selon les informations
# du Figaro », « a confié au Parisien »: « Le Figaro », « Le Parisien »)
_LOWER_ARTICLE_BEFORE = re.compile(r"\b(la|le|l['’]|du|au)\s*$")
_CONTRACTED = {"du": "le", "au": "le"}  # the article a contraction holds
_AND = re.compile(r",|\bet\b")  # between two names the recogniser ran into one
_REACH = 60  # characters before a name where the words that carry it are read
_WORD_BEFORE = re.compile(r"([\w'’]+)\W*$")  # the last word before a name
# the words just before a place's name that make it an outlet (« selon La Provence »), with the
# newspaper nouns (``_before_outlet``)
_SOURCE_WORDS = frozenset({"selon", "d'apres", "d’apres"})


@cached
def _before_outlet() -> frozenset[str]:
    """``_SOURCE_WORDS`` and the newspaper nouns of lexicon/press_nouns.txt (marked ``paper``),
    folded."""
    return _SOURCE_WORDS | frozenset(fold(w) for w in marked("press_nouns", "paper"))


@cached
def _medium() -> str:
    """A newspaper noun before or after an outlet's name, anywhere in the article (« le
    quotidien La Provence », « La Provence, le quotidien marseillais, »); ``{0}``: the name."""
    papers = "|".join(sorted(marked("press_nouns", "paper")))
    return (rf"\b(?:{papers})\s+(?:\w+\s+)?{{0}}|{{0}}\s*,\s*"
            rf"(?:le\s+|l['’])(?:{papers})\b")


@cached
def _carried() -> re.Pattern[str]:
    """Where words were read or heard, or who passed them on, whatever comes before: the
    words of lexicon/outlet_carriers.tsv, each of its kind."""
    kinds: dict[str, list[str]] = {"at": [], "by": [], "to": []}
    for kind, said in table("outlet_carriers"):
        kinds[kind].append(r"\s+".join(re.escape(w).replace("'", "['’]") for w in said.split()))
    at, by, to = ("|".join(kinds[k]) for k in ("at", "by", "to"))
    return re.compile(
        rf"(?:{at})\s+d[eu'’]\s*" + _THE + "$"
        rf"|\b(?:{by})(?:é|ée|és|ées)\s+par\s+" + _THE + "$"
        rf"|\b(?:{to})\s+(?:accordée?\s+)?" + _TO,
        re.IGNORECASE,
    )


@cached
def _press_noun() -> re.Pattern[str]:
    """« le quotidien X », « l'agence américaine X »: a press noun, an adjective at most."""
    nouns = "|".join(sorted(words("press_nouns")))
    return re.compile(
        rf"\b(?:{nouns})(?:\s+de\s+presse)?(?:\s+(?!d[eu]s?\b)[\w-]+)?\s+"
        + _THE + "$",
        re.IGNORECASE)


@bounded(256)
def outlet(text: str, name: str) -> bool:
    """Is the organisation ``name`` a news outlet or agency in the article ``text``?"""
    if listed_outlet(name):
        return True
    key = bare(name)
    if len(key) < 2 or not capitalised(key):  # « interrogé par la police » names no outlet
        return False
    at = text.find(key)
    while at >= 0:
        before = _words_before(text, at)
        if not _goes_on(text[at + len(key) : at + len(key) + 40]) and (
                _given_to(before) or _carried().search(before) or _press_noun().search(before)):
            return True
        at = text.find(key, at + len(key))
    return False


def _words_before(text: str, at: int) -> str:
    """The ``_REACH`` characters of ``text`` before ``at``, less a word the reach cuts."""
    lo = max(0, at - _REACH)
    if lo and not text[lo - 1].isspace():
        lo = next((k for k in range(lo, at) if text[k].isspace()), at)
    return text[lo:at]


def _goes_on(after: str) -> bool:
    """Do the words ``after`` a name carry it on, so that it is part of another name: « France »
    of « France Inter », « Europe » of « Europe 1 », « Var » of « Var-Matin » or « Varsovie »?"""
    if after[:1].isalnum() or after[:1] == "-":
        return True
    spaced = _NEXT_WORD.match(after)
    return spaced is not None and (capitalised(spaced[1]) or spaced[1][:1].isdigit())


def _given_to(before: str) -> bool:
    """Do the words ``before`` a name end by giving words to it: « a réagi auprès de l' »
    (a reporting verb), « s'est confiée au »?"""
    given = _GIVEN_TO.search(before)
    verb = reporting_verbs().get(given.group(1).lower()) if given else None
    return given is not None and verb is not None and (
        given.group(2).lower().startswith("auprès") or verb.lemma == "confier")


def outlet_name(text: str, start: int, end: int) -> str | None:
    """The name of the outlet that ``text[start:end]`` names as the lexicon lists it with its
    article (« La Libre Belgique », the capitalised article just before the words taken in), as
    written with its capitalised article where the lexicon lists it without (« Le Parisien »,
    opening the sentence or not; « l'AFP » is `AFP`: ``_as_written``), or outlets the lexicon
    lists named together, each so (« Le Parisien et BFMTV »), or of a network's station
    (« France Bleu Vallonie », lexicon.outlets.network_kind); None for any other words, read
    as any mention is."""
    said = text[start:end].strip()
    lo = visible_end(text, start)  # the article ends before the blanks that end ``text[:start]``
    article = _ARTICLE_BEFORE.search(text, max(0, lo - 3), start)
    if article is not None and fold(f"{article[1]} {said}") in folded("outlet_names"):
        whole = f"{article[1]} {said}"
        if fold(whole) not in _places() or _as_outlet(text, article.start(), whole):
            return whole
        return None  # « La Provence, où 3 000 hectares ont brûlé, réclame … »: the region
    # « Le Parisien », « Le Parisien et BFMTV »: each outlet as written, its capitalised article
    # with it (``_as_written``)
    parts = [p.strip() for p in _AND.split(said)]
    if any(fold(p) in _places() for p in parts) and not _as_outlet(text, start, said):
        return None  # « La Provence réclame … » opening a sentence: the region
    if all(p and listed_name(p) for p in parts):
        return joined([_as_written(p) for p in parts]) if len(parts) > 1 else _titled(
            text, start, said)
    return bare(said) if network_kind(said) is not None else None


def _titled(text: str, start: int, said: str) -> str:
    """The outlet named by ``said`` at ``text[start:]`` as written (``_as_written``), with the
    article the text writes in lower case, capitalised, when the outlet's title holds it
    (lexicon/outlet_names.txt, « titled »: « rapporte le Parisien » is « Le Parisien »,
    « selon le Monde » « Le Monde »; « l'AFP » is « AFP »), where the text writes the title
    itself with its capital: « a indiqué l'équipe » is a team, `équipe`. A name written with its
    capitalised article (« Le Figaro ») is no title the lexicon marks so: as written."""
    name = _as_written(said)
    if not name[:1].isupper() or fold(name) not in marked("outlet_names", "titled"):
        return name
    article = _LOWER_ARTICLE.match(said) or _LOWER_ARTICLE_BEFORE.search(
        text, max(0, visible_end(text, start) - 3), start)
    if article is None:
        return name
    written = _CONTRACTED.get(article[1], article[1]).capitalize()
    return f"{written}{name}" if written.endswith(("'", "’")) else f"{written} {name}"


@cached
def _places() -> frozenset[str]:
    """The outlets of lexicon/outlet_names.txt that are places too (« la provence »), folded."""
    return frozenset(fold(w) for w in marked("outlet_names", "place"))


def _as_outlet(text: str, start: int, name: str) -> bool:
    """Do words give ``name``, written at ``text[start:]``, as an outlet: « selon », « d'après »,
    a reporting verb, « le journal » or « le quotidien » just before it, or the article
    elsewhere (« le quotidien La Provence »)?"""
    before = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    if before is not None and (fold(before[1]) in _before_outlet()
                               or reporting_verbs().get(before[1].lower()) is not None):
        return True
    return re.search(_medium().format(re.escape(name)), text) is not None


def described_outlet(span: Span) -> str | None:
    """The outlet a bare press noun stands for (« selon le journal », « relate la radio
    locale »: a definite article, a noun of lexicon/outlet_nouns.txt, adjectives at most): the
    outlet the article named last before it, as the article writes it (« Le Parisien »), when
    its kind fits the noun (``_fits``) and the sentence naming it names no other (« Le Petit
    Matin et L'Écho du Var ont publié l'enquête. Selon le journal »: which one is not said);
    else None. Nor when the noun asks a person (« le journal a interrogé Paul Roux »)."""
    if len(span) < 2 or fold(span[0].text) not in DEFINITE_SINGULAR or not span[1].is_lower or (
            fold(span[1].text) not in folded("outlet_nouns")) or "Plur" in span[1].morph.get(
            "Number", []) or any(not (t.is_lower and t.pos_ == "ADJ") for t in span[2:]):
        return None
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if after and (capitalised(after[0].text) or (
            fold(after[0].text) in DEFINITE_SINGULAR and len(after) > 1
            and capitalised(after[1].text))):
        return None  # « l'hebdomadaire l'Express »: the name follows, its own
    if span[1].dep_.startswith("nsubj") and any(
            c.dep_ == "obj" and c.pos_ == "PROPN" for c in span[1].head.children):
        return None  # « le journal a interrogé Paul Roux »: the words are his
    text = text_of(doc)
    named = [(e, name) for e in entities(doc) if e.end_char <= span.start_char
             for name in _outlets_named(text, e)]
    if not named:
        return None
    last, name = named[-1]
    if any(other != name and e.sent.start == last.sent.start for e, other in named) or any(
            _listed_at(text, t.idx) for t in last.sent if not last.start <= t.i < last.end) or (
            _joined(last)):
        return None  # two outlets in one sentence: the noun says neither
    return name if _fits(text, last, name, fold(span[1].text)) else None


def _joined(ent: Span) -> bool:
    """Is the name ``ent`` joined by « et » to a capitalised name the recogniser missed or
    read as no outlet (« L'Écho des Collines et Le Parisien »): two outlets, maybe?"""
    doc = ent.doc
    before, after = doc[max(0, ent.start - 2) : ent.start], doc[ent.end : ent.end + 3]
    return (len(before) == 2 and before[1].lower_ == "et" and capitalised(before[0].text)) or (
        len(after) > 1 and after[0].lower_ == "et"
        and any(capitalised(t.text) for t in after[1:]))


def _fits(text: str, ent: Span, name: str, noun: str) -> bool:
    """Does the outlet ``name`` fit the press noun ``noun``? « la radio » and « la chaîne »
    only an outlet known as one, by its network (« France Bleu Vallonie », a radio), the noun
    opening its name (« Radio Lens ») or the one before it (« la radio RTL »); « le journal »,
    « le quotidien », « l'hebdomadaire » any outlet not known as a radio or a channel."""
    kind = network_kind(name) or next(
        (w for w in (fold(bare(name)).split(" ", 1)[0],) if w in folded("outlet_heads")), None)
    if kind is None:
        before = re.search(r"([\w’'-]+)\s+" + _THE + "$", _words_before(text, ent.start_char))
        kind = fold(before[1]) if before and is_press_noun(before[1]) else None
    broadcast = folded("broadcast_nouns")
    kind = fold(kind) if kind is not None else None
    if noun in broadcast:
        return kind == noun
    return kind not in broadcast


def _listed_at(text: str, at: int) -> bool:
    """Does a capitalised word the lexicon lists as an outlet's name start at ``at``, up to the
    next blank or comma (« Var-Matin », whatever the recogniser made of it)?"""
    word = re.match(r"[^\s,.;:]+", text[at:])
    return word is not None and capitalised(word[0]) and fold(word[0]) in folded("outlet_names")


def _outlets_named(text: str, ent: Span) -> list[str]:
    """The outlets' names the entity ``ent`` gives as the article writes them, each with its
    article when it is part of it (« Le Parisien », capitalised mid-sentence or opening one):
    two when the recogniser ran « X et Y » into one name."""
    listed = outlet_name(text, ent.start_char, ent.end_char)
    if listed is not None:
        article = _OWN_ARTICLE.search(text, max(0, ent.start_char - 3), ent.start_char)
        article = article if article is not None and article.end() == ent.start_char else None
        return [_as_written(article[0] + listed if article and listed == bare(listed)
                            else listed)]
    return [_as_written(n.strip()) for n in _AND.split(ent.text) if outlet(text, n.strip())]


def _as_written(name: str) -> str:
    """``name`` with its capitalised article (« Le Parisien », « L'Équipe »), not an
    acronym's (« l'AFP » is "AFP")."""
    return name if _OWN_ARTICLE.match(name) and not bare(name).isupper() else bare(name)
