"""An organisation said by its kind (« la chaîne arabe », « le collectif écologiste ») stands for
the one organisation the article names with that noun before its name (« la chaîne arabe
Al-Barqa », « un collectif appelé « Terre Vive » »), its adjectives not matched; when two of that
kind are named, or none, the description stays as written. Sentences written for these tests,
with invented names and events."""

import pytest
from conftest import quote_said


def row(text, quote, speaker):
    return pytest.param(text, quote, speaker)


ROWS = [
    # fires: the channel the article names with the noun, whatever the adjective says
    row("Louise Marchal, une des journalistes de la chaîne arabe Al-Barqa, a été blessée mardi. "
        "La chaîne arabe a appelé les autorités à « ouvrir une enquête ».",
        "ouvrir une enquête", "Al-Barqa"),
    row("Louise Marchal, l'une des figures de la chaîne marocaine Al-Barqa, a été blessée. « Nous "
        "exigeons une enquête », a indiqué la chaîne marocaine dans un communiqué.",
        "Nous exigeons une enquête", "Al-Barqa"),
    # fires: a name given after a naming participle, in marks, all its words
    row("Des militants ont bloqué la route lundi, une action menée par un collectif appelé « Terre "
        "Vive ». « Nous ne lâcherons rien », a déclaré le collectif écologiste.",
        "Nous ne lâcherons rien", "Terre Vive"),
    row("Une action menée par un collectif appelé « Terre vive » a eu lieu lundi. « Nous ne "
        "lâcherons rien », a déclaré le collectif.", "Nous ne lâcherons rien", "Terre vive"),
    # fires: the name in marks right after the noun
    row("Selon le journal « Le Courrier », le maire a promis « un nouveau budget ».",
        "le maire a promis « un nouveau budget »", "Le Courrier"),
    # must not: two bodies of that kind named; the description stays as written
    row("Le collectif Terre Vive et le collectif Ciel Clair ont bloqué la route. « Nous ne "
        "lâcherons rien », a déclaré le collectif écologiste.", "Nous ne lâcherons rien",
        "collectif écologiste"),
    # must not: no body of that kind named
    row("Un collectif a bloqué la route lundi. « Nous ne lâcherons rien », a déclaré le collectif "
        "écologiste.", "Nous ne lâcherons rien", "collectif écologiste"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROWS)
def test_an_organisation_said_by_its_kind_is_the_one_named_so(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name == speaker
