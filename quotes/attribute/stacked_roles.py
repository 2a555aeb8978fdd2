"""A role apposed before a title and the name it stands before: « le chef du Comité
militaire, l'amiral Jan de Vries », « Mardi, son chef d'état-major, le général X », « le
directeur de l'hôpital, le Dr X ». The function, not the rank, is what the person does
(GUIDELINES: function over rank); ``roles.roles_near`` keeps it when it is one person's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.role_extent import Role, role_span
from quotes.lexicon import is_role_noun, titles
from quotes.lexicon.grammar import DETERMINERS, LIST_JOINS
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
    if not (j - window < head.i < j and is_role_noun(head.text)):
        opening = _opening_role(doc, j, window)
        if opening is None:
            return None
        head = opening
    lo = head.i  # with its determiner and adjectives: "le nouveau chef"
    while lo > 0 and (doc[lo - 1].lower_ in DETERMINERS or doc[lo - 1].pos_ == "ADJ"):
        lo -= 1
    return role_span(doc, lo, j)


def _opening_role(doc: Doc, comma: int, window: int) -> Token | None:
    """The role noun of the phrase before ``comma`` when that phrase is all a role's and
    opens its sentence or follows a comma ("Mardi, |son chef d'état-major|, …"): its noun
    comes after determiners and adjectives only; none behind a verb or a preposition."""
    i = comma - 1
    while i >= 0 and comma - i < window and not (doc[i].is_punct and doc[i].text not in "-'’"):
        if doc[i].pos_ in ("VERB", "AUX") and not is_role_noun(doc[i].text):
            return None
        i -= 1
    if i >= 0 and doc[i].text not in (",", ".") and "\n" not in doc[i].text:
        return None
    noun = next((t for t in doc[i + 1 : comma] if is_role_noun(t.text)), None)
    if noun is None or any(t.lower_ not in DETERMINERS and t.pos_ != "ADJ"
                           for t in doc[i + 1 : noun.i]):
        return None
    return noun
