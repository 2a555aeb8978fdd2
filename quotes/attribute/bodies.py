"""Bodies an article names by their kind and a proper name, and the shorter forms of them.

« le centre hospitalier Marcel-Vaudier », « le lycée Jean-Moulin »: a noun of a kind of body
(lexicon/body_kinds.tsv) before a proper name is one body, named after someone, no person of
the cast. A bracketed acronym right after a body's name (« … Marcel-Vaudier (CHMV) »), or one
that the initials of a name the article gives spell, is that body; so is a bracketed acronym
after capitalised words whose initials spell it, no entity or kind noun needed (« Samu-Urgences
de France (SUdf) »: an acronym may keep the small letters of the links). The initials may
spell it in another order, the acronym of the name in another language (« Institut nordique
pour la recherche polaire (NPRI) »); a bracketed acronym of three letters or more half of
whose letters open words of the name is the body too (« Institut d'études géologiques des
États-Unis (USGS) »), any other names the body it belongs to (« le conseil régional de Lorvie
(LR) », « le Conseil de sécurité (ONU) »). Of two bodies an article ties to one acronym, the
acronym alone later is the one tied last before it. A definite noun of the kind with nothing
after it but adjectives or a place (« l'hôpital », « le centre hospitalier », « l'hôpital de
Vienne », « l'établissement ») is the one body of that kind the article named; of two, the one
named last before it, like « la société » (``companies.company_before``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from quotes.attribute.orgs import org_phrase, without_article
from quotes.lexicon import cached, capitalised, fold, in_capitals, is_org_noun, table
from quotes.lexicon.grammar import (
    DE_CONTRACTED,
    DEFINITE_SINGULAR,
    DEMONSTRATIVES,
    NAME_LINKS,
    SPELLING_LINKS,
)
from quotes.nlp.doc import entities, text_of


@dataclass(frozen=True)
class Body:
    name: str  # « centre hospitalier Marcel-Vaudier »
    kind: str  # « hôpital »
    start: int  # its offset


@dataclass(frozen=True)
class Named:
    """The bodies an article names, and each acronym a bracket ties to a name."""

    bodies: tuple[Body, ...]
    # « CHMV » -> ((offset of its bracket, « centre hospitalier Marcel-Vaudier »), …), in
    # text order: two bodies an article names may share an acronym
    acronyms: dict[str, tuple[tuple[int, str], ...]]
    names: tuple[str, ...]  # every name of a body the article gives, for initials


@cached
def _kinds() -> dict[tuple[str, ...], str]:
    """lexicon/body_kinds.tsv, folded words -> kind."""
    return {tuple(fold(noun).split()): kind for noun, kind in table("body_kinds")}


@cached
def _first_words() -> frozenset[str]:
    return frozenset(words[0] for words in _kinds())


def kind_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """The kind of body the words from token ``i`` name and the token after them: « centre
    hospitalier » -> (« hôpital », i + 2)."""
    return _kind_of(tuple(fold(t.text) for t in doc[i : i + 2]), i)


def _kind_of(words: tuple[str, ...], i: int) -> tuple[str, int] | None:
    """``kind_at``, of ``words``: the folded words from token ``i``, two at most."""
    for n in (2, 1):
        if len(words) >= n and words[:n] in _kinds():
            return _kinds()[words[:n]], i + n
    return None


def _capital(doc: Doc, j: int) -> bool:
    return capitalised(doc[j].text, letters=True)  # « Jean-Moulin »


def _run_end(doc: Doc, j: int) -> int:
    """The end of the proper name that starts at token ``j`` (« Marcel-Vaudier », « Jean
    Moulin »), ``j`` when none starts there."""
    end = j
    while end < len(doc) and (
        _capital(doc, end)
        or (doc[end].text == "-" and end > j and end + 1 < len(doc) and _capital(doc, end + 1))
    ):
        end += 1
    return end


def bodies(doc: Doc, outside: Callable[[int], bool], reach: int) -> Named:
    """Every body the article names by a kind noun and a proper name (and the place that
    follows: « lycée Jean-Moulin de Tours »), outside quotation marks, in text order.
    ``reach``: ``Settings.body_name_reach_words`` (``orgs.org_phrase``)."""
    found: list[Body] = []
    ends: dict[int, str] = {}  # token after a name -> the name
    folded = [fold(t.text) for t in doc]  # each word once, not at every token it follows
    for i, word in enumerate(folded):
        if word not in _first_words():
            continue
        kind, tok = _kind_of(tuple(folded[i : i + 2]), i), doc[i]
        if kind is None or not outside(tok.idx):
            continue
        j = kind[1]
        while j < len(doc) and j - kind[1] < 2 and doc[j].is_lower and doc[j].pos_ == "ADJ":
            j += 1  # « le collège public Marthe-Gautier »
        end = _run_end(doc, j)
        if end == j:
            continue
        if end + 1 < len(doc) and doc[end].lower_ in DE_CONTRACTED and _capital(doc, end + 1):
            end = _run_end(doc, end + 1)  # « … de Tours »
        last = doc[end - 1]
        name = text_of(doc)[tok.idx : last.idx + len(last.text)]
        found.append(Body(name, kind[0], tok.idx))
        ends[end] = name
    for ent in entities(doc):  # « l'Office national des forêts (ONF) »
        words = ent[1:] if ent[0].pos_ == "DET" else ent  # « la Fédération … »: no article
        if ent.label_ == "ORG" and len(words) > 1 and "\n" not in ent.text:
            ends.setdefault(ent.end, without_article(words.text))
    for tok in doc:  # « le parquet national antiterroriste (PNAT) »
        if tok.pos_ == "NOUN" and is_org_noun(tok.text) and outside(tok.idx):
            phrase = org_phrase(tok, reach)
            covered = doc.char_span(tok.idx, tok.idx + len(phrase))
            if covered is not None and len(covered) > 1:
                ends.setdefault(covered.end, phrase)
    for tok in doc[1:-2]:  # « Samu-Urgences de France (SUdf) »: no entity, no kind noun
        if tok.text == "(" and doc[tok.i + 2].text == ")" and tok.i not in ends and outside(
                tok.idx) and (spelt := _spelt_run(doc, tok.i, doc[tok.i + 1].text)):
            ends[tok.i] = spelt
    acronyms: dict[str, list[tuple[int, str]]] = {}
    for end, name in ends.items():
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acronym = doc[end + 1].text
            if (acronym_like(acronym) and fold(acronym[0]) == fold(name[0])) or (
                    (mixed_acronym(acronym) or word_acronym(acronym)) and spells(acronym, name)
            ) or (
                    acronym_like(acronym) and spells_reordered(acronym, name)):
                tied = name  # « Samu-Urgences de France (SUdF) »
            elif (spelt := _spelt_run(doc, end, acronym)) is not None:
                # « le parti de droite La Voie Neuve (LVN) »: the words that spell it, its
                # article with them
                tied = spelt
            elif acronym_like(acronym) and not _whose(acronym, name):
                tied = name  # « l'Institut d'études géologiques des États-Unis (USGS) »: its
                # acronym in another language
            else:
                continue
            acronyms.setdefault(acronym, []).append((doc[end].idx, tied))
    return Named(tuple(found), {a: tuple(sorted(t)) for a, t in acronyms.items()},
                 tuple(dict.fromkeys(ends.values())))


def _whose(acronym: str, name: str) -> bool:
    """Does an acronym in brackets after a body's ``name`` name another body, the one that body
    belongs to (a party, a parent body: « le conseil régional de Lorvie (LR) », « la mairie de
    Vernac (EELV) », « le Conseil de sécurité (ONU) »), not the body itself? So it does when it
    has fewer than three letters, or when fewer than half of its letters open a word of the
    name. « l'Institut d'études géologiques des États-Unis (USGS) » (U, G) is the
    institute's."""
    initials = {fold(w[0]) for w in re.findall(r"\w+", name) if fold(w) not in NAME_LINKS}
    return len(acronym) < 3 or 2 * sum(fold(c) in initials for c in acronym) < len(acronym)


def _spelt_run(doc: Doc, bracket: int, acronym: str) -> str | None:
    """The longest run of capitalised words (with hyphens and the links of a name, « de »,
    « la ») right before a bracket whose initials spell the acronym in it, if any; none of
    them a person's name."""
    if not acronym_shaped(acronym):
        return None
    text, last, best = text_of(doc), doc[bracket - 1], None
    for lo in range(bracket - 1, max(0, bracket - 10), -1):
        word = doc[lo]
        if word.ent_type_ == "PER" or not (
                capitalised(word.text) or word.text == "-" or fold(word.text) in NAME_LINKS):
            break  # « Paul Morel (PM) »: a person's initials, no body
        run = text[word.idx : last.idx + len(last.text)]
        if capitalised(word.text) and spells(acronym, run):
            best = run
    return best


def acronym_like(word: str) -> bool:
    """Is this word shaped like an acronym: two to six capitals (« CHMV », « FFV »)?"""
    return in_capitals(word) and word.isalpha() and len(word) <= 6


def acronym_shaped(word: str) -> bool:
    """Is this word an acronym of either shape (``acronym_like``, ``mixed_acronym``)?"""
    return acronym_like(word) or mixed_acronym(word)


def mixed_acronym(word: str) -> bool:
    """Is this word an acronym that keeps the small letters of a name's links (« SUdF » for
    « Samu-Urgences de France »): three to seven letters, a capital first, two capitals or
    more, never three small letters in a row (« McDonald » is a name)? Only a bracket or the
    initials of a name the article gives make it one (``spells``)."""
    return (
        word.isalpha() and 3 <= len(word) <= 7 and capitalised(word) and not word.isupper()
        and sum(c.isupper() for c in word) >= 2
        and not any(a.islower() and b.islower() and c.islower() for a, b, c in _threes(word))
    )


def word_acronym(word: str) -> bool:
    """Is this word shaped like an acronym written as a word (« Igas » for « Inspection
    générale des affaires sociales »): three to seven letters, a capital only first? Only the
    bracket after the name whose initials it spells makes it one."""
    return word.isalpha() and 3 <= len(word) <= 7 and word[0].isupper() and word[1:].islower()


def _threes(word: str) -> zip[tuple[str, str, str]]:
    return zip(word, word[1:], word[2:], strict=False)


def _words(name: str) -> list[str]:
    """The words of a name, hyphens apart, an elided article a word of its own: « de
    l'énergie » -> « de », « l' », « énergie »."""
    return re.findall(r"[^\s'’-]+['’]?", name)


def spells(acronym: str, name: str) -> bool:
    """Do the initials of ``name``'s words spell ``acronym``, its small words
    (``SPELLING_LINKS``: « de », « la », « l' », « et ») taken or left: « centre hospitalier
    Marcel-Vaudier » spells « CHMV », « Office national des forêts » « ONF »."""
    words = _words(name)

    def rest(letters: str, k: int) -> bool:
        if k == len(words):
            return not letters
        link = fold(words[k]) in SPELLING_LINKS
        took = bool(letters) and fold(letters[0]) == fold(words[k][0]) and rest(letters[1:], k + 1)
        return took or (link and rest(letters, k + 1))

    return len(words) > 1 and rest(acronym, 0)


def spells_reordered(acronym: str, name: str) -> bool:
    """Do the initials of ``name``'s words but its small words (``SPELLING_LINKS``: « de »,
    « pour ») spell ``acronym`` in another order: the acronym of the body's name in another
    language, in brackets after its French name (« Institut nordique pour la recherche
    polaire (NPRI) »)? Three initials at least: two tie too weakly."""
    initials = sorted(fold(w[0]) for w in _words(name) if fold(w) not in SPELLING_LINKS)
    return len(initials) > 2 and initials == sorted(fold(acronym))


def acronym_name(named: Named, span: Span) -> str | None:
    """The full name an acronym mention (« le CHMV ») stands for: the name a bracket tied it
    to (of two, the one tied last before the mention), else the one name of the article its
    initials spell."""
    words = [t for t in span if not t.is_punct]
    if len(words) == 2 and words[0].lower_ in DEFINITE_SINGULAR:
        words = words[1:]
    if len(words) != 1:
        return None
    acronym = words[0].text
    if acronym in named.acronyms:
        tied = named.acronyms[acronym]
        return ([name for at, name in tied if at < span.start_char] or [tied[0][1]])[-1]
    if not acronym_shaped(acronym):
        return None
    spelt = {n for n in named.names if spells(acronym, n)}
    return spelt.pop() if len(spelt) == 1 else None


def body_of(named: Named, span: Span) -> str | None:
    """The name of the body a definite noun of its kind stands for (« l'hôpital », « le
    centre hospitalier », « l'hôpital de Vienne »): the one body of that kind the article
    named, else the one named last before the mention; None when none is."""
    first = span[0]
    if first.lower_ not in DEFINITE_SINGULAR | DEMONSTRATIVES or len(span) < 2:
        return None
    kind = kind_at(span.doc, first.i + 1)
    if kind is None:
        return None
    rest = [t for t in span.doc[kind[1] : span.end] if not t.is_punct]
    if rest and _capital(span.doc, rest[0].i):  # « le lycée Jean-Moulin »: its own name
        own = text_of(span.doc)[span[1].idx : span[-1].idx + len(span[-1].text)]
        return _fullest(list(named.bodies), own) if any(
            b.name.startswith(own) for b in named.bodies) else None
    if rest and rest[0].lower_ in DE_CONTRACTED:  # « de Vienne »: a place, no other name
        rest = [t for t in rest[1:] if not _capital(span.doc, t.i) and t.text != "-"]
    if any(t.pos_ != "ADJ" for t in rest):
        return None
    of_kind = [b for b in named.bodies if kind[0] in ("*", b.kind)]
    distinct = _distinct(of_kind)
    if len(distinct) == 1:
        return distinct[0]
    before = [b for b in of_kind if b.start < first.idx]
    return _fullest(of_kind, before[-1].name) if before else None


def _fullest(bodies: list[Body], name: str) -> str:
    return max((b.name for b in bodies if b.name.startswith(name)), key=len, default=name)


def _distinct(bodies: list[Body]) -> list[str]:
    """The names of different bodies, each by its fullest name: « lycée Jean-Moulin » is the
    « lycée Jean-Moulin de Tours » named elsewhere."""
    names = {_fullest(bodies, b.name) for b in bodies}
    return sorted(n for n in names if not any(o != n and o.startswith(n) for o in names))


def kind_before(doc: Doc, i: int) -> bool:
    """Does a noun of a body end right before token ``i``, adjectives aside (« le centre
    hospitalier | Marcel-Vaudier », « l'école maternelle | Jules-Ferry »)?"""
    j = i - 1
    while j >= 0 and i - j <= 3:
        if doc[j].is_lower and is_org_noun(doc[j].text):
            return True
        if any((kind := kind_at(doc, k)) is not None and kind[1] == j + 1
               for k in (j - 1, j) if k >= 0):
            return True
        if not (doc[j].is_lower and doc[j].pos_ == "ADJ"):
            return False
        j -= 1
    return False
