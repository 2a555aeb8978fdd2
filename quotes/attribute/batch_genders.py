"""The gender other articles of a batch show of a speaker.

The genders the batch's texts show of each person (never a first name's guess), as speakers and
as people named; a speaker whose article shows none, or only guesses one from the first name
(``name_model``), takes the one the other articles show, with the article showing it in
``evidence`` (``batch-gender:ID``); a description agrees with a person when their genders do.
A speaker the batch named (a description another article names, « le président du comité »
there « Graham Brady »), or whom the article names by a surname alone that the batch gives in
full in its story, quoting them (« Me Roux » here, « Anne Roux » there), and whose gender no
text of their article shows, takes the gender the batch shows of the full name, else the first
name's (``first_name_genders``, evidence ``batch-first-name:ID``), as a speaker named in full in
their article does.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from quotes.attribute.batch_groups import Stories
from quotes.attribute.batch_names import full_names, joined_names
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


def first_name_genders(
    quotes: list[Quote], named: dict[str, list[Named]], stories: Stories
) -> list[Quote]:
    """The quotes with the gender the batch gives a speaker whose gender no text of their
    article shows (``_first_named``); ``named``: the people each article names; ``stories``:
    which articles tell one story."""
    quoted: dict[str, set[str]] = defaultdict(set)  # article -> the people it quotes
    for q in quotes:
        if q.speaker.kind == "person" and q.speaker.name:
            # a pair's quote quotes each of its full names (« Anne Roy et Paul Morel »)
            quoted[q.article.id].update(n for n in joined_names(q.speaker.name) if (
                (parts := parse(n)) is not None and parts.first is not None) or n == q.speaker.name)
    shown = shown_genders(quotes)  # folded name -> gender -> article
    alone = {q.speaker.name for q in quotes if q.speaker.kind == "person" and q.speaker.name}
    for article in sorted(named):
        for p in named[article]:
            # a pair's member only: the agreement the article read is the pair's words
            if p.gender and p.name in alone:
                shown.setdefault(fold(p.name), {}).setdefault(p.gender, article)
    articles = sorted({*quoted, *named})
    return [_first_named(q, articles, quoted, named, stories, shown) for q in quotes]


def _first_named(
    q: Quote, articles: list[str], quoted: dict[str, set[str]], named: dict[str, list[Named]],
    stories: Stories, shown: dict[str, dict[str, str]],
) -> Quote:
    """``q`` with the gender of its speaker's full name when the name came from another article
    (``BATCH_DESCRIPTION``: the article never gave it, so never its first name) or the article
    names them by a surname alone that the names of its story end (``Stories.told``), all one
    person's (``batch_names.full_names``: « Morel » and both « Paul Morel » and « Lise Morel »
    give nothing), a person that story quotes, alone or in a pair, not one it only names (« Léa
    Rousseau » missing, « Rousseau » her father). The gender the batch's texts show of the full
    name comes first (``batch-gender:ID``; two shown give nothing; a people list's only for one
    quoted alone, a pair's words showing the pair's), else the first name's
    (lexicon/first_names.tsv, else the name model's guess, told by ``NAME_MODEL``), with the
    article giving it (``batch-first-name:ID``); never for a given name alone (« Barbara ») nor
    a group's names."""
    sp = q.speaker
    if sp.kind != "person" or not sp.name or sp.gender or given_name_only(sp.name) or len(
            joined_names(sp.name)) > 1:
        return q
    parts = parse(sp.name)
    if parts is None:
        return q
    if parts.first is None:
        story = [a for a in articles if stories.told(q.article.id, a)]
        names = {n for a in story for n in (*quoted[a], *(p.name for p in named.get(a, ())))}
        full = full_names(sp.name, names)
        sources = [a for a in story if full & quoted[a]]
        if not full or not all(any(n in quoted[a] for a in story) for n in full):
            return q
    elif given := next((e for e in q.evidence if e.startswith(Evidence.BATCH_DESCRIPTION)), None):
        full, sources = {sp.name}, [given.split(":", 1)[1]]
    else:
        return q
    seen = {g: a for n in full for g, a in shown.get(fold(n), {}).items()}
    if seen:
        if len(seen) > 1:
            return q
        gender, source = next(iter(seen.items()))
        told = f"{Evidence.BATCH_GENDER}:{source}"
        sp = replace(sp, gender=gender)  # type: ignore[arg-type]
        return replace(q, speaker=sp, evidence=(*q.evidence, told))
    listed = {first_name_gender(p.first) for n in full if (p := parse(n)) is not None}
    # the name model only where the list does not know a first name
    gender_of = listed if None not in listed else {name_guess(n) for n in full}
    if len(gender_of) != 1 or (sex := next(iter(gender_of))) is None:
        return q
    told_by = (NAME_MODEL,) if gender_of is not listed else ()
    return replace(q, speaker=replace(sp, gender=GENDERS[sex]), evidence=(
        *q.evidence, f"{Evidence.BATCH_FIRST_NAME}:{sources[0]}", *told_by))
