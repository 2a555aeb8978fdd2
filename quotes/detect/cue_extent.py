"""The cue as written: the words before its verb group that belong to the verb form.

The frames cut a cue from its auxiliary to its verb ("a-t-il déclaré", "s'est dit"). Written
whole (fixtures/gold/GUIDELINES.md, « The cue »), a cue also keeps:

- the preposition of an infinitive or a gerund, with the pronouns between: « de dire »,
  « d'en déduire », « avant de nous confier », « en invitant », « en les accusant »; the
  « pour » of a purpose infinitive (« pour dénoncer »; not « trop tôt pour », « n'est pas là
  pour », « connue pour », « pour avoir dit »), the « Et » that opens a narrative infinitive
  (« Et de préciser »);
- an object pronoun in front of a compound form: « les a informés », « en a informé »,
  « l'ont annoncé » (not whom it is said to: « lui », « nous » … stay out, also when the
  frames cut « lui » with the verb: `a écrit` for « lui a écrit »), and « en » in
  front of a bare form (« en appelle à »), which is never whom it is said to;
- the « ne » of a finite form's negation, before its pronouns: « n'en a pas moins observé »;
- « avoir beau » before an infinitive, a concession in one form: « avait beau assurer »;
- a semi-auxiliary and its « à » before an infinitive (semi_auxiliaries.tsv), with its
  reflexive and « en », its negation, and a participle's auxiliary past adverbs, a phrase in
  commas or « -t-il »: « a tenu à saluer », « s'en tient à répéter », « n'a rien trouvé à
  redire », « a, ce matin, tenu à saluer »; not a verb that is the cue itself (« a appelé à
  manifester »), a narrator's (« a commencé à dire »), a noun (« aucune limite à dire »), nor
  a participle with no auxiliary found: the cue is left as cut, never a bare participle.

Carrying a cue to the next marks is detect/cue_carry's.
"""

from __future__ import annotations

import re

from quotes.detect.context import CLOSING, SENT_END
from quotes.detect.forms import PARTICIPLE_ENDS
from quotes.lexicon import cached, fold, folded, table_verb_forms, words
from quotes.lexicon.cue_words import (
    BE_FORMS,
    CONSEQUENCE_DEGREE,
    NARRATIVE_AND,
    PRESENCE,
    PURPOSE_POUR,
)
from quotes.lexicon.grammar import (
    AVOIR,
    BARE_FORM_CLITICS,
    DATIVES,
    DE,
    DETERMINERS,
    IN_VAIN,
    INDEFINITE_PLAIN,
    INFINITIVE_CLITICS,
    INFINITIVE_NEGATION,
    NEGATION_START,
    NONE_OF,
    REFLEXIVE,
)

_WORD_BEFORE = re.compile(r"([^\W\d_]+['’]?)(\s*)$")
_ELIDED = ("'", "’")
_INFINITIVE = ("er", "ir", "re", "oir")
_NON_FINITE_CLITICS = frozenset(c.replace("’", "'") for c in INFINITIVE_CLITICS | REFLEXIVE)
# what a compound form's object pronoun can be: the thing said, never whom it is said to
_COMPOUND_CLITICS = frozenset({"l'", "le", "la", "les", "en", "y"})
_LOOK_BACK = 40
_REFLEXIVE_FOLDED = frozenset(c.replace("’", "'") for c in REFLEXIVE)
# what a noun follows, never a verb: « aucune limite à dire », « la borne à côté »
_BEFORE_NOUN = frozenset(
    w.replace("’", "'") for w in DETERMINERS | INDEFINITE_PLAIN | NONE_OF | DE | {"du"})
_COMPOUND_INFINITIVE = frozenset({"avoir", "etre"})  # « pour avoir dit »: a cause, no purpose
_BE_FOLDED = frozenset(fold(w) for w in BE_FORMS)
_PARTICIPLE_ENDINGS = (*PARTICIPLE_ENDS, "u", "ue", "us", "ues")  # « trouvé », « tenue »
# a narrative « Et » follows a stop, the closing mark of the quote before, or a new line
_BEFORE_NARRATIVE_AND = SENT_END + "\n" + CLOSING
_FIRST_WORD = re.compile(r"(\w+)\s+(?=\w)")  # a cue's first word, another after it


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
        if not gerund and w is not None and w[0] == PURPOSE_POUR and (
                verb not in _COMPOUND_INFINITIVE and _purpose(text, w[1])):
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
    reflexive, with « en » (« se borne », « s'en tient »), its negation, and for a participle
    its auxiliary (``_auxiliary_before``). None when the word before « à » is none, is a noun
    (after a determiner: « aucune limite à dire »), or is a participle no auxiliary is found
    for: the cue as cut, not a bare participle."""
    w = _word_before(text, at)
    if w is None or w[0] not in table_verb_forms("semi_auxiliaries"):
        return None
    det = _word_before(text, w[1])
    if det is not None and det[0] in _BEFORE_NOUN:
        return None
    start = w[1]
    if text[w[1] : at].rstrip().lower().endswith(_PARTICIPLE_ENDINGS):
        aux = _auxiliary_before(text, w[1])
        if aux is None:
            return None
        start = aux
    return _negation_before(text, _reflexive_before(text, start))


def _auxiliary_before(text: str, at: int) -> int | None:
    """Where the auxiliary of the participle at ``at`` starts: just before it, or past its
    inverted subject (« a-t-il tenu »), up to two adverbs (« a même tenu », « a d'ailleurs
    tenu », « a ce matin tenu ») or a phrase set off by commas (« a, ce matin, tenu »); None
    when there is none (« à » is no auxiliary)."""
    m = _auxiliary_reach().search(text, max(0, at - 2 * _LOOK_BACK), at)
    return m.start() if m is not None else None


@cached
def _auxiliary_reach() -> re.Pattern[str]:
    forms = "|".join(sorted((re.escape(w) for w in words("auxiliaries")), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:{forms})(?:-t)?(?:-(?:il|elle|on|ils|elles))?"
        r"(?:\s*,[^,.;:!?«»“”\"‹›\n]{1,40},\s*|\s+(?:[^\W\d_][\w'’-]*\s+){0,2})$")


def _reflexive_before(text: str, at: int) -> int:
    """Where the reflexive just before ``at`` starts, with the « en » of « s'en tenir »
    (« s'en est tenue »); ``at`` when none: « en » alone is not taken."""
    w = _word_before(text, at)
    if w is not None and w[0] == "en":
        w = _word_before(text, w[1])
    return w[1] if w is not None and w[0] in _REFLEXIVE_FOLDED else at


def _purpose(text: str, at: int) -> bool:
    """Does the « pour » at ``at`` open a purpose clause (« a pris la parole pour dénoncer »)?
    Not after a degree (« trop tôt pour », « assez fort pour »: a consequence), nor after
    « là » or « ici » right after « être » (« n'est pas là pour dire »: a presence), nor after
    a word of reputation (reputation_words.txt: « connue pour dire »)."""
    w1 = _word_before(text, at)
    if w1 is None:
        return True  # « Pour dire que … »: a purpose clause set before its verb
    w2 = _word_before(text, w1[1])
    if w1[0] in CONSEQUENCE_DEGREE or (w2 is not None and w2[0] in CONSEQUENCE_DEGREE):
        return False
    if text[w1[1] : at].strip().lower() in PRESENCE:
        while w2 is not None and w2[0] in INFINITIVE_NEGATION - NEGATION_START:
            w2 = _word_before(text, w2[1])  # « n'est pas là »
        return w2 is None or w2[0] not in _BE_FOLDED
    return _stem(w1[0]) not in _reputation_stems()


@cached
def _reputation_stems() -> frozenset[str]:
    """The words of reputation_words.txt without their agreement (``_purpose``)."""
    return frozenset(_stem(r) for r in folded("reputation_words"))


def _stem(word: str) -> str:
    """A participle or adjective without its agreement: « connues », « connu » → « connu »."""
    word = word[:-1] if word.endswith("s") else word
    return word[:-1] if word.endswith("e") else word


def _narrative_and(text: str, word: tuple[str, int]) -> bool:
    """« Et » opening a sentence before « de » + infinitive (the narrative infinitive): written
    with its capital after a stop, the closing mark of the quote before, or a new line."""
    if word[0] != NARRATIVE_AND or not text[word[1]].isupper():
        return False
    at = word[1]
    while at > 0 and text[at - 1] in " \t\u00a0":
        at -= 1
    return at == 0 or text[at - 1] in _BEFORE_NARRATIVE_AND


def _past_dative(text: str, start: int, end: int) -> int:
    """Where a finite cue starts past the clitic of whom it is said to that the frames cut
    with it (« lui a écrit », « leur dit »: `a écrit`, `dit`). Written with its capital, « Lui »
    is a subject (« Lui a dit non »), no clitic."""
    m = _FIRST_WORD.match(text, start, end)
    return start if m is None or m.group(1) not in DATIVES else m.end()


def _negation_before(text: str, at: int) -> int:
    """Where the « ne » or « n' » just before ``at`` starts (``at`` when none), read as written:
    « né » (« le mouvement tout juste né réclame ») is no negation."""
    m = _WORD_BEFORE.search(text, max(0, at - _LOOK_BACK), at)
    if m is None or m.group(1).lower() not in NEGATION_START:
        return at
    return m.start(1) if m.group(2) or m.group(1).endswith(_ELIDED) else at
