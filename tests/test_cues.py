"""The incise's verb the lexicon does not list (``cues.incise_verb``): after closing marks that
open their sentence, a word joined to its inverted pronoun by the euphonic « -t- » is a verb,
whatever the tagger reads it as (« « … », écarte-t-elle »); without the « -t- », only a word
the tagger reads as a verb is one. The tagger's reading is set in each row, so the table does
not drift with the model."""

import pytest

# (text, the incise's word, the tagger's reading set on it, is it the cue's verb)
INCISE_WORDS = [
    # the « -t- » makes it a verb, whatever the tag
    ("« Je veux d'abord en profiter », écarte-t-elle.", "écarte", "ADJ", True),
    ("« Tout va bien », balaie-t-il.", "balaie", "NOUN", True),
    ("« Rien n'est joué », grimace-t-on.", "grimace", "ADV", True),
    # a verb by its tag, with no « -t- » to show it
    ("« Je reviendrai », sourit-elle.", "sourit", "VERB", True),
    # must not: no « -t- » and no verb's tag, nothing shows a verb (« sourit » read as an
    # adjective, « balaie-il » its « -t- » left out)
    ("« Je reviendrai », sourit-elle.", "sourit", "ADJ", False),
    ("« Tout va bien », balaie-il.", "balaie", "NOUN", False),
    # must not: words after the pronoun, the incise goes on
    ("« Tout va bien », balaie-t-il encore.", "balaie", "NOUN", False),
    # must not: no pronoun after the word
    ("« Tout va bien », balaie Paul Roux.", "balaie", "NOUN", False),
]


@pytest.mark.parametrize(("text", "word", "tag", "verb"), INCISE_WORDS)
def test_an_unlisted_incise_word_is_a_verb(nlp, text, word, tag, verb):
    from quotes.detect.cues import incise_verb
    from quotes.detect.marks import find_marked

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    tok.pos_ = tag
    marked, _ = find_marked(text)
    closing = {m.close: m for m in marked if m.close is not None}
    assert (incise_verb(tok, closing.get) is not None) is verb


# (text, the incise's word, the tagger's morphology set on it, is it read as finite)
# lexicon/incise_verbs.txt: a verb of reaction that reports only in the incise, whose present
# the tagger reads as an infinitive or a participle
INCISE_FORMS = [
    # the present of a listed verb, whatever the tagger reads
    ("« Nous avons enfin gagné », savoure la capitaine.", "savoure", "VerbForm=Inf", True),
    ("« Quel bonheur », exulte Marc Dubois.", "exulte", "Tense=Past|VerbForm=Part", True),
    ("« Quel bonheur », savourent les joueuses.", "savourent", "VerbForm=Inf", True),
    # must not: its infinitive, its participle
    ("« Quel bonheur », savourer la victoire.", "savourer", "VerbForm=Inf", False),
    ("« Quel bonheur », savouré par tous.", "savouré", "VerbForm=Part", False),
    # must not: a verb neither list holds, read as an infinitive
    ("« Quel bonheur », contemple Marc Dubois.", "contemple", "VerbForm=Inf", False),
]


@pytest.mark.parametrize(("text", "word", "morph", "expected"), INCISE_FORMS)
def test_an_incise_verbs_present_is_finite(nlp, text, word, morph, expected):
    from spacy.tokens import MorphAnalysis

    from quotes.detect.cues import finite

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    tok.set_morph(MorphAnalysis(doc.vocab, morph))
    assert finite(tok) is expected
