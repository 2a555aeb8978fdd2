"""A body named by its portfolio alone is the one the article names in full with a head of
lexicon/portfolio_heads.txt (quotes/attribute/portfolios.py). Made-up sentences."""

import pytest
from conftest import lacking, quote_said

# (text, the words said, the speaker)
PORTFOLIOS = [
    # the full name after the short one, its accents dropped: the full name as written
    ("L'Éducation nationale confirme le « harcèlement »\n\nContactée, le ministère de "
     "l'Education nationale a confirmé qu'une enquête était ouverte.", "harcèlement",
     "ministère de l'Education nationale"),
    ("Le ministère de la Santé a publié un avis. La Santé a confirmé qu'une alerte avait eu "
     "lieu.", "une alerte avait eu lieu", "ministère de la Santé"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), PORTFOLIOS)
def test_a_portfolio_names_the_body_in_full(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


# must not fire: (text, the words said, a body that is not the speaker): no such body named,
# or one of another portfolio
NOT_PORTFOLIOS = [
    ("L'Éducation nationale confirme le « harcèlement »\n\nContacté, le rectorat a confirmé "
     "qu'une enquête était ouverte.", "harcèlement", "rectorat"),
    ("Le ministère de la Culture a publié un avis. La Santé a confirmé qu'une alerte avait eu "
     "lieu.", "une alerte avait eu lieu", "ministère de la Culture"),
    # a common noun, no capital: the courts, the lawyers, not the ministry of that name
    ("Le ministère de la Justice a ouvert une enquête administrative. La justice a estimé que le "
     "prévenu devait rester en détention.", "le prévenu devait rester en détention",
     "ministère de la Justice"),
    ("Le ministère de la Défense n'a pas souhaité commenter. À l'audience, la défense a affirmé "
     "que le soldat avait obéi aux ordres.", "le soldat avait obéi aux ordres",
     "ministère de la Défense"),
]


@pytest.mark.parametrize(("text", "said", "other"), NOT_PORTFOLIOS)
def test_another_body_is_no_portfolios_name(nlp, text, said, other):
    name = quote_said(nlp, text, said).speaker.name or ""
    assert name != other and "ministère" not in name.lower()  # no ministry, that one or another


def test_without_the_head_the_portfolio_stays(nlp, tmp_path):
    text, said, _ = PORTFOLIOS[0]
    with lacking(tmp_path, "portfolio_heads", "ministère"):
        assert quote_said(nlp, text, said).speaker.name == "Éducation nationale"


def test_two_bodies_of_one_portfolio_name_none():
    """Two ministries whose portfolio reads the same: the short name stays unresolved."""
    from quotes.attribute.portfolios import portfolio_body

    one = {"ministere": [(0, "ministère de la Santé")]}
    two = {"ministere": [(0, "ministère de la Santé"), (90, "Ministère de la Santé")]}
    assert portfolio_body(one, "Santé") == "ministère de la Santé"
    assert portfolio_body(two, "Santé") is None
    assert portfolio_body(one, "santé") is None  # no capital: a common noun
