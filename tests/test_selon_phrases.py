"""« selon X » inside a noun phrase, not set off by commas (detect/selon_phrases.py): made-up
sentences, one row a case, each checking the words, the source, its role and gender.

Right after an adjective or a participle of a noun, a preposition going on after X, the phrase
is X's words whole, from the noun's determiner (the sentence's first word too) to its first
comma, or to the noun's last word when the noun is its clause's subject; set off by commas,
after the noun itself, or with nothing after the source, it is read as before.
"""

import pytest
from conftest import quote_said, quotes_of

# text, words, speaker, role, gender
PHRASES = [
    ("Le maire Paul Girard motive sa démission par la clarté due selon lui aux électeurs et aux "
     "habitants, ville dont il veut briguer la mairie.",
     "la clarté due selon lui aux électeurs et aux habitants", "Paul Girard", "maire", "male"),
    ("La préfète Anne Lory critique une aide réservée selon elle aux plus riches.",
     "une aide réservée selon elle aux plus riches", "Anne Lory", "préfète", "female"),
    # the phrase opens the sentence: its determiner is its first word; the noun is the subject,
    # the phrase ends with it, the verb after it the narrator's
    ("La sénatrice Chantal Roux critique le nouveau dispositif. Une aide réservée selon elle aux "
     "plus riches a été votée hier par l'Assemblée.",
     "Une aide réservée selon elle aux plus riches", "Chantal Roux", "sénatrice", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), PHRASES)
def test_selon_inside_a_noun_phrase_gives_the_phrase_whole(nlp, text, said, speaker, role,
                                                           gender):
    q = quote_said(nlp, text, said)
    assert (q.type, q.cue.text, q.speaker.name, q.speaker.role, q.speaker.gender) == (
        "indirect", "selon", speaker, role, gender)


# must not take the phrase: the source set off by commas, « selon » after the noun itself, or
# nothing after the source (text, the phrase that is not a record)
NOT_PHRASES = [
    ("La préfète Anne Lory critique une aide réservée, selon elle, aux plus riches.",
     "une aide réservée, selon elle, aux plus riches"),
    ("La préfète Anne Lory a parlé. La réforme selon elle doit passer avant l'été.",
     "La réforme selon elle doit passer avant l'été"),
    ("La préfète Anne Lory dénonce un projet coûteux selon elle.", "un projet coûteux selon elle"),
    # nor the narrator's verb after a subject phrase, nor the phrase without its determiner
    ("La sénatrice Chantal Roux critique le nouveau dispositif. Une aide réservée selon elle aux "
     "plus riches a été votée hier par l'Assemblée.",
     "aide réservée selon elle aux plus riches a été votée hier par l'Assemblée"),
    ("La sénatrice Chantal Roux critique le nouveau dispositif. Une aide réservée selon elle aux "
     "plus riches a été votée hier par l'Assemblée.", "aide réservée selon elle aux plus riches"),
]


@pytest.mark.parametrize(("text", "phrase"), NOT_PHRASES)
def test_no_phrase_where_selon_is_set_off_or_ends_it(nlp, text, phrase):
    assert phrase not in [q.span.text for q in quotes_of(nlp, text)]
