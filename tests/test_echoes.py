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
    # the inverted subject the parse tags as an object, past a date or none
    ("Les routes resteront fermées. C'est ce qu'a annoncé mardi le préfet Jean Morel.",
     "Les routes resteront fermées", "Jean Morel", "a annoncé"),
    ("Le pont de Sauvan sera fermé. C'est ce qu'a confirmé le maire Paul Girard.",
     "Le pont de Sauvan sera fermé", "Paul Girard", "a confirmé"),
    ("Le trafic sera réduit jeudi. C'est ce qu'ont annoncé les syndicats de cheminots.",
     "Le trafic sera réduit jeudi", "syndicats de cheminots", "ont annoncé"),
    # « c'était », as any cleft's « être »
    ("La piscine de Varennes rouvrira en mai. C'était ce qu'avait annoncé le maire Luc Berthier.",
     "La piscine de Varennes rouvrira en mai", "Luc Berthier", "avait annoncé"),
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


# sentence -> (words said, speaker, words no echo may take): the sentence before has its
# source or tells an act of saying; its own quote stays, « C'est ce qu'a confirmé Y » adds none
NOT_ECHOED = [
    ("Selon la police, trois personnes ont été blessées. C'est ce qu'a confirmé ce mardi "
     "après-midi le préfet Luc Arnaud.", "trois personnes ont été blessées", "police"),
    ("D'après le syndicat, deux ateliers ont fermé. C'est ce qu'a confirmé lundi le préfet Luc "
     "Arnaud.", "deux ateliers ont fermé", "syndicat"),
    ("Il a été annoncé que le pont fermerait. C'est ce qu'a confirmé ce mardi après-midi le "
     "maire Paul Girard.", "le pont fermerait", None),
]


@pytest.mark.parametrize(("text", "said", "speaker"), NOT_ECHOED)
def test_a_sentence_with_its_source_or_its_cue_is_not_echoed(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name if q.speaker is not None else None) == speaker
    assert [q.span.text for q in quotes_of(nlp, text)] == [said]


# a que-clause after the echo's subject: a participle or a relative of its own
SAID_AFTER = [
    ("Les tarifs vont augmenter lundi. C'est ce qu'a indiqué lundi soir le ministre Paul "
     "Morel, confirmant que les prix ne monteraient pas.", "les prix ne monteraient pas"),
    ("Les tarifs vont augmenter lundi. C'est ce qu'a indiqué lundi soir le ministre Paul "
     "Morel, qui a ajouté que l'État devait agir.", "l'État devait agir"),
]


@pytest.mark.parametrize(("text", "said"), SAID_AFTER)
def test_the_words_after_the_subject_stay_its_own(nlp, text, said):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == "Paul Morel"
    echo = quote_said(nlp, text, "Les tarifs vont augmenter lundi")
    assert echo.speaker.name == "Paul Morel"
    assert echo.speaker.role is None or "confirmant" not in echo.speaker.role


def test_a_sentence_of_another_paragraph_is_not_echoed(nlp):
    """The same two sentences in one paragraph are echoed: the break alone stops it."""
    before, echo = ("La route du col restera fermée jusqu'à jeudi.",
                    "C'est ce qu'a annoncé le préfet Jean Morel.")
    q = quote_said(nlp, f"{before} {echo}", "La route du col restera fermée jusqu'à jeudi")
    assert q.speaker.name == "Jean Morel"
    assert beside_its_own_quote(nlp, f"{before}\n\n{echo}") == []
