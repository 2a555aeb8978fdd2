"""« Cette dernière », « ces derniers » stand for the body or the people named last that agree,
where the text names them as a noun's complement too (« sous la surveillance de la police »,
« les communiqués des putschistes »: after « de », on a noun that is itself a participant, never
a name nor a place, « au siège du parti »), and a plural noun of people by its ending (« les
putschistes », « les manifestantes ») as much as a singular one; a noun with no determiner
(« pris en charge », « en qualité de ») is no one (quotes/attribute/latter.py)."""

import pytest
from conftest import quote_said


def row(text, said, speaker, kind=None, why=None):
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(text, said, speaker, kind, marks=marks)


ROWS = [
    # a body as a noun's complement, inside the reported words before a postposed cue
    row("Les passagers ont patienté dans le hall sous la surveillance de la police, a expliqué "
        "cette dernière.", "Les passagers ont patienté dans le hall sous la surveillance de la "
        "police", "police", "organization"),
    row("Le maire a reçu le bilan de la gendarmerie. Tous les randonneurs sont rentrés, a "
        "assuré cette dernière.", "Tous les randonneurs sont rentrés", "gendarmerie",
        "organization"),
    # the body as the subject, then a bare noun in between (« en charge ») that is no one
    row("La police est arrivée vers midi. Les voyageurs ont été pris en charge, a expliqué "
        "cette dernière.", "Les voyageurs ont été pris en charge", "police", "organization"),
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
    # near misses: a noun's complement counts only after « de » and on a noun that is itself a
    # participant, never on a name nor inside a place; a place keeps its preposition
    row("Anne Roux a rencontré Claire Morin à la mairie. Cette dernière a déclaré que le projet "
        "était abandonné.", "le projet était abandonné", "Claire Morin", "person"),
    row("Anne Roux a rencontré Claire Morin à la préfecture. Cette dernière a déclaré que le "
        "projet était abandonné.", "le projet était abandonné", None),
    row("Le ministre a rencontré Paul Morel au siège du parti. Ce dernier a affirmé que la liste "
        "était prête.", "la liste était prête", "Paul Morel", "person"),
    row("La directrice est sortie dans la cour de l'école. « Nous avons tout vérifié », a "
        "déclaré cette dernière.", "Nous avons tout vérifié", None),
    row("Claire Morin vit dans la maison de la famille. Cette dernière a affirmé que la vente "
        "était annulée.", "la vente était annulée", None),
    row("La juge a lu un rapport sur la gendarmerie. Cette dernière a assuré que l'enquête "
        "continuait.", "l'enquête continuait", None),
    row("Le préfet a reçu Claire Morin, de l'association Vernac Solidaire. Cette dernière a "
        "affirmé que les dons arrivaient.", "les dons arrivaient", "Claire Morin", "person"),
    # people as a recipient (« aux enseignants »): the preposition is not the phrase's
    row("Les parents ont écrit aux enseignants du collège. Ces derniers ont répondu que la "
        "sortie était annulée.", "la sortie était annulée", "enseignants du collège", "person"),
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
