"""The title of a work in marks where the narration puts a noun phrase is no quote
(detect/unquoted.titled): after a preposition that follows a word of a prize or of a work's
making (lexicon/work_contexts.tsv), alone between brackets after a year or a number, or
before its author after « de »; words that end on a stop, hold a verb in lower case, open in
lower case, run long or stand in none of those places stay a quote.

Sentences written for these tests; names and titles are invented.
"""

import pytest
from conftest import quote_said

from quotes.lexicon import table
from quotes.model import Article
from quotes.pipeline import extract_doc

TITLE_WHY = "a work's title in marks, where the narration puts a noun phrase: no speaker"

# after a preposition, a word of lexicon/work_contexts.tsv among the words the title hangs on,
# up to their verb: one row an entry
WORK_CONTEXTS = [
    ("primer", "Le cinéaste Marc Loriot a été primé pour « La passion de Dodin Bouffant ».",
     "La passion de Dodin Bouffant"),
    ("récompenser", "La romancière Léa Morvan a été récompensée pour « La Maison des quatre "
     "vents ».", "La Maison des quatre vents"),
    ("nominer", "L'actrice Camille Varin a été nominée pour « Les Années sauvages du Nord ».",
     "Les Années sauvages du Nord"),
    ("décerner", "Le Grand Prix a été décerné à « La Maison des quatre vents ».",
     "La Maison des quatre vents"),
    ("attribuer", "Le prix des lectrices a été attribué à « La Maison du port ».",
     "La Maison du port"),
    ("obtenir", "La cinéaste Anne Valois a obtenu, pour « La Maison des quatre vents », le prix "
     "du jury.", "La Maison des quatre vents"),
    ("connaître", "Le cinéaste Marc Loriot s'était fait connaître avec « Le Chant du quai ».",
     "Le Chant du quai"),
    ("jouer", "L'actrice Camille Varin avait déjà joué dans « Les Années sauvages du Nord » en "
     "2015.", "Les Années sauvages du Nord"),
    ("triompher", "Le chanteur Tom Rivière a triomphé avec « Le Pays des autres » aux Victoires "
     "de la musique.", "Le Pays des autres"),
    # a capitalised word the parse reads as a verb is the title's (« Interest »)
    ("remettre", "Le jury a remis son prix à « The Edge of Interest » du Canadien Paul Dane.",
     "The Edge of Interest"),
    ("remporter", "La cinéaste Anne Valois a remporté la Palme d'or pour « The Edge of "
     "Interest ».", "The Edge of Interest"),
    ("décrocher", "La cinéaste Anne Valois a décroché la Palme d'or pour « The Edge of "
     "Interest ».", "The Edge of Interest"),
]


def test_every_work_context_has_a_row():
    assert {row[0] for row in WORK_CONTEXTS} == {row[0] for row in table("work_contexts")}


TITLES = [
    *((text, title) for _, text, title in WORK_CONTEXTS),
    ("Le cinéaste Marc Loriot était connu pour « Le Chant du quai ».", "Le Chant du quai"),
    # alone between brackets, after a year
    ("Elle est la deuxième femme primée, après Anne Valois en 1998 (« La Maison du port »).",
     "La Maison du port"),
    ("Le groupe a sorti trois albums, dont le dernier en 2021 (« La Maison du port »).",
     "La Maison du port"),
    # before its author, after a comma
    ("Autres films marquants, « Le Chant du quai », de Marc Loriot, a reçu le prix du jury.",
     "Le Chant du quai"),
    ("« La Vie devant nous », d'Ana Roy, a reçu le prix des lectrices.", "La Vie devant nous"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_a_works_title_is_no_quote(nlp, text, title):
    result = extract_doc(Article("t", text), nlp(text))
    assert [q.span.text for q in result.quotes] == []
    assert [r.reason for r in result.rejected if text[r.start : r.end] == title] == [TITLE_WHY]


SAID = "Le maire Paul Roux a pris la parole devant les salariés. "
SITE = "Le maire Paul Roux a visité le chantier de la piscine, fermée depuis 2019 "

KEPT = [
    # in no place of a noun phrase: the speaker before goes on
    (SAID + "« Une honte pour toute la commune ».", "Une honte pour toute la commune",
     "Paul Roux", "maire"),
    # after « de », no capitalised name: no author
    (SAID + "« Une honte pour la commune », de l'avis de tous.", "Une honte pour la commune",
     "Paul Roux", "maire"),
    # between brackets, but ending on a stop: a sentence said
    ("Le maire Paul Roux a pris la parole devant les salariés (« Une honte pour toute la "
     "commune ! »).", "Une honte pour toute la commune !", "Paul Roux", "maire"),
    # after a preposition, with a verb in lower case: a sentence said
    ("Le maire Paul Roux a pris la parole devant les salariés, avec « Nous ne lâcherons rien » "
     "pour seul mot d'ordre.", "Nous ne lâcherons rien", "Paul Roux", "maire"),
    # between brackets after a statement, no year or number before them: its words
    ("Le maire Paul Roux a balayé les critiques de l'opposition (« Des rumeurs sans "
     "fondement »).", "Des rumeurs sans fondement", "Paul Roux", "maire"),
    ("La présidente de la région, Anne Valois, a rendu hommage aux victimes (« Des héros du "
     "quotidien »).", "Des héros du quotidien", "Anne Valois", "présidente de la région"),
    ("Le ministre Luc Faure a répondu sèchement aux questions des journalistes (« Pas de "
     "commentaire sur une enquête en cours »).", "Pas de commentaire sur une enquête en cours",
     "Luc Faure", "ministre"),
    ("Le syndicat a claqué la porte des négociations (« Une mascarade pure et simple »).",
     "Une mascarade pure et simple", "syndicat", None),
    # between brackets after a year, but more words after the marks before the bracket shuts
    (SITE + "(« Un gâchis pour toute la commune » à ses yeux).", "Un gâchis pour toute la commune",
     "Paul Roux", "maire"),
    # between brackets after a year, but ending on a stop: a sentence said
    (SITE + "(« Un gâchis pour toute la commune ! »).", "Un gâchis pour toute la commune !",
     "Paul Roux", "maire"),
    # between brackets after a year, but opening on a verb: a sentence said
    (SITE + "(« Tenez bon jusqu'à l'été »).", "Tenez bon jusqu'à l'été", "Paul Roux", "maire"),
    # between brackets after a year, but longer than a title runs
    (SITE + "(« Un bel outil pour toutes les familles de la commune et du canton »).",
     "Un bel outil pour toutes les familles de la commune et du canton", "Paul Roux", "maire"),
    # after a preposition that follows a verb of speaking or of an act, not of a work
    ("Interrogé sur les licenciements, le PDG Henri Massin s'est contenté de « Aucun commentaire "
     "pour l'instant ».", "Aucun commentaire pour l'instant", "Henri Massin", "PDG"),
    ("L'entraîneur Paul Dane a parlé devant la presse. Il a terminé sur « Fierté et respect pour "
     "ce groupe ».", "Fierté et respect pour ce groupe", "Paul Dane", "entraîneur"),
    ("Le maire Paul Roux s'en est pris à « Des élus irresponsables et démagogues ».",
     "Des élus irresponsables et démagogues", "Paul Roux", "maire"),
    ("Le député Karim Bensaïd a voté contre « Une loi liberticide et dangereuse ».",
     "Une loi liberticide et dangereuse", "Karim Bensaïd", "député"),
    # a word of a work's making past the verb the marks hang on: another clause's
    ("Le cinéaste Hugo Berthet a été récompensé après avoir terminé sur « Une pensée pour toute "
     "l'équipe du film ».", "Une pensée pour toute l'équipe du film", "Hugo Berthet", "cinéaste"),
    ("Le cinéaste Hugo Berthet a été primé, puis il a terminé sur « Une pensée pour toute "
     "l'équipe du film ».", "Une pensée pour toute l'équipe du film", "Hugo Berthet", "cinéaste"),
    # in lower case, a partial quote, whatever the word before the preposition
    ("Le maire Paul Roux s'en est pris à « des élus irresponsables et démagogues ».",
     "des élus irresponsables et démagogues", "Paul Roux", "maire"),
    ("L'entraîneur Paul Dane a parlé devant la presse. Il a terminé sur « fierté et respect pour "
     "ce groupe ».", "fierté et respect pour ce groupe", "Paul Dane", "entraîneur"),
    ("Le jury a récompensé Hugo Berthet pour « une mise en scène d'une rare audace ».",
     "une mise en scène d'une rare audace", "jury", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), KEPT)
def test_words_that_are_no_title_stay_a_quote(nlp, text, said, speaker, role):
    quote = quote_said(nlp, text, said)
    assert (quote.speaker.name, quote.speaker.role) == (speaker, role)
