"""Descriptions of people by what they are or whose they are, rather than by name.

"le retraité", "l'habitante": nouns that can describe a person (``of_a_person``); "les
dirigeants" after "les dirigeants de l'OTAN et du G7" (``named_before``); "l'entourage du
ministre", "la famille de la victime": someone's circle, who speaks for them, not as them
(``kin_owner`` finds where the someone starts; ``of`` links the two: "famille de Jean
Tissot", "enfants d'Alain Delon"; an entourage is an anonymous source: ``circles``).
Whom one relative is (« son mari », « la fille de X »): ``kin_ties``.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quotes.attribute.names import parse
from quotes.attribute.orgs import org_phrase
from quotes.attribute.titled_gender import of_gender
from quotes.detect.nominal import nominalised
from quotes.lexicon import (
    agent_lookalike,
    cached,
    fold,
    folded,
    in_capitals,
    is_org_noun,
    is_speech_noun,
    words,
)
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DETERMINERS,
    INDEFINITE,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    POSSESSIVES,
)
from quotes.lexicon.kin import relatives
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from quotes.attribute.cast import Person, Registry
    from quotes.attribute.resolved import Resolved



def of_a_person(head: Token) -> bool:
    """Can this singular common noun describe a person: a noun of people ("l'homme"), a
    relative ("le père"), or a noun with an agent or origin ending ("le retraité",
    "l'habitante"), or an adjective of a person the parse makes the head of its phrase (« le
    gaucher », « le libéral »: ``nominal.nominalised``), singular by its determiner whatever
    the tagger reads of the word (« l'insoumis »)? "Le communiqué", "le jury", "ce message"
    cannot, nor « un match international »."""
    if nominalised(head) and not any(
            "Plur" in c.morph.get("Number", []) for c in head.children if c.dep_ == "det"):
        return True  # « l'insoumis », which the tagger may read as a plural
    if "Plur" in head.morph.get("Number", []):
        return False
    if head.pos_ != "NOUN":
        return False
    return _of_people(head.lower_, head.lower_)


def person_word(word: str) -> bool:
    """Does this word, or the last part of a compound (« l'aide-soignante », « le
    marin-pêcheur »), name a person: a role noun, a noun of people, a relative, a noun with
    an agent or origin ending (« la coiffeuse »)? A body (« le club ») or a message does not."""
    low = word.lower()
    return any(is_role_noun(w) or _of_people(low, w) for w in {low, low.rsplit("-", 1)[-1]})


def _of_people(low: str, part: str) -> bool:
    """Is ``part`` of the word ``low`` a noun of people, ``low`` no body nor message? Not by
    its ending when its other gender is no word (« la matière », « la barrière »)."""
    if is_speech_noun(low) or is_org_noun(low):
        return False
    return part in _people_nouns() or (part.endswith(PERSON_ENDINGS) and not agent_lookalike(part))


@cached
def _people_nouns() -> frozenset[str]:
    """Relatives (lexicon/kin_nouns.txt), nouns of people (« l'homme », « la personne ») and
    of the one a distinction went to (lexicon/distinction_nouns.txt: « le lauréat », « la
    championne »; not distinction_titles.txt: « le prix » is the distinction itself), and of
    a state (lexicon/state_nouns.txt: « la victime », « le religieux »: no function, no role)."""
    return words("kin_nouns") | PERSON_NOUNS | words("distinction_nouns") | words("state_nouns")


def compound(tok: Token) -> str:
    """The word ``tok`` is part of when the tokenizer cut it at its hyphens: "aide-soignante"."""
    doc, i, j = tok.doc, tok.i, tok.i

    def joined(k: int) -> bool:  # tokens k, k+1, k+2 written as one word, "-" in the middle
        return doc[k + 1].text == "-" and not (doc[k].whitespace_ or doc[k + 1].whitespace_)

    while i >= 2 and joined(i - 2):
        i -= 2
    while j + 2 < len(doc) and joined(j):
        j += 2
    return doc[i : j + 1].text


_COMPLEMENTS = ("obl", "obj", "iobj")  # a verb's complements: not a subject nor a noun's


def complement(name: Span, lo: int) -> bool:
    """Is the name the complement of a noun before it, with « de » at token ``lo`` or after:
    « de » right before the name ("l'avocate de Julie K."), or before its title ("l'avocate
    de la boulangère Anne Petit", "ami de l'éleveur Paul Roux")? The one named is someone
    else's, not the speaker."""
    doc = name.doc
    i = name.start - 1
    titled = i
    while i >= lo and is_role_noun(doc[i].text):
        i -= 1
    if i == titled:  # no title: « de » must touch the name
        return i >= lo and doc[i].lower_ in DE_CONTRACTED
    while i >= lo and doc[i].lower_ in DETERMINERS:
        i -= 1
    return i >= lo and doc[i].lower_ in DE_CONTRACTED


def clause_apart(name: Span) -> bool:
    """Is the name a verb's complement and the noun phrase after its comma the subject of
    another verb (« pour succéder à Paul Roux, le capitaine du club a été sacré »): two
    phrases, the second no apposition of the name. The name may end a noun's complement
    inside the verb's (« après l'élimination du club face à Dortmund, l'attaquant est
    sorti »): the phrase it closes is the verb's."""
    after = next((t for t in name.doc[name.end :] if not (t.is_punct or t.pos_ == "DET")), None)
    root = top = name.root
    while top.dep_ == "nmod" and top.head.i < top.i:
        top = top.head
    return after is not None and top.dep_.startswith(_COMPLEMENTS) and (
        after.dep_.startswith("nsubj") and after.head != root and top.head != after)


def named_before(head: Token, reach: int) -> str | None:
    """The fuller phrase a bare plural noun stands for, nearest before it: "les dirigeants"
    after "une déclaration des dirigeants de l'OTAN et du G7". ``reach``:
    ``Settings.body_name_reach_words`` (``orgs.org_phrase``)."""
    for tok in reversed(head.doc[: head.i]):
        if tok.lower_ == head.lower_ and tok.pos_ == "NOUN":
            phrase = org_phrase(tok, reach)
            if len(phrase) > len(tok.text):
                return phrase
    return None


def introduced(head: Token) -> tuple[int, int] | None:
    """Where the one name is that the article gave right after the same noun before: "le site
    d'investigation" after "du site Mediapart", « la chaîne libanaise » after « la chaîne
    Al-Manar » (a hyphen within the name); None when it gave none, or two ("le site
    Mediapart … le site Libération")."""
    doc, found = head.doc, set()
    for tok in doc[: head.i]:
        if tok.lower_ != head.lower_ or tok.pos_ != "NOUN":
            continue
        end = tok.i + 1
        while end < head.i and (doc[end].is_title or in_capitals(doc[end].text) or (
                doc[end].text == "-" and end > tok.i + 1 and end + 1 < head.i
                and doc[end + 1].is_title)):  # « la chaîne Al-Manar »: one name
            end += 1
        run = doc[tok.i + 1 : end]
        if any(t.pos_ == "PROPN" or t.ent_type_ for t in run):
            found.add((doc[tok.i + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    names = {text_of(doc)[lo:hi] for lo, hi in found}
    return min(found) if len(names) == 1 else None


def kin_owner(span: Span, head: Token | None) -> int | None:
    """Where the someone starts in "l'entourage du ministre", "la famille de la victime", "la
    femme d'Éric Roux" (a kin noun or a relative's, then « de » and someone); None for any
    other mention, or when a name is apposed ("le fils de X, Marc, …": Marc)."""
    doc = span.doc
    kin = head is not None and fold(head.text) in folded("kin_nouns")
    if (
        head is None
        or (not kin and fold(head.text) not in relatives())
        or head.i + 2 >= span.end
        or doc[head.i + 1].lower_ not in DE_CONTRACTED
        or any(t.text == "," for t in span)
    ):
        return None
    after = doc[head.i + 2]
    if fold(head.text) in relatives() and doc[head.i + 1].lower_ in DE \
            and after.is_lower and after.pos_ != "DET":
        return None  # « la femme d'affaires », « le père de famille »: a compound, no one's kin
    return int(after.idx)  # "du ministre": the article is folded into "du"


_FAMILY = re.compile(r"^(?:de la famille|du clan|de la dynastie)\s+(?P<surname>[^,;.«»\n]+)$")


def family_member(
    span: Span, head: Token, registry: Registry, gender: str | None
) -> Person | None:
    """ "le patriarche de la famille Roux": the one person of the cast with that surname and
    the mention's ``gender``, the noun one of a family's members (lexicon/family_members.txt),
    else no one."""
    doc = span.doc
    if fold(head.text) not in folded("family_members") or head.i + 1 >= span.end:
        return None
    found = _FAMILY.match(doc[head.i + 1 : span.end].text.strip())
    surname = parse(found["surname"]) if found else None
    same = [
        p for p in registry.people
        if surname is not None and p.parts.surname_key == surname.surname_key
        and p.gender is not None and p.gender == gender
    ]
    return same[0] if len(same) == 1 else None


def of(name: str) -> str:
    """ "de Jean Tissot", "d’Alain Delon"."""
    return ("d’" if fold(name)[:1] in "aeiouyh" else "de ") + name


# "son mari, Jean Castel," "Jean Castel, le mari de Martine Castel," "sa fille Léa": one
# relative the article names; the relative's name follows or precedes the kin words
def holder(registry: Registry, span: Span, head: Token, gender: str | None) -> Person | None:
    """The one person the article names who holds the noun heading a definite description
    (« la pilote d'essai, désormais astronaute », « la seconde femme Première ministre de
    l'histoire »): one the cast gives a role the description's words hold, or one named in
    the sentence where the article gave that noun before (« Anne Roy, 40 ans et pilote
    d'hélicoptère »); no one when two fit or none is of the description's gender."""
    # a role the description's own words hold, not its « de … » complement's (« la voisine
    # de la maire » is not the maire)
    own = takewhile(lambda t: t.lower_ not in DE_CONTRACTED, span)
    said = f" {fold(' '.join(t.text for t in own))} "
    noun = fold(head.text)
    found = {p for p in registry.people
             if any(f" {fold(r)} " in said or fold(r).split()[:1] == [noun]
                    for r in p.role_texts())}
    for tok in takewhile(lambda t: t.i < span.start, span.doc):
        if tok.pos_ == "NOUN" and fold(tok.text) == noun and not _someone_else(tok):
            named = registry.people_between(tok.sent.start_char, tok.idx)
            last = max(((registry.ends.get(lo, lo), lo, p) for lo, p in registry.mentions
                        if p in named and lo < tok.idx), default=None, key=lambda e: e[0])
            # the noun set beside the name, no verb between (« Anne Roy, 40 ans et pilote »),
            # not one coordinated with it (« Marie Dupont et la voisine »)
            if last is not None and last[0] <= tok.idx and not (
                    tok.dep_ == "conj" and last[1] <= tok.head.idx < last[0]) and not any(
                    t.pos_ in ("VERB", "AUX") for t in span.doc.char_span(
                        last[0], tok.idx, alignment_mode="expand") or ()):
                found.add(last[2])
    fits = [p for p in found if of_gender(gender, p, noun)]
    return fits[0] if len(found) == 1 and fits else None


def held_by_one(r: Resolved) -> bool:
    """Is ``r`` a definite description tied to the one person who holds its noun (``holder``:
    a name, the words kept as ``described``) and saying the role she holds now
    (``held_roles.held_role``: « la pilote d'essai, désormais astronaute »)? Those words are hers
    whatever another holds of them; a description without a role of now is not taken on trust."""
    return (r.resolution == "description" and r.kind == "person" and r.name is not None
            and r.described is not None and bool(r.roles))


def _someone_else(noun: Token) -> bool:
    """Does the noun's determiner make it another person than one named beside it: a
    possessive or an indefinite (« Marie Dupont et sa voisine », « Paul Roy et un voisin »)?"""
    return any(c.dep_ == "det" and c.lower_ in POSSESSIVES | INDEFINITE | {"des"}
               for c in noun.children)
