"""One person of the article whatever the spelling of their first name.

Each mechanism has rows that fire and rows that must not (made-up sentences, invented names),
each checking the speaker, the role and the gender:
- two full names with one surname and first names spelled two ways (two letters swapped,
  « Gaëtna » for « Gaëtan », or a letter doubled, « Isabele » for « Isabelle ») are one person,
  named by the form written most often (the first on a tie), and a bare surname names them;
  two first names that are two names (« Louis », « Louise »), or short ones, stay two people.
"""

import pytest
from conftest import quote_said

from quotes.attribute.names import parse, respelled, same_person, written_most

VARIANTS = [
    # two letters swapped in the second full name; the bare surname after it is the same man
    ("Le maire de Colmar, Gaëtan Rivoire, a inauguré le pont. Plus tard, Gaëtna Rivoire a "
     "salué les ouvriers. « Le chantier est fini », a déclaré Rivoire.",
     "Le chantier est fini", "Gaëtan Rivoire", "maire de Colmar", "male"),
    # a letter doubled in one form: one woman
    ("La sénatrice Isabelle Morin a visité l'usine. « Il faut agir vite », a dit Isabele Morin.",
     "Il faut agir vite", "Isabelle Morin", "sénatrice", "female"),
    # the typo comes first, the right spelling twice after it: the form written most wins
    ("Nicolsa Ferrand, le directeur du port, est arrivé tôt. Nicolas Ferrand a visité les quais."
     " « Les grues tournent », a affirmé Nicolas Ferrand.",
     "Les grues tournent", "Nicolas Ferrand", "directeur du port", "male"),
]

APART = [
    # a father and his daughter: « Louise » is another name than « Louis »
    ("L'agriculteur Louis Berthier et sa fille Louise Berthier ont témoigné. « La récolte est "
     "perdue », a dit Louise Berthier.",
     "La récolte est perdue", "Louise Berthier", None, "female"),
    # a couple: « André » and « Andrée » are a man's name and a woman's
    ("Le pharmacien André Lacombe et son épouse Andrée Lacombe ont répondu. « Nous restons "
     "ouverts », a indiqué Andrée Lacombe.",
     "Nous restons ouverts", "Andrée Lacombe", None, "female"),
    # short first names are too close to tell: two brothers, « Ivan » and « Ivna »
    ("Le boulanger Ivan Sorel a reçu son frère Ivna Sorel. « Le four est neuf », a expliqué "
     "Ivan Sorel.",
     "Le four est neuf", "Ivan Sorel", "boulanger", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), VARIANTS + APART)
def test_one_person_whatever_the_spelling(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Noémie Vasseur", "Noéime Vasseur", True),  # two letters swapped
    ("Philippe Garnier", "Philipe Garnier", True),  # a letter doubled
    ("Louis Garnier", "Louise Garnier", False),  # another name
    ("Marion Garnier", "Mairon Garnier", True),
    ("Anna Garnier", "Nana Garnier", False),  # short names: too close to tell
    ("Martin Garnier", "Marina Garnier", False),  # more than one change
])
def test_respelled_first_names(a, b, same):
    one, other = parse(a), parse(b)
    assert one is not None and other is not None
    assert same_person(one, other) is same


def test_two_genders_are_two_names():
    assert not respelled("andre", "andree")  # a man's name and a woman's
    assert not respelled("gabriele", "gabrielle")
    assert respelled("mohammed", "mohamed")
    assert respelled("alexander", "alexandre")
    assert not respelled("dominique", "dominique")  # the same name is no respelling


def test_the_form_written_most_often():
    forms = [parse(t) for t in ("Nicolsa Roy", "Nicolas Roy", "Nicolas Roy")]
    assert all(forms)
    assert written_most(forms).text == "Nicolas Roy"  # type: ignore[arg-type]
    tie = [parse(t) for t in ("Gaëtan Roy", "Gaëtna Roy")]
    assert written_most(tie).text == "Gaëtan Roy"  # type: ignore[arg-type]
    assert written_most([parse("Roy"), parse("Paul Roy")]).text == "Paul Roy"  # type: ignore[list-item]

