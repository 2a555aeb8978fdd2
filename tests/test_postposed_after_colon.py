"""Marks after a colon that ends another cue's que-clause, with a cue after them: « X affirme
que A : « B », a précisé Y ». The colon closes A; B is a statement of its own, and the cue
after its marks gives B its speaker. An outlet after the cue relays, as after « que « … » ».
Sentences written for these tests."""

import pytest
from conftest import found_quotes, quote_said

# (sentence, the words in marks, their cue, who said them)
FIRES = [
    ("La mère affirme que sa fille a été contaminée : « Je n'ai pas les éléments pour "
     "conclure », a précisé la ministre Agnès Buzyn.",
     "Je n'ai pas les éléments pour conclure", "a précisé", "Agnès Buzyn"),
    # a stop inside the marks: still one quotation up to the cue
    ("Le voisin assure que le feu est parti du garage : « Je l'ai vu. Il faut attendre "
     "l'enquête », répond le maire Paul Roux.",
     "Je l'ai vu. Il faut attendre l'enquête", "répond", "Paul Roux"),
    # a comma and a coordinator inside the marks part nothing
    ("La mère affirme que sa fille a été contaminée : « Je n'ai pas les éléments pour "
     "conclure, et donc, j'attends des remontées », a précisé la ministre Agnès Buzyn.",
     "Je n'ai pas les éléments pour conclure, et donc, j'attends des remontées", "a précisé",
     "Agnès Buzyn"),
    # the marks after the colon must be the ones the cue closes: two marked pieces, two quotes
    ("Le maire affirme que la ville est prête : « Nous avons tout prévu », puis « rien ne "
     "manque », a ajouté l'adjoint Paul Vidal.", "rien ne manque", "a ajouté", "Paul Vidal"),
]


@pytest.mark.parametrize(("text", "said", "cue", "speaker"), FIRES)
def test_the_marks_take_the_cue_after_them(nlp, text, said, cue, speaker):
    q = quote_said(nlp, text, said)
    assert q.type == "direct" and q.cue is not None and q.cue.text == cue
    assert q.speaker.name == speaker


# an outlet after the cue relays the words: no cue of its own for them
RELAYED = [
    ("Le maire affirme que la ville est prête : « Nous avons tout prévu », rapporte Le "
     "Parisien.", "Nous avons tout prévu"),
    ("Le maire a assuré que « la ville est prête », rapporte Le Parisien.",
     "« la ville est prête »"),
    # an outlet the lexicon lists, named bare (lexicon.outlets.listed_outlet)
    ("Le ministre jure que la réforme passera : « Nous irons jusqu'au bout », rapporte "
     "Ouest-France.", "Nous irons jusqu'au bout"),
    ("Le ministre jure que la réforme passera : « Nous irons jusqu'au bout », écrit "
     "Libération.", "Nous irons jusqu'au bout"),
    ("Le ministre jure que la réforme passera : « Nous irons jusqu'au bout », rapporte "
     "franceinfo.", "Nous irons jusqu'au bout"),
    ("Le ministre jure que la réforme passera : « Nous irons jusqu'au bout », rapporte "
     "Mediapart.", "Nous irons jusqu'au bout"),
    ("Le ministre affirme que la réforme est prête : « Nous la présenterons mardi », rapporte "
     "France Bleu Isère.", "Nous la présenterons mardi"),
]


@pytest.mark.parametrize(("text", "said"), RELAYED)
def test_an_outlet_after_the_marks_relays(nlp, text, said):
    q = quote_said(nlp, text, said)
    assert q.cue is None or q.cue.text not in ("rapporte", "écrit")
    assert q.speaker.kind != "organization"


# a name in marks after the colon (an event's, a title's) is no statement: known miss
NOT_STATEMENTS = [
    pytest.param(
        "Le maire affirme que le festival aura lieu : « Brenac en fête », a confirmé l'office "
        "de tourisme.", "Brenac en fête",
        marks=pytest.mark.xfail(strict=True, reason="an event's name in marks after the colon "
                                "is read as the words of the cue after them; nothing yet tells "
                                "a name from a statement there")),
]


@pytest.mark.parametrize(("text", "name"), NOT_STATEMENTS)
def test_a_name_in_marks_is_not_a_statement(nlp, text, name):
    assert name not in [q.span.text.strip("«» ") for q in found_quotes(nlp, text)]
