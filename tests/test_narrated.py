"""Mixed content whose words outside the marks are only the narrator's: where or to whom the
words were given, or the speaker the frame took in. Its marked stretches are the quotes."""

import pytest

from quotes.detect.context import make_context, outer_end
from quotes.detect.marks import find_marked, paragraphs
from quotes.detect.narrated import narrated


def judged(nlp, text, content):
    paras = list(paragraphs(text))
    marked, _ = find_marked(text, paras)
    ctx = make_context(nlp(text), marked, paras)
    a = text.index(content)
    b = a + len(content)
    spoken = [m for m in ctx.outer if a <= m.open and outer_end(m) <= b]
    return narrated(ctx, a, b, spoken)


NARRATED = [
    ("Le ministre a salué sur RTL « un geste fort ».", "sur RTL « un geste fort »"),
    ("La juge a salué dans un communiqué, lundi 3 mars, « la dignité des familles ».",
     "dans un communiqué, lundi 3 mars, « la dignité des familles »"),
    ("Il a décrit « une nuit terrible » auprès de Reuters.",
     "« une nuit terrible » auprès de Reuters"),
    ("Il a décrit sur RTL « une nuit terrible » tandis que son frère s'est tu.",
     "sur RTL « une nuit terrible » tandis"),
    # the frame took in its own subject: a name before marks that are a sentence of their own,
    # a role before a link
    ("Puis a réagi le président Paul Roy « Nous tiendrons bon ».",
     "le président Paul Roy « Nous tiendrons bon »"),
    ("Rien n'est fait, a indiqué le préfet, mais « tout reste possible ».",
     "le préfet, mais « tout reste possible »"),
    # what the saying was for, after a marked noun phrase
    ("Le club met en avant « un budget serré » pour expliquer le départ de son joueur.",
     "« un budget serré » pour expliquer le départ de son joueur"),
    ("Il a lancé « un appel au calme » avant de quitter la salle.",
     "« un appel au calme » avant de quitter la salle"),
]

WOVEN = [
    ("Le maire a salué un « ami fidèle ».", "un « ami fidèle »"),
    ("Il a salué auprès de l'AFP un « choix courageux ».",
     "auprès de l'AFP un « choix courageux »"),
    ("Le maire a qualifié le projet de « pari risqué ».", "le projet de « pari risqué »"),
    ("Il a dit que le plan de M. Dupont « n'a rien réglé ».",
     "le plan de M. Dupont « n'a rien réglé »"),
    ("Il a ajouté que le préfet « a promis une enquête ».", "le préfet « a promis une enquête »"),
    ("Le ministre a salué sur RTL des élus qui ont « tenu bon ».",
     "sur RTL des élus qui ont « tenu bon »"),
    ("Elle a dénoncé la « colère » des habitants.", "la « colère » des habitants"),
    ("Toutefois, « nous restons prudents », a déclaré le ministre.",
     "Toutefois, « nous restons prudents »"),
    ("Il a appelé « tous les élus » à la « prudence ».", "« tous les élus » à la « prudence »"),
    ("Elle s'est dite « inquiète » pour la santé de son fils.",
     "« inquiète » pour la santé de son fils"),
    # an infinitive after a clause in marks can be that clause's own
    ("Il a dit : « les conditions ne sont plus réunies » pour rester en poste.",
     "« les conditions ne sont plus réunies » pour rester en poste"),
    ("Il promet « un effort » pour que les prix baissent.",
     "« un effort » pour que les prix baissent"),
]


@pytest.mark.parametrize(("text", "content"), NARRATED)
def test_words_outside_the_marks_are_the_narrators(nlp, text, content):
    assert judged(nlp, text, content)


@pytest.mark.parametrize(("text", "content"), WOVEN)
def test_marks_woven_into_reported_content(nlp, text, content):
    assert not judged(nlp, text, content)
