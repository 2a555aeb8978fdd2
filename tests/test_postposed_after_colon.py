"""Marks after a colon that ends another cue's que-clause, with a cue after them: « X affirme
que A : « B », a précisé Y ». The colon closes A; B is a statement of its own, and the cue
after its marks gives B its speaker. An outlet after the cue relays, as after « que « … » ».
Sentences written for these tests."""

import pytest
from conftest import quote_said

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
]


@pytest.mark.parametrize(("text", "said"), RELAYED)
def test_an_outlet_after_the_marks_relays(nlp, text, said):
    q = quote_said(nlp, text, said)
    assert q.cue is None or q.cue.text != "rapporte"
