"""Roles the narration restates of a person without naming them: « Une décision jugée par
le président de la 3F trop … » is a role the article gives the one person of its cast given
as "président de la FFF", at that place, so that a quote after it shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from quotes.attribute.cast import Person, Role
from quotes.attribute.offices import office
from quotes.attribute.role_bounds import charge_of_role, charge_opener
from quotes.attribute.role_edges import one_word_name
from quotes.attribute.role_extent import role_span
from quotes.attribute.role_fit import holds
from quotes.attribute.role_words import acronym_match, kind_heads, stems, words_of
from quotes.attribute.roles import article_gender, noun_gender
from quotes.lexicon import fold, reporting_verbs
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE, DEGREE, DEMONSTRATIVES, STATES
from quotes.lexicon.outlets import listed_outlet
from quotes.lexicon.roles import is_role_noun

# what opens a phrase that restates someone the article gave: « le président », « cet artiste »
ANAPHORIC = DEFINITE | DEMONSTRATIVES


def restated(
    doc: Doc, people: Iterable[Person], outside: Callable[[int], bool], *,
    uncountried: frozenset[str] = frozenset(),
) -> dict[str, tuple[Role, ...]]:
    """Each definite or demonstrative role phrase of the narration ("le président de la 3F",
    "le patron de la FFF", "cet artiste régional") by the name of the one person whose roles it
    restates; not a title or an apposition of a name ("le président ukrainien Volodymyr
    Zelensky", "le maire, Paul Morel"), not a plural, and never when it fits two people or none.
    ``uncountried``: people whose bare office a description alone gave (« a avancé la Première
    ministre »), which says no country: the office with its country (« la Première ministre
    finlandaise ») restates theirs too (``_countried``)."""
    cast = [p for p in people if p.roles]
    out: dict[str, tuple[Role, ...]] = {}
    for tok in doc:
        if not (is_role_noun(tok.text) and outside(tok.idx) and tok.ent_type_ != "PER"):
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
        if det is None or det.lower_ not in ANAPHORIC or "Plur" in tok.morph.get("Number", []):
            continue
        hi = phrase_end(doc, tok, _stops)
        role = role_span(doc, det.i, hi)
        # « le ministre délégué chargé de l'Industrie, Marc Vial »: the name after the field of
        # work of its participle of charge is the title's too
        past = phrase_end(doc, tok, lambda t: _stops(t) and not _charge_of_noun(t))
        if role is None or names_someone(doc, hi, role) or (
                past > hi and names_someone(doc, past, role)):
            continue
        if any(r[1] < role[2] and role[1] < r[2] for p in cast for r in p.roles):
            continue  # a title or an apposition the cast has already
        countried = [p for p in cast
                     if p.name in uncountried and _countried(role[0], tok, det, p)]
        if countried and _bare_beside(doc, tok, role[0]):
            countried = []  # a scan of the whole text, only when someone's bare office fits
        fits = [p for p in cast if _restates(role[0], tok, det, p) or p in countried]
        if len(fits) == 1 and not _points_back(role[0], det, fits[0]):
            out[fits[0].name] = (*out.get(fits[0].name, ()), role)
    return out


def _points_back(role: str, det: Token, person: Person) -> bool:
    """Does a demonstrative phrase point back to a role of the person's by its first words
    (« cette élue régionale » to the « élue régionale de l'Ain »): it adds nothing to show? A
    bare noun stands for its fuller form already (``fuller_role``), and a definite phrase is a
    form of the role the article uses there (« l'ancien ministre » of the « ancien ministre de
    l'Agriculture »)."""
    words = [w for w in (fold(w) for w in words_of(role)) if w not in ANAPHORIC]
    return det.lower_ in DEMONSTRATIVES and len(words) > 1 and any(
        [fold(w) for w in words_of(r)][: len(words)] == words for r in person.role_texts())


def phrase_end(doc: Doc, noun: Token, stops: Callable[[Token], bool]) -> int:
    """The end of the noun's phrase after it: its right edge, cut at the first token that
    ``stops`` it."""
    hi = noun.right_edge.i + 1
    return next((t.i for t in doc[noun.i + 1 : hi] if stops(t)), hi)


def _stops(tok: Token) -> bool:
    """Where a restating phrase ends: a punctuation mark, a name (the phrase is its title: "du
    parti Marine Le Pen", whatever the recogniser says), a preposition other than « de » ("au
    lendemain de") but the « à » of an office's place (``place_of_office``), or a verb of
    saying the tagger took for an adjective ("le président des LR rétorque"), or a word of
    degree before an adjective: what the narration thinks of the person, no role ("ce président
    trop prudent", "le maire de Dole très actif")."""
    prev = tok.doc[tok.i - 1]
    return (
        (tok.is_punct and tok.text != "-") or tok.ent_type_ == "PER"
        or (tok.pos_ in ("VERB", "AUX", "PRON") and fold(tok.text) not in STATES)  # "né à"
        or tok.lower_ in reporting_verbs()
        or (tok.pos_ == "ADP" and tok.lower_ not in DE_CONTRACTED and not place_of_office(tok))
        or (tok.is_title and prev.pos_ == "NOUN" and not is_role_noun(tok.text))
        or (tok.lower_ in DEGREE and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "ADJ")
    )


def _charge_of_noun(tok: Token) -> bool:
    """Is ``tok`` the participle of charge of the role noun it hangs on (« le ministre délégué
    |chargé de l'Industrie, X »: ``charge_of_role``)?"""
    head = tok.head
    return charge_opener(tok.doc, tok.i) and head.i < tok.i and is_role_noun(head.text) \
        and charge_of_role(tok.doc, head.i, tok.i)


def place_of_office(tok: Token) -> bool:
    """Is token ``tok`` the « à » of the place an office is held in, inside its phrase (« le
    procureur de la République à Dole », « le consul du Maroc à Oran »): « à » before a
    place, a capitalised word the recogniser reads as one (no person, body or outlet: « a
    annoncé le procureur à Franceinfo » tells whom he spoke to) and the parse gives the noun
    phrase, not the verb (« a dit à Lyon »)?"""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.lower_ != "à" or nxt is None or not nxt.is_title or nxt.ent_type_ != "LOC":
        return False
    end = nxt.i + 1
    while end < len(doc) and doc[end].is_title and doc[end].ent_type_ == "LOC":
        end += 1
    return not listed_outlet(doc[nxt.i : end].text) and nxt.dep_ == "nmod" \
        and nxt.head.pos_ in ("NOUN", "PROPN") and nxt.head.i < tok.i


def names_someone(doc: Doc, hi: int, role: Role) -> bool:
    """Does a name follow the phrase, right after it or after its comma (a title), or right
    after the role its words hold, a name of one word that cut it there (« la chanteuse belge
    |Maurane, »: ``role_edges.one_word_name``)?"""
    j = hi + (hi < len(doc) and doc[hi].text == ",")
    after = hi  # the first word past the role's end, looked for back from ``hi``
    while after > 0 and doc[after - 1].idx >= role[2]:
        after -= 1
    return (j < len(doc) and doc[j].ent_type_ == "PER") or (
        after < hi and one_word_name(doc, after))


def _countried(role: str, noun: Token, det: Token, person: Person) -> bool:
    """Is the role an office with a country (« Première ministre finlandaise », « président
    islandais ») of which the person holds the bare form alone (« Première ministre »), no
    other country's nor another of its forms, in the noun's and determiner's gender? A bare
    office in French is read as France's (``offices.fit``); one a description gave says
    nothing of it."""
    held = office(role)
    if held is None or not held.foreign or not _agrees(noun, det, person):
        return False
    bare = [o for r in person.role_texts() if (o := office(r, role=True)) is not None]
    return bool(bare) and all(
        o.exact == held.exact and not o.more and o.names == held.names for o in bare)


def _bare_beside(doc: Doc, noun: Token, role: str) -> bool:
    """Does the narration write the office as another holder's beside the one with its country:
    bare in its sentence (« Le Premier ministre a reçu le Premier ministre belge »: the bare
    office is the host), or with another country anywhere (« la Première ministre belge » and
    « la Première ministre finlandaise »)? The bare office is then not the country's alone."""
    held = office(role)
    if held is None:
        return False
    for tok in doc:
        if tok.i == noun.i or fold(tok.text) != fold(noun.text):
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
        other = role_span(doc, det.i, phrase_end(doc, tok, _stops)) if det is not None else None
        form = office(other[0], role=True) if other is not None else None
        if form is None or form.names != held.names:
            continue
        if (form.foreign and form.more != held.more) or (
                not form.foreign and tok.sent.start == noun.sent.start):
            return True
    return False


def _agrees(noun: Token, det: Token, person: Person) -> bool:
    """Are the noun's and its determiner's gender, where they show one, the person's?"""
    gender = noun_gender(noun.text) or article_gender(det.lower_)
    return gender is None or person.gender is None or gender == person.gender


def _restates(role: str, noun: Token, det: Token, person: Person) -> bool:
    """Does the role restate one of the person's: a role noun it names ("le président de la
    3F" and "président de la FFF"), or what it is a role of ("le patron de la FFF" and the
    "président de la Fédération française de football"); never the other gender's noun, nor
    one of either gender (« artiste », « juge ») after the other gender's determiner (« cette
    artiste » of a man, « ce juge » of a woman)."""
    if not _agrees(noun, det, person):
        return False
    if holds(role, person):
        return True
    own = stems(role)  # "le patron", which fits any role, by what it is the role of
    return kind_heads(role) is None and bool(own) and any(
        own & stems(r) or acronym_match(role, r) for r in person.role_texts()
    )
