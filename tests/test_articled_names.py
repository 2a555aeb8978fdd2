"""Names that open with an article: a surname (« Le Gall »), a body's plural name (« Les Verts »).

Made-up sentences, invented people and parties:
- a first name the parse took for a noun, or the recogniser for a body, before a surname that
  opens with a capitalised « Le » or « La » is part of the name (« Marine Le Gall » in full);
  a capitalised article after a word that is no first name opens a title (« Le Figaro »);
- a body named as a capitalised plural after « des » or « aux » is named with its article
  (« Les Verts »); a name with a lower-case word (« Nations unies ») keeps the one it has.
"""

import pytest
from conftest import quote_said

SURNAMES = [
    # (text, said, speaker, role, gender)
    ("Les réactions se sont multipliées en ligne. Marine Le Gall a salué une « icône » dont "
     "les chansons ont marqué le pays.", "une « icône » dont les chansons ont marqué le pays",
     "Marine Le Gall", None, "female"),
    ("Le concert a eu lieu mardi. Aurore Le Guen a salué une « voix » que tout le monde "
     "connaissait.", "une « voix » que tout le monde connaissait", "Aurore Le Guen", None,
     "female"),
    # the recogniser's own name, unchanged
    ("Le musée a rouvert jeudi. Sophie Le Goff a salué un « lieu » que tout le quartier aimait.",
     "un « lieu » que tout le quartier aimait", "Sophie Le Goff", None, "female"),
    # no first name before the article: a title
    ("Mardi, Le Figaro a écrit que « tout allait bien ».", "« tout allait bien »", "Le Figaro",
     None, None),
]

BODIES = [
    ("Paul Morel a été exclu des Verts mardi. Le parti écologiste a dit avoir pris cette "
     "décision « à l'unanimité ».", "avoir pris cette décision « à l'unanimité »", "Les Verts"),
    ("Paul Morel a été exclu des Bâtisseurs. Le parti centriste a dit avoir pris cette "
     "décision « sans regret ».", "avoir pris cette décision « sans regret »",
     "Les Bâtisseurs"),
    # a lower-case word in the name: no article added
    ("Le sommet des Nations unies s'est ouvert. L'organisation a dit avoir pris cette décision "
     "« à l'unanimité ».", "avoir pris cette décision « à l'unanimité »", "Nations unies"),
    # « du »: a singular name keeps no article
    ("Paul Morel a été exclu du Parti socialiste. Le parti a dit avoir pris cette décision « à "
     "l'unanimité ».", "avoir pris cette décision « à l'unanimité »", "Parti socialiste"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), SURNAMES)
def test_a_surname_opening_with_an_article_keeps_its_first_name(
        nlp, text, said, speaker, role, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.role, who.gender) == (speaker, role, gender)


@pytest.mark.parametrize(("text", "said", "speaker"), BODIES)
def test_a_plural_body_name_after_des_keeps_its_article(nlp, text, said, speaker):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.kind, who.role, who.gender) == (speaker, "organization", None, None)
