"""Initials an article writes for a role it writes out (« le SG » after « le Secrétaire
général X ») are that role: a description by them names the one who holds it; initials that
spell no role of the article, or two, stay as they were."""

import pytest
from conftest import quote_said

from quotes.attribute.role_initials import role_initials
from quotes.lexicon.short_forms import article_initials, written_out


@pytest.mark.parametrize(("text", "initials"), [
    # fire: the first letters of the role's content words, a compound's parts each
    ("Le Secrétaire général de l'ONU, Paul Roux, a parlé. Le SG a salué les diplomates.",
     {"SG": "Secrétaire général"}),
    ("Le président-directeur général de Valtor, Marc Petit, a parlé. Le PDG a signé.",
     {"PDG": "président-directeur général"}),
    ("La directrice des ressources humaines, Anne Morel, a parlé. Cette DRH a signé.",
     {"DRH": "directrice des ressources humaines"}),
    # … the role in its two genders is one role
    ("Le directeur général Paul Roux a nommé la directrice générale Anne Morel. Le DG a signé.",
     {"DG": "directeur général"}),
    # must not: initials of a body, no role noun opens the words (« Confédération »)
    ("La Confédération générale du travail a appelé à la grève. La CGT a manifesté.", {}),
    # must not: letters that spell two roles of other words
    ("Le secrétaire général Paul Roux a reçu le sélectionneur gallois Marc Petit. Le SG a "
     "parlé.", {}),
    # must not: no determiner before the capitals, or the role's body is no part of it
    ("Le secrétaire général Paul Roux a parlé. SG a signé.", {}),
    ("Le président de la FFF, Paul Roux, a parlé. Le PF a signé.", {}),
])
def test_role_initials(text, initials):
    assert role_initials(text) == initials


@pytest.mark.parametrize(("words", "written"), [
    ("le DG", "le directeur général"),
    ("DG du groupe", "directeur général du groupe"),
    # must not: a body named after the initials says whose role it is, as written
    ("SG de la CFDT", "SG de la CFDT"),
    ("le PDG", "le PDG"),  # initials the article does not write out
])
def test_written_out(words, written):
    with article_initials({"DG": "directeur général", "SG": "secrétaire général"}):
        assert written_out(words) == written


# (text, words said, speaker, role, gender)
DESCRIBED = [
    # fire: initials with the role's body, then the pronoun after them
    ("Le Secrétaire général de l'ONU, Paul Roux, a parlé jeudi à New York. Le SG de l'ONU a "
     "salué les efforts des diplomates. « Nos soldats restent en poste », a-t-il déclaré.",
     "Nos soldats restent en poste", "Paul Roux", "SG de l'ONU", "male"),
    # fire: bare initials after the quote: the role the article gives them is shown
    ("Le directeur général de Valtor, Marc Petit, a reçu les syndicats. « Nous paierons », "
     "a dit le DG.", "Nous paierons", "Marc Petit", "directeur général de Valtor", "male"),
    ("La directrice des ressources humaines, Anne Morel, a reçu les syndicats. « Nous "
     "paierons », a dit la DRH.", "Nous paierons", "Anne Morel",
     "directrice des ressources humaines", "female"),
    ("Le président-directeur général de Valtor, Marc Petit, a reçu les syndicats. « Nous "
     "paierons », a dit le PDG.", "Nous paierons", "Marc Petit",
     "président-directeur général de Valtor", "male"),
    # must not: the initials name another body than the role's
    ("Le secrétaire général de la CGT, Paul Roux, a parlé. « Nous irons », a dit le SG de la "
     "CFDT.", "Nous irons", None, "SG de la CFDT", None),
    # must not: letters that spell no role the article writes out
    ("Le président de la FFF, Paul Roux, a reçu les syndicats. « Nous paierons », a dit le DG.",
     "Nous paierons", "DG", None, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), DESCRIBED)
def test_speaker_role_gender(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
