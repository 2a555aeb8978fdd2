"""A person announced by a description before the article names them: « Le porte-parole du
ministère a répondu sur les réseaux. « … », a écrit Paul Roux. » The description is the role
of the one the article names next, when it gives them no role of its own.

It holds when the description (a definite role noun phrase, outside quotation marks) is in a
sentence before the one that first names the person, no other person is first named between
them (a name that shows nothing of a person, no first name, title, gender, role nor alias, as
« Notre-Dame » or the acronym « (Cada) » after its body, does not come between), no name
stands beside it (« le maire, Paul Morel »: his), no one already holds it nor a role of its
noun or of one its kind covers (lexicon/role_kinds.tsv: « le magistrat » after « le procureur
Paul Morel », however far back; only a person's role given before it, of its tense, body and
gender, and no noun whose kind its body says, as « président »: ``_held_before``), its
gender agrees, and the person is given no role (nor a post, nor an apposition of any kind:
« Paul Roux, un voisin, … » is someone new, and so is one set off after a common noun
completing another, no subject, « l'identité du copilote, Paul Roux, »: ``apposed_after``);
and when no one named shortly before the description's sentence, with no role or one of its
noun or kind, may be its antecedent (« X est arrivé. Le technicien … »), one the
description's own sentence names too aside (« X a été reçu par le maire »); and when the
sentence naming the person does not write the noun again for someone beside them in their
own act (« C'est X qui a remis la médaille au nageur »: ``noun_again``). Out: (person, role)
pairs for ``casting``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Doc

from quotes.attribute.fronted import sentence_opening
from quotes.attribute.names import Name
from quotes.attribute.noun_again import noun_after
from quotes.attribute.role_extent import Role, role_span
from quotes.attribute.role_words import (
    former,
    head_nouns,
    heads,
    kind_heads,
    officer_heads,
    word_forms,
    words_after,
    words_of,
)
from quotes.attribute.roles import article_gender, gender_of
from quotes.detect.governing import SUBJECT_DEPS
from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE_SINGULAR, TO_COME
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import token_starts
from quotes.settings import DEFAULT


class Holder(Protocol):
    parts: Name
    aliases: list[Name]
    roles: list[Role]
    held: list[Role]
    gender: str | None


H = TypeVar("H", bound=Holder)


def announced_roles(
    doc: Doc, mentions: Sequence[tuple[int, H]], outside: Callable[[int], bool],
    window: int = DEFAULT.role_window, reach: int = DEFAULT.description_lookahead_chars,
) -> list[tuple[H, Role]]:
    """(person, role) for each person first named after a description that announces them."""
    first: dict[int, tuple[int, H]] = {}
    for pos, person in mentions:
        first.setdefault(id(person), (pos, person))
    # « Le maire de X, commune où un centre (Cada) … « … », a écrit Paul Roux »: a name that
    # shows nothing of a person is no one the description may be meant for instead
    starts = sorted(pos for pos, p in first.values() if _personal(p))
    held = {r[1] for _, p in first.values() for r in p.roles}
    out = []
    for pos, person in first.values():
        if person.roles or person.held or introduced(doc, pos):
            continue
        sentence = _sentence_start(doc, pos)
        earlier = [s for s in starts if s < pos]
        # measured from the sentence naming them: « … », écrit Paul Roux, after a long quote
        lo = max(earlier[-1] if earlier else 0, sentence - reach)
        role = _last_description(doc, lo, sentence, outside, window)
        if role is None or role[1] in held:
            continue
        head = doc.char_span(role[1], role[2], alignment_mode="expand")
        det = doc[head.start - 1].lower_ if head is not None and head.start else ""
        gender = article_gender(det) or (gender_of(head[0]) if head is not None else None)
        if _held_before(role, gender, mentions):
            continue
        own = _sentence_start(doc, role[1])
        beside = {id(other) for at, other in mentions if own <= at < role[1]}
        if any(lo - reach <= at < own and id(other) not in beside and _may_be(role[0], other)
               for at, other in mentions):
            continue  # "Zinedine Zidane a parlé. Le technicien …": the one named before
        if any(id(other) != id(person) and _personal(other) and own < _sentence_start(doc, at)
               and at < sentence for at, other in mentions if role[2] <= at):
            continue  # "… voir le ministre partir. « … », a dit M. Roy. … Paul Morel": Roy's
        if person.gender and gender and gender != person.gender:
            continue
        if noun_after(doc, pos, role[0], gender=gender):
            continue  # « c'est Paul Roux qui a remis la médaille au nageur »: not the nageur
        out.append((person, role))
    return out


def _personal(person: Holder) -> bool:
    """Does the article show that a name is a person's: a first name, a title or an agreement
    (its gender), a role, a post or another name merged into it?"""
    return bool(person.roles or person.held or person.gender or person.aliases
                or person.parts.first)


def _may_be(description: str, person: Holder) -> bool:
    """May the description be an anaphor of the person: given no role, or one of its noun or
    of a noun its kind covers (lexicon/role_kinds.tsv)."""
    own = kind_heads(description)  # « l'officier » may be « le commandant »; None: anyone
    return not person.roles or own is None or any(own & heads(r[0]) for r in person.roles)


def _held_before(role: Role, gender: str | None, mentions: Sequence[tuple[int, H]]) -> bool:
    """Does someone the article shows to be a person, named before the description, hold a
    role given before it that the description names: of its noun or of a noun its kind covers
    (lexicon/role_kinds.tsv: « le magistrat » and the « procureur » named at the top),
    however far back? Only of its tense (« l'ancien maire », « l'ex-ministre », « le futur
    maire » hold no « le maire »), of no other body (« président du club » holds no « le
    président de la région », « procureur de Dijon » no « procureur de Valence ») and of its
    gender (a man holds no « la magistrate »). The description is theirs, not the next one
    named (a victim the article names later); never for a noun that covers any role (« le
    responsable »)."""
    own = kind_heads(role[0])
    if not own:
        return False
    # a noun the kind covers whose kind its body says (« président »: of a court, a magistrat;
    # of a council, not), read this far back without its body, holds nothing of the kind
    own -= officer_heads() - heads(role[0])
    return any(
        at < role[1] and _personal(other) and gender in (None, other.gender or gender)
        and any(r[1] < role[1] and own & heads(r[0]) and _same_post(role[0], r[0])
                for r in other.roles)
        for at, other in mentions)


def _same_post(description: str, role: str) -> bool:
    """Do a description and a role say the same post: both of it or both of before (« ancien »,
    « ex- », « futur »), and the words after their role noun alike when both say some
    (« président de la région » and « président du club de rugby » do not)?"""
    if _former(description) != _former(role):
        return False
    ours, theirs = _said_after(description), _said_after(role)
    return not ours or not theirs or bool(ours & theirs)


def _former(role: str) -> bool:
    """Does a word up to the role noun say the post is over or to come (« l'ancien maire »,
    « l'ex-ministre », « le futur maire »)?"""
    for w in words_of(role):
        if former(w) or fold(w) in TO_COME:
            return True
        if head_nouns(w):
            return False
    return False


def _said_after(role: str) -> set[str]:
    """The content words after a role's first role noun, each in its ``word_forms``
    (« président du club de rugby »: club, rugby)."""
    return word_forms(" ".join(words_after(role)))


def _sentence_start(doc: Doc, pos: int) -> int:
    """The offset where the sentence holding the character ``pos`` starts."""
    i = min(bisect_right(doc, pos, key=lambda t: t.idx + len(t.text)), len(doc) - 1)
    return doc[sentence_opening(doc, i)].idx


def _last_description(
    doc: Doc, lo: int, hi: int, outside: Callable[[int], bool], window: int
) -> Role | None:
    """The last definite singular role noun phrase between offsets ``lo`` and ``hi``, no
    name beside it, as a role."""
    found = None
    for tok in doc[max(1, bisect_left(token_starts(doc), lo)) :]:
        if tok.idx >= hi:
            break
        det = doc[_graded_from(doc, tok.i)]
        if not (is_role_noun(tok.text) and tok.pos_ == "NOUN" and det.lower_ in DEFINITE_SINGULAR
                and outside(tok.idx) and "Plur" not in tok.morph.get("Number", [])):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < window and doc[end].idx < hi and not (
            doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX") or doc[end].ent_type_ == "PER"
            or "\n" in doc[end].text_with_ws
        ):
            end += 1
        beside = end < len(doc) and (
            doc[end].ent_type_ == "PER"
            or (doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].ent_type_ == "PER")
        )
        role = None if beside else role_span(doc, det.i, end)
        found = role if role is not None else found
    return found


def _graded_from(doc: Doc, noun: int) -> int:
    """Where the determiner of the role noun at ``noun`` stands: right before it, or before an
    adverb and the adjective it grades (« le |très secret| PDG de Valtor »: how the holder is,
    which ``role_span`` leaves out as well)."""
    # the adjective the tagger may read as a noun after its adverb (« très |secret| »)
    if noun >= 3 and doc[noun - 1].pos_ in ("ADJ", "NOUN") and doc[noun - 1].is_lower and (
            doc[noun - 2].pos_ == "ADV") and not is_role_noun(doc[noun - 1].text):
        return noun - 3
    return noun - 1


def introduced(doc: Doc, pos: int) -> bool:
    """Is the name at ``pos`` followed by a comma and a noun phrase (« Paul Roux, un
    voisin, »), or a noun of where they live the tagger reads as a participle (« Paul Roux,
    habitant du quartier, », lexicon/place_relations.txt): the article says who they are,
    someone new."""
    i = _past_name(doc, pos)
    return (i + 1 < len(doc) and doc[i].text == "," and (
        doc[i + 1].pos_ in ("DET", "NOUN") or fold(doc[i + 1].text) in folded("place_relations"))
    ) or apposed_after(doc, pos)


def apposed_after(doc: Doc, pos: int) -> bool:
    """Is the name at ``pos`` set off by a comma as the apposition of a common noun before it,
    no role noun, that completes another noun, no subject (« l'identité du copilote allemand,
    Paul Roux, »): the article says who they are, someone new, whom no description before
    announces. Not a name apposed to the subject or the object itself (« Son épouse, Carla
    Bruni, », « sa nouvelle recrue, Samuel Diallo, ») nor to a noun completing the subject
    (« Le conseil de la société, Me Arnaud Petit, »): a description may still be theirs."""
    i = bisect_left(token_starts(doc), pos)
    if not 0 < i < len(doc) or doc[i - 1].text != ",":
        return False
    tok = doc[i]
    while tok.dep_ == "flat:name" and tok.head.i < tok.i:
        tok = tok.head
    head, end = tok.head, _past_name(doc, pos)
    # the name set off on both sides (« …, Paul Roux, et »), the noun with its article (« du
    # copilote »): not a sentence's subject after a fronted time or a phrase (« Ce mardi 31
    # décembre, Paul Roux a confirmé », « Regard sérieux, Paul Roux a parlé »)
    return (tok.dep_ == "appos" and head.i < i - 1 and head.pos_ == "NOUN" and head.is_lower
            and not is_role_noun(head.text) and end < len(doc) and doc[end].is_punct
            and any(c.dep_ in ("det", "case") and c.pos_ in ("DET", "ADP") and c.i < head.i
                    for c in head.children)
            and head.dep_ == "nmod" and head.head.dep_ not in SUBJECT_DEPS)


def lives_there(doc: Doc, pos: int) -> bool:
    """Is the name at ``pos`` followed by a comma and a bare noun of where one lives, no
    determiner before it (« Karim, habitant du quartier, », lexicon/place_relations.txt): set
    off as a resident, no holder of a role a description gives? Not « Martine Roux, une
    habitante de la rue, » nor « Paul Berger, un ingénieur, » (``introduced`` reads those)."""
    i = _past_name(doc, pos)
    return i + 1 < len(doc) and doc[i].text == "," and (
        fold(doc[i + 1].text) in folded("place_relations"))


def _past_name(doc: Doc, pos: int) -> int:
    """The token after the name that starts at offset ``pos``."""
    i = bisect_left(token_starts(doc), pos)
    while i < len(doc) and (doc[i].ent_type_ == "PER" or doc[i].pos_ == "PROPN"):
        i += 1  # a name the recogniser tags as a place all the same (« l'AFP Brahim, »)
    return i


def completes_noun(doc: Doc, at: int) -> bool:
    """Is the name at offset ``at`` right after « de », « d' », « du » or « des » (the word
    before it, whatever space or line break lies between): the complement of a noun."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].lower_ in DE_CONTRACTED
