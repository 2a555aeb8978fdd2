"""A sentence « C'est ce qu'a annoncé X » gives X the sentence before it, in its paragraph,
when that sentence reports no one's words of its own (quotes.detect.echoes)."""

import pytest
from conftest import beside_its_own_quote, quote_said, quotes_of

# sentence -> (words said, speaker, cue)
ECHOED = [
    ("Les pompiers ont éteint le feu dans la nuit. Un homme a été interpellé et placé en garde "
     "à vue dès l'aube dans le quartier nord. C’est ce qu’a annoncé ce mardi après-midi le "
     "procureur de Vernon, Paul Lambert.",
     "Un homme a été interpellé et placé en garde à vue dès l'aube dans le quartier nord",
     "Paul Lambert", "a annoncé"),
    ("Les conditions d'une détention ne sont pas remplies. C'est ce que déclare dimanche le "
     "parquet de Sion.",
     "Les conditions d'une détention ne sont pas remplies", "parquet de Sion", "déclare"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), ECHOED)
def test_the_sentence_before_is_echoed(nlp, text, said, speaker, cue):
    q = quote_said(nlp, text, said)
    assert q.type == "indirect"
    assert q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue


def test_a_sentence_that_reports_its_own_subject_is_not_echoed(nlp):
    """« X a annoncé une hausse. C'est ce qu'a indiqué Y, confirmant que … »: the first
    sentence tells X's act; Y's words are the que-clause after his participle."""
    text = ("Le gouvernement a annoncé lundi une hausse des tarifs. C'est ce qu'a indiqué lundi "
            "soir le ministre Paul Morel, confirmant que les prix ne monteraient pas.")
    q = quote_said(nlp, text, "les prix ne monteraient pas")
    assert q.speaker.name == "Paul Morel"
    assert [q.span.text for q in quotes_of(nlp, text)] == ["les prix ne monteraient pas"]


def test_a_sentence_of_another_paragraph_is_not_echoed(nlp):
    text = ("La route du col restera fermée jusqu'à jeudi.\n\nC'est ce qu'a annoncé le préfet "
            "Jean Morel.")
    assert beside_its_own_quote(nlp, text) == []
