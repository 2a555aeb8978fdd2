"""A cue inserted after a lead that is no clause of its own (detect/inserted_cues.py): made-up
sentences, one row a case. The clause after the inverted subject and its comma is what is
reported, the lead the narrator's (an adverbial phrase, a connector of
lexicon/narrator_links.txt, « c'est pourquoi » among them).
"""

import pytest
from conftest import quote_said, quotes_of

# text, words, speaker, cue
INSERTED = [
    ("De manière inédite, rapporte l'AFP, les deux juges concluent leur ordonnance par une "
     "longue explication.",
     "les deux juges concluent leur ordonnance par une longue explication", "AFP", "rapporte"),
    ("Le juge a ouvert une enquête en mars. C'est pourquoi, explique le journal Le Courrier, le "
     "parquet vient d'annoncer la création d'une cellule.",
     "le parquet vient d'annoncer la création d'une cellule", "Le Courrier", "explique"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), INSERTED)
def test_the_clause_after_an_inserted_cue_is_reported(nlp, text, said, speaker, cue):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.cue.text) == ("indirect", speaker, cue)
    assert "cue-inserted" in q.evidence


# must not: words after the inverted subject that open no clause, an apposition before a verb
# of the narrator's (text, words no record may start with)
NOT_INSERTED = [
    ("De manière inédite, rapporte l'AFP, mardi soir.", "mardi soir"),
    ("Paul Morel, porte-parole du parti, avait fustigé la réforme.", "avait fustigé"),
]


@pytest.mark.parametrize(("text", "unsaid"), NOT_INSERTED)
def test_no_clause_after_an_inserted_cue_without_one(nlp, text, unsaid):
    assert not [q for q in quotes_of(nlp, text) if q.span.text.startswith(unsaid)]
