"""Verb forms read from the parse: past and present participles, the sentence's verb."""

import pytest
from spacy.tokens import Doc

from quotes.detect.forms import compound_infinitive, past_participle, present_participle
from quotes.detect.lost import sentence_verb

# sentence, word, past participle?, present participle?
ROWS = [
    ("Les mesures annoncées hier restent floues.", "annoncées", True, False),
    ("Un voisin, jugeant la décision injuste, a protesté.", "jugeant", False, True),
    ("Un voisin, jugeant la décision injuste, a protesté.", "protesté", True, False),
    # must not fire: a finite verb is neither
    ("Les mesures annoncées hier restent floues.", "restent", False, False),
]


@pytest.mark.parametrize(("sentence", "word", "past", "present"), ROWS)
def test_participles(nlp, sentence, word, past, present):
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert (past_participle(tok), present_participle(tok)) == (past, present)


# sentence, word: a participle whose auxiliary is an infinitive?
COMPOUND_INFINITIVES = [
    ("Il assure avoir lui-même proposé cette mesure.", "proposé", True),
    ("Elle dit avoir elle-même signé le décret.", "signé", True),
    # must not fire: a finite auxiliary, no auxiliary, an infinitive
    ("Il a proposé cette mesure.", "proposé", False),
    ("Les mesures proposées hier restent floues.", "proposées", False),
    ("Il assure avoir lui-même proposé cette mesure.", "avoir", False),
]


@pytest.mark.parametrize(("sentence", "word", "compound"), COMPOUND_INFINITIVES)
def test_compound_infinitive(nlp, sentence, word, compound):
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert compound_infinitive(tok) is compound


# words, their tags, their morphology, the cue word: is it the sentence's verb? The tags are
# set by hand, so that a tagger reading « précises » as a verb is what is tested
FIN = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
SENTENCE_VERBS = [
    ("Mais l' élue , émue , dénonce :", "CCONJ DET NOUN PUNCT ADJ PUNCT VERB PUNCT",
     "dénonce", True),
    ("Les élus , furieux , répliquèrent :", "DET NOUN PUNCT ADJ PUNCT VERB PUNCT",
     "répliquèrent", True),
    ("La militante lançait :", "DET NOUN VERB PUNCT", "lançait", True),
    ("La militante lance :", "DET NOUN NOUN PUNCT", "lance", True),  # tagged as a noun
    # must not fire: « précises » is no « précisent », a participle, a verb opening the sentence
    ("Les raisons précises :", "DET NOUN VERB PUNCT", "précises", False),
    ("La réponse précisée :", "DET NOUN VERB PUNCT", "précisée", False),
    ("Les raisons précises :", "DET NOUN ADJ PUNCT", "précises", False),
    ("Ajoute :", "VERB PUNCT", "Ajoute", False),
]


@pytest.mark.parametrize(("words", "tags", "word", "verb"), SENTENCE_VERBS)
def test_sentence_verb(nlp, words, tags, word, verb):
    split = words.split()
    pos = tags.split()
    morphs = [
        FIN if w == word and p == "VERB" else "Number=Plur" if w == "Les" else ""
        for w, p in zip(split, pos, strict=True)
    ]
    doc = Doc(nlp.vocab, words=split, pos=pos, morphs=morphs)
    assert sentence_verb(doc[split.index(word)], 0) is verb
