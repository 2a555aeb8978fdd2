"""« Mme » or « M. » before a surname against the first name of the one person named in full
with it (``casting._partial``): « Jean Vidal … Mme Vidal » is someone else, a person of her
own, as when the text shows the full name's gender (« Paul Vidal est arrivé … Mme Vidal »).

A title that agrees with the first name, a first name of either sex (« Dominique »), a surname
with no title, or two people named in full (one of each sex) keep the reading the title and
the first names give.
"""

import pytest
from conftest import quotes_of

SAID = "« rien n'est joué »"

ROWS = [
    # the rule fires: the title clashes with the only full name's first name
    pytest.param("Jean Vidal a présidé la séance. Mme Vidal a déclaré que « rien n'est joué ».",
                 SAID, "Vidal", "female", id="mme-against-jean"),
    pytest.param("Anne Vidal a présidé la séance. M. Vidal a déclaré que « rien n'est joué ».",
                 SAID, "Vidal", "male", id="monsieur-against-anne"),
    pytest.param("Jean Vidal a présidé la séance. « Rien n'est joué », a déclaré Mme Vidal.",
                 "Rien n'est joué", "Vidal", "female", id="mme-after-the-quote"),
    # must not fire: the title agrees with the first name
    pytest.param("Anne Vidal a présidé la séance. Mme Vidal a déclaré que « rien n'est joué ».",
                 SAID, "Anne Vidal", "female", id="mme-with-anne"),
    pytest.param("Jean Vidal a présidé la séance. M. Vidal a déclaré que « rien n'est joué ».",
                 SAID, "Jean Vidal", "male", id="monsieur-with-jean"),
    # must not fire: a first name of either sex says nothing against the title
    pytest.param("Dominique Vidal a présidé la séance. Mme Vidal a déclaré que « rien n'est "
                 "joué ».", SAID, "Dominique Vidal", "female", id="mme-with-dominique"),
    pytest.param("Dominique Vidal a présidé la séance. M. Vidal a déclaré que « rien n'est "
                 "joué ».", SAID, "Dominique Vidal", "male", id="monsieur-with-dominique"),
    # must not fire: no title, the surname is the one full name's
    pytest.param("Jean Vidal a présidé la séance. Vidal a déclaré que « rien n'est joué ».",
                 SAID, "Jean Vidal", "male", id="bare-surname"),
    # must not fire: a woman and a man named in full, each title finds its own
    pytest.param("Anne Vidal et Jean Vidal ont présidé la séance. Mme Vidal a déclaré que « rien "
                 "n'est joué ». M. Vidal a ajouté que « tout reste ouvert ».", SAID,
                 "Anne Vidal", "female", id="both-named-mme"),
    pytest.param("Anne Vidal et Jean Vidal ont présidé la séance. Mme Vidal a déclaré que « rien "
                 "n'est joué ». M. Vidal a ajouté que « tout reste ouvert ».",
                 "« tout reste ouvert »", "Jean Vidal", "male", id="both-named-monsieur"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), ROWS)
def test_a_title_against_the_first_name(nlp, text, said, speaker, gender):
    (q,) = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert (q.speaker.name, q.speaker.gender) == (speaker, gender)
