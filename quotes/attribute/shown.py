"""The role a quote shows of those the article gives its speaker: the closest before it, of
those given at one place the one that names its body or place, with the quotation marks inside
it as the article writes them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.attribute.bodies import acronym_like
from quotes.attribute.functions import fuller_role, function
from quotes.attribute.offices import office
from quotes.attribute.relational import held, over_relations, relational
from quotes.attribute.representatives import represents
from quotes.attribute.role_words import (
    head_key,
    heads,
    names_place,
    party_adjectives,
    party_form,
    served,
)
from quotes.detect.furniture import unpictured
from quotes.lexicon import capitalised, fold, folded, listed, quote_marks
from quotes.lexicon.grammar import (
    COORDINATORS,
    DE_CONTRACTED,
    DEFINITE,
    DEMONSTRATIVES,
    FORMER,
    NATIONALITY_ENDINGS,
    ROLE_LINKS,
    TENURE,
    TO_COME,
    A,
)
from quotes.lexicon.roles import role_kinds
from quotes.model import Span as Place
from quotes.settings import DEFAULT

_STOP = re.compile(r"[.!?\n]")  # between two roles: two places, not one
_NOT_MORE = TENURE | FORMER | TO_COME  # folded: « sortant », « ancien », « futur »


def quoted_word(doc: Doc, i: int, most: int = 3) -> bool:
    """Is token ``i`` a quotation mark around one to ``most`` words inside a phrase ("le
    « camerlingue » du Vatican"), not one that opens or closes a quotation ("X, « nous
    verrons … »")?"""
    mark = quote_marks().get(doc[i].text)
    if mark is None:
        return False
    opening, closing, _ = mark
    ahead = [] if doc[i].text != opening else [
        t.i for t in doc[i + 2 : i + 2 + most] if t.text == closing
    ]
    back = [] if doc[i].text != closing else [
        t.i for t in doc[max(0, i - most - 1) : i - 1] if t.text == opening
    ]
    return any(
        not any(t.is_punct for t in doc[min(i, j) + 1 : max(i, j)]) for j in ahead[:1] + back[-1:]
    )


def acronym_bracket(doc: Doc, i: int) -> bool:
    """Is token ``i`` a bracket around one acronym inside a role that goes on after it
    ("délégué syndical (FO) de l'usine", "maire (LR) de Dole"): the organisation is part of
    the role, as written; not a bracket that ends it ("maire (LR),", "médecin à Vire
    (Calvados)")?"""
    text = doc[i].text
    lo = i if text == "(" else i - 2 if text == ")" else -1
    if lo < 0 or lo + 3 >= len(doc) or doc[lo + 2].text != ")":
        return False
    inner, nxt = doc[lo + 1].text, doc[lo + 3]
    return acronym_like(inner) and not nxt.is_punct \
        and "\n" not in nxt.text and nxt.pos_ not in ("VERB", "AUX")


def plain(role: str) -> str:
    """A role as the quote shows it: the quotation marks the article puts inside it kept as
    written (« porte-parole du « Service des eaux » régional »: GUIDELINES « Otherwise as
    written »), but those around the word it opens on, which flag the word, not a name
    (« « camerlingue » du Vatican » is the « camerlingue du Vatican »), and any mark the role
    holds without its partner (a role cut inside a name in marks); no pictograph at its ends
    (« ministre du Travail 🇫🇷 », ``unpictured``)."""
    role = role[slice(*unpictured(role, 0, len(role)))]
    pairs = _mark_pairs(role)
    dropped = {i for pair in pairs if not role[: pair[0]].strip() for i in pair}
    dropped |= _unpaired(role, pairs)
    return " ".join("".join(c for i, c in enumerate(role) if i not in dropped).split())


def _mark_pairs(role: str) -> list[tuple[int, int]]:
    """Where each opening mark of ``role`` and the mark that closes it stand."""
    marks = quote_marks()
    opened: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i, c in enumerate(role):
        if c not in marks:
            continue
        opening, closing, _ = marks[c]
        if opened and role[opened[-1]] in (opening, c) and c == closing:
            pairs.append((opened.pop(), i))
        elif c == opening:
            opened.append(i)
    return pairs


def _unpaired(role: str, pairs: list[tuple[int, int]]) -> set[int]:
    """Where the marks of ``role`` that none of its ``pairs`` (``_mark_pairs``) holds stand."""
    marks, paired = quote_marks(), {i for pair in pairs for i in pair}
    return {i for i, c in enumerate(role) if c in marks and i not in paired}


def role_at(
    roles: tuple[Place, ...], start: int, mentioned: str | None, text: str = "",
    place: int = DEFAULT.role_place_chars,
) -> str | None:
    """The role a quote at ``start`` shows, of the functions the article's roles say
    (``function``: no distinction, no age, one function of two joined), a bare role noun as
    the fuller form of it the article gives (``fuller_role``), an anaphoric generic noun never
    over a function it stands for (``_stands_for``): the one the article gives closest
    before it (its own mention's, when the cue comes first; of those given at one place,
    ending ``place`` characters or less before it in one sentence of ``text``, the one that
    names its body or place, else the fullest: "chef du Comité militaire de l'Otan" over
    "amiral néerlandais"),
    else the first after it that names its body or place, its own mention's included
    ("présidente du FN" over "présidente du parti", "préfet du Var" over "préfet"), else the
    fullest of the first place after it."""
    given = tuple(
        Place(r.start, r.end, said) for r in roles if (said := function(plain(r.text)))
    )
    own = function(plain(mentioned)) if mentioned else None
    kinds = [(r, _kind_only(r.text)) for r in given]
    specific = [r.text for r, covered in kinds if covered is None]
    if specific:  # « le joueur », « le responsable russe »: never over the function they stand for
        given = tuple(r for r, covered in kinds
                      if not _stands_for(covered, specific) or _said_before_in(r, start, text))
        own = None if own and _stands_for(_kind_only(own), specific) else own
    # « la représentante du parquet » never over the office she holds there
    # (« vice-procureure »): ``representatives``
    offices = [r.text for r in given]
    given = tuple(r for r in given if not any(represents(r.text, o) for o in offices))
    own = None if own and any(represents(own, o) for o in offices) else own
    # « son homologue français » never over the function the article gives him: ``relational``
    given = over_relations(given)
    own = None if own and relational(own) and any(held(r.text) for r in given) else own
    chosen = _closest(given, start, own, text, place)
    return _with_country(fuller_role(chosen, given, start), given, start) if chosen else None


def _with_country(role: str, given: tuple[Place, ...], start: int) -> str:
    """A listed office said bare, by another of its names (« cheffe de gouvernement », « chef
    du gouvernement »), as the form with its country the article gave the person before the
    quote at ``start`` (« Première ministre britannique »), the closest; ``role`` itself when
    it says more than the office (« chef du gouvernement belge »), or no such form is given
    before. The bare office stands for that one, as a bare role noun for its fuller form."""
    bare = office(role, role=True)
    if bare is None or not bare.exact or bare.more:
        return role
    fuller = [r for r in given if r.start < start and (o := office(r.text, role=True)) is not None
              and o.exact and o.names == bare.names and o.more and (o.foreign or o.abroad)]
    return max(fuller, key=lambda r: r.start).text if fuller else role


def _kind_only(role: str) -> frozenset[str] | None:
    """The role nouns a role covers (lexicon/role_kinds.tsv) when it is a generic noun
    (lexicon/generic_nouns.txt) with no complement to say whose, or one that names its body
    again without its name (``_anaphoric_body``): « joueur », « élue », « responsable russe »,
    « dirigeant du groupe »; any (« * ») for a noun said to be deposed
    (lexicon/deposed_participles.txt: « président déchu »); None for any other (« élue
    d'opposition », « chercheuse », « dirigeant de Valtor »)."""
    words = role.replace("’", "'").split()
    if len(words) > 1 and fold(words[1]) in folded("deposed_participles"):
        return frozenset({"*"})  # « président déchu (du parti) »: whatever function it was
    if not words or fold(words[0]) not in folded("generic_nouns") or (any(
            w.lower() in ROLE_LINKS or w.lower() in A or "'" in w for w in words)
            and not _anaphoric_body(words[1:])):
        return None
    return role_kinds().get(fold(words[0]))


def _anaphoric_body(words: list[str]) -> bool:
    """Is a role's complement a body named again without its name: « du groupe », « de
    l'entreprise », « du géant mondial du pneu » (a noun of lexicon/company_nouns.txt,
    anaphoric_org_nouns.txt or body_periphrases.txt after « de » and its article, no
    capitalised word), or any noun after a demonstrative (« de cette ville de plus de 8 500
    habitants », « de ce club »: the seat named before), past a party's label before it (« élu
    PS |de cette ville| »); not a function's own complement (« de la communication », « du
    PSG », « de la ville de Dole »)?"""
    # « élu PS de cette ville »: the complement opens at its « de », a label before it
    said, opens = _complement_opens(" ".join(words))
    if opens and not all(_label(w) for w in said[:opens]):
        return False
    said = said[opens:]
    if len(said) < 2 or any(capitalised(w) for w in said):
        return False
    if said[1].lower() in DEMONSTRATIVES:
        return True
    noun = said[2] if said[1].lower() in DEFINITE and len(said) > 2 else said[1]
    return any(listed(noun, kind) for kind in
               ("company_nouns", "anaphoric_org_nouns", "body_periphrases"))


def _complement_opens(role: str) -> tuple[list[str], int]:
    """A role's words, an elided article split off (« de l'entreprise »: « l' », « entreprise »),
    and the index of the first « de » / « du » / « des » that opens its complement (the length
    when none does)."""
    said = role.replace("'", "' ").split()
    return said, next((i for i, w in enumerate(said) if w.lower() in DE_CONTRACTED), len(said))


def _said_before_in(role: Place, start: int, text: str) -> bool:
    """Is ``role`` a generic noun whose complement opens on a demonstrative, given after an
    earlier quote of the sentence that holds the quote at ``start``, before it (« « … », a
    ajouté le syndicaliste de ce site dédié à la production, précisant que « … » »): the closest
    role for that later quote (GUIDELINES « Closest before »), whatever function the article
    gives? Not one that opens the sentence (« Le patron de cet établissement a promis « … » »)."""
    said, opens = _complement_opens(role.text)
    if not (text and role.start < start and opens + 1 < len(said)
            and said[opens + 1].lower() in DEMONSTRATIVES):
        return False
    opened = max(text.rfind(c, 0, role.start) for c in ".!?\n") + 1  # the sentence's start
    marks = quote_marks()
    return not _STOP.search(text, role.end, start) and any(
        c in marks for c in text[opened : role.start])


def _label(word: str) -> bool:
    """Is a word between a generic noun and its complement a party's label: an acronym (« PS »,
    « LR ») or an adjective of lexicon/party_adjectives.txt (« socialiste »)?"""
    return acronym_like(word) or party_form(word) in party_adjectives()


def _stands_for(covered: frozenset[str] | None, specific: list[str]) -> bool:
    """Is a role that covers ``covered`` (its ``_kind_only``) an anaphoric generic noun for one
    of the ``specific`` functions the article gives the same person: a kind noun that covers
    its noun (« le joueur » for the « capitaine de l'équipe », « l'élue » for the « maire de
    Dole », « le syndicaliste » for the « secrétaire de la CGT »: ``served``) or any role
    (« le responsable russe » for the « ministre russe de la Défense »)?"""
    if covered is None:
        return False
    keys = {head_key(c) for c in covered}
    return any("*" in covered or keys & (heads(s) | served(s)) for s in specific)


def _closest(
    roles: tuple[Place, ...], start: int, mentioned: str | None, text: str, place: int
) -> str | None:
    before = [r for r in roles if r.start < start]
    if before:
        closest = max(r.start for r in before)
        at = [
            r for r in before
            if closest - r.end <= place and not _STOP.search(text, r.end, max(r.end, closest))
        ]
        return max(at, key=lambda r: (_names_place(r.text), len(r.text))).text
    after = sorted(roles, key=lambda r: r.start)
    if mentioned and mentioned not in {r.text for r in roles}:
        after.insert(0, Place(start, start, mentioned))
    # of those given at one place after it, as before it, the fullest: « le capitaine X, le
    # porte-parole des pompiers » is the « porte-parole des pompiers »
    places: list[int] = []  # the place each is given at, in text order
    for prev, r in zip([None, *after], after, strict=False):
        apart = prev is not None and (r.start - prev.end > place
                                      or _STOP.search(text, prev.end, max(prev.end, r.start)))
        places.append((places[-1] if places else 0) + bool(apart))
    ranked = zip(after, places, strict=True)
    best = max(ranked, key=lambda t: (_names_place(t[0].text), -t[1], len(t[0].text)),
               default=None)
    return _extended(best[0].text, after) if best else None


def _names_place(role: str) -> bool:
    """``names_place`` of a role read past the marks it keeps (« du « Service des eaux » »)."""
    marks = quote_marks()
    return names_place(" ".join("".join(" " if c in marks else c for c in role).split()))


def _extended(role: str, after: list[Place]) -> str:
    """With no role before the quote, the most specific the article gives: ``role`` as a
    later place writes it with more after it that makes it no other office (``_more_of``:
    « ministre de l'Économie » then « ministre de l'Économie et des Finances »: the latter),
    the first such; ``role`` when none does."""
    said = fold(role)
    size = len(role.split())
    longer = [r.text for r in after if fold(r.text).startswith(said + " ")
              and _more_of(role, r.text.split()[size:])]
    return longer[0] if longer else role


def _more_of(role: str, more: list[str]) -> bool:
    """Do the words ``more`` after ``role`` say more of the same office: its own name going on
    with « et » and a complement (« et des Finances »), an adjective of its body (« du conseil
    |départemental| »), or the name of a body the role gives by its noun alone (« de la gare
    |de Vernac| »); not a tenure (« sortant », « de 2012 à 2014 »), a country (« italien »), a
    second function (« et président de … ») nor a place that makes another office of one whose
    body is named (« ministre de l'Économie |de l'Italie| »)?"""
    low = [w.lower().replace("’", "'") for w in more]
    if not low or any(fold(w) in _NOT_MORE or any(c.isdigit() for c in w)
                      for w in low):
        return False
    if low[0] in COORDINATORS:
        return len(low) > 1 and (low[1] in DE_CONTRACTED or low[1].startswith("d'"))
    if low[0] in DE_CONTRACTED or low[0].startswith("d'"):
        words = role.replace("’", "'").replace("'", "' ").split()
        return not any(capitalised(w) for w in words[1:])
    return not capitalised(more[0]) and not fold(low[0]).endswith(NATIONALITY_ENDINGS) and (
        fold(low[0]) not in folded("nationalities"))
