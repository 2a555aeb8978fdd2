"""A plural noun of people written in full (quotes/attribute/plural_nouns.py, and the groups
and possessives that read it): « ses avocats » is the group the article writes once with its
complement (« les avocats de Paul Morel »): its name when « ses » names no one, its role (the
noun in the singular with that complement) always; one of them (« l'un de ses avocats ») has
that role too. A complement the article writes two ways, or none, leaves the bare noun; a group
that is no one's function (« les avocats », « ses enfants ») gets no role from it. A name right
after « de » that a description completes (« les avocats de Paul Morel, Mes Roux et Petit ») is
whose they are, not one of them.
"""

import pytest
from conftest import ANY, quote_said


def row(case, text, said, speaker, role, gender=ANY):
    return pytest.param(text, said, speaker, role, gender, id=case)


ROWS = [
    # a possessive group of a role noun: its role, in full when the article writes it once
    row("fires: « ses » names no one, the article writes the group in full later",
        "Le prévenu a été condamné lundi. Ses avocats ont annoncé qu'ils feraient appel. Les "
        "avocats de Paul Morel dénoncent une décision sévère.", "ils feraient appel",
        "avocats de Paul Morel", "avocat de Paul Morel", None),
    row("fires: the owner named, the bare noun as the role",
        "Paul Morel a été condamné lundi. Ses avocats ont annoncé qu'ils feraient appel.",
        "ils feraient appel", "avocats de Paul Morel", "avocat", None),
    row("fires: a number between the possessive and its noun",
        "Paul Morel a été condamné lundi. Ses deux avocats ont annoncé qu'ils feraient appel.",
        "ils feraient appel", "avocats de Paul Morel", "avocat", None),
    row("must not: two complements of the noun, the bare noun",
        "Le prévenu a été condamné lundi. Ses avocats ont annoncé qu'ils feraient appel. Les "
        "avocats de la défense et les avocats de la partie civile ont quitté la salle.",
        "ils feraient appel", "avocats", "avocat", None),
    row("must not: a group with no possessive is no one's function",
        "Le prévenu a été condamné lundi. Les avocats ont annoncé qu'ils feraient appel.",
        "ils feraient appel", "avocats", None),
    row("must not: relatives are no function, even written in full elsewhere",
        "Paul Morel est mort lundi. Ses enfants ont annoncé que les obsèques auraient lieu "
        "samedi. Les enfants de la voisine étaient présents.",
        "les obsèques auraient lieu samedi", "enfants de Paul Morel", None),
    # a named group of a possessive description: the description in full as its role
    row("fires: a named group's bare noun, written in full by the article",
        "Le juge a entendu le suspect. Ses avocats, Mes Claire Renaud et Marc Dupuis, ont "
        "annoncé qu'il regrettait. Les avocats du mari avaient parlé d'un accident.",
        "il regrettait", "Claire Renaud et Marc Dupuis", "avocat du mari", None),
    row("must not: a named group's bare noun, written nowhere in full",
        "Le juge a entendu le suspect. Ses avocats, Mes Claire Renaud et Marc Dupuis, ont "
        "annoncé qu'il regrettait.", "il regrettait", "Claire Renaud et Marc Dupuis", "avocat",
        None),
    # one of them
    row("fires: one of the group, the role in full",
        "Les avocats de Paul Morel ont quitté le tribunal lundi. « Il regrette », selon l'un "
        "de ses avocats, Me Marc Roux.", "Il regrette", "Marc Roux", "avocat de Paul Morel"),
    row("must not: one of the group, the noun written nowhere in full",
        "Paul Morel a quitté le tribunal lundi. « Il regrette », selon l'un de ses avocats, Me "
        "Marc Roux.", "Il regrette", "Marc Roux", "avocat"),
    # whose they are, before the names the description sets off
    row("fires: the name after « de » completes the description, no member",
        "Le juge a critiqué la conférence des avocats de Paul Morel, Mes Claire Renaud et Marc "
        "Dupuis. Mais ces derniers ont affirmé que le suspect regrettait.",
        "le suspect regrettait", "Claire Renaud et Marc Dupuis", "avocat de Paul Morel", None),
    row("must not: three names with no « de » before them are the group",
        "Le maire a reçu Paul Morel, Claire Renaud et Marc Dupuis, les avocats du club. Ces "
        "derniers ont affirmé que le dossier était vide.", "le dossier était vide",
        "Paul Morel, Claire Renaud et Marc Dupuis", "avocat du club", None),
    # the honorific « Mes » is no word of the names; the possessive « Mes » is no honorific
    row("must not: « Mes » opening a quotation is a possessive",
        "« Mes collègues me soutiennent », a dit Paul Morel.", "Mes collègues me soutiennent",
        "Paul Morel", None, "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_a_plural_noun_written_in_full(nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
    if gender is not ANY:
        assert q.speaker.gender == gender
