"""The gender the article's own words show of a person whose first name says nothing.

An agreement with the name beats the first-name list and the name model: a participle or
adjective the name is the subject of with être, the attribute after « se dire » (« s'est
dite ravie », « s'est dit prêt »), one set after the name by a comma, or one opening the
clause a comma ends right before the name (« Encore émue, X »). A form the press leaves
unagreed (« s'est dit » for a woman) says nothing alone, nor does an epicene one
(« juge », « jeune »), nor a word of someone else in the sentence; two agreements that
disagree leave the gender unknown, and the empty « il » of « il a été souligné que »
lends none, nor does a pronoun a relative of its gender named since may stand for
(« X espère retrouver sa fille. Elle … »). The first names here are made up or given to both, so
no list or model knows them. One row: text -> the quote, its speaker and gender.
"""

import pytest

from quotes.attribute.gender import subject_sex
from quotes.detect.narrator_subjects import empty_il
from quotes.lexicon import words
from quotes.model import Article
from quotes.pipeline import extract_doc

ROWS = [
    # ---- « se dire » and its attribute: the attribute says the gender
    ("Zelko Brami s'est dite ravie du résultat. « Nous avons gagné », a-t-elle ajouté.",
     "Nous avons gagné", "Zelko Brami", "female"),
    ("Naya Gorce s'est dit ouverte au dialogue. « La porte reste ouverte », a ajouté "
     "Naya Gorce.", "La porte reste ouverte", "Naya Gorce", "female"),
    ("Oumarou Vasseur s'est dit prêt à négocier. « La porte reste ouverte », a ajouté "
     "Oumarou Vasseur.", "La porte reste ouverte", "Oumarou Vasseur", "male"),
    ("Kandel Ferrat s'est dite heureuse du vote. « Le texte passera », a ajouté Kandel Ferrat.",
     "Le texte passera", "Kandel Ferrat", "female"),
    # must not fire: « dit » alone is left unagreed with a woman as often as not, and an
    # epicene attribute (« favorable ») says nothing
    ("Yelo Marchand s'est dit que le texte passerait. « Nous verrons », a ajouté Yelo "
     "Marchand.", "Nous verrons", "Yelo Marchand", None),
    ("Gontran Pinel s'est dit favorable au texte. « Nous verrons », a ajouté Gontran Pinel.",
     "Nous verrons", "Gontran Pinel", None),
    # ---- a participle or adjective opening the clause right before the name
    ("Encore bouleversée par l'incendie, Tamsir Ravel a témoigné. « Tout a brûlé », "
     "a dit Tamsir Ravel.", "Tout a brûlé", "Tamsir Ravel", "female"),
    ("Élue en mars, Kandel Ferrat a ouvert la séance. « Le budget est voté », a dit Kandel "
     "Ferrat.", "Le budget est voté", "Kandel Ferrat", "female"),
    ("Interrogé par la radio, Dramane Viel a répondu. « Le chantier avance », a dit Dramane "
     "Viel.", "Le chantier avance", "Dramane Viel", "male"),
    # must not fire: a clause opened by another word, or an adjective of both genders
    ("Dans la salle bondée, Tamsir Ravel a témoigné. « Tout a brûlé », a dit Tamsir Ravel.",
     "Tout a brûlé", "Tamsir Ravel", None),
    ("Très calme, Dramane Viel a répondu. « Le chantier avance », a dit Dramane Viel.",
     "Le chantier avance", "Dramane Viel", None),
    # ---- a noun of a sex right before the name, after its determiner
    ("Après la course, sa mère Zelko a parlé. « Nous sommes fiers », a dit Zelko.",
     "Nous sommes fiers", "Zelko", "female"),
    ("Après la course, son père Oumarou a parlé. « Nous sommes fiers », a dit Oumarou.",
     "Nous sommes fiers", "Oumarou", "male"),
    # must not fire: the noun of another person, whose complement the name is
    ("Après la course, la mère de Yelo a parlé. « Nous sommes fiers », a dit Yelo.",
     "Nous sommes fiers", "Yelo", None),
    # ---- after the name, set off by a comma
    ("« Tout a brûlé », a raconté Zelko Brami, très émue.", "Tout a brûlé", "Zelko Brami",
     "female"),
    ("« Tout a brûlé », a raconté Oumarou Vasseur, âgé de quarante ans.", "Tout a brûlé",
     "Oumarou Vasseur", "male"),
    ("« Tout a brûlé », a raconté Oumarou Vasseur, père de trois enfants.", "Tout a brûlé",
     "Oumarou Vasseur", "male"),
    ("Mère de deux enfants, Zelko Brami a témoigné. « Tout a brûlé », a dit Zelko Brami.",
     "Tout a brûlé", "Zelko Brami", "female"),
    # must not fire: an invariable noun of a role, a feminine noun of someone else
    ("« Le dossier est clos », a dit Yelo Marchand, juge au tribunal.", "Le dossier est clos",
     "Yelo Marchand", None),
    ("« Le dossier est clos », a dit Gontran Pinel, dont la sœur est avocate.",
     "Le dossier est clos", "Gontran Pinel", None),
    ("« Le dossier est clos », a dit Gontran Pinel, sa fille à ses côtés.",
     "Le dossier est clos", "Gontran Pinel", None),
    # ---- two agreements that disagree: unknown beats wrong
    ("Kandel Ferrat s'est dite prêt à signer. « Le texte passera », a ajouté Kandel Ferrat.",
     "Le texte passera", "Kandel Ferrat", None),
    ("La ministre Tamsir Ravel a ouvert la séance. Plus tard, Tamsir Ravel est arrivé en "
     "retard. « Le budget est voté », a dit Tamsir Ravel.", "Le budget est voté", "Tamsir Ravel",
     None),
    ("Oumarou Vasseur, très ému, a salué la foule. Oumarou Vasseur est arrivée en retard. "
     "« Je reste », a dit Oumarou Vasseur.", "Je reste", "Oumarou Vasseur", None),
    # must not fire: the same gender said twice, or once with nothing against it
    ("La ministre Tamsir Ravel a ouvert la séance. Plus tard, Tamsir Ravel est arrivée en "
     "retard. « Le budget est voté », a dit Tamsir Ravel.", "Le budget est voté", "Tamsir Ravel",
     "female"),
    ("Oumarou Vasseur, très ému, a salué la foule. Oumarou Vasseur est reparti à pied. "
     "« Je reste », a dit Oumarou Vasseur.", "Je reste", "Oumarou Vasseur", "male"),
    # ---- the empty « il » of a passive whose subject is the que-clause after it stands for
    # no one: it lends no gender to the person named before
    ("Tamsir Ravel a présenté le projet mardi. Il a été souligné que le chantier serait long. "
     "« Nous tiendrons les délais », a dit Tamsir Ravel.", "Nous tiendrons les délais",
     "Tamsir Ravel", None),
    ("Zelko Brami a ouvert la séance, et il a été décidé que le vote aurait lieu jeudi. « Le "
     "texte passera », a dit Zelko Brami.", "Le texte passera", "Zelko Brami", None),
    ("Kandel Ferrat a visité l'usine. Il a été rappelé que le site fermerait en mai. « Nous "
     "chercherons un repreneur », a dit Kandel Ferrat.", "Nous chercherons un repreneur",
     "Kandel Ferrat", None),
    # must not fire: a passive that speaks of a man (the one told, the one arrested), and
    # « elle »
    ("Dramane Viel a présenté le projet mardi. Il a été informé que le chantier serait long. "
     "« Nous tiendrons les délais », a dit Dramane Viel.", "Nous tiendrons les délais",
     "Dramane Viel", "male"),
    ("Dramane Viel a quitté la salle. Il a été arrêté à la sortie. « Je suis innocent », a dit "
     "Dramane Viel.", "Je suis innocent", "Dramane Viel", "male"),
    ("Yelo Marchand a quitté la salle. Elle a été prévenue que le vote était reporté. « Je "
     "reviendrai », a dit Yelo Marchand.", "Je reviendrai", "Yelo Marchand", "female"),
    # ---- a relative of the pronoun's gender named by « sa »/« son » between the subject and
    # the pronoun: the pronoun may be the relative's, so it lends the subject no gender
    ("Tamsir Ravel espère encore retrouver sa fille. Elle dormait dans la maison au moment du "
     "séisme. « Nous cherchons toujours », a dit Tamsir Ravel.", "Nous cherchons toujours",
     "Tamsir Ravel", None),
    ("Oumarou Vasseur a longtemps veillé sur son fils. Il a été hospitalisé en mai. « Nous "
     "tenons bon », a dit Oumarou Vasseur.", "Nous tenons bon", "Oumarou Vasseur", None),
    # must not fire: no relative between them, or one of the other gender
    ("Tamsir Ravel a attendu toute la nuit devant les ruines. Elle dormait à peine. « Nous "
     "cherchons toujours », a dit Tamsir Ravel.", "Nous cherchons toujours", "Tamsir Ravel",
     "female"),
    ("Tamsir Ravel espère encore retrouver son fils. Elle dormait à peine depuis le séisme. "
     "« Nous cherchons toujours », a dit Tamsir Ravel.", "Nous cherchons toujours",
     "Tamsir Ravel", "female"),
    ("Oumarou Vasseur a longtemps veillé sur sa mère. Il a été hospitalisé en mai. « Nous "
     "tenons bon », a dit Oumarou Vasseur.", "Nous tenons bon", "Oumarou Vasseur", "male"),
    # ---- « M. » in an article that writes first names as initials (« A. Roux ») may be one
    # too: it says no gender, and the pronoun after it tells
    ("« Rien n'est prêt », a estimé M. Petrova. « Les conclusions sont écrites » a-t-elle "
     "ajouté. Le décès d'A. Roux a été annoncé lundi.", "Les conclusions sont écrites",
     "Petrova", "female"),
    ("« Rien n'est prêt », a estimé M. Petrova lundi. Le décès d'A. Roux a été annoncé la "
     "veille.", "Rien n'est prêt", "Petrova", None),
    # must not fire: no initial elsewhere, « M. » is « Monsieur »
    ("« Rien n'est prêt », a estimé M. Petrov. « Les conclusions sont écrites » a-t-il "
     "ajouté. Le décès d'Alain Roux a été annoncé lundi.", "Les conclusions sont écrites",
     "Petrov", "male"),
    ("« Rien n'est prêt », a estimé M. Petrov lundi. Le décès de Me Roux a été annoncé la "
     "veille.", "Rien n'est prêt", "Petrov", "male"),
    # ---- a narrator's subject the article's main person stands for by default (« La durée
    # de la fermeture », no person) lends that person no gender; one that names them does
    ("La route a été fermée, a précisé Zelko Brami, porte-parole de la police. La durée de la "
     "fermeture est indéterminée.", "La route a été fermée", "Zelko Brami", None),
    ("La route a été fermée, a précisé Zelko Brami, porte-parole de la police. La "
     "porte-parole est épuisée.", "La route a été fermée", "Zelko Brami", "female"),
]

# ---- the noun of the cue's subject names a sex (lexicon/noun_genders.tsv): that is the
# speaker's, whoever the article ties the mention to (« le beau-père de Lina Vasseur » is a man).
# One row: text -> the quote and the gender; the speaker is left to the resolution.
MENTION_ROWS = [
    ("Lina Vasseur avait treize ans. « Nous voulons la vérité », insiste le beau-père de Lina "
     "Vasseur.", "Nous voulons la vérité", "male"),
    ("Lina Vasseur avait treize ans. « Nous voulons la vérité », insiste la belle-mère de Lina "
     "Vasseur.", "Nous voulons la vérité", "female"),
    ("« Il était toujours souriant », a confié le beau-frère de la victime.",
     "Il était toujours souriant", "male"),
    ("« Il était toujours souriant », a confié la belle-sœur de la victime.",
     "Il était toujours souriant", "female"),
    # after the determiner's adjectives
    ("« Il était toujours souriant », a confié l'ancien beau-frère de la victime.",
     "Il était toujours souriant", "male"),
    ("« Il était toujours souriant », a confié la jeune belle-sœur de la victime.",
     "Il était toujours souriant", "female"),
    ("« Il était toujours souriant », a confié le jeune grand-père de la victime.",
     "Il était toujours souriant", "male"),
    # must not fire: a name whose second word is a noun of a sex, no determiner before it
    ("« Tout est prêt », a confié Claire Neveu.", "Tout est prêt", "female"),
    ("« Tout est prêt », a confié Naya Neveu.", "Tout est prêt", None),
    # must not fire: a noun of either sex, or feminine whoever it names
    ("« Il était toujours souriant », a confié un proche de la victime.",
     "Il était toujours souriant", None),
    ("« Il était toujours souriant », a confié une source proche de l'enquête.",
     "Il était toujours souriant", None),
]

# ---- each feminine adjective ending (lexicon/grammar.py FEMININE_ADJ_ENDINGS), set after the
# name by a comma: the tagger gives the gender, the ending says the form is a feminine's
ROWS += [
    (f"« Tout a brûlé », a raconté Zelko Brami, très {adjective}.", "Tout a brûlé",
     "Zelko Brami", "female")
    for adjective in ("âgée", "ravie", "menue", "attentive", "heureuse", "novatrice",
                      "européenne", "bonne", "cruelle", "muette", "fière", "méfiante",
                      "prudente", "forte", "inquiète", "exquise", "certaine", "loyale", "prête")
]


@pytest.mark.parametrize(("text", "quote", "speaker", "gender"), ROWS)
def test_text_gender(nlp, text, quote, speaker, gender):
    (q,) = [q for q in extract_doc(Article("t", text), nlp(text)).quotes if q.span.text == quote]
    assert q.speaker.name == speaker
    assert q.speaker.gender == {"f": "female", "m": "male", None: None}[
        gender[0] if gender else None]


# ---- a relative's noun heading the subject (lexicon/kin_nouns.txt) describes the speaker: no
# name, the one the complement names is not who spoke; the noun's sex is the speaker's.
# One row: text -> the quote and the gender, the speaker left unnamed.
KIN_SUBJECT_ROWS = [
    ("Inès Carvalho avait treize ans. « Nous voulons la vérité », insiste le grand-père "
     "d'Inès Carvalho.", "Nous voulons la vérité", "male"),
    ("Inès Carvalho avait treize ans. « Nous voulons la vérité », insiste la grand-mère "
     "d'Inès Carvalho.", "Nous voulons la vérité", "female"),
    ("Inès Carvalho avait treize ans. « Nous voulons la vérité », insiste le beau-frère "
     "d'Inès Carvalho.", "Nous voulons la vérité", "male"),
    ("Inès Carvalho avait treize ans. « Nous voulons la vérité », insiste la belle-sœur "
     "d'Inès Carvalho.", "Nous voulons la vérité", "female"),
]


@pytest.mark.parametrize(("text", "quote", "gender"), KIN_SUBJECT_ROWS)
def test_a_relative_described_is_not_the_one_named(nlp, text, quote, gender):
    (q,) = [q for q in extract_doc(Article("t", text), nlp(text)).quotes if q.span.text == quote]
    assert (q.speaker.name, q.speaker.gender) == (None, gender)


# the subject's noun says the sex of one person only, never of several (a plural or
# coordinated subject: its first noun is not all of them)
SUBJECT_SEX_ROWS = [
    ("Le beau-frère de la victime a parlé.", "Le beau-frère de la victime", "s", "m"),
    ("La belle-sœur de la victime a parlé.", "La belle-sœur de la victime", "s", "f"),
    # past the determiner's adjectives; never a name's second word (no determiner)
    ("L'ancien beau-frère de la victime a parlé.", "L'ancien beau-frère de la victime", "s",
     "m"),
    ("La jeune belle-mère de Lina a parlé.", "La jeune belle-mère de Lina", "s", "f"),
    ("Claire Neveu a parlé.", "Claire Neveu", "s", None),
    ("Le père et la mère de l'élève ont parlé.", "Le père et la mère de l'élève", "p", None),
    ("La mère et l'oncle de l'élève ont parlé.", "La mère et l'oncle de l'élève", "p", None),
]


@pytest.mark.parametrize(("text", "subject", "number", "sex"), SUBJECT_SEX_ROWS)
def test_the_subject_noun_sex_is_one_persons(nlp, text, subject, number, sex):
    start = text.index(subject)
    assert subject_sex(nlp(text), (start, start + len(subject)), "person", number) == sex


@pytest.mark.parametrize(("text", "quote", "gender"), MENTION_ROWS)
def test_the_noun_of_a_sex_that_names_the_speaker(nlp, text, quote, gender):
    (q,) = [q for q in extract_doc(Article("t", text), nlp(text)).quotes if q.span.text == quote]
    assert q.speaker.gender == gender


@pytest.mark.parametrize("told", sorted(words("addressee_verbs")))
def test_a_passive_of_the_one_told_keeps_its_il(nlp, told):
    """« Il a été prévenu que … » speaks of a man told; « il a été souligné que … » of no one."""
    (man,) = [t for t in nlp(f"Il a été {told} que le site fermerait en mai.") if t.text == "Il"]
    (empty,) = [t for t in nlp("Il a été souligné que le site fermerait en mai.") if t.text == "Il"]
    assert not empty_il(man) and empty_il(empty)
