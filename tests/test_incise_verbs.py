"""Verbs of reaction that report only in the incise after the words, their subject inverted
(lexicon/incise_verbs.txt: « « … », savoure la capitaine »): a cue there, whatever the tagger
reads their present as; before marks or with marks as their object, a verb of its own, no cue
(« le public savoure « Le Boléro » »). Made-up sentences, one row a case."""

import pytest
from conftest import beside_its_own_quote, quote_said

NONE = None

# (text, words said, speaker, cue)
ROWS = [
    # fire: the present after the words, the inverted subject a description and its name
    ("« Nous avons enfin gagné ce titre », savoure la capitaine, Anne Petit.",
     "Nous avons enfin gagné ce titre", "Anne Petit", "savoure"),
    # fire: the imperfect
    ("« Je ne l'oublierai jamais », savourait Paul Roux au soir de sa victoire.",
     "Je ne l'oublierai jamais", "Paul Roux", "savourait"),
    # fire: « exulte », read as a participle before a name
    ("« Quel bonheur pour tout le club », exulte Marc Dubois.",
     "Quel bonheur pour tout le club", "Marc Dubois", "exulte"),
    # near miss: « se réjouit », a reporting verb of its own (reporting_verbs.tsv)
    ("« On a tout donné », se réjouit la capitaine, Anne Petit.", "On a tout donné",
     "Anne Petit", "se réjouit"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), ROWS)
def test_a_reaction_verb_in_the_incise(nlp, text, said, speaker, cue):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) == (
        speaker, cue)


# texts where the verb reports nothing: no quote of theirs
QUIET = [
    # must not: marks as its object, a title
    "Le public savoure « Le Boléro » de Ravel sous les étoiles.",
    # must not: marks as its object, words of the narrator's
    "Paul Roux savoure sa « victoire méritée » après des mois de doute.",
    # must not: the marks are the object of the verb before it, not a sentence of their own
    "Anne Petit a relu « Le Petit Prince », savoure le calme du soir et s'endort.",
]


@pytest.mark.parametrize("text", QUIET)
def test_a_reaction_verb_elsewhere_reports_nothing(nlp, text):
    assert not [q for q in beside_its_own_quote(nlp, text) if q.cue is not None
                and q.cue.text.startswith(("savour", "exult"))]
