"""Words a verb reports without marks, and marked words that only name or gloss a term.

Reported: an infinitive after « révéler » or « partager » (« a révélé ne pas avoir signé »),
« s'engager à » and its infinitive. Not speech: the marks after a participle on a noun (« une
option dite « … » »), after « c'est-à-dire » (a compound, not the verb « dire »), after a
verb of meaning (« qui signifie « … » »). The real quotes beside them stay found."""

import pytest
from conftest import quotes_of

# sentence -> (reported words, speaker, cue)
REPORTED = [
    ("La directrice Lise Armand a révélé ne pas avoir signé la pétition.",
     "ne pas avoir signé la pétition", "Lise Armand", "a révélé"),
    ("Le maire Marc Dufrêne a partagé avoir hésité avant de signer.",
     "avoir hésité avant de signer", "Marc Dufrêne", "a partagé"),
    ("Le nouveau maire Marc Dufrêne s'est engagé à rénover la piscine avant l'été.",
     "rénover la piscine avant l'été", "Marc Dufrêne", "s'est engagé à"),
    ("La sénatrice Lise Armand s'est en outre engagée à défendre le budget.",
     "défendre le budget", "Lise Armand", "s'est en outre engagée à"),
]

# sentence -> (marked words that are no quote, the real quote, its speaker)
TERMS = [
    ("« Nous baisserons les prix », a annoncé le ministre Marc Dufrêne. Les clients ayant "
     "souscrit une option dite « nuit creuse » paieront moins cher.",
     "nuit creuse", "Nous baisserons les prix", "Marc Dufrêne"),
    ("« Nous baisserons les prix », a annoncé le ministre Marc Dufrêne. Les abonnés au tarif de "
     "base, c'est-à-dire le tarif « vert » de la régie, paieront plus.",
     "vert", "Nous baisserons les prix", "Marc Dufrêne"),
    ("« Le mot est mal choisi », a estimé la linguiste Lise Armand. Il vient de l'anglais, qui "
     "signifie « rétrécir ».", "rétrécir", "Le mot est mal choisi", "Lise Armand"),
]

# must not: « dit » with an auxiliary or a subject reports the marks; « partager » with an
# object and no marks reports nothing, the next quote keeps its speaker
# sentence -> (the quote, its speaker, its cue)
KEPT = [
    ("Lise Caron a dit « nous partirons » hier soir.", "« nous partirons » hier soir",
     "Lise Caron", "a dit"),
    ("Le maire Paul Roux dit « non » aux promoteurs.", "« non » aux promoteurs", "Paul Roux",
     "dit"),
    ("Le maire Marc Dufrêne a partagé une photo du chantier. « Tout avance bien », a-t-il "
     "ajouté.", "Tout avance bien", "Marc Dufrêne", "a-t-il ajouté"),
    # the present participle « s'engageant à » glosses the sentence: the marks alone are quoted
    ("Le pape Jean XXV a salué les fidèles, s'engageant à bâtir une Église « ouverte à tous et "
     "à toutes ».", "ouverte à tous et à toutes", "Jean XXV", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), REPORTED)
def test_reported_without_marks(nlp, text, said, speaker, cue):
    found = [(q.span.text, q.speaker.name, q.cue.text if q.cue else None)
             for q in quotes_of(nlp, text)]
    assert (said, speaker, cue) in found, found


@pytest.mark.parametrize(("text", "term", "said", "speaker"), TERMS)
def test_marked_term_is_no_quote(nlp, text, term, said, speaker):
    quotes = quotes_of(nlp, text)
    assert not [q.span.text for q in quotes if term in q.span.text]
    assert [(q.span.text, q.speaker.name) for q in quotes] == [(said, speaker)]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), KEPT)
def test_speech_kept(nlp, text, said, speaker, cue):
    found = [(q.span.text, q.speaker.name, q.cue.text if q.cue else None)
             for q in quotes_of(nlp, text)]
    assert found == [(said, speaker, cue)]
