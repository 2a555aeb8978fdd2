"""What the determiner and the noun of a phrase set beside a name say of that person's gender.

A name whose first name says no gender (« Dominique », « Zelko ») takes the gender of a noun
phrase set beside it by a comma, before it (« Le principal accusé, Dominique Vidal, a
reconnu ») or after it as the parse's apposition, ending at a comma or the sentence's end
(« Dominique Vidal, le compagnon de Marie, »): beside a name, a masculine says a man as « le
juge Vidal » does. It weighs less than any agreement, title or role of the article (casting:
« X, l'avocat de la famille. X s'est dite confiante » is a woman).

Never from a noun feminine whoever it names (« la victime », « la star »: lexicon
noun_genders.tsv « any »), nor from a noun of both genders after a determiner of both
(« l'élève »), nor from a word of no person (« Le lendemain, … », « Le visage fermé, … »), nor
from a list or a construction of its own after the name (« ont dit X, la mère de la victime
et le maire », « a dit X, le mari à ses côtés »).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.attribute.gender import ending_gender, grammatical
from quotes.attribute.noun_kinds import human_noun
from quotes.detect.nominal import nominalised
from quotes.lexicon import noun_genders, words
from quotes.lexicon.grammar import LIST_JOINS, POSSESSIVES
from quotes.lexicon.roles import article_gender, is_role_noun, noun_gender

# a noun phrase read from its determiner: the words before the noun it heads
_BEFORE_NOUN = ("ADJ", "ADV")


def apposed_noun_gender(ent: Span) -> str | None:
    """The gender the noun phrase set beside the name ``ent`` by a comma shows: the one
    opening the clause and ending at the comma before the name, or the one after the comma
    that follows it; None when there is none, or it shows none."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].text == ",":
        k = ent.start - 2
        while k > 0 and doc[k - 1].pos_ != "PUNCT" and not doc[k].is_sent_start:
            k -= 1
        head = _noun_after(doc[k], ent.start - 1)
        # opening its sentence: not one of a list (« le préfet, une habitante, X et Y »)
        opens = k == 0 or doc[k - 1].text in ".!?\n" or doc[k].is_sent_start
        if opens and head is not None:
            return phrase_gender(doc[k], head)
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and (
            doc[ent.end + 1].lower_ not in POSSESSIVES):  # « X, sa fille à ses côtés »: hers
        head = _noun_after(doc[ent.end + 1], len(doc))
        if head is not None and _apposed_after(ent, head):
            return phrase_gender(doc[ent.end + 1], head)
    return None


def _apposed_after(ent: Span, head: Token) -> bool:
    """Is the noun ``head`` after the comma the name's apposition (or, for a word that a
    determiner makes a person's description, any phrase but a subject's: « a déclaré X, la
    socialiste de Vernac », which the parse may hang on the verb), a phrase that ends at a
    comma or the sentence's end, no list (« ont dit X, la mère de la victime et le maire ») nor
    a construction of its own (« a dit X, le mari à ses côtés »: the parse's ROOT)?"""
    doc = ent.doc
    if not (head.dep_ == "appos" and ent.start <= head.head.i < ent.end) and not (
            nominalised(head) and not head.dep_.startswith("nsubj")):
        return False  # a party or trait made a noun: the name's, whatever the parse
    end = head.right_edge.i + 1
    if any(w.lower_ in LIST_JOINS for w in doc[ent.end:end]):
        return False
    if end < len(doc) and doc[end].text not in _ENDS:
        return False
    verb = ent.root.head
    said = [verb, *(w for w in verb.children if w.dep_.startswith("aux"))]
    return not (ent.root.dep_.startswith("nsubj") and any(
        "Plur" in w.morph.get("Number", []) for w in said))  # « ont dit X, la mère … »


_ENDS = frozenset({",", ".", "!", "?", "\n", ";"})


def _noun_after(det: Token, stop: int) -> Token | None:
    """The noun of a person a determiner opens, past its adjectives (« le principal
    accusé »), or a word it makes a person's description (« la socialiste », « le gaucher »),
    before ``stop``; None when ``det`` is no determiner, or the noun names no
    person (« le lendemain », « le syndicat ») or is another one's title (« la réalisatrice
    Lise Marchal »)."""
    doc = det.doc
    if det.pos_ != "DET":
        return None
    k = det.i + 1
    while k < stop and doc[k].pos_ in _BEFORE_NOUN and not nominalised(doc[k]):
        k += 1
    if k >= stop:
        return None
    noun = doc[k]
    if nominalised(noun) and noun.is_lower:  # « la socialiste », « le gaucher » (detect.nominal)
        return noun
    # after a determiner a participle is a noun, whatever the tagger reads (« la principale
    # accusée »: VERB)
    if noun.pos_ not in ("NOUN", "VERB") or not noun.is_lower or noun.lower_ in words("time_words"):
        return None
    if k + 1 < len(doc) and doc[k + 1].ent_type_ == "PER":
        return None
    return noun if human_noun(noun) else None


def phrase_gender(det: Token, noun: Token) -> str | None:
    """The gender the determiner ``det`` and the person's noun ``noun`` show together: the
    noun's own form or the sex it names (« son ex-épouse », « l'avocate », « un homme »), else
    the determiner's (« le principal accusé », « une élève »); None for a noun feminine
    whoever it names."""
    if grammatical([noun.lower_]):
        return None
    by_noun = _noun_form(noun.text)
    by_det = article_gender(det.lower_)
    return by_noun or by_det


def _noun_form(noun: str) -> str | None:
    """The gender a person's noun shows by its own form: its role-noun pair (« présidente »),
    its agent ending (« enquêtrice »), the sex it names (« mari », « épouse »; the last part
    of a compound, « ex-mari »)."""
    low = noun.lower()
    last = low.rsplit("-", 1)[-1]
    sexes = noun_genders()
    for form in (low, last):
        if sexes.get(form) in ("f", "m"):
            return sexes[form]
    return noun_gender(low) or (ending_gender(low) if is_role_noun(low) else None)
