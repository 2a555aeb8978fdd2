"""Who is who across a batch: one name per person, and a key to compare two speakers by."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from quotes.attribute.name_model import listed_gender
from quotes.attribute.names import Name, inner_word, parse
from quotes.group.owned_keys import owner_written
from quotes.group.respelled import link_respelled
from quotes.group.similarity import normalize
from quotes.group.voiced import is_body, voiced_by
from quotes.lexicon import cached, fold, folded, folded_table, strip_title, table
from quotes.lexicon.grammar import DE_CONTRACTED
from quotes.model import Speaker


def link_speakers(names: Iterable[str | None],
                  together: Callable[[str, str], bool] | None = None,
                  genders: Mapping[str, str] | None = None,
                  by_first: Callable[[str, str], bool] | None = None,
                  roles: Mapping[str, set[str]] | None = None) -> dict[str, str]:
    """Map every person name of a batch to one canonical form per person.

    "Stoltenberg", "M. Stoltenberg" and "Jens Stoltenberg" become "Jens Stoltenberg"; two different
    first names with one surname stay apart, and a bare surname shared by two such people is left
    as it is rather than guessed; one first name with a surname two outlets spell two ways («
    Bonet-Mathis », « Bonnet-Mathis ») is one person when ``roles`` (a name's roles in the records)
    give both one office (``link_respelled``). A one-word name no surname joins goes to the one
    full name holding that word (``_inner_words``: "Ndiro" of "Ndiro da Costa") when ``together``
    says the two names may be one person of one story (``one_story.one_story``); a first name alone
    (« la princesse Kate ») goes to the one full name of the batch bearing it when the records give
    both one gender (``first_named``) and ``by_first`` says they are one person of one event
    (``first_names.FirstNames``). Without ``together`` no one-word name joins a full name, and
    without ``by_first`` no first name alone does. ``genders``: the one gender the records give a
    name, where they do (``one_story.person_genders``).
    """
    by_surname: dict[str, set[str]] = defaultdict(set)
    quoted = Counter(n for n in names if n)
    for name in quoted:  # each name once (no empty one): a batch names its speakers often
        parts = strip_title(name.replace("’", "'").split())
        if parts:
            by_surname[fold(parts[-1])].add(name)
    linked: dict[str, str] = {}
    for forms in by_surname.values():
        full = {f for f in forms if len([p for p in f.split() if not p.endswith(".")]) >= 2}
        firsts = {fold(f.split()[0]) for f in full}
        for form in forms:
            if len(firsts) == 1 and full:
                # the longest full name; between equal lengths the same one in every run
                # (a set's order follows the salted str hash), the accented one first
                linked[form] = max(full, key=lambda f: (len(f), f))
            elif form in full:
                linked[form] = form
            else:
                # a bare or initialled surname: join the one full name it fits, if only one does
                first = form.split()[0]
                fits: list[str] = []
                if "." in first:
                    fits = [f for f in full if fold(f.split()[0])[:1] == fold(first)[:1]]
                linked[form] = fits[0] if len(fits) == 1 else form
    linked = link_respelled(linked, quoted, roles or {})
    return linked if together is None else _inner_words(linked, together, genders or {}, by_first)


class _Holder(NamedTuple):
    """One person of the batch by the full name ``link_speakers`` gives them: as written, and
    parsed."""

    text: str
    parts: Name


def _inner_words(linked: dict[str, str], together: Callable[[str, str], bool],
                 genders: Mapping[str, str],
                 by_first: Callable[[str, str], bool] | None = None) -> dict[str, str]:
    """``linked`` with each one-word name that joined no full name by its last word given the
    one full name of the batch that holds the word elsewhere (``names.inner_word``: « Ndiro » of
    « Ndiro da Costa », « Alemu » of « Tsegay Alemu Berhane »), when ``together`` says they may
    be one person of one story: not a known first name (« Paul » and « Paul Morel » may be father
    and son), nor a word two people's names share (« Odiaka » of « Tamsir Odiaka Berhane » and
    « Ouldi Odiaka Haddou »), nor the first name of the full name that any list gives (a
    witness « Dominique », « Claude », « Chelsea » beside « Dominique de Villepin »:
    lexicon/epicene_names.txt, given_names.tsv; « Lula » inside « Luiz Inácio Lula da Silva »
    is no first name of his, nor « Lula » of « Lula da Silva » where the records give both
    names a man's gender and the list a woman's name, ``_given``). A full name is a person's
    alone: not a list of people, nor a description naming someone (« avocats de Pedro
    Kawa »). A listed first name that joins no one so (not found, or kept from the full name
    it opens by ``_given``: « Ilse » of « Ilse Brandt ») goes to the full name whose first name it
    is, the only one of the batch, when both names have one gender (``first_named``) and
    ``by_first`` allows it (none: never)."""
    holders = [_Holder(full, parts) for full in sorted(set(linked.values()))
               if (parts := parse(full)) is not None and parts.first and not parts.initialled
               and parts.key.replace("’", "'") == speaker_key(full) and not several(parts.key)]
    by_word: dict[str, list[_Holder]] = defaultdict(list)  # a batch's names are many: each
    for h in holders:  # one-word name asks only the full names holding it
        for word in set(h.parts.key.split()):
            by_word[word].append(h)
    for form, to in linked.items():
        if to != form or (name := parse(form)) is None or name.first or " " in name.surname:
            continue
        found = inner_word(name, by_word.get(name.key, ()))
        one = genders.get(form)
        if found:
            borne = one if one is not None and genders.get(found[0].text) == one else None
            if not _given(name.surname, found[0].parts, borne) and together(form, found[0].text):
                linked[form] = found[0].text
                continue
            if found[0].parts.given_key != name.key:
                continue
        # a first name: not only one ``inner_word`` leaves to no one (« Maud »), but one it
        # finds as the first name of the full name (« Ilse » of « Ilse Brandt », given_names.tsv)
        if by_first is not None and (full := first_named(
                name, by_word.get(name.key, ()), one, genders)) is not None \
                and by_first(form, full):
            linked[form] = full
    return linked


def first_named(name: Name, holding: Iterable[_Holder], gender: str | None,
                genders: Mapping[str, str]) -> str | None:
    """The one full name of the batch whose first name is the one-word ``name`` (« Kate »,
    « la princesse Kate », for « Kate Middleton »), when the records give both names one gender
    (``gender``: the one-word name's; ``genders``: every name's), so that a first name says who
    it is no more than the text does: none when two people of the batch bear that first name
    (« Paul Morel », « Paul Girard »), nor when a gender is unknown or differs (« Camille,
    infirmière », « le député Camille Roux »), nor for a word no list gives as a first name
    (lexicon/first_names.tsv, given_names.tsv)."""
    key = name.key
    if key not in folded_table("first_names") and key not in folded_table("given_names"):
        return None
    found = [h.text for h in holding if h.parts.given_key == key]
    if gender is None or len(found) != 1 or genders.get(found[0]) != gender:
        return None
    return found[0]


def _given(word: str, holder: Name, borne: str | None) -> bool:
    """Is ``word`` the holder's first name, and a given name some list knows (the epicene
    names, the wider list: « Camille », « Chelsea »)? Not when the list gives it to one sex
    only and the records give the person the other (``borne``: the gender both names have,
    "male" or "female"): the name is no given name of theirs, but a byname (« Lula », a
    woman's name in the list, of the man « Lula da Silva »)."""
    key = fold(word)
    if holder.given_key != key:
        return False
    if key in folded("epicene_names"):
        return True
    listed = listed_gender(word)
    return listed is not None and (borne is None or borne[:1] == listed)


def speaker_key(name: str) -> str | None:
    """Who a name designates, for comparing two speakers: case, accents, apostrophes and
    titles set aside ("Un responsable de l'OTAN" is "un responsable de l’Otan")."""
    return " ".join(strip_title(fold(name).replace("’", "'").split())) or None


def batch_keys(names: Iterable[str], linked: dict[str, str]) -> dict[str, str | None]:
    """Each name's ``speaker_key`` (of the one name ``linked`` gives that person), with the keys
    that differ only in their spaces and hyphens made one (« exxonmobil france », « exxon mobil
    france »; « jean-luc roy », « jean luc roy »): two outlets that write one name two ways
    name one speaker."""
    key_of = {name: speaker_key(linked.get(name, name)) for name in names}
    first: dict[str, str] = {}
    for key in sorted({k for k in key_of.values() if k}):
        first.setdefault(_squeezed(key), key)
    return {name: first[_squeezed(k)] if k else k for name, k in key_of.items()}


def _squeezed(key: str) -> str:
    return key.replace(" ", "").replace("-", "")


def spelling(name: str) -> str:
    """A name's ``speaker_key`` with its spaces and hyphens set aside, as ``batch_keys`` makes
    them one: « Rima Abdul-Malak » and « Rima Abdul Malak », « INSEE » and « Insee ». A name
    with no key (titles alone) is its own spelling, never another name's."""
    key = speaker_key(name)
    return _squeezed(key) if key else f"\x00{name}"


def may_say_together(a: str, b: str) -> bool:
    """Whether two speaker keys (``speaker_key``) may have given one utterance though they
    differ: a list of people (« Marine Le Pen et Florian Philippot ») said it with each of
    them, and with any shorter list of them."""
    return _people(a) <= _people(b) or _people(b) <= _people(a)


def several(key: str) -> bool:
    """Whether a speaker key names a list of people (« X et Y », « X, Y et Z »)."""
    return len(_people(key)) > 1


@lru_cache(maxsize=1 << 16)
def _people(key: str) -> frozenset[str]:
    return frozenset(p.strip() for p in key.replace(" et ", ", ").split(", ") if p.strip())


_ARTICLES = ("le", "la", "les")
_OF = ("de", "du", "des")


def _bare(key: str) -> str:
    """A speaker key without its leading article (« la direction de renault »)."""
    words = key.split()
    if words and words[0] in _ARTICLES:
        words = words[1:]
    if words and words[0].startswith("l'"):
        words[0] = words[0][2:]
    return " ".join(words)


def _whole(key: str, bodies: dict[str, str]) -> str | None:
    """The organisation (a key of ``bodies``, bare) that ``key`` names a part of: its head
    is a part noun (``org_parts``) and a complement after « de », « du », « des » or « d' »
    is that organisation's name (« service de presse de l'elysee » for « l'elysee »)."""
    words = _bare(key).split()
    if len(words) < 3 or words[0] not in folded("org_parts"):
        return None
    for n, word in enumerate(words[1:], start=1):
        if word in _OF and n + 1 < len(words):
            rest = " ".join(words[n + 1:])
        elif word.startswith("d'") and len(word) > 2:
            rest = " ".join([word[2:], *words[n + 1:]])
        else:
            continue
        if (body := bodies.get(_bare(rest))) is not None:
            return body
    return None


def wholes(keys: Iterable[str]) -> dict[str, str]:
    """Map the key of each organisation speaker that names a part or an authority of another
    organisation speaker of the batch (« le bureau exécutif du front national », « la
    direction de renault ») to that organisation's key: for grouping, the body speaks for
    it. Two bodies of one organisation map to one key, so their wordings still decide."""
    unique = sorted(set(keys))
    bodies: dict[str, str] = {}
    for key in unique:
        bodies.setdefault(_bare(key), key)
    out: dict[str, str] = {}
    for key in unique:
        whole, seen = _whole(key, bodies), {key}
        while whole is not None and whole not in seen:  # a part of a part: the organisation
            out[key] = whole
            seen.add(whole)
            whole = _whole(whole, bodies)
    return out


@cached
def _holders() -> dict[str, frozenset[str]]:
    """lexicon/office_holders.tsv, normalised: a body's head noun -> its holders' nouns."""
    return {normalize(body): frozenset(normalize(nouns).split())
            for body, nouns in table("office_holders")}


@cached
def _holder_nouns() -> frozenset[str]:
    """Every holder's noun of lexicon/office_holders.tsv, normalised."""
    return frozenset().union(*_holders().values())


_DE = frozenset(normalize(w) for w in DE_CONTRACTED)  # « d' » is "d"


def _after_of(words: list[str]) -> str | None:
    """What follows the first « de », « du », « des » or « d » of normalised words."""
    for n, word in enumerate(words):
        if word in _DE and n + 1 < len(words):
            return " ".join(words[n + 1:])
    return None


def may_hold(body: str, role: str) -> bool:
    """Whether ``role`` opens on a noun of one who heads or speaks for the body ``body`` (a
    speaker key; lexicon ``office_holders``: « préfète » for the « préfecture de l'Hérault »,
    « rectrice » for the « rectorat de Lille »), the role's place, when it names one, ending
    on the body's (« préfet du Gard » holds no « préfecture de l'Hérault »). An outlet that
    names the person by the role alone names no one the body's outlet does not."""
    words, said = normalize(_bare(body)).split(), normalize(role).split()
    holders = _holders().get(words[0]) if words else None
    if not holders or not set(said[:2]) & holders:
        return False
    place, own = _after_of(words), _after_of(said)
    return place is None or own is None or f" {own}".endswith(f" {place}")


def offices(orgs: Iterable[str], roles: dict[str, set[str]]) -> dict[str, str]:
    """Map the key of each organisation speaker of a batch (``orgs``) to the key of the one
    person of the batch (``roles``: each person's key -> their roles, normalised) who holds it
    (lexicon ``office_holders``): « parquet de rennes » to the person whose role is « procureur
    de rennes » (or « procureur de la république de rennes »), « mairie de brest » to the
    « maire de brest ». When two people of the batch fit, or none, the body stays itself:
    outlets quote such a body and the person who holds it as one source, and grouping should
    not keep them apart. A body named by its own name (a party, a company) is not: its leader
    speaks for themselves too."""
    holders, nouns = _holders(), _holder_nouns()
    # (holder noun, place) -> people: a role's place, and each end of it (« la république de
    # rennes » is in « rennes » too)
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person, said in roles.items():
        for r in said:
            words = r.split()
            heads = set(words[:2]) & nouns
            if not heads or (place := _after_of(words)) is None:
                continue
            ends = place.split()
            for n in range(len(ends)):
                for head in heads:
                    held[(head, " ".join(ends[n:]))].add(person)
    out: dict[str, str] = {}
    for org in sorted(set(orgs)):
        words = normalize(_bare(org)).split()
        if not words or words[0] not in holders or (body := _after_of(words)) is None:
            continue  # a party, a company, a union and its leader are two sources
        fits = set().union(*(held.get((noun, body), set()) for noun in holders[words[0]]))
        if len(fits) == 1:
            out[org] = fits.pop()
    return out


def spoken_for(names: Sequence[str | None], speakers: Sequence[Speaker]) -> list[str | None]:
    """The speaker keys of a batch's quotes (``names``, of their ``speakers``), with each
    organisation that one person of the batch heads or speaks for given that person's key
    (``offices``), and each body that one person's speaking role names (``voiced.voiced_by``:
    « directeur général de l'OMS »), even where extraction took the body for a person."""
    office, voiced = _spoken(names, speakers)
    owned = owner_written(names)
    names = [owned.get(k, k) if k else k for k in names]
    if not office and not voiced:
        return list(names)
    return [office.get(k, k) if k and sp.kind == "organization" and k in office
            else voiced.get(k, k) if k else k for k, sp in zip(names, speakers, strict=True)]


def _spoken(keys: Sequence[str | None], speakers: Sequence[Speaker]
            ) -> tuple[dict[str, str], dict[str, str]]:
    """The bodies among ``keys`` with the key of the one person who holds each (``_held``),
    and those with the key of the one person whose speaking role names it (``voiced_by``)."""
    written = _roles(keys, speakers)
    # a body by the records, or a name extraction took for a person's that a noun of a body
    # heads (« Agence régionale de santé »): never a person's name, whatever its first name
    voiced = voiced_by((k for k, sp in zip(keys, speakers, strict=True) if k and (
        sp.kind == "organization" or is_body(k))), written)
    return _held(keys, speakers, written), voiced


def spoken_by(keys: Sequence[str | None], speakers: Sequence[Speaker]) -> dict[str, str]:
    """Each body among ``keys`` with the key of the one person who holds it or speaks for it
    (``held_by`` or ``voiced.voiced_by``): one outlet writes the body, another its voice."""
    office, voiced = _spoken(keys, speakers)
    return voiced | office


def _roles(keys: Sequence[str | None], speakers: Sequence[Speaker]) -> dict[str, set[str]]:
    """Each person's key among ``keys`` with the roles, as written, their quotes give them."""
    roles: dict[str, set[str]] = defaultdict(set)
    for key, sp in zip(keys, speakers, strict=True):
        if key and sp.kind == "person" and sp.role:
            roles[key].add(sp.role)
    return roles


def held_by(keys: Sequence[str | None], speakers: Sequence[Speaker]) -> dict[str, str]:
    """Each organisation among ``keys`` (speaker keys, of their ``speakers``; None for one
    left out) with the key of the one person among them who holds it (``offices``, by the
    roles any of their quotes gives them)."""
    return _held(keys, speakers, _roles(keys, speakers))


def _held(keys: Sequence[str | None], speakers: Sequence[Speaker],
          written: Mapping[str, set[str]]) -> dict[str, str]:
    """``held_by`` on the roles as written (``_roles``) the caller has already gathered."""
    normal: dict[str, str] = {}  # a batch gives one role many times
    roles = {key: {normal.get(r) or normal.setdefault(r, normalize(r)) for r in written_roles}
             for key, written_roles in written.items()}
    orgs = {k for k, sp in zip(keys, speakers, strict=True) if k and sp.kind == "organization"}
    return offices(orgs, roles) if roles and orgs else {}
