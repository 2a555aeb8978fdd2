"""One cast for a batch: what one article says of a person serves the others.

In: every quote of a run (the whole batch is read first, as grouping does), and the people each
article names, quoted or not, when extraction gave them. A name one outlet misspells is first
written as the batch writes it (``batch_spellings``: « Ousmannou Keïta » where the other articles
write « Ousmanou Keïta » with a role that is one, or the same words, evidence ``batch-spelling``). A
speaker an article's text names by a surname alone takes the full name its title gives them (« Mme
May » under « Theresa May démissionne »: ``batch_names.titled``, evidence ``title-name``); names
written with and without their accents are one person's (``batch_names.one_person``). A description
left unresolved in one article ("le préfet de Mayotte", never named there) goes to the one person
another article names with a role that fits it and a gender that agrees with it ("la ministre" is no
man), whether that article quotes them or only names them: first among the articles of its story
(``Stories``: dated within ``story_days`` of it, and naming someone it names, quoting a body it
quotes, or reporting an utterance it reports; then those reached from one such article to the next),
then, when they name no holder, for a description saying more than its noun (« le procureur de
Nantes », « le chef du gouvernement ») only, in any article of the batch dated within ``story_days``
of it, both dated (a bare « le ministre » is its own story's): a batch of two events never gives
one's holder to the other; between several, the one this article names; never another article's
holder where the article gives the function to someone itself, nor, for another article's such
guess, a holder whose role there is only that article's own guess at the person it is about
(whatever other roles it gives them, but one of its kind). When no one in the batch holds a role
that fits it, one the article names whom another article gives a bare role of its noun
(« capitaine » for « le capitaine tricolore »), on the same terms. A description an article took for
the person it is about (the role its mention says, « l'ex-journaliste de Radio Vernac », not one
of the person taken's own) goes to another person it names whom the batch gives the role (a
bare noun of it too: « journaliste »; never when the article itself gives the one taken a role
that fits it: « le réalisateur X », then « le cinéaste »), else to
the one person its event gives it that it never names (two people both articles name, or
one utterance both report: one shared name may be a public figure of two events). A person
given no role in one article gets, after any its own other quotes give them (``own_roles``),
the role another article of its dates quoting them gives (else one only naming them:
``batch_roles``; never a description that article took for them and the batch gave to someone
else since), first the articles that report the same utterances of theirs as this one
(grouped, from article to article: this story, not another event they spoke at), and one whose
gender it does not show (or only guesses from the first name,
``name_model``) the gender another article shows (``batch_genders``), a description tied to them
too; the person's quotes of the article a description is tied to share their roles there
(``one_cast``); a heading that took the words of a quote moved so goes with it
(``batch_headings``); a speaker still of no gender whose name a description gave, or whom the
article names by a surname alone that a person its story quotes ends (never one it only names),
the gender the batch shows of the full name, else the first name's (``first_name_genders``); a
bare title (« Premier ministre ») the fuller form with a country's adjective
another quote of its article gives them (``batch_roles.with_country``). Each change says which
article supplied it in ``evidence`` (``batch-description:ID``, ``batch-role:ID``,
``batch-gender:ID``, ``batch-first-name:ID``), and a speaker found so has the confidence of
the path that found it (``confidence.followed``). Out: the quotes, in their order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from quotes.attribute.batch_genders import (
    agrees,
    first_name_genders,
    known_genders,
    shown_gender,
    shown_genders,
)
from quotes.attribute.batch_groups import Stories, Utterances, goes_on, to_group
from quotes.attribute.batch_headings import headings_moved
from quotes.attribute.batch_names import split_name, titled, written
from quotes.attribute.batch_roles import (
    guessed_only,
    latest,
    role_holders,
    roles_offered,
    spoken_roles,
    unlent,
    with_country,
    with_role,
    without_moved,
)
from quotes.attribute.batch_spellings import one_spelling
from quotes.attribute.confidence import followed
from quotes.attribute.functions import function
from quotes.attribute.name_model import NAME_MODEL
from quotes.attribute.own_roles import (
    GUESSED,
    article_role,
    one_cast,
    own_over_borrowed,
    positions,
)
from quotes.attribute.relational import relational
from quotes.attribute.role_fits import fits, fits_named
from quotes.attribute.role_words import heads, stems
from quotes.attribute.shown import plain
from quotes.lexicon import fold
from quotes.model import Evidence, Named, Quote
from quotes.settings import DEFAULT

if TYPE_CHECKING:
    from quotes.attribute.people import People

# a quote whose speaker is the one of the quote before: no cue, or a pronoun
_CONTINUED = frozenset({Evidence.SPEAKER_FROM_PREVIOUS_SENTENCE, Evidence.PRONOUN_TO_ANTECEDENT})


class _Moved(NamedTuple):
    """An article's last quote whose speaker another article named: the name the article itself
    gave (None: none), the name given, and the article that gave it."""
    guessed: str | None
    name: str
    source: str


def _named_here(name: str, cast: set[str], spelled: set[str]) -> bool:
    """Does the article name the person, in any of the forms ``written`` reads, whatever
    apostrophe it writes (« L’Huillier », « L'Huillier »; ``spelled``: the cast's names read
    so, ``_spelling``)?"""
    return written(name, cast) is not None or _spelling(name) in spelled


def _spelling(name: str) -> str:
    return fold(name).replace("’", "'")


def link_batch(
    quotes: list[Quote], named: dict[str, list[Named]] | None = None,
    utterances: Utterances | None = None, *, story_days: int = DEFAULT.story_days,
    people: People | None = None,
) -> list[Quote]:
    """The quotes with descriptions and missing roles filled in from the other articles;
    ``named``: the people each article names, by article id; ``utterances``: which quotes
    report one utterance (without it, no role is preferred for being of the same story);
    articles dated more than ``story_days`` apart tell two stories (``Stories``); ``people``:
    the people file the quotes were matched against, for a spelling it pins."""
    given = quotes
    quotes, named = one_spelling(quotes, named or {}, utterances, story_days=story_days,
                                 people=people)
    batch_names = {p.name for them in named.values() for p in them} | {
        q.speaker.name for q in quotes if q.speaker.kind == "person" and q.speaker.name}
    texts: dict[str, list[str]] = defaultdict(list)  # what the batch holds of each article's text
    for q in quotes:
        texts[q.article.id].append(q.sentence.text)
    quotes = [_title_named(q, named.get(q.article.id, []), batch_names,
                           "\n".join(texts[q.article.id])) for q in quotes]
    roles = spoken_roles(quotes)
    # the function each article's quotes show their speaker, as the roles offered are read
    on_quotes = {(f, q.article.id) for q in quotes
                 if q.speaker.role and (f := function(plain(q.speaker.role)))}
    genders = shown_genders(quotes)
    holders = role_holders(roles, named)
    fitting = _Fitting(holders, fits)
    # a guess goes to a person its article names, so a bare role of the noun fits too
    named_fitting = _Fitting(holders, fits_named)
    guessed = guessed_only(quotes)
    stories = Stories(quotes, named, utterances, story_days=story_days)
    sexes = known_genders(genders, named)
    alike: dict[str, dict[str, set[str]]] = {}  # name -> article -> articles saying alike
    dated = latest(quotes)  # the year an undated article is read as of
    out: list[Quote] = []
    at = positions(quotes)  # out[n] is quotes[n] as read
    moved: dict[str, _Moved] = {}  # article -> its last quote given a speaker
    taken: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, guessed) -> roles
    for q in quotes:
        sp = q.speaker
        follows = moved.get(q.article.id)
        if follows is not None and (
            (follows.guessed is not None and sp.name == follows.guessed
             and _CONTINUED & set(q.evidence))
            or (follows.guessed is None and goes_on(q, out[-1]))
        ):
            # the quote that goes on from the one just re-attributed, without a cue or by a
            # pronoun, goes with it
            went = sp if sp.name else replace(out[-1].speaker, mention=None,
                                              confidence=sp.confidence, resolution="continuation")
            q = replace(q, speaker=replace(went, name=follows.name),
                        evidence=(*q.evidence, f"{Evidence.BATCH_DESCRIPTION}:{follows.source}"))
            out.append(shown_gender(q, genders))
            continue
        moved.pop(q.article.id, None)
        said = _description(q)
        if sp.kind == "person" and said and (sp.name is None or GUESSED in q.evidence):
            # a guess is never overturned by another article's guess (a bare role of the
            # noun only for one the article names itself)
            cast = {p.name for p in named.get(q.article.id, [])}
            # left to no one: a holder in the batch, else one the article names whom another
            # article gives a bare role of its noun (« le capitaine tricolore », « capitaine »)
            holding = (fitting[said] if sp.name is None else []) or [
                (n, a) for n, a in named_fitting[said]
                if (sp.name is not None or written(n, cast) is not None) and any(
                    b == a and (n, a, r) not in guessed and (fits(said, r) or (
                        fits_named(said, r) and written(n, cast) is not None))
                    for r, b in holders[n])]
            found = _described(q, holding, sexes, named.get(q.article.id, []), stories, said)
            if found is not None and sp.name and _same_titled(
                    found[0], sp.name, said, q.article.id, holders, sexes):
                found = None  # « la princesse Ilse » elsewhere is this article's Ilse Brandt
            if found is not None:
                name, source = found
                moved[q.article.id] = _Moved(sp.name or None, name, source)
                # the role the quote showed stays when it is the description's or fits it,
                # never a role of the one it was taken for that says another function
                fitting_role = bool(sp.role) and fits_named(said, sp.role or "")
                if sp.name is not None:  # the mention's words, and the role shown when it is
                    # the description's: the one first taken keeps neither, but his own role
                    taken[q.article.id, sp.name].update(
                        r for r in (said, sp.role if fitting_role else None) if r)
                shown = sp.role if fitting_role else said
                q = replace(q, speaker=replace(sp, name=name, role=shown,
                                               resolution="description"),
                            evidence=(*q.evidence, f"{Evidence.BATCH_DESCRIPTION}:{source}"))
        elif (grouped := to_group(q, holders, stories)) is not None:
            q, source = grouped
            moved[q.article.id] = _Moved(sp.name or None, q.speaker.name or "", source)
        elif sp.kind == "person" and sp.name and (not sp.role or relational(sp.role)):
            # the article's own quotes, each as updated so far, else as read: a quote given to
            # someone else since lends its first speaker nothing; a relational noun shown
            # (« son homologue français ») gives way to another article's function
            same = at[q.article.id]
            own = article_role(q, (out[n] if n < len(out) else quotes[n] for n in same))
            # a function the article's other quotes give stands; when they give none, or only
            # a relational noun, another article's functions are offered (its relational
            # nouns never are)
            offered = set()
            if not own or relational(own):
                offered = {(r, a) for r, a in roles_offered(
                    sp.name, q, quotes, roles, holders, stories, alike, utterances, dated)
                    if not relational(r)}
            if offered:
                q = with_role(q, offered, on_quotes)
            elif own and not (sp.role and relational(own)):
                # the article's own role, but a relational noun never over one shown
                q = replace(q, speaker=replace(sp, role=own),
                            evidence=(*q.evidence, Evidence.OWN_ROLE))
        out.append(shown_gender(q, genders))
    out = [without_moved(q, taken.get((q.article.id, q.speaker.name or ""), set())) for q in out]
    out = [unlent(q, taken) for q in out]
    out = [own_over_borrowed(q, [out[n] for n in at[q.article.id]]) for q in out]
    out = first_name_genders(one_cast(headings_moved(quotes, out), at, named), named, stories)
    return [followed(*q) for q in zip(given, with_country(out, holders), strict=True)]


def _description(q: Quote) -> str | None:
    """The words that describe the speaker: for a description taken for the person the article
    is about, the role its mention gives (« l'ex-journaliste de Radio Vernac »), not a role of that
    person's own the quote shows (« conseiller de la famille »); else the quote's role."""
    sp = q.speaker
    if GUESSED in q.evidence and sp.mention is not None:
        m = sp.mention
        return next((r.text for r in sp.roles if m.start <= r.start and r.end <= m.end),
                    sp.role)
    return sp.role


def _title_named(q: Quote, people: list[Named], names: set[str], text: str) -> Quote:
    """The quote whose speaker its text names by a surname alone (« Mme May »), with the full
    name its article's title gives them (« Theresa May démissionne »: ``titled``), or its
    ``text`` (its quotes' sentences) writes apart, a mark between, as the batch's ``names``
    write it whole (``split_name``), the article's name for them (fixtures/gold/GUIDELINES.md,
    « Speaker name »); a name written at the cue is then completed as one given elsewhere is
    (``resolution="title"``), one found otherwise (a pronoun) keeps how. Never one of the
    other gender than the text shows (« M. », agreement, a pronoun; not a first name's
    guess)."""
    sp = q.speaker
    shown = None if NAME_MODEL in q.evidence else sp.gender
    cast = [p.name for p in people]
    if sp.kind != "person" or not sp.name or (full := titled(
            sp.name, q.article.title, cast, shown) or split_name(
            sp.name, cast, names, text, shown)) is None:
        return q
    how = "title" if sp.resolution == "explicit" else sp.resolution
    return replace(q, speaker=replace(sp, name=full, resolution=how),
                   evidence=(*q.evidence, Evidence.TITLE_NAME))


class _Fitting(dict[str, list[tuple[str, str]]]):
    """The people whose role fits a description, with each article giving them such a role:
    description -> (name, article), from the batch's ``holders``, each description's found
    once a batch (a batch describes its speakers in the same words many times)."""

    def __init__(self, holders: dict[str, set[tuple[str, str]]],
                 fits: Callable[[str, str], bool]) -> None:
        super().__init__()
        self.holders = holders
        self.fits = fits

    def __missing__(self, description: str) -> list[tuple[str, str]]:
        made = self[description] = [(name, article) for name, given in self.holders.items()
                                    for role, article in given if self.fits(description, role)]
        return made


def _described(
    q: Quote, fitting: list[tuple[str, str]], sexes: dict[str, set[str]], named: list[Named],
    stories: Stories, description: str | None,
) -> tuple[str, str] | None:
    """The one person of another article whose role fits the quote's ``description``
    (``fitting``: the holders of roles fitting it, ``_Fitting``), as its article writes them,
    with the first article giving the role; None for none or several."""
    sp = q.speaker
    found = {
        (name, article) for name, article in fitting
        if article != q.article.id and name != sp.name
        and agrees(sp.gender, sexes.get(fold(name), set()))
    }
    cast = {p.name for p in named}
    if sp.name is not None:
        spelled = {_spelling(c) for c in cast}
        # the person the article is about, taken for want of a better one: another person
        # the article names, whom another article gives the role, when the batch gives the
        # one taken no such role
        held = any(n == sp.name and a != q.article.id for n, a in fitting) or any(
            # … or the article itself gives them a role that fits (« le réalisateur X », then
            # « a réagi le cinéaste »): its own guess, not one for want of a better one
            p.name == sp.name and any(fits(description or "", r) for r in p.roles)
            for p in named)
        # … or, when the article names none of them, the one person its own event (two
        # people both name, or one utterance: ``Stories.one_event``) gives the role (« le
        # magistrat » taken for the assailant the article is about, the prosecutor named
        # only by the other outlets)
        told = {(n, a) for n, a in found if stories.one_event(q.article.id, a)
                and not _named_here(n, cast, spelled)}
        found = set() if held else {
            (w, a) for n, a in found if (w := written(n, cast)) is not None and w != sp.name
        } or told  # one person only: two are no one (below)
    names = {name for name, _ in found}
    if sp.name is None and (mine := {n for n, a in fitting if a == q.article.id}):
        # the article gives the function to someone itself: the batch names no one else
        found = {(n, a) for n, a in found if len(mine) == 1 and n in mine}
        names = {name for name, _ in found}
    else:  # the holders its own story names (``Stories``), never another event's
        reach = stories.reached(q.article.id)
        says_more = bool(stems(description or ""))
        found = {(n, a) for n, a in found if stories.told(q.article.id, a)} or {
            (n, a) for n, a in found if a in reach} or {
            # none: for a description saying more than its noun (« préfet de Nantes »), an
            # article of its days, both dated, whatever names they share
            (n, a) for n, a in found if says_more and stories.near(q.article.id, a)}
        names = {name for name, _ in found}
    if len(names) > 1 and len(ours := names & stories.people[q.article.id]) == 1:
        found, names = {(n, a) for n, a in found if n in ours}, ours  # the one it names
    if len(names) != 1:  # one person only: never a guess between two
        return None
    name = names.pop()
    # "De Wever" where the article says so
    return written(name, cast) or name, min(article for _, article in found)


def _same_titled(
    found: str, full: str, said: str, article: str,
    holders: dict[str, set[tuple[str, str]]], sexes: dict[str, set[str]],
) -> bool:
    """Is ``found``, another article's given name after a title (« la princesse Ilse »), the
    person this article names in full (``full``, « Ilse Brandt ») and took the description
    ``said`` for (« la princesse de Norlande »), by more than the given name: the title's noun
    is the description's (« princesse »), the genders agree, and the article gives the person
    no other function (« la réalisatrice Ilse Vogt » is no « reine de Norlande »)? Then the
    article's guess stands."""
    if not _given_name_of(found, full):
        return False
    own = heads(said)
    titled_so = any(own & heads(r) for r, a in holders.get(found, set()) if a != article)
    other = any(not own & heads(r) for r, a in holders.get(full, set()) if a == article)
    shown, theirs = sexes.get(fold(full), set()), sexes.get(fold(found), set())
    return titled_so and not other and (not shown or not theirs or bool(shown & theirs))


def _given_name_of(name: str, full: str) -> bool:
    """Is ``name`` the first word of the longer ``full`` name, the given name another article
    writes after a title (« la princesse Ilse ») for one this article names in full (« Ilse
    Brandt »)? Not the name itself (« Ilse » and « Ilse »)."""
    words = full.split()
    return len(words) > 1 and fold(words[0]) == fold(name)
