"""What the batch does with a description the article took for its main person, left to no one,
or whose words a heading repeats (batch.py, batch_headings.py): the guess stays when the article
itself gives the one taken a role that fits (« le réalisateur X », then « le cinéaste »); a
description left to no one goes to the one person the article names whom another article gives
a bare role of its noun; a heading that took the words of a quote the batch moves goes with it."""

from dataclasses import replace

import pytest
from test_grouping import rec

from quotes.attribute.batch import link_batch
from quotes.model import Named, Span

GUESS = "description-to-main-person"
HEADING = ("heading", "heading-same-words")


def said(qid, article, speaker, role, how=(), text=None):
    q = rec(qid, article, text or f"Propos {qid}", speaker=speaker)
    q = replace(q, speaker=replace(q.speaker, role=role,
                                   roles=(Span(0, len(role), role),) if role else ()))
    if not how:
        return q
    return replace(q, speaker=replace(q.speaker, resolution="description" if speaker else
                                      "unresolved"), evidence=(*q.evidence, *how))


def cast(*people, **roles):
    """a2 names ``people``, with the roles given by keyword (spaces as underscores)."""
    return {"a2": [Named(p, roles=tuple(roles.get(p.replace(" ", "_"), ()))) for p in people]}


# (roles a2 gives the one it took for « le cinéaste », who the quote goes to)
GUESSES = [
    # fire: a2 calls Léo Ferrat « le réalisateur » itself: its guess stands
    (("réalisateur",), "Léo Ferrat"),
    (("cinéaste",), "Léo Ferrat"),
    # must not: a2 gives him another function, or none: the batch's holder named in a2
    (("producteur",), "Marc Salin"),
    ((), "Marc Salin"),
]


@pytest.mark.parametrize(("own", "speaker"), GUESSES)
def test_a_guess_the_article_gives_a_fitting_role_is_not_moved(own, speaker):
    holder = said("q-1", "a1", "Marc Salin", "réalisateur")
    taken = said("q-2", "a2", "Léo Ferrat", "cinéaste", (GUESS,))
    named = cast("Léo Ferrat", "Marc Salin", Léo_Ferrat=own, Marc_Salin=("réalisateur",))
    assert link_batch([holder, taken], named)[1].speaker.name == speaker


# (a2's people, the role a1 gives Yves Tanguy, who a2's unresolved « capitaine tricolore » is)
LEFT = [
    # fire: a2 names Yves Tanguy; a1 calls him « capitaine »
    (("Léo Ferrat", "Yves Tanguy"), "capitaine", "Yves Tanguy"),
    # must not: a2 does not name him (a bare noun is anyone's elsewhere)
    (("Léo Ferrat",), "capitaine", None),
    # must not: another noun (« entraîneur » is no « capitaine »)
    (("Léo Ferrat", "Yves Tanguy"), "entraîneur", None),
]


@pytest.mark.parametrize(("people", "role", "speaker"), LEFT)
def test_a_description_left_to_no_one_goes_to_one_the_article_names_with_its_bare_noun(
        people, role, speaker):
    holder = said("q-1", "a1", "Yves Tanguy", role)
    left = said("q-2", "a2", None, "capitaine tricolore", ("description-unresolved",))
    out = link_batch([holder, left], cast(*people))
    assert out[1].speaker.name == speaker


def test_a_heading_goes_with_the_quote_whose_words_it_repeats():
    holder = said("q-1", "a1", "Yves Tanguy", "capitaine tricolore")
    heading = said("q-2", "a2", "Léo Ferrat", None, HEADING, text="On a tout donné")
    taken = said("q-3", "a2", "Léo Ferrat", "capitaine tricolore", (GUESS,),
                 text="C'est historique, on a tout donné ce soir")
    named = cast("Léo Ferrat", "Yves Tanguy")
    out = link_batch([holder, heading, taken], named)
    assert [q.speaker.name for q in out[1:]] == ["Yves Tanguy", "Yves Tanguy"]
    assert "batch-description:a1" in out[1].evidence


@pytest.mark.parametrize("case", ["other words", "two quotes", "not moved"])
def test_a_heading_stays_where_its_quote_is_not_moved_alone(case):
    holder = said("q-1", "a1", "Yves Tanguy", "capitaine tricolore")
    heading = said("q-2", "a2", "Léo Ferrat", None, HEADING, text="On a tout donné")
    taken = said("q-3", "a2", "Léo Ferrat", "capitaine tricolore", (GUESS,),
                 text="C'est historique, on a tout donné ce soir")
    own = said("q-4", "a2", "Léo Ferrat", None, text="On a tout donné, je suis fier")
    quotes = [holder, heading, taken]
    if case == "other words":  # the moved quote does not say the heading's words
        quotes[2] = replace(taken, span=replace(taken.span, text="C'est historique"))
    elif case == "two quotes":  # he says them again himself: whose they are is unclear
        quotes.append(own)
    else:  # the quote stays his: the heading too
        quotes[2] = said("q-3", "a2", "Léo Ferrat", "capitaine tricolore",
                         text="C'est historique, on a tout donné ce soir")
    out = link_batch(quotes, cast("Léo Ferrat", "Yves Tanguy"))
    assert out[1].speaker.name == "Léo Ferrat"


def test_a_heading_goes_with_its_quote_whoever_else_says_its_words():
    """Only the quotes its own speaker said count: another's words (« On a tout donné », said
    by the coach too) leave the heading to follow the moved quote."""
    holder = said("q-1", "a1", "Yves Tanguy", "capitaine tricolore")
    heading = said("q-2", "a2", "Léo Ferrat", None, HEADING, text="On a tout donné")
    taken = said("q-3", "a2", "Léo Ferrat", "capitaine tricolore", (GUESS,),
                 text="C'est historique, on a tout donné ce soir")
    other = said("q-4", "a2", "Marc Salin", None, text="On a tout donné, bravo à eux")
    out = link_batch([holder, heading, taken, other], cast("Léo Ferrat", "Yves Tanguy",
                                                           "Marc Salin"))
    assert out[1].speaker.name == "Yves Tanguy"


def test_a_heading_stays_where_its_quotes_go_to_two_people():
    holder = said("q-1", "a1", "Yves Tanguy", "capitaine tricolore")
    coach = said("q-5", "a3", "Paul Brun", "sélectionneur national")
    heading = said("q-2", "a2", "Léo Ferrat", None, HEADING, text="On a tout donné")
    taken = said("q-3", "a2", "Léo Ferrat", "capitaine tricolore", (GUESS,),
                 text="C'est historique, on a tout donné ce soir")
    again = said("q-4", "a2", "Léo Ferrat", "sélectionneur national", (GUESS,),
                 text="On a tout donné, je suis fier d'eux")
    out = link_batch([holder, coach, heading, taken, again],
                     cast("Léo Ferrat", "Yves Tanguy", "Paul Brun"))
    assert [q.speaker.name for q in out[2:]] == ["Léo Ferrat", "Yves Tanguy", "Paul Brun"]
