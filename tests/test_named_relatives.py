"""A relational noun names another person than the one it relates to (``named_relatives``,
lexicon/kin_nouns.txt, circle_members.txt): « la mère » alone is the one the article names
as a mother (« Sa maman, Anne Roy »), whoever's; « le beau-père de X » is X's stepfather,
unnamed, never X; « une camarade de X » an anonymous source, never X. Made-up sentences.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, kind, gender)
ROWS = [
    # fire: the mother named beside « sa maman », « la mère » alone after another woman named
    ("Léa, 13 ans, s'est suicidée vendredi. Sa maman, Anne, a confié son impuissance. La "
     "principale Julie Vidal a été entendue. Selon la mère endeuillée, le harcèlement avait "
     "commencé « en septembre ».", "le harcèlement avait commencé « en septembre »",
     "Anne", "person", "female"),
    # fire: the father named beside « son papa », another man named last
    ("Léa Morel, 13 ans, a disparu vendredi. Son papa, Marc Morel, a alerté la police. Paul "
     "Vidal, le maire, a organisé une battue. « Elle n'avait aucune raison de partir », a "
     "assuré le père.", "Elle n'avait aucune raison de partir", "Marc Morel", "person", "male"),
    # a relative of X the article does not name: no one, his sex kept, never X
    ("Léa Morel, 13 ans, s'est suicidée vendredi. « On veut des explications », insiste le "
     "beau-père de Léa Morel.", "On veut des explications", None, "person", "male"),
    # must not: « la mère de X » is X's mother, not the one named as another's mother
    ("Léa Morel, 13 ans, a disparu vendredi. Sa maman, Anne Morel, a alerté la police. « Elle "
     "n'avait aucune raison de partir », a assuré la mère de Paul Vidal.",
     "Elle n'avait aucune raison de partir", None, "person", "female"),
    # an unnamed member of X's circle: the mention as written, never X
    ("Léa Morel, 13 ans, s'est suicidée vendredi. Selon une camarade de Léa Morel, la victime "
     "aurait été insultée.", "la victime aurait été insultée", "une camarade de Léa Morel",
     "anonymous", "female"),
    # must not: a classmate named beside the noun is that person
    ("Léa Morel, 13 ans, s'est suicidée vendredi. Son camarade Hugo Vidal a témoigné. « Elle "
     "était triste », a confié Hugo Vidal.", "Elle était triste", "Hugo Vidal", "person",
     "male"),
    # fire: « le père » alone is the named papa, not the other man named last
    ("Tom Garnier, 16 ans, a été poignardé samedi à la sortie du lycée. Son papa, Éric Garnier, "
     "a porté plainte. Le proviseur Michel Lenoir a réuni les enseignants. « Personne ne nous a "
     "prévenus », a regretté le père.", "Personne ne nous a prévenus", "Éric Garnier",
     "person", "male"),
    # must not: « le père » written as a title before a name (a priest) is that priest
    ("Tom Garnier, 16 ans, est mort samedi. Son papa, Éric Garnier, a porté plainte. Le père "
     "Jacques Lenoir a célébré la messe. « Dieu ne l'a pas oublié », a déclaré le père.",
     "Dieu ne l'a pas oublié", "Jacques Lenoir", "person", "male"),
    ("Le curé de Saint-Paul, le père Jacques Lenoir, a célébré les obsèques de Tom Garnier. Son "
     "papa, Éric Garnier, était présent. « Tom était un garçon lumineux », a dit le père dans "
     "son homélie.", "Tom était un garçon lumineux", "Jacques Lenoir", "person", "male"),
    # must not: a « de » complement past an adjective says whose mother (not the named maman)
    ("Léo Marchand, 7 ans, a été adopté en 2019. Sa maman, Sonia Marchand, se bat pour le "
     "garder. La juge a entendu Karine Lopez, qui a accouché de Léo en 2016. « Je n'ai jamais "
     "renoncé à lui », affirme la mère biologique de l'enfant.", "Je n'ai jamais renoncé à lui",
     "Karine Lopez", "person", "female"),
    # must not: « sa mère » after another child is his mother, unnamed, not the named maman
    ("Léo Marchand a été frappé. Sa maman, Sonia Marchand, a porté plainte. Hugo Petit, un "
     "autre élève, a aussi été visé. « Il ne dort plus », raconte sa mère.", "Il ne dort plus",
     None, "person", "female"),
    # must not: « cette mère » points back to the woman just named, not the named maman
    ("Léo Marchand a été frappé. Sa maman, Sonia Marchand, a porté plainte. Karine Petit a "
     "aussi témoigné. « Mon fils a été insulté », raconte cette mère.",
     "Mon fils a été insulté", "Karine Petit", "person", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "gender"), ROWS)
def test_a_relational_noun_names_another_person(nlp, text, said, speaker, kind, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.kind, sp.gender) == (speaker, kind, gender)


# (text, the bare kin noun's offset, the one it stands for)
BARE = [
    ("Léa Morel a disparu. Sa maman, Anne Morel, a alerté la police. La mère est inquiète.",
     "La mère", "Anne Morel"),
    # must not: two mothers named, which one is unsaid
    ("Léa Morel a disparu. Sa maman, Anne Morel, a alerté la police. Le fils de Paul Vidal, "
     "Hugo Vidal, a aidé. Sa mère, Julie Vidal, aussi. La mère est inquiète.", "La mère", None),
    # must not: no mother named
    ("Léa Morel a disparu. Paul Vidal a alerté la police. La mère est inquiète.", "La mère",
     None),
    # must not: a complement says whose
    ("Léa Morel a disparu. Sa maman, Anne Morel, a alerté la police. La mère de Paul est "
     "inquiète.", "La mère de", None),
    # must not: the complement past an adjective says whose
    ("Léo Marchand a été adopté. Sa maman, Sonia Marchand, se bat. La mère biologique de "
     "l'enfant est venue.", "La mère biologique", None),
    # must not: the noun as a title before a name elsewhere in the article (a priest)
    ("Tom Garnier est mort. Son papa, Éric Garnier, a porté plainte. Le père Jacques Lenoir a "
     "célébré la messe. Le père a parlé.", "Le père a", None),
    # must not: not a definite singular article (« sa », « cette »: another's, one just named)
    ("Léo Marchand a été frappé. Sa maman, Sonia Marchand, a porté plainte. Hugo Petit a été "
     "visé. Sa mère est inquiète.", "Sa mère est", None),
    ("Léo Marchand a été frappé. Sa maman, Sonia Marchand, a porté plainte. Karine Petit a "
     "témoigné. Cette mère est inquiète.", "Cette mère", None),
    # must not: kin nouns not marked ``bare`` in kin_nouns.txt: alone, a woman, a girl, a nun
    ("Paul Roy a été arrêté. Sa femme, Julie Roy, a été entendue. La femme est inquiète.",
     "La femme est", None),
    ("Paul Roy a été blessé. Sa fille, Clara Roy, est à son chevet. La fille est inquiète.",
     "La fille est", None),
    ("Paul Roy est mort. Sa sœur, Claire Roy, a témoigné. La sœur est inquiète.",
     "La sœur est", None),
    # fire: each noun marked ``bare``
    ("Léa Morel a disparu. Son papa, Marc Morel, a alerté la police. Le père est inquiet.",
     "Le père", "Marc Morel"),
    ("Léa Morel a disparu. Son beau-père, Marc Vidal, a alerté la police. Le beau-père est "
     "inquiet.", "Le beau-père", "Marc Vidal"),
]


@pytest.mark.parametrize(("text", "words", "person"), BARE)
def test_a_bare_kin_noun_is_the_one_named_so(nlp, text, words, person):
    from quotes.attribute.cast import Registry
    from quotes.attribute.named_relatives import bare_relative
    from quotes.settings import DEFAULT

    doc = nlp(text)
    registry = Registry(doc, outside=lambda _: True, settings=DEFAULT)
    at = text.rindex(words)
    first = next(t for t in doc if t.idx == at)
    head = next(t for t in doc[first.i + 1 :] if t.pos_ == "NOUN" or "-" in t.text)
    found = bare_relative(registry, first, head)
    assert (found.name if found else None) == person


def test_only_nouns_marked_bare_stand_alone():
    from quotes.lexicon.kin import bare_relatives

    assert bare_relatives() == {"mere", "pere", "maman", "papa", "beau-pere", "belle-mere"}
