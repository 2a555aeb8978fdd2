"""Headings that carry someone's words in marks: a quote with no cue, its speaker the colon's
name or whoever says the same words in the article, else nobody; a heading with marked
words inside a title, a title in marks or a two-word term gives none. Made-up sentences."""

import pytest
from conftest import quotes_of

FIRE = ("Le gymnase de Vernay a brûlé dans la nuit de lundi.\n\n")

HEADING_QUOTES = [
    # the whole line in marks, the same words said again below: that speaker
    ("« Nous reconstruirons la salle »\n\nLe maire de Vernay, Paul Morin, a visité le chantier "
     "mardi. « Nous reconstruirons la salle avant la rentrée », a-t-il promis.",
     "Nous reconstruirons la salle", "Paul Morin"),
    # with no verb, when the words come back in marks
    ("Le bon choix pour toute la ville\n\n« C'est le bon choix pour toute la ville », a "
     "estimé l'adjointe Claire Valois.",
     None, None),
    ("« Le bon choix pour toute la ville »\n\n« C'est le bon choix pour toute la ville », a "
     "estimé l'adjointe Claire Valois.",
     "Le bon choix pour toute la ville", "Claire Valois"),
    # a blank line ends the sentence: no cue reaches back over it to the heading's words
    ("« Nous ne céderons pas »\n\n, a-t-elle ajouté.", "Nous ne céderons pas", None),
    # the name before a colon
    ("Morin : « Le chantier prendra du temps »\n\nLe maire de Vernay, Paul Morin, a visité le "
     "chantier mardi.",
     "Le chantier prendra du temps", "Paul Morin"),
    # a subheading nobody says again: a quote, nobody named
    (FIRE + "« Le quartier perd son cœur »\n\nLes pompiers sont restés sur place "
     "jusqu'au matin.",
     "Le quartier perd son cœur", None),
    (FIRE + "Un quartier sous le choc : « Nous avons perdu notre salle »\n\nLes pompiers sont "
     "restés sur place jusqu'au matin.",
     "Nous avons perdu notre salle", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), HEADING_QUOTES)
def test_a_heading_in_marks_is_a_quote(nlp, text, quote, speaker):
    found = {q.span.text: q for q in quotes_of(nlp, text) if q.type == "direct"}
    if quote is None:  # a line with no marks stays a heading
        assert all(q.cue is not None for q in found.values()), list(found)
        assert found, "the words in marks below the heading are found"
        return
    assert quote in found, list(found)
    cue = found[quote].cue
    assert cue is None or cue.type == "colon"  # no verb: nothing, or the colon as elsewhere
    assert found[quote].speaker.name == speaker


# (text, words of a quote below the heading, found: so an empty output fails)
NOT_HEADING_QUOTES = [
    # marked words inside a title: no quote of their own
    ("Le « grand soir » du club de Vernay\n\nLe club a fêté son titre samedi soir. « Nous "
     "sommes fiers », a dit le président.", "Nous sommes fiers"),
    ("Les agents du port votent une « grève sans fin »\n\nLe port est resté fermé mardi. « Nous "
     "ne céderons pas », a déclaré un délégué.", "Nous ne céderons pas"),
    # a title in marks, its words said nowhere else
    ("« Chronique d'un hiver annoncé »\n\nLa neige est tombée sur la vallée toute la nuit. "
     "« Les routes sont coupées », a indiqué le préfet.", "Les routes sont coupées"),
    # two words with no verb: a term, even when they come back
    ("Ecoles : « forte affluence »\n\nLes écoles ont connu « une forte affluence » lundi, selon "
     "la mairie.", "forte affluence"),
]


@pytest.mark.parametrize(("text", "below"), NOT_HEADING_QUOTES)
def test_a_heading_with_no_words_said_is_no_quote(nlp, text, below):
    lines = [p for p in text.split("\n") if p.strip()]
    heading = lines[0]
    quotes = quotes_of(nlp, text)
    found = [q.span.text for q in quotes if q.type == "direct" and q.span.start < len(heading)]
    assert found == []
    assert any(below in q.span.text and q.span.start > len(heading) for q in quotes)


COLON_AFTER = [
    # the name after the colon
    ("« Nous tiendrons jusqu'au bout » : Paul Morin\n\nLe maire de Vernay a parlé mardi "
     "devant le conseil.", "Nous tiendrons jusqu'au bout", "Paul Morin"),
    # words after the colon that name no one: nobody
    (FIRE + "« Nous avons tout perdu » : un quartier sous le choc\n\nLes "
     "pompiers sont restés sur place.", "Nous avons tout perdu", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), COLON_AFTER)
def test_a_name_after_the_colon_speaks(nlp, text, quote, speaker):
    found = {q.span.text: q for q in quotes_of(nlp, text) if q.type == "direct"}
    assert quote in found, list(found)
    assert found[quote].speaker.name == speaker
