"""Wordings of one speaker said word for word in another article: two or three words that
another of their quotes says, or a telling run of words two of their quotes share.

« acharnement judiciaire » in one outlet, « Cet acharnement judiciaire contre mes proches doit
cesser » in another: under ``min_fragment_words`` words a fuzzy score cannot place a
wording (too many quotes of a story share two words), and the two share no trigram to meet
on. Word for word, by the same named speaker, in another article, it is a fragment of that
quote. Each speaker's short wordings are looked for in one string of that speaker's own texts, so
the cost is the length of the texts of speakers who have any. A fragment of few content words
that a fuzzy score places must say each of them where it is found (``word_swapped``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from itertools import accumulate

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq, ScoreAlignment

from quotes.group.candidates import sorted_unique
from quotes.group.said_marks import said_marks_pairs
from quotes.group.similarity import (
    STEM,
    content_stem,
    content_stems,
    figures,
    normalize,
    stop_words,
)
from quotes.group.wordings import Wordings
from quotes.lexicon.grammar import CLITIC_SUBJECTS, DETERMINER_SUBJECTS
from quotes.model import Quote
from quotes.settings import Settings

# the partial score of words said word for word inside another quote: a fragment threshold
# above it (a settings file's « fragment_threshold = 101 ») turns fragments off, these too
WORD_FOR_WORD = 100.0


def worded_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                 articles: Sequence[str], options: Settings,
                 quotes: Sequence[Quote], thin: set[tuple[int, int]],
                 persons: Callable[[int], frozenset[str]], *,
                 marks: Mapping[int, Sequence[str]]) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b, of one named speaker in two articles that no fuzzy score places:
    a short wording said word for word (``short_wording_pairs``), what a quote says after
    its subject pronoun and verb (``predicate_pairs``), marks, or a few words of
    the speaker's own (``_short_own``), that say one wording in other forms
    (``marked_stem_pairs``), and a mixed quote's marks said in a row in a direct quote of
    the ``quotes`` (``said_marks``). ``thin`` receives the pairs a few words of the speaker's
    own make on one marked word only (``marked_stem_pairs``); ``persons``: the words of the
    persons' names each quote says (``marked.person_words``). ``marks``: each quote's, for
    the quotes that have any (``quote_texts.quote_marks``). What follows a subject pronoun
    is a fragment: none while ``fragment_threshold`` is above ``WORD_FOR_WORD``."""
    said = said_marks_pairs(texts, names, articles, [q.type == "direct" for q in quotes],
                            marks, alike=options.threshold)
    return sorted(set(short_wording_pairs(texts, names, articles,
                                          max_words=options.min_fragment_words))
                  | (set(predicate_pairs(texts, names, articles,
                                         min_words=options.min_fragment_words,
                                         persons=persons))
                     if options.fragment_threshold <= WORD_FOR_WORD else set())
                  | set(marked_stem_pairs(texts, names, articles,
                                          max_share=options.max_shingle_share,
                                          spoken=_short_own(texts, quotes, options),
                                          thin=thin))
                  | set(said))


def _short_own(texts: Sequence[Sequence[str]], quotes: Sequence[Quote],
               options: Settings) -> list[bool]:
    """For each quote, whether its whole wording is a few words of the speaker's, as marks
    are: a direct or mixed quote of fewer than ``text_first_words`` words (« La réunion sera
    l'occasion »). An indirect one is the outlet's words."""
    return [q.type != "indirect" and len(t[0].split()) < options.text_first_words
            for q, t in zip(quotes, texts, strict=True)]


def short_wording_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                        articles: Sequence[str], *, max_words: int) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b: quotes of one named speaker in two articles where one says a
    wording of the other's (the quote or a quoted fragment, normalised) of two words up to
    ``max_words`` (excluded), with a word that is not a stop word, word for word."""
    stop = stop_words()

    def shorts(n: int) -> list[str]:
        if len(texts[n][0].split(maxsplit=max_words - 1)) >= max_words:
            return []  # a longer quote's few marked words (« d'hydrocarbures ») are no quote
        return [t for t in texts[n]
                if len(words := t.split()) >= 2 and any(w not in stop for w in words)]
    return _said_word_for_word(texts, names, articles, shorts)


def predicate_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                    articles: Sequence[str], *, min_words: int,
                    persons: Callable[[int], frozenset[str]] = lambda n: frozenset()
                    ) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b: a quote of a named speaker that opens on a subject pronoun and its
    verb (« elle est à 5,1 % sur un an »), and another quote of that speaker in another
    article that says the rest word for word (« L'inflation a ralenti, à 5,1 % sur un an, après
    5,9 % »). The pronoun and its verb stand for what the other outlet names and says of it
    (the word after the pronoun is taken as the verb, by position: « elle n'a … » leaves « a … »),
    which no fuzzy score over the whole wording sees past; the rest must be ``min_words`` words
    or more (as a fragment must) and give a number or a content word (« elle est de ceux qui le
    font » says nothing of its own) besides the names of persons the quote says (``persons``,
    normalised words: « elle soutient la députée Claire Moreau » names whom many statements
    name)."""
    subjects = _subjects()

    def predicate(n: int) -> list[str]:
        words = texts[n][0].split()
        if len(words) < min_words + 2 or words[0] not in subjects:
            return []
        rest = " ".join(words[2:])
        named = persons(n)
        own = " ".join(w for w in words[2:] if w not in named)
        return [rest] if figures(rest) or content_stems(own) else []
    return _said_word_for_word(texts, names, articles, predicate)


@cache
def _subjects() -> frozenset[str]:
    """The subject pronouns a clause opens on, as ``normalize`` writes them (« c'est » is « c
    est »); one that is a determiner as often (``DETERMINER_SUBJECTS``: « ce film ») is not."""
    return frozenset(n for w in CLITIC_SUBJECTS - DETERMINER_SUBJECTS if (n := normalize(w)))


def _said_word_for_word(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                        articles: Sequence[str], looked_for: Callable[[int], list[str]]
                        ) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b, of one named speaker in two articles where a wording of one (the
    words ``looked_for`` gives of it, normalised) lies word for word in a wording of the
    other."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for n, name in enumerate(names):
        if name is not None:
            by_speaker[name].append(n)
    found: set[tuple[int, int]] = set()
    for said in by_speaker.values():
        shorts = {(n, f" {t} ") for n in said for t in looked_for(n)}
        if not shorts:
            continue
        # the speaker's wordings, padded, on one line each of one string: a short wording
        # (which holds no line break) found in it lies inside one of them
        owner = [m for m in said for _ in texts[m]]
        joined = "\n".join(f" {t} " for m in said for t in texts[m])
        starts = list(accumulate((len(t) + 3 for m in said for t in texts[m]), initial=0))
        for n, short in sorted(shorts):
            at = joined.find(short)
            while at != -1:
                m = owner[bisect_right(starts, at) - 1]
                if articles[n] != articles[m]:
                    found.add((min(n, m), max(n, m)))
                at = joined.find(short, at + 1)
    return sorted(found)


def marked_stem_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                      articles: Sequence[str], *, max_share: int,
                      spoken: Sequence[bool], thin: set[tuple[int, int]]
                      ) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b: two mixed quotes of one named speaker in two articles whose marks
    (quoted fragments, normalised) say one utterance in other forms: the content words
    (``similarity.content_stems``: cut to six letters, words of degree aside) of a fragment of
    the one are all among those of a fragment of the other, which says two or more, all of
    which the first quote says. « sont « totalement inacceptables » » and « une "menace
    purement inacceptable" » mark one word in two forms, and the first names the threat too;
    a word marked in two statements (« "inacceptable" », « une "décision inacceptable" »)
    joins nothing unless the first also says the decision. A stem that more than
    ``max_share`` fragments of the speaker mark is a word of theirs, no evidence. A quote
    that ``spoken`` sets (a few words of the speaker's own) joins so by its whole wording too:
    « La réunion sera l'occasion » says the words of « sa réunion serait "l'occasion" »,
    its mark among them. One marked word so shared is a speaker's stock phrase as well
    (« "très préoccupante" » said of two things): such a pair goes to ``thin``, for the
    caller to ask more of it (two articles of one event)."""
    marks: dict[tuple[str, str], list[tuple[int, frozenset[str]]]] = defaultdict(list)
    wide: list[tuple[int, str, frozenset[str], bool]] = []
    for n, t in enumerate(texts):
        name = names[n]
        if name is None or len(t) < 2:
            continue
        for f in t[1:]:
            stems = frozenset(content_stems(f))
            for s in stems:
                marks[(name, s)].append((n, stems))
            if len(stems) >= 2:
                wide.append((n, name, stems, False))
    for n, own in enumerate(spoken):
        name = names[n] if own else None
        stems = frozenset(content_stems(texts[n][0])) if name is not None else frozenset()
        # only where the speaker marks one of its words: most short quotes meet no mark
        if len(stems) >= 2 and any((name, s) in marks for s in stems):
            wide.append((n, name or "", stems, True))
    found: dict[tuple[int, int], bool] = {}  # each pair: whether one marked word alone makes it
    whole = cache(lambda m: content_stems(texts[m][0]))  # each quote's stems, cut once
    marked = cache(lambda m: frozenset().union(*(content_stems(f) for f in texts[m][1:])))
    for n, name, stems, own in wide:
        for s in stems:
            held = marks.get((name, s), ())
            if len(held) > max_share:
                continue
            for m, inner in held:
                pair = (min(n, m), max(n, m))
                if articles[m] == articles[n] or found.get(pair) is False:
                    continue
                if inner <= stems <= whole(m):
                    found[pair] = own and len(stems & marked(m)) < 2
    thin.update(p for p, one in found.items() if one)
    return sorted(found)


def shared_run_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                     articles: Sequence[str], reported: Sequence[bool], *, words: int,
                     content: int, max_share: int, wordings: Wordings | None = None
                     ) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b: quotes of one named speaker in two articles whose wordings (the
    quote, then its quoted fragments, normalised) share a run of ``words`` words in a row,
    ``content`` of them content words (``similarity.content_stem``). Two outlets that cut one
    statement differently, or that put the rest of it in their own words (« Le chantier du
    nouveau pont reprendra bientôt, mais … » for « … Le chantier du nouveau pont reprendra en
    septembre »), still give a passage of it word for word that no fuzzy score over the whole
    wordings sees. A run that more than ``max_share`` quotes of the speaker say is a phrase of
    theirs, no evidence. A ``reported`` quote (indirect) and a quote in marks are left to the
    paraphrase, which names what the one is of the other; two reported quotes, or two in
    marks, pair here. ``wordings``: the ``texts`` already split (``wordings.Wordings``),
    when the caller has them; a word's id only names it in the runs' hashes, in any order."""
    given = wordings or Wordings(texts)
    named = np.array([name is not None for name in names], dtype=bool)
    chosen = np.flatnonzero(named[given.owner] & (given.length >= words))
    if not len(chosen):
        return []
    owners = given.owner[chosen]
    speaker_of: dict[str, int] = {}  # each speaker's id, in the order their texts come
    speaker = np.zeros(len(names), dtype=np.int64)
    for n in sorted_unique(owners).tolist():
        speaker[n] = speaker_of.setdefault(names[n] or "", len(speaker_of))
    stop = stop_words()
    telling_word = np.fromiter((content_stem(w, stop) is not None for w in given.vocabulary),
                          dtype=bool, count=len(given.vocabulary))
    # every run of ``words`` words inside one text: its count of content words, and a hash of
    # its words and its speaker (a collision of two 64-bit hashes is left to chance)
    size = given.length[chosen]
    word = given.stream(chosen)
    start = np.concatenate(([0], np.cumsum(size)[:-1]))
    runs = size - words + 1
    at = np.repeat(start, runs) + np.arange(runs.sum()) - np.repeat(np.cumsum(runs) - runs, runs)
    telling = np.concatenate(([0], np.cumsum(telling_word[word], dtype=np.int64)))
    keep = telling[at + words] - telling[at] >= content
    at = at[keep]
    with np.errstate(over="ignore"):
        key = np.repeat(speaker[owners], runs)[keep].astype(np.uint64)
        key *= np.uint64(0x9E3779B97F4A7C15)
        for k in range(words):
            key = (key ^ word[at + k].astype(np.uint64)) * np.uint64(0xC2B2AE3D27D4EB4F)
    owner = np.repeat(owners, runs)[keep]
    if not len(owner):
        return []
    order = np.lexsort((owner, key))
    key, owner = key[order], owner[order]
    once = np.concatenate(([True], (key[1:] != key[:-1]) | (owner[1:] != owner[:-1])))
    key, owner = key[once], owner[once]  # each quote once a run, by run then quote
    first = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
    count = np.diff(np.append(first, len(key)))
    # the runs two quotes say, as arrays; the few that more say, pair by pair
    two = first[(count == 2) & (max_share >= 2)]
    a, b = [owner[two]], [owner[two + 1]]
    more = (count > 2) & (count <= max_share)
    triangles: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for lo, n in zip(first[more].tolist(), count[more].tolist(), strict=True):
        held = owner[lo:lo + n]
        if (pair := triangles.get(n)) is None:
            pair = triangles[n] = np.triu_indices(n, 1)
        a.append(held[pair[0]])
        b.append(held[pair[1]])
    x, y = np.concatenate(a), np.concatenate(b)  # x < y: quotes come in order within a run
    places: dict[str, int] = {}
    place = np.array([places.setdefault(p, len(places)) for p in articles], dtype=np.int64)
    told = np.asarray(reported, dtype=bool)
    keep = (place[x] != place[y]) & (told[x] == told[y])
    pairs = np.unique(x[keep] * len(names) + y[keep])
    return list(zip((pairs // len(names)).tolist(), (pairs % len(names)).tolist(), strict=True))


def in_order(a: str, b: str) -> float:
    """The share of the words of the shorter of two texts that a passage of the other, one and
    a half times its length, says in the same order (the longest common subsequence): one
    quote cut, or given with a few words more, by two outlets (« remercier par-dessus tout
    les supporters », « remercier les supporters »)."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    if not short:
        return 0.0
    reach, step = len(short) * 3 // 2, max(1, len(short) // 2)
    starts = range(0, max(1, len(long_) - reach + step), step)
    return max(LCSseq.similarity(short, long_[s:s + reach]) for s in starts) / len(short)


def run_scores(a: Sequence[str], b: Sequence[str]) -> tuple[float, float]:
    """(ratio, partial_ratio) of two quotes' wordings that share a run (``shared_run_pairs``):
    the best of their first wordings, for the group records."""
    short, long_ = sorted((a[0], b[0]), key=len)
    return fuzz.ratio(a[0], b[0]), fuzz.partial_ratio(short, long_)


def word_swapped(a: Sequence[str], b: Sequence[str], options: Settings) -> bool:
    """Whether two quotes' wordings (the quote, then its marks) match only as a fragment of
    few content words (``fragment_content_words`` or fewer) that the passage where
    ``partial_ratio`` finds it in the other, or the words next to it (``around``: as many on
    each side as the fragment has), does not say each of, in some form (``_one_word``):
    « "n'a pas été suffisamment consultée" » is no fragment of « n'a pas été suffisamment
    écoutée », another participle in the same frame. A long fragment may lose a word to an
    outlet's rewording (« lors de » for « au moment de ») and still be one."""
    found = False
    for x in a:
        for y in b:
            short, long_ = sorted((x, y), key=len)
            if len(short.split()) < options.min_fragment_words:
                continue
            at = placed(short, long_, options)
            if at is None:
                continue
            if not swapped_at(short, long_, at, options):
                return False
            found = True
    return found


def placed(short: str, long_: str, options: Settings) -> ScoreAlignment | None:
    """Where ``partial_ratio`` places the wording ``short`` in ``long_`` as a fragment is
    (``fragment_threshold``), or None."""
    return fuzz.partial_ratio_alignment(short, long_, score_cutoff=options.fragment_threshold)


def swapped_at(short: str, long_: str, at: ScoreAlignment, options: Settings) -> bool:
    """Whether a fragment ``short`` placed in ``long_`` at ``at`` (``placed``) holds few content
    words (``fragment_content_words`` or fewer) and the passage there, or the words next to
    it (``around``), does not say each of them in some form (``word_swapped``)."""
    stems = content_stems(short)
    said = around(long_, at.dest_start, at.dest_end, len(short.split()))
    return len(stems) <= options.fragment_content_words and not says_each(
        stems, said, options)


def says_each(stems: Iterable[str], words: Sequence[str], options: Settings) -> bool:
    """Whether ``words`` say each content word of ``stems`` in some form (``_one_word``)."""
    return all(any(_one_word(s, w[:STEM], options.spelled_prefix) for w in words)
               for s in stems)


def around(text: str, start: int, end: int, reach: int) -> list[str]:
    """The whole words of ``text`` from ``start`` to ``end``, and ``reach`` words more on each
    side: marks may leave out words of the passage they quote (« "sa lenteur et sa raideur" » of
    « sa lenteur, par sa prudence et sa raideur »), which ``partial_ratio`` then aligns
    with a part of it only."""
    start = text.rfind(" ", 0, start) + 1
    end = len(text) if (end := text.find(" ", end)) < 0 else end
    before = text[:start].split()
    kept = before[max(0, len(before) - reach) :]  # all of them when fewer than ``reach``
    return kept + text[start:end].split() + text[end:].split()[:reach]


def _one_word(stem: str, other: str, prefix: int) -> bool:
    """Are two words cut to their ``STEM`` (``content_stem``) forms of one word: the same, or the
    same beginning of ``prefix`` letters, or of all the shorter's letters but its last, told
    apart by their ending only (« jouer », « jouez »)? Words that differ in their first letters
    are other verbs, however alike (« tenir », « venir »; « fermer », « former »)."""
    if stem == other:
        return True
    shorter = min(len(stem), len(other))
    n = min(prefix, shorter - 1)
    return shorter > 2 and stem[:n] == other[:n]
