"""A person's name set off after a comma that the parse hung on the phrase before it, the
sentence's main verb after it with no subject of its own, is that verb's subject
(``detect.set_off_names``): « A l'énoncé de la peine, Paul Roux, 65 ans, est resté calme ».

The parse is set by hand (a ``Doc`` built from words, heads and labels): the rows reproduce the
misreading, which the model does not make twice on a made-up sentence.
"""

import pytest
from spacy.tokens import Doc

from quotes.detect.set_off_names import set_off_name

# (words, heads, labels, parts of speech, the name's first word, a subject)
ROWS = [
    # fire: the name read as coordinated with the phrase before it, an age set off after it
    ("A l' énoncé , Marc Olivier , 65 ans , est resté calme .",
     [2, 2, 11, 4, 2, 4, 8, 8, 2, 11, 11, 11, 11, 11],
     "case det obl:mod punct conj flat:name punct nummod nmod punct aux:tense ROOT xcomp punct",
     "ADP DET NOUN PUNCT PROPN PROPN PUNCT NUM NOUN PUNCT AUX VERB ADJ PUNCT", "Marc", True),
    # fire: no aside, the verb right after the name
    ("Face à la juge , Marc Olivier a souri .",
     [8, 3, 3, 0, 5, 3, 5, 8, 8, 8],
     "case fixed det obl:mod punct conj flat:name aux:tense ROOT punct",
     "ADP ADP DET NOUN PUNCT PROPN PROPN AUX VERB PUNCT", "Marc", True),
    # must not: the verb has a subject of its own
    ("Face à la juge , Marc Olivier , 65 ans , elle a souri .",
     [13, 3, 3, 0, 5, 3, 5, 9, 9, 3, 13, 13, 13, 13, 13],
     "case fixed det obl:mod punct conj flat:name punct nummod nmod punct nsubj aux:tense ROOT "
     "punct",
     "ADP ADP DET NOUN PUNCT PROPN PROPN PUNCT NUM NOUN PUNCT PRON AUX VERB PUNCT", "Marc", False),
    # must not: a name with no comma before it completes the noun before it
    ("Le procès de Marc Olivier a repris .",
     [1, 6, 3, 1, 3, 6, 6, 6],
     "det nsubj case nmod flat:name aux:tense ROOT punct",
     "DET NOUN ADP PROPN PROPN AUX VERB PUNCT", "Marc", False),
    # must not: the aside holds a verb, a clause of its own, not a verbless aside
    ("A l' énoncé , Marc Olivier , qui pleurait , a souri .",
     [2, 2, 11, 4, 2, 4, 8, 8, 4, 8, 11, 11, 11],
     "case det obl:mod punct conj flat:name punct nsubj acl:relcl punct aux:tense ROOT punct",
     "ADP DET NOUN PUNCT PROPN PROPN PUNCT PRON VERB PUNCT AUX VERB PUNCT", "Marc", False),
    # must not: the verb after the aside has a subject of its own, the clitic after it
    ("Face à la juge , Marc Olivier , 65 ans , a -t-il compris ?",
     [13, 0, 3, 13, 5, 3, 5, 9, 9, 5, 13, 13, 13, 13, 13],
     "case fixed det obl:mod punct conj flat:name punct nummod nmod punct aux:tense nsubj ROOT "
     "punct",
     "ADP ADP DET NOUN PUNCT PROPN PROPN PUNCT NUM NOUN PUNCT AUX PRON VERB PUNCT", "Marc", False),
    # must not: the verb after the name is no main verb, it joins a clause before
    ("Anne a pleuré et , face à la juge , Marc Olivier a souri .",
     [2, 2, 2, 13, 8, 8, 5, 8, 13, 10, 8, 10, 13, 2, 2],
     "nsubj aux:tense ROOT cc punct case fixed det obl:mod punct conj flat:name aux:tense conj "
     "punct",
     "PROPN AUX VERB CCONJ PUNCT ADP ADP DET NOUN PUNCT PROPN PROPN AUX VERB PUNCT", "Marc",
     False),
    # must not: the parse hung the name on the verb after it, not on the phrase before
    ("Face à la juge , Marc Olivier a souri .",
     [8, 0, 3, 8, 5, 8, 5, 8, 8, 8],
     "case fixed det obl:mod punct dislocated flat:name aux:tense ROOT punct",
     "ADP ADP DET NOUN PUNCT PROPN PROPN AUX VERB PUNCT", "Marc", False),
]


@pytest.mark.parametrize(("text", "heads", "deps", "pos", "first", "subject"), ROWS)
def test_a_name_set_off_before_a_subjectless_verb_is_its_subject(nlp, text, heads, deps, pos,
                                                                  first, subject):
    words = text.split()
    at = words.index(first)
    ents = ["O"] * len(words)
    ents[at], ents[at + 1] = "B-PER", "I-PER"
    morphs = ["VerbForm=Fin" if p == "AUX" else "" for p in pos.split()]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps.split(), pos=pos.split(),
              morphs=morphs, ents=ents)
    assert set_off_name(doc[at]) is subject
