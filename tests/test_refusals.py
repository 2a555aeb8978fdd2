"""Nothing is dropped silently: a cue the rules turn down, marked words set aside, a question
nobody named asks each leave a ``Rejected`` record with the reason, unless a quote or another
record already covers the words. One row: sentence -> (the words recorded, the reason)."""

import pytest

from quotes.model import Article
from quotes.pipeline import extract_doc


def _result(nlp, text):
    return extract_doc(Article("t", text), nlp(text))


REFUSED = [
    # a cue after the words with no one named after it
    ("Les travaux dureront deux ans, a précisé lundi.", "Les travaux dureront deux ans",
     "a cue after the words, with no one named as who spoke"),
    ("La piscine rouvrira en juin, a confirmé hier après-midi à la presse locale.",
     "La piscine rouvrira en juin", "a cue after the words, with no one named as who spoke"),
    # the outlet's own reporting: the narrator's words
    ("Selon nos informations, la gare fermera en août.",
     "Selon nos informations, la gare fermera en août.",
     "the outlet's own reporting (« selon nos informations »): the narrator's words, no quote"),
    ("La gare fermera en août, d'après notre enquête.",
     "La gare fermera en août, d'après notre enquête.",
     "the outlet's own reporting (« selon nos informations »): the narrator's words, no quote"),
    # a noun of a reporting verb's act (« constater »), no entry of own_findings.txt
    ("La gare fermera en août, selon nos constatations.",
     "La gare fermera en août, selon nos constatations.",
     "the outlet's own reporting (« selon nos informations »): the narrator's words, no quote"),
    ("La gare fermera en août, selon nos révélations.",
     "La gare fermera en août, selon nos révélations.",
     "the outlet's own reporting (« selon nos informations »): the narrator's words, no quote"),
    ("La gare fermera en août, selon nos observations.",
     "La gare fermera en août, selon nos observations.",
     "the outlet's own reporting (« selon nos informations »): the narrator's words, no quote"),
    # a condition: nobody said it
    ("Si la ministre affirme que le budget suffit, elle devra le prouver.",
     "Si la ministre affirme que le budget suffit, elle devra le prouver.",
     "a cue in a condition: nobody is said to have said it"),
    # a passive with no one named
    ("La réforme a été annoncée la semaine dernière.",
     "La réforme a été annoncée la semaine dernière.",
     "a passive cue with no one named as who spoke"),
    # a participle as an adjective
    ("Les propos dénoncés ont choqué les habitants.",
     "Les propos dénoncés ont choqué les habitants.",
     "a cue's participle used as an adjective: no speech"),
    # a cause
    ("L'incendie a gagné la forêt, faisant craindre le pire.",
     "L'incendie a gagné la forêt, faisant craindre le pire.",
     "a cue made a cause (« faisant craindre »): no speech"),
    # a purpose clause
    ("La maire est venue à la réunion pour expliquer le projet aux habitants.",
     "La maire est venue à la réunion pour expliquer le projet aux habitants.",
     "a cue in a purpose clause (« pour évoquer »): nothing said yet"),
    # a cue that reports only marked words, with none here
    ("La directrice a critiqué la décision du conseil.",
     "La directrice a critiqué la décision du conseil.",
     "a cue that reports only marked words, with none here"),
    # a cue before no words it reports
    ("Le maire a salué les bénévoles.", "Le maire a salué les bénévoles.",
     "a cue with no reported words found for it"),
    # a lone attribute after « se dire »
    ("La ministre s'est dite déçue.", "déçue",
     "a lone attribute after « se dire »: a state, no words reported"),
]


@pytest.mark.parametrize("text, words, reason", REFUSED)
def test_a_refused_cue_is_recorded_with_its_reason(nlp, text, words, reason):
    result = _result(nlp, text)
    assert [q.span.text for q in result.quotes] == []
    assert (words, reason) in [(text[r.start : r.end], r.reason) for r in result.rejected]


# must not fire: a quote found, or words another record explains, are not recorded again
KEPT = [
    ("La piscine rouvrira en juin, a confirmé la maire.", "La piscine rouvrira en juin"),
    ("Selon nos sources, la gare fermera en août.", "la gare fermera en août"),
    ("Le ministre s'est rendu à Brest pour annoncer : « Les aides arriveront lundi ».",
     "Les aides arriveront lundi"),
    ("Le préfet a estimé que la digue était trop faible.", "la digue était trop faible"),
]


@pytest.mark.parametrize("text, said", KEPT)
def test_a_quote_found_leaves_no_refusal_over_it(nlp, text, said):
    result = _result(nlp, text)
    assert [q.span.text for q in result.quotes] == [said]
    assert all(r.end <= r.start or not (q.span.start < r.end and r.start < q.span.end)
               for r in result.rejected for q in result.quotes)


def test_marks_set_aside_are_recorded_once(nlp):
    """Marked words a rule already set aside (a name) are not recorded again as a refusal."""
    text = "Paul Roux a qualifié le projet de « Nouvelle Aube »."
    result = _result(nlp, text)
    assert [text[r.start : r.end] for r in result.rejected] == ["Nouvelle Aube"]


def test_an_interview_question_nobody_asks_is_recorded(nlp):
    text = ("Anne Vidal, chercheuse, a répondu à nos questions.\n\nComment l'avez-vous appris "
            "?\n\nAnne Vidal : Par un appel ce matin.")
    result = _result(nlp, text)
    assert [q.span.text for q in result.quotes] == ["Par un appel ce matin."]
    assert ("Comment l'avez-vous appris ?", "an interview's question nobody named asks") in [
        (text[r.start : r.end], r.reason) for r in result.rejected]
