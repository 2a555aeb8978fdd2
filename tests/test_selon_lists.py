"""Where the words of a « selon » start beside other clauses (detect/selon_lists.py):
made-up sentences, one row a case, each checking the words, the source, its role and gender.

- a series of postposed « selon » in one sentence: each source speaks for its own item, from
  the comma or the « et » before it, and its name stops before the « et » of the next item;
- a conjunction that opens a clause of the narrator's before « selon X, » (« puisque »,
  « parce que », « alors que »): the clause after the source is what it says.
"""

import pytest
from conftest import quote_said, quotes_of

SERIES = (
    "L'orage a fait trois blessés dans la nuit, un motard renversé par une branche selon la "
    "gendarmerie, une passagère de la navette selon les pompiers et un piéton âgé selon la mairie."
)
ROWS = [
    # each item of a series, its own source
    (SERIES, "un motard renversé par une branche", "gendarmerie"),
    (SERIES, "une passagère de la navette", "pompiers"),
    (SERIES, "un piéton âgé", "mairie"),
    ("Le séisme a détruit deux écoles selon la préfecture et un pont selon les secouristes.",
     "un pont", "secouristes"),
    # a conjunction of the narrator's before the source
    ("La grève continue, parce que selon le syndicat, les salaires restent bloqués.",
     "les salaires restent bloqués", "syndicat"),
    ("Le chantier a pris du retard, puisque d'après la mairie, les travaux devaient finir en "
     "mai.", "les travaux devaient finir en mai", "mairie"),
    ("La ligne reste fermée, alors que selon la direction, les réparations sont finies.",
     "les réparations sont finies", "direction"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ROWS)
def test_own_words_of_each_source(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.speaker.role is None and q.speaker.gender is None


def test_a_lone_source_after_a_list_speaks_for_the_sentence(nlp):
    """One « selon » after commas that join items is no series: it speaks for the whole
    sentence, as before."""
    text = "L'orage a fait trois blessés, un motard, une passagère et un piéton, selon la mairie."
    spans = [q.span.text for q in quotes_of(nlp, text)]
    assert spans == ["L'orage a fait trois blessés, un motard, une passagère et un piéton"]


# ``fronted_clause_end`` on parses frozen as the model gave them (words, heads, labels, tags; a
# finite verb marked « Fin »), so that the rows do not drift with the model. The source's noun
# as the parse's root (a verbless clause) gives no predicate and no clause end: the parse's
# nodes are compared by position, never as objects (spaCy makes a new Token at each access)
FRONTED = [
    # the noun the root, a relative on the noun after it: no fronted clause to end
    ("Alors que selon les experts , une avancée , que les syndicats saluent .",
     [4, 0, 4, 4, 4, 7, 7, 4, 4, 12, 11, 12, 4, 4],
     "cc fixed case det ROOT punct det nmod punct mark det nsubj acl punct",
     "ADV SCONJ ADP DET NOUN PUNCT DET NOUN PUNCT SCONJ DET NOUN VERB PUNCT", {12}, None),
    ("Alors que selon la préfecture , un accord , dont les termes restent secrets .",
     [4, 0, 4, 4, 4, 4, 7, 4, 7, 12, 11, 12, 7, 12, 4],
     "mark fixed case det ROOT punct det appos punct iobj det nsubj acl:relcl xcomp punct",
     "ADV SCONJ ADP DET NOUN PUNCT DET NOUN PUNCT PRON DET NOUN VERB NOUN PUNCT", {12}, None),
    # near-misses: the source hangs on a verb; its clause ends before the main one
    ("Même si , selon le maire , les artisans manquent , la piscine rouvrira en mai .",
     [9, 0, 9, 5, 5, 9, 9, 8, 9, 13, 9, 12, 13, 13, 15, 13, 13],
     "mark fixed punct case det obl:mod punct det nsubj advcl punct det nsubj ROOT case obl:mod "
     "punct", "ADV SCONJ PUNCT ADP DET NOUN PUNCT DET NOUN VERB PUNCT DET NOUN VERB ADP NOUN "
     "PUNCT", {9, 13}, "Même si, selon le maire, les artisans manquent"),
    ("Puisque , selon la mairie , les travaux avancent , la rue rouvrira lundi .",
     [8, 8, 4, 4, 8, 8, 7, 8, 12, 12, 11, 12, 12, 12, 12],
     "mark punct case det obl:mod punct det nsubj advcl punct det nsubj ROOT obj punct",
     "SCONJ PUNCT ADP DET NOUN PUNCT DET NOUN VERB PUNCT DET NOUN VERB NOUN PUNCT", {8, 12},
     "Puisque, selon la mairie, les travaux avancent"),
    # a finite verb before the conjunction: the words run to the sentence end
    ("La grève continue , parce que selon le syndicat , les salaires restent bloqués .",
     [1, 2, 2, 2, 12, 4, 8, 8, 12, 12, 11, 12, 2, 12, 2],
     "det nsubj ROOT punct mark fixed case det obl:mod punct det nsubj advcl xcomp punct",
     "DET NOUN VERB PUNCT SCONJ SCONJ ADP DET NOUN PUNCT DET NOUN VERB VERB PUNCT", {2, 12},
     None),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "finite", "clause"), FRONTED)
def test_fronted_clause_end_on_frozen_parses(nlp, words, heads, deps, pos, finite, clause):
    from spacy.tokens import Doc

    from quotes.detect.selon_lists import fronted_clause_end

    split = words.split()
    spaces = [i + 1 < len(split) and split[i + 1] not in (",", ".") for i in range(len(split))]
    morphs = ["VerbForm=Fin" if i in finite else "" for i in range(len(split))]
    doc = Doc(nlp.vocab, words=split, spaces=spaces, heads=heads, deps=deps.split(),
              pos=pos.split(), morphs=morphs)
    selon = next(t for t in doc if t.lower_ == "selon")
    end = fronted_clause_end(doc, selon, selon)
    assert (None if end is None else doc.text[:end]) == clause
