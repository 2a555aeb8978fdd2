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
    found = bare_relative(registry, first, doc[first.i + 1])
    assert (found.name if found else None) == person
