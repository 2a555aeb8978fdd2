"""Whose unit « son équipe », « ses services » is (``units.unit_speaker``).

A possessive before a noun of a unit someone has (lexicon/unit_nouns.txt, « person » and
« body »: « son équipe de campagne », « selon ses services ») is the unit of the subject of the
closest sentence before whose subject names one person or one body, when that one can have such
a unit (a part of a firm, lexicon/firm_parts.txt, only a body) and agrees with the pronoun the
quote's sentence gives as its subject (« Elle … », a woman); never an object or a complement
(« Anne Roy a limogé son conseiller Paul Morel. Selon son cabinet, … »: Anne Roy's). Left to the
other rules (the unit as written) when no subject names one, two do (« Anne Roy et Paul Morel »,
one subject coordinating two), or the one cannot have it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.attribute.descriptions import of, person_word
from quotes.attribute.possessor import subjects_before
from quotes.detect.lost import impersonal_verb
from quotes.lexicon import cached, fold, folded, marked, singular
from quotes.lexicon.grammar import OF_ARTICLE, SUBJECT_GENDERS
from quotes.lexicon.roles import article_gender

if TYPE_CHECKING:
    from quotes.attribute.cast import Registry
    from quotes.attribute.resolved import Resolved

    Classify = Callable[[Doc, int, int, Registry], Resolved]

NOT_SUBJECT = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "conj", "cc"})  # not the subject

def owned_unit(span: Span, head: Token, words: str, registry: Registry,
               classify: Classify) -> str | None:
    """Whose unit « son équipe », « ses services » is, the unit written with its owner: the
    subject of the closest sentence before that names one person or one body (see the module);
    None when unsure."""
    unit = singular(head.text)
    can = {kind for kind in ("person", "body") if unit in had_by(kind)}
    if fold(words) in folded("firm_parts"):
        can &= {"body"}  # « son service de presse »: a firm's
    if not can:
        return None
    said = _said_gender(span)
    for subjects in subjects_before(span.doc, span.start_char, registry):
        named = [(t, who) for t in subjects if t.pos_ != "PRON"
                 and (who := _named(t, registry, classify)) is not None]
        if not named:
            continue  # « La réunion a été annulée. », « Il … »: the sentence before
        if len(named) > 1:
            return None  # « Paul Morel et Anne Roy … »: two
        subject, who = named[0]
        if _coordinated(subject):
            return None  # « La ministre Anne Roy et son homologue Claire Dumas … »: two
        if who.kind == "person" and who.number == "p":
            continue  # « Les deux candidats doivent débattre. »: no one's « son »
        if who.name is None:
            return None  # « Le ministre a … »: whose, unsaid
        if singular(subject.text) == unit:  # « Le cabinet de X a … », then « son cabinet »
            return who.name if who.kind == "organization" else None
        if who.kind == "person" and said is not None and _gender(who, registry) not in (None, said):
            continue  # « Paul Morel … « Elle se repose », a indiqué son équipe »: not his
        if ("person" if who.kind == "person" else "body") not in can:
            return None  # « La mairie a reçu Anne Roy. … son cabinet »: no mairie's
        owner = of(who.name) if who.kind == "person" else _of_body(subject, who.name)
        return f"{words} {owner}"
    return None


def _named(subject: Token, registry: Registry, classify: Classify) -> Resolved | None:
    """Who a subject before names, its appositions with it (« Son adversaire, Paul Morel, »),
    its relative clauses and the verbs joined to it aside: a person or a named body; None for
    anything else (« La réunion »)."""
    who = classify(subject.doc, *own_words(subject), registry)
    if who.kind == "person" or (who.kind == "organization" and who.name):
        return who
    return None


def own_words(subject: Token, cut: frozenset[str] = NOT_SUBJECT) -> tuple[int, int]:
    """The character range of a subject's own words: its children of a ``cut`` relation (its
    relative clauses, the verbs joined to it) and punctuation at its end aside."""
    away = {t.i for c in subject.children if c.dep_ in cut for t in c.subtree}
    kept = [t for t in subject.subtree if t.i not in away]
    while len(kept) > 1 and kept[-1].is_punct:
        kept.pop()
    return kept[0].idx, kept[-1].idx + len(kept[-1].text)


def _coordinated(subject: Token) -> bool:
    """Is a noun or a name joined to the subject by « et », « ou » (« Anne Roy et Paul
    Morel », « La ministre Anne Roy et son homologue Claire Dumas »): two owners?"""
    own = [subject, *(c for c in subject.children if c.dep_.startswith("flat"))]
    return any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
               for t in own for c in t.children)


def _gender(who: Resolved, registry: Registry) -> str | None:
    """« f », « m »: a person's gender, the cast's, else the mention's."""
    person = registry.person(who.name) if who.name else None
    return (person.gender if person is not None else None) or who.gender


def _said_gender(span: Span) -> str | None:
    """« f » or « m »: the gender of the subject of the quote's sentence, a pronoun (« Elle se
    repose », « Il va bien », « Il est très satisfait » however parsed, an impersonal « il »
    aside: « Il faut … ») or a person's noun by its article (« la candidate »), out of the
    mention."""
    for tok in span.sent:
        if tok.dep_ not in ("nsubj", "nsubj:pass", "expl:subj") or span.start <= tok.i < span.end:
            continue
        if tok.dep_ == "expl:subj" and (tok.lower_ != "il" or impersonal_verb(tok.head)):
            continue  # « Il faut du repos »: no one; « Il est très satisfait », parsed so, a man
        if tok.lower_ in SUBJECT_GENDERS:
            return SUBJECT_GENDERS[tok.lower_]
        if tok.pos_ == "NOUN" and person_word(tok.text) and "Sing" in tok.morph.get("Number", []):
            det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
            return article_gender(det)
    return None


def _of_body(subject: Token, name: str) -> str:
    """« du ministère de la Santé » for « Le ministère de la Santé », « de Vendimo »: a body's
    name after « de », its article as the subject gives it."""
    det = next((c for c in subject.children if c.dep_ == "det" and c.i < subject.i), None)
    if det is not None and det.lower_ in OF_ARTICLE and fold(name).startswith(fold(subject.text)):
        return OF_ARTICLE[det.lower_] + name
    return of(name)


@cached
def had_by(kind: str) -> frozenset[str]:
    """The unit nouns a person (« person »), a body (« body ») or an office-holder
    (« office ») has, as ``singular`` gives them: « son cabinet » is a person's, « ses
    services » a body's (and ``owned_groups`` an office-holder's)."""
    return frozenset(singular(w) for w in marked("unit_nouns", kind))
