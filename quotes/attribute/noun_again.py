"""A name whose own sentence writes a description's role noun again after it, for someone
beside them: « C'est Marc Petit qui a remis la médaille au nageur »; then « le nageur », before
or after that sentence, is not Marc Petit. A sentence names one person by their name and another
by a definite noun that is an act's complement; the same person is not both the subject and the
complement of one act. A role the name is given (« Marc Petit, président de la fédération »,
« la présidente Anne Roy ») is no one else."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quotes.attribute.groups import members_apart
from quotes.attribute.last_mentions import last_mention
from quotes.attribute.role_words import heads, words_of
from quotes.lexicon import fold
from quotes.lexicon.grammar import (
    CONTRACTED_SINGULAR,
    DEFINITE_SINGULAR,
    SUBJECT_RELATIVE,
    SUCCESSION_STEMS,
    A,
)
from quotes.lexicon.roles import noun_gender
from quotes.nlp.doc import climb, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotes.attribute.cast import Registry

# a complement of the sentence's act, not an apposition nor a title of the name
_COMPLEMENTS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod")
_TIED = ("flat", "flat:name", "flat:foreign")  # the parts of one name


def noun_after(doc: Doc, at: int, role: str, own: Iterable[tuple[int, int]] = (),
               until: int | None = None, gender: str | None = None) -> bool:
    """Does the sentence of the name at offset ``at`` write a noun of the role's nouns
    (``role_words.heads``: « nageur », « nageuse ») after the name, singular and definite
    (« au nageur », « le nageur »), as a complement whose phrase holds every word of the role
    (« a remplacé le maire » says nothing of « le nouveau maire »: another holder of the
    noun, the one who took it), outside the name's ``own`` role spans,
    and before ``until`` (where the description itself is: « X et Y se sont affrontés, le
    président exigeant … » is no one beside X), and, when the description says a ``gender``,
    of that gender as its determiner or noun says it (« avec la ministre Anne Vidal » sets no
    one beside Paul Morin for « le ministre »; « à l'artiste » says none: no one either)?"""
    nouns = heads(role)
    i = bisect_left(token_starts(doc), at)
    if not nouns or i >= len(doc):
        return False
    spans, acts = list(own), _acts(doc[i])
    said = {fold(w) for w in words_of(role)}
    return any(t.i > i and (until is None or t.idx < until) and _complement(t)
               and heads(t.text) & nouns and _verb_of(t) in acts and not _succeeds(_verb_of(t))
               and said <= {fold(w) for w in words_of(doc[t.left_edge.i : t.right_edge.i + 1].text)}
               and gender in (None, _gender_said(t))
               and not any(lo <= t.idx < hi for lo, hi in spans) for t in doc[i].sent)


def _gender_said(noun: Token) -> str | None:
    """The gender its determiner (« la », « le », « au ») or, failing that, the noun itself
    (« nageuse ») gives the complement: "f", "m", or None."""
    for c in noun.children:
        if c.dep_ in ("det", "case") and (g := c.morph.get("Gender", [])):
            return "f" if g[0] == "Fem" else "m"
        if c.dep_ == "case" and c.lower_ in CONTRACTED_SINGULAR:
            return "m"  # « au », « du »
    return noun_gender(noun.text)


def _acts(name: Token) -> set[Token]:
    """The verbs whose act the name does: the one it is the subject of, and that of a relative
    clause hung on it (« c'est Marc Petit, qui a remis … »)."""
    name = climb(name, _TIED)
    # the clause « qui » opens, however the parse hangs it on the name (a cleft: « c'est X
    # qui … » reads as ``dep`` or ``parataxis``)
    found = {c for c in name.children if c.dep_ == "acl:relcl" or (c.pos_ == "VERB" and any(
        g.dep_.startswith("nsubj") and g.lower_ == SUBJECT_RELATIVE for g in c.children))}
    if name.dep_.startswith("nsubj"):
        found.add(name.head)
    return found


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` in the parse: the act it is a complement of
    (« remis … au nageur », « accroché … autour du cou du nageur »)."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _complement(tok: Token) -> bool:
    """Is ``tok`` a singular noun that a definite article opens (« le », « l' », « au »,
    « du »), a complement of a verb, or of a noun where « à » opens it or a noun above it
    (« au cou du nageur »)? A « de » complement of the act's object (« le trophée de la
    joueuse », « l'écharpe du maire ») names the subject's own position, no one beside them."""
    det = {c.lower_ for c in tok.children if c.dep_ in ("det", "case")}
    return (tok.pos_ == "NOUN" and tok.dep_ in _COMPLEMENTS
            and "Plur" not in tok.morph.get("Number", [])
            and bool(det & (DEFINITE_SINGULAR | CONTRACTED_SINGULAR))
            and (tok.dep_ != "nmod" or _given_to(tok)))


def _given_to(tok: Token) -> bool:
    """Does « à » (« au », « aux ») open ``tok`` or a noun above it, up to its verb?"""
    while tok.pos_ not in ("VERB", "AUX"):
        if any(c.dep_ == "case" and c.lower_ in A for c in tok.children):
            return True
        if tok.head.i == tok.i:  # the root: no verb above
            return False
        tok = tok.head
    return False


def _succeeds(verb: Token | None) -> bool:
    """Is ``verb`` one of succession (« a succédé au président », « a remplacé le maire »)?
    Its subject now holds the complement's role: the same noun may describe them."""
    return verb is not None and fold(verb.text).startswith(SUCCESSION_STEMS)


def last_named_apart(registry: Registry, name: str, before: int, role: str,
                     opening: int | None = None, gender: str | None = None) -> bool:
    """Is ``name`` last named before the description at offset ``before``, in the sentence
    before the description's (which starts at ``opening``, its words said included) or in
    its own, in a clause that writes the role's noun again after them for someone else
    (``noun_after``)? Further back, the noun said then whom it named then, no more."""
    doc = registry.doc
    person = registry.person(name)
    last = last_mention(registry, name, before)
    first = bisect_left(token_starts(doc), before if opening is None else opening)
    if last is None or person is None or first >= len(doc):
        return False
    sent = doc[first].sent
    since = doc[sent.start - 1].sent.start_char if sent.start else sent.start_char
    own = [(lo, hi) for _, lo, hi in person.roles]
    return last >= since and noun_after(doc, last, role, own, until=before, gender=gender)


def grouped_apart(registry: Registry, description: str) -> set[str]:
    """The people of the cast a group of another role noun holds (``groups.members_apart``:
    « Les deux juges d'instruction, Anne Roy et Claire Petit », then « l'avocat »)."""
    return {p.name for m in members_apart(registry.groups, description)
            if (p := registry.person(m)) is not None}
