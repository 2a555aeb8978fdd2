"""The subject of a participle cue hung on a noun (« un porte-parole assurant que … ») is the
noun's phrase, never a clause with a finite verb the parse hung on the noun before it
(detect/noun_clauses.py). Made-up sentences."""

import pytest
from conftest import quote_said

ROWS = [
    ("Jeudi matin, la Première ministre semblait s'accrocher encore au pouvoir, un porte-parole "
     "assurant qu'elle « travaillait » avec son ministre des Finances.",
     "elle « travaillait » avec son ministre des Finances", "un porte-parole"),
    ("Jeudi matin, la présidente semblait céder, un porte-parole assurant qu'elle "
     "« travaillait » avec son équipe.", "elle « travaillait » avec son équipe",
     "un porte-parole"),
    # the parse hangs this clause on the noun (the row above it, it does not)
    ("Jeudi matin, la présidente semblait céder encore, un porte-parole assurant qu'elle "
     "« travaillait » avec son équipe.", "elle « travaillait » avec son équipe",
     "un porte-parole"),
    ("Lundi, la maire semblait hésiter encore, un porte-parole assurant qu'elle "
     "« réfléchissait » à sa candidature.", "elle « réfléchissait » à sa candidature",
     "un porte-parole"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ROWS)
def test_a_clause_before_the_noun_is_no_part_of_it(nlp, text, said, speaker):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.kind, sp.mention.text if sp.mention else None) == (
        speaker, "anonymous", speaker)


def _parsed(words, heads, pos, morphs):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, pos=pos, morphs=morphs,
               deps=["dep"] * len(words))


def test_only_a_finite_clause_is_cut_off():
    from quotes.detect.noun_clauses import clause_before_end

    # « elle semblait céder , un porte-parole »: the finite clause hung on the noun is past
    words = ["elle", "semblait", "céder", ",", "un", "porte-parole"]
    heads = [1, 5, 1, 1, 5, 5]
    pos = ["PRON", "VERB", "VERB", "PUNCT", "DET", "NOUN"]
    fin = ["", "VerbForm=Fin", "VerbForm=Inf", "", "", ""]
    doc = _parsed(words, heads, pos, fin)
    assert clause_before_end(doc[5]) == 4
    # must not: a participle hung on the noun (« Interrogé , un porte-parole ») is no clause
    # with a finite verb: nothing is cut
    words = ["Interrogé", ",", "un", "porte-parole"]
    doc = _parsed(words, [3, 0, 3, 3], ["VERB", "PUNCT", "DET", "NOUN"],
                  ["VerbForm=Part", "", "", ""])
    assert clause_before_end(doc[3]) == 0
