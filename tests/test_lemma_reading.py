"""The lemmas the rules read come from the lexicon (lexicon/lemmas.tsv through
``lexicon.lemma_of``, accents kept), not from the parse (but for attribute/given.py's
showing-noun test, which only stanza's lemmas fire): the spaCy pipeline runs no lemmatizer,
stanza's fills every lemma, and the two backends must read a sentence alike. An unlisted verb of an
incise has a lemma (« sourit »: « sourire »), a verb that passes words on is known by its
lemma where its form is no listed one (« lut »: « lire »), and a plural noun is read in the
singular (« salariés »: « salarié »).

Sentences written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest
import spacy

from quotes.api import Extractor
from quotes.lexicon import lemma_of
from quotes.model import Article
from quotes.nlp.stanza_doc import to_spacy
from quotes.pipeline import extract_doc

LEMMAS = [
    # a form whose first six letters differ from its lemma's: lemmas.tsv
    ("lut", False, "lire"),
    ("sourit", False, "sourire"),
    ("reçurent", False, "recevoir"),
    ("yeux", True, "oeil"),
    # the table's lemma with its accents
    ("frémit", False, "frémir"),
    ("hésita", False, "hésiter"),
    # a regular noun in the plural: its singular, as written
    ("Salariés", True, "salarié"),
    ("habitantes", True, "habitante"),
    ("municipaux", True, "municipal"),
    # near misses: a verb form the table does not hold is read as written; a noun in the
    # singular, or an invariable one, stays as it is
    ("nuancé", False, "nuancé"),
    ("salariés", False, "salariés"),
    ("avocat", True, "avocat"),
    ("Niçois", True, "niçois"),
]


@pytest.mark.parametrize(("word", "noun", "lemma"), LEMMAS)
def test_the_lexicon_gives_the_lemma(word, noun, lemma):
    assert lemma_of(word, noun=noun) == lemma


def _read(nlp, text):
    return [(q.span.text, q.speaker.name, q.cue and q.cue.text, q.cue and q.cue.lemma)
            for q in Extractor(nlp=nlp).text(text)]


CUES = [
    # an incise with a verb the lexicon does not list: the cue's lemma is the lexicon's, or
    # the form as written; never empty
    ("« Je ne lâcherai rien », sourit Adèle Fontenay.",
     ("Je ne lâcherai rien", "Adèle Fontenay", "sourit", "sourire")),
    ("« Nous reviendrons lundi avec les plans », a alors prononcé le maire Octave Brunel.",
     ("Nous reviendrons lundi avec les plans", "Octave Brunel", "a alors prononcé",
      "prononcé")),
    # a listed form: the lemma with its accents
    ("« Quelle horreur », frémit Anne Roux.", ("Quelle horreur", "Anne Roux", "frémit", "frémir")),
    # a clause before a colon: its verb's lemma is read as written when the table has none
    ("La directrice Lise Marchal a ensuite nuancé son propos : « Nous reviendrons lundi avec "
     "les plans. »", ("Nous reviendrons lundi avec les plans.", "Lise Marchal",
                      "a ensuite nuancé", "nuancé")),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_a_cue_the_lexicon_does_not_list_has_a_lemma(nlp, text, expected):
    assert expected in _read(nlp, text)


PASSED_ON = [
    # « lire » in the passé simple: no listed form of lexicon/passing_verbs.tsv, its lemma is
    "Le directeur Hugo Ferrand lut ses mots : « Nous reviendrons lundi avec les plans. »",
    "Les deux élues de Valmorin lurent ses mots : « Le marché restera ouvert tout l'été. »",
]


@pytest.mark.parametrize("text", PASSED_ON)
def test_a_verb_that_passes_words_on_is_known_by_its_lemma(nlp, text):
    read = _read(nlp, text)
    assert read, "nothing extracted"
    assert all(cue is None for _, _, cue, _ in read), read


KEPT = [
    # near misses: a listed form of the same verbs, and a verb of stance, as before
    ("La directrice Lise Marchal a reçu son message : « Nous reviendrons lundi avec les "
     "plans. »", None),
    ("La sénatrice Anne Ribaut a durci sa position : « Nous ne voterons pas ce budget. »",
     "a durci"),
]


@pytest.mark.parametrize(("text", "cue"), KEPT)
def test_the_near_misses_keep_their_reading(nlp, text, cue):
    assert [c for _, _, c, _ in _read(nlp, text)] == [cue]


# the lemmas a stanza parse gives these words; any other word's lemma is its lower-case form
STANZA_LEMMAS = {"sourit": "sourire", "lut": "lire", "prononcé": "prononcer", "salariés":
                 "salarié", "traces": "trace", "nuancé": "nuancer", "lurent": "lire",
                 "élues": "élu", "permettent": "permettre", "ont": "avoir", "a": "avoir",
                 "frémit": "frémir"}

BOTH = [text for text, _ in CUES] + PASSED_ON + [text for text, _ in KEPT] + [
    # an infinitive cue under a verb whose subject is a plural noun: of people, of things
    "Les salariés de la conserverie ont pris la parole pour dire que l'usine devait rester "
    "ouverte. La préfète, Lise Marchal, a assuré qu'elle recevrait une délégation.",
    "Les traces relevées permettent de conclure que la passerelle était fragile. Le maire, "
    "Octave Brunel, a promis qu'il publierait le rapport.",
]


def _as_stanza(doc, lemmas=True):
    """The stanza form (``Document.to_dict()``) of spaCy's parse of ``doc``, with the lemmas
    a stanza model gives (``lemmas``) or none, as the spaCy pipeline leaves them."""
    sentences = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        number = {t.i: n + 1 for n, t in enumerate(words)}
        sentences.append([{
            "id": number[t.i], "text": t.text,
            "lemma": STANZA_LEMMAS.get(t.text, t.lower_) if lemmas else "", "upos": t.pos_,
            "feats": str(t.morph) or None,
            "head": 0 if t.head.i == t.i else number[t.head.i],
            "deprel": "root" if t.dep_ == "ROOT" else t.dep_,
            "start_char": t.idx, "end_char": t.idx + len(t.text),
            "ner": f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O",
        } for t in words])
    return sentences


def _found(doc, text):
    return [(q.span.text, q.speaker.name, q.cue and q.cue.text, q.cue and q.cue.lemma)
            for q in extract_doc(Article("t", text), doc).quotes]


@pytest.mark.parametrize("text", BOTH)
def test_the_parse_s_lemmas_change_nothing(nlp, text):
    """The same parse with stanza's lemmas and with none (spaCy's): the same quotes."""
    parsed, vocab = nlp(text), spacy.blank("fr").vocab
    assert not any(t.lemma_ for t in parsed if not t.is_space), "spaCy runs no lemmatizer"
    filled = to_spacy(vocab, text, _as_stanza(parsed))
    assert any(t.lemma_ in STANZA_LEMMAS.values() for t in filled)
    found = _found(to_spacy(vocab, text, _as_stanza(parsed, lemmas=False)), text)
    assert found, "nothing extracted"
    assert _found(filled, text) == found


@pytest.mark.parametrize("text", [text for text, _ in CUES] + PASSED_ON)
def test_a_stanza_document_reads_as_the_spacy_one(nlp, text):
    """A stanza document built without a model, lemmas filled, and spaCy's own document."""
    parsed = nlp(text)
    assert _found(to_spacy(spacy.blank("fr").vocab, text, _as_stanza(parsed)), text) == (
        _found(parsed, text))
