"""An organisation said by its kind (« la chaîne arabe », « le collectif écologiste ») stands for
the one organisation the article named before with that noun and its own name (« la chaîne arabe
Al-Barqa », « un collectif appelé « Terre Vive » »), a press noun's adjectives not matched; when
two of that kind are named, a nationality on another noun says which body it is, or the noun is
named after a person (« la commission Sauvé »), the description stays as written. Sentences
written for these tests, with invented names and events."""

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
    # must not: the body named after the description is another (« Sa concurrente »)
    row("« Nous n'avons rien caché », a assuré la chaîne publique mardi. Sa concurrente, la "
        "chaîne Nova Sept, a refusé de commenter.", "Nous n'avons rien caché", "chaîne publique"),
    # must not: a nationality on a body's noun names that body, not the one named before
    row("L'administration Lorvan a annoncé de nouvelles taxes lundi. « Ces mesures sont "
        "justifiées », a déclaré l'administration américaine.", "Ces mesures sont justifiées",
        "administration américaine"),
    row("Sous la présidence Vautrin, le pays a changé. « Nous appelons au calme », a indiqué la "
        "présidence ukrainienne.", "Nous appelons au calme", "présidence ukrainienne"),
    row("Les figurants portaient des uniformes de l'armée Rouge. « Nos troupes sont prêtes », a "
        "affirmé l'armée russe.", "Nos troupes sont prêtes", "armée russe"),
    # must not: the name after « la commission » is its chair's, no body's own
    row("La commission Sauvé a rendu son rapport mardi. « Les faits sont graves », a affirmé la "
        "commission.", "Les faits sont graves", "commission Sauvé"),
    # must not: a body's kind (« le lycée ») keeps its noun in the name (attribute.bodies)
    row("Le lycée Jean-Moulin a fermé lundi. « Une enquête est ouverte », a indiqué le lycée "
        "agricole.", "Une enquête est ouverte", "lycée Jean-Moulin"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROWS)
def test_an_organisation_said_by_its_kind_is_the_one_named_so(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name == speaker
