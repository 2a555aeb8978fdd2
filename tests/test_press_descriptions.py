"""A bare press noun as a source (« selon le journal », « relate la radio locale »: a definite
article, a noun of lexicon/outlet_nouns.txt, adjectives at most) stands for the outlet the
article named last before it, as the article writes it; « la radio », « la chaîne » only for an
outlet known as one; not when that sentence names two outlets or joins it to another name,
when a name follows the noun, nor when the noun asks a person. Sentences written for these
tests, with invented events."""

import pytest
from conftest import quote_said


def row(text, quote, speaker):
    return pytest.param(text, quote, speaker)


ROWS = [
    # fires: each noun of the list, the outlet named before
    row("Le Parisien a révélé mardi l'âge des victimes. Selon le journal, « trois élus » "
        "seraient visés.", "« trois élus » seraient visés", "Le Parisien"),
    row("Deux ouvriers ont été placés en garde à vue, selon Var-Matin. Toujours selon le "
        "quotidien régional, le préfet a demandé « la plus grande prudence ».",
        "le préfet a demandé « la plus grande prudence »", "Var-Matin"),
    row("Le maire a été blessé lundi, rapporte France Bleu Vallonie. « Il a été percuté par une "
        "voiture », relate la radio locale.", "Il a été percuté par une voiture",
        "France Bleu Vallonie"),
    row("Le Parisien a publié la lettre du maire. L'hebdomadaire affirme que « le budget est "
        "épuisé ».", "« le budget est épuisé »", "Le Parisien"),
    row("Le maire a été blessé lundi, rapporte la radio Fréquence Lens. Selon la radio, « il a "
        "été percuté ».", "il a été percuté", "Fréquence Lens"),
    # the outlet as the article writes it, its article with it
    row("L'Équipe a publié l'enquête. Selon le quotidien, « rien n'est signé ».",
        "rien n'est signé", "L'Équipe"),
    # must not: « la radio », « la chaîne » only for an outlet known as one
    row("Le Parisien a révélé mardi l'affaire. « Nous porterons plainte », a indiqué la radio "
        "dans la soirée.", "Nous porterons plainte", "radio"),
    row("Le maire a parlé sur France Bleu Vallonie. « Nous rouvrirons l'école », a annoncé la "
        "chaîne dans la soirée.", "Nous rouvrirons l'école", "chaîne"),
    row("La radio Fréquence Lens a diffusé l'entretien. Selon le quotidien, « rien n'est signé ».",
        "rien n'est signé", "quotidien"),
    # must not: two outlets in the sentence that names them, neither is said
    row("Le Parisien et Var-Matin ont publié l'enquête. Selon le journal, « rien "
        "n'est signé ».", "rien n'est signé", "le journal"),
    row("La Gazette de Lens et Le Parisien ont publié l'enquête. Selon le journal, « rien "
        "n'est signé ».", "rien n'est signé", "le journal"),
    # must not: an outlet joined to a name the recogniser did not take for one
    row("L'Écho des Collines et Le Parisien ont publié l'enquête. Selon le journal, « rien "
        "n'est signé ».", "rien n'est signé", "le journal"),
    # must not: the paper asks a person; the words are not the paper's
    row("Le Parisien a publié l'enquête. Le journal a interrogé Paul Roux, qui affirme que "
        "« rien n'est signé ».", "Paul Roux, qui affirme que « rien n'est signé »", "journal"),
    # must not: the name after the noun is its own
    row("Le Parisien a publié l'enquête. Le quotidien Le Courrier affirme que « rien n'est "
        "signé ».", "« rien n'est signé »", "Le Courrier"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROWS)
def test_a_press_noun_stands_for_the_outlet_named_before(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name == speaker
