"""Relative clauses around a cue: is the cue the verb of a relative ("X, qui assure …"),
which « qui » opens a subject's phrase, which words belong to a relative set off by commas
though the parse hangs them on the verb after it, whether a noun can be its antecedent by
number, and whether a clause says more of a noun's phrase."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import after_incise_comma
from quotes.detect.governing import SUBJECT_DEPS
from quotes.lexicon import (
    cached,
    is_org_noun,
    is_speech_noun,
    is_time_word,
    noun_genders,
    singular,
    words,
)
from quotes.lexicon.grammar import CLITIC_SUBJECTS, QUE, A
from quotes.lexicon.roles import is_role_noun


def in_relative(first: Token) -> bool:
    """Is the cue group that starts at ``first`` the verb of a relative clause ("X, qui
    assure …")?"""
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower_ == "qui" and "Rel" in before.morph.get(
        "PronType", []
    ):
        return True
    # "X, qui peu après la réunion a affirmé …": an adjunct between the pronoun and the verb,
    # the pronoun the verb's subject or hung by the parse on the adjunct's noun
    verb = first.head if first.dep_.startswith("aux") else first
    return any(
        c.dep_.startswith("nsubj") and c.i < first.i and opening_qui(c) is not None
        for c in verb.children
    )


def opening_qui(subject: Token) -> Token | None:
    """The « qui » a subject's phrase opens with, when the parse hung the relative pronoun on
    the subject ("qui peu après l'annonce a annoncé": « annonce » given as the subject)."""
    lead = subject.doc[min(w.i for w in subject.subtree)]
    return lead if lead.lower_ == "qui" else None


def past_set_off_relative(tok: Token) -> bool:
    """Does ``tok`` come after the verb of a relative clause set off by a comma, before the
    comma that closes it, while the parse hangs it on a verb past that comma (« X, qui
    préside depuis 2014 l'association, a averti »): a word of that clause, not of the verb's
    (« X, qui prévoit … si l'un des alliés estime » is the relative's own verb's)?"""
    doc = tok.doc
    if not any(t.text == "," for t in doc[tok.i + 1 : tok.head.i]):
        return False
    for k in range(tok.i - 1, 0, -1):
        if doc[k].text == ",":
            return False
        if doc[k].lower_ == "qui" and "Rel" in doc[k].morph.get("PronType", []):
            return doc[k - 1].text == "," and any(
                t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : tok.i])
    return False


def finite_numbers(verb: Token) -> set[str]:
    """The numbers of ``verb`` and the auxiliaries its tense is made with, of their finite forms
    (« ont été nommés »: {"Plur"})."""
    finite = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    return {n for t in finite if "Fin" in t.morph.get("VerbForm", [])
            for n in t.morph.get("Number", [])}


def relative_agrees(verb: Token, noun: Token) -> bool:
    """Can ``noun`` be the antecedent of the « qui » of the relative ``verb`` by number: not a
    plural noun with a singular verb (« à nos confrères de la radio, qui en a informé … »). A
    singular noun with a plural verb may be a collective (« une dizaine de riverains, qui
    ont … ») and agrees."""
    numbers = finite_numbers(verb)
    plural = "Plur" in noun.morph.get("Number", []) and not any(
        c.dep_ == "conj" for c in noun.children)
    return not (plural and numbers == {"Sing"})


def relative_antecedent(verb: Token, qui: Token) -> tuple[Token, int]:
    """Who the « qui » of the relative ``verb`` on a noun stands for, and where that phrase
    stops: the noun when they agree in number; else the subject of the clause the noun hangs
    on when it agrees (« confie le maire Paul Roux à nos confrères, qui en a informé … »: the
    mayor), inverted after a quote's incise too; else the pronoun, left open. A noun of the
    noun's phrase right before « qui » comes first when it agrees (« aux propos de Paul Roux qui
    estimait »: the parse hung the clause on « propos »)."""
    noun, doc = verb.head, verb.doc
    if (placed := _placed(noun)) is not None and relative_agrees(verb, placed[0]):
        return placed
    holder = role_holder(noun)
    if holder is not None and relative_agrees(verb, holder):
        return holder, qui.i
    near = _name_head(doc[qui.i - 1] if qui.i > 0 else noun)
    ours = near in noun.subtree and near.pos_ in ("NOUN", "PROPN")
    # « le coup d'éclat de Léa Roy qui a quitté la salle »: a thing's noun (no role, body, words
    # or noun of people) hung the clause the person named right before « qui » acts in
    thing = noun.pos_ == "NOUN" and noun.is_lower and not _may_speak(noun.lower_)
    if ours and thing and near.pos_ == "PROPN" and near.ent_type_ == "PER" and relative_agrees(
            verb, near):
        return near, qui.i
    # « le maire de la ville Olivier Roux, qui assure »: the name apposed to the role, right
    # before the comma, is who the role's phrase names; not when the role completes another
    # noun (« la fille de la chanteuse Sophie Lambert, qui »: the daughter's clause, maybe)
    apposed = _name_head(doc[qui.i - 2]) if qui.i > 1 and doc[qui.i - 1].text == "," else None
    if apposed is not None and apposed.ent_type_ == "PER" and apposed.dep_ == "appos" and (
            apposed.head == noun and relative_agrees(verb, apposed)) and not _role_of_another(
            noun, apposed):
        return apposed, qui.i - 1
    if relative_agrees(verb, noun):
        return noun, noun.i + 1
    if ours and relative_agrees(verb, near):
        return near, qui.i
    main = noun.head
    incise = after_incise_comma(doc, main.i)
    for subject in main.children:
        # after a quote, its subject follows the verb (the words said before it are none)
        if incise != (subject.i > main.i):
            continue
        if (
            (subject.dep_ in SUBJECT_DEPS or (incise and subject.dep_ == "obj"))
            and subject.pos_ in ("NOUN", "PROPN")
            and subject.i < noun.i
            and relative_agrees(verb, subject)
        ):
            return subject, min(subject.right_edge.i + 1, noun.left_edge.i)
    return qui, qui.i + 1


def _role_of_another(noun: Token, name: Token) -> bool:
    """Does the role a name is apposed to complete another person's noun, a kin's or a role's
    (« le fils de l'ancien ministre Pierre Garnier », « la fille de la chanteuse Sophie
    Lambert »): ``noun``, or the role's noun right before the name past its adjectives, an
    ``nmod`` of such a noun? The relative may be that person's: the name is no antecedent. A
    thing's noun (« le discours de la Française Justine Triet, qui ») leaves the name be."""
    k = name.i - 1
    while k > 0 and name.doc[k].pos_ == "ADJ":
        k -= 1
    before = name.doc[k]
    return any(t.dep_ == "nmod" and t.head.i < t.i and (
        t.head.lower_ in words("kin_nouns") or is_role_noun(t.head.lower_))
        for t in (noun, before) if t is noun or (t.pos_ == "NOUN" and is_role_noun(t.text)))


def _placed(noun: Token) -> tuple[Token, int] | None:
    """The phrase a place set off by a comma says where of, when the parse hung a relative on
    the place (« maire de Pointe-à-Pitre, en Guadeloupe, qui annonce »): a place the recogniser
    tags, behind a preposition of place (lexicon/place_prepositions.txt), speaks not; the name,
    role or body before its comma does (a place it completes aside: « maire de |Pointe-à-Pitre|
    »), its phrase stopping at the comma, and a role apposed to a name is that name's. None
    when no such word stands there (« les habitants du quartier, à Lyon, qui »: « habitants »
    is no role; the place is left to the rules after)."""
    doc = noun.doc
    if noun.pos_ != "PROPN" or noun.ent_type_ != "LOC" or not any(
            c.dep_ == "case" and c.lower_ in words("place_prepositions") for c in noun.children):
        return None
    comma = noun.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    before = _name_head(doc[comma - 1])
    while before.ent_type_ == "LOC" and before.dep_ == "nmod" and before.head.i < before.i:
        before = before.head  # « maire de Pointe-à-Pitre »: the mayor
    named = before.pos_ == "PROPN" and before.ent_type_ in ("PER", "ORG")
    if not (named or is_role_noun(before.text) or is_org_noun(before.text)):
        return None
    j = before.i
    while j > 0 and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX"):
        j -= 1
    if not named and doc[j].text == "," and j > 0 and doc[j - 1].ent_type_ == "PER":
        return _name_head(doc[j - 1]), j  # « Paul Roux, maire de Vernac, en Bretagne, qui »
    return before, comma


def role_holder(noun: Token) -> Token | None:
    """Who holds the role whose field ``noun`` names, when a clause of saying hangs on it: the
    name the role is apposed to, else the role's noun (« Paul Roux, délégué à la formation du
    syndicat qui juge … »: Paul Roux). A field, a domain or a matter (« la formation », « la
    pédagogie ») never speaks; a noun that may (a role, a body, words said, a noun of people:
    « l'avocate de la victime qui dit ») is no field and stops the climb. A field hangs on its
    role by « à » (« délégué à la formation »); a noun by « de » may be a person the lists miss
    (« le médecin du patient qui dit »), who is no field."""
    if noun.pos_ != "NOUN" or not noun.is_lower or _may_speak(noun.lower_) or not any(
            k.dep_ == "case" and k.lower_ in A for k in noun.children):
        return None
    cur = noun
    while cur.dep_ == "nmod" and cur.head.i < cur.i and cur.head.pos_ == "NOUN":
        cur = cur.head
        if is_role_noun(cur.text):
            named = cur.dep_ == "appos" and cur.head.pos_ == "PROPN" and cur.head.i < cur.i
            return cur.head if named else cur
        if _may_speak(cur.lower_):
            return None
    return None


def _may_speak(word: str) -> bool:
    """Do the word lists make the noun one who may speak: a role, a body, words said, a noun of
    people (``_people``)?"""
    return (is_role_noun(word) or is_org_noun(word) or is_speech_noun(word)
            or singular(word) in _people())


@cached
def _people() -> frozenset[str]:
    """Nouns of people (lexicon/noun_genders.tsv, kin_nouns.txt, state_nouns.txt, circle_nouns.txt,
    circle_members.txt, team_nouns.txt), folded as ``singular`` folds the word looked up
    (« mère », « fils »)."""
    lists = ("kin_nouns", "state_nouns", "circle_nouns", "circle_members", "team_nouns")
    return frozenset(singular(w) for w in (*noun_genders(), *(w for n in lists for w in words(n))))


def bare_antecedent(qui: Token) -> tuple[Token, int] | None:
    """Who a « qui » the parse hung on no noun stands for, and where that phrase stops: the
    name, role or body right before it, a time adjunct between them aside (« ajoute Veltrix
    qui … », « repris par Paul Roux ce même mardi 7 mai qui estime »); None for another word."""
    if qui.lower_ != "qui" or qui.i == 0 or "Rel" not in qui.morph.get("PronType", []):
        return None
    top = qui.doc[qui.i - 1]
    while top.head.i < top.i and top.dep_ in ("nmod", "nummod", "flat", "flat:name"):
        top = top.head  # "mardi 7 mai 2024": the day heads the date
    timed = top.dep_.startswith("obl") and any(is_time_word(t.text) for t in top.subtree)
    stop = top.left_edge.i if timed else qui.i
    near = _name_head(qui.doc[stop - 1])
    if near.pos_ == "PROPN" or is_role_noun(near.text) or is_org_noun(near.text):
        return near, stop
    return None


def _name_head(tok: Token) -> Token:
    """The word that heads the name ``tok`` ends ("Paul | Roux": « Paul »), or ``tok``."""
    while tok.dep_.startswith("flat") and tok.head.i < tok.i:
        tok = tok.head
    return tok


def clause_on(verb: Token, noun: Token) -> bool:
    """Is ``verb`` a clause on ``noun``'s phrase that says more of it: a relative one ("Un cadre,
    qui s'exprime …"), or a participle or an adjective with its complement set off by a comma
    ("Une patiente, rencontrée dans …", « De nombreux élus, issus de divers bords, … »)?"""
    if verb.dep_ == "acl:relcl":
        return True
    adjective = verb.dep_ == "amod" and any(
        c.dep_.startswith(("obl", "nmod")) and c.i > verb.i for c in verb.children)
    left = verb.left_edge  # the comma itself where the parse hangs it on the phrase
    return (verb.dep_ == "acl" or adjective) and verb.head == noun and "," in (
        left.text, verb.doc[left.i - 1].text if left.i else "")


def object_relative(first: Token) -> bool:
    """Is the cue group that starts at ``first`` the verb of "ce qu'il a qualifié de …"?
    Its words belong to the clause around it: it ends no reported content."""
    doc, i = first.doc, first.i
    return (
        i >= 3
        and doc[i - 1].lower_ in CLITIC_SUBJECTS
        and doc[i - 2].lower_ in QUE
        and doc[i - 3].lower_ == "ce"
    )
