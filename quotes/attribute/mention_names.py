"""The name and the role inside a mention's words, besides its head noun.

A run of capitalised words that ends a description is the name the article gives
(``name_at_end``); a proper name a common noun introduces names an organisation
(``proper_after``); a body's name set after a comma names the speaker a noun before it
describes (``apposed_body``); the words beside a name give its role (``role_in_mention``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute import mentions
from quotes.attribute.cast import Registry, Role
from quotes.attribute.names import first_name_gender
from quotes.attribute.orgs import name_article
from quotes.attribute.role_edges import after_agent, last_conjunct
from quotes.attribute.role_extent import role_span
from quotes.attribute.titled import after_title
from quotes.lexicon import capitalised, fold, in_capitals, is_org_noun
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DEFINITE,
    FOREIGN_NAME_PARTICLES,
    LIST_JOINS,
    NAME_PARTICLES,
)
from quotes.lexicon.roles import is_role_noun


def proper_after(head: Token, span: Span) -> str | None:
    """The proper name a common noun introduces at the end of a mention: "l'agence Reuters",
    "les syndicats CGT et FO" (two names joined by « et », after a plural noun)."""
    if head.pos_ != "NOUN" or head.i + 1 >= span.end:
        return None
    rest = span.doc[head.i + 1 : span.end]
    if in_capitals(head.text) or (head.is_title and not head.is_sent_start):
        rest = span.doc[head.i : span.end]  # "CBO Box Office", "le Musée Granet": in the name
        if head.i > span.start and name_article(span.doc, head.i - 1):
            rest = span.doc[head.i - 1 : span.end]  # « La Voie Neuve »: its article is its own
    elif (kind := _kind_complement(rest)) is not None:  # "l'agence de presse Belpress"
        rest = rest[kind:]  # its kind, then its name
    elif (kind := _kind_adjectives(rest)) is not None and not _one_entity(head, rest[kind]):
        rest = rest[kind:]  # "le site croate Zagrebnet", not « la préfecture maritime Atlantique »
    elif (kind := _adjectives_then_kind(rest)) is not None:
        rest = rest[kind:]  # « le site local d'information | Vernac Herald »
    if fold(rest[0].text) in NAME_PARTICLES and not rest[0].is_title and not _foreign_particle(
            rest):
        return None  # "le ministère de la Santé": a complement, not a name in apposition
    joined = "Plur" in head.morph.get("Number", []) and len(rest) > 2
    one = _one_name(rest)  # "l'organisation Pilots for Safety": its small words are in it
    if (one or all(capitalised(t.text) or fold(t.text) in NAME_PARTICLES  # "NordChem" too
                   or (joined and t.lower_ == "et" and rest.start < t.i < rest.end - 1)
                   for t in rest)) and any(
        t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "MISC", "LOC") for t in rest
    ):
        return rest.text
    return None


def _kind_complement(rest: Span) -> int | None:
    """Where the name starts when the words after a common noun open with a bare complement
    that says its kind, its adjectives after it, and a capitalised name right after them (« de
    presse | Belpress », « de biscuits | Dorval », « de télévision qatarie | al Nour »), not a
    person's name nor a place it is of (« de Lyon », « de la Santé »); None for any other
    words."""
    if len(rest) < 3 or rest[0].lower_ not in DE or not (
            rest[1].is_lower and rest[1].pos_ == "NOUN"):
        return None
    k = 2
    while k < len(rest) - 1 and rest[k].is_lower and rest[k].pos_ == "ADJ" and (
            not _foreign_particle(rest[k:])):
        k += 1  # « de télévision qatarie », not « d'opposition |al Watan »
    named = capitalised(rest[k].text) or _foreign_particle(rest[k:])
    return k if named and rest[k].ent_type_ != "PER" else None


def _adjectives_then_kind(rest: Span) -> int | None:
    """Where the name starts when the common noun's adjectives in lower case come before the
    bare complement saying its kind (« local | d'information | The Vernac Herald », « régionale
    | de presse | Belpress »); None for any other words (« français | de la Santé »), and for a
    place after the kind, which says where the body acts, not its name (« l'observatoire
    régional de santé Bretagne » is all one name)."""
    k = 0
    while k < len(rest) - 1 and rest[k].is_lower and rest[k].pos_ == "ADJ":
        k += 1
    kind = _kind_complement(rest[k:])  # no adjective: already tried by ``proper_after``
    if kind is None or rest[k + kind].ent_type_ in ("LOC", "GPE"):
        return None
    return k + kind


def _kind_adjectives(rest: Span) -> int | None:
    """Where the name starts when the words after a common noun are its adjectives in lower
    case, then a capitalised name (« croate | Zagrebnet », « régional | Le Courrier du Lot »):
    the adjectives say the kind, not the name; None for any other words."""
    k = 0
    while k < len(rest) - 1 and rest[k].is_lower and rest[k].pos_ in ("ADJ", "PROPN") and (
            not _foreign_particle(rest[k:])):  # « la chaîne al Nour »: « al » is the name's
        k += 1
    return k if k and capitalised(rest[k].text) and rest[k].ent_type_ != "PER" else None


def _one_entity(head: Token, last: Token) -> bool:
    """Does one entity of the recogniser run from the noun to the token (« préfecture maritime
    Atlantique » one place's name): the noun and its adjectives are of the name then."""
    return head.ent_iob_ == "B" and all(
        t.ent_iob_ == "I" for t in head.doc[head.i + 1 : last.i + 1])


def _foreign_particle(rest: Span) -> bool:
    """Does the run open with a particle of a name in another language than French (« al »,
    « el », « van »: lexicon.grammar FOREIGN_NAME_PARTICLES, not the French « de », « la » …)
    before a capitalised word: « la chaîne al Nour »?"""
    return (len(rest) > 1 and fold(rest[0].text) in FOREIGN_NAME_PARTICLES
            and rest[0].is_lower and capitalised(rest[1].text))


def _one_name(rest: Span) -> bool:
    """Is this run one organisation's name the recogniser read whole, opening and closing
    capitalised (« Pilots for Safety »)?"""
    return (
        rest[0].ent_iob_ == "B" and rest[0].ent_type_ in ("ORG", "MISC")
        and all(t.ent_iob_ == "I" for t in rest[1:])
        and capitalised(rest[0].text) and capitalised(rest[-1].text)
    )


def apposed_body(span: Span) -> int | None:
    """Where a body's name apposed after a comma at the end of a mention starts (« un autre
    syndicat, |le SNALC| », « la centrale, |la CGT| »): the name, an organisation's entity,
    after a definite article at most, says who the noun before the comma describes. None when
    the words before the comma name a person, hold no noun or a list (« le syndicat, l'UNSA, et
    la fédération »), when their head is a role noun (« la porte-parole de la centrale, la CFDT
    »: the name is the centrale's, the speaker the porte-parole), or a noun no body's with a
    complement the name may be apposed to (« un cadre de l'entreprise, la SNCF »), or when the
    words after the comma are more than the name."""
    commas = [t.i for t in span if t.text == ","]
    if not commas or commas[-1] == span.start:
        return None
    rest = span.doc[commas[-1] + 1 : span.end]
    before = span.doc[span.start : commas[-1]]
    name = rest[1:] if len(rest) > 1 and rest[0].lower_ in DEFINITE else rest
    if not len(name) or any(t.ent_type_ == "PER" or t.text == "," or t.lower_ in LIST_JOINS
                            for t in before):
        return None
    link = next((t.i for t in before if t.lower_ in DE_CONTRACTED), before.end)
    heads = [t for t in span.doc[before.start : link] if t.pos_ == "NOUN"]
    complement = any(t.pos_ in ("NOUN", "PROPN") for t in span.doc[link : before.end])
    if not heads or is_role_noun(heads[-1].text) or (
            complement and not is_org_noun(heads[-1].text)):
        return None  # « le rival de toujours, le PSG »: no complement, the PSG
    one_body = all(t.ent_type_ == "ORG" for t in name) and all(
        t.ent_iob_ == "I" for t in name[1:]) and capitalised(name[0].text)
    # « L'ancien PDG du groupe, PAUL VERNIER »: a person's name in capitals the recogniser
    # tagged a body, its first word a first name
    person = first_name_gender(name[0].text.capitalize()) is not None
    return rest[0].idx if one_body and not person else None


def name_at_end(span: Span, registry: Registry) -> Span | None:
    """The run of capitalised words that ends a description, when it is a name the article
    gives elsewhere: "la présidente du parti Anne Le Goff" -> "Anne Le Goff"."""
    doc = span.doc
    j = span.end
    while j > span.start and (
        doc[j - 1].is_title
        or in_capitals(doc[j - 1].text)  # "…, PAUL MOREL"
        or fold(doc[j - 1].text) in NAME_PARTICLES
    ):
        j -= 1
    while j < span.end and fold(doc[j].text) in NAME_PARTICLES and not doc[j].is_title:
        j += 1
    # a name the article gives elsewhere, or one that starts with a known first name; the
    # capitalised words before it may close the role ("le ministre de l'Économie Paul Le Goff")
    for k in range(j, span.end - 1):
        run = doc[k : span.end]
        known = registry.person(run.text) is not None  # alone: "Le Gall" of "Yann Le Gall"
        if k > span.start and not any(is_role_noun(t.text) for t in span[: k - span.start]):
            continue
        if known or (k > span.start and (first_name_gender(run[0].text) or after_title(run))):
            return run
    return None


def role_in_mention(doc: Doc, start: int, end: int, name: Span | None) -> Role | None:
    if name is None:
        return None
    before = mentions.char_span(doc, start, name.start_char)
    after = mentions.char_span(doc, name.end_char, end)
    for part in (after, before):
        if part is None or not len(part):
            continue
        # the segment next to the name first: "le chef du Comité, l'amiral néerlandais Rob Bauer"
        commas = [t.i for t in part if t.text == ","]
        segments = [(part.start, part.end)]
        if commas and part is before:
            segments = [(commas[-1] + 1, part.end), (part.start, commas[-1])]
        elif commas and commas[0] > part.start:
            segments = [(part.start, commas[-1])]
        elif commas:  # ", président d'honneur, 87 ans,": the apposition ends at its comma
            segments = [(part.start, next((c for c in commas if c > part.start), part.end))]
        for lo, hi in segments:  # "du chauffeur cité par |le procureur X": the agent's role
            lo = after_agent(doc, lo, hi) if part is before else lo
            if part is before and hi == part.end:  # « le ministre et le |député X »: his own;
                if hi > lo and doc[hi - 1].lower_ in LIST_JOINS:
                    continue  # « le président de la région |et| X »: another's, none of X's
                lo = last_conjunct(doc, lo, hi)  # after a comma, all may be one person's
            verb = any(t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm", []) for t in doc[lo:hi])
            role = None if part is before and verb else role_span(doc, lo, hi)  # "X a reçu Y, qui"
            if role:
                return role
    return None
