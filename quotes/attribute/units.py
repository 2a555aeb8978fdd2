"""A body's unit speaking: the head of the noun phrase, not its complement.

« la section CFDT de Vendimo », « le syndicat Sud de l'usine Vendimo de Montbrun », « l'équipe de
Paul Morel » are organisations of their own, neither the body nor the person their complement
names (fixtures/gold/GUIDELINES.md, « Kind » and « Speaker »: an organisation speaking as such,
by its name without the article). A noun of a unit (lexicon/unit_nouns.txt) with a complement
« de … », or of a body (lexicon/org_nouns.txt) with its own name and a complement naming a
place or an establishment, is written as the text gives it, the article left out, a
coordination inside the complement kept (« des usines Vendimo de Montbrun et de Valbrune »); a
person's name in the complement, a title or a role noun before it left out, is that person's
full name, as « Someone's circle » writes an entourage (« le cabinet de la ministre Anne Roy »:
`cabinet d’Anne Roy`), a description kept as written (« le cabinet du ministre de
l'Intérieur »). A body with its own name after a domain (« le cabinet d'études Xerfi ») or
before its owner's name (« le parti Renaissance d'Emmanuel Macron ») is that name: `Xerfi`,
`Renaissance`.
A possessive before a noun of a unit someone has (lexicon/unit_nouns.txt, « person » and
« body »: « son équipe de campagne », « selon ses services ») is the unit of the subject of the
closest sentence before whose subject names one person or one body, when that one can have such
a unit (a part of a firm, lexicon/firm_parts.txt, only a body) and agrees with the pronoun the
quote's sentence gives as its subject (« Elle … », a woman); never an object or a complement
(« Anne Roy a limogé son conseiller Paul Morel. Selon son cabinet, … »: Anne Roy's). Left to the
other rules (the unit as written) when no subject names one, two do (« Anne Roy et Paul Morel »,
one subject coordinating two), or the one cannot have it.
« le ministère de la Culture » is the body's phrase, and a bare noun (« le gouvernement
kirghize », « le syndicat CGT ») and a role noun (« le porte-parole de la CGT »: a person) are
left to the other rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.attribute.descriptions import of, person_word
from quotes.attribute.name_spans import name_spans
from quotes.attribute.possessor import subjects_before
from quotes.detect.context import char_range
from quotes.detect.lost import impersonal_verb
from quotes.lexicon import (
    cached,
    capitalised,
    fold,
    folded,
    is_org_noun,
    listed,
    marked,
    singular,
    titles,
)
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DEFINITE,
    OF_ARTICLE,
    OWNER_POSSESSIVES,
    SUBJECT_GENDERS,
)
from quotes.lexicon.roles import article_gender, is_role_noun
from quotes.nlp.doc import glued_hyphen, text_of

if TYPE_CHECKING:
    from quotes.attribute.cast import Registry
    from quotes.attribute.resolved import Resolved

    Classify = Callable[[Doc, int, int, Registry], Resolved]

_OPEN, _CLOSE = "(", ")"
_OF = DE_CONTRACTED - {"des"}  # before one owner: « de », « d' », « du »
_CUT = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "conj", "cc"})  # not the subject


def is_unit_noun(word: str) -> bool:
    """Is the noun a body's or a unit's (« syndicat », « section », « équipe »)?"""
    return is_org_noun(word) or listed(word, "unit_nouns")


def unit_speaker(span: Span, registry: Registry, classify: Classify) -> tuple[str, str] | None:
    """The unit a mention names and its number (« s », « p »): « section CFDT de Vendimo »,
    « équipe de Paul Morel » for « l'équipe de M. Morel », « Xerfi » for « le cabinet d'études
    Xerfi », « équipe de campagne de Paul Morel » for « son équipe de campagne » after « Paul
    Morel a été blessé. »; None for any other mention. ``classify`` reads who a subject before
    names (``speakers.classify``)."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in DEFINITE and span[0].is_lower and (
            doc[span.start - 1].idx + len(doc[span.start - 1].text) == span.start_char):
        span = doc[span.start - 1 : span.end]  # « L'état-major des armées », its « L' » left out
    first = span[0].lower_
    found = _head(span)
    if found is None:
        return None
    head, after = found
    end = _phrase_end(span, after)
    number = "p" if "Plur" in head.morph.get("Number", []) else "s"
    text = text_of(doc)
    words = text[slice(*char_range(doc, (head.i, end)))]
    if first in OWNER_POSSESSIVES:
        unit = _possessor(span, head, words, registry, classify)
        return (unit, number) if unit is not None else None
    if first not in DEFINITE:
        return None
    if (name := _own_name(doc, after, end, registry)) is not None:
        return name, number  # « le cabinet d'études Xerfi », « le groupe Alcyon de Paul Morel »
    if not _completed(doc[after:end]) or fold(words) in folded("firm_parts"):
        return None  # « le service de presse »: the company's (``firm_parts``)
    if not listed(doc[head.i : after].text, "unit_nouns") and not _own_name_first(doc, after, end):
        return None  # « le ministère de la Culture »: the body's phrase (``orgs.org_phrase``)
    return _owners_named(doc[head.i : end], registry), number


def _head(span: Span) -> tuple[Token, int] | None:
    """The noun after the determiner (and adjectives before it) when it is a lower-case noun
    of a body or a unit, and the token after it (after « état-major », cut in three by the
    tokenizer); else None."""
    k = 1
    while k < len(span) and span[k].pos_ == "ADJ" and span[k].is_lower:
        k += 1
    if k >= len(span) or not span[k].is_lower or span[k].pos_ not in ("NOUN", "PROPN"):
        return None
    head, doc = span[k], span.doc
    if k + 2 < len(span) and glued_hyphen(doc, head.i + 1):
        compound = doc[head.i : head.i + 3]
        return (head, compound.end) if is_unit_noun(compound.text) else None
    return (head, head.i + 1) if is_unit_noun(head.text) else None


def _phrase_end(span: Span, after: int) -> int:
    """Where the noun phrase the head opens ends, in the document's tokens: at a comma, a verb,
    a pronoun or a conjunction of clauses (« le syndicat de l'usine, qui … », « la section de
    Vendimo et la direction »), brackets and a hyphen inside a word kept (« la section Force
    ouvrière (FO) de Vendimo », « de Seine-Maritime »), and a coordination inside the
    complement (« de Montbrun et de Valbrune », « Morel et Roy »)."""
    doc, depth = span.doc, 0
    for j in range(after, span.end):
        tok = doc[j]
        depth += (tok.text == _OPEN) - (tok.text == _CLOSE)
        if depth == 0 and tok.text != _CLOSE and not glued_hyphen(doc, j) and (
                tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ")) and not (
                _complements_joined(span, j)):
            return j
    return span.end


def _complements_joined(span: Span, j: int) -> bool:
    """Does « et » at token ``j`` join two complements of the noun (« de Montbrun et de
    Valbrune », « de Paul Morel et d'Anne Roy ») or two names (« Morel et Roy »)?"""
    doc = span.doc
    if doc[j].lower_ != "et" or j == span.start or j + 1 >= span.end:
        return False
    after = doc[j + 1]
    return after.lower_ in DE_CONTRACTED or (
        capitalised(doc[j - 1].text) and capitalised(after.text) and after.pos_ != "DET")


def _own_name(doc: Doc, after: int, end: int, registry: Registry) -> str | None:
    """A body's own name, when the words after its noun are a domain and that name (« le
    cabinet d'études Xerfi », « le cabinet d'avocats Morel et Roy ») or that name and its owner,
    a person by a full name (« le parti Renaissance d'Emmanuel Macron »); else None."""
    k, domain = after, False
    if k + 1 < end and doc[k].lower_ in DE and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
        k, domain = k + 1, True  # « d'études », « de conseil »: no article (« du docteur »)
        while k < end and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
    n = k
    while n < end and (
            (capitalised(doc[n].text) and doc[n].pos_ != "DET")
            or (n > k and n + 1 < end and doc[n].lower_ == "et" and capitalised(doc[n + 1].text))):
        n += 1
    if n == k:
        return None
    name = text_of(doc)[slice(*char_range(doc, (k, n)))]
    if _person_owner(doc, k - 1, n, registry):
        return None  # « le cabinet d'avocat Paul Morel »: a person's, not a body's name
    if n == end:
        return name if domain else None
    return name if doc[n].lower_ in _OF and _person_owner(doc, n, end, registry) else None


def _person_owner(doc: Doc, de: int, end: int, registry: Registry) -> bool:
    """Are the words after « de » at token ``de`` up to ``end`` a person's name the cast knows
    with a first name, a title aside (« d'Emmanuel Macron », « de M. Morel »), no company's
    one-word name (« de Vendimo »)?"""
    for name in name_spans(doc):
        if name.label_ != "PER" or name.end != end or name.start <= de:
            continue
        if any(t.text not in titles() for t in doc[de + 1 : name.start]):
            return False
        person = registry.person(name.text, at=name.start_char)
        return person is not None and person.parts.first is not None
    return False


def _own_name_first(doc: Doc, after: int, end: int) -> bool:
    """Does a body's noun have its own name (an acronym, capitalised words, no article of a
    title: « Le Courrier du Lot » is one name) before a complement « de … » that names an
    owner or a place, adjectives aside: « le syndicat CGT de l'usine Vendimo », « la fédération
    CGT de Haute-Savoie »?"""
    j = after
    while j < end and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    if j >= end or not capitalised(doc[j].text) or doc[j].pos_ == "DET":
        return False
    de = next((t.i for t in doc[j:end] if t.lower_ in DE_CONTRACTED), None)
    # a named owner or place after it (« de Vendimo »), not a domain (« la fédération FNB de
    # la boulangerie » is the FNB)
    return de is not None and any(capitalised(t.text) for t in doc[de + 1 : end])


def _completed(rest: Span) -> bool:
    """Do the words after the head hold a complement « de … » with something after it?"""
    return any(t.lower_ in DE_CONTRACTED and t.i + 1 < rest.end for t in rest)


def _owners_named(phrase: Span, registry: Registry) -> str:
    """``phrase`` as written, each person's name after a « de » of it (a title or an article
    and a role noun between them aside) given in full: « équipe de M. Morel » -> « équipe de
    Paul Morel », « cabinet de la ministre Anne Roy » -> « cabinet d’Anne Roy »; « cabinet du
    ministre de l'Intérieur » as written."""
    doc = phrase.doc
    text = text_of(doc)
    lo, hi = phrase.start_char, phrase.end_char
    out, at = [], lo
    for name in name_spans(doc):
        if name.label_ != "PER" or not (phrase.start < name.start and name.end <= phrase.end):
            continue
        i = name.start - 1
        while i > phrase.start and (doc[i].text in titles() or (
                is_role_noun(doc[i].text) and doc[i].is_lower) or (
                fold(doc[i].text) in folded("office_adjectives") and i + 1 < name.start
                and is_role_noun(doc[i + 1].text))):
            i -= 1  # « du Premier ministre Gabriel Attal »: an office's adjective, capitalised
        if i > phrase.start and doc[i].lower_ in DEFINITE and doc[i - 1].lower_ in DE_CONTRACTED:
            i -= 1  # « de la ministre »
        person = registry.person(name.text, at=name.start_char)
        if i <= phrase.start or doc[i].lower_ not in _OF or person is None or doc[i].idx < at:
            continue
        out += [text[at : doc[i].idx], of(person.name)]
        at = name.end_char
    return "".join([*out, text[at:hi]])


def _possessor(span: Span, head: Token, words: str, registry: Registry,
               classify: Classify) -> str | None:
    """Whose unit « son équipe », « ses services » is, the unit written with its owner: the
    subject of the closest sentence before that names one person or one body (see the module);
    None when unsure."""
    unit = singular(head.text)
    can = {kind for kind in ("person", "body") if unit in _had_by(kind)}
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
    cut = {t.i for c in subject.children if c.dep_ in _CUT for t in c.subtree}
    kept = [t for t in subject.subtree if t.i not in cut]
    while len(kept) > 1 and kept[-1].is_punct:
        kept.pop()
    lo, hi = kept[0], kept[-1]
    who = classify(subject.doc, lo.idx, hi.idx + len(hi.text), registry)
    if who.kind == "person" or (who.kind == "organization" and who.name):
        return who
    return None


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
def _had_by(kind: str) -> frozenset[str]:
    """The unit nouns a person (« person ») or a body (« body ») has, as ``singular`` gives
    them: « son cabinet » is a person's, « ses services » a body's."""
    return frozenset(singular(w) for w in marked("unit_nouns", kind))
