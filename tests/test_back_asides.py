"""A cue's subject and an aside that points back to it (detect/back_asides.py): « de son côté »,
« pour sa part », « quant à lui », « lui aussi », « à son tour », « de leur côté » set off by
commas after the subject are no part of it, so the mention stops before them and the speaker's
name is not read from them; an apposition with no preposition (« Paul Morel, son avocat, »)
is no such aside. And a verb coordinated after « et » shares the first verb's subject when the
parse gave it the first verb's object (detect/governing.py ``first_conjunct``)."""

import pytest
from conftest import quote_said

_BEFORE = "Le ministre Jacques Verrier a défendu le texte. "

# (text, words said, speaker, roles, gender, mention)
ASIDES = [
    # fire: the aside after the subject is cut from the mention
    (_BEFORE + "A contrario, le président du parti, Paul Morel, de son côté, indique que « nous "
     "ne voterons aucune motion ». Il a également affirmé qu'il s'agissait d'une décision "
     "collective.", "« nous ne voterons aucune motion »", "Paul Morel", ["président du parti"],
     "male", "le président du parti, Paul Morel"),
    (_BEFORE + "A contrario, le président du parti, Paul Morel, de son côté, indique que « nous "
     "ne voterons aucune motion ». Il a également affirmé qu'il s'agissait d'une décision "
     "collective.", "il s'agissait d'une décision collective", "Paul Morel",
     ["président du parti"], "male", "Il"),
    (_BEFORE + "Le président du groupe, Paul Morel, pour sa part, a déclaré que « la ligne est "
     "claire ».", "« la ligne est claire »", "Paul Morel", ["président du groupe"], "male",
     "Le président du groupe, Paul Morel"),
    (_BEFORE + "Paul Morel, quant à lui, estime que « le texte est mauvais ».",
     "« le texte est mauvais »", "Paul Morel", [], "male", "Paul Morel"),
    (_BEFORE + "La présidente du parti, Claire Morel, quant à elle, indique que « nous ne "
     "voterons aucune motion ».", "« nous ne voterons aucune motion »", "Claire Morel",
     ["présidente du parti"], "female", "La présidente du parti, Claire Morel"),
    (_BEFORE + "Le sénateur Paul Morel, lui aussi, a dénoncé « une faute politique ».",
     "une faute politique", "Paul Morel", ["sénateur"], "male", "Le sénateur Paul Morel"),
    (_BEFORE + "Le porte-parole du gouvernement, Hugo Lenoir, à son tour, indique que « nous ne "
     "censurerons pas ».", "« nous ne censurerons pas »", "Hugo Lenoir",
     ["porte-parole du gouvernement"], "male", "Le porte-parole du gouvernement, Hugo Lenoir"),
    (_BEFORE + "Les syndicats, de leur côté, affirment que « rien n'est réglé ».",
     "« rien n'est réglé »", "syndicats", [], None, "Les syndicats"),
    # must not: « elle aussi » the parse hung elsewhere; an apposition with no preposition names
    # the speaker's function and stays
    (_BEFORE + "La maire de Vaubel, Sophie Arnaud, elle aussi, juge que « la réforme arrive trop "
     "tard ».", "« la réforme arrive trop tard »", "Sophie Arnaud", ["maire de Vaubel"],
     "female", "Sophie Arnaud"),
    (_BEFORE + "Paul Morel, son avocat, affirme que « le dossier est vide ».",
     "« le dossier est vide »", "Paul Morel", ["avocat"], "male", "Paul Morel, son avocat"),
    # the pattern is general (any preposition, a possessive, a noun): « dans son communiqué »
    # is cut from the mention too, and rightly, the subject still speaks; « selon son avocat »
    # is no aside of the subject but a « selon » source, which speaks (its own frame, as before)
    (_BEFORE + "Le maire de Vaubel, Paul Morel, dans son communiqué, affirme que « le dossier est "
     "vide ».", "« le dossier est vide »", "Paul Morel", ["maire de Vaubel"], "male",
     "Le maire de Vaubel, Paul Morel"),
    (_BEFORE + "Paul Morel, selon son avocat, n'a « rien à se reprocher ».",
     "n'a « rien à se reprocher »", None, ["avocat"], None, "son avocat"),
]

# (text, words said, speaker, roles, gender, mention)
CONJUNCTS = [
    # fire: the object of the first verb is no subject of the verb after « et »
    ("Le président russe Luc Fabre a accusé samedi le chef du groupe paramilitaire, Marc Durand, "
     "de « trahison » et a dénoncé une « rébellion armée ».", "une « rébellion armée »",
     "Luc Fabre", ["président russe"], "male", "Le président russe Luc Fabre"),
    ("La ministre Anne Roy a accusé mardi le maire de Vaubel, Marc Durand, de « mensonge » et a "
     "dénoncé « une manœuvre politicienne ».", "une manœuvre politicienne", "Anne Roy",
     ["ministre"], "female", "La ministre Anne Roy"),
    # must not: a subject after « et » is the second verb's own, even where the parse gave the
    # verb the first one's object as a subject too
    ("Le président russe Luc Fabre a accusé samedi le chef du groupe paramilitaire, Marc Durand, "
     "de « trahison » et celui-ci a dénoncé une « rébellion armée ».", "une « rébellion armée »",
     "Marc Durand", ["chef du groupe paramilitaire"], "male", "celui-ci"),
    ("Le président russe Luc Fabre a accusé samedi le chef du groupe paramilitaire, Marc Durand, "
     "de « trahison » et Marc Durand a dénoncé une « manœuvre du Kremlin ».",
     "une « manœuvre du Kremlin »", "Marc Durand", ["chef du groupe paramilitaire"], "male",
     "Marc Durand"),
    # must not: a subject after « et » is the second verb's own; an object the parse kept
    ("Le président Luc Fabre a parlé samedi et le chef de la milice, Marc Durand, a dénoncé une "
     "« rébellion armée ».", "une « rébellion armée »", "Marc Durand", ["chef de la milice"],
     "male", "le chef de la milice, Marc Durand"),
    ("Le président Luc Fabre a accusé samedi le chef de la milice, Marc Durand, de trahison et a "
     "dénoncé un « coup de poignard dans le dos ».", "un « coup de poignard dans le dos »",
     "Luc Fabre", ["président"], "male", "Le président Luc Fabre"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles", "gender", "mention"),
                         ASIDES + CONJUNCTS)
def test_the_subject_of_a_cue(nlp, text, said, speaker, roles, gender, mention):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles], who.gender) == (speaker, roles, gender)
    assert who.mention is not None and who.mention.text == mention


@pytest.mark.parametrize(("text", "aside", "subject"), [
    # fire: the parse's subject is the aside itself: the phrase before its comma speaks
    ("Paul Morel, de son côté, indique que la loi passera.", (3, 6), (0, 2)),
    ("Les élus, eux aussi, affirment que la loi passera.", (3, 5), (0, 2)),
    # must not: a subject pronoun set off after a fronted phrase is the subject
    ("Accompagnée de Léa Roy, elle affirme que la loi passera.", (5, 6), (5, 6)),
    # must not: an apposition with no preposition names someone
    ("Paul Morel, son avocat, affirme que la loi passera.", (3, 5), (3, 5)),
])
def test_an_aside_taken_for_the_subject(nlp, text, aside, subject):
    from quotes.detect.back_asides import past_back_aside

    doc = nlp(text)
    assert past_back_aside(doc, aside, lambda comma: (0, comma)) == subject
