"""A role noun's form read as an adjective of a body's capitalised name inside the role phrase
(« Julien Marcadet, de Force ouvrière »: « ouvrière ») shows no gender of the person's
(quotes/attribute/role_gender.py, ``role_head``): the first name's holds, and the pronouns of
the sentences after go to that person. Only a capitalised noun inside the role phrase is a
body's name: « ouvrière » read as an adjective of « Claude » in « Claude Martin, 52 ans,
ouvrière du textile » is her role's."""

import pytest
from conftest import quote_said

# (text, words said, speaker, gender)
NAMED = [
    ("« Le site doit rester ouvert », affirme Hervé Lamothe, délégué de la CFDT.\n\n"
     "Julien Marcadet, de Force ouvrière, réclame un nouveau patron. Il ne commente pas le "
     "bilan. Il estime que la décision arrive trop tôt.", "la décision arrive trop tôt",
     "Julien Marcadet", "male"),
    ("« Le site doit rester ouvert », affirme Hervé Lamothe, délégué de la CFDT.\n\n"
     "Julien Marcadet, de Force ouvrière, appelle à nommer vite un nouveau patron. Il ne "
     "s'arrête pas sur le bilan. Cela « doit nous appeler à la vigilance », glisse-t-il.",
     "Cela « doit nous appeler à la vigilance »", "Julien Marcadet", "male"),
    ("« Rien ne change », regrette la déléguée Anne Vasseur.\n\n"
     "Bruno Kessler, de l'Alliance paysanne, dénonce un accord bâclé. Il juge que les éleveurs "
     "ont été oubliés.", "les éleveurs ont été oubliés", "Bruno Kessler", "male"),
    # near misses, a first name given to both: a role noun of the person's keeps its gender,
    # read as an adjective of the name before the role phrase or not
    ("« Les cadences sont intenables », a dénoncé Dominique Perrot, ouvrière chez Textilor.",
     "Les cadences sont intenables", "Dominique Perrot", "female"),
    ("« Les cadences sont intenables », a dénoncé Claude Martin, 52 ans, ouvrière du textile.",
     "Les cadences sont intenables", "Claude Martin", "female"),
    ("« Les cadences sont intenables », a dénoncé Camille Roy, 40 ans, infirmière libérale.",
     "Les cadences sont intenables", "Camille Roy", "female"),
    ("Paul Girardin, de la CGT, a pris la parole. Il estime que l'usine peut repartir.",
     "l'usine peut repartir", "Paul Girardin", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), NAMED)
def test_a_word_of_a_bodys_name_gives_no_gender(nlp, text, said, speaker, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.gender) == (speaker, gender)
