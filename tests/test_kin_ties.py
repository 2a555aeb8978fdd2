"""Whom a kin description stands for (``attribute.kin_ties``): a kin word apposed to a name
with a title between them (« son fils, le chanteur Marc Dubois ») names the relation; « le
fils de l'interprète » is the son of the one of her gender named last, where the one named
last is of the other gender (the son himself, his interviewer), when the article names her
son; else no one. Made-up sentences.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, gender)
ROWS = [
    # fire: the son named with a title after « son fils, », then interviewed by a man
    ("La chanteuse Lucie Vernet est morte lundi à 81 ans. C'est son fils, le chanteur Marc "
     "Dubois, qui a annoncé la nouvelle. Il y a dix jours, Marc Dubois avait été interrogé par "
     "le journaliste Paul Arnaud sur la santé de sa mère. Ému, le fils de la romancière et "
     "actrice avait déclaré : « Ma mère est très fatiguée, elle se repose. »",
     "Ma mère est très fatiguée, elle se repose.", "Marc Dubois", "male"),
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
    # fire: a sister, the man described, a woman named last
    ("Le ministre Paul Sarde a été hospitalisé. Sa sœur, la députée Claire Sarde-Vidal, est à "
     "son chevet. Claire Sarde-Vidal a parlé à l'infirmière Julie Roy. « Il va mieux », a dit "
     "la sœur de l'ancien maire et sénateur.", "Il va mieux", "Claire Sarde-Vidal", "female"),
    # must not: words between the kin word and the name that are no title: no relation named
    ("La chanteuse Lucie Vernet est morte lundi à 81 ans. C'est son fils, le petit Marc "
     "Dubois, qui a annoncé la nouvelle. Il y a dix jours, Marc Dubois avait été interrogé par "
     "le journaliste Paul Arnaud. Ému, le fils de la romancière et actrice avait déclaré : "
     "« Ma mère est très fatiguée. »", "Ma mère est très fatiguée.", None, None),
    # must not: the article names no son of hers: no one
    ("La chanteuse Lucie Vernet est morte lundi à 81 ans. Le chanteur Marc Dubois a annoncé la "
     "nouvelle. Il y a dix jours, Marc Dubois avait été interrogé par le journaliste Paul "
     "Arnaud. Ému, le fils de la romancière et actrice avait déclaré : « Ma mère est très "
     "fatiguée, elle se repose. »",
     "Ma mère est très fatiguée, elle se repose.", None, None),
    # must not: the son of another woman the article names, not of the one named last of
    # her gender
    ("La chanteuse Lucie Vernet est morte lundi. C'est son fils, le chanteur Marc Dubois, qui "
     "a annoncé la nouvelle. La ministre Claire Fabre a salué une voix unique. Le journaliste "
     "Paul Arnaud a joint le musicien Eric Salle. Le fils de la romancière et actrice a déclaré "
     ": « Ma mère est très fatiguée. »", "Ma mère est très fatiguée.", None, None),
    # unchanged: the one named last is of her gender, the son named beside her (« sa mère »)
    ("Mardi, Marc Dubois a annoncé la mort de Lucie Vernet, sa mère. La chanteuse s'est éteinte "
     "à 83 ans. Le fils de la chanteuse a simplement écrit : « Maman est partie ».",
     "Maman est partie", "Marc Dubois", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), ROWS)
def test_kin_description_ties_to_the_named_relative(nlp, text, said, speaker, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.gender if speaker else None) == (speaker, gender)
