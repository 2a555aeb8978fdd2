"""Demonstrative descriptions of an anonymous source: « cette source », « ces mêmes sources »,
« ce proche » after « un proche de la famille », and « ce témoin », « cette riveraine » right
after the source they describe with another noun."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import chain
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token

from quotes.attribute.cast import Registry
from quotes.attribute.roles import article_gender
from quotes.attribute.speakers import Resolved
from quotes.lexicon import (
    agent_lookalike,
    fold,
    folded_table,
    is_org_noun,
    marked,
    singular,
    words,
)
from quotes.lexicon.grammar import (
    ARTICLE_WORDS,
    DEFINITE_SINGULAR,
    DEMONSTRATIVES,
    DETERMINERS,
    INDEFINITE_PLAIN,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    SOURCE_NOUNS,
)
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import climb, text_of

SAME = frozenset({"meme", "memes"})  # folded: "la même source", "ces mêmes sources"
_ONE = ("ce", "cet", "cette")


class Entry(Protocol):
    @property
    def pos(self) -> int: ...
    @property
    def who(self) -> Resolved: ...
    @property
    def spoke(self) -> bool: ...
    @property
    def said(self) -> tuple[int, int] | None: ...


_E = TypeVar("_E", bound=Entry)


def spoken(entries: Sequence[_E], nearest: _E, agrees: Callable[[Resolved], bool], pos: int,
           reach: int) -> _E:
    """A plural pronoun at a cue (« expliquent-ils ») stands for the plural that speaks: the
    nearest earlier speaker of a quote who agrees, within ``reach`` characters, over the
    ``nearest`` plural that is only a subject of the narration (« les médecins gardent la
    patiente à jeun »); none: ``nearest``."""
    for e in reversed(entries):
        if e.pos < nearest.pos and pos - e.pos <= reach and e.spoke and agrees(e.who):
            return e
    return nearest


def last_spoke(entries: Sequence[_E], pos: int, *, named: bool = False) -> _E | None:
    """The last entry that spoke before ``pos`` (``named``: with a name), or None."""
    return next((e for e in reversed(entries)
                 if e.spoke and e.pos < pos and (e.who.name or not named)), None)


def carried(entries: Sequence[_E], pos: int, fits: Callable[[_E], bool]) -> _E | None:
    """The entry the words with no cue at ``pos`` carry on: the last one that ``fits``; a
    subject of the narration that words another said follow before ``pos`` (« Selon elle, Marc
    Petit « … ». « … » ») yields to the one who said them, who ``fits`` too: a name the
    narration gives before words said is whom they speak of, not the voice that goes on."""
    last = next((e for e in reversed(entries) if fits(e)), None)
    if last is None or last.spoke:
        return last
    return next((e for e in reversed(entries) if e.spoke and e.said is not None
                 and last.pos < e.said[0] < pos and fits(e)), last)


def heard(first_spoke: Mapping[str | None, int], entry: Entry) -> bool:
    """Can the words after ``entry`` carry on its own, with no cue: one person's, or a group's
    that spoke before it (« Les riverains … disent-ils. « … » »), not a group that is only a
    subject of the narration (« Les salariés n'étaient pas prévenus. « … » »)?
    ``first_spoke``: where each name first spoke."""
    spoke = first_spoke.get(entry.who.name)
    return entry.who.number != "p" or (spoke is not None and spoke <= entry.pos)


def of_a_person(word: str) -> bool:
    """ "agriculteur", "source", "employé": a noun that says a person (not "un match", nor "un
    dialogue", whose ending is an agent's but whose science is no word)."""
    return (
        is_role_noun(word) or word in PERSON_NOUNS or word in SOURCE_NOUNS
        or folded_table("noun_genders").get(fold(word)) in ("m", "f")  # « une mère », « mere »
        or (word.endswith(PERSON_ENDINGS) and not agent_lookalike(word))
    )


def a_place(doc: Doc, pos: int) -> bool:
    """Is the name at ``pos`` a place the narration sets something in: read as a place by the
    recogniser, after a preposition of lexicon/place_prepositions.txt marked « setting »
    (« a annoncé devant la presse à Vallorbe »)? Where something happens speaks no words: no
    pronoun (« a-t-elle souligné ») nor words with no cue stand for it, whatever took it for a
    speaker."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].ent_type_ != "LOC":
        return False
    tok = span[0]
    return tok.i > 0 and tok.nbor(-1).lower_ in marked("place_prepositions", "setting")


def points_back(said: list[str], kind: str) -> bool:
    """Do the folded words ``said`` of a mention point back to a source named before:
    « cette source », « ces mêmes sources », « la même source »; or one anonymous source
    with the definite article (« la source », « la source judiciaire » after « une source
    judiciaire »), which ``same_source`` ties only to one named with all its words; « les
    sources policières » may be all of them, not only those named before."""
    return bool(said) and (
        said[0] in DEMONSTRATIVES or (len(said) > 1 and said[1] in SAME)
        or (kind == "anonymous" and said[0] in DEFINITE_SINGULAR and len(said) > 1)
    )


def _singular_words(name: str | None) -> set[str]:
    """The folded words of a name, each in the singular."""
    return {singular(w) for w in fold(name or "").split()}


def same_source(
    entries: Sequence[Entry], said: list[str], pos: int, reach: int,
    named: Callable[[int, int], Collection[object]],
) -> Resolved | None:
    """The anonymous source named before ``pos`` with a noun of ``said`` ("cette source",
    "ces mêmes sources", "ce proche"); else, for « ce » / « cette » + another noun (« ce
    témoin » after « un chasseur présent »), the source when it is the last one the text
    speaks of, within ``reach`` characters, a person (« une source » is no witness) and no one
    ``named`` since."""
    nouns = {singular(w) for w in said[1:]} - SAME
    # « la source judiciaire »: a definite source is the one named before with all its words
    definite = said[0] in DEFINITE_SINGULAR and said[1] not in SAME
    # the antecedent agrees: in number (« la même source » is not « plusieurs sources »), and
    # in gender when both determiners show one (« cette proche » is not « un proche »)
    number = "p" if said[0] in ("ces", "les") else "s"
    before = [e for e in reversed(entries) if e.pos < pos]  # nearest first
    named_before = [e for e in before if e.who.name]
    for e in named_before:
        their_words = _singular_words(e.who.name)
        if e.who.kind == "anonymous" and (
                nouns <= their_words if definite else nouns & their_words) and (
                _number(e.who, nouns) == number and _same_gender(said[0], e.who.name)):
            return e.who
    if definite:  # « a indiqué le parquet. …, a ajouté la source »: the source last quoted
        if nouns != {"source"}:
            return None
        return next((e.who for e in named_before if e.spoke and e.who.kind != "anonymous"
                     and pos - e.pos <= reach), None)
    if "source" not in nouns:
        return last_source(before, said, pos, reach, named, said[0] in _ONE)
    # "Selon un membre du staff, … Cette source précise": a source is any anonymous one
    # « …, a indiqué la gendarmerie. …, selon la même source »: with no anonymous one, the
    # source last quoted, within ``reach`` (a body or a group is one source, whatever its number)
    anonymous = (e.who for e in named_before
                 if e.who.kind == "anonymous" and e.who.number == number)
    quoted = (e.who for e in named_before
              if e.spoke and e.who.kind != "anonymous" and pos - e.pos <= reach)
    return next(chain(anonymous, quoted), None)


def _number(who: Resolved, nouns: set[str]) -> str | None:
    """The number of an anonymous source named before: singular where a noun of the words
    that point back is written in it as it is, in the singular (« de source judiciaire »,
    « la source policière »: one source, whatever their determiner says), else the one it
    was given (« des sources proches du dossier »). Only its head noun counts: « des proches
    du policier » are no « policier »."""
    written = re.sub(r"['’]", "' ", fold(who.name or "")).split()
    head = next((w for w in written if w not in _BEFORE_HEAD), None)
    return "s" if head in nouns - SAME else who.number


# the words before a source's head noun: « de source sûre », « des proches du policier »
_BEFORE_HEAD = DETERMINERS | DEMONSTRATIVES | INDEFINITE_PLAIN | {"de", "d'", "du", "l'"}


def last_source(
    before: Sequence[Entry], said: list[str], pos: int, reach: int,
    named: Callable[[int, int], Collection[object]], described: bool = True,
    agree: bool = False,
) -> Resolved | None:
    """The anonymous source ``before`` names last (nearest first), for one noun (« ce témoin »
    after « un chasseur présent »; ``described``: a description no one of the cast holds,
    « le représentant » after « un porte-parole du groupe »): when it is the last one the text
    speaks of, within ``reach`` characters, one person (« une source » is no witness) and no
    one is ``named`` since; ``agree``: of no other gender, when both determiners show one
    (« la préfète » is not « un pompier »)."""
    last = before[0] if before else None
    if (
        last is not None and described and len(said) == 2
        and (not agree or _same_gender(said[0], last.who.name))
        and last.who.kind == "anonymous" and last.who.name and last.who.number == "s"
        and pos - last.pos <= reach and "source" not in last.who.name.lower()
        and _names_a_person(last.who.name) and not named(last.pos + 1, pos)
    ):
        return last.who
    return None


def _names_a_person(name: str) -> bool:
    """Does an anonymous source's name say a person by its noun (« un porte-parole du
    groupe », « un chasseur présent »), not a finding or a document (« l'enquête », « le
    rapport »), which no « ce témoin », « le ministre » stands for?"""
    words = fold(name).replace("’", "'").split()
    if words and words[0] in ARTICLE_WORDS | DEMONSTRATIVES:
        words = words[1:]
    head = words[0].split("'")[-1] if words else ""
    return bool(head) and of_a_person(singular(head))


def _same_gender(determiner: str, name: str | None) -> bool:
    """Do a determiner and the first word of a source's name show no two genders?"""
    words = fold(name or "").split()
    theirs = article_gender(words[0]) if words else None
    return None in (theirs, article_gender(determiner)) or theirs == article_gender(determiner)


_AGENT = re.compile(r"\b(?:été|être)\s+\w+(?:\s+\w+)?[^.!?]*?\bpar\s")  # a passive's agent


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence around ``pos`` starts: after the last stop or line break before it."""
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def sentence_before(text: str, subject: int, pos: int) -> int | None:
    """Where the agent of a passive starts in the sentence before the one at ``pos`` (« … a
    été rendue publique par le cardinal Paul Roux. Il a dit »), when the subject at
    ``subject`` comes before that sentence; else None."""
    start = _sentence_start(text, pos)
    end = start - 1
    while end > 0 and text[end - 1] in " \n.!?\u00a0":
        end -= 1
    before = _sentence_start(text, end)
    agent = _AGENT.search(text, before, end) if subject < before < end else None
    return agent.end() if agent is not None else None


def handed_on(registry: Registry, entry: Entry, pos: int, gender: str | None) -> int | None:
    """Where one who beats the subject ``entry`` for the pronoun at ``pos`` may be named from: a
    passive's agent just before (``sentence_before``), else a newcomer (``newcomer``)."""
    return sentence_before(text_of(registry.doc), entry.pos, pos) or newcomer(
        registry, entry, pos, gender)


_SUBJECT = ("nsubj", "nsubj:pass")
_TIED = ("appos", "flat", "flat:name", "flat:foreign")  # a name beside its role noun


def newcomer(registry: Registry, entry: Entry, pos: int, gender: str | None) -> int | None:
    """Where a person of the pronoun's ``gender`` is brought in, first named in a sentence
    between the quote ``entry`` spoke and the pronoun's sentence at ``pos``, as its subject
    (« Le ministre des Finances, Paul Roux, s'est rendu … ») or in a sentence with no verb
    (« Même ton chez son collègue, Paul Roux. »): the turn passes to him. None when the entry
    is no speaker, when no one or more than one of that gender is brought in so, or when one
    is named in another way (« Le texte a été remis à Paul Roux. »)."""
    if not entry.spoke or gender is None:
        return None
    text, doc = text_of(registry.doc), registry.doc
    start = _sentence_start(text, pos)
    ends = [i for i in (text.find(c, entry.pos) for c in ".!?\n") if i >= 0]
    if not ends or min(ends) >= start:
        return None
    seen = [(at, p) for at, p in registry.mentions if min(ends) < at < start and p.gender == gender]
    if len({p for _, p in seen}) != 1 or seen[0][1].first_seen < seen[0][0]:
        return None
    at = seen[0][0]
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = climb(span[0], _TIED)
    verbless = not any("Fin" in t.morph.get("VerbForm", []) for t in span[0].sent)
    # « le festival dont Paul Roux est partenaire »: a relative clause's subject is not
    # brought in, the clause only tells of the noun it hangs on
    own = tok.dep_ in _SUBJECT and relative_host(tok) is None
    return at if own or verbless else None


def relative_host(tok: Token) -> tuple[Token, int] | None:
    """The noun a relative clause whose subject is ``tok`` hangs on, and where the clause
    starts; None when ``tok`` is no such subject. Right after a relative pronoun of
    lexicon/relative_pronouns.txt (« dont », « auquel », « laquelle »), a name is that subject
    though the parse lost the clause, the noun read as the word before the pronoun, past a
    comma (of « à laquelle », the « à »); unless « dont » names one of the noun's
    own (« Plusieurs élus, dont Paul Roux, ont dénoncé … »: one of the elected, the subject)."""
    if tok.dep_ in _SUBJECT and tok.head.dep_ == "acl:relcl":
        return tok.head.head, tok.head.left_edge.idx
    if tok.i < 2 or tok.nbor(-1).lower_ not in words("relative_pronouns"):
        return None
    host = tok.nbor(-2)  # the noun, not the comma before « dont »
    while host.is_punct and host.i > 0:
        host = host.nbor(-1)
    host = climb(host, _TIED)
    last = max([tok.i, *(t.i for t in tok.subtree if t.dep_ in _TIED and t.head.i == tok.i)])
    among = last + 1 < len(tok.doc) and tok.doc[last + 1].text == ","
    if host.is_punct or among or (host.head.i == tok.head.i and host.head.i != host.i):
        return None
    return host, tok.nbor(-1).idx


def in_relative(registry: Registry, entry: _E, entries: Sequence[_E],
                agrees: Callable[[Resolved], bool], lo: int) -> bool:
    """Is ``entry`` a body or a person that only the narration names, as the subject of a
    relative clause inside another noun's phrase (« L'annonce du recul, dont l'exécutif
    rejetait l'idée, … », « le festival Lirac dont Paul Roux est partenaire »),
    after a person who spoke and ``agrees`` with the pronoun, since ``lo``? The pronoun of a
    cue stands for that person: the body is in the background of its own sentence. Not when
    the noun the clause hangs on says a body or a person and names no one of the timeline
    (« Le groupe, dont le conseil se réunit jeudi, a confirmé … »): the pronoun may be it."""
    if entry.spoke or entry.who.kind not in ("organization", "person") or not any(
            lo <= e.pos < entry.pos and e.spoke and e.who.kind == "person" and agrees(e.who)
            for e in entries):
        return False
    span = registry.doc.char_span(entry.pos, entry.pos + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    # the name itself where the entry opens on more (« comme le festival dont Paul Roux »)
    at = next((m for m, p in registry.mentions_after(entry.pos - 1,
                                                     span[0].sent.end_char - entry.pos)
               if p.name == entry.who.name), entry.pos)
    span = registry.doc.char_span(at, at + 1, alignment_mode="expand") or span
    tok = span[0].head if span[0].dep_ == "det" else span[0]  # « l'exécutif »: the noun
    found = relative_host(tok)
    if found is None:
        return False
    host, clause = found
    return not ((is_org_noun(host.lower_) or of_a_person(host.lower_)) and not any(
        host.left_edge.idx <= e.pos < clause for e in entries))
