"""The gender other articles of a batch show of a speaker.

The genders the batch's texts show of each person (never a first name's guess), as speakers and
as people named; a speaker whose article shows none, or only guesses one from the first name
(``name_model``), takes the one the other articles show, with the article showing it in
``evidence`` (``batch-gender:ID``); a description agrees with a person when their genders do.
A speaker the batch named (a description another article names, « le président du comité »
there « Graham Brady »), or whom the article names by a surname alone that the batch gives in
full (« Me Roux » here, « Anne Roux » there), and whose gender no text shows, takes the first
name's gender (``first_name_genders``), as a speaker named in full in their article does.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from quotes.attribute.batch_names import full_names
from quotes.attribute.name_model import NAME_MODEL, name_guess
from quotes.attribute.names import first_name_gender, given_name_only, parse
from quotes.attribute.quote_records import GENDERS
from quotes.lexicon import fold
from quotes.model import Evidence, Named, Quote


def shown_genders(quotes: list[Quote]) -> dict[str, dict[str, str]]:
    """Each speaker's genders the texts show (not a first name's guess), with the first
    article by id showing each: name, folded (``batch_names.one_person``) -> gender ->
    article id."""
    genders: dict[str, dict[str, str]] = defaultdict(dict)
    for q in sorted(quotes, key=lambda q: q.article.id):
        if q.speaker.kind == "person" and q.speaker.name and q.speaker.gender and (
                NAME_MODEL not in q.evidence):
            genders[fold(q.speaker.name)].setdefault(q.speaker.gender, q.article.id)
    return genders


def known_genders(
    genders: dict[str, dict[str, str]], named: dict[str, list[Named]]
) -> dict[str, set[str]]:
    """Each person's genders, as speakers and as people named, by folded name."""
    sexes = {name: set(g) for name, g in genders.items()}
    for people in named.values():
        for p in people:
            if p.gender:
                sexes.setdefault(fold(p.name), set()).add(p.gender)
    return sexes


def shown_gender(q: Quote, genders: dict[str, dict[str, str]]) -> Quote:
    """The quote with the one gender the batch's texts show of its speaker ("Dominique Arnal"
    is "elle" in another article), where its own article shows none, or its first name only
    guessed one; also for a speaker a description was just tied to ("le camerlingue")."""
    sp = q.speaker
    shown = genders.get(fold(sp.name or ""), {})
    guessed = NAME_MODEL in q.evidence
    if sp.kind != "person" or not sp.name or (sp.gender and not guessed) or len(shown) != 1:
        return q
    gender, source = next(iter(shown.items()))
    kept = tuple(e for e in q.evidence if e != NAME_MODEL)
    sp = replace(sp, gender=gender)  # type: ignore[arg-type]
    return replace(q, speaker=sp, evidence=(*kept, f"{Evidence.BATCH_GENDER}:{source}"))


def agrees(gender: str | None, shown: set[str]) -> bool:
    """Does a description's gender ("la ministre") agree with the genders the batch shows of a
    person: either unknown, or the same."""
    return gender is None or not shown or shown == {gender}


def first_name_genders(quotes: list[Quote], named: dict[str, list[Named]]) -> list[Quote]:
    """The quotes with the gender of the first name the batch gives a speaker whose gender no
    text shows (``_first_named``); ``named``: the people each article names."""
    names = {p.name for people in named.values() for p in people} | {
        q.speaker.name for q in quotes if q.speaker.kind == "person" and q.speaker.name}
    return [_first_named(q, names) for q in quotes]


def _first_named(q: Quote, names: set[str]) -> Quote:
    """``q`` with its speaker's first name's gender (lexicon/first_names.tsv, else the name
    model's guess, told by ``NAME_MODEL``) when the name came from another article
    (``BATCH_DESCRIPTION``: the article never gave it, so never its first name) or the article
    names them by a surname alone that the batch's names end, all one person's
    (``batch_names.full_names``: « Morel » and both « Paul Morel » and « Lise Morel » give
    nothing); never a given name alone (« Barbara »), a group's names (« Hugo et Clara »), nor
    names that show two genders."""
    sp = q.speaker
    if sp.kind != "person" or not sp.name or sp.gender or given_name_only(sp.name):
        return q
    if " et " in sp.name or "," in sp.name:  # names joined (``mentions.joined``): a group's
        return q
    parts = parse(sp.name)
    if parts is None or parts.initialled:
        return q
    if parts.first is None:
        full = full_names(sp.name, names)
    elif any(e.startswith(Evidence.BATCH_DESCRIPTION) for e in q.evidence):
        full = {sp.name}
    else:
        return q
    listed = {first_name_gender(p.first) for n in full if (p := parse(n)) is not None}
    guessed = {name_guess(n) for n in full}
    gender = listed if None not in listed else guessed
    sex = next(iter(gender)) if len(gender) == 1 else None
    if sex is None:
        return q
    told = (NAME_MODEL,) if gender is guessed else ()
    return replace(q, speaker=replace(sp, gender=GENDERS[sex]), evidence=(*q.evidence, *told))
