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
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from rapidfuzz.distance import Levenshtein

from quotes.attribute.batch_groups import Stories
from quotes.attribute.offices import office_heads
from quotes.attribute.role_words import kind_heads
from quotes.group.narration import words_said
from quotes.group.similarity import normalize
from quotes.lexicon import folded
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


def one_story(quotes: Sequence[Quote], options: Settings,
              genders: Mapping[str, str]) -> Callable[[str, str], bool]:
    """A test of two person names of the batch (a one-word name, a full name): may they be one
    person of one story? The stories are read only when a name is asked about: most batches
    hold no one-word name a full name holds. ``genders``: ``person_genders`` of the quotes."""
    said: dict[str, list[int]] = defaultdict(list)  # person name -> its quotes
    bodies: set[str] = set()  # names some record gives no person
    for n, q in enumerate(quotes):
        name = q.speaker.name
        if not name:
            continue
        if q.speaker.kind != "person":
            bodies.add(name)
            continue
        said[name].append(n)

    @cache
    def roles() -> dict[str, frozenset[str] | None]:  # ``person_roles``, read when asked
        return person_roles(quotes)

    @cache
    def story() -> Stories:
        return Stories(list(quotes), {}, story_days=options.story_days)

    @cache
    def words_of(n: int) -> list[str]:
        return normalize(words_said(quotes[n])).split()

    def together(form: str, holder: str) -> bool:
        if form in bodies or holder in bodies:
            return False
        a, b = genders.get(form), genders.get(holder)
        if a and b and a != b:
            return False
        held, holds = roles().get(form), roles().get(holder)
        if held and holds and not held & holds:
            return False  # « le président Lula », « l'attaquant Lula Ferreira »: two people
        for x in said.get(form, ()):
            for y in said.get(holder, ()):
                one, other = quotes[x].article.id, quotes[y].article.id
                if one == other or story().apart(one, other):
                    continue
                if _same_words(words_of(x), words_of(y)):
                    return True
        return False

    return together


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


def _same_words(a: list[str], b: list[str]) -> bool:
    """Do two wordings give one statement: the shorter, of ``INSIDE`` words or more, inside the
    longer, or the two alike word by word to ``ALIKE`` with each changed word the same word
    inflected (``STEM``)?"""
    short, long = sorted((a, b), key=len)
    if len(short) < INSIDE:
        return False
    if f" {' '.join(short)} " in f" {' '.join(long)} ":
        return True
    # outlets open one statement at different words (« des tests ont révélé … », « Cependant,
    # les tests ont révélé … »): the shorter past a first word that says nothing of it
    if len(short) > INSIDE and short[0] in folded("stop_words") and (
            f" {' '.join(short[1:])} " in f" {' '.join(long)} "):
        return True
    if Levenshtein.normalized_similarity(a, b) < ALIKE:
        return False
    return all(a[op.src_pos][:STEM] == b[op.dest_pos][:STEM]
               for op in Levenshtein.editops(a, b) if op.tag == "replace")
