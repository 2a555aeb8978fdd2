"""The gender other articles of a batch show of a speaker.

The genders the batch's texts show of each person (never a first name's guess), as speakers and
as people named; a speaker whose article shows none, or only guesses one from the first name
(``name_model``), takes the one the other articles show, with the article showing it in
``evidence`` (``batch-gender:ID``); a description agrees with a person when their genders do.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from quotes.attribute.name_model import NAME_MODEL
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
