"""Whom a description after a cue names when the sentence right before has just named a person
as its subject (« Paul Roux est allé dans le même sens. « … », a estimé le maire »): that
person, over one who spoke more before him, when no one holds the description's role; never
one a role of his own contradicts, nor one of several people the subject names, nor the
subject of a sentence where another subject comes first, nor across a paragraph break or a
sentence that quotes words. And whom a pronoun after a cue stands for when a name is the
subject of a relative clause.
"""

import pytest
from conftest import quote_said

SAID = "La bonne méthode, c'est la table"
BEFORE = ("Le ministre délégué à l'Industrie, Marc Léger, a refusé. « On ne gouverne pas "
          "ainsi », a-t-il dit. ")

# (text, speaker, role, gender)
ROWS = [
    # fire: the subject just named, not the minister who spoke before him
    (BEFORE + "Paul Roux est allé dans le même sens. « " + SAID + " », a estimé le Premier "
     "ministre.", "Paul Roux", "Premier ministre", "male"),
    (BEFORE + "Paul Roux est allé dans le même sens. « " + SAID + " », a estimé le maire.",
     "Paul Roux", "maire", "male"),
    # must not: his own role says he is no minister; the minister who spoke is
    (BEFORE + "Le maire Paul Roux est allé dans le même sens. « " + SAID + " », a estimé le "
     "ministre.", "Marc Léger", "ministre délégué à l'Industrie", "male"),
    # must not: « elle » agrees with the subject just named, « le maire » does not
    (BEFORE + "Julie Roux est allée dans le même sens. « " + SAID + " », a estimé le maire.",
     "Marc Léger", "ministre délégué à l'Industrie", "male"),
    # must not: the sentence before names its main subject after another, in a clause of
    # its own (« Quand X …, Y … »)
    (BEFORE + "Quand Paul Roux est arrivé, Luc Martin a applaudi. « " + SAID + " », a estimé "
     "le maire.", "Marc Léger", "ministre délégué à l'Industrie", "male"),
    # must not: its subject names two people, neither of them alone
    (BEFORE + "Paul Roux et Luc Martin sont allés dans le même sens. « " + SAID + " », a "
     "estimé le maire.", "Marc Léger", "ministre délégué à l'Industrie", "male"),
    # must not: a paragraph break between the subject's sentence and the quote
    (BEFORE + "Paul Roux est allé dans le même sens.\n\n« " + SAID + " », a estimé le maire.",
     "Marc Léger", "ministre délégué à l'Industrie", "male"),
    # must not: the sentence before quotes words
    (BEFORE + "Paul Roux a repris le mot « impasse ». « " + SAID + " », a estimé le maire.",
     "Marc Léger", "ministre délégué à l'Industrie", "male"),
]


@pytest.mark.parametrize(("text", "speaker", "role", "gender"), ROWS)
def test_a_description_after_a_subject_just_named(nlp, text, speaker, role, gender):
    q = quote_said(nlp, text, SAID)
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)


# a name that is the subject of a relative clause (« dont X est partenaire ») is not the one
# a later « il » stands for when a man who spoke before agrees
RELATIVE = ("Paul Roux a annulé plusieurs dates. Le chanteur a annoncé qu'il annulait ses "
            "concerts. Sa participation aux festivals, comme le Festival du Lac dont Marc Léger "
            "est partenaire, est maintenue.\n\nIl a affirmé qu'il comptait se reposer.")
# (text, words said, speaker)
RELATIVE_ROWS = [
    (RELATIVE, "il comptait se reposer", "Paul Roux"),
    # must not: the relative clause's subject is a woman; « elle » still takes her
    (RELATIVE.replace("Marc Léger", "Julie Léger").replace("Il a affirmé", "Elle a affirmé"),
     "il comptait se reposer", "Julie Léger"),
    # the parse loses the clause after « dont »: its subject is still no antecedent
    ("Paul Roux a dénoncé le texte. « C'est une erreur », a-t-il dit. Sa venue au Festival du "
     "Lac dont Marc Léger est partenaire est confirmée. « C'est un passage en force », a-t-il "
     "lancé.", "C'est un passage en force", "Paul Roux"),
    # must not: « dont » names one of the elected, the subject of the sentence: « il » is him
    ("Paul Roux a dénoncé le texte. « C'est une erreur », a-t-il dit. Plusieurs élus, dont Marc "
     "Léger, ont dénoncé la mesure. « C'est un passage en force », a-t-il lancé.",
     "C'est un passage en force", "Marc Léger"),
    # must not: the company is the main clause's subject, no relative clause: « il » is it
    ("Le chanteur Paul Roux a annulé ses concerts. Le groupe Vexal a confirmé la nouvelle. « Le "
     "festival aura lieu », a-t-il ajouté.", "Le festival aura lieu", "Vexal"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), RELATIVE_ROWS)
def test_a_relative_clause_subject_is_not_the_pronoun_antecedent(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
