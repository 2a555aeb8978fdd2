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
