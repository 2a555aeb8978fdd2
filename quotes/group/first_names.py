"""Whether a first name alone and the full name it opens may be one person of the batch
(``speakers.link_speakers``' ``by_first``: « la princesse Maud », « Maud Ferrand »). Stricter than
the same-story test of one_story.py, which it reads: no record writes the word after a title
(lexicon/titles.txt, spelled_titles.txt: « M. Martin », « le docteur Martin » make it a
surname) or as a changed first name; no other person of the batch bears it; role words agree;
and the two articles name one event by another person, body or place
(``acquainted.one_event``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from quotes.attribute.role_words import head_key
from quotes.attribute.spelling_forms import name_keys
from quotes.group.acquainted import Named
from quotes.group.one_story import OneStory
from quotes.lexicon import cached, fold, marked_rows, titles, words
from quotes.lexicon.openers import DESCRIPTION_OPENERS
from quotes.model import Quote

# a first name the article says it changed: a witness's, no one else's
_CHANGED = re.compile(r"(?:pr[ée]nom|nom)\s+(?:a\s+été\s+)?(?:modifié|changé)|prénom d'emprunt",
                      re.IGNORECASE)


def _alternatives(forms: set[str] | frozenset[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@cached
def _titled_pattern() -> str:
    """The titles after which a one-word name is a surname (« M. Martin », « Mme Laurence »,
    « le docteur Martin »): lexicon/titles.txt but those marked ``given`` (« Sir Paul »), and
    lexicon/spelled_titles.txt."""
    given = {row[0] for row in marked_rows("titles.txt", "given")}
    return _alternatives((titles() - given) | words("spelled_titles"))


def titled(form: str, text: str) -> bool:
    """Does ``text`` write ``form`` after a title that makes it a surname (``_titled_pattern``)?"""
    return re.search(rf"\b(?:{_titled_pattern()})\s+{re.escape(form)}\b", text,
                     re.IGNORECASE) is not None


def described(form: str, text: str) -> bool:
    """Does ``text`` give ``form`` an age or a description of its own after a comma (« Paul,
    34 ans », « Paul, un voisin »: a determiner of lexicon.openers.DESCRIPTION_OPENERS)?"""
    return re.search(rf"\b{re.escape(form)}\s*,\s*(?:\d+\s*ans\b|(?:{_openers()})\b)", text,
                     re.IGNORECASE) is not None


@cached
def _openers() -> str:
    """lexicon.openers.DESCRIPTION_OPENERS as one alternation, longest first."""
    return _alternatives(DESCRIPTION_OPENERS)


class FirstNames:
    """``by_first`` of ``speakers.link_speakers``, over the batch ``story`` reads."""

    def __init__(self, story: OneStory) -> None:
        self.story = story

    def __call__(self, form: str, holder: str) -> bool:
        """May the first name alone ``form`` (« Kate ») be the full name ``holder`` (« Kate
        Middleton ») of one story? Only when no record writes ``form`` after a title (« M.
        Martin », « Mme Laurence »: a surname) nor as a changed first name (« le prénom a été
        modifié »); no other person of the batch's articles, quoted or not, bears the first name
        (« son cousin Paul Girard »); role words agree where either has some, or where an age
        describes the first name (« Paul, 34 ans », « Paul, un voisin » is no « préfet Paul
        Girard »); and two articles of one event (``acquainted.one_event``: a person, body or
        place both name besides this one) give the same words of each."""
        story = self.story
        if story.told_apart(form, holder) or self._titled_or_changed(form) or \
                self._other_bearers(form, holder):
            return False
        held, holds = story.roles.get(form), story.roles.get(holder)
        if (form in story.roles and held is None) or (holder in story.roles and holds is None):
            return False  # a role any role may be (« le responsable »): nothing agrees
        # described by an age or words of its own (« Paul, 34 ans », « Paul, un voisin »), not
        # a title before it (« la princesse Maud »): a witness, unless role words agree
        if self._described(form) and not (held and holds and held & holds):
            return False
        if held and not holds and not self._titled_by(form, held):
            return False
        own = name_keys(holder)
        return any(self._one_event(a.article.id, b.article.id, own)
                   for a, b in story.pairs(form, holder))

    def _records(self, form: str) -> Iterator[Quote]:
        """The quotes of the person ``form`` (asked once ``told_apart`` has said it is no
        body's name)."""
        return (self.story.quotes[n] for n in self.story.said.get(form, ()))

    def _titled_or_changed(self, form: str) -> bool:
        for q in self._records(form):
            mention = q.speaker.mention.text if q.speaker.mention else ""
            if titled(form, mention) or titled(form, q.sentence.text) or \
                    _CHANGED.search(q.sentence.text):
                return True
        return False

    def _titled_by(self, form: str, nouns: frozenset[str]) -> bool:
        """Does a record write one of the role ``nouns`` just before ``form`` (« la princesse
        Maud »)?"""
        before = re.compile(rf"(\w[\w-]*)\s+{re.escape(form)}\b")
        return any(head_key(m.group(1)) in nouns
                   for q in self._records(form) for m in before.finditer(q.sentence.text))

    def _described(self, form: str) -> bool:
        return any(described(form, q.sentence.text) for q in self._records(form))

    def _other_bearers(self, form: str, holder: str) -> bool:
        """Does any article of the batch name another person of ``form``'s first name, quoted or
        not (« son cousin Paul Girard »)?"""
        first, own = fold(form).replace(" ", "-"), "-".join(name_keys(holder))
        return any(n.startswith(first + "-") and n != own for n in self._article_names)

    @cached_property
    def _article_names(self) -> frozenset[str]:
        """The names of all the batch's articles (``Article.names``), read once for every
        name asked about."""
        return frozenset(n for q in self.story.quotes for n in q.article.names)

    def _one_event(self, one: str, other: str, own: tuple[str, ...]) -> bool:
        """Do the two articles name one event by a name besides the person's own
        (``Named.same_event``, their names less ``own``'s words)?"""
        drop = {*own, "-".join(own)}
        a, b = (self.story.names[i] for i in (one, other))
        a = Named(a.whole - drop, a.bare - drop, a.heads, a.tails - drop)
        b = Named(b.whole - drop, b.bare - drop, b.heads, b.tails - drop)
        return a.same_event(b)
