"""The gender a noun phrase's determiner and noun show of the named person it is set beside.

Beside a name whose first name says nothing, a noun phrase set off by a comma gives its
gender, before the name (« Le principal accusé, X, ») or after it as its apposition (« X, la
mère de Paul »): the determiner (« le », « la », « un », « une ») or the noun's own form
(« son ex-épouse »). It weighs less than any agreement of the article (« X, l'avocat de la
famille. X s'est dite confiante »: female). Never a noun feminine whoever it names (« la
victime »), a noun of both genders after « l' » (« l'élève »), a time (« Le lendemain »), a
body part (« Le visage fermé »), one of a list, another one's title, a construction of its
own after the name (« X, le mari à ses côtés »), nor over a first name or a title. The first
names are made up or given to both. One row: text -> the quote, its speaker, gender.
"""

from __future__ import annotations

import pytest
from conftest import quotes_of

NAMED = [
    # ---- a noun phrase before the name, its determiner or its noun says the gender
    ("Le principal accusé, Zelko Brami, 58 ans, a nié en bloc. « Je regrette », a déclaré "
     "Zelko Brami.", "Je regrette", "Zelko Brami", "male"),
    ("La principale accusée, Zelko Brami, avait tout nié. « Je n'ai rien fait », avait "
     "répété Zelko Brami.", "Je n'ai rien fait", "Zelko Brami", "female"),
    ("Son ex-épouse, Naya Gorce, était au procès mardi. « Je suis soulagée », dira Naya Gorce.",
     "Je suis soulagée", "Naya Gorce", "female"),
    ("Une habitante du quartier, Tamsir Ravel, a vu les flammes. « Tout a brûlé », raconte "
     "Tamsir Ravel.", "Tout a brûlé", "Tamsir Ravel", "female"),
    # beside a name the masculine says a man, as « le juge Ravel » does
    ("Un habitant du quartier, Tamsir Ravel, a vu les flammes. « Tout a brûlé », raconte "
     "Tamsir Ravel.", "Tout a brûlé", "Tamsir Ravel", "male"),
    # ---- after the name, the name's apposition
    ("« Je n'ai rien vu », a raconté Camille Derval, la mère de Paul.", "Je n'ai rien vu",
     "Camille Derval", "female"),
    # a party or a trait made a noun (lexicon/nominal_adjectives.tsv), which the parse may hang
    # on the verb: its determiner says the gender, after the name or before it
    ("« C'est une honte », a déclaré Dominique Vidal, la socialiste de Vernac.",
     "C'est une honte", "Dominique Vidal", "female"),
    ("« C'est une honte », a déclaré Dominique Vidal, le socialiste.", "C'est une honte",
     "Dominique Vidal", "male"),
    ("Le gaucher, Dominique Vidal, a battu son rival. « J'ai bien servi », a dit Dominique "
     "Vidal.", "J'ai bien servi", "Dominique Vidal", "male"),
    # not the name's apposition: a list after a plural cue, a construction of its own
    ("« Justice doit être rendue », ont dit Sacha Morlet, la mère de la victime et le maire.",
     "Justice doit être rendue", "Sacha Morlet", None),
    ("« Nous ne céderons pas », a dit Sacha Morlet, le mari à ses côtés.",
     "Nous ne céderons pas", "Sacha Morlet", None),
    # after the name, a possessive's noun is someone else beside them
    ("« Le dossier est clos », a dit Zelko Brami, son épouse à ses côtés.",
     "Le dossier est clos", "Zelko Brami", None),
    # ---- any agreement wins over the masculine anyone's noun: « l'avocat » of a woman
    ("« Le procès sera long », a estimé Sacha Morlet, l'avocat de la partie civile. Sacha "
     "Morlet est convaincue de l'innocence de son client.", "Le procès sera long",
     "Sacha Morlet", "female"),
    ("« Nous irons en appel », a annoncé Sacha Morlet, l'avocat de la famille. Sacha Morlet "
     "s'est dite confiante.", "Nous irons en appel", "Sacha Morlet", "female"),
    ("Le principal accusé, Claude Sorel, a parlé lundi. Claude Sorel s'est dite soulagée. "
     "« Je reste », a déclaré Claude Sorel.", "Je reste", "Claude Sorel", "female"),
    # ---- must not fire: a noun feminine whoever it names, a noun of both genders after
    # « l' », a time, a body part, a body
    ("La victime, Naya Gorce, a porté plainte. « J'ai eu peur », a dit Naya Gorce.",
     "J'ai eu peur", "Naya Gorce", None),
    ("La nouvelle recrue, Naya Gorce, a marqué deux buts. « Je suis chez moi », a dit Naya "
     "Gorce.", "Je suis chez moi", "Naya Gorce", None),
    ("L'élève, Naya Gorce, a témoigné. « J'ai eu peur », a dit Naya Gorce.",
     "J'ai eu peur", "Naya Gorce", None),
    ("Le lendemain, Naya Gorce a témoigné. « J'ai eu peur », a dit Naya Gorce.",
     "J'ai eu peur", "Naya Gorce", None),
    ("Le lendemain matin, Claude Sorel a parlé. « Je reste », a déclaré Claude Sorel.",
     "Je reste", "Claude Sorel", None),
    ("La semaine suivante, Claude Sorel a parlé. « Je reste », a déclaré Claude Sorel.",
     "Je reste", "Claude Sorel", None),
    ("Le visage fermé, Claude Sorel a parlé lundi. « Je reste », a déclaré Claude Sorel.",
     "Je reste", "Claude Sorel", None),
    ("Le syndicat, Naya Gorce en tête, a dénoncé la réforme. « C'est injuste », a dit Naya "
     "Gorce.", "C'est injuste", "Naya Gorce", None),
    # another one's title before the comma: « la réalisatrice » is Lise Marchal
    ("La réalisatrice Lise Marchal, Claude Sorel et Paul Roux sont arrivés. « Je tourne "
     "demain », a dit Claude Sorel.", "Je tourne demain", "Claude Sorel", None),
    # a noun phrase that does not open its sentence is one of a list
    ("Il y avait le préfet, une habitante, Claude Sorel et Paul Roux. « Tout ira bien », a "
     "dit Claude Sorel.", "Tout ira bien", "Claude Sorel", None),
    ("Ils ont reçu le maire, le frère de Paul, Claude Sorel et Anne Roux. « Tout ira bien », "
     "a dit Claude Sorel.", "Tout ira bien", "Claude Sorel", None),
    # ---- the masculine of « le ministre » said of a woman: a title or a first name wins
    ("Le ministre, Mme Claude Sorel, a parlé lundi. « Je reste », a déclaré Claude Sorel.",
     "Je reste", "Claude Sorel", "female"),
    ("Le ministre, Anne Vasseur, a parlé lundi. « Je reste », a déclaré Anne Vasseur.",
     "Je reste", "Anne Vasseur", "female"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "gender"), NAMED)
def test_noun_beside_a_name(nlp, text, quote, speaker, gender):
    found = [q for q in quotes_of(nlp, text) if q.span.text == quote]
    assert found
    assert (found[0].speaker.name, found[0].speaker.gender) == (speaker, gender)
