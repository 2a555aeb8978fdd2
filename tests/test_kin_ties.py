"""Whom a kin description stands for (``attribute.kin_ties``): a kin word apposed to a name
with a title between them, the apposition closed by a comma after the name (« son fils, le
pianiste Luc Ferrand, »), names the relation, the title of one word or several, its article
of the kin word's gender; « le fils de l'écrivaine » is the son of the one of her gender
named last, where the one named last is of the other gender, when the article names one son
of hers and only one; else no one. Made-up sentences.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, gender)
ROWS = [
    # fire: the son named with a title in a closed apposition, a man named last
    ("La poétesse Odile Ferrand fête ses 90 ans samedi. Son fils, le pianiste Luc Ferrand, "
     "organise un concert en son honneur. Luc Ferrand répétait jeudi avec le violoniste Hugo "
     "Samson. Souriant, le fils de l'écrivaine et poétesse a confié : « Elle viendra en "
     "fauteuil, mais elle viendra. »", "Elle viendra en fauteuil, mais elle viendra.",
     "Luc Ferrand", "male"),
    # fire: a daughter, a woman interviewing her, the father described, the cue after
    ("Le peintre Henri Lassalle s'est éteint dimanche. Sa fille, la comédienne Julie Morel, a "
     "confirmé son décès. Julie Morel a été reçue mardi par la journaliste Anne Vidal. « Il "
     "peignait encore la semaine dernière », a raconté la fille de l'écrivain et peintre.",
     "Il peignait encore la semaine dernière", "Julie Morel", "female"),
    # fire: the present tense, an indirect quote, « sa » and the feminine title
    ("La romancière Odile Ferrand a été hospitalisée. Son fils, l'avocat Yves Ferrand-Roy, "
     "est à son chevet. Yves Ferrand-Roy a parlé au médecin Luc Pastor. Le fils de l'écrivaine "
     "et poétesse affirme qu'elle « va mieux ».", "elle « va mieux »", "Yves Ferrand-Roy",
     "male"),
    # fire: a husband, a title of his before his name, a woman interviewed by a man after him
    ("La députée Hélène Marchand a été élue présidente du groupe. Son mari, le docteur Louis "
     "Garrigue, était présent. Louis Garrigue a répondu aux questions du journaliste Marc "
     "Tellier. « Elle a beaucoup travaillé », a confié le mari de l'élue et militante.",
     "Elle a beaucoup travaillé", "Louis Garrigue", "male"),
    # fire: a title of several words
    ("La députée Hélène Marchand a été élue présidente du groupe. Son mari, le chef "
     "d'orchestre Louis Garrigue, était présent. Louis Garrigue a répondu aux questions du "
     "journaliste Marc Tellier. « Elle a beaucoup travaillé », a confié le mari de l'élue et "
     "militante.", "Elle a beaucoup travaillé", "Louis Garrigue", "male"),
    # fire: a sister, the man described, a woman named last
    ("Le ministre Paul Sarde a été hospitalisé. Sa sœur, la députée Claire Sarde-Vidal, est à "
     "son chevet. Claire Sarde-Vidal a parlé à l'infirmière Julie Roy. « Il va mieux », a dit "
     "la sœur de l'ancien maire et sénateur.", "Il va mieux", "Claire Sarde-Vidal", "female"),
    # must not: words between the kin word and the name that are no title: no relation named
    ("La poétesse Odile Ferrand fête ses 90 ans samedi. Son fils, le petit Luc Ferrand, "
     "organise un concert. Luc Ferrand répétait jeudi avec le violoniste Hugo Samson. "
     "Souriant, le fils de l'écrivaine et poétesse a confié : « Elle viendra. »",
     "Elle viendra.", None, None),
    # must not: the article names no son of hers: no one
    ("La poétesse Odile Ferrand fête ses 90 ans samedi. Le pianiste Luc Ferrand organise un "
     "concert. Luc Ferrand répétait jeudi avec le violoniste Hugo Samson. Souriant, le fils "
     "de l'écrivaine et poétesse a confié : « Elle viendra. »", "Elle viendra.", None, None),
    # must not: a man of her surname named, but not as her son: no one (the relation the
    # article names is what passes over the man named last, not the surname)
    ("La poétesse Odile Ferrand fête ses 90 ans samedi. Le pianiste Luc Ferrand organise un "
     "concert. Le violoniste Hugo Samson l'accompagnera. Souriant, le fils de l'écrivaine et "
     "poétesse a confié : « Elle viendra. »", "Elle viendra.", None, None),
    # must not: the son of another woman the article names, not of the one named last of
    # her gender
    ("La poétesse Odile Ferrand fête ses 90 ans samedi. Son fils, le pianiste Luc Ferrand, "
     "organise un concert. La ministre Claire Fabre a salué une voix unique. Le violoniste "
     "Hugo Samson a joint le chef Eric Salle. Le fils de l'écrivaine et poétesse a déclaré : "
     "« Elle viendra. »", "Elle viendra.", None, None),
    # must not: a fronted phrase, no comma after the name: « son » is the singer's own
    ("La romancière Lucie Vernet a reçu le prix Goncourt lundi. Accompagné de son fils, le "
     "chanteur Marc Dubois a salué la lauréate. Il a ensuite été interrogé par le journaliste "
     "Paul Arnaud. « C'est une grande dame », a dit le fils de la romancière.",
     "C'est une grande dame", None, None),
    # must not: « sa mère » is no man, with a title or without
    ("La députée Anne Roy a été élue présidente du groupe. Sa mère, le ministre Paul Roy, a "
     "salué l'élection. Le journaliste Marc Vidal l'a interrogé. « Elle le mérite », a dit la "
     "mère de la députée.", "Elle le mérite", None, None),
    ("La députée Anne Roy a été élue présidente du groupe. Aux côtés de sa mère, Paul Roy a "
     "salué l'élection. Le journaliste Marc Vidal l'a interrogé. « Elle le mérite », a dit la "
     "mère de la députée.", "Elle le mérite", None, None),
    # must not: two sons named, one after the other: which one is unsaid
    ("La romancière Odile Ferrand est morte lundi à 90 ans. Son fils, le pianiste Luc Ferrand, "
     "a prévenu l'éditeur. Yves Ferrand, son fils, a publié un message. Le journaliste Marc "
     "Tellier a joint Yves Ferrand mardi. « Elle écrivait encore », a déclaré le fils de la "
     "romancière.", "Elle écrivait encore", None, None),
    ("La chanteuse Lucie Vernet est morte lundi. Sa fille, la comédienne Julie Morel, a "
     "prévenu la presse. Sa fille, l'avocate Anne Morel, a publié un message. « Elle chantait "
     "encore », a confié la fille de Lucie Vernet.", "Elle chantait encore", None, None),
    # must not: a daughter listed beside her brother is his sister, not his daughter
    ("L'actrice Anne Roux est morte samedi à Vernac. Son fils, le réalisateur Paul Roux, et sa "
     "fille, la chanteuse Léa Roux, étaient à ses côtés. Le réalisateur a ensuite parlé au "
     "journaliste Marc Vidal. « Nous sommes dévastés », a ajouté la fille du réalisateur.",
     "Nous sommes dévastés", None, None),
    # unchanged: the one named last is of her gender, the son named beside her (« sa mère »)
    ("Mardi, Marc Dubois a annoncé la mort de Lucie Vernet, sa mère. La chanteuse s'est éteinte "
     "à 83 ans. Le fils de la chanteuse a simplement écrit : « Maman est partie ».",
     "Maman est partie", "Marc Dubois", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), ROWS)
def test_kin_description_ties_to_the_named_relative(nlp, text, said, speaker, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.gender if speaker else None) == (speaker, gender)
