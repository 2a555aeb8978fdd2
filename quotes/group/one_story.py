"""Whether a one-word name and a full name holding the word may be one person of the batch
(``speakers.link_speakers``: « Ndiro » and « Ndiro da Costa »): only within one story, and only
when a quote of the one name and a quote of the other, in two articles not dated apart
(``attribute.batch_groups.Stories``), give the same words: one wording of ``INSIDE`` words or
more wholly inside the other (« Nous sommes de retour sur la scène mondiale »), or word by word
alike to ``ALIKE`` with no word swapped for another (« reprendront », « reprendraient » is one
word told twice; « de la mer », « de la terre » two statements). Two articles that name or quote
someone alike tie nothing here: a minister or a company quoted in a drought story and in a summit
story leaves the herder « Tsegay » and the minister « Tsegay Alemu Berhane » two people; nor a
short slogan two people may each shout (« Nous ne lâcherons rien »). Never within one article
(its cast has told who is who there), and never two people the records tell apart: both genders
known and different (« Sacha, étudiante », « le député Sacha Houlié »), roles that share no
role noun (``person_roles``: « le président Lula », « l'attaquant Lula Ferreira »), or a name
some record gives a body (« Chelsea » in a club's communiqué).

A first name alone and the full name it opens (« la princesse Maud », « Maud Ferrand »:
``OneStory.first_name``, ``speakers.first_named``) ask more: no record writes the word after a
title or as a changed first name, no other person of the batch bears it, role words agree, and
the two articles name one event by another person, body or place (``acquainted.one_event``).
Words two outlets open differently are one statement past at most two openers that say nothing
of it (``_openers``: lexicon/empty_openers.txt and the narrator's connectors of
lexicon/narrator_links.txt, « Cependant, les examens … », « des examens … »).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from rapidfuzz.distance import Levenshtein

from quotes.attribute.batch_groups import Stories
from quotes.attribute.batch_spellings import name_keys
from quotes.attribute.offices import office_heads
from quotes.attribute.role_words import head_key, kind_heads
from quotes.group.acquainted import ArticleNames, Named, one_event
from quotes.group.narration import words_said
from quotes.group.similarity import normalize
from quotes.lexicon import cached, fold, words
from quotes.model import Quote
from quotes.settings import Settings

# the words a wording held wholly inside another needs to tie two articles: a slogan of four or
# five words (« Nous ne lâcherons rien ») is shouted by many people of many stories
INSIDE = 6
# the share of words two wordings must have alike, word by word, to be one statement told twice:
# about one word changed in twenty, never one in seven (« … de la mer », « … de la terre »)
ALIKE = 0.95
# a word changed for another keeps this many first letters when it is the same word inflected
# (« reprendront », « reprendraient »); a content word swapped (« mer », « terre ») does not
STEM = 4
# the titles after which a one-word name is a surname (« M. Martin », « le maire, M. Martin »,
# « Mme Laurence »), never a first name
_TITLES = r"M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr|maître|docteur|professeur|monsieur|madame|mademoiselle"
# what opens a description set after a name by a comma (« Paul, un voisin », « Paul, sa voisine »)
_DESCRIBING = r"(?:une?|l['’]|les?|la|son|sa|ses|leur|notre|votre|mon|ma|cet|cette|ce)"
# a first name the article says it changed: a witness's, no one else's
_CHANGED = re.compile(r"(?:pr[ée]nom|nom)\s+(?:a\s+été\s+)?(?:modifié|changé)|prénom d'emprunt",
                      re.IGNORECASE)


class OneStory:
    """A test of two person names of the batch (a one-word name, a full name): may they be one
    person of one story (``__call__``)? And a stricter one for a first name alone and the full
    name it opens (``first_name``). The stories are read only when a name is asked about: most
    batches hold no one-word name a full name holds. ``genders``: ``person_genders`` of the
    quotes."""

    def __init__(self, quotes: Sequence[Quote], options: Settings,
                 genders: Mapping[str, str]) -> None:
        self.quotes, self.options, self.genders = quotes, options, genders
        self.said: dict[str, list[int]] = defaultdict(list)  # person name -> its quotes
        self.bodies: set[str] = set()  # names some record gives no person
        for n, q in enumerate(quotes):
            name = q.speaker.name
            if not name:
                continue
            if q.speaker.kind != "person":
                self.bodies.add(name)
                continue
            self.said[name].append(n)
        self._words: dict[int, list[str]] = {}

    @functools.cached_property
    def roles(self) -> dict[str, frozenset[str] | None]:  # ``person_roles``, read when asked
        return person_roles(self.quotes)

    @functools.cached_property
    def story(self) -> Stories:
        return Stories(list(self.quotes), {}, story_days=self.options.story_days)

    @functools.cached_property
    def names(self) -> ArticleNames:
        return ArticleNames(self.quotes)

    def words_of(self, n: int) -> list[str]:
        if n not in self._words:
            self._words[n] = normalize(words_said(self.quotes[n])).split()
        return self._words[n]

    def _told_apart(self, form: str, holder: str) -> bool:
        if form in self.bodies or holder in self.bodies:
            return True
        a, b = self.genders.get(form), self.genders.get(holder)
        if a and b and a != b:
            return True
        held, holds = self.roles.get(form), self.roles.get(holder)
        return bool(held and holds and not held & holds)  # « le président Lula », « l'attaquant
        # Lula Ferreira »: two people

    def _pairs(self, form: str, holder: str) -> Iterator[tuple[Quote, Quote]]:
        """A quote of each name, in two articles of one story, that give the same words."""
        for x in self.said.get(form, ()):
            for y in self.said.get(holder, ()):
                one, other = self.quotes[x].article.id, self.quotes[y].article.id
                if one == other or self.story.apart(one, other):
                    continue
                if _same_words(self.words_of(x), self.words_of(y)):
                    yield self.quotes[x], self.quotes[y]

    def __call__(self, form: str, holder: str) -> bool:
        if self._told_apart(form, holder):
            return False
        return next(self._pairs(form, holder), None) is not None

    def first_name(self, form: str, holder: str) -> bool:
        """May the first name alone ``form`` (« Kate ») be the full name ``holder`` (« Kate
        Middleton ») of one story? Only when no record writes ``form`` after a title (« M.
        Martin », « Mme Laurence »: a surname) nor as a changed first name (« le prénom a été
        modifié »); no other person of the batch's articles, quoted or not, bears the first name
        (« son cousin Paul Girard »); role words agree where either has some, or where an age
        describes the first name (« Paul, 34 ans », « Paul, un voisin » is no « préfet Paul
        Girard »); and two articles of one event (``acquainted.one_event``: a person, body or
        place both name besides this one) give the same words of each."""
        if self._told_apart(form, holder) or self._titled_or_changed(form) or \
                self._other_bearers(form, holder):
            return False
        held, holds = self.roles.get(form), self.roles.get(holder)
        if (form in self.roles and held is None) or (holder in self.roles and holds is None):
            return False  # a role any role may be (« le responsable »): nothing agrees
        # described by an age or words of its own (« Paul, 34 ans », « Paul, un voisin »), not
        # a title before it (« la princesse Maud »): a witness, unless role words agree
        if self._described(form) and not (held and holds and held & holds):
            return False
        if held and not holds and not self._titled_by(form, held):
            return False
        own = name_keys(holder)
        return any(self._one_event(a.article.id, b.article.id, own)
                   for a, b in self._pairs(form, holder))

    def _records(self, form: str) -> Iterator[Quote]:
        """The quotes of the person ``form`` (asked once ``_told_apart`` has said it is no
        body's name)."""
        return (self.quotes[n] for n in self.said.get(form, ()))

    def _titled_or_changed(self, form: str) -> bool:
        titled = re.compile(rf"\b(?:{_TITLES})\s+{re.escape(form)}\b", re.IGNORECASE)
        for q in self._records(form):
            mention = q.speaker.mention.text if q.speaker.mention else ""
            if titled.search(mention) or titled.search(q.sentence.text) or \
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
        """Does a record give ``form`` an age or a description of its own after a comma
        (« Paul, 34 ans », « Paul, un voisin »)?"""
        described = re.compile(rf"\b{re.escape(form)}\s*,\s*(?:\d+\s*ans\b|{_DESCRIBING}\b)",
                               re.IGNORECASE)
        return any(described.search(q.sentence.text) for q in self._records(form))

    def _other_bearers(self, form: str, holder: str) -> bool:
        """Does any article of the batch name another person of ``form``'s first name, quoted or
        not (« son cousin Paul Girard »)?"""
        first, own = fold(form).replace(" ", "-"), "-".join(name_keys(holder))
        return any(n.startswith(first + "-") and n != own
                   for q in self.quotes for n in q.article.names)

    def _one_event(self, one: str, other: str, own: tuple[str, ...]) -> bool:
        """Do the two articles name one event by a name besides the person's own
        (``acquainted.one_event``, their names less ``own``'s words)?"""
        drop = {*own, "-".join(own)}
        a, b = (self.names[i] for i in (one, other))
        a = Named(a.whole - drop, a.bare - drop, a.heads, a.tails - drop)
        b = Named(b.whole - drop, b.bare - drop, b.heads, b.tails - drop)
        names = {one: a, other: b}
        return one_event(names, (one,), (other,))  # type: ignore[arg-type]


def one_story(quotes: Sequence[Quote], options: Settings,
              genders: Mapping[str, str]) -> OneStory:
    """``OneStory`` of the quotes: ``one_story(...)(form, holder)`` asks whether two person
    names may be one person of one story."""
    return OneStory(quotes, options, genders)


def person_genders(quotes: Sequence[Quote]) -> dict[str, str]:
    """The one gender the records give each person's name of the batch, where they give one
    (none for a name some records give two)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for q in quotes:
        if q.speaker.name and q.speaker.kind == "person" and q.speaker.gender:
            seen[q.speaker.name].add(q.speaker.gender)
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def person_roles(quotes: Sequence[Quote]) -> dict[str, frozenset[str] | None]:
    """The role nouns the records give each person's name of the batch (``kind_heads``, a
    kind noun's roles too, and a listed office's: the « chef de l'État » is a « président »),
    where they give some; None for a name some record gives a role any role may be (« le
    responsable »)."""
    seen: dict[str, set[str] | None] = {}
    for q in quotes:
        sp = q.speaker
        if not sp.name or sp.kind != "person":
            continue
        for text in dict.fromkeys(t for t in (sp.role, *(r.text for r in sp.roles)) if t):
            nouns = kind_heads(text)
            if nouns is None:
                seen[sp.name] = None
            elif (had := seen.setdefault(sp.name, set())) is not None:
                had |= nouns | office_heads(text)
    return {name: frozenset(nouns) if nouns is not None else None
            for name, nouns in seen.items()}


@cached
def _openers() -> tuple[tuple[str, ...], ...]:
    """lexicon/empty_openers.txt and the narrator's connectors (lexicon/narrator_links.txt:
    « néanmoins », « en outre »), each row as ``normalize`` writes its words (« d'ailleurs »:
    « d », « ailleurs »), the longest first."""
    rows = (*words("empty_openers"), *words("narrator_links"))
    return tuple(sorted({tuple(normalize(w).split()) for w in rows} - {()},
                        key=len, reverse=True))


def _past_openers(said: list[str], most: int = 2) -> list[str]:
    """``said`` without the words that open it and say nothing of it (``_openers``: « cependant
    les … »), ``most`` of them at most: what is said starts within its first words."""
    for _ in range(most):
        row = next((r for r in _openers() if tuple(said[:len(r)]) == r), None)
        if row is None:
            break
        said = said[len(row):]
    return said


def _same_words(a: list[str], b: list[str]) -> bool:
    """Do two wordings give one statement: the shorter, of ``INSIDE`` words or more, inside the
    longer, the shorter opening the longer once both are past their openers (``_past_openers``),
    or the two alike word by word to ``ALIKE`` with each changed word the same word inflected
    (``STEM``)?"""
    short, long = sorted((a, b), key=len)
    if len(short) < INSIDE:
        return False
    if f" {' '.join(short)} " in f" {' '.join(long)} ":
        return True
    # outlets open one statement at different words (« des tests ont révélé … », « Cependant,
    # les tests ont révélé … »): each past the openers that say nothing of it, the shorter
    # opening the longer (« Jamais nous ne voterons … » is not « Nous voterons … »)
    bare_short, bare_long = _past_openers(short), _past_openers(long)
    if (len(bare_short), len(bare_long)) != (len(short), len(long)) and len(bare_short) >= INSIDE \
            and bare_long[:len(bare_short)] == bare_short:
        return True
    if Levenshtein.normalized_similarity(a, b) < ALIKE:
        return False
    return all(a[op.src_pos][:STEM] == b[op.dest_pos][:STEM]
               for op in Levenshtein.editops(a, b) if op.tag == "replace")
