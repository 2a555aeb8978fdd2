"""A cue under a negated ability (« n'a pas pu confirmer », « n'était pas en mesure de
confirmer ») reports nothing: what X could not say X is not said to have said. Made-up
sentences."""

import pytest
from conftest import beside_its_own_quote, quotes_of

from quotes.model import Article
from quotes.pipeline import extract_doc

UNABLE = [
    "Mardi soir, la mairie de Vernay n'était pas en mesure de confirmer avoir reçu la lettre "
    "de Paul Morin.",
    "La préfecture n'est pas en mesure d'affirmer que le pont de Vernay rouvrira en mai.",
    "La direction du club n'a pas pu confirmer que l'entraîneur Hugo Lenoir avait démissionné.",
    "Le ministère ne pouvait pas confirmer que le lycée Jean-Roux fermerait en juin.",
    "L'avocate Claire Vidal n'est pas capable de dire que son client rentrera lundi.",
]


@pytest.mark.parametrize("text", UNABLE)
def test_a_cue_under_a_negated_ability_reports_nothing(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []
    result = extract_doc(Article("t", text), nlp(text))
    assert any("negated ability" in r.reason for r in result.rejected)


# must not fire: the ability not negated, the negation inside the reported words
ABLE = [
    ("La direction du club a pu confirmer que l'entraîneur Hugo Lenoir avait démissionné.",
     "l'entraîneur Hugo Lenoir avait démissionné", "direction du club"),
    ("La préfecture est en mesure d'affirmer que le pont de Vernay rouvrira en mai.",
     "le pont de Vernay rouvrira en mai", "préfecture"),
    ("Le maire Paul Morin a dit ne pas pouvoir confirmer que le pont rouvrira.",
     "ne pas pouvoir confirmer que le pont rouvrira", "Paul Morin"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ABLE)
def test_an_able_cue_reports(nlp, text, quote, speaker):
    found = {q.span.text: q.speaker.name for q in quotes_of(nlp, text)}
    assert found.get(quote) == speaker, found
