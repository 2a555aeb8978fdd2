"""A role apposed before a title and the name it stands before: « le chef du Comité
militaire, l'amiral Jan de Vries », « Mardi, son chef d'état-major, le général X », « le
directeur de l'hôpital, le Dr X ». The function, not the rank, is what the person does
(GUIDELINES: function over rank); ``roles.roles_near`` keeps it when it is one person's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.role_extent import Role, role_span
from quotes.lexicon import titles
from quotes.lexicon.grammar import DETERMINERS, LIST_JOINS
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import comma_conj


def title_words(ent: Span, title: Role | None) -> Span | None:
    """The words of the title before ``ent``: its role, else an honorific ("le |Dr| X")."""
    doc = ent.doc
    if title is not None:
        return doc.char_span(title[1], title[2], alignment_mode="expand")
    k = ent.start
    return doc[k - 1 : k] if k > 0 and doc[k - 1].text in titles() else None


def stacked_role(ent: Span, span: Span | None, window: int) -> Role | None:
    """The role before the comma that opens a title, when the parse appends the title to it:
    "le chef du Comité, |l'amiral| X", "a affirmé sur ce point le chef du Comité, l'amiral X",
    or when the role opens its sentence or clause ("Mardi, son chef d'état-major, le général
    X", "Le directeur de l'hôpital, le Dr X"), whatever the parse made of it. Not the
    complement of a preposition or a verb, whose title is no apposition ("Aux côtés du
    ministre, l'amiral X a …", "Après avoir reçu le maire, l'éleveur X a …")."""
    doc = ent.doc
    noun = next((t for t in span or () if is_role_noun(t.text) or t.text in titles()), None)
    if span is None or noun is None or not (noun.dep_ in ("appos", "nsubj") or comma_conj(noun)):
        return None
    j = span.start - 1
    while j >= 0 and doc[j].lower_ in DETERMINERS:
        j -= 1
    head = noun.head
    if noun.dep_ == "nsubj":  # "Le commandant …, le colonel X, a dit": parsed as two subjects
        head = next((c for c in head.children if c.dep_ == "nsubj" and c.i < j), head)
    # « le ministre, le colonel X et la préfète »: a list of three, no role stacked
    if j < 1 or doc[j].text != "," or (ent.end < len(doc) and doc[ent.end].lower_ in LIST_JOINS):
        return None
    # « Le ministre absent, le colonel X a présidé »: an apposition left open is no function
    # set before a rank; the name is the sentence's subject
    closed = ent.end < len(doc) and doc[ent.end].text == ","
    if not (j - window < head.i < j and is_role_noun(head.text)) or _named(doc, head.i, j):
        opening = _opening_role(doc, j, window) if closed else None
        if opening is None or _named(doc, opening.i, j):
            return None
        head = opening
    return None if _absolute(doc, head.i, j) else role_span(doc, _phrase_start(doc, head.i), j)


def _named(doc: Doc, noun: int, end: int) -> bool:
    """Does the phrase of the noun at ``noun`` up to ``end`` name a person (« le colonel Paul
    Morel, le général X »)? Its title is that person's."""
    return any(t.ent_type_ == "PER" for t in doc[_phrase_start(doc, noun) : end])


def _phrase_start(doc: Doc, noun: int) -> int:
    """Where the phrase of the noun at ``noun`` starts, with its determiner and adjectives
    before it: "|le nouveau| chef"."""
    lo = noun
    while lo > 0 and (doc[lo - 1].lower_ in DETERMINERS or doc[lo - 1].pos_ == "ADJ"):
        lo -= 1
    return lo


def _absolute(doc: Doc, noun: int, end: int) -> bool:
    """Is the role noun at ``noun`` followed up to ``end`` by adjectives or participles only,
    none of an office (« le ministre |absent| », « le maire |ayant démissionné| », but « le
    ministre délégué »): an absolute construction, a state said of someone the sentence then
    leaves for another?"""
    rest = doc[noun + 1 : end]
    return len(rest) > 0 and all(t.pos_ in ("ADJ", "VERB", "AUX") and not is_role_noun(t.text)
                                 for t in rest)


def _opening_role(doc: Doc, comma: int, window: int) -> Token | None:
    """The role noun of the phrase before ``comma`` when that phrase is all a role's and
    opens its sentence or follows a comma or a list's « et » ("Mardi, |son chef
    d'état-major|, …", "le colonel X et |le directeur de l'hôpital|, …"): its noun comes
    after determiners and adjectives only; none behind a verb or a preposition."""
    i = comma - 1
    while i >= 0 and comma - i < window and doc[i].lower_ not in LIST_JOINS \
            and not (doc[i].is_punct and doc[i].text not in "-'’"):
        if doc[i].pos_ in ("VERB", "AUX") and not is_role_noun(doc[i].text):
            return None
        i -= 1
    noun = next((t for t in doc[i + 1 : comma] if is_role_noun(t.text)), None)
    return None if noun is None or _phrase_start(doc, noun.i) > i + 1 else noun
