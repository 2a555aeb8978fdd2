"""The carry past a quote whose cue ends the paragraph before with a colon (« X a annoncé : ¶
« A. » ¶ « B. » »): its speaker is heard at the quote's paragraph, so the quote paragraphs with
no cue after it go on with the same speaker; the carry stops where it stops after any quote (a
subject of the narration between, two paragraphs between, another's cue). Every row lists every
quote of its text, as ``Extractor().text`` finds them: (words, speaker, gender, cue).

Sentences written for these tests; names and places are invented.
"""

import pytest

from quotes.api import Extractor
from quotes.attribute.timeline import heard_at
from quotes.detect.context import Frame
from quotes.model import Evidence

_ECOLE = "« Nous fermerons l'école du bourg dès la rentrée prochaine. »"
_MAIRE = "Le maire de Vernac, Paul Roux, a annoncé :\n\n" + _ECOLE
_A = ("Nous fermerons l'école du bourg dès la rentrée prochaine.", "Paul Roux", "male",
      "a annoncé")


def said(nlp, text):
    """(words, speaker, gender, cue) of every quote of ``text``, in text order."""
    def v(x):
        return getattr(x, "value", x)
    return [(q.span.text, q.speaker.name, v(q.speaker.gender), q.cue.text if q.cue else None)
            for q in Extractor(nlp=nlp).text(text)]


GOES_ON = [
    # two quote paragraphs after the colon
    ("Le maire de Vernac, Paul Roux, a tenu une réunion publique mardi soir. Il a annoncé :\n\n"
     + _ECOLE + "\n\n« Les enfants iront en car à l'école de Brenac, à six kilomètres. »",
     [_A, ("Les enfants iront en car à l'école de Brenac, à six kilomètres.", "Paul Roux",
           "male", None)]),
    # three
    ("La présidente de la région, Claire Morvan, a déclaré devant les élus :\n\n"
     "« Nous voterons le budget avant la fin du mois. »\n\n"
     "« Les lycées recevront deux millions d'euros de plus. »\n\n"
     "« Personne ne paiera davantage d'impôts cette année. »",
     [("Nous voterons le budget avant la fin du mois.", "Claire Morvan", "female",
       "a déclaré"),
      ("Les lycées recevront deux millions d'euros de plus.", "Claire Morvan", "female", None),
      ("Personne ne paiera davantage d'impôts cette année.", "Claire Morvan", "female", None)]),
    # a second colon paragraph with another speaker: the quotes after it are hers
    (_MAIRE + "\n\nLa directrice de l'école, Sophie Lenoir, a répondu :\n\n"
     "« Les parents refuseront cette fermeture jusqu'au bout. »\n\n"
     "« Nous irons manifester devant la préfecture. »",
     [_A, ("Les parents refuseront cette fermeture jusqu'au bout.", "Sophie Lenoir", "female",
           "a répondu"),
      ("Nous irons manifester devant la préfecture.", "Sophie Lenoir", "female", None)]),
    # a quote of three paragraphs after the colon, then one more quote paragraph
    ("Le maire de Vernac, Paul Roux, a déclaré :\n\n"
     "« Nous fermerons l'école du bourg dès la rentrée prochaine.\n\n"
     "« Les enfants iront en car à l'école de Brenac.\n\n"
     "« Le trajet durera dix minutes. »\n\n"
     "« Nous ne pouvons plus payer le chauffage. »",
     [(_A[0], "Paul Roux", "male", "a déclaré"),
      ("Les enfants iront en car à l'école de Brenac.", "Paul Roux", "male", None),
      ("Le trajet durera dix minutes.", "Paul Roux", "male", None),
      ("Nous ne pouvons plus payer le chauffage.", "Paul Roux", "male", None)]),
    # a quote of his earlier in the colon's paragraph
    ("« Bonsoir à tous », a lancé Paul Roux en entrant. Le maire de Vernac a ensuite annoncé :"
     "\n\n" + _ECOLE + "\n\n« Les enfants iront en car à Brenac. »",
     [("Bonsoir à tous", "Paul Roux", "male", "a lancé"),
      (_A[0], "Paul Roux", "male", "a ensuite annoncé"),
      ("Les enfants iront en car à Brenac.", "Paul Roux", "male", None)]),
    # a pronoun paragraph after: the pronoun is his
    (_MAIRE + "\n\n« Les enfants iront en car à Brenac », a-t-il ajouté.",
     [_A, ("Les enfants iront en car à Brenac", "Paul Roux", "male", "a-t-il ajouté")]),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_the_quotes_after_a_colon_quote_keep_its_speaker(nlp, text, expected):
    assert said(nlp, text) == expected


STOPS = [
    # a person the narration names between: the carry is his, as after any quote
    (_MAIRE + "\n\nLe préfet Jean Dufour est arrivé ensuite dans la salle.\n\n"
     "« Les enfants iront en car à l'école de Brenac. »",
     [_A, ("Les enfants iront en car à l'école de Brenac.", "Jean Dufour", "male", None)]),
    # a paragraph of narration between: the carry reaches one paragraph back, no further
    (_MAIRE + "\n\nLa salle est restée silencieuse pendant plusieurs minutes.\n\n"
     "« Les enfants iront en car à l'école de Brenac. »",
     [_A, ("Les enfants iront en car à l'école de Brenac.", None, None, None)]),
    (_MAIRE + "\n\nLa salle est restée silencieuse.\n\nLes parents sont sortis un à un.\n\n"
     "« Les enfants iront en car à Brenac. »",
     [_A, ("Les enfants iront en car à Brenac.", None, None, None)]),
    # another's cue after his quote: the next paragraph is hers
    (_MAIRE + "\n\n« C'est une catastrophe pour le village », a réagi Sophie Lenoir, directrice"
     " de l'école.\n\n« Les parents ne laisseront pas faire. »",
     [_A, ("C'est une catastrophe pour le village", "Sophie Lenoir", "female", "a réagi"),
      ("Les parents ne laisseront pas faire.", "Sophie Lenoir", "female", "a réagi")]),
    # a pronoun of the other gender after his quote: hers, named since
    (_MAIRE + "\n\nLa directrice Sophie Lenoir assistait à la réunion. « Les parents ne "
     "laisseront pas faire », a-t-elle répondu.",
     [_A, ("Les parents ne laisseront pas faire", "Sophie Lenoir", "female",
           "a-t-elle répondu")]),
    # no cue from the colon (a participle, a verb that says nothing, a thing's pronoun): the
    # quotes are attributed as before, with no cue
    ("Voici le message du chanteur Léo Fontaine annonçant l'annulation de sa tournée :\n\n"
     "« Je suis désolé de vous décevoir encore une fois cette année. »\n\n"
     "« Je reviendrai vous voir dès que ma santé le permettra. »",
     [("Je suis désolé de vous décevoir encore une fois cette année.", "Léo Fontaine", "male",
       None),
      ("Je reviendrai vous voir dès que ma santé le permettra.", "Léo Fontaine", "male",
       None)]),
    ("Le maire de Vernac, Paul Roux, ne dit rien :\n\n" + _ECOLE
     + "\n\n« Les enfants iront en car à Brenac. »",
     [(_A[0], "Paul Roux", "male", None),
      ("Les enfants iront en car à Brenac.", "Paul Roux", "male", None)]),
    ("Le rapport de la commission a été publié lundi. Il conclut :\n\n"
     "« Les digues ne tiendront pas une crue centennale. »\n\n"
     "« Il faut les rehausser d'un mètre avant dix ans. »",
     [("Les digues ne tiendront pas une crue centennale.", "commission", None, None),
      ("Il faut les rehausser d'un mètre avant dix ans.", "commission", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), STOPS)
def test_the_carry_stops_where_it_stops_after_any_quote(nlp, text, expected):
    assert said(nlp, text) == expected


# frames of words at 60-90: (frame, where its speaker is heard; None: at the cue's subject)
HEARD = [
    # the cue ends the paragraph before with a colon: heard at the words
    (Frame("preposed", (10, 20), "annoncer", (0, 9), ((60, 90),),
           (Evidence.CUE_BEFORE, Evidence.COLON, Evidence.COLON_PARAGRAPH)), 60),
    # any other cue, a colon in the same paragraph or after the words: at its subject
    (Frame("preposed", (10, 20), "annoncer", (0, 9), ((60, 90),),
           (Evidence.CUE_BEFORE, Evidence.COLON)), None),
    (Frame("postposed", (92, 100), "déclarer", (101, 110), ((60, 90),), ()), None),
    (None, None),
]


@pytest.mark.parametrize(("frame", "at"), HEARD)
def test_only_a_colon_paragraph_quote_is_heard_at_its_words(frame, at):
    assert heard_at(60, frame) == at


def test_a_pronouns_antecedent_two_sentences_back(nlp):
    """The sentence just before names no one of the pronoun's gender (« Le train »); the one
    before it does: « Elle » is the minister, the cue and speaker carried."""
    text = ("La ministre Anne Vidal est arrivée à Dax mardi matin. Le train avait deux heures de "
            "retard. Elle a déclaré :\n\n"
            "« Le service des urgences restera ouvert tout l’hiver. »")
    assert said(nlp, text) == [("Le service des urgences restera ouvert tout l’hiver.",
                                "Anne Vidal", "female", "a déclaré")]
