"""« Selon ses dires », « d'après leurs déclarations »: a possessive before a noun of words said
(lexicon/possessed_words.txt) stands for the one who says them, resolved as « selon lui » /
« selon eux » is: the person or group the article names before it, or the subject of the clause
the aside sits in; the possessive gives no gender, the person does. The mention stays as
written; with no one to stand for, the speaker is unresolved, never « ses dires » as a name.
« ses proches », « son avocat » are other people, « nos informations » the outlet's own.
"""

import pytest
from conftest import ANY, beside_its_own_quote, quote_said, quotes_of


def row(text, said, speaker, role=ANY, gender=ANY, mention=ANY):
    return pytest.param(text, said, speaker, role, gender, mention)


ROWS = [
    row("Le gardien Marc Petit a été entendu par les gendarmes. Selon ses dires, le loup aurait "
        "franchi la clôture.", "le loup aurait franchi la clôture", "Marc Petit", "gardien", "male",
        "ses dires"),
    row("La gardienne Anne Roy a été entendue lundi. Selon ses propos, la grille était ouverte.",
        "la grille était ouverte", "Anne Roy", "gardienne", "female", "ses propos"),
    # postposed: the words before it are hers, no document's
    row("La gardienne Anne Roy a été entendue lundi. La grille était ouverte, selon ses propos.",
        "La grille était ouverte", "Anne Roy", "gardienne", "female", "ses propos"),
    row("La directrice Léa Brun a écrit aux parents. La cantine fermera en mai, d'après ses "
        "explications.", "La cantine fermera en mai", "Léa Brun", "directrice", "female",
        "ses explications"),
    # the subject of the clause the aside sits in
    row("Le pêcheur Luc Fabre était, selon ses dires, parti avant l'aube.",
        "Le pêcheur Luc Fabre était, selon ses dires, parti avant l'aube", "Luc Fabre",
        "pêcheur", "male", "ses dires"),
    # a plural possessor: two people named, or a group
    row("Les deux gardiens, Paul Morel et Jean Roux, ont été entendus. Selon leurs "
        "déclarations, le feu aurait pris dans la cave.", "le feu aurait pris dans la cave",
        "Paul Morel et Jean Roux", ANY, ANY, "leurs déclarations"),
    row("Les pompiers sont arrivés vers midi. D'après leurs déclarations, le feu aurait pris "
        "dans la cave.", "le feu aurait pris dans la cave", "pompiers", None, ANY,
        "leurs déclarations"),
    # no one named before: unresolved, the mention kept, no name made of it
    row("Le feu a pris lundi soir. Selon ses dires, tout serait parti d'un local technique.",
        "tout serait parti d'un local technique", None, None, None, "ses dires"),
    # must not: other people than the possessor
    row("Le gardien Paul Morel a été arrêté. Selon ses proches, il n'a rien volé.",
        "il n'a rien volé", "proches de Paul Morel", ANY, ANY, "ses proches"),
    row("Le gardien Paul Morel a été arrêté. Selon son avocat, il n'a rien volé.",
        "il n'a rien volé", None, "avocat", ANY, "son avocat"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender", "mention"), ROWS)
def test_possessor_speaks(nlp, text, said, speaker, role, gender, mention):
    q = quote_said(nlp, text, said)
    assert q.speaker is not None
    assert q.speaker.name == speaker
    for want, got in ((role, q.speaker.role), (gender, q.speaker.gender),
                      (mention, q.speaker.mention.text if q.speaker.mention else None)):
        if want is not ANY:
            assert got == want


def test_the_outlets_own_findings_give_no_quote(nlp):
    """« selon nos informations »: the narrator's words, no one's quote; « selon ses avocats »
    in the same sentence names others, whose words they are."""
    assert beside_its_own_quote(nlp, "Le gardien Paul Morel a été arrêté. Selon nos "
                                "informations, il n'a rien volé.") == []
    others = quotes_of(nlp, "Le gardien Paul Morel a été arrêté. Selon ses avocats, il n'a rien "
                            "volé.")
    assert [q.span.text for q in others] == ["il n'a rien volé"]


@pytest.mark.xfail(strict=True, reason="« à ses yeux » / « aux yeux de X » is no cue: no "
                   "quote is found")
def test_in_ones_eyes(nlp):
    q = quote_said(nlp, "Le président Marc Petit a été battu. À ses yeux, le club a été trahi.",
                   "le club a été trahi")
    assert q.speaker is not None and q.speaker.name == "Marc Petit"
