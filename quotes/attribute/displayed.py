"""Who holds words shown or chanted: marks right after a noun of lexicon/display_nouns.txt
(« Des élus ont défilé, brandissant des pancartes « Non à la fermeture » ») are the words of
whoever holds that noun with a verb of lexicon/holding_verbs.tsv: the verb's subject, the noun
its participle hangs on (« des manifestants brandissant des pancartes « … » »), or its agent
(« des banderoles « … » accrochées par des opposants »). Never the voice quoted before, who
did not write them, nor one who only handles them (« Les policiers ont saisi des banderoles
« … » »): then no one."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.subjects import subtree_before
from quotes.lexicon import cached, fold, folded, singular, table, verb_forms

_CLIMB = 4  # heads climbed from a holding participle set off after its clause to that clause
_SUBJECTS = ("nsubj", "nsubj:pass")


def shown(doc: Doc, start: int) -> Token | None:
    """The display noun right before the marks that open before ``start``, or None."""
    tokens = doc.char_span(0, start, alignment_mode="contract")
    if tokens is None:
        return None
    before = [t for t in tokens if not (t.is_punct or t.is_space or t.is_quote)]
    return before[-1] if before and _one(before[-1].text) in _nouns() else None


def holders(noun: Token, end: int) -> tuple[int, int] | None:
    """Where who holds the display noun ``noun`` is (a character range), or None: the subject
    of a holding verb whose object it is, else the agent of a holding participle right after
    the marks that close at ``end`` (« accrochées par des opposants », « ont été brandies par
    les manifestants »)."""
    doc, verb, found = noun.doc, noun.head, None
    after = next((t for t in doc if t.idx >= end and not (t.is_punct or t.is_space)
                  and t.pos_ != "AUX"), None)  # « ont été brandies par … »: the participle
    if noun.dep_ in ("obj", "obl:arg") and _holding(verb):
        found = _holder(verb)
    elif after is not None and _holding(after) and "Part" in after.morph.get("VerbForm", []):
        agent = next((c for c in after.children if c.dep_ == "obl:agent"), None)
        found = _phrase(agent, after.i) if agent is not None else None
    if found is None:
        return None
    lo, hi = found
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _holder(verb: Token) -> tuple[int, int] | None:
    """The token range of who holds with ``verb``: its subject (the antecedent of « qui »),
    the noun its participle hangs on, or the subject of the clause a participle set off after
    it leans on (« Des élus ont défilé, brandissant »); never a relative pronoun (« où »)."""
    cur = verb
    for _ in range(_CLIMB):
        subject = next((c for c in cur.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if "Rel" not in subject.morph.get("PronType", []) and subject.lower_ != "qui":
                return _phrase(subject, cur.i if subject.i < cur.i else len(cur.doc))
            above = cur.head  # « des manifestants qui brandissaient … »: the antecedent
            relative = cur.dep_ == "acl:relcl" and _noun(above)
            return _phrase(above, cur.left_edge.i) if relative else None
        if cur.dep_ == "acl" and _noun(cur.head):  # « des manifestants brandissant … »
            return _phrase(cur.head, cur.i)
        if "Part" not in cur.morph.get("VerbForm", []) or cur.head.i == cur.i:
            return None  # a finite verb with no subject of its own: who holds is not said
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
    if lo >= hi or (tok.pos_ == "PRON" and tok.lower_ not in _PERSONAL):
        return None
    return lo, hi


_PERSONAL = frozenset({"il", "elle", "ils", "elles", "on"})  # a pronoun the carry resolves


def _noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def _holding(verb: Token) -> bool:
    return verb.pos_ == "VERB" and fold(verb.text) in _holding_forms()


@cached
def _holding_forms() -> frozenset[str]:
    """Every folded form of a verb of lexicon/holding_verbs.tsv."""
    return frozenset(fold(form) for lemma, *listed in table("holding_verbs")
                     for form in verb_forms(lemma, " ".join(listed)))


def _one(word: str) -> str:
    """The folded singular of a noun, plural in « -s » or « -x » (« écriteaux »)."""
    folded_word = fold(word)
    return folded_word[:-1] if folded_word.endswith("x") else singular(folded_word)


@cached
def _nouns() -> frozenset[str]:
    return frozenset(_one(w) for w in folded("display_nouns"))
