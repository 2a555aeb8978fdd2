"""Group the same utterance reported by several articles (rapidfuzz), and link speakers.

Matching, for two quotes whose speakers allow it (``similarity.score_pair``):
- ``ratio`` on normalised text >= ``threshold``: the same words, or a close variant;
- else, when the shorter has at least ``min_fragment_words`` words, ``partial_ratio`` of
  the shorter inside the longer >= ``fragment_threshold``: a fragment of the longer quote.
A mixed quote is also compared through its quoted fragments. Candidate pairs come from
prefix filtering on word trigrams (``candidates.candidate_pairs``), so the cost grows with
the number of similar pairs, not with the square of the number of quotes.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from quotes.attribute.own_roles import Positions
from quotes.group.acquainted import (
    ArticleNames,
    acquainted,
    one_event,
    strangers,
    text_alone,
)
from quotes.group.candidates import candidate_pairs, with_pairs
from quotes.group.clusters import Clusters, Match, PerRoot
from quotes.group.collector import collector_paused
from quotes.group.consensus import (
    mark_repeat,
    named_person,
    repair,
    repeats,
    votes,
    voting,
)
from quotes.group.copies import first_wordings
from quotes.group.crossed import as_read
from quotes.group.first_names import FirstNames
from quotes.group.joining import admitted, one_report, open_voices
from quotes.group.marked import marked_pairs, marks_apart, person_words
from quotes.group.marks_in_context import marks_in_context_pairs
from quotes.group.negated_clauses import negation_agrees
from quotes.group.nested import own_part, quoted_whole, split_inner
from quotes.group.normal import compounds
from quotes.group.occasions import Days, apart, dated, spanning
from quotes.group.one_story import one_story, person_genders
from quotes.group.paraphrase import paraphrase_pairs
from quotes.group.passages import (
    SEVERAL,
    given_apart,
    heads,
    one_speakers_record,
    passages,
    repeated,
    spanned,
)
from quotes.group.quote_texts import quote_marks, quote_texts, sentence_parts
from quotes.group.records import group_record, linked_quote
from quotes.group.scored_pairs import one_end_each, shared_words
from quotes.group.short import run_scores, shared_run_pairs, word_swapped, worded_pairs
from quotes.group.similarity import (
    Sentences,
    alternatives,
    figures,
    figures_differ,
    meaning_differs,
    negations,
    normalize,
    scale_ends,
    score_pair,
    unframed,
)
from quotes.group.speakers import batch_keys, link_speakers, several, spoken_for, wholes
from quotes.group.torn import untorn
from quotes.group.wordings import Wordings
from quotes.model import Group, Quote
from quotes.settings import DEFAULT, Settings

# ---------------------------------------------------------------------------- grouping


def cluster(quotes: Sequence[Quote], *, options: Settings = DEFAULT) -> Clusters:
    """Link speakers across the batch, then join the quotes that report one utterance.

    Candidates come from the text alone; a pair joins when its wordings match and its
    speakers allow it (``joining.admitted``), and two clusters never join when each holds a
    different confidently named person."""
    genders = person_genders(quotes)  # each person's one gender, read once for both
    story = one_story(quotes, options, genders)
    roles: dict[str, set[str]] = defaultdict(set)  # each person's roles, as the records give
    for q in quotes:
        if q.speaker.kind == "person" and q.speaker.name and q.speaker.role:
            roles[q.speaker.name].add(q.speaker.role)
    linked = link_speakers((q.speaker.name for q in quotes if q.speaker.kind == "person"),
                           story, genders, FirstNames(story), roles)
    # a batch names its speakers many times: each name's key once
    key_of = batch_keys({q.speaker.name for q in quotes if q.speaker.name}, linked)
    # a body of an organisation the batch also quotes speaks for it (``wholes``)
    whole = wholes(key_of[q.speaker.name] or "" for q in quotes
                   if q.speaker.name and q.speaker.kind == "organization")
    names = [key_of[q.speaker.name] if q.speaker.name else None for q in quotes]
    names = [whole.get(k, k) if k and q.speaker.kind == "organization" else k
             for k, q in zip(names, quotes, strict=True)]
    own, names = names, spoken_for(names, [q.speaker for q in quotes])  # « le parquet »: its head
    normal = functools.cache(normalize)  # outlets carry the same words: each wording once
    seen, said_of = as_read(quotes)  # each as read (``crossed``), its words, incises out, once
    texts = [quote_texts(q, normal, s) for q, s in zip(seen, said_of, strict=True)]
    # a prefix written apart joins its word where another quote says the joined form: those
    # quotes read again, the one reading for keys, scores and parts (``normal.compounds``)
    joins = compounds([[s, *(f.text for f in q.fragments)]
                       for q, s in zip(seen, said_of, strict=True)], texts)
    reading = {n: functools.partial(normalize, joined=forms) for n, forms in joins.items()}
    for n, read in reading.items():
        texts[n] = quote_texts(seen[n], read, said_of[n])
    # what a quote quotes of someone else: a part of it joins nothing (``nested``)
    quoting = {n: split for n, q in enumerate(seen)
               if (split := split_inner(q, said_of[n], reading.get(n, normal)))[0]}
    del normal
    # whose name counts (``consensus.votes``), asked once a quote
    voice = [votes(q.speaker, options) for q in quotes]
    nobody, anyone = open_voices(quotes)  # votes, yet may be anyone; keeps no pair apart
    # the same words of one speaker are one utterance: only the first looks for candidates
    articles_of = [q.article.id for q in quotes]
    searched, copies = first_wordings(texts, names, voice, articles_of, options.text_first_words)
    keys: dict[str, int] = {}
    speaker_keys = [keys.setdefault(names[n] or "", len(keys)) if names[n] else -1
                    for n in searched]
    # a person among those whose name counts is named with confidence
    # (``consensus.named_person``), and a list of people is no one person: it keeps no one apart
    is_sure = [named_person(q.speaker, options, counts=counts) and not several(names[n] or "")
               for n, (q, counts) in enumerate(zip(quotes, voice, strict=True))]
    # two different people named with confidence never join (``joining.admitted``): such pairs
    # are dropped while the candidates are still arrays
    own_words = [texts[n] for n in searched]
    worded = Wordings(own_words)  # each distinct wording's words found once, as ids
    pa, pb = candidate_pairs(
        own_words, speakers=speaker_keys, wordings=worded,
        exclusive=[k if is_sure[n] else -1 for n, k in zip(searched, speaker_keys, strict=True)],
        prefix_share=options.prefix_share, max_share=options.max_shingle_share,
        hubs=options.shingle_hubs,
    )
    # and the pairs of one speaker that share a telling run of words (``shared_run_pairs``), as
    # the default scorer's runs: a scorer asked for alone decides alone
    direct = [q.type == "direct" for q in quotes]  # in marks whole: the speaker's words only
    run_pairs = shared_run_pairs(
        own_words, [names[n] for n in searched],
        [articles_of[n] for n in searched], [quotes[n].type == "indirect" for n in searched],
        words=options.run_words, content=options.run_content,
        max_share=options.max_shingle_share,
        wordings=worded) if options.scorer == "ratio+fragment" else []
    if run_pairs:
        pa, pb = with_pairs(pa, pb, run_pairs, len(searched))
    at = np.array(searched, dtype=np.int64)
    runs = {(searched[x], searched[y]) for x, y in run_pairs}
    candidates = zip(at[pa].tolist(), at[pb].tolist(), strict=True)
    parent = list(range(len(quotes)))
    sure: PerRoot[set[str | None]] = PerRoot(lambda n: {names[n]} if is_sure[n] else set())
    voiced: PerRoot[set[str | None]] = PerRoot(lambda n: {names[n]})  # every name a group gives

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # copies score as their first does against itself (once: settings may forbid even that)
    itself = {a: score_pair(texts[a], texts[a], options) for a in {a for a, _ in copies}}
    scored = [(s, a, b) for a, b in copies if (s := itself[a]) and quotes[a].id != quotes[b].id]
    ends, numbers = functools.cache(scale_ends), functools.cache(figures)
    said, says = functools.cache(negations), functools.cache(alternatives)
    negated_pairs: set[tuple[int, int]] = set()  # one negates, or swaps a word of, the other
    days = dated(quotes)  # articles years apart report two occasions (``occasions``)
    days_of: PerRoot[Days] = PerRoot(days.__getitem__)  # a group's earliest and latest day

    def far(a: int, b: int) -> bool:
        return apart(days[a], days[b], options.occasion_days) or apart(
            days_of[find(a)], days_of[find(b)], options.occasion_days)
    # a run stays in a sentence
    parts = functools.cache(lambda n: sentence_parts(said_of[n], texts[n],
                                                     reading.get(n, normalize)))

    def both(a: int, b: int) -> tuple[Sentences, Sentences]:
        return parts(a), parts(b)

    def unquoted(n: int) -> list[str]:  # a quote's wordings, what it quotes of others cut out
        return [quoting[n][1]] if n in quoting else texts[n]

    def quoted(a: int, b: int, scores: tuple[float, float],
               run: bool = False) -> tuple[float, float] | None:
        """The scores of a part joining a quote to one that quotes someone else: a wording's
        when the other gives those quoted words whole, ``scores`` when their own words still
        match, else None: a part of what one of them quotes (``nested``)."""
        if a not in quoting and b not in quoting:
            return scores
        if whole := quoted_whole((texts[a], quoting.get(a)), (texts[b], quoting.get(b)),
                                 options):
            return whole, 0.0
        return scores if own_part(unquoted(a), unquoted(b), options, run) else None
    named_in = ArticleNames(quotes)  # what each article names, read when a pair asks
    guarded: set[tuple[int, int]] = set()  # the text alone decides: names must meet

    # a pair only the words admit, one speaker naming no one: the same words may be another
    # event's (« Une enquête a été ouverte »), so their articles must name one event
    # (``one_event``); so must a few words of the speaker's own on one marked word (``thin``)
    unknown: set[tuple[int, int]] = set()
    reports: set[tuple[int, int]] = set()  # the same, on a long run: or someone alike

    def little(a: int, b: int) -> bool:
        """A weak speaker's quote, or one that names no one, in another article, tied by
        little text (``acquainted``)."""
        return not (voice[a] and voice[b] and not nobody[a] and not nobody[b]) \
            and quotes[a].article.id != quotes[b].article.id \
            and text_alone(texts[a], texts[b], options.text_first_words)

    for a, b in candidates:
        if quotes[a].id == quotes[b].id or (how := admitted(a, b, names, quotes, texts, options,
                                                                nobody, anyone)) is None:
            continue
        scores = score_pair(texts[a], texts[b], options, functools.partial(both, a, b))
        if scores is None and ((a, b) in runs or (b, a) in runs):
            scores = run_scores(texts[a], texts[b])
        if scores is None or one_end_each(scores, ends(texts[a][0]), ends(texts[b][0]), options):
            continue
        if scores[0] < options.threshold and far(a, b):
            continue  # a part of what was said on another occasion (``occasions``)
        if scores[0] < options.threshold and scores[1] < options.fragment_threshold and (
                marks_apart(texts[a], texts[b], (direct[a], direct[b]), run=True)):
            continue  # a run only, of the outlets' words around marks that say two things
        if scores[0] < options.threshold and options.fragment_threshold <= scores[1] < 100 and (
                word_swapped(texts[a], texts[b], options)):
            continue  # a short fragment with a word of its own (``word_swapped``)
        # numbers that differ, a negation, a word swapped for its alternative: two statements
        # (each text of both quotes must differ: their own texts tell at once for most pairs)
        ta, tb = texts[a], texts[b]
        if numbers(ta[0]) and numbers(tb[0]) and figures_differ(
                [numbers(t) for t in ta], [numbers(t) for t in tb]):
            continue
        if meaning_differs(ta, tb, said, says):
            negated_pairs.add((min(a, b), max(a, b)))
            continue
        if little(a, b):
            guarded.add((a, b))
        if how == "words":  # a long run is no formula of another event: names alike will do
            (reports if one_report(texts[a], texts[b], options) else unknown).add((a, b))
        if scores[0] >= options.threshold:
            scored.append((scores, a, b))
        elif (part := quoted(a, b, scores, (a, b) in runs or (b, a) in runs)) is not None:
            scored.append((part, a, b))
    # two or three words of one speaker, said word for word in another article, or marks in
    # other forms: fragments no fuzzy score can place and no trigram finds (``worded_pairs``);
    # a few marked words the speaker says in another quote about what the outlet's words
    # around them name (``marks_in_context``)
    thin: set[tuple[int, int]] = set()  # one marked word: the articles must name one event
    fragments = quote_marks(seen)  # each quote's marks, normalised: both look for them
    # the words of the persons' names each quote says: ``predicate_pairs`` and the
    # paraphrases set them aside, each quote read once
    persons = functools.cache(lambda n: person_words(seen[n].span.text))
    for a, b in sorted(set(worded_pairs(texts, names, articles_of, options, quotes, thin,
                                        persons, marks=fragments))
                       | set(marks_in_context_pairs(texts, names, seen, options,
                                                    marks=fragments))):
        if quotes[a].id != quotes[b].id and not far(a, b) and not meaning_differs(
                texts[a], texts[b], said, says) and (part := quoted(a, b, (0.0, 100.0))):
            scored.append((part, a, b))
            if little(a, b):
                guarded.add((a, b))
            if (a, b) in thin:
                unknown.add((a, b))
    matches: list[Match] = []
    # whole wordings first, then the best matches, so that a chain of weak links cannot join
    # two named people and a part is placed where whole wordings have put its article
    # a lead, a standfirst, marks rendering a direct quote: the article's words again
    again = repeated(quotes, texts, names, options)
    # two passages another outlet gives in one quote are one, unless voters' names differ
    passage = spanned(passages(quotes, names), ((a, b) for _, a, b in scored), quotes, texts,
                      voting(names, voice),
                      again | {n for n, q in enumerate(quotes) if heads(q)}, copies)
    articles: PerRoot[dict[str, int]] = PerRoot(
        lambda n: {} if heads(quotes[n]) or n in again else {quotes[n].article.id: passage[n]})

    def clash(ra: int, rb: int) -> bool:  # two different people named with confidence
        return bool(sure[ra] and sure[rb] and sure[ra] != sure[rb])

    def join(ra: int, rb: int) -> None:  # the smaller cluster into the larger: a large
        if len(articles[ra]) > len(articles[rb]):  # cluster's sets are never copied again
            ra, rb = rb, ra
        parent[ra] = rb
        sure[rb] |= sure[ra]
        voiced[rb] |= voiced[ra]
        days_of[rb] = spanning(days_of[ra], days_of[rb])
        for article, p in articles[ra].items():
            articles[rb][article] = p if articles[rb].setdefault(article, p) == p else SEVERAL

    def sides(a: int, ra: int, b: int, rb: int) -> tuple[set[str], set[str]]:
        """The articles of the groups of ``a`` and ``b`` (roots ``ra``, ``rb``), each quote's own
        with them: what the articles' names are asked of, before two groups join."""
        return {quotes[a].article.id, *articles[ra]}, {quotes[b].article.id, *articles[rb]}

    for scores, a, b in sorted(scored, key=lambda t: (t[0][0] < options.threshold, -max(t[0]),
                                                      -shared_words(t[0], texts[t[1]], texts[t[2]]),
                                                      t[1], t[2])):
        ra, rb = find(a), find(b)
        if ra != rb and (clash(ra, rb) or (scores[0] < options.threshold and far(a, b))):
            continue  # two people; a part of what one group's articles gave years apart
        if ra != rb and (a, b) in guarded and strangers(named_in, *sides(a, ra, b, rb)):
            continue  # little text, and two groups' articles that name no one alike
        if ra != rb and (a, b) in unknown and not one_event(named_in, *sides(a, ra, b, rb)):
            continue  # one speaker names no one, and the two groups' articles no one event
        if ra != rb and (a, b) in reports and not any(
                alike(named_in, *sides(a, ra, b, rb)) for alike in (one_event, acquainted)):
            continue  # one long report, and the articles name no one event, no one alike
        if ra != rb and scores[0] < options.same_wording and given_apart(
                articles[ra], articles[rb]) and not one_speakers_record(
                [(quotes[n], texts[n]) for n in (a, b)], voiced[ra] | voiced[rb]):
            # a part (a fragment, an overlap) or a variant joining two quotes one article gives
            # apart does not make them one utterance (« que la paix soit avec vous » said again
            # in a speech; a formula and another speaker's twist of it, both in one article),
            # unless one is a record that holds several passages of the one speaker both give
            continue
        matches.append(Match(quotes[a].id, quotes[b].id, *scores))
        join(ra, rb)
    paraphrased: set[str] = set()
    if options.paraphrase:
        roots = [find(n) for n in range(len(quotes))]
        own_texts = [unquoted(n) for n in range(len(texts))]  # what each says, quoted words out
        renderings = [(a, b, s) for a, b, s in paraphrase_pairs(
            [unframed(t[0]) for t in own_texts], names, articles_of, roots, options,
            wordings=worded, reported=[not d for d in direct], voices=own,
            persons=persons) if negation_agrees(
            (texts[a][0], said_of[a]), (texts[b][0], said_of[b]), said)
            and not marks_apart(texts[a], texts[b], (direct[a], direct[b]))]
        # marked words found in another quote: a part of the mixed quote, as a fragment is
        marks = marked_pairs(own_texts, names, articles_of, min_words=options.paraphrase_min_words)
        renderings += [(a, b, 1.0) for a, b in marks]
        parts_of = set(marks)
        for a, b, score in untorn(renderings, find, articles):  # a tie renders neither
            ra, rb = find(a), find(b)
            if ra == rb or clash(ra, rb) or far(a, b) or (min(a, b), max(a, b)) in negated_pairs:
                continue  # a statement and its negation share their words of content
            if (score < options.paraphrase_threshold or (a, b) in parts_of) and given_apart(
                    articles[ra], articles[rb]):
                continue  # a word or two, or a part, of two statements one article gives apart
            matches.append(Match(quotes[a].id, quotes[b].id, round(100 * score, 1), 0.0))
            paraphrased.add(quotes[a].id)
            join(ra, rb)
    del worded
    clusters: dict[int, list[int]] = defaultdict(list)
    for n in range(len(quotes)):
        clusters[find(n)].append(n)
    members = [m for m in clusters.values() if len(m) >= 2]
    return Clusters(linked, members, matches, texts, paraphrased, again, voice)


def utterances(quotes: Sequence[Quote], *, options: Settings = DEFAULT) -> list[list[int]]:
    """The quotes (by index) that report one utterance, two or more each (``cluster``): what
    the batch's cast reads before grouping proper (``attribute.batch``), with the settings
    the grouping will use."""
    return cluster(quotes, options=options).members


@collector_paused()
def group_quotes(
    quotes: Sequence[Quote], *, options: Settings = DEFAULT
) -> tuple[list[Quote], list[Group]]:
    """Give every quote a ``group_id`` (None when it stands alone) and return the groups.

    Quotes come back in their input order. Speakers are linked across the batch first:
    ``speaker.linked`` holds the one name of that person across all articles, while
    ``speaker.name`` stays the fullest name its own article gives.
    """
    found = cluster(quotes, options=options)
    group_of: dict[str, str] = {}
    for members in found.members:
        key = "\n".join(sorted(quotes[n].id for n in members))
        gid = "g-" + hashlib.sha1(key.encode()).hexdigest()[:12]
        for n in members:
            group_of[quotes[n].id] = gid
    out = [linked_quote(q, group_of.get(q.id), found.linked) for q in quotes]
    ordered = sorted(found.members, key=lambda m: quotes[m[0]].id)
    speakers: list[str | None] = []
    at = Positions(out)  # each article's quotes, for the roles its own records give
    for m in ordered:
        again = repeats(out, m, found.repeated)
        for n in again:
            out[n] = mark_repeat(out[n])
        voters = [n for n in m if n not in again]
        speakers.append(repair(out, m, voters, options, at, found.voice)
                        if options.consensus else None)
    groups = [
        group_record(group_of[quotes[m[0]].id], [(out[n], found.texts[n][0]) for n in m], who,
               found.paraphrased)
        for m, who in zip(ordered, speakers, strict=True)
    ]
    return out, groups


