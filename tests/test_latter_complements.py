"""« Cette dernière », « ces derniers » stand for the body or the people named last that agree,
where the text names them as a noun's complement too (« sous la protection de la police », « les
communiqués des putschistes »), and a plural noun of people by its ending (« les putschistes »,
« les manifestantes ») as much as a singular one; a noun with no determiner (« mis en
sécurité », « en qualité de ») is no one (quotes/attribute/latter.py)."""

import pytest
from conftest import quote_said


def row(text, said, speaker, kind=None, why=None):
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(text, said, speaker, kind, marks=marks)


ROWS = [
    # a body as a noun's complement, inside the reported words before a postposed cue
    row("Les élèves ont été mis en sécurité sous la protection de la police, a indiqué cette "
        "dernière.", "Les élèves ont été mis en sécurité sous la protection de la police",
        "police", "organization"),
    row("Les élèves ont été placés sous la protection de la gendarmerie. Tous sont sains et "
        "saufs, a assuré cette dernière.", "Tous sont sains et saufs", "gendarmerie",
        "organization"),
    # the body as the subject, then a bare noun in between (« en sécurité ») that is no one
    row("La police est intervenue. Les élèves ont été mis en sécurité, a indiqué cette "
        "dernière.", "Les élèves ont été mis en sécurité", "police", "organization"),
    # « selon cette dernière », the body the complement of a document
    row("Le juge a reçu le rapport de la mairie. Selon cette dernière, les travaux dureront "
        "deux ans.", "les travaux dureront deux ans", "mairie", "organization"),
    # plural nouns of people by their ending, the subject or a noun's complement (« des »)
    row("Les putschistes ont pris le pouvoir à Brelonie. Ces derniers ont annoncé que le "
        "président était destitué.", "le président était destitué", "putschistes", "person"),
    row("La télévision a diffusé les communiqués des putschistes. Ces derniers ont annoncé que "
        "le président était destitué.", "le président était destitué", "putschistes", "person"),
    row("Le conseil a examiné les doléances des riverains. Ces derniers ont dénoncé « un bruit "
        "permanent ».", "un bruit permanent", "riverains", "person"),
    row("Le préfet a lu la lettre des manifestantes. Ces dernières réclament « une réponse "
        "rapide ».", "une réponse rapide", "manifestantes", "person"),
    row("Les blessés ont été transportés à l'hôpital par les pompiers. Ces derniers ont indiqué "
        "que l'incendie était maîtrisé.", "l'incendie était maîtrisé", "pompiers", "person"),
    # a person's noun heading the complement: the person, not the body after it
    row("Le ministre a reçu les représentants des syndicats. Ces derniers ont affirmé que la "
        "grève continuerait.", "la grève continuerait", "représentants des syndicats",
        "person"),
    # near misses: what does not agree, or is no one, is passed over
    row("Le directeur a lu la lettre des manifestantes. Ce dernier a assuré que « rien ne "
        "changera ».", "« rien ne changera »", None),
    row("Le bateau a été remorqué en sécurité jusqu'au port. « Tout va bien », a déclaré cette "
        "dernière.", "Tout va bien", None),
    row("Anne Roy a parlé en qualité de témoin. « Je n'ai rien vu », a déclaré cette dernière.",
        "Je n'ai rien vu", "Anne Roy", "person"),
    row("Le ministre a salué le travail des enquêteurs et de la police. Cette dernière a indiqué "
        "que trois suspects avaient été arrêtés.", "trois suspects avaient été arrêtés",
        "police", "organization",
        why="a body coordinated with a noun's complement (« des enquêteurs et de la police ») "
            "hangs on the first complement, not on a noun: not read"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind"), ROWS)
def test_the_latter_is_the_one_named_last_that_agrees(nlp, text, said, speaker, kind):
    who = quote_said(nlp, text, said).speaker
    assert who.name == speaker
    if kind is not None:
        assert who.kind == kind
