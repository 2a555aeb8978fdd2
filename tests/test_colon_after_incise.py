"""A colon after an incise (detect/incises.py ``colon_incise``, ``colon_after_incise``):
« A », insiste la ministre : « B » gives two direct quotes of the incise's subject, both with
its cue, whether the parse reads the verb as an incise or as a verb whose object runs from the
subject to B's closing mark.

- the inverted subject may be a person, a role or a body (« écrit le syndicat »), a pronoun
  (« explique-t-il »), with a few words after it that hold no verb (« à la presse », « lundi »);
- a clause of the narrator's between the subject and the colon (« avant de lire la lettre du
  maire ») ends the incise: the words after the colon are not read as its own (they stay
  uncued, their speaker carried as for any marks after a quote).
"""

import pytest
from conftest import quote_said

# (sentence, words in marks, speaker, cue): each passage on either side of the colon
BOTH_PASSAGES = [
    ("« Aucun doute sur ce point », insiste la ministre Anne Lory : « bien sûr qu'il faut "
     "le soutenir ».", ("Aucun doute sur ce point", "bien sûr qu'il faut le soutenir"),
     "Anne Lory", "insiste"),
    ("« Rien n'est joué », a déclaré Paul Girard : « nous irons jusqu'au bout ».",
     ("Rien n'est joué", "nous irons jusqu'au bout"), "Paul Girard", "a déclaré"),
    ("« Rien n'est joué », a déclaré lundi la ministre Anne Lory : « nous irons jusqu'au "
     "bout ».", ("Rien n'est joué", "nous irons jusqu'au bout"), "Anne Lory", "a déclaré"),
    ("Le maire a tout tenté. « Rien », répète Paul Girard : « pas une réponse ».",
     ("Rien", "pas une réponse"), "Paul Girard", "répète"),
    # a body speaks: the subject need name no person
    ("« Rien n'est joué », écrit le syndicat : « la direction devra revoir sa copie ».",
     ("Rien n'est joué", "la direction devra revoir sa copie"), "syndicat", "écrit"),
    # the parse takes the verb for an incise: the words after its colon are its own too
    ("Le maire Paul Girard a parlé. « Rien n'est joué », explique-t-il : « nous irons "
     "jusqu'au bout ».", ("Rien n'est joué", "nous irons jusqu'au bout"), "Paul Girard",
     "explique-t-il"),
    ("« Rien n'est joué », ajoute la préfète Anne Lory lundi : « nous irons jusqu'au bout ».",
     ("Rien n'est joué", "nous irons jusqu'au bout"), "Anne Lory", "ajoute"),
]


@pytest.mark.parametrize("text, said, speaker, cue", BOTH_PASSAGES)
def test_both_passages_are_the_incises(nlp, text, said, speaker, cue):
    for words in said:
        q = quote_said(nlp, text, words)
        assert (q.type, q.speaker.name, q.cue.text if q.cue else None) == (
            "direct", speaker, cue)
        assert "cue-after" in q.evidence


# (sentence, words after the colon, speaker): a verb of the narrator's after the subject ends
# the incise; the words are found, but not read as the incise's own
NARRATOR_CLAUSE_BEFORE_COLON = [
    ("« Rien n'est joué », a dit le maire Paul Girard avant de céder la parole à la préfète "
     "Anne Lory : « nous verrons tout cela lundi avec les élus ».",
     "nous verrons tout cela lundi avec les élus", "Paul Girard"),
    ("« Rien n'est joué », insiste la ministre Anne Lory avant de lire la lettre du maire Paul "
     "Girard : « nous verrons tout cela lundi avec les élus ».",
     "nous verrons tout cela lundi avec les élus", "Anne Lory"),
]


@pytest.mark.parametrize("text, said, speaker", NARRATOR_CLAUSE_BEFORE_COLON)
def test_a_narrator_clause_ends_the_incise(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == speaker
    assert "uncued" in q.evidence and "cue-after" not in q.evidence
