"""What the determiner and the noun of a phrase naming a person say of that person's gender.

Two places read it. A name whose first name says no gender (« Dominique », « Zelko ») takes
the gender of a noun phrase set beside it by a comma, before it (« Le principal accusé,
Dominique Vidal, a reconnu ») or after it (« Dominique Vidal, le nouvel entraîneur du club »):
beside a name, a masculine says a man as « le juge Vidal » does. And a speaker the tool could
not sort as a person nor a body (kind ``unknown``) takes the gender its mention's feminine
form shows (« l'héroïne du jour », « la lauréate »), the masculine saying nothing of one the
article never names, as for an anonymous source (GUIDELINES).

Never from a noun feminine whoever it names (« la victime », « la star »: lexicon
noun_genders.tsv « any »), nor from a noun of both genders after a determiner of both
(« l'élève », « son élève »), nor from a word of no person (« Le lendemain, … », « la
société »).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.attribute.gender import ending_gender, grammatical
from quotes.attribute.noun_kinds import human_noun
from quotes.attribute.role_words import words_of
from quotes.lexicon import cached, is_org_noun, noun_genders, words
from quotes.lexicon.grammar import ELIDED_ARTICLE, POSSESSIVES
from quotes.lexicon.roles import article_gender, is_role_noun, noun_gender

# a noun phrase read from its determiner: the words before the noun it heads
_BEFORE_NOUN = ("ADJ", "ADV")
# what the parse makes of a time or a place opening a sentence (« Le soir venu, X »)
_ADVERBIAL = ("obl", "obl:mod", "obl:arg", "advmod", "nmod")


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
        opens = k == 0 or doc[k - 1].text in ".!?\n" or doc[k].is_sent_start
        # the parse reads a time or a place opening the sentence as an adverbial
        if opens and head is not None and head.dep_ not in _ADVERBIAL:
            return phrase_gender(doc[k], head)
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and (
            doc[ent.end + 1].lower_ not in POSSESSIVES):  # « X, sa fille à ses côtés »: hers
        head = _noun_after(doc[ent.end + 1], len(doc))
        return phrase_gender(doc[ent.end + 1], head) if head is not None else None
    return None


def _noun_after(det: Token, stop: int) -> Token | None:
    """The noun of a person a determiner opens, past its adjectives (« le principal
    accusé »), before ``stop``; None when ``det`` is no determiner, or the noun names no
    person (« le lendemain », « le syndicat ») or is another one's title (« la réalisatrice
    Lise Marchal »)."""
    doc = det.doc
    if det.pos_ != "DET":
        return None
    k = det.i + 1
    while k < stop and doc[k].pos_ in _BEFORE_NOUN:
        k += 1
    if k >= stop:
        return None
    noun = doc[k]
    # after a determiner a participle is a noun, whatever the tagger reads (« la principale
    # accusée »: VERB)
    if noun.pos_ not in ("NOUN", "VERB") or not noun.is_lower or noun.lower_ in words("time_words"):
        return None
    if k + 1 < len(doc) and doc[k + 1].ent_type_ == "PER":
        return None
    return noun if human_noun(noun) and not is_org_noun(noun.text) else None


def phrase_gender(det: Token, noun: Token) -> str | None:
    """The gender the determiner ``det`` and the person's noun ``noun`` show together: the
    noun's own form or the sex it names (« son ex-épouse », « l'avocate », « un homme »), else
    the determiner's (« le principal accusé », « une élève »); None for a noun feminine
    whoever it names and for a form and a determiner that disagree."""
    if grammatical([noun.lower_]):
        return None
    by_noun = _noun_form(noun.text)
    by_det = None if det.lower_ in ELIDED_ARTICLE else article_gender(det.lower_)
    if by_noun and by_det and by_noun != by_det:
        return None
    return by_noun or by_det


def _noun_form(noun: str) -> str | None:
    """The gender a person's noun shows by its own form: its role-noun pair (« présidente »),
    its agent ending (« enquêtrice »), the sex it names (« mari », « épouse »; the last part
    of a compound, « ex-mari »)."""
    low = noun.lower()
    last = low.rsplit("-", 1)[-1]
    sexes = noun_genders()
    if sexes.get(low) in ("f", "m") or sexes.get(last) in ("f", "m"):
        return sexes.get(low) if sexes.get(low) in ("f", "m") else sexes[last]
    return noun_gender(low) or (ending_gender(low) if is_role_noun(low) else None)


def feminine_mention(mention: str) -> bool:
    """Does a mention show a woman by its feminine form, before its complement: « la
    lauréate », « l'héroïne du jour », « son avocate », « une élève »? Only a noun of a
    person the lexicon knows (a role, a relative of one sex, a distinction, lexicon
    noun_genders.tsv « person »); not a circle (« sa famille »), a noun feminine whoever it
    names (« la star »), one of both genders after « l' » (« l'élève »), a body's (« la
    société ») nor a word of no one (« cette dernière »)."""
    words = words_of(mention.lower())
    if len(words) < 2 or grammatical(words):
        return False
    by_det = article_gender(words[0])
    for w in words[1:]:
        if w in _DE or is_org_noun(w):
            return False
        if is_role_noun(w) or w in noun_genders() or w in _person_nouns():
            return (_noun_form(w) or by_det) == "f"
    return False


_DE = frozenset({"de", "du", "des", "d", "à", "au", "aux"})


@cached
def _person_nouns() -> frozenset[str]:
    """The ones a distinction went to (lexicon/distinction_nouns.txt: « la lauréate », « la
    championne »); a relative of one sex is in noun_genders.tsv, the other kin nouns are
    circles (« sa famille »: a group)."""
    return words("distinction_nouns")
