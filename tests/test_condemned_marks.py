"""« condamner » (lexicon reporting_verbs, « - »: only words in marks): what one condemns in
marks is what one said; a sentence, a court's sentence and a name in marks are not.

Sentences written for these tests; names and places are invented.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

CONDEMNED = [
    # an object holding marks
    ("La section CGT de Valmor a condamné une « décision précipitée et brutale ».",
     "mixed", "une « décision précipitée et brutale »", "section CGT de Valmor", "a condamné"),
    # a gerund after the main clause
    ("Le maire Paul Roux s'est dit soulagé, tout en condamnant de « telles violences ».",
     "mixed", "de « telles violences »", "Paul Roux", "en condamnant"),
    # a charge in marks stays the words of a verb that reports words of its own
    ("Le parquet de Brenac a annoncé l'ouverture d'une enquête pour « sabotage en réunion ».",
     "mixed", "l'ouverture d'une enquête pour « sabotage en réunion »", "parquet de Brenac",
     "a annoncé"),
    # an incise after marks, a woman named after her role
    ("« C'est une honte absolue », a condamné la maire Claire Morvan.",
     "direct", "C'est une honte absolue", "Claire Morvan", "a condamné"),
]


@pytest.mark.parametrize(("text", "qtype", "quote", "speaker", "cue"), CONDEMNED)
def test_condemned_words_in_marks_are_said(nlp, text, qtype, quote, speaker, cue):
    q = quote_said(nlp, text, quote)
    assert (q.type, q.speaker.name, q.cue.text if q.cue else None) == (qtype, speaker, cue)


NOT_SAID = [
    # a court's sentence, no marks
    "Le tribunal de Brenac a condamné Paul Roux à cinq ans de prison.",
    # a nickname in marks
    "Le tribunal a condamné le « Boucher de Valmor » à la réclusion à perpétuité.",
    # the charge of a court's sentence, after « pour »
    "Le tribunal de Brenac a condamné la société Verdal pour « escroquerie en bande organisée » "
    "à une forte amende.",
    # the charge a sentence names
    "Le jeune homme, condamné pour « violences aggravées », a fait appel.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_no_quote_from_a_sentence_or_a_name(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []
