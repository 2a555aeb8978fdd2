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

A first name alone and the full name it opens (« la princesse Maud », « Maud Ferrand ») ask
more: first_names.py.
Words two outlets open differently are one statement past at most two openers that say nothing
of it (``_openers``: lexicon/empty_openers.txt and the narrator's connectors of
lexicon/narrator_links.txt, « Cependant, les examens … », « des examens … »).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from rapidfuzz.distance import Levenshtein

from quotes.attribute.batch_groups import Stories
from quotes.attribute.offices import office_heads
from quotes.attribute.role_words import kind_heads
from quotes.group.acquainted import ArticleNames
from quotes.group.narration import words_said
from quotes.group.similarity import normalize
from quotes.lexicon import cached, words
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

class OneStory:
    """A test of two person names of the batch (a one-word name, a full name): may they be one
    person of one story (``__call__``)? ``first_names.FirstNames`` asks more of a first name
    alone and the full name it opens, over this one. The stories are read only when a name is
    asked about: most batches hold no one-word name a full name holds. ``genders``:
    ``person_genders`` of the quotes."""

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

    def told_apart(self, form: str, holder: str) -> bool:
        if form in self.bodies or holder in self.bodies:
            return True
        a, b = self.genders.get(form), self.genders.get(holder)
        if a and b and a != b:
            return True
        held, holds = self.roles.get(form), self.roles.get(holder)
        return bool(held and holds and not held & holds)  # « le président Lula », « l'attaquant
        # Lula Ferreira »: two people

    def pairs(self, form: str, holder: str) -> Iterator[tuple[Quote, Quote]]:
        """A quote of each name, in two articles of one story, that give the same words."""
        for x in self.said.get(form, ()):
            for y in self.said.get(holder, ()):
                one, other = self.quotes[x].article.id, self.quotes[y].article.id
                if one == other or self.story.apart(one, other):
                    continue
                if _same_words(self.words_of(x), self.words_of(y)):
                    yield self.quotes[x], self.quotes[y]

    def __call__(self, form: str, holder: str) -> bool:
        if self.told_apart(form, holder):
            return False
        return next(self.pairs(form, holder), None) is not None


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
