"""Who issued a document that speaks (GUIDELINES « A finding, a document »: the text names who
wrote it): « Dans un communiqué, le ministre Paul Roux a salué … « … », décrit le communiqué »
and « Par l'intermédiaire d'un communiqué, l'instance a révélé … », the subject of the clause
the document is an adjunct of; « Le tribunal a rejeté le recours : « … », indique un
communiqué », the subject of the sentence the document's words close. A later « le
communiqué » is the same document, the same issuer."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.attribute.cast import Registry
from quotes.attribute.intro import SENTENCE_END
from quotes.attribute.noun_kinds import names_a_document
from quotes.attribute.speakers import Resolved, classify
from quotes.attribute.timeline import Timeline
from quotes.nlp.doc import text_of

_CARRIERS = frozenset({"dans", "par", "via"})  # « dans un communiqué », « par un communiqué »
_BEFORE = 3000  # characters looked back for the document's first mention
_FOUND = "quotes.issuers"  # doc.user_data: a document's token -> its issuer, once found


def issuer(doc: Doc, mention: tuple[int, int], said: tuple[int, int], registry: Registry,
           timeline: Timeline) -> Resolved | None:
    """The person or body that issued the document named at ``mention`` (the subject of the cue
    of the words ``said``), resolved as the article names it; None when the text names no
    one."""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    found: dict[int, Resolved] = doc.user_data.setdefault(_FOUND, {})
    for tok in reversed(doc[:head.i + 1]):
        if tok.idx < mention[0] - _BEFORE:
            break
        if tok.lower_ != head.lower_:
            continue
        if tok.i in found:  # the same document, whose issuer words before it gave
            return found[tok.i]
        author = _carried_by(tok) or (_closed_by(tok, said) if tok.i == head.i else None)
        if author is None:
            continue
        sub = list(author.subtree)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        who, _ = timeline.resolve(classify(doc, lo, hi, registry), lo, mention=(lo, hi))
        if who.name and who.kind in ("person", "organization") and not names_a_document(
                who.kind, who.name):
            found[tok.i] = found[head.i] = who
            return who
        return None
    return None


def _carried_by(tok: Token) -> Token | None:
    """The subject of the verb a document is an adjunct of (« Dans un communiqué, X a dit »,
    « Par l'intermédiaire d'un communiqué, X a révélé »)."""
    noun = tok
    while noun.dep_ == "nmod" and noun.head.pos_ == "NOUN":  # « l'intermédiaire d'un … »
        noun = noun.head
    cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    if not noun.dep_.startswith("obl") or not cases & _CARRIERS:
        return None
    return _subject(noun.head)


def _closed_by(tok: Token, said: tuple[int, int]) -> Token | None:
    """The subject of the sentence's other clause, before the words ``said`` and outside them,
    when the document is the subject (or, as the parse reads an inverted subject, the object)
    of the verb after them (« Le tribunal a rejeté le recours : « … », indique un communiqué »)."""
    if not tok.dep_.startswith(("nsubj", "obj")):
        return None
    verb, root = tok.head, tok.sent.root
    clauses = [root] if root.i != verb.i else [
        c for c in verb.children if c.dep_ in ("parataxis", "advcl", "ccomp", "conj")]
    for clause in clauses:
        subject = _subject(clause)
        if subject is not None and subject.idx < said[0] and _one_sentence(
                text_of(tok.doc), subject.idx, said[0]):
            return subject
    return None


def _one_sentence(text: str, lo: int, hi: int) -> bool:
    """No paragraph break nor full stop between ``lo`` and ``hi``: the subject opens the very
    sentence the words close (not a line of a post quoted above it)."""
    between = text[lo:hi]
    return "\n" not in between and SENTENCE_END.search(between) is None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
