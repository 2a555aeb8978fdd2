"""A paragraph that ends in a colon after a reporting verb, then marks that open the next
paragraph: the verb is their cue and its subject who speaks, across the break; the later
paragraphs of the same quote keep that speaker with no cue. Nothing is carried from a
participle, a verb that reports nothing, a clause that already reported, a heading or a name
with no verb, nor to marks that have a cue of their own or that do not open their paragraph.
Every row goes through ``Extractor().text``, as a user's text does.

Sentences written for these tests; names and places are invented.
"""

import pytest

from quotes.api import Extractor


def found(nlp, text, words):
    """The quote of ``text`` whose words are ``words``; fails where there is none."""
    quotes = Extractor(nlp=nlp).text(text)
    match = [q for q in quotes if q.span.text == words]
    assert match, [q.span.text for q in quotes]
    return match[0]


CARRIED = [
    # a name, an adjunct between the verb and the colon
    ("Le maire de Vernac, Paul Roux, a annoncé la nouvelle lundi en ces termes :\n\n"
     "« Nous fermerons l'école du bourg dès la rentrée prochaine. »",
     "Nous fermerons l'école du bourg dès la rentrée prochaine.", "Paul Roux", "a annoncé"),
    # a pronoun for the woman named the sentence before, an adverb inside the group
    ("La ministre Anne Vidal est arrivée à Brenac mardi. Elle a ensuite expliqué :\n\n"
     "« Le pont sera rouvert aux voitures avant la fin du mois. »",
     "Le pont sera rouvert aux voitures avant la fin du mois.", "Anne Vidal",
     "a ensuite expliqué"),
    # a present tense and an inverted speaker's pronoun
    ("Le capitaine Hugo Brun a quitté le terrain en boitant. Il confie au sujet du match :\n\n"
     "« Nous avons manqué de rigueur en mêlée pendant toute la seconde période. »",
     "Nous avons manqué de rigueur en mêlée pendant toute la seconde période.", "Hugo Brun",
     "confie"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "cue"), CARRIED)
def test_the_colon_paragraph_gives_cue_and_speaker(nlp, text, quote, speaker, cue):
    q = found(nlp, text, quote)
    assert (q.speaker.name, q.cue.text if q.cue else None) == (speaker, cue)


def test_the_next_paragraphs_keep_the_speaker_not_the_cue(nlp):
    text = ("La présidente Claire Morvan a déclaré devant le conseil :\n\n"
            "« Nous voterons le budget de la commune avant la fin du mois.\n\n"
            "« Les travaux de la salle des fêtes commenceront en avril. »")
    first = found(nlp, text, "Nous voterons le budget de la commune avant la fin du mois.")
    then = found(nlp, text, "Les travaux de la salle des fêtes commenceront en avril.")
    assert (first.speaker.name, first.cue.text if first.cue else None) == (
        "Claire Morvan", "a déclaré")
    assert (then.speaker.name, then.cue) == ("Claire Morvan", None)


# the marked words are found, but no cue reaches them from the paragraph before
NOT_CARRIED = [
    # a participle on a noun: the text presented is the chanteuse's, no verb of hers speaks
    ("Voici le message de la chanteuse Léa Fontaine annonçant l'annulation de sa tournée :\n\n"
     "« Je suis désolée de vous décevoir encore une fois cette année. »",
     "Je suis désolée de vous décevoir encore une fois cette année."),
    # a verb that reports nothing
    ("Le maire Paul Roux a reçu une lettre des parents jeudi :\n\n"
     "« Nous refusons la fermeture de la classe de nos enfants. »",
     "Nous refusons la fermeture de la classe de nos enfants."),
    # the clause already reported its que-clause
    ("Le maire Paul Roux a déclaré que l'école fermerait, avant de conclure :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    # the verb already reported its que-clause or its infinitive
    ("Le maire Paul Roux a déclaré qu'il quitterait ses fonctions en juin :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    ("Le maire Paul Roux a promis de partir en juin :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    # a reporting verb after the marks in their paragraph: theirs, whoever it names
    ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. » C'est ce qu'a déclaré "
     "ensuite son adjointe Anne Vidal.", "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. » Son adjointe Anne Vidal a "
     "ensuite confirmé la nouvelle.", "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    # a name and a colon with no verb: the introduction, no cue (``attribute.intro``)
    ("Paul Roux (maire de Vernac) :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    # a heading
    ("Les réactions :\n\n« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
]


@pytest.mark.parametrize(("text", "quote"), NOT_CARRIED)
def test_no_cue_from_a_paragraph_that_does_not_report(nlp, text, quote):
    assert found(nlp, text, quote).cue is None


def test_marks_with_a_cue_of_their_own_keep_it(nlp):
    text = ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
            "« Nous ne pouvons plus payer le chauffage de ce bâtiment », a précisé son adjointe "
            "Anne Vidal.")
    q = found(nlp, text, "Nous ne pouvons plus payer le chauffage de ce bâtiment")
    assert (q.speaker.name, q.cue.text if q.cue else None) == ("Anne Vidal", "a précisé")


def test_marks_after_words_of_the_narrator_take_nothing(nlp):
    text = ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
            "Selon lui, « nous ne pouvons plus payer le chauffage de ce bâtiment ».")
    q = found(nlp, text, "nous ne pouvons plus payer le chauffage de ce bâtiment")
    assert q.cue is None or q.cue.text != "a annoncé"


def test_a_colon_inside_the_paragraph_carries_nothing(nlp):
    text = ("Le maire Paul Roux a annoncé une décision : la cantine fermera.\n\n"
            "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »")
    assert found(nlp, text, "Nous ne pouvons plus payer le chauffage de ce bâtiment.").cue is None
