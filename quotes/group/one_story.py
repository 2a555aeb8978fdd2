"""Whether a one-word name and a full name holding the word may be one person of the batch
(``speakers.link_speakers``: « Ndiro » and « Ndiro da Costa »): only within one story.

Two articles tell one story when they are not dated apart and one names someone the other
names or quotes a body it quotes (``attribute.batch_groups.Stories``, as the batch's cast reads
them), or when a quote of the one name and a quote of the other give the same words: one
wording inside the other (« Nous sommes de retour »), or all but one word alike (« les
négociations reprendront… », « … reprendraient… »); two statements that share a few words
(« Nous ne vivons plus de la mer », « … dans la peur ») tie nothing. And never two people the
records tell apart: both genders known and different (« Sacha, étudiante », « le député Sacha
Houlié »), or a name some record gives a body (« Chelsea » in a club's communiqué).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from rapidfuzz.distance import Levenshtein

from quotes.attribute.batch_groups import Stories
from quotes.group.narration import words_said
from quotes.group.similarity import normalize
from quotes.model import Quote
from quotes.settings import DEFAULT, Settings

# the share of words two wordings must have alike to be one statement told twice: one word
# changed in eight (« reprendront », « reprendraient »), not two in seven
ALIKE = 0.85


def one_story(quotes: Sequence[Quote], options: Settings = DEFAULT) -> Callable[[str, str], bool]:
    """A test of two person names of the batch (a one-word name, a full name): may they be one
    person of one story? The stories are read only when a name is asked about: most batches
    hold no one-word name a full name holds."""
    said: dict[str, list[int]] = defaultdict(list)  # person name -> its quotes
    genders: dict[str, set[str]] = defaultdict(set)
    bodies: set[str] = set()  # names some record gives no person
    for n, q in enumerate(quotes):
        name = q.speaker.name
        if not name:
            continue
        if q.speaker.kind != "person":
            bodies.add(name)
            continue
        said[name].append(n)
        if q.speaker.gender:
            genders[name].add(q.speaker.gender)
    stories: list[Stories] = []
    words: dict[int, list[str]] = {}

    def words_of(n: int) -> list[str]:
        if n not in words:
            words[n] = normalize(words_said(quotes[n])).split()
        return words[n]

    def together(form: str, holder: str) -> bool:
        if form in bodies or holder in bodies:
            return False
        a, b = genders.get(form, set()), genders.get(holder, set())
        if len(a) == len(b) == 1 and a != b:
            return False
        if not stories:
            stories.append(Stories(list(quotes), {}, story_days=options.story_days))
        story = stories[0]
        for x in said.get(form, ()):
            for y in said.get(holder, ()):
                one, other = quotes[x].article.id, quotes[y].article.id
                if story.apart(one, other):
                    continue
                if story.told(one, other) or _same_words(words_of(x), words_of(y), options):
                    return True
        return False

    return together


def _same_words(a: list[str], b: list[str], options: Settings) -> bool:
    """Do two wordings give one statement: the shorter, of ``min_fragment_words`` words or more,
    inside the longer, or all but about one word in eight alike (``ALIKE``)?"""
    short, long = sorted((a, b), key=len)
    if len(short) < options.min_fragment_words:
        return False
    if f" {' '.join(short)} " in f" {' '.join(long)} ":
        return True
    return Levenshtein.normalized_similarity(a, b) >= ALIKE
