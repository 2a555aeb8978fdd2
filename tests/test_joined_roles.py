"""Two functions joined by « et » in one mention: the quote shows the one held now before one
over (« ancien », « ex- »), else the first; a second function opens on its own role noun, after an
adjective of office (« et ancienne directrice ») or the « de » both follow (« et de chef du
parti »), in either gender (« mairesse »). A relation set before a function in an apposition
(« son ex-conjointe, mère des victimes et pharmacienne », « sa fille et avocate ») is none, the
function is, but « et de la … » is a second complement of the relation (« fille du maire et de la
directrice »); a function after a relation and its complement is the person's only in their
gender (« fille de l'ancien maire, conseiller général » is the father's). A stressed pronoun
(« elle aussi ») ends a role; an adverb and a participle are no part of it, the complement after
them is (« présidente fraîchement élue du club »: « présidente du club »).

One row: text -> the quote, then speaker, role and gender.
"""

import pytest
from conftest import quote_said

from quotes.attribute.functions import function

ROWS = [
    # ---- the function held now before the one over
    ("« Le budget est insincère », a affirmé l'ancien maire de gauche et chef de file de "
     "l'opposition, Paul Morel.", "Le budget est insincère", "Paul Morel",
     "chef de file de l'opposition", "male"),
    ("« Le texte passera », a dit Paul Morel, ancien ministre et actuel sénateur de la Creuse.",
     "Le texte passera", "Paul Morel", "actuel sénateur de la Creuse", "male"),
    # ---- a second function after « de », or after an adjective of office: the first
    ("Paul Morel a annoncé sa démission de son poste de président du Conseil régional et de "
     "chef du Parti radical. « Je pars serein », a-t-il dit.", "Je pars serein", "Paul Morel",
     "président du Conseil régional", "male"),
    ("La pianiste et ancienne directrice du conservatoire a indiqué que « la saison sera "
     "belle ». Anne Roy a été élue dimanche.", "« la saison sera belle »", "Anne Roy",
     "pianiste", "female"),
    # ---- a relation before the function in an apposition, with its complement, after « ex- »
    ("Assise au premier rang, Anne Roy, son ex-conjointe, mère des victimes et pharmacienne "
     "elle aussi, s'est mise à pleurer. « Je suis soulagée », a-t-elle dit.", "Je suis soulagée",
     "Anne Roy", "pharmacienne", "female"),
    ("Paul Morel, père de la victime et avocat au barreau de Lyon, est arrivé. « Justice a été "
     "rendue », a-t-il dit.", "Justice a été rendue", "Paul Morel", "avocat au barreau de Lyon",
     "male"),
    # ---- a relation and « et » before a function: the function; « sa fille et avocate »
    ("Chloé Vasseur, sa fille et avocate, a pris la parole. « Il était innocent », a-t-elle "
     "dit.", "Il était innocent", "Chloé Vasseur", "avocate", "female"),
    # ---- a relation's complement, then a function of the person's gender: hers
    ("Paul Morel, frère de la victime, pompier volontaire, est arrivé. « Justice a été "
     "rendue », a-t-il dit.", "Justice a été rendue", "Paul Morel", "pompier volontaire", "male"),
    # ---- an adverb and a participle are no part of the role; the complement after them is
    ("« Je ne vais pas vous décevoir », a promis la présidente fraîchement élue du comité, "
     "Anne Roy.", "Je ne vais pas vous décevoir", "Anne Roy", "présidente du comité", "female"),
    ("« Les urgences rouvriront », a déclaré la directrice nouvellement nommée de l'hôpital, "
     "Anne Roy.", "Les urgences rouvriront", "Anne Roy", "directrice de l'hôpital", "female"),
    ("« La ligne sera sauvée », a déclaré le député récemment élu de la Somme, Paul Morel.",
     "La ligne sera sauvée", "Paul Morel", "député de la Somme", "male"),
    # the tagger reads « fraîchement » as an adjective here; after the name, « réélue » no verb
    ("« Le club repartira », a assuré Anne Roy, présidente fraîchement réélue du club de "
     "rugby.", "Le club repartira", "Anne Roy", "présidente du club de rugby", "female"),
    ("« Le club repartira », a assuré Anne Roy, présidente fraîchement élue.",
     "Le club repartira", "Anne Roy", "présidente", "female"),
    # ---- a second function in the other gender of a listed noun (« mairesse » of « maire »)
    ("« Le budget est voté », a dit Anne Roy, urbaniste et mairesse de Vernac.",
     "Le budget est voté", "Anne Roy", "urbaniste", "female"),
    # ---- must not fire: two people, one title each or none; a relation alone is no role
    ("« Justice a été rendue », ont dit le père et l'avocat de la victime, Paul Morel et Jean "
     "Roy.", "Justice a été rendue", "Paul Morel et Jean Roy", None, None),
    ("Anne Roy, sa fille, a parlé. « Il était bon », a-t-elle dit.", "Il était bon", "Anne Roy",
     None, "female"),
    ("Anne Roy, fille du maire de Dole, a parlé. « Il était bon », a-t-elle dit.",
     "Il était bon", "Anne Roy", None, "female"),
    # « et de la … », « et de l'… »: a second complement of the relation, no function of hers
    ("Anne Leclerc, fille du maire et de la directrice de l'école, a parlé. « Il était bon », "
     "a-t-elle dit.", "Il était bon", "Anne Leclerc", None, "female"),
    ("Paul Dufresne, fils du boulanger et de l'institutrice du village, a parlé. « Il était "
     "bon », a-t-il dit.", "Il était bon", "Paul Dufresne", None, "male"),
    # the relative's function, not hers: a noun of the other gender after the relation
    ("Anne Leclerc, fille de l'ancien maire, conseiller général pendant vingt ans, a parlé. "
     "« Il était bon », a-t-elle dit.", "Il était bon", "Anne Leclerc", None, "female"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role", "gender"), ROWS)
def test_the_function_of_joined_roles(nlp, text, quote, speaker, role, gender):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


@pytest.mark.parametrize(("role", "said"), [
    ("ancien maire de Vernac et chef de file de l'opposition", "chef de file de l'opposition"),
    ("ex-adjointe au maire et directrice de l'école", "directrice de l'école"),
    ("urbaniste et mairesse de Vernac", "urbaniste"),
    ("climatologue et ancienne mairesse de Vernac", "climatologue"),
    ("président de la région et de chef du parti", "président de la région"),
    # both over: the first; must not fire: the complements of one office, a plural
    ("ex-ministre et ancien député", "ex-ministre"),
    ("président de la région et de la métropole", "président de la région et de la métropole"),
    ("présidente de l'Union des artisanes et commerçantes",
     "présidente de l'Union des artisanes et commerçantes"),
])
def test_the_function_of_two_joined(role, said):
    assert function(role) == said
