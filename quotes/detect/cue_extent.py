"""The cue as written: the words before its verb group that belong to the verb form.

The frames cut a cue from its auxiliary to its verb ("a-t-il déclaré", "s'est dit"). Written
whole (fixtures/gold/GUIDELINES.md, « The cue »), a cue also keeps:

- the preposition of an infinitive or a gerund, with the pronouns between: « de dire »,
  « d'en déduire », « avant de nous confier », « en invitant », « en les accusant »; the
  « pour » of a purpose infinitive (« pour dénoncer »), the « Et » that opens a narrative
  infinitive (« Et de préciser »);
- an object pronoun in front of a compound form: « les a informés », « en a informé »,
  « l'ont annoncé » (not whom it is said to: « lui », « nous » … stay out, also when the
  frames cut « lui » with the verb: `a écrit` for « lui a écrit »), and « en » in
  front of a bare form (« en appelle à »), which is never whom it is said to;
- the « ne » of a finite form's negation, before its pronouns: « n'en a pas moins observé »;
- « avoir beau » before an infinitive, a concession in one form: « avait beau assurer »;
- a semi-auxiliary and its « à » before an infinitive (semi_auxiliaries.tsv), with its own
  auxiliary, adverbs, reflexive and negation: « a tenu à saluer », « se borne à préciser »,
  « n'a rien trouvé à redire »; not a verb that is the cue itself (« a appelé à manifester »)
  nor a narrator's (« a commencé à dire »).

A quote in marks with no cue of its own that follows straight after the words of the same
speaker and their cue takes that cue (« Cue, continued »): « A », a-t-il ajouté. « B »; X
a averti que …, explique-t-il. « B »; et d'ajouter que … : « B ».
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes.detect.context import CLOSING
from quotes.detect.sentence_stops import sentence_ends_in
from quotes.lexicon import fold, folded, table_verb_forms
from quotes.lexicon.grammar import (
    AVOIR,
    BARE_FORM_CLITICS,
    DATIVES,
    DE,
    IN_VAIN,
    INFINITIVE_CLITICS,
    INFINITIVE_NEGATION,
    NARRATIVE_AND,
    NEGATION_START,
    PURPOSE_POUR,
    REFLEXIVE,
)
from quotes.model import CUE_CARRIED, Evidence, Quote

_WORD_BEFORE = re.compile(r"([^\W\d_]+['’]?)(\s*)$")
_ELIDED = ("'", "’")
_INFINITIVE = ("er", "ir", "re", "oir")
_NON_FINITE_CLITICS = frozenset(c.replace("’", "'") for c in INFINITIVE_CLITICS | REFLEXIVE)
# what a compound form's object pronoun can be: the thing said, never whom it is said to
_COMPOUND_CLITICS = frozenset({"l'", "le", "la", "les", "en", "y"})
_LOOK_BACK = 40
_REFLEXIVE_FOLDED = frozenset(c.replace("’", "'") for c in REFLEXIVE)
_BEFORE_CUE = re.compile(r"[\s»”\"›,]*")  # the first words' closing mark and comma
# the stop that ends the cue's sentence, and the opening of the next marks
_STOP_TO_MARKS = re.compile(r"[.!?…:]\s*[«“\"‹]?\s*$")
_COMMA_TO_MARKS = re.compile(r",\s*[«“\"‹]\s*$")  # after an incise, the same sentence
_MARKS = re.compile(r"[«»“”\"‹›;]")


def _word_before(text: str, at: int) -> tuple[str, int] | None:
    """The word just before ``at`` (an elided « d' » glued to it counts) and where it starts."""
    m = _WORD_BEFORE.search(text, max(0, at - _LOOK_BACK), at)
    if m is None or (not m.group(2) and not m.group(1).endswith(_ELIDED)):
        return None  # glued to the cue without an apostrophe: part of another word
    return fold(m.group(1)).replace("’", "'"), m.start(1)


def _clitics_before(text: str, at: int, allowed: frozenset[str]) -> int:
    """Where the run of pronouns ``allowed`` that ends at ``at`` starts."""
    while (w := _word_before(text, at)) is not None and w[0] in allowed:
        at = w[1]
    return at


def _verb_word(cue: str) -> str:
    """The cue's first word past its own pronouns: « disant » in « se disant »."""
    parts = [p for p in re.split(r"[\s'’-]+", fold(cue)) if p]
    for p in parts:
        if p not in ("s", "se", "l", "m", "t", "d"):
            return p
    return ""


def written_start(text: str, start: int, end: int) -> int:
    """Where the cue ``text[start:end]`` starts, written whole (see the module's docstring)."""
    start = _past_dative(text, start, end)
    verb = _verb_word(text[start:end])
    gerund = verb.endswith("ant")
    if gerund or verb.endswith(_INFINITIVE):
        at = _clitics_before(text, start, _NON_FINITE_CLITICS - {"en"} if gerund
                             else _NON_FINITE_CLITICS)
        w = _word_before(text, at)
        if not gerund and w is not None and w[0] == IN_VAIN:
            # « avait beau assurer »: « avoir beau » and its infinitive are one verb form
            aux = _word_before(text, w[1])
            return _negation_before(text, aux[1]) if aux is not None and aux[0] in AVOIR else start
        if not gerund and w is not None and w[0] == PURPOSE_POUR:
            return w[1]  # « pour dénoncer »: the purpose infinitive that governs the words
        if not gerund and w is not None and text[w[1]] in "àÀ" and (
                semi := _semi_auxiliary(text, w[1])) is not None:
            return semi  # « a tenu à saluer »: the semi-auxiliary stays in the cue
        if w is None or w[0] not in (("en",) if gerund else DE):
            return start  # « lui lancer », « se disant » alone: the form as cut
        at = w[1]
        if not gerund and (avant := _word_before(text, at)) is not None and avant[0] == "avant":
            at = avant[1]
        elif not gerund and avant is not None and _narrative_and(text, avant):
            at = avant[1]  # « Et de préciser : « … » »: kept whole, as « Avant d'ajouter »
        return at
    at = _clitics_before(
        text, start, _COMPOUND_CLITICS if verb in folded("auxiliaries") else BARE_FORM_CLITICS)
    return _negation_before(text, at)


def _semi_auxiliary(text: str, at: int) -> int | None:
    """Where the semi-auxiliary just before the « à » at ``at`` starts, written whole: its
    auxiliary with the adverbs after it (« a aussi tenu », « n'a rien trouvé »), its reflexive
    (« se borne »), its negation; None when the word before « à » is none."""
    w = _word_before(text, at)
    if w is None or w[0] not in table_verb_forms("semi_auxiliaries"):
        return None
    start = w[1]
    at = start
    while (adv := _word_before(text, at)) is not None and (
            adv[0] in INFINITIVE_NEGATION | folded("skip_words")) and (
            adv[0] not in NEGATION_START):
        at = adv[1]  # « a aussi tenu »: adverbs between an auxiliary and its participle
    aux = _word_before(text, at)
    if aux is not None and aux[0] in folded("auxiliaries") and text[aux[1]] not in "àÀ":
        start = aux[1]
    return _negation_before(text, _clitics_before(text, start, _REFLEXIVE_FOLDED))


def _narrative_and(text: str, word: tuple[str, int]) -> bool:
    """« Et » opening a sentence before « de » + infinitive (the narrative infinitive): written
    with its capital after a stop, the closing mark of the quote before, or a new line."""
    if word[0] != NARRATIVE_AND or not text[word[1]].isupper():
        return False
    before = text[: word[1]].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?…\n»”\"›"


def _past_dative(text: str, start: int, end: int) -> int:
    """Where a finite cue starts past the clitic of whom it is said to that the frames cut
    with it (« lui a écrit », « leur dit »: `a écrit`, `dit`). Written with its capital, « Lui »
    is a subject (« Lui a dit non »), no clitic."""
    m = re.match(r"(\w+)\s+(?=\w)", text[start:end])
    if m is None or m.group(1) not in DATIVES:
        return start
    return start + m.end()


def _negation_before(text: str, at: int) -> int:
    """Where the « ne » or « n' » just before ``at`` starts (``at`` when none), read as written:
    « né » (« le mouvement tout juste né réclame ») is no negation."""
    m = _WORD_BEFORE.search(text, max(0, at - _LOOK_BACK), at)
    if m is None or m.group(1).lower() not in NEGATION_START:
        return at
    return m.start(1) if m.group(2) or m.group(1).endswith(_ELIDED) else at


def carried_cues(text: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes, in text order, each quote in marks with no cue of its own given the cue of
    the quote just before it when the same speaker's words and their cue run straight into its
    marks: the cue after those words (« A », a-t-il ajouté. « B »; …, explique X. « B »), or
    before them with only a stop between the words and the marks (et d'ajouter que … : « B »);
    not when a comma or a word in lower case follows its marks (« B », balance X; « B » morts,
    a précisé X): a cue of its own comes there, or the words go on. A speaker with no name
    (« a commenté la jeune femme ») carries it to marks that took no speaker (``_same_voice``).
    Its evidence says so (``CUE_CARRIED``): grouping and the batch do not read it as its own.
    A heading's marks take none: they announce what follows.
    """
    out = list(quotes)
    for n in range(1, len(out)):
        q, prev = out[n], out[n - 1]
        if q.cue is not None or prev.cue is None or q.type != "direct":
            continue
        if Evidence.HEADING in q.evidence:  # a heading announces what follows: no cue before it
            continue
        if Evidence.POST in q.evidence:  # a post is signed, in no marks: a cue before it is not its
            continue
        if not _same_voice(prev, q):
            continue
        after = text[q.span.end : q.span.end + 40].lstrip()
        after = after[1:].lstrip() if after[:1] in CLOSING else after
        if after[:1] == "," or after[:1].islower():
            continue  # a cue of its own after its marks (« B », balance X), or words going on
        cue = prev.cue
        at = prev.span.end
        if cue.start >= at:  # a cue after the words: only their marks and a comma before it
            m = _BEFORE_CUE.match(text, at, cue.start)
            if m is None or m.end() != cue.start:
                continue
            at = cue.end
        elif cue.end > prev.span.start:
            continue
        # the rest of the cue's sentence (its subject, an adjunct: no mark, no other stop
        # than a title's or an initial's, « M. Roy »), its stop, the next marks
        stop = _STOP_TO_MARKS.search(text, at, q.span.start)
        if stop is None and cue.start >= prev.span.end:
            # « A », a-t-elle dit en fin de journée, « b »: an incise splits one quotation
            stop = _COMMA_TO_MARKS.search(text, at, q.span.start)
        if stop is not None and not _MARKS.search(text, at, stop.start()) and (
                not sentence_ends_in(text, at, stop.start())):
            out[n] = replace(q, cue=cue, evidence=(*q.evidence, CUE_CARRIED))
    return out


def _same_voice(prev: Quote, q: Quote) -> bool:
    """Are ``q``'s words said by whoever said ``prev``'s: the same name, or, the cue before
    naming someone the cast holds no name for (« …, a commenté la jeune femme. « … » »), no
    one else: ``q`` took no speaker, its carry ended at that unnamed voice."""
    if q.speaker.name is not None:
        return q.speaker.name == prev.speaker.name
    return prev.speaker.name is None and prev.speaker.mention is not None and (
        q.speaker.kind == "unknown")

