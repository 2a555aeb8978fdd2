"""The batch's tie of a description by kind nouns (lexicon/role_kinds.tsv: « le magistrat » and
the « procureur de Valbrune », « le réalisateur » and the « cinéaste »), and a main-person guess
given to the one person its own event gives the role when the article names none of them: two
people both articles name (or one utterance both report), never one shared name alone."""

from dataclasses import replace

import pytest
from test_grouping import rec

from quotes.attribute.batch import link_batch
from quotes.model import Named, Span


def said(qid, article, speaker, role, how=None):
    q = rec(qid, article, f"Propos {qid}", speaker=speaker)
    q = replace(q, speaker=replace(q.speaker, role=role,
                                   roles=(Span(0, len(role), role),) if role else ()))
    if how is None:
        return q
    return replace(q, speaker=replace(q.speaker, resolution="description"),
                   evidence=(*q.evidence, how))


def story(*articles, also=(), shared=("Anne Roy", "Marc Colin")):
    """The people of articles telling one event: each names the ``shared``, a2 ``also`` too."""
    return {a: [*(Named(n) for n in shared), *(Named(n) for n in also if a == "a2")]
            for a in articles}


# (role given in a1, description left unresolved in a2, who a2's quote goes to)
KINDS = [
    # fire: one is a kind noun covering the other's
    ("procureur de Valbrune", "magistrat", "Yves Tanguy"),
    ("juge d'instruction", "magistrat", "Yves Tanguy"),
    ("cinéaste", "réalisateur", "Yves Tanguy"),
    ("capitaine de l'équipe", "joueur", "Yves Tanguy"),
    # must not: no kind covers both; an office of the list is no court's « président »
    ("producteur", "réalisateur", None),
    ("avocat", "magistrat", None),
    ("président de la République", "magistrat", None),
]


@pytest.mark.parametrize(("role", "description", "speaker"), KINDS)
def test_a_kind_noun_ties_a_description_over_the_batch(role, description, speaker):
    holder = said("q-1", "a1", "Yves Tanguy", role)
    described = said("q-2", "a2", None, description)
    out = link_batch([holder, described], story("a1", "a2"))
    assert out[1].speaker.name == speaker
    assert ("batch-description:a1" in out[1].evidence) == (speaker is not None)


GUESS = "description-to-main-person"


def test_a_guess_goes_to_the_one_holder_its_story_names_though_the_article_does_not():
    # a2 takes « le procureur » for the assailant it is about; a1, same story, names the
    # prosecutor a2 never names: the quote is his, and says which article gave him
    holder = said("q-1", "a1", "Yves Tanguy", "procureur de Valbrune")
    taken = said("q-2", "a2", "Léo Ferrat", "procureur", GUESS)
    out = link_batch([holder, taken], story("a1", "a2", also=["Léo Ferrat"]))
    assert out[1].speaker.name == "Yves Tanguy"
    assert "batch-description:a1" in out[1].evidence
    # the kind noun too: « le magistrat » taken for him
    taken = said("q-2", "a2", "Léo Ferrat", "magistrat", GUESS)
    out = link_batch([holder, taken], story("a1", "a2", also=["Léo Ferrat"]))
    assert out[1].speaker.name == "Yves Tanguy"


@pytest.mark.parametrize(
    "case", ["two holders", "named guess", "other story", "one name shared", "named here"])
def test_a_guess_stays_when_the_story_names_no_single_holder_apart(case):
    holder = said("q-1", "a1", "Yves Tanguy", "procureur de Valbrune")
    other = said("q-3", "a3", "Paul Morin", "procureur de Valbrune")
    taken = said("q-2", "a2", "Léo Ferrat", "procureur", GUESS)
    quotes, named = [holder, taken], story("a1", "a2", also=["Léo Ferrat"])
    if case == "two holders":  # two of the story hold it: no guess between them
        quotes, named = [holder, other, taken], story("a1", "a2", "a3", also=["Léo Ferrat"])
    elif case == "named guess":  # a speaker the article names at the cue is no guess
        quotes = [holder, said("q-2", "a2", "Léo Ferrat", "procureur")]
    elif case == "other story":  # no name shared: another event's prosecutor
        named = {"a2": [Named("Léo Ferrat")]}
    elif case == "one name shared":  # two trials, the same day, both naming the minister
        # (« le garde des Sceaux Éric Dumont »): one public figure makes no one event
        named = story("a1", "a2", also=["Léo Ferrat"], shared=("Éric Dumont",))
    else:  # the article names the holder, with another apostrophe: its own reading stands
        quotes = [said("q-1", "a1", "Yves L'Hermine", "procureur de Valbrune"), taken]
        named = story("a1", "a2", also=["Léo Ferrat", "Yves L’Hermine"])
    assert link_batch(quotes, named)[-1].speaker.name == "Léo Ferrat"
