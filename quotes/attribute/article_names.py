"""The names an article's whole text gives: what grouping asks two events' articles to share.

Read from the parse of the whole article, not from its quotes' sentences: a same-event article
may name the town or the person only in its body, or only in its title. The names are the
model's entities (people, places, bodies) and the people of the article's cast, as folded
words that open on a capital in the text (« Brescourt », « malbec » for « Corentin Malbec »),
a body's or a place's whole name (« confederation-generale-du-travail »), and a name of
several words written with spaces or hyphens alike (« Saint Aubin des Bois » and
« Saint-Aubin-des-Bois » are both « saint-aubin-des-bois »), and a given name with a surname
after an elided « d' » (« pierre-d-aubarede »). A title and a heading in capitals (« FERMETURE À
VALMORIN-LÈS-BAINS ») open their words on capitals whatever they are: there, a word the article
also writes in lower case (« fermeture ») is a common word, no name, the opening word starts
no name of several words unless it is a given name (« Colère à Brescourt »), and a preposition
between spaces (lexicon ``title_prepositions``: « à », « en ») is no particle of one. Which
names tell an event apart (no news agency, no country) is grouping's choice
(``group.acquainted``). A title before a name (« Me », « Pr. », lexicon ``titles``) is no name
word of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from quotes.attribute.names import first_name_gender
from quotes.lexicon import capitalised, fold, folded, in_capitals, titles
from quotes.nlp.doc import entities, text_of

_KINDS = ("PER", "LOC", "ORG")  # the model's MISC is titles, events and stray capitals
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*")  # « l’Élysée »: the elided article apart
_PART = re.compile(r"[^\W\d_][^\W_]*")  # a word, a hyphen's parts apart
_JOINED = re.compile(r"[\s\-‐‑]+")  # what parts the words of one name
_ELIDED = re.compile(r"['’]")
_HYPHEN = re.compile(r"[\-‐‑]")
_PARTICLE = 4  # a word in lower case this short inside a name: « des », « lès », « sur »


def name_words(texts: Iterable[str], *, title: bool = False) -> frozenset[str]:
    """The folded words of ``texts`` (names, or with ``title`` a title or a heading) that open
    on a capital, two letters or more, and each name of several words joined by hyphens
    (``names_joined``)."""
    out: set[str] = set()
    for text in texts:
        out.update(fold(m.group()) for m in _WORD.finditer(text)
                   if capitalised(m.group()) and len(m.group()) >= 2 and not _title(m.group()))
        out.update(names_joined(text, title=title))
    return frozenset(out)


def names_joined(text: str, *, title: bool = False) -> set[str]:
    """The names of two capitalised words or more in ``text``, spaces or hyphens between
    them and short words in lower case among them, folded and joined by hyphens: « Saint Aubin
    des Bois » and « Saint-Aubin-des-Bois » are « saint-aubin-des-bois »; a given name and the
    surname after its « d' » too (« Luc D'Artagnan » is « luc-d-artagnan »). In a ``title`` (or a
    heading) every word may open on a capital: its opening word starts no such name unless it
    is a given name (« Colère à Brescourt »), nor does a preposition between spaces end in one
    (« Grève SNCF à Brescourt »; « Bourg-en-Bresse » keeps its hyphens)."""
    out: set[str] = set()
    run: list[str] = []  # the name so far: capitalised words and the particles between them
    end = -1
    cut = folded("title_prepositions") if title else frozenset()

    def close() -> None:
        while run and not capitalised(run[-1]):
            run.pop()  # a particle ends no name
        if sum(capitalised(w) for w in run) >= 2:
            out.add("-".join(fold(w) for w in run))
        run.clear()

    for m in _PART.finditer(text):
        word, gap = m.group(), text[end:m.start()]
        joined = bool(run) and (_JOINED.fullmatch(gap) is not None or _elided(run, gap))
        if not joined:
            close()
        opening = title and end < 0 and first_name_gender(word) is None
        preposition = fold(word) in cut and not (run and _HYPHEN.fullmatch(gap))
        if opening or preposition:
            close()
        elif capitalised(word) or (run and len(word) <= _PARTICLE):
            run.append(word)
        else:
            close()
        end = m.end()
    close()
    return out


def _title(word: str) -> bool:
    """Is ``word``, as written, a title before a name, with its point or without
    (lexicon ``titles``: « Me », « Me. », « Pr. », « Mgr »)? A title alone is never a name
    word (a name of several words it opens stays one: « dr-corentin-roux »)."""
    return word in titles() or f"{word}." in titles()


def _elided(run: list[str], gap: str) -> bool:
    """Whether ``run`` is a given name and « d' » before ``gap``, an apostrophe: a person's
    surname follows (« Pierre d'Aubarède »), where « Paul Roux d'Escarvelle » names a place."""
    return _ELIDED.fullmatch(gap) is not None and len(run) == 2 and fold(run[1]) == "d" and \
        first_name_gender(run[0]) is not None


def heading_names(text: str, lower: frozenset[str], *, title: bool = True) -> frozenset[str]:
    """The name words of a title or a heading in capitals (``name_words``; a name in capitals
    the model gives, not ``title``): its capitalised words less those the article writes in
    lower case (``lower``, folded)."""
    return frozenset(w for w in name_words([text], title=title) if not set(w.split("-")) <= lower)


def _in_capitals(line: str) -> bool:
    """Whether every word of two letters or more of ``line`` is in capitals, and one is."""
    found = [w for w in _WORD.findall(line) if len(w) >= 2]
    return bool(found) and all(map(in_capitals, found))


def article_names(doc: Doc, people: Iterable[str], title: str | None = None) -> frozenset[str]:
    """The name words (``name_words``) of ``doc``'s people, places and bodies, and of the
    names of its cast's ``people``; and those of its ``title`` and of its words in capitals
    (``heading_names``)."""
    text = text_of(doc)
    lower = frozenset(fold(w) for w in _PART.findall(text) if w.islower())
    ents = [e for e in entities(doc) if e.label_ in _KINDS]
    found = [e.text for e in ents]  # « FERMETURE », an ORG
    shouted = {t for t in found if _in_capitals(t)}
    headings = [*filter(None, [title]), *filter(_in_capitals, text.splitlines())]
    # a body's or a place's whole name (the model tells them apart poorly); a person's is
    # the cast's, a word in lower case around it no part of it (« maire de Lorvenne »)
    bodies = {whole_name(e.text) for e in ents if e.label_ != "PER"} - {""}
    return name_words([*(t for t in found if t not in shouted), *people]) | bodies | \
        frozenset().union(*(heading_names(h, lower) for h in headings),
                          *(heading_names(t, lower, title=False) for t in shouted))


def whole_name(text: str) -> str:
    """A body's or a place's whole name of several words, opening on a capital, folded and
    joined by hyphens, its words in lower case kept (« Confédération générale du travail » is
    « confederation-generale-du-travail »: no « Confédération paysanne »); "" for another."""
    found = _PART.findall(text)
    return "-".join(map(fold, found)) if len(found) > 1 and capitalised(found[0]) else ""
