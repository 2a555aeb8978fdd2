"""stanza's parse as the spaCy Doc the rules read: offsets, multi-word tokens, entities, quotes.

No stanza model is needed: fixtures/stanza/quotes_fr.conllu is a hand-annotated French UD
document, and quotes_fr.json its ``Document.to_dict()`` form, so that the adapter is tested
where stanza is not installed; where it is, its CoNLL-U reader must give that same form.
"""

from __future__ import annotations

import copy
import importlib.util
import json

import pytest
import spacy
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.errors import InputError
from quotes.model import Article
from quotes.nlp.stanza_backend import StanzaTokenizer
from quotes.nlp.stanza_doc import to_spacy
from quotes.pipeline import extract, extract_doc
from quotes.settings import Settings

FIXTURES = ROOT / "fixtures" / "stanza"
FIXTURE = json.loads((FIXTURES / "quotes_fr.json").read_text(encoding="utf-8"))
TEXT, SENTENCES = FIXTURE["text"], FIXTURE["sentences"]
HAS_STANZA = importlib.util.find_spec("stanza") is not None


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("fr").vocab


@pytest.fixture(scope="module")
def doc(vocab):
    return to_spacy(vocab, TEXT, SENTENCES)


def test_offsets_are_those_of_the_original_text(doc):
    assert doc.text == TEXT
    starts = [t["start_char"] for s in SENTENCES for t in s if "start_char" in t]
    words = [t for t in doc if not t.is_space and t.text != "-t"]
    assert len(words) == len(starts)
    for token, start in zip(words, starts, strict=True):
        # "-elle" of "-t-elle" starts two characters into its UD token
        assert token.idx == start + (2 if token.text == "-elle" else 0), token.text
        assert TEXT[token.idx : token.idx + len(token)] == token.text


@pytest.mark.parametrize(("form", "head", "nth"), [("du", "budget", 0), ("au", "Parlement", 0),
                                                   ("du", "travail", 1), ("au", "printemps", 1)])
def test_a_multi_word_token_is_one_token_as_in_spacy(doc, form, head, nth):
    token = [t for t in doc if t.text == form][nth]
    assert (token.pos_, token.dep_, token.head.text, token.lemma_) == (
        "ADP", "case", head, "de le" if form == "du" else "à le")
    assert token.morph.get("Definite") == ["Def"] and token.morph.get("Gender") == ["Masc"]


def test_heads_deps_sentences_and_euphonic_t(doc):
    tokens = {t.text: t for t in doc}
    assert (tokens["Dupont"].dep_, tokens["Dupont"].head.text) == ("flat:name", "Jean")
    assert (tokens["parlerons"].dep_, tokens["parlerons"].head.i) == ("ROOT",
                                                                     tokens["parlerons"].i)
    assert (tokens["-t"].dep_, tokens["-elle"].dep_, tokens["-elle"].head.text) == (
        "expl:subj", "nsubj", "ajouté")
    assert tokens["-elle"].morph.get("Gender") == ["Fem"]
    texts = [line.split(" = ", 1)[1] for line in
             (FIXTURES / "quotes_fr.conllu").read_text(encoding="utf-8").splitlines()
             if line.startswith("# text = ")]
    assert [s.text.strip() for s in doc.sents] == texts
    assert [t.text for t in doc if t.is_space] == ["\n\n"] * 3


def test_entities_are_kept(doc):
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Parlement", "ORG"), ("Jean Dupont", "PER"), ("Claire Martin", "PER"),
        ("Paul Durand", "PER"), ("Lyon", "LOC")]


# (type, quote, speaker, role, cue) from the stanza parse; spaCy's parse of the same text
# agrees on the first three sentences and gives the same quotes there
STANZA_QUOTES = [
    ("direct", "Nous parlerons du budget au Parlement dès lundi", "Jean Dupont", None,
     "a déclaré"),
    ("indirect", "la réforme du travail serait votée avant l'été", "Claire Martin", "ministre",
     "a affirmé"),
    ("direct", "Je ne céderai pas", "Claire Martin", "ministre", "a-t-elle ajouté"),
    ("indirect", "le chantier du métro reprendra au printemps", "Paul Durand", "maire de Lyon",
     "Selon"),
]


def _found(doc):
    return [(q.type, q.span.text, q.speaker.name, q.speaker.role, q.cue and q.cue.text)
            for q in extract_doc(Article("t", TEXT), doc).quotes]


def test_the_rules_read_the_stanza_parse_as_they_read_spacys(doc, nlp):
    assert _found(doc) == STANZA_QUOTES
    by_spacy = _found(nlp(TEXT))
    assert by_spacy[:3] == STANZA_QUOTES[:3]
    # the parses differ on the last sentence: spaCy makes "reprendra" a relative clause of
    # "chantier" (acl) and so ends the content there; the speaker is the same
    assert by_spacy[3][1] == "le chantier du métro" and by_spacy[3][2:] == STANZA_QUOTES[3][2:]


class _Pipeline:
    """Stands in for ``stanza.Pipeline`` on the fixture text (no model needed)."""

    def __call__(self, text):
        assert text == TEXT
        return type("Parsed", (), {"to_dict": lambda self: SENTENCES})()


def test_the_backend_runs_in_jobs_worker_processes():
    nlp = spacy.blank("fr")
    nlp.tokenizer = StanzaTokenizer(_Pipeline(), nlp.vocab)
    articles = [Article(f"a{n}", TEXT) for n in range(3)]
    results = list(extract(articles, nlp, settings=Settings(jobs=2, batch_size=1)))
    # the last quote is the stanza parse's: spaCy's would end at "métro"
    assert [[q.span.text for q in r.quotes][-1] for r in results] == [STANZA_QUOTES[3][1]] * 3


def test_tokens_without_offsets_are_found_in_the_text(vocab):
    sentence = [{k: v for k, v in t.items() if k not in ("start_char", "end_char")}
                for t in SENTENCES[0]]
    text = "  " + TEXT.split("\n")[0].replace("», a", "»,   a")
    doc = to_spacy(vocab, text, [sentence])
    assert doc.text == text and doc[0].is_space and doc[0].text == "  "
    assert [(e.text, e.label_) for e in doc.ents] == [("Parlement", "ORG"), ("Jean Dupont", "PER")]


def test_bio_tags_and_broken_tags_still_make_entities(vocab):
    words = ["Emmanuel", "Macron", "à", "Paris", "et", "Berlin"]
    tags = ["B-PER", "I-PER", "O", "I-LOC", "O", "E-LOC"]  # I- or E- with nothing open starts one
    sentence = [{"id": n + 1, "text": w, "upos": "PROPN", "head": 0 if n == 0 else 1,
                 "deprel": "root" if n == 0 else "dep", "ner": tag}
                for n, (w, tag) in enumerate(zip(words, tags, strict=True))]
    doc = to_spacy(vocab, " ".join(words), [sentence])
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Emmanuel Macron", "PER"), ("Paris", "LOC"), ("Berlin", "LOC")]


def test_a_token_the_text_does_not_hold_is_an_input_error(vocab):
    with pytest.raises(InputError, match="'parlerons' not found"):
        to_spacy(vocab, TEXT.replace("parlerons", "parlons"), SENTENCES)


@pytest.mark.skipif(not HAS_STANZA, reason="stanza is not installed (pip install "
                    "'quotes[stanza]'); the committed to_dict() form above is tested instead")
def test_stanza_reads_the_conllu_fixture_into_the_committed_form(vocab):
    from stanza.utils.conll import CoNLL

    parsed = CoNLL.conll2doc(input_file=str(FIXTURES / "quotes_fr.conllu"),
                             reconstruct_text=True)
    assert parsed.text == TEXT
    assert json.loads(json.dumps(parsed.to_dict())) == SENTENCES, "regenerate quotes_fr.json"
    doc = to_spacy(vocab, parsed.text, parsed.to_dict())
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.type) for e in parsed.entities]
    assert [(e.start_char, e.end_char) for e in doc.ents] == [
        (e.start_char, e.end_char) for e in parsed.entities]


def _stanza_models_missing() -> str | None:
    if not HAS_STANZA:
        return "stanza is not installed (pip install 'quotes[stanza]')"
    from quotes.errors import ModelNotAvailable
    from quotes.nlp import load_pipeline

    try:
        load_pipeline("stanza")
    except ModelNotAvailable:
        return ("stanza's French models are not installed "
                "(python -c \"import stanza; stanza.download('fr')\")")
    return None


def test_the_stanza_backend_with_real_models():
    missing = _stanza_models_missing()
    if missing:
        pytest.skip(missing)
    from quotes.nlp import load_pipeline

    nlp = load_pipeline("stanza")
    text = "« Nous verrons bien », a déclaré Jens Stoltenberg."
    doc = nlp(text)
    assert doc.text == text
    assert [(q.span.text, q.speaker.name) for q in extract_doc(Article("t", text), doc).quotes
            ] == [("Nous verrons bien", "Jens Stoltenberg")]


GAPS = st.sampled_from(["", " ", "  ", "\n", "\n\n", " \n ", "\t", "\u00a0", "\u202f "])


@given(st.lists(GAPS, min_size=65, max_size=65))  # 64 surface tokens, and after them
@settings(max_examples=100, deadline=None, derandomize=True)
def test_any_whitespace_between_tokens_keeps_every_offset(vocab, gaps):
    sentences = copy.deepcopy(SENTENCES)
    tokens = [t for s in sentences for t in s if "start_char" in t]  # surface tokens
    pieces, pos = [], 0
    for token, gap in zip(tokens, gaps[:-1], strict=True):
        pieces.append(gap)
        pos += len(gap)
        token["start_char"], token["end_char"] = pos, pos + len(token["text"])
        pieces.append(token["text"])
        pos += len(token["text"])
    pieces.append(gaps[-1])
    text = "".join(pieces)
    doc = to_spacy(vocab, text, sentences)
    assert doc.text == text
    by_start = {t.idx: t.text for t in doc}
    for token in tokens:
        form, start = token["text"], token["start_char"]
        if form.startswith("-t-"):  # "-t" then the pronoun
            assert (by_start[start], by_start[start + 2]) == ("-t", form[2:])
        else:
            assert by_start[start] == form
    assert len(list(doc.sents)) == len(SENTENCES)
    assert [[t.text for t in e if not t.is_space] for e in doc.ents] == [
        ["Parlement"], ["Jean", "Dupont"], ["Claire", "Martin"], ["Paul", "Durand"], ["Lyon"]]
