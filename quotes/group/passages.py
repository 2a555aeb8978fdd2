"""Passages: the quotes of one article that continue one statement, and what they keep apart.

An article that runs one statement over two paragraphs, or around an incise, gives one passage
in two quotes; two quotes of one article in two passages are two things said. A part (a
fragment, an overlap) that would join two clusters one article gives as two passages does
not make them one utterance (``grouping.cluster``), unless another outlet gives both in one
quote, one after the other, even across a mark of words left out, or cuts it where the second
goes on (``spanned``). A heading
(``heads``) is no passage, nor is any other repeat (``repeated``): words the article gives
again, not a second time they were said.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from itertools import combinations

from quotes.group.short import around, placed, says_each, swapped_at
from quotes.group.similarity import content_stems, meaning_differs
from quotes.lexicon import cached, fold, marked
from quotes.model import CUE_CARRIED, NO_CUE, Evidence, Quote
from quotes.settings import DEFAULT, Settings

_PARAGRAPH_GAP = 4  # characters: a paragraph break or a pair of marks, no narrator's words
_PLACED = 3  # words in a row that place a passage inside another outlet's quote
_CUT = re.compile(r"^\W*(?:…|\.\.\.)|(?:…|\.\.\.)\W*$")  # « "Du mal à comprendre..." »: an excerpt
SEVERAL = -1  # not a passage: a cluster holds two passages or more of one article


def passages(quotes: Sequence[Quote], names: list[str | None]) -> list[int]:
    """A passage id per quote: a quote that follows the previous one of its article (in input
    order) by the same speaker, with nothing but a paragraph break or quote marks between
    them or with the cue both share (the two halves around an incise), continues its passage;
    an article that runs one statement over two paragraphs has not given two quotes apart."""
    passage = list(range(len(quotes)))
    for n in range(1, len(quotes)):
        q, prev = quotes[n], quotes[n - 1]
        if q.article.id != prev.article.id or names[n] != names[n - 1]:
            continue
        gap = q.span.start - prev.span.end
        incise = q.cue is not None and prev.cue is not None and CUE_CARRIED not in q.evidence and (
            q.cue.start == prev.cue.start and prev.span.end <= q.cue.start < q.span.start)
        if 0 <= gap <= _PARAGRAPH_GAP or incise:
            passage[n] = passage[n - 1]
    return passage


def _place(part: str, whole: str) -> tuple[int, int] | None:
    """Where the normalised words of ``part`` lie in ``whole`` (first and last word index, end
    excluded, of the runs of ``_PLACED`` words or more they share), or None when no such run."""
    x, y = part.split(), whole.split()
    blocks = [m for m in SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks()
              if m.size >= _PLACED]
    return (blocks[0].b, blocks[-1].b + blocks[-1].size) if blocks else None


def spanned(passage: list[int], pairs: Iterable[tuple[int, int]], quotes: Sequence[Quote],
            texts: Sequence[Sequence[str]], names: Sequence[str | None],
            left_out: Collection[int], copies: Iterable[tuple[int, int]] = ()) -> list[int]:
    """The passages (``passages``) once those another outlet gives in one quote are one: two
    quotes of one speaker that an article gives apart (« "A. B." » then « "C." », or a greeting
    and the address after it) are one statement when a direct quote of another article that
    matches each of them (``pairs``, by index: a wording, a fragment, an overlap) holds their
    words one after the other, in the article's order and without sharing any (« "B. C." »: the
    outlet cut the statement at another point), with or without a mark of words left out between
    them (« "A […] C" »: the outlet gives both as one statement, as the annotation guidelines'
    « a record that holds two passages merges their groups » reads). One stretch of a mixed
    quote's marks holds the speaker's words in their order too (« il a écrit "A. B. C" »), and
    two stretches of marks that each hold one passage of the article, and no other, hold both
    whatever the order the outlet's own words give them in (« "A" par "B" », ``_stretch_apart``):
    a record that holds two passages, unless the outlet's words around the marks name two days
    (``_two_days``: two occasions) or give one of the two passages to a person they describe
    only (``_one_voice``). A passage of the article that goes on from the last words of a
    direct quote (« "A. B" » there, « "B C." » here: ``_goes_on``) comes after what the quote
    holds, though no score matches the two (they share a few words only). A formula said
    again inside an address the article also gives lies inside the address's words, not after
    them, and stays apart. Quotes in ``left_out`` (headings,
    repeats) give no passage and are not read; ``texts`` are the normalised wordings grouping
    compares, the quote first (« […] » set aside). Two quotes of which one has no speaker's
    name join as those of one speaker do (``grouping.cluster`` gives only the names of
    speakers who vote, ``consensus.voting``: a person named with confidence, a body, an
    anonymous source; a pronoun or a continuation may name the wrong one). ``copies``: (first,
    copy), the quotes matched to their first only (``_with_copies``)."""
    partners: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for a, b in _with_copies(pairs, copies, [q.article.id for q in quotes]):
        if quotes[a].article.id != quotes[b].article.id and a not in left_out and (
                b not in left_out):
            partners[a][quotes[b].article.id].append(b)
            partners[b][quotes[a].article.id].append(a)
    root = {p: p for p in passage}

    def find(p: int) -> int:
        while root[p] != p:
            p = root[p]
        return p

    def unite(m: int, n: int) -> None:  # one passage, unless two voters' names differ
        if passage[m] != passage[n] and (names[m] == names[n] or not names[m] or not names[n]):
            root[find(passage[n])] = find(passage[m])

    placed: dict[tuple[str, str], tuple[int, int] | None] = {}  # outlets carry the same words

    def place(n: int, said: str) -> tuple[int, int] | None:
        key = (texts[n][0], said)
        if key not in placed:
            placed[key] = _place(*key)
        return placed[key]

    of_article: dict[str, list[int]] = defaultdict(list)
    for n, q in enumerate(quotes):
        if n not in left_out:
            of_article[q.article.id].append(n)
    for whole, by_article in partners.items():
        in_order = _in_order(quotes[whole], texts[whole])
        if not in_order:
            continue  # an indirect quote: the outlet's words, in the outlet's order
        opening = _goes_on(texts[whole][0]) if quotes[whole].type == "direct" else None
        for article, given in by_article.items():
            if opening:
                given = given + [n for n in of_article[article] if texts[n][0].startswith(opening)]
            if len({passage[n] for n in given}) < 2:
                continue
            given = sorted(set(given), key=lambda n: quotes[n].span.start)
            # the speaker's words in their order: a direct quote's, or one stretch of a mixed
            # quote's marks; two stretches, one passage in each, in any order
            for said in in_order:
                for (m, at), (n, later) in combinations([(n, place(n, said)) for n in given], 2):
                    if at and later and at[1] <= later[0]:
                        unite(m, n)
            if len(in_order) < 2 or _two_days(quotes[whole]):
                continue  # « a affirmé lundi que « A », puis jeudi qu'ils « B » »: two occasions
            for m, n in _stretch_apart(given, in_order, place):
                if _one_voice(quotes[m], quotes[n], names[m], names[n]):
                    unite(m, n)
    return [find(p) for p in passage]


_GOES_ON = 5  # words: the end of a quote that another quote goes on from


def _goes_on(said: str) -> str | None:
    """How a quote of one article opens when it goes on from ``said`` (the normalised wording
    of a direct quote of another outlet): on its last ``_GOES_ON`` words, with more words after
    them; None when it has fewer words. Such a quote is a passage the statement goes on into,
    where the outlet of ``said`` cut it (« "A. B. C" » then « "C D." »: ``spanned`` places it
    after the passages ``said`` holds). Those words inside a passage are no sign of it: a
    phrase the speaker says again (« pour les habitants de la commune »)."""
    end = said.split()[-_GOES_ON:]
    return f"{' '.join(end)} " if len(end) == _GOES_ON else None


def _stretch_apart(given: Sequence[int], stretches: Sequence[str],
                   place: Callable[[int, str], tuple[int, int] | None]
                   ) -> Iterator[tuple[int, int]]:
    """(m, n): two quotes of ``given`` (one article's) that two stretches of a mixed quote's
    marks (``stretches``) hold, each in a stretch of its own that places no other of them
    (``place``: where a quote's words lie in a stretch, a run of ``_PLACED`` words or more).
    The outlet's words between the stretches set them in its own order, not the speaker's, so
    the order is not read: the record holds both passages all the same (« La famille a
    "l'immense tristesse d'annoncer…", puis a demandé "Nous vous prions…" » for the
    announcement and the request one article gives apart)."""
    if len(stretches) < 2:
        return
    held: list[int] = []
    for said in stretches:
        inside = [n for n in given if place(n, said)]
        if len(inside) != 1:
            continue  # none, or two passages in one stretch: read in order above
        held.append(inside[0])
    yield from ((m, n) for m, n in combinations(dict.fromkeys(held), 2))


@cached
def _days() -> frozenset[str]:
    return frozenset(fold(w) for w in marked("time_words", "day"))


def _two_days(q: Quote) -> bool:
    """Whether the outlet's own words in a mixed quote's sentence (its marked words cut out)
    name two days (lexicon/time_words.txt, marked « day »: « lundi », « la veille »): « a
    affirmé lundi que les travaux seraient « … », puis jeudi qu'ils « … » » reports a promise
    and its reversal, two occasions, whose stretches hold no one statement. Days inside the
    marks are the speaker's words (« interpellé mardi soir », « présenté vendredi » in one
    press conference) and do not count."""
    text, start = q.sentence.text, q.sentence.start
    for f in sorted(q.fragments, key=lambda f: f.start, reverse=True):
        a, b = max(f.start - start, 0), min(f.end - start, len(text))
        if a < b:
            text = f"{text[:a]} {text[b:]}"
    return len(_days().intersection(re.findall(r"\w+", fold(text)))) >= 2


def _one_voice(a: Quote, b: Quote, name_a: str | None, name_b: str | None) -> bool:
    """Whether two quotes whose stretches of marks ``_stretch_apart`` pairs may be one
    speaker's where one has a voter's name (``name_a``, ``name_b``: ``consensus.voting``) and
    the other none: the unnamed one is no person (a body's noun, « la direction »), or its
    article gives it the same name, or neither a name nor a role, or the named one's role. A
    person the article only describes (« Son avocate …, a-t-elle plaidé ») is someone else
    than the client it names. Two names, or none, are left to ``spanned``'s own test."""
    if bool(name_a) == bool(name_b):
        return True
    unnamed, named = (a.speaker, b.speaker) if not name_a else (b.speaker, a.speaker)
    if unnamed.kind != "person":
        return True
    if unnamed.name is not None:
        return unnamed.name == named.name
    return unnamed.role is None or unnamed.role == named.role


def _in_order(q: Quote, texts: Sequence[str]) -> Sequence[str]:
    """The wordings of a quote (``texts``, normalised: the quote, then its marks) that give the
    speaker's words in the order said: a direct quote whole, each stretch of a mixed quote's
    marks, none of an indirect one."""
    return texts[:1] if q.type == "direct" else texts[1:] if q.type == "mixed" else ()


def _with_copies(pairs: Iterable[tuple[int, int]], copies: Iterable[tuple[int, int]],
                 articles: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The matched ``pairs`` (by index), and each again with the copies of either side
    (``copies``: (first, copy), the same words of one speaker, which look for no candidates of
    their own and are matched to their first only): a quote of another outlet that holds a
    passage holds its copy word for word, and an article that gives the copies as two
    passages has cut the statement there too (``spanned``). A copy alone in its article gives
    no two passages, and is left out."""
    in_article = Counter(articles)
    first_of = {n: first for first, n in copies if in_article[articles[n]] > 1}
    copies_of: dict[int, list[int]] = defaultdict(list)
    for n, first in first_of.items():
        copies_of[first].append(n)
    for a, b in pairs:
        yield a, b
        if first_of.get(b) == a or first_of.get(a) == b:
            continue  # a copy and its first: the copies' own pairs say nothing more
        yield from ((a, c) for c in copies_of.get(b, ()))
        yield from ((c, b) for c in copies_of.get(a, ()))


def heads(q: Quote) -> bool:
    """Whether a quote is a heading of its article (evidence ``heading``: a line of its own in
    marks, « "Le moment est venu" » above the statement it comes from): it repeats words the
    article quotes, and gives no passage of its own that would keep apart what it joins."""
    return "heading" in q.evidence


def holds_passages(q: Quote, texts: Sequence[str]) -> bool:
    """Whether a quote holds several passages of what its speaker said: a mixed quote whose
    marks give two stretches or more of the speaker's words (``texts``: the quote, then its
    marked fragments of two words or more, ``quote_texts``). A record that holds two passages
    merges their groups, even where another article gives them apart (``given_apart``): the
    outlet gives both as one statement (« a promis « A » et « B » »), unless its own words
    name two days (``_two_days``: two occasions)."""
    return q.type == "mixed" and len(texts) >= 3 and not _two_days(q)


def one_speakers_record(pair: Sequence[tuple[Quote, Sequence[str]]], names: Collection[str | None]
                ) -> bool:
    """Whether a pair that would join two groups (each quote with its wordings, ``texts``)
    has a side that holds several passages (``holds_passages``) and the two groups give one
    name only (``names``: every speaker's name their quotes give, None for none): the record
    merges the groups of the passages it holds, which ``given_apart`` would keep apart. A
    group that also gives words to no name (a lawyer described, « Son avocat … ») may hold
    another person's passage."""
    return len(names) == 1 and None not in names and any(
        holds_passages(q, texts) for q, texts in pair)


def given_apart(x: dict[str, int], y: dict[str, int]) -> bool:
    """Whether one article gives a quote of each cluster (its passage by article, ``SEVERAL``
    for two or more) as two passages, looked up from the smaller cluster."""
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    return any((q := big.get(a)) is not None and (p == SEVERAL or q != p)
               for a, p in small.items())


def _speech_act(q: Quote) -> bool:
    """Whether the article reports a quote as said (a cue, a colon, an interview's answer):
    not a heading, nor marked words standing with no cue (a lead or a pull quote)."""
    return not heads(q) and NO_CUE not in q.evidence


def _rendering(q: Quote) -> bool:
    """Whether a direct quote is marked words inside its speaker's own clause with no
    reporting verb (evidence ``predicate``: « il a apporté « tout son soutien » à … »): the
    outlet's words around a few of the speaker's, as a mixed quote's marks are."""
    return Evidence.PREDICATE in q.evidence


def carried(q: Quote) -> bool:
    """Whether a direct quote stands with no cue (a heading, a lead, a pull quote), its
    speaker is only the one of a sentence beside it (resolution ``continuation``) and the
    outlet marks it as cut from longer words (it opens or ends on an ellipsis: « "Du mal à
    comprendre..." »): an excerpt no name the article gives. A whole line with no cue after a
    person's sentence is that person's, even in words another person said at more length (a
    partner's « "J'ai toujours respecté les règles." » after the manager's longer words, a
    coach repeating his president's formula)."""
    return q.type == "direct" and not _speech_act(q) and (
        q.speaker.resolution == "continuation") and bool(_CUT.search(q.span.text))


def _within(short: str, long: str) -> bool:
    """Whether the normalised words ``short`` stand in ``long`` as whole words."""
    return f" {short} " in f" {long} "


def _words(wordings: Sequence[str]) -> int:
    """How many words normalised wordings say in all."""
    return sum(len(w.split()) for w in wordings)


def _rendered(mark: str, said: str, options: Settings) -> bool:
    """Whether a mixed quote's marks ``mark`` give, in near words, a passage of a direct quote
    ``said`` (both normalised): of ``min_fragment_words`` words or more and no more than
    ``said`` has (a short quote inside longer marks is no passage they render), placed in it
    as a fragment is (``short.placed``), saying each of its few content words where they
    stand (``short.swapped_at``), and saying each content word of the passage they are placed
    on, in some form, however many (« manqué de respect aux supporters du club » renders no
    « manqué de respect aux joueurs du club »), with no negation or alternative word turned
    (``meaning_differs``: « voterait contre » renders no « je voterai pour »). An outlet that
    gives a post whole and renders one of its sentences again in marks (« elle ne « soutenait
    plus la direction » » beside « Je ne peux plus soutenir la direction ») has copied it with
    a verb's tense changed, not reported it twice."""
    size = len(mark.split())
    if not options.min_fragment_words <= size <= len(said.split()):
        return False
    short, long_ = sorted((mark, said), key=len)
    at = placed(short, long_, options)
    if at is None or swapped_at(short, long_, at, options):
        return False
    start, end = (at.dest_start, at.dest_end) if long_ is said else (at.src_start, at.src_end)
    passage = " ".join(around(said, start, end, 0))
    return says_each(content_stems(passage), mark.split(), options) and not meaning_differs(
        [mark], [passage])


def repeated(quotes: Sequence[Quote], texts: Sequence[Sequence[str]],
             names: Sequence[str | None], options: Settings = DEFAULT) -> set[int]:
    """The quotes (indices) that give again, word for word, words another quote of their
    article reports as said (``_speech_act``) by the same speaker or one unnamed: a heading,
    a lead or a pull quote with no cue (« "Pour plus de paix." » opening the article whose
    body gives the whole post), or a mixed quote whose marks (of two words or more, each)
    a direct quote of the article gives whole (a standfirst's « aux victimes oubliées »), or
    the marks of a mixed quote that say more words, as do the marks of a direct quote inside
    its speaker's own clause (``_rendering``: « a apporté « tout son soutien » à … »); marks
    of ``min_fragment_words`` words or more that a direct quote of the article, no heading,
    gives in the same or near words (``_rendered``: a verb's tense or a word of degree
    changed) repeat it too, even where that quote is a post given whole with no cue. A line
    with no cue whose speaker is only carried from a sentence beside it and cut from longer
    words (``carried``) repeats another speaker's words as well: the pull quote « "Avec
    l'intention de nuire..." » below the chief's words is the prosecutor's, whose quote it
    is, not the chief's.
    ``texts`` are the normalised wordings grouping compares (the quote, then its marks). Two
    quotes the article reports as said each, the same formula said twice or a formula and
    the address that ends on it, are no repeat: the speaker said it again."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for n, q in enumerate(quotes):
        by_article[q.article.id].append(n)
    out: set[int] = set()
    for members in by_article.values():
        if len(members) < 2:
            continue
        for n in members:
            q = quotes[n]
            within: tuple[str, ...]
            if q.type == "mixed" and len(texts[n]) > 1:
                said, within = texts[n][1:], ("direct", "mixed")
            elif q.type == "direct" and (not _speech_act(q) or _rendering(q)) and texts[n][0]:
                said, within = texts[n][:1], ("direct", "mixed")
            else:
                continue
            for m in members:
                o = quotes[m]
                # marks may render any direct quote of the article but a heading, even a post
                # given whole with no cue
                rendering = q.type == "mixed" and o.type == "direct" and not heads(o)
                spoken = _speech_act(o)
                if m == n or o.type not in within or not (spoken or rendering) or (
                        names[m] != names[n] and names[m] and names[n] and not carried(q)):
                    continue
                whole = texts[m][:1] if o.type == "direct" else texts[m][1:]
                if q.type == o.type == "mixed" and _words(whole) <= _words(said):
                    continue  # marks in marks: those that say more are the statement
                if all(any((spoken and _within(s, w))
                           or (rendering and _rendered(s, w, options)) for w in whole)
                       for s in said):
                    out.add(n)
                    break
    return out
