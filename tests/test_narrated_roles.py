"""The article's own description of a person as their role (attribute/narrated_roles.py): a
definite or demonstrative role phrase no speaker or subject read (a passive's agent, a subject
inside words an outlet reports, a subject cut by a dash aside, the predicate of « devenir » for
a pronoun's clause, the complement of a noun: « la destitution du député de la Somme ») is
the role of the person it stands for, so a quote after it shows it; never the role of one
its sentence names beside it."""

import pytest
from conftest import quote_said

ROWS = [
    # a passive's agent: the one person the article is about
    ("Paul Mercier quitte le club après dix saisons. Le conseil a lu une lettre signée par "
     "l'entraîneur. « Je pars serein », a écrit Paul Mercier.",
     "Je pars serein", "Paul Mercier", "entraîneur"),
    # a subject inside the words a newspaper reports
    ("Jeanne Vidal a été agressée lundi soir. La maire de la commune de Brévanne a été frappée "
     "par un voisin, rapporte Le Journal du Val. « J'ai eu très peur », raconte Jeanne Vidal.",
     "J'ai eu très peur", "Jeanne Vidal", "maire de la commune de Brévanne"),
    # a demonstrative subject, a dash aside after it
    ("Marc Delorme a reçu le grand prix. Ce directeur de l'observatoire - un poste rare - a été "
     "surpris. « Je n'y croyais pas », a raconté Marc Delorme.",
     "Je n'y croyais pas", "Marc Delorme", "directeur de l'observatoire"),
    # the predicate of « devenir » whose subject, a pronoun, stands for him
    ("Luc Fabre quitte la vie publique après vingt ans au cours desquels il a rénové le port et "
     "est devenu le président de la communauté de communes. « Je pars fier », a déclaré Luc "
     "Fabre.",
     "Je pars fier", "Luc Fabre", "président de la communauté de communes"),
    # inside the words someone other than a news outlet reports: theirs, not the narration's
    ("Paul Mercier a témoigné lundi. Un voisin affirme que le directeur du parc était absent "
     "ce soir-là. « J'ai tout vu », a dit Paul Mercier.",
     "J'ai tout vu", "Paul Mercier", None),
    # the agent beside him in his sentence is someone else
    ("Paul Mercier a été reçu lundi par le maire de Brévanne. « Tout va bien », a dit Paul "
     "Mercier.",
     "Tout va bien", "Paul Mercier", None),
    # « qui est devenu … »: the relative's person, not the subject before it
    ("Paul Mercier a salué son frère, qui est devenu le maire de Brévanne. « Je suis fier », a "
     "dit Paul Mercier.",
     "Je suis fier", "Paul Mercier", None),
    # the complement of a noun, its article contracted in « du » or not: the person the
    # article is about
    ("Paul Mercier refuse de partir. Les cadres du parti avaient plaidé pour la destitution "
     "du député de la Somme. « Je reste », a dit Paul Mercier.",
     "Je reste", "Paul Mercier", "député de la Somme"),
    ("Anne Vidal refuse de partir. Et cela n'est pas du goût de la maire de Brévanne. "
     "« Je reste », a dit Anne Vidal.",
     "Je reste", "Anne Vidal", "maire de Brévanne"),
    # must not: the complement's article says a man, she is a woman; one named beside it
    ("Anne Vidal refuse de partir. Et cela n'est pas du goût du maire de Brévanne. "
     "« Je reste », a dit Anne Vidal.",
     "Je reste", "Anne Vidal", None),
    ("Paul Mercier a reçu le soutien du maire de Brévanne. « Je reste », a dit Paul Mercier.",
     "Je reste", "Paul Mercier", None),
    # must not: the role of the speaker the article is about when the sentence before names
    # the one it describes by a role of its kind (« l'enseignant », the « professeur »,
    # lexicon/role_kinds.tsv), an epicene given name or not
    ("« Il a été très courageux », a affirmé Paul Mercier. Le collège a été attaqué. "
     "\n\nDominique Ferrand, professeur de français, a été blessé. L'enseignant agrégé de "
     "lettres a reçu des coups.", "Il a été très courageux", "Paul Mercier", None),
    ("« Il a été très courageux », a affirmé Paul Mercier. Le collège a été attaqué. "
     "\n\nMarc Ferrand, professeur de français, a été blessé. L'enseignant agrégé de "
     "lettres a reçu des coups.", "Il a été très courageux", "Paul Mercier", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), ROWS)
def test_narrated_role(nlp, text, said, speaker, role):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
