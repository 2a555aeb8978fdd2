"""Who holds words shown: marks right after a noun of lexicon/display_nouns.txt
(« Des élus ont défilé, brandissant des pancartes « Non à la fermeture » ») are the words of
whoever holds that noun with a verb of lexicon/holding_verbs.tsv: the verb's subject, the noun
its participle hangs on (« des manifestants brandissant des pancartes « … » »), or its agent
(« des banderoles « … » accrochées par des opposants »). Never the voice quoted before, who
did not write them, nor one who only handles them (« Les policiers ont saisi des banderoles
« … » »): then no one."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from quotes.attribute.intro import SENTENCE_END
from quotes.attribute.resolved import Resolved
from quotes.attribute.timeline import Timeline
from quotes.detect.context import CLOSING
from quotes.detect.governing import SUBJECT_DEPS
from quotes.detect.subjects import subtree_before
from quotes.lexicon import cached, fold, folded, singular, table_verb_forms
from quotes.lexicon.grammar import PERSONAL_SUBJECTS
from quotes.nlp.doc import text_of, token_starts

_CLIMB = 4  # heads climbed from a holding participle set off after its clause to that clause
_CLOSED = CLOSING + ".!?… \u00a0\u202f"  # the words' own stop and closing marks, before a cue


def shown(doc: Doc, start: int) -> Token | None:
    """The display noun right before the marks that open before ``start``, or None."""
    for t in reversed(doc[: bisect_left(token_starts(doc), start)]):
        if t.idx + len(t.text) > start or t.is_punct or t.is_space or t.is_quote:
            continue  # one ``start`` cuts into, or no word
        return t if _one(t.text) in _nouns() else None
    return None


def holders(noun: Token, end: int) -> tuple[int, int] | Token | None:
    """Where who holds the display noun ``noun`` is (a character range), or None: the subject
    of a holding verb whose object it is, else the agent of a holding participle right after
    the marks that close at ``end`` (« accrochées par des opposants », « ont été brandies par
    des milliers de manifestants venus de toute la région »: its whole phrase). The verb a
    holding participle leans on, when that verb has no subject of its own: maybe the cue of a
    quote before, whose subject the parse took for its object (« « … », a lancé la déléguée
    Anne Roy, brandissant une pancarte « … » »), for the caller to tell."""
    doc, verb, found = noun.doc, noun.head, None
    after = next((t for t in doc[bisect_left(token_starts(doc), end) :]  # « ont été brandies
                  if not (t.is_punct or t.is_space) and t.pos_ != "AUX"), None)  # par … »
    if (noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.dep_ == "ccomp"
            and noun.i < verb.i and verb.idx < end and _holding(verb.head)):
        verb = verb.head  # « a brandi une pancarte « Nous tiendrons … » »: the parse made the
        # placard the subject of the words on it
        found = _holder(verb)
    elif noun.dep_ in ("obj", "obl:arg") and _holding(verb):
        found = _holder(verb)
    elif after is not None and _holding(after) and "Part" in after.morph.get("VerbForm", []):
        agent = next((c for c in after.children if c.dep_ == "obl:agent"), None)
        found = _phrase(agent, len(doc)) if agent is not None else None  # its whole phrase
    if found is None or isinstance(found, Token):
        return found
    lo, hi = found
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def cue_speaker(timeline: Timeline, verb: Token) -> Resolved | None:
    """The speaker of the words ``verb`` is the cue of (``holders`` gave it): words said right
    before it whose speaker is named after it in its sentence (« « Nous ne partirons pas », a
    lancé la déléguée Anne Roy, brandissant … »: the parse took her for the verb's object),
    else None."""
    text = text_of(verb.doc)
    after = verb.idx + len(verb.text)
    stop = SENTENCE_END.search(text, after)
    end = stop.start() if stop else len(text)
    return next((e.who for e in reversed(timeline.entries) if e.spoke and e.said is not None
                 and e.said[1] <= verb.idx and after <= e.pos < end and not SENTENCE_END.search(
                     text[e.said[1] : verb.idx].lstrip(_CLOSED))), None)


def _holder(verb: Token) -> tuple[int, int] | Token | None:
    """The token range of who holds with ``verb``: its subject (the antecedent of « qui »),
    the noun its participle hangs on, or the subject of the clause a participle set off after
    it leans on (« Des élus ont défilé, brandissant »); never a relative pronoun (« où »). The
    verb a participle set off after it leans on, when that verb has no subject."""
    cur = verb
    for _ in range(_CLIMB):
        subject = next((c for c in cur.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if "Rel" not in subject.morph.get("PronType", []) and subject.lower_ != "qui":
                return _phrase(subject, cur.i if subject.i < cur.i else len(cur.doc))
            above = cur.head  # « des manifestants qui brandissaient … »: the antecedent
            relative = cur.dep_ == "acl:relcl" and _noun(above)
            return _phrase(above, cur.left_edge.i) if relative else None
        if cur.dep_ == "acl" and _noun(cur.head):  # « des manifestants brandissant … »
            return _phrase(cur.head, cur.i)
        if "Part" not in cur.morph.get("VerbForm", []) or cur.head.i == cur.i:
            # a verb with no subject of its own: who holds is not said, unless it is the cue of
            # words before (« « … », a lancé la déléguée Anne Roy, brandissant »): the caller's
            return cur if cur.i != verb.i else None
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            return None
    return None


def _phrase(tok: Token, limit: int) -> tuple[int, int] | None:
    """The token range of ``tok``'s phrase cut before ``limit``, its preposition left out
    (« devant des manifestants »: « des manifestants »)."""
    lo, hi = subtree_before(tok, limit)
    doc = tok.doc
    while lo < tok.i and doc[lo].dep_ in ("case", "fixed"):  # « face à des grévistes »
        lo += 1
    if lo >= hi or (tok.pos_ == "PRON" and tok.lower_ not in PERSONAL_SUBJECTS):
        return None
    return lo, hi


def _noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def _holding(verb: Token) -> bool:
    return verb.pos_ == "VERB" and fold(verb.text) in table_verb_forms("holding_verbs")


def _one(word: str) -> str:
    """The folded singular of a noun, plural in « -s » or « -x » (« écriteaux »)."""
    folded_word = fold(word)
    return folded_word[:-1] if folded_word.endswith("x") else singular(folded_word)


@cached
def _nouns() -> frozenset[str]:
    return frozenset(_one(w) for w in folded("display_nouns"))
