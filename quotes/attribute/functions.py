"""The function a role the article gives says, as a quote shows it: a distinction or a record
(« champion du monde 2018 », « prix Nobel », « ancien numéro 1 mondial », « cofondateur du
parti », « ex-candidate du parti ») is none; an age written with a function is no part of it
(« maire de 54 ans » is a « maire », « le joueur de 38 ans » a « joueur »), while a noun that
says who the person is only by age, sex or state is none with its age (« religieux de 69 ans »,
« homme de 56 ans »: lexicon/state_nouns.txt, age_nouns.tsv); of two functions joined by « et »,
the first (« généticienne et microbiologiste », « avocat et député de la Somme », « PDG et
fondateur de Valmor »), while a function whose complements are joined stays whole (« ministre du
Logement et de la Ville »), and so does an office whose own name is written with « et », listed
in lexicon/coordinated_offices.txt, with its complement (« président et directeur général de
Valmor »). A bare role noun stands for the fuller form of that noun the
article gives the same person (« le préfet » for the « préfet de l'Aude » it named), and so does one
that names no body (« le maire de la ville » after « maire de Dole »).
"""

from __future__ import annotations

import re

from quotes.attribute.role_words import former, names_place, words_of
from quotes.attribute.seated_roles import seated_before
from quotes.attribute.standing import figurative_title
from quotes.lexicon import (
    age_nouns,
    capitalised,
    fold,
    folded,
    listed,
    opens_circumstance,
    phrases,
)
from quotes.lexicon.grammar import (
    DE_CONTRACTED,
    DEFINITE,
    HEAD_MODIFIERS,
    LOOSE_ENDS,
    NUMBER_WORDS,
    PERIOD_LINKS,
    PERSON_NOUNS,
    RANKS,
    TENURE,
)
from quotes.lexicon.roles import is_role_noun, role_form, role_prefix
from quotes.model import Span as Place

# « de 69 ans », « âgée de 24 ans »: an age, written after a noun
_AGE = re.compile(r"\s*(?:âgée?s?\s+)?de\s+\d+\s+ans\b")
# the years an office was held, written after it: « de 2001 à 2017 », « entre 2001 et 2017 »,
# « (2001-2017) », « jusqu'en 2017 »; not one year alone (« candidate à la présidentielle de
# 2022 » is the election's)
_YEAR = r"(?:1[89]|20)\d\d"
_TENURE = re.compile(
    rf"(?<!\w)(?:(?:de|d'|entre)\s+{_YEAR}\s+(?:à|a|et|au)\s+(?P<to>{_YEAR})"
    rf"|\(?{_YEAR}\s*[-–/]\s*(?P<dash>{_YEAR})\)?|jusqu'(?:en|à)\s+(?P<until>{_YEAR}))(?!\w)"
)


def function(role: str) -> str | None:
    """The function a role says: its first conjunct that is neither a distinction nor an age
    description, one held now before one over (« ancien », « ex- »), without an age; None when
    it says none. Its extent is the office's (``extent``)."""
    # « ancien maire et chef de file de l'opposition »: the function held now before one over
    for part in sorted(conjuncts(role), key=lambda p: former(p.split()[0])):
        if figurative_title(part):
            continue  # before ``extent`` cuts « baron présumé de la drogue » to « baron »
        part = extent(part)
        if not part or distinction(part) or grade_alone(part):
            continue
        age = _AGE.search(part)
        if age is None:
            return part
        rest = (part[: age.start()] + part[age.end() :]).strip(" ,")
        words = _content(rest)
        if words and not _only_state(words):
            return rest  # « joueur de 38 ans », « maire de 54 ans »: the function, no age
    return None


def _only_state(words: list[str]) -> bool:
    """Do the folded words of a role say who the person is only by age, sex or state (« homme »,
    « sexagénaire », « religieux »: ``PERSON_NOUNS``, lexicon/age_nouns.tsv, state_nouns.txt),
    not by a function?"""
    return words[0] in PEOPLE or words[0] in age_nouns() or words[0] in folded("state_nouns")


def extent(role: str) -> str:
    """The words of a role that name the office: without an adjective of praise before its
    noun (« grande joueuse de tennis »: lexicon/praise_adjectives.txt, unless it opens a title
    of lexicon/set_titles.txt, « grand patron ») nor the first it is a record of (« première
    femme maire de Vernac »: « maire de Vernac »), without a distinction set after the noun
    (« technicien champion du monde 2006 »: « technicien ») nor the years it was held
    (« maire de Nantes de 1995 à 2012 »: « maire de Nantes »), its complement cut before a
    complement of time or circumstance (« sélectionneur de l'équipe après la défaite 2-1
    contre la »: ``CIRCUMSTANCES``) and never ending on a determiner or a preposition."""
    words = role.split()
    while len(words) > 1 and fold(words[0]) in folded("praise_adjectives") and (
        fold(" ".join(words[:2])) not in folded("set_titles")
    ):
        words = words[1:]
    if _first_as(words):
        words = words[2:]  # « première femme maire de Vernac »: the office is « maire de Vernac »
    low = [w.lower().replace("’", "'") for w in words]
    for i in range(1, len(words)):
        after = " ".join(low[i:]) + " "
        if _TENURE.match(after):
            words = words[: _period(low, i)]  # « maire de Nantes de 1995 à 2012 »: not its years
            break
        if opens_circumstance(after):
            words = words[:i]
            break
        if _distinction_noun(words[i]) and low[i - 1] not in LOOSE_ENDS and "'" not in low[i - 1] \
                and any(is_role_noun(w) for w in words[:i]):
            words = words[:i]  # « technicien champion du monde », not « directeur du prix »
            break
    while len(words) > 1 and words[-1].lower().replace("’", "'") in LOOSE_ENDS:
        words = words[:-1]
    return " ".join(words)


def _period(low: list[str], i: int) -> int:
    """Where a role ends before the years at word ``i``: before the period they date too, with
    its article and preposition (« entraîneur du club pour la saison 2023-2024 »)."""
    if i < 2 or fold(low[i - 1].rpartition("'")[2]) not in folded("period_nouns"):
        return i
    k = i - 1 if "'" in low[i - 1] else i - 2 if low[i - 2] in DEFINITE else i - 1
    return k - 1 if k > 1 and low[k - 1] in PERIOD_LINKS else k


def tenure_over(role: str, year: int) -> bool:
    """Does the role give the years its office was held, up to one before ``year`` (the year
    the article is written: « maire de Nantes de 1995 à 2012 »): an office held once, not the one
    held now? A term ending that year or later (« de 2020 à 2026 », « (2022-2027) ») is the
    current one."""
    said = _TENURE.search(role.lower().replace("’", "'"))
    return said is not None and int(said["to"] or said["dash"] or said["until"]) < year


def held_once(role: str) -> bool:
    """Does the role give the years its office was held, whenever they end: with no year to
    read them against, an office given with its years is one held once."""
    return _TENURE.search(role.lower().replace("’", "'")) is not None


def conjuncts(role: str) -> list[str]:
    """The roles joined by « et » in one role: where « et » opens another role noun, in the
    singular, or a distinction (« représentante des îles Basses et présidente de l'alliance »,
    « capitaine et ancien numéro 1 mondial »); not another complement (« ministre du Logement
    et de la Ville »), an adjective (« et solidaire ») or the plural members of a body
    (« président de l'Union des artisans et commerçants »)."""
    words = role.split()
    parts: list[list[str]] = [[]]
    skip = False
    for i, w in enumerate(words):
        if skip:  # the « de » of « et de chef du parti »
            skip = False
            continue
        rest = words[i + 1 :]
        # « … du Canada et de chef du parti »: the « de » of the office both follow
        skip = w == "et" and len(rest) > 1 and fold(rest[0]) == "de" and opens_function(rest[1:])
        if w == "et" and parts[-1] and rest and not _one_office(parts[-1], rest) and (
            skip or opens_function(rest) or distinction(" ".join(rest))
        ):
            parts.append([])
        else:
            skip = False
            parts[-1].append(w)
    return [" ".join(p) for p in parts if p]


def _one_office(first: list[str], rest: list[str]) -> bool:
    """Are the words before « et » and those after it one office whose own name is written with
    the coordination (lexicon/coordinated_offices.txt: « président et directeur général »,
    « présidente et cheffe de la direction »)? The words before « et » end with the entry's
    (« conseillère du président et directeur général de Valmor »: the PDG's adviser); after the
    entry's last word the role ends or its complement follows (« … de Valmor »), not another
    word of office (« président et directeur général adjoint »: two functions)."""
    before = [fold(w) for w in first]
    for entry in phrases("coordinated_offices"):
        cut = entry.index("et")
        head, tail = [fold(w) for w in entry[:cut]], [fold(w) for w in entry[cut + 1 :]]
        if before[-len(head) :] != head or [fold(w) for w in rest[: len(tail)]] != tail:
            continue
        after = rest[len(tail) :]
        if not after or fold(after[0]) in DE_CONTRACTED or fold(after[0]).startswith(("d'", "d’")):
            return True
    return False


def opens_function(words: list[str]) -> bool:
    """Do the words after « et » open another function: a role noun in the singular, after an
    adjective of office too (« et ancienne maire », « et actuel sénateur »:
    lexicon/office_adjectives.txt)? Not another complement (« et de la directrice »)."""
    head = words[0]
    if len(words) > 1 and fold(head) in folded("office_adjectives"):
        head = words[1]
    return _one_role_noun(head)


PEOPLE = frozenset(fold(n) for n in PERSON_NOUNS)  # grammar.PERSON_NOUNS, folded


def distinction(role: str) -> bool:
    """Is the role a distinction or a record rather than a function: headed by a noun of
    lexicon/distinction_nouns.txt or distinction_titles.txt or of a founding
    (lexicon/founding_roles.txt), after « ancien », « double » and the like, or a candidacy
    or a schooling over (lexicon/candidacy_nouns.txt, schooling_nouns.txt after « ancien »,
    « ex- »); or a rank before a noun of people (« première femme à … », a first; not before a
    role noun, « première femme maire de Vernac », whose office ``extent`` keeps); or a rank,
    « numéro » and a number not followed by the body it is the rank in (« numéro 1 mondial »,
    not « numéro deux du parti »)? A title of a realm over a common noun (« roi du pétrole »:
    ``standing``) is a standing, no function."""
    if figurative_title(role):
        return True
    words = _content(role)
    if not words:
        return False
    if _distinction_noun(words[0]) or words[0] in folded("founding_roles"):
        return True
    if len(words) > 1 and words[0] in RANKS and words[1] in PEOPLE and not _first_as(words):
        return True  # « première femme à présider l'Assemblée »: the first to do it, a record
    if words[0] in folded("candidacy_nouns") | folded("schooling_nouns") and former(
            role.split()[0]):
        return True  # « ex-candidate du parti », « ancien élève de l'école … »: over, a record
    if words[0].startswith("n°") and words[0][2:].isdigit():
        words = ["numero", words[0][2:], *words[1:]]
    ranked = words[0] == "numero" and len(words) > 1 and _number(words[1])
    return ranked and not (len(words) > 2 and (words[2] in DE_CONTRACTED or "'" in words[2]))


def _first_as(words: list[str]) -> bool:
    """Do the words open on a first in an office: a rank, a noun of people, then a role noun
    (« première femme maire de Vernac », « premier homme évêque de Brieux »)?"""
    return len(words) > 2 and fold(words[0]) in RANKS and fold(words[1]) in PEOPLE \
        and is_role_noun(words[2])


def fuller_role(role: str, given: tuple[Place, ...], start: int) -> str:
    """A bare role noun as the fuller form of the same noun the article gives the person
    (« président » for « président de la Fédération française de football », « Premier
    ministre » for « Premier ministre belge »: a noun with its rank; « ministre » for
    « vice-première ministre du Québec »: the rank before it too): the one closest
    before the quote at ``start``, else the first after it; the role itself when it has words
    beyond its noun or the article gives no fuller form, except a role naming no body that
    restates a named one given before the quote (``_named_before``: « maire de la ville »
    for « maire de Dole ») or one naming its body that the article gave with its seat before
    (``seated_before``: « procureur de la République » for « … de la République de Paris »).
    Words of its tenure are none of them (« maire démissionnaire » for « maire de Dole »)."""
    words = _untenured(role) or role.split()
    if len(words) > 1 and not all(is_role_noun(w) or fold(w) in RANKS for w in words):
        # words beyond its noun: « ministre belge », « maire de Dole »; but one that names no
        # body (« maire de la ville », « présidente du musée ») after the article gave the
        # same noun naming it stands for that one (« maire de Dole », « … du musée d'Orsay »)
        return _named_before(role, given, start) or seated_before(role, given, start) or role
    head = fold(" ".join(words))
    longer = [r for r in given if len(_untenured(r.text)) > len(words) and head in (
        fold(" ".join(r.text.split()[: len(words)])),  # « Premier ministre belge »
        fold(" ".join(_unranked(r.text.split())[: len(words)])),  # « vice-première ministre »
    )]
    before = [r for r in longer if r.start < start]
    # of two forms at one place (« ambassadeur de Chine » and « … de Chine à Paris »), the fullest
    if before:
        return max(before, key=lambda r: (r.start, len(r.text))).text
    return min(longer, key=lambda r: (r.start, -len(r.text))).text if longer else role


def _named_before(role: str, given: tuple[Place, ...], start: int) -> str | None:
    """The role the article gave the person before ``start`` that ``role``, naming no body,
    restates: ``role`` with more after it (« présidente du musée d'Orsay » for « présidente du
    musée »), or, for a town named again without its name (« maire de la ville »: « de », its
    article and a noun of lexicon/town_nouns.txt, nothing more), the same noun before « de » and
    a name alone (« maire de Dole »), not another body (« … de Grand Dole Habitat » is no
    town's name for « président de l'agglomération »); the closest."""
    words = role.replace("’", "'").split()
    if len(words) < 3 or not _de(words[1]) or names_place(role):
        return None
    said = fold(" ".join(words))
    town = _town(words[1:])
    found = []
    for r in given:
        other = r.text.replace("’", "'").split()
        if r.start >= start or len(other) < 2 or fold(other[0]) != fold(words[0]):
            continue
        if fold(" ".join(other)).startswith(said + " ") or (
                town and _de(other[1]) and _town_name(words_of(" ".join(other[1:]))[1:])):
            found.append(r)
    return max(found, key=lambda r: (r.start, len(r.text))).text if found else None


def town_again(description: str, role: str) -> bool:
    """Does the description name its town or département again without its name (its noun, « de »,
    an article and a noun of lexicon/town_nouns.txt, nothing more: « préfet du département »)
    where the role names a place by its name alone after its noun and « de » (« préfet de
    l'Aude »)? Not a role that says more or names a body (« préfet maritime de la Manche »,
    « préfet de police de Paris », « médecin du SAMU de l'Aude »)."""
    words = description.replace("’", "'").split()
    other = role.replace("’", "'").split()
    if len(words) < 2 or not _de(words[1]) or not _town(words[1:]):
        return False
    if len(other) < 3 or not _de(other[1]):
        return False
    said = words_of(" ".join(other[1:]))[1:]  # past its « de »
    if said and fold(said[0]) in _ARTICLES:  # « de l'Aude », « de la Somme »
        said = said[1:]
    return _town_name(said)


def _de(word: str) -> bool:
    """Is a word « de » or one of its forms (« du », « des », « d' » before a vowel)?"""
    return fold(word.split("'")[0] + ("'" if "'" in word else "")) in DE_CONTRACTED


_ARTICLES = frozenset(a.rstrip("'’") for a in DEFINITE)  # « l' » as words_of leaves it


def _town(complement: list[str]) -> bool:
    """Is a role's complement a town named again without its name: « de la ville », « de la
    commune », « du village » (lexicon/town_nouns.txt), no word after it?"""
    said = words_of(" ".join(complement))[1:]  # past its « de », which the caller checked
    if said and fold(said[0]) in _ARTICLES:
        said = said[1:]
    return len(said) == 1 and listed(said[0], "town_nouns")


def _town_name(said: list[str]) -> bool:
    """Are the words after « de » a place's name alone: capitalised words (« Dole », « La
    Rochelle », « Saint-Claude »), at most three, no number?"""
    return 0 < len(said) <= 3 and all(capitalised(w, letters=True) for w in said)


def _untenured(role: str) -> list[str]:
    """The words of a role but those of its tenure (« démissionnaire »)."""
    return [w for w in role.split() if fold(w) not in TENURE]


def _unranked(words: list[str]) -> list[str]:
    """The words of a role from its noun on, past the ranks before it (« vice-première ministre
    du Québec » from « ministre »)."""
    k = 0
    while k < len(words) - 1 and _rank(words[k]) and not is_role_noun(words[k]):
        k += 1
    return words[k:]


def _rank(word: str) -> bool:
    """ "premier", "première", "vice-premier": a rank, no role noun of its own."""
    return fold(word) in RANKS or role_prefix(word)[1] in RANKS


def grade_alone(role: str) -> bool:
    """Is the role a military rank and nothing more (lexicon/military_ranks.txt: « Nommée
    lieutenant-colonel »): a grade, no function; not a rank with what it commands or a
    country (« général en chef de l'armée », « amiral néerlandais »)?"""
    words = _content(role)
    return len(words) == 1 and words[0] in folded("military_ranks")


def _content(role: str) -> list[str]:
    """The folded words of a role from its head on: « ancien », « double », « ex- » left out."""
    words = [fold(w) for w in role.replace("’", "'").split()]
    while words and words[0] in HEAD_MODIFIERS:
        words = words[1:]
    if words and words[0].startswith("ex-"):
        words[0] = words[0][3:]
    return words


def _one_role_noun(word: str) -> bool:
    """A role noun of the lexicon in the singular, or the other gender of one (« mairesse »
    of « maire »), after a prefix of role_prefixes.txt too ("ex-adjointe", "co-présidente"):
    one person's function."""
    return role_form(role_prefix(word)[1])


def _distinction_noun(word: str) -> bool:
    return listed(word, "distinction_nouns") or listed(word, "distinction_titles")


def _number(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS
