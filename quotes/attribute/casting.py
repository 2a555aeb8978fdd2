"""Casting one article: which person each name the recogniser finds is a mention of.

The words of each name that name a person come from ``name_spans``. Full names come first,
each one person, so a father and a daughter who share a surname stay two ("Jean-Marie Le
Pen", "Marine Le Pen"); then a bare, titled or initialled surname ("Le Pen", "Mme Le Pen"),
or a first name alone, is tied to one of them by the gender its title or an agreement shows,
else the one named in full most often (of two named as often, neither: unresolved beats wrong); a
titled surname ("M. Martin") is never someone's first name, nor is a given name after a sovereign's
title ("le roi Philippe"). A name the recogniser tags as a place or a thing may be a person's
(``mislabelled``). A capitalised role noun before a name ("le Cardinal Parolin", "Président
Tebboune") is a role, not part of the name. A first name joined by « et » to a
full name bears its surname ("Patrick et Isabelle Balkany"). A full name inside quotation
marks is no one's mention, but gives its form to a surname no one else bears. A first name
alone that the recogniser missed or took for a place is a person's where the text sets it
apart as one (``given``: « Un voisin, Gérard, », « Imène, 12 ans, »), and one word it tags as
a name but the tagger as a verb is a name inside a sentence (``name_shape.verb_read``). Two names
apposed ("Léon XIV, l'Américain Robert Prévost, a …") are one person. Each person keeps the
fullest form of their name, the roles beside their names (``roles``) and a gender
(``gender``, else the first name's). A full name that is the first words of another ("Ana Ruiz",
"Ana Ruiz Vidal") is the same person, named by the longer form, unless one of them is a
relative's (« son fils … »); one first name and a surname with two letters swapped or one doubled
(« Astorg », « Astrog ») is one person unless the text keeps the two apart (``cast_merges``).
Names inside quotation marks are speech and left out.
Out: ``Casting``, the drafts ``cast.Registry`` freezes; nothing reads a draft after that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from quotes.attribute.accounts import account_name
from quotes.attribute.announced import announced_roles
from quotes.attribute.cast_merges import merge, respelled_people
from quotes.attribute.fronted import fronted_role, pronoun_roles
from quotes.attribute.gender import (
    role_title_gender,
    text_agreement,
    title_gender,
)
from quotes.attribute.given import given_names
from quotes.attribute.mislabelled import mislabelled
from quotes.attribute.name_shape import common_opener, greeting_opener, heading_name, verb_read
from quotes.attribute.name_spans import name_spans, no_ones_name, outlet_named
from quotes.attribute.names import (
    Name,
    first_name_gender,
    fuller,
    inner_word,
    inverted_verb,
    is_titled,
    leading,
    named_by,
    parse,
    same_person,
    shared_surname,
    sovereign,
    written_most,
)
from quotes.attribute.noun_agreement import apposed_noun_gender
from quotes.attribute.noun_kinds import town_of
from quotes.attribute.other_names import alias_names, aliased, apposed, chosen, renamed
from quotes.attribute.part_names import part_named
from quotes.attribute.predicates import held_role, predicated_role
from quotes.attribute.role_gender import head_gender, role_gender
from quotes.attribute.roles import roles_near
from quotes.attribute.titled import titled_names
from quotes.attribute.written_again import written_again
from quotes.lexicon import capitalised, fold, folded, titles
from quotes.nlp.doc import text_of
from quotes.settings import Settings

Role = tuple[str, int, int]  # text, start, end in the article


@dataclass(eq=False)  # one person is one object: compared and hashed by identity
class Draft:
    """One person while the cast is being built."""

    name: str
    parts: Name
    roles: list[Role] = field(default_factory=list)
    # "X quitte son poste de maire": the post named in passing, their role when no other is given
    held: list[Role] = field(default_factory=list)
    gender: str | None = None  # "f" | "m"
    # each mention's say (a title, a role, an agreement), weighed when they disagree
    votes: list[str] = field(default_factory=list)
    # what a noun phrase beside the name says (« Le principal accusé, X »): when nothing else does
    beside: set[str] = field(default_factory=set)
    first_seen: int = 0
    mentions: int = 0
    aliases: list[Name] = field(default_factory=list)  # other names merged into this one
    kin: bool = False  # first named right after a kin noun: « son fils Paul Roy »

    @property
    def shown(self) -> set[str]:  # what titles and agreements say of it, each once: f, m
        return set(self.votes)

    def role_texts(self) -> list[str]:
        return [r[0] for r in self.roles]


@dataclass
class Casting:
    """Who an article names: the people, and each name's place and person in text order."""

    people: list[Draft] = field(default_factory=list)
    mentions: list[tuple[int, Draft]] = field(default_factory=list)  # (offset, person)
    at: dict[int, Draft] = field(default_factory=dict)  # a name's start offset -> its person
    ends: dict[int, int] = field(default_factory=dict)  # a name's start offset -> its end


def cast_people(doc: Doc, outside: Callable[[int], bool], settings: Settings) -> Casting:
    """The people an article names outside quotation marks (``outside`` says where)."""
    cast = Casting()
    # « dans la commune de Crépieux … les faits commis à Crépieux »: a name the article gives
    # as a town's is a place wherever it stands
    towns = {fold(e.text) for e in name_spans(doc) if town_of(e)}
    names = [
        (ent, name)
        for ent in name_spans(doc)
        if ent.label_ == "PER" and outside(ent.start_char)
        and not no_ones_name(ent)  # "au Panthéon"
        and fold(ent.text) not in towns
        and not (len(ent) == 1 and verb_read(ent[0]))  # "Regardant les fidèles": no name
        and not inverted_verb(ent[-1])  # "Insiste-t-il"
        and not account_name(doc, ent.start_char, ent.end_char)  # « — Radio Nord (@rn) »
        and (name := parse(ent.text)) is not None
    ]
    # "Interpellé, il …", "Wij gaan …": one word opening a sentence that no full name
    # holds is a common word, or a word of another language
    held = {fold(w) for _, n in names if n.first for w in n.text.split()}
    names = [(e, n) for e, n in names
             if not (len(e) == 1 and fold(e.text) not in held
                     and (common_opener(e[0]) or greeting_opener(e[0])))
             and not heading_name(e, settings.heading_max_words)]  # « Riposte » over a text
    text = text_of(doc)
    taken = {t.i for e, _ in names for t in e}
    titled = [(e, n) for e, n in titled_names(doc, outside) if not taken & {t.i for t in e}]
    taken |= {t.i for e, _ in titled for t in e}
    # "Recep Tayyip Erdogan" tagged MISC, "Erdogan" LOC: names of people all the same
    misread = [(e, n) for e, n in mislabelled(doc, names + titled, outside)
               if not taken & {t.i for t in e}]
    taken |= {t.i for e, _ in misread for t in e}
    # "Un voisin, Gérard, …", "Imène, 12 ans, …": a first name alone the recogniser missed
    lone = [(e, n) for e, n in given_names(doc, outside) if not taken & {t.i for t in e}]
    names = sorted(names + titled + misread + lone
                   + alias_names(doc, [e for e, _ in names], outside), key=lambda n: n[0].start)
    names = [(e, n) for e, n in names if not outlet_named(e)]  # « France Bleu Vallonie »
    names = sorted(names + written_again(doc, names, outside), key=lambda n: n[0].start)
    for i in range(len(names) - 1):
        (ent_a, name_a), (ent_b, name_b) = names[i], names[i + 1]
        shared = shared_surname(name_a, text[ent_a.end_char : ent_b.start_char], name_b)
        if shared is not None:  # "Patrick et Isabelle Balkany": two people, one surname
            names[i] = (ent_a, shared)
    # full names inside quotation marks are no one's mention, but a fuller form of a name
    # the article gives outside them: "« Je soutiens Sarah Lenz », … Mme Lenz a répondu"
    spoken = [
        said for ent in name_spans(doc)
        if ent.label_ == "PER" and not outside(ent.start_char)
        and (said := parse(ent.text)) is not None and said.first and not said.initialled
    ]
    full = [(e, n) for e, n in names if n.first and not n.initialled]
    for ent, name in full:  # full names first: each is one person
        _mention(cast, ent, _full(cast, name, ent, settings.role_window), settings)
    for other, into in respelled_people(doc, cast):  # « Astorg », « Astrog »: unless kept apart
        merge(cast, other, into=into)
    for person in cast.people:  # of one name spelled two ways, the form written most often
        forms = [n for e, n in full if cast.at[e.start_char] is person] or [person.parts]
        person.parts = written_most(forms)
        person.name = person.parts.text
    for ent, name in names:  # then bare, titled or initialled surnames
        if not (name.first and not name.initialled):
            _mention(cast, ent, _partial(cast, ent, name, spoken), settings)
    cast.mentions.sort(key=lambda m: m[0])
    for i in range(len(cast.mentions) - 1):  # read again: a merge rewrites the list
        (a, one), (b, other) = cast.mentions[i], cast.mentions[i + 1]
        if one is not other and (apposed(doc, (a, cast.ends[a]), (b, cast.ends[b]))
                                 or aliased(doc, (a, cast.ends[a]), (b, cast.ends[b]))):
            merge(cast, other, into=one)  # "Léon XIV, l'Américain Robert Prévost,"
        elif one is not other and renamed(doc, (a, cast.ends[a]), (b, cast.ends[b])):
            if other.roles:  # what the person was, "ancien archevêque de Turin", no longer holds
                one.roles = []
            merge(cast, one, into=other)  # "Matteo Ravelli, devenu Pie XIII": the new name
    for b, other in list(cast.mentions):  # "X, puisque tel est le nom que Y s'est choisi":
        # the name of the one named in full just before
        before = [p for pos, p in cast.mentions if pos < b and p.parts.first and p is not other]
        if chosen(doc, (b, cast.ends[b])) and before and before[-1] in cast.people:
            merge(cast, before[-1], into=other)  # what they were stays theirs: "le cardinal"
    for person in cast.people:  # "date 2019-11 Paolo Verdi n'est plus …": a full name the
        # recogniser missed; a surname two bear ("Anne et Marc Vidal … Vidal") is left as it is
        if person.parts.first is None and not named_by(person.parts, [
                p for p in cast.people if p is not person], inner=True):
            _unmissed(doc, person, outside)
    for person in cast.people:
        if len(person.shown) > 1:  # « la ministre X », « X s'est dit prêt »: unknown here;
            person.gender = None  # the pipeline weighs the votes with the pronouns (``weighed``)
        elif person.gender is None:
            # "Gérard, un commerçant": someone the article names by a first name only
            alone = person.parts.first is None and " " not in person.name
            person.gender = first_name_gender(person.name if alone else person.parts.first) or (
                next((g for a in person.aliases if (g := first_name_gender(a.first))), None)) or (
                next(iter(person.beside)) if len(person.beside) == 1 else None)
    for at, gender, role in pronoun_roles(doc):  # "Infirmière à Lisieux, elle …": hers
        before = [p for pos, p in cast.mentions if pos < at and p.gender in (gender, None)]
        if before and role[0] not in before[-1].role_texts():
            before[-1].roles = sorted([*before[-1].roles, role], key=lambda r: r[1])
    # "Le porte-parole du ministère a répondu. « … », a écrit Paul Roux": his
    for person, role in announced_roles(doc, cast.mentions, outside, settings.role_window,
                                        settings.description_lookahead_chars):
        person.roles.append(role)
    return cast


def _full(cast: Casting, name: Name, ent: Span, window: int) -> Draft:
    offset, kin = ent.start_char, _kin_led(ent)
    same = [p for p in cast.people if p.parts.first and same_person(name, p.parts)] or [
        p for p in cast.people if p.parts.first and part_named(  # « Suzanne » of « Marie-Suzanne »
            ent, name, p.parts, [(a, cast.ends[a]) for a, o in cast.at.items() if o is p], window)]
    for person in same[:1]:  # the first the article named
        if fuller(name.text, person.name):
            person.name, person.parts = name.text, name
        return person
    for person in cast.people:
        # "Ana Ruiz Vidal" and "Ana Ruiz": one person, the shorter form kept as an alias for
        # a surname alone ("M. Ruiz"); not a relative's name (« son fils Ana Ruiz Vidal »)
        if not (kin or person.kin) and leading(name, person.parts):
            short = min((name, person.parts), key=lambda n: len(n.key.split()))
            if short is person.parts:
                person.name, person.parts = name.text, name
            if all(a.key != short.key for a in person.aliases):
                person.aliases.append(short)
            return person
    return _added(cast, Draft(name.text, name, first_seen=offset, kin=kin))


def _kin_led(ent: Span) -> bool:
    """Is the name a relative's, right after a kin noun (« son fils Paul Roy », « sa mère,
    Anne Roy »; lexicon/kin_nouns.txt)?"""
    k = ent.start - 1
    while k >= 0 and ent.doc[k].text == ",":
        k -= 1
    return k >= 0 and fold(ent.doc[k].text) in folded("kin_nouns")


def _described(ent: Span) -> bool:
    """Is a common noun right before the name, its own role (« son coéquipier Júnior »)?"""
    return ent.start > 0 and ent.doc[ent.start - 1].pos_ == "NOUN" and ent.doc[
        ent.start - 1].is_lower


def _kin_told(cast: Casting, doc: Doc, person: Draft) -> bool:
    """Is the person named after or before a kin noun (« Paul Roy, fils de … », kin_nouns)?"""
    if person.kin:
        return True
    for start, whose in cast.at.items():
        span = doc.char_span(start, cast.ends[start], alignment_mode="expand")
        if whose is person and span is not None:
            k = span.end
            while k < len(doc) and doc[k].text == ",":
                k += 1
            if k < len(doc) and fold(doc[k].text) in folded("kin_nouns"):
                return True
    return False


def _unmissed(doc: Doc, person: Draft, outside: Callable[[int], bool]) -> None:
    """Give a person named by a bare surname ("Verdi") the full name the text writes once,
    outside the marks and unseen by the recogniser: a capitalised first name of
    lexicon/first_names.tsv right before the surname ("Paolo Verdi"); not after a preposition
    or an article ("à Florence Verdi"), nor when two first names do ("Anne Verdi", "Paul
    Verdi")."""
    key = person.parts.surname_key
    text = text_of(doc)
    found = set()
    for tok in doc[1:]:
        if fold(tok.text) != key or doc[tok.i - 1].whitespace_ != " " or (
                doc[tok.i - 1].ent_type_ == "PER"):  # a name the recogniser saw is cast
            continue
        lo = max(text.rfind(c, 0, doc[tok.i - 1].idx) for c in " \n\t\u00a0") + 1
        # the whole word before the surname: "Frank-Walter"
        first = text[lo : tok.idx - 1]
        before = doc.char_span(lo, lo + 1, alignment_mode="expand")
        before_tok = doc[before.start - 1] if before is not None and before.start > 0 else None
        if not capitalised(first) or first_name_gender(first) is None or not outside(lo) or (
                before_tok is not None and before_tok.pos_ in ("ADP", "DET")):
            continue
        found.add(first)
    if len(found) == 1:
        name = parse(f"{found.pop()} {person.name}")
        if name is not None and name.first:
            person.name, person.parts = name.text, name


def _partial(cast: Casting, ent: Span, name: Name, spoken: list[Name]) -> Draft:
    """The person a bare, titled or initialled surname (or a first name alone) names; with
    no one of the cast, the fullest form quoted words give of that name."""
    if name.first is None and sovereign(ent):
        # "le roi Philippe": the monarch, no short form of a full name ("Philippe Morel")
        same = [p for p in cast.people if p.parts.first is None and p.parts.key == name.key]
        return same[0] if same else _added(cast, Draft(name.text, name, first_seen=ent.start_char))
    titled = is_titled(ent.text) or (ent.start > 0 and ent.doc[ent.start - 1].text in titles())
    candidates = named_by(name, cast.people, titled=titled)
    if not candidates and not _described(ent) and name.first is None and " " not in name.surname:
        # a word of one full name (« Kawa »), not a relative's (« X, fils de … »)
        holders = [p for p in cast.people if fold(name.surname) in p.parts.key.split()]
        candidates = inner_word(name, [p for p in holders if not _kin_told(cast, ent.doc, p)])
    # a surname left to no one of two ("a raconté Vidal") is never a candidate itself
    candidates = [p for p in candidates if p.parts.first] or candidates
    title, role_title = title_gender(ent), role_title_gender(ent)
    by_title = title or role_title
    said = title or text_agreement(ent) or role_title
    if said is not None:
        # "Mme Lemaire", "Lemaire, très émue" between Jean and Claire Lemaire: the agreement
        # and the first names say who is who; « la sergente Lacasse » is not « le sergent
        # Marc Lacasse », whom the text (not a first name alone) shows a man: someone else.
        # A participle alone against the one person of that name (« La vice-présidente Ana
        # Roy … Roy s'est engagé ») is a vote on her gender, not another person. « Mme » or
        # « M. » against a first name of the other sex (« Jean Vidal … Mme Vidal ») names
        # someone else, as against a text that shows it
        shown = _gender if title else (lambda p: p.gender)
        agreeing = [p for p in candidates if _gender(p) in (None, said)]
        told = all(shown(p) not in (None, said) for p in candidates) and (
            by_title is not None or len(candidates) > 1)
        candidates = agreeing or ([] if told else candidates)
    if len(candidates) > 1:
        # a bare surname names the one the article is about (named most often in full),
        # "son père Paul Belmondo" aside; of two named as often, when no title or agreement
        # said which ("Anne et Marc Vidal … a raconté Vidal"), neither: unresolved beats wrong
        most = max(p.mentions for p in candidates)
        top = [p for p in candidates if p.mentions == most]
        if len(top) > 1:
            bare = [p for p in cast.people if p.parts.first is None and p.parts.key == name.key]
            if bare:
                return bare[0]
            return _added(cast, Draft(name.text, name, first_seen=ent.start_char))
        candidates = top
    if candidates:
        return candidates[0]
    forms = [n for n in spoken if same_person(name, n)]
    if forms and all(same_person(forms[0], n) for n in forms):
        name = max(forms, key=lambda n: len(n.text))
    return _added(cast, Draft(name.text, name, first_seen=ent.start_char))


def _added(cast: Casting, person: Draft) -> Draft:
    cast.people.append(person)
    return person


def _gender(person: Draft) -> str | None:
    """The gender known so far, else the first name's (filled in for good once all are read)."""
    return person.gender or first_name_gender(person.parts.first)


def _mention(cast: Casting, ent: Span, person: Draft, settings: Settings) -> None:
    cast.mentions.append((ent.start_char, person))
    cast.at[ent.start_char] = person
    cast.ends[ent.start_char] = ent.end_char
    person.mentions += 1
    # "X, qui est avocate", "X est maire", "X, élue maire en mars": what a verb says X is,
    # over an apposition read from the same word that runs on ("maire de Rodez en mars")
    said = predicated_role(ent, settings.role_window)
    held = held_role(ent, settings.role_window)
    if held and held not in person.held:
        person.held.append(held)
    found = tuple(
        r for r in roles_near(ent, settings.role_window) if not said or r[1] != said[1]
    ) + ((said,) if said else ())
    fronted = fronted_role(ent)
    if fronted:  # "Sage-femme depuis vingt ans, X": over a title read from the same word on
        found = (*(r for r in found if r[1] != fronted[1]), fronted)
    for given in found:
        if given[0] not in person.role_texts():
            person.roles.append(given)
    person.roles.sort(key=lambda r: r[1])
    role = found[0] if found else None
    by_role = role_gender(ent.doc, role) if role else None
    by_first = first_name_gender(person.parts.first)
    if by_role == "m" and by_first == "f":
        by_role = None  # « le docteur Julie Amand », « le maire Anne Roy »: anyone's title
    shown = title_gender(ent) or by_role or text_agreement(ent)
    if by_first is None and (by_noun := apposed_noun_gender(ent)):
        person.beside.add(by_noun)  # « Le principal accusé, X »: below any agreement
    person.votes += [shown] if shown else []
    person.gender = person.gender or shown
    if person.gender is None and role:
        # "X, présidente du club", "X, trésorière", "X, secrétaire générale": a role noun's
        # feminine form, or its adjectives', says a woman; the masculine says a man too beside
        # a name, unless the first name says a woman ("Marie X, professeur") or is given to
        # both ("Dominique X, auteur du rapport": the masculine is anyone's); an agreement
        # ("X, professeur, est arrivée") said it first
        shown = head_gender(ent.doc, role)
        first = person.parts.first
        either = first is not None and fold(first) in folded("epicene_names")
        if shown == "f" or (shown == "m" and first_name_gender(first) != "f" and not either):
            person.gender = shown
