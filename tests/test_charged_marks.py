"""A charge in marks after « pour » is no words of a verb that reports only words in marks
(lexicon reporting_verbs, « - »); a verb that reports words of its own keeps it in its
content. A court's sentence, a nickname or a name in marks is no quote.

Sentences written for these tests; names and places are invented.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

SAID = [
    # a charge in marks stays the words of a verb that reports words of its own
    ("Le parquet de Brenac a annoncé l'ouverture d'une enquête pour « sabotage en réunion ».",
     "mixed", "l'ouverture d'une enquête pour « sabotage en réunion »", "parquet de Brenac",
     "a annoncé"),
    # a verb that reports only marks, marks that are no charge
    ("La ministre Léa Fontaine a critiqué une « réforme bâclée et injuste ».",
     "mixed", "une « réforme bâclée et injuste »", "Léa Fontaine", "a critiqué"),
]


@pytest.mark.parametrize(("text", "qtype", "quote", "speaker", "cue"), SAID)
def test_words_in_marks_are_said(nlp, text, qtype, quote, speaker, cue):
    q = quote_said(nlp, text, quote)
    assert (q.type, q.speaker.name, q.cue.text if q.cue else None) == (qtype, speaker, cue)


NOT_SAID = [
    # the charge of a proceeding after « pour », under a verb that reports only marks
    "Le sénateur Paul Roux a critiqué la mise en examen du maire pour « corruption passive ».",
    "Le sénateur Paul Roux a fustigé l'enquête ouverte contre le maire pour « favoritisme ».",
    # a court's sentence, its charge, a nickname, a name in marks: « condamner » is no cue
    "Le tribunal de Brenac a condamné Paul Roux à cinq ans de prison.",
    "Le tribunal correctionnel a condamné Paul Roy à « deux ans ferme ».",
    "Le tribunal a condamné Paul Roy à une peine « exemplaire » de cinq ans.",
    "La cour a condamné Paul Roy pour des faits de « harcèlement moral ».",
    "La cour d'assises a condamné la « Veuve noire » à trente ans de réclusion.",
    "Le tribunal a condamné le « Boucher de Valmor » à la réclusion à perpétuité.",
    "Le Kremlin condamne l'opération dite « Tempête du désert ».",
    "Le jeune homme, condamné pour « violences aggravées », a fait appel.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_no_quote_from_a_charge_a_sentence_or_a_name(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []
