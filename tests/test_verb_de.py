"""The « de » between a cue and the marked words of its object: made-up sentences, one row a
case.

- the verb's own « de » stays out of the words, after nothing but an adverbial too (« a fait
  part dans la soirée de « … » », an aside, « à l'AFP », « aux habitants »): whom it is
  told is no object;
- before an adjective or a noun, it is the partitive article of the object when the verb
  has no direct object yet (« a promis de « nouveaux moyens » »), kept with the marks; a
  locution's noun, a pronoun object, or the noun a participle describes has taken that place
  (« fait part de », « l'a accusé de », « s'est inquiétée de », « accusé de »);
- a noun phrase before that « de » (« le travail de « … » ») keeps it.
"""

import pytest
from conftest import quotes_of

SAID = [
    # an adverbial between the locution and its « de »
    ("La ministre Claire Dumas a fait part dans la soirée de « sa profonde tristesse » après "
     "le drame.", "« sa profonde tristesse » après le drame", "Claire Dumas"),
    ("La ministre Claire Dumas a fait part, dans un communiqué, de « sa profonde tristesse » "
     "après le drame.", "« sa profonde tristesse » après le drame", "Claire Dumas"),
    # whom it is told, then what
    ("La ministre Claire Dumas a fait part à l'AFP de « sa profonde tristesse » après le "
     "drame.", "« sa profonde tristesse » après le drame", "Claire Dumas"),
    ("La ministre Claire Dumas a fait part aux habitants de « sa profonde tristesse » après "
     "le drame.", "« sa profonde tristesse » après le drame", "Claire Dumas"),
    # the partitive article of the object, kept
    ("La ministre Claire Dumas a promis de « nouveaux moyens pour les urgences » aux "
     "hôpitaux.", "de « nouveaux moyens pour les urgences » aux hôpitaux", "Claire Dumas"),
    # the direct object's place taken: the « de » is the verb's
    ("La ministre Claire Dumas a fait part de « profonde tristesse » après le drame.",
     "« profonde tristesse » après le drame", "Claire Dumas"),
    ("Le maire Paul Roy l'a accusé de « manipulation grossière » devant le conseil.",
     "« manipulation grossière » devant le conseil", "Paul Roy"),
    # the pronoun right before the verb, whatever the parse hangs it on
    ("Le premier adjoint l’a accusé de « manipulation » devant le conseil.",
     "« manipulation » devant le conseil", None),
    ("La maire Anne Roux s'est inquiétée de « graves dysfonctionnements » au collège.",
     "« graves dysfonctionnements » au collège", "Anne Roux"),
    ("C'est ce que plusieurs élus ont qualifié de « fin de la récréation » hier.",
     "« fin de la récréation » hier", "plusieurs élus"),
    ("Accusé de « graves négligences », le maire Paul Roy a démissionné.",
     "« graves négligences »", None),
]


@pytest.mark.parametrize(("text", "said", "speaker"), SAID)
def test_words_after_the_de(nlp, text, said, speaker):
    (q,) = quotes_of(nlp, text)
    assert q.span.text == said
    assert (q.speaker.name if q.speaker is not None else None) == speaker


def test_object_before_the_de_keeps_it(nlp):
    """« le travail de « … » »: a noun phrase, no adverbial, before the « de »."""
    (q,) = quotes_of(nlp, "Le maire Paul Roy a salué dans la soirée le travail de « nos "
                          "formidables bénévoles ».")
    assert q.span.text.endswith("le travail de « nos formidables bénévoles »")
    assert q.speaker is not None and q.speaker.name == "Paul Roy"
