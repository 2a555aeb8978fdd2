"""When two wordings are one utterance, and how a wording relates to the longest one.

Wordings are compared through ``normal.normalize``: case, accents, quote marks,
apostrophes, ligatures, punctuation and cut marks set aside, prefixes joined to their words.
``score_pair`` decides whether two quotes match (``Settings``: scorer and thresholds);
``relation`` names how an appearance relates to its group's longest wording (``same``,
``variant``, ``fragment``), for the group records and the diff view alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from quotes.group.normal import normalize
from quotes.lexicon import bounded, cached, folded, normal_forms, table, table_verb_forms
from quotes.lexicon.grammar import NORMAL_NEGATION_START, QUE
from quotes.model import Relation
from quotes.settings import Settings

STEM = 6  # the letters of a content word's stem: « démissionnera » ~ « démissionner »


Sentences = Sequence[Sequence[str]]  # a quote's wordings, each as its normalised sentences


def score_pair(a: list[str], b: list[str], options: Settings,
               parts: Callable[[], tuple[Sentences, Sentences]] | None = None,
               ) -> tuple[float, float] | None:
    """Best (ratio, partial_ratio) between two quotes' normalised texts (a quote, then its
    quoted fragments), or None when they are not the same utterance. With the default scorer,
    two wordings that share a run of ``text_first_words`` words also match (overlapping
    passages); two different gold utterances share at most 7 words. ``parts`` gives each
    wording of each quote as its sentences (``sentences``; asked for only when the wordings
    share a run, which few pairs do) and keeps a run inside one sentence of each:
    « … en tant que maire. Je ne … » and « En tant que maire, je ne … » share words
    across a sentence's end in one, no passage."""
    scorer = {"token_set": fuzz.token_set_ratio, "partial": fuzz.partial_ratio}.get(
        options.scorer, fuzz.ratio
    )
    best: tuple[float, float] | None = None
    marked = options.scorer == "ratio+fragment" and (len(a) > 1 or len(b) > 1)
    marked_a, marked_b = (_marked(a, options), _marked(b, options)) if marked else ((), ())
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if not x or not y:
                continue
            if marked and ((marked_a[i] and _inside(x, y)) or (marked_b[j] and _inside(y, x))):
                best = max(best or (0.0, 100.0), (0.0, 100.0))
                continue
            ratio = scorer(x, y, score_cutoff=options.threshold)
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            fragments = options.scorer == "ratio+fragment" and ratio < options.threshold and (
                len(short.split()) >= options.min_fragment_words
            )
            partial = 0.0
            if fragments:  # a wording inside the other is all of a passage of it: 100
                partial = 100.0 if short in long_ else fuzz.partial_ratio(
                    short, long_, score_cutoff=options.fragment_threshold)
            if ratio < options.threshold and partial < options.fragment_threshold and not (
                options.scorer == "ratio+fragment" and shares_run(x, y, options.text_first_words)
                and (parts is None or _run_in_sentences(parts(), i, j, options.text_first_words))
            ):
                continue
            if best is None or (ratio, partial) > best:
                best = (ratio, partial)
    return best


def _run_in_sentences(parts: tuple[Sentences, Sentences], i: int, j: int, words: int) -> bool:
    """Whether wording ``i`` of one quote and wording ``j`` of the other share a run of
    ``words`` words inside one sentence of each (``parts``: each wording's sentences)."""
    ours, theirs = parts[0][i], parts[1][j]
    return any(shares_run(s, t, words) for s in ours for t in theirs)


def _marked(wordings: list[str], options: Settings) -> list[bool]:
    """For each of a quote's wordings, whether it is marked words (index 1 on: the quote is 0)
    of ``marked_words`` words up to ``min_fragment_words`` (excluded, too short for a fuzzy
    score) that say two content words or more: such words, found word for word in the other
    quote (``_inside``), are the same (« la lutte contre "le crime organisé" » quotes « nous
    lutterons contre le crime organisé », its marks on their own)."""
    return [
        i > 0 and options.marked_words <= len(w.split()) < options.min_fragment_words
        and len(content_stems(w)) >= 2
        for i, w in enumerate(wordings)
    ]


def _inside(fragment: str, other: str) -> bool:
    """Whether ``fragment`` lies word for word in the ``other`` wording."""
    return f" {fragment} " in f" {other} "


SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def sentences(text: str, normal: Callable[[str], str] = normalize) -> tuple[str, ...]:
    """The sentences of a wording as written, each normalised (``normal``): split where a
    full stop, a question or exclamation mark or an ellipsis meets a space."""
    return tuple(filter(None, map(normal, SENTENCE_END.split(text))))


def shares_run(a: str, b: str, words: int) -> bool:
    """Whether two normalised wordings share a run of ``words`` words in a row: two passages
    of one statement that overlap, cut differently by two outlets."""
    x, y = a.split(), b.split()
    if len(x) < words or len(y) < words:
        return False
    runs = {tuple(x[i : i + words]) for i in range(len(x) - words + 1)}
    return any(tuple(y[i : i + words]) in runs for i in range(len(y) - words + 1))


def relation(text: str, reference: str) -> tuple[Relation, float, float]:
    """How a normalised wording relates to the normalised longest one: (relation, ratio,
    partial_ratio). A wording much closer in part than as a whole is a ``fragment``."""
    if text == reference:
        return "same", 100.0, 100.0
    ratio = fuzz.ratio(text, reference)
    # a wording inside the other is all of a passage of it: 100, without the search
    partial = 100.0 if text and text in reference else fuzz.partial_ratio(text, reference)
    return ("fragment" if partial > ratio + 10 else "variant"), ratio, partial


@cached
def stop_words() -> frozenset[str]:
    """French stop words (lexicon ``stop_words``) and the words that say how surely or how
    much (lexicon ``weak_words``), folded as ``normalize`` folds them."""
    return folded("stop_words") | folded("weak_words")


def content_stem(word: str, stop: frozenset[str]) -> str | None:
    """A normalised word cut to its ``STEM``, or None for a stop word, a word of two letters
    or a number."""
    return word[:STEM] if len(word) > 2 and word not in stop and not word.isdigit() else None


@cached
def _frame() -> re.Pattern[str]:
    nouns = "|".join(sorted(folded("intention_nouns"), key=len, reverse=True))
    return re.compile(rf"^(?:son|sa|leur) (?:{nouns}) de? ")


def unframed(normalized: str) -> str:
    """A normalised reported wording without the noun of intention it opens with (lexicon
    ``intention_nouns``): « son intention de faire appel » says « faire appel », and « sa
    décision d'exclure X », « exclure X ». A « décision » said anywhere else is a word of it."""
    return _frame().sub("", normalized, count=1)


def content_stems(normalized: str) -> set[str]:
    """The content words of a normalised wording (``content_stem``)."""
    stop = stop_words()
    return {c for w in normalized.split() if (c := content_stem(w, stop)) is not None}


_FIGURE = re.compile(r"\d+(?: \d+)*")
_NO_FIGURES: frozenset[str] = frozenset()  # one for the many wordings that give none


def figures(normalized: str) -> frozenset[str]:
    """The numbers a normalised wording gives: runs of digits (« 5,1 % » is "5 1", « 12 000 »
    "12 000")."""
    found = _FIGURE.findall(normalized)
    return frozenset(found) if found else _NO_FIGURES


def says_more(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether wording ``x`` gives a number (its ``figures``) that ``y`` does not: the same
    digits written apart or together (« 12 000 », « 12000 ») are one number, and a run whose
    every part ``y`` gives is none either (a word one outlet put between two figures)."""
    if not x or x <= y:
        return False
    whole = {n.replace(" ", "") for n in y}
    parts = {p for n in y for p in n.split()}
    return any(n.replace(" ", "") not in whole and not set(n.split()) <= parts for n in x)


def figures_differ(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    """Whether two quotes (the ``figures`` of each of their wordings: the quote, then its
    quoted fragments) give different numbers, whichever two of their wordings are taken: each
    says a number the other does not (« 3,2 % » and « 4,5 % », « 120 victimes » and « 12
    victimes »). A wording that leaves a number out, or a fragment that gives none, differs
    from nothing."""
    return all(says_more(x, y) and says_more(y, x) for x in a for y in b)


@cached
def _negation() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(folded("negation_words"))) + r")\b")


def negations(normalized: str) -> tuple[str, ...]:
    """The words of a normalised wording that make a clause negative (lexicon
    ``negation_words``: « pas », « jamais », « rien » ...), sorted."""
    return tuple(sorted(_negation().findall(normalized)))


def negated(normalized: str) -> bool:
    return _negation().search(normalized) is not None


_NEGATION_EDIT = 3  # words: « pas », « n'a pas » for « a », « jamais plus »

Swaps = frozenset[tuple[int, int]]  # (row, column): which alternative of which row
_NO_SWAPS: Swaps = frozenset()


@cached
def _alternatives() -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """What each whole word and each word start of the lexicon's ``opposites`` (word starts)
    and ``exclusive_words`` (whole words, or word starts ending in *) says (row, column)."""
    whole: dict[str, tuple[int, int]] = {}
    starts: dict[str, tuple[int, int]] = {}
    scales = table("opposites")
    for r, row in enumerate((*scales, *table("exclusive_words"))):
        for c, cell in enumerate(row):
            for entry in cell.split():
                if r < len(scales) or entry.endswith("*"):
                    starts[entry.rstrip("*")] = (r, c)
                else:
                    whole[entry] = (r, c)
    return whole, starts


@bounded(1 << 16)
def _says(word: str) -> tuple[int, int] | None:
    """What one word says (``_alternatives``): the whole word's entry, else the longest word
    start it opens on, else nothing. Words recur from quote to quote: each is looked up once."""
    whole, starts = _alternatives()
    if (at := whole.get(word)) is not None:
        return at
    return next((starts[word[:n]] for n in range(len(word), 0, -1) if word[:n] in starts), None)


def alternatives(normalized: str) -> Swaps:
    """Which alternatives of the lexicon's rows (``exclusive_words``, ``opposites``: a
    dismissal or a hiring, Monday or Tuesday, March or April) a normalised wording says,
    word by word."""
    said = {at for word in set(normalized.split()) if (at := _says(word)) is not None}
    return frozenset(said) if said else _NO_SWAPS


def swapped(x: Swaps, y: Swaps) -> bool:
    """Whether one wording says an alternative of a row (``alternatives``) where the other
    says another of that row, neither saying the other's: « recrutements » for
    « licenciements ». Two wordings that each say both swap nothing."""
    return any(r == s and c != d and (s, d) not in x and (r, c) not in y
               for r, c in x for s, d in y)


def _words(edit: list[str]) -> int:
    """The words of an edit, « ne » left out: it says no negation alone, and an indirect
    rendering says « elle n'est pas » for « je suis »."""
    return sum(w not in NORMAL_NEGATION_START for w in edit)


_QUE_REACH = 6  # words a « que » that makes « ne » expletive or restrictive stands within


def _clitic_negates(xs: list[str], ys: list[str], edit: tuple[int, int, int, int],
                    one: str) -> bool:
    """Whether, of an edit (``xs[i1:i2]`` for ``ys[j1:j2]``; ``one``, the words of ``xs``)
    where one wording says a negation word (« pas ») and the other none, the other negates
    all the same. Either both say « ne » just before it and a negation word follows the bare
    one's edit (« n'essayez pas » for « n'anticipez pas, ne faites pas »); or the words both
    say before it end in a « ne » and the verb it negates alone (``_bare_ne``: « je ne peux
    accomplir » for « je ne peux pas remplir »). Not when a « que » stands in the
    ``_QUE_REACH`` words before that « ne » (« je crains que », « à moins que »: an expletive
    « ne »), nor in the words of the bare wording from the edit on that a « que » restricts
    it from (``_bare_ne``: « je ne peux compter que sur eux », « si elle ne propose aux
    ouvriers de l'usine que des primes »)."""
    i1, i2, j1, j2 = edit
    bare, b1, b2 = (ys, j1, j2) if negated(one) else (xs, i1, i2)
    if all(w and w[-1] in NORMAL_NEGATION_START for w in (xs[:i1], ys[:j1])):
        return negated(" ".join(bare[b2:b2 + 1]))
    to_end = False
    for words in (xs[:i1], ys[:j1]):
        if (read := _bare_ne(words)) is None or QUE.intersection(
                words[max(0, read[0] - _QUE_REACH):read[0]]):
            return False
        to_end = to_end or read[1]
    return QUE.isdisjoint(bare[b1:] if to_end else bare[b1:b1 + _QUE_REACH])


def _bare_ne(words: list[str]) -> tuple[int, bool] | None:
    """Where the « ne » stands whose verb ends ``words``, when it negates with no « pas », and
    whether a « que » anywhere after it restricts it: the verb (its pronouns between, « ne le
    saurais », « n y avait ») one of lexicon ``bare_ne_verbs``, a « que » within
    ``_QUE_REACH`` words only (False: one further is another clause's); or any verb in a
    clause « si » opens (« s il n y avait eu ce mec », « si je n avais su »: the written
    negation of a condition), a « que » to the wording's end (True: a normalised wording marks
    no clause's end, and « si elle ne propose aux ouvriers de l'usine de Cléon que des
    primes » restricts); else None."""
    ne = len(words) - 2
    while ne >= 0 and words[ne] in normal_forms.NORMAL_PREVERBAL_CLITICS:
        ne -= 1
    if ne < 0 or words[ne] not in NORMAL_NEGATION_START:
        return None
    if words[-1] in table_verb_forms("bare_ne_verbs"):
        return ne, False
    opened = ne >= 2 and words[ne - 1] in normal_forms.NORMAL_SI_SUBJECTS
    return (ne, True) if opened and words[ne - 2] in normal_forms.NORMAL_SI else None


def _opposite(x: str, y: str, said: Callable[[str], tuple[str, ...]],
              says: Callable[[str], Swaps]) -> bool:
    if said(x) == said(y) and not swapped(says(x), says(y)):
        return False  # the same negations (most often none) and no word swapped
    xs, ys = x.split(), y.split()
    # words aligned on their stems: « candidat » is « candidate », said of her
    stems = SequenceMatcher(None, [w[:STEM] for w in xs], [w[:STEM] for w in ys], autojunk=False)
    codes = stems.get_opcodes()
    # where the last word of content both say stands: past it, a stop word that both say
    # (« des ») is no place where one wording ends before the other goes on
    stop = stop_words()
    last = max((k for k, (tag, i1, i2, _, _) in enumerate(codes) if tag == "equal" and any(
        content_stem(w, stop) for w in xs[i1:i2])), default=len(codes))
    for k, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag == "equal" or (tag != "replace" and (
                i1 == j1 == 0 or (i2 == len(xs) and j2 == len(ys)) or k > last)):
            continue  # the same words, or where one wording starts or ends before the other
        if max(_words(xs[i1:i2]), _words(ys[j1:j2])) > _NEGATION_EDIT:
            continue  # other words for a whole passage (a translation): not one negated
        one, other = " ".join(xs[i1:i2]), " ".join(ys[j1:j2])
        # a negation (not one « ne » both say already makes: ``_clitic_negates``), or a word
        # swapped for its alternative, turns the statement; both at once say it again
        # (« je refuse » for « je n'accepte pas »)
        turned = negated(one) != negated(other) and not _clitic_negates(
            xs, ys, (i1, i2, j1, j2), one)
        if turned != swapped(says(one), says(other)):
            return True
    return False


def meaning_differs(a: list[str], b: list[str],
                    said: Callable[[str], tuple[str, ...]] = negations,
                    says: Callable[[str], Swaps] = alternatives) -> bool:
    """Whether two quotes (their normalised wordings: the quote, then its quoted fragments)
    say two different things in near the same words, whichever two of their wordings are
    taken: where their words differ, in an edit of a few words, one says a negation
    (``negations``; ``said``: the same, cached) and the other does not (« je serai
    candidat », « je ne serai pas candidat »), or one swaps a word for an alternative of it
    (``alternatives``; ``says``, cached: « des licenciements », « des recrutements »; « le 12
    mars », « le 12 avril »). Words one wording says before the other starts or after it
    ends are another clause, and a passage said in other words (two translations) is no
    negation of one: neither counts; two wordings that say the same negations and no
    swapped word differ in nothing."""
    return all(_opposite(x, y, said, says) for x in a for y in b)


Ends = frozenset[tuple[int, int]]  # (scale, end) pairs: which end of which scale
_NO_ENDS: Ends = frozenset()  # one for the many wordings that say none


@cached
def _scales() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """The word starts of the lexicon's ``opposites`` as one pattern, and what each says."""
    end_of = {start: (scale, end) for scale, row in enumerate(table("opposites"))
              for end, starts in enumerate(row) for start in starts.split()}
    return re.compile(r"\b(?:" + "|".join(sorted(end_of, key=len, reverse=True)) + ")"), end_of


def scale_ends(normalized: str) -> Ends:
    """The ends of scales (lexicon ``opposites``: a rise or a fall, a speeding up or a
    slowing down) that a normalised wording's words say."""
    pattern, end_of = _scales()
    found = pattern.findall(normalized)
    return frozenset(end_of[m] for m in found) if found else _NO_ENDS


def opposed(rendering: Ends, other: Ends) -> bool:
    """Whether a wording says one end of a scale and not the other, where the other wording
    says only that other end (« en baisse » for « en forte hausse »): two statements, not
    one told twice. A wording that says both ends (« le chômage baisse, les prix montent »)
    opposes nothing."""
    return any((scale, 1 - end) not in rendering and (scale, 1 - end) in other
               and (scale, end) not in other for scale, end in rendering)
