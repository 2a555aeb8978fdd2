"""The gender a noun phrase's determiner and noun show of the person it names.

Beside a name whose first name says nothing, a noun phrase set off by a comma gives its
gender, before the name (« Le principal accusé, X, ») or after it (« X, un habitant du
quartier »): the determiner (« le », « la », « un », « une ») or the noun's own form (« son
ex-épouse »). A speaker the tool sorts neither as a person nor as a body (kind ``unknown``)
takes the gender its mention's feminine form shows (« l'héroïne du jour »), with the evidence
``gender-mention``; the masculine says nothing of someone never named (GUIDELINES). Never a
noun feminine whoever it names (« la victime »), a noun of both genders after « l' »
(« l'élève »), a time (« Le lendemain »), a body (« Le syndicat »), a plural, nor a first
name or a title that says the other gender. The first names are made up or given to both.
One row: text -> the quote, its speaker, gender.
"""

from __future__ import annotations

import pytest
from conftest import quotes_of

from quotes.model import Evidence

NAMED = [
    # ---- a noun phrase before the name, its determiner or its noun says the gender
    ("Le principal accusé, Zelko Brami, 71 ans, a reconnu les faits. « Je regrette », a "
     "déclaré Zelko Brami.", "Je regrette", "Zelko Brami", "male"),
    ("La principale accusée, Zelko Brami, avait tout nié. « Je n'ai rien fait », avait "
     "répété Zelko Brami.", "Je n'ai rien fait", "Zelko Brami", "female"),
    ("Son ex-épouse, Naya Gorce, était au procès mardi. « Je suis soulagée », dira Naya Gorce.",
     "Je suis soulagée", "Naya Gorce", "female"),
    ("Une habitante du quartier, Tamsir Ravel, a vu les flammes. « Tout a brûlé », raconte "
     "Tamsir Ravel.", "Tout a brûlé", "Tamsir Ravel", "female"),
    # beside a name the masculine says a man, as « le juge Ravel » does
    ("Un habitant du quartier, Tamsir Ravel, a vu les flammes. « Tout a brûlé », raconte "
     "Tamsir Ravel.", "Tout a brûlé", "Tamsir Ravel", "male"),
    # ---- after the name
    ("« Nous irons en appel », a annoncé Dominique Sorel, le principal accusé.",
     "Nous irons en appel", "Dominique Sorel", "male"),
    ("« Nous irons en appel », a annoncé Camille Oudin, une habitante de Brévannes.",
     "Nous irons en appel", "Camille Oudin", "female"),
    # ---- must not fire: a noun feminine whoever it names, a noun of both genders after
    # « l' », a time, a body, another one's title after the comma
    ("La victime, Naya Gorce, a porté plainte. « J'ai eu peur », a dit Naya Gorce.",
     "J'ai eu peur", "Naya Gorce", None),
    ("La nouvelle recrue, Naya Gorce, a marqué deux buts. « Je suis chez moi », a dit Naya "
     "Gorce.", "Je suis chez moi", "Naya Gorce", None),
    ("L'élève, Naya Gorce, a témoigné. « J'ai eu peur », a dit Naya Gorce.",
     "J'ai eu peur", "Naya Gorce", None),
    ("Le lendemain, Naya Gorce a témoigné. « J'ai eu peur », a dit Naya Gorce.",
     "J'ai eu peur", "Naya Gorce", None),
    # after the name, a possessive's noun is someone else beside them
    ("« Le dossier est clos », a dit Zelko Brami, son épouse à ses côtés.",
     "Le dossier est clos", "Zelko Brami", None),
    ("Le syndicat, Naya Gorce en tête, a dénoncé la réforme. « C'est injuste », a dit Naya "
     "Gorce.", "C'est injuste", "Naya Gorce", None),
    # ---- the masculine of « le ministre » said of a woman: a title or a first name wins
    ("Le ministre, Mme Claude Sorel, a parlé lundi. « Je reste », a déclaré Claude Sorel.",
     "Je reste", "Claude Sorel", "female"),
    ("Le ministre, Anne Vasseur, a parlé lundi. « Je reste », a déclaré Anne Vasseur.",
     "Je reste", "Anne Vasseur", "female"),
    # two signals that disagree: unknown beats wrong
    ("Le principal accusé, Claude Sorel, a parlé lundi. Claude Sorel s'est dite soulagée. "
     "« Je reste », a déclaré Claude Sorel.", "Je reste", "Claude Sorel", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "gender"), NAMED)
def test_noun_beside_a_name(nlp, text, quote, speaker, gender):
    found = [q for q in quotes_of(nlp, text) if q.span.text == quote]
    assert found
    assert (found[0].speaker.name, found[0].speaker.gender) == (speaker, gender)


UNNAMED = [
    # a noun of a woman (lexicon noun_genders.tsv « héroïne »), no role: its form says it
    ("Le match était serré. « C'était dur », a regretté l'héroïne du jour.", "C'était dur",
     "female"),
    ("Le match était serré. « C'était dur », a regretté l'héroïne de la finale.", "C'était dur",
     "female"),
    # must not fire: the masculine, a noun of both genders after « l' », a plural, a body
    ("Le match était serré. « C'était dur », a regretté le héros du jour.", "C'était dur", None),
    ("« Tout va bien », a dit l'élève.", "Tout va bien", None),
    ("Le match était serré. « C'était dur », ont regretté les héroïnes du jour.", "C'était dur",
     None),
    ("« Nous fermons le site », a annoncé la société.", "Nous fermons le site", None),
    ("« La route reste fermée », a indiqué la préfecture.", "La route reste fermée", None),
    # a noun feminine whoever it names
    ("« Je suis prête », a dit la star du club.", "Je suis prête", None),
]


@pytest.mark.parametrize(("text", "quote", "gender"), UNNAMED)
def test_mention_form_of_one_not_named(nlp, text, quote, gender):
    found = [q for q in quotes_of(nlp, text) if q.span.text == quote]
    assert found
    who = found[0]
    assert who.speaker.gender == gender
    assert (Evidence.GENDER_MENTION in who.evidence) == (who.speaker.kind == "unknown"
                                                         and gender is not None)
