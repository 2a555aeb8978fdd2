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
]


@pytest.mark.parametrize(("text", "said", "other"), NOT_PORTFOLIOS)
def test_another_body_is_no_portfolios_name(nlp, text, said, other):
    assert quote_said(nlp, text, said).speaker.name != other


def test_without_the_head_the_portfolio_stays(nlp, tmp_path):
    text, said, _ = PORTFOLIOS[0]
    with lacking(tmp_path, "portfolio_heads", "ministère"):
        assert quote_said(nlp, text, said).speaker.name == "Éducation nationale"
