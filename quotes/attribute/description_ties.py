"""What ties a description to someone besides the roles the cast gives: a name apposed to it
past an aside in brackets (``apposed``), the one person named later with its role
(``named_since``), the one an earlier description of the same body named (``same_body``), those
an earlier description with the same role noun named (``same_noun``), the
roles of the same unnamed one before it (``fuller``), and whether the
roles or gender of a person of the cast say it is someone else (``says_otherwise``), with the
roles earlier descriptions tied to them (``with_tied``), the name
apposed after the complement of its noun the mention stops before (``past_complement``), the
name heading the sentence right before the comma that opens « l'un des … » (``apposed_before``),
the one named past a description's comma, not an apposition (``named_past_comma``); and
who it is not: the people the words said speak of (``spoken_of``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotes.attribute import holders
from quotes.attribute.anaphora import Entry
from quotes.attribute.cast import Person, Registry
from quotes.attribute.name_spans import name_spans
from quotes.attribute.names import first_name_gender
from quotes.attribute.offices import office
from quotes.attribute.one_of import one_of_mention
from quotes.attribute.role_extent import merged
from quotes.attribute.role_fit import holds
from quotes.attribute.role_words import head_nouns, heads, names_place, word_forms, words_of
from quotes.attribute.roles import gender_of
from quotes.attribute.speakers import Resolved
from quotes.lexicon import fold, folded, in_capitals, titles
from quotes.lexicon.grammar import FROM_NOW, POSSESSIVES
from quotes.lexicon.periphrases import offices_of_state
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import text_of, token_starts

# a short aside in brackets, no marks nor line in it, then a comma or not: « (chrétien), »
_ASIDE = re.compile(r"[ \t]*\([^()«»“”\"\n]{1,40}\)[ \t]*,?[ \t]*")
_IN_PHRASE = ("NOUN", "PROPN", "ADJ", "DET", "ADP", "VERB", "NUM")  # in a description
_COMMA_BEFORE = re.compile(r",[ \t]*\Z")  # the comma right before a description
_CLOSED = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")  # what may follow the apposed name


def apposed(registry: Registry, end: int, gender: str | None) -> Person | None:
    """The person named right after a description that ends at ``end``, past an aside in
    brackets (« la secrétaire générale du syndicat (laïque), Anne Roy, », « le président de
    la fédération (FFE) Paul Roux. »): the one it describes, when the name closes the phrase
    and its gender is not the other one. The apposition with no aside is the mention's own."""
    aside = _ASIDE.match(text_of(registry.doc), end)
    return _named_past(registry, aside.end() if aside else None, gender)


def apposed_before(registry: Registry, start: int) -> Person | None:
    """The person named at the head of the sentence, a title at most before, and right before
    the comma that opens a description « l'un des … », « l'une des … » starting at ``start``
    (« Me Paul Roux, l'un des avocats de la firme, a dit »): the one it describes, as its
    apposition. A name without its title is one written in full; never one a preposition
    opens (« Devant Paul Roux, l'un des policiers a dit »: the description is the subject)."""
    doc, text = registry.doc, text_of(registry.doc)
    comma = _COMMA_BEFORE.search(text, 0, start)
    said = doc.char_span(start, start + 1, alignment_mode="expand")
    if comma is None or said is None or one_of_mention(doc[said.start : said.start + 4])[1] is None:
        return None
    at = next((s for s, e in registry.ends.items() if e == comma.start() and s in registry.at),
              None)
    if at is None:
        return None
    head = text[max(text.rfind(c, 0, at) for c in ".!?\n") + 1 : at].split()
    if len(head) > 1 or not all(w in titles() for w in head):
        return None
    titled = bool(head) or text[at : comma.start()].split()[0] in titles()
    return registry.at[at] if titled or registry.at[at].parts.first else None


def named_past_comma(registry: Registry, comma: re.Match[str]) -> Person | None:
    """The person named right after a description's comma; None when the match skipped words
    to that comma (« le porte-parole des services de secours agissant pour le gouvernement, »)
    and the name is itself followed by a comma (« Paul Morel, porte-parole … »): an
    apposition, not the subject opening a clause."""
    doc, at = registry.doc, comma.end()
    if comma.group().split(",")[0].strip():
        ent = next((e for e in doc.ents if e.label_ == "PER" and e.start_char == at), None)
        if ent is not None and ent.end < len(doc) and doc[ent.end].text == ",":
            return None
    return registry.at.get(at)


def past_complement(registry: Registry, end: int, gender: str | None) -> Person | None:
    """The person named after a complement of the description's noun the mention stops
    before, and a comma (« le ministre délégué| au logement, Paul Roux »), on the same
    terms as ``apposed``; not when the name's own gender (its first name, or the noun it is
    apposed to: « à sa voisine, Claire Roux ») is the other one."""
    start = complement_before_name(registry.doc, end)
    person = registry.at.get(start) if start is not None else None
    if start is None or person is None or (gender and _own_gender(registry, person, start)
                                           not in (None, gender)):
        return None
    return _named_past(registry, start, gender)


def _own_gender(registry: Registry, person: Person, start: int) -> str | None:
    """The gender the name at ``start`` says itself: its first name's, else that of a noun
    taking a possessive right before its comma (« son épouse, Claire Roux »)."""
    if (found := first_name_gender(person.parts.first)) is not None:
        return found
    span = registry.doc.char_span(start, start, alignment_mode="expand")
    i = span.start if span is not None else 0
    noun = registry.doc[i - 2] if i >= 3 else None
    if noun is not None and noun.pos_ == "NOUN" and registry.doc[i - 3].lower_ in POSSESSIVES:
        return gender_of(noun)
    return None


def _named_past(registry: Registry, start: int | None, gender: str | None) -> Person | None:
    """The person whose name starts at ``start`` and closes the phrase, of no other
    gender."""
    person = registry.at.get(start) if start is not None else None
    if start is None or person is None or (gender and person.gender and gender != person.gender):
        return None
    text = text_of(registry.doc)
    return person if _CLOSED.match(text, registry.ends.get(start, len(text))) else None


def complement_before_name(doc: Doc, end: int) -> int | None:
    """Where the name starts after the complement of a description's noun the mention stops before,
    and the comma after it (« le ministre délégué| au logement, Paul Roux »): the parse hangs the
    complement on a noun of the description (``nmod``), not on the verb (« a confié le maire à son
    fils, Paul Roux », « au journal, Paul Roux »); at most seven tokens from its preposition to the
    comma, no role noun in it whom the name could be apposed to (« à son adjoint, »)."""
    k = bisect_left(token_starts(doc), end)  # the first token at or after ``end``
    first = doc[k] if k < len(doc) else None
    if first is None or first.pos_ != "ADP" or first.idx - end > 1:
        return None
    comma = next((t for t in doc[first.i :] if t.is_punct or t.is_sent_start), None)
    if comma is None or comma.text != "," or comma.i + 1 >= len(doc) or comma.i - first.i > 7:
        return None
    phrase = doc[first.i : comma.i]
    if any(is_role_noun(t.text) for t in phrase):
        return None
    tops = [t for t in phrase if not first.i <= t.head.i < comma.i]
    if len(tops) != 1 or tops[0].dep_ != "nmod" or not _in_description(tops[0].head, end):
        return None
    return doc[comma.i + 1].idx


def _in_description(tok: Token, end: int) -> bool:
    """Is ``tok`` a noun of the description that ends at ``end``: before it, with nothing
    but nouns, adjectives, participles, determiners and prepositions in between?"""
    return tok.idx < end and tok.pos_ in ("NOUN", "PROPN") and all(
        t.pos_ in _IN_PHRASE and t.morph.get("VerbForm", []) != ["Fin"]
        for t in tok.doc[tok.i + 1 :] if t.idx < end)


def copular_name(registry: Registry, spans: Sequence[tuple[int, int]]) -> Person | None:
    """The person a copula names as what a description is now (« la directrice du musée est
    Claire Dumont », « le président de l'association sera désormais Luc Armand »): the
    description's noun is the subject (``nsubj``) of a name that « être » links to it (``cop``;
    whichever way the parse reads the two, the copula says they are one), the name being a
    mention of the cast; ``spans``: where the description's role words lie. Only a copula in
    the present or one « désormais » marks (``FROM_NOW``), never a denied one (« n'est plus »,
    « n'était pas encore »): a past one may name a former holder (« En 2010, le directeur
    était Marc Petit ; il a été remplacé »)."""
    doc = registry.doc
    for lo, hi in spans:
        words = doc.char_span(lo, hi, alignment_mode="expand")
        if words is None:
            continue
        noun = words.root
        head = noun.head
        if noun.dep_ == "nsubj" and head.pos_ == "PROPN" and _now(head):
            return registry.at.get(head.idx)
    return None


def copular_ties(registry: Registry, entries: Sequence[Entry], names: set[str],
                 pos: int) -> set[str]:
    """Those of ``names`` an earlier description was tied to by its copula (``copular_name``):
    « La directrice du musée est Claire Dumont », then « a raconté la directrice »."""
    found: set[str] = set()
    for e in entries:
        if e.pos < pos and e.who.name in names - found and e.who.resolution == "description":
            named = copular_name(registry, sorted((lo, hi) for _, lo, hi in e.who.roles))
            if named is not None and named.name == e.who.name:
                found.add(e.who.name)
    return found


def _now(name: Token) -> bool:
    """Does a copula link the name as true now: « est », or any tense with « désormais », no
    word of it denied (``Polarity=Neg``: « n'est plus »)?"""
    links = [c for c in name.children if c.dep_ == "cop"]
    if not links:
        return False
    if any("Neg" in c.morph.get("Polarity", []) for c in name.children):
        return False
    return (any("Pres" in c.morph.get("Tense", []) for c in links)
            or any(c.lower_ in FROM_NOW for c in name.children if c.dep_ == "advmod"))


def spoken_of(registry: Registry, lo: int, hi: int) -> set[Person]:
    """The people of the cast the words said between ``lo`` and ``hi`` name, inside the marks
    too (« … avec mon coach (Roux) … »), though no name there is a mention of the cast: whom
    the speaker speaks of, rarely the speaker."""
    return registry.people_between(lo, hi) | {p for ent in name_spans(registry.doc)
            if ent.label_ == "PER" and lo <= ent.start_char < hi
            and (p := registry.person(ent.text)) is not None}


def named_since(
    registry: Registry, who: Resolved, lo: int, hi: int, barred: set[str]
) -> Person | None:
    """The one person of the unnamed one's gender named between ``lo`` and ``hi`` whom the
    article gives that one's role (« Leur avocat a refusé. … Me Paul Roux, avocat de la
    famille, … »), none of the ``barred``; None for none or several."""
    role = who.role
    if not role:
        return None
    found = {p for p in registry.people_between(lo + 1, hi) if p.gender == who.gender
             and p.name not in barred and holds(role, p)}
    return found.pop() if len(found) == 1 else None


def fuller(entries: Sequence[Entry], r: Resolved, pos: int) -> Resolved:
    """An unnamed description with the roles of the unnamed one before it that has the same
    role noun, gender and number and names its body or place, or was given a role that does:
    "Le préfet du Morbihan a salué … « … », a estimé le préfet" shows "préfet du Morbihan",
    and so does a second « a ajouté le préfet » after that one."""
    own = heads(r.role or "")
    for e in reversed(entries):
        w = e.who
        if e.pos >= pos or w.kind != "person" or w.number != r.number or not w.role:
            continue
        if heads(w.role) == own and w.name is None and r.gender in (None, w.gender):
            placed = names_place(w.role) or any(names_place(g[0]) for g in w.roles)
            return replace(r, roles=merged(w.roles, r.roles)) if placed else r
    return r


def says_otherwise(
    registry: Registry, description: str, name: str, fits: Callable[[Person], bool],
    parties: frozenset[str], entries: Sequence[Entry], pos: int,
) -> bool:
    """Do the roles of the person of the cast so named, with the offices the descriptions before
    offset ``pos`` gave them (``with_tied``), say something else than the description ("le
    préfet" and the "maire de Quimper", ``holders``), or their gender does? ``parties``: the
    article's ``holders.party_words``."""
    person = registry.person(name)
    return person is not None and (
        holders.says_otherwise(
            description, with_tied(person, entries, pos, description), parties)
        or not fits(person))


def with_tied(person: Person, entries: Sequence[Entry], pos: int, description: str) -> Person:
    """The person with the offices of state (lexicon/periphrases.tsv, ``offices_of_state``) the
    descriptions tied to them before offset ``pos`` name, by the office's own name (« la
    cheffe du gouvernement », taken for Claire Roy: « Premier ministre »), unless they hold it
    already: what the article has called them so far, which a later ``description`` of another
    function (« la procureure de Morlange ») is not. Other offices (« le maire », then « le
    premier magistrat de la commune ») may be another side of one post, and a candidacy
    (« le candidat », lexicon/candidacy_nouns.txt) is run beside any office: they say nothing."""
    if head_nouns(description) & folded("candidacy_nouns"):
        return person
    tied = [(name, g[1], g[2]) for e in entries
            if e.pos < pos and e.who.kind == "person" and e.who.name == person.name
            and e.who.resolution == "description" and e.who.role
            for g in e.who.roles
            if (held := office(g[0], role=True)) is not None and held.exact
            for name in sorted(held.names & offices_of_state())]
    fresh = {t[0]: t for t in tied if not holds(t[0], person)}
    return replace(person, roles=(*person.roles, *fresh.values())) if fresh else person


def same_noun(entries: Sequence[Entry], description: str, pos: int,
              parties: frozenset[str]) -> set[str]:
    """The people an earlier description with the same role noun was tied to (« Le chef du
    parti bleu se retire », read as Paul Roux; then « le chef bleu »): they hold it as much as
    one the cast gives that noun. The description's other words stand in the earlier one too
    (``_restates``): « le chef vert » is not the « chef du parti bleu ». ``parties``: the
    article's ``holders.party_words``."""
    own = heads(description)
    party = holders.at_party(description, parties)
    return {e.who.name for e in entries
            if e.pos < pos and e.who.kind == "person" and e.who.name and e.who.role
            and e.who.resolution == "description" and own & heads(e.who.role)
            and _restates(description, e.who.role, party=party)}


def _restates(description: str, role: str, *, party: bool) -> bool:
    """Do the words of a description besides its role noun all stand in an earlier role, as
    whole words in some form (``role_words.party_form``: « radicaux », « radical »; not
    « communauté » for « communiste »), or, for a description at a party (``party``), as a
    letter of the acronym the role names the party by (« le chef libéral », « le chef du
    PLQ »)?"""
    earlier = word_forms(role)
    caps = [w for w in words_of(role) if in_capitals(w)] if party else []
    return all(s in earlier or any(s[:1].upper() in fold(c).upper() for c in caps)
               for s in word_forms(description))


def same_body(
    registry: Registry, entries: Sequence[Entry], description: str, pos: int, barred: set[str]
) -> Person | None:
    """The one person of the cast an earlier description naming the same body by its name was
    tied to (« Le patron de Valtor s'exprime », read as Paul Roux; then « le président de
    Valtor »), none of the ``barred``; None when none is, or several are."""
    body = holders.body_words(description)
    if not body:
        return None
    found = {e.who.name for e in entries
             if e.pos < pos and e.who.kind == "person" and e.who.number == "s" and e.who.name
             and e.who.role and e.who.resolution == "description" and e.who.name not in barred
             and body & holders.body_words(e.who.role)}
    return registry.person(found.pop()) if len(found) == 1 else None
