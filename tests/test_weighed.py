"""A person's gender weighed over the article when their mentions disagree (attribute/weighed).

A participle alone against the one person of that name (« La vice-présidente Ana Roy … Roy
s'est engagé ») is a vote on her gender, not another person; a title or a role's gender still
says someone else (« le maire Paul Roy … Mme Roy »). Each mention's title, role or agreement,
the first name and each pronoun that introduces one of their quotes is one vote: the gender
with more is the person's for every quote of theirs, marked ``gender-weighed``; a tie leaves
it unknown for every one. The names are made up or given to both, so no list knows them, but
« Ana ». One row: text -> the quote, its speaker, gender and whether the weighing marked it.
"""

import pytest
from conftest import quote_said

from quotes.model import Evidence

ROWS = [
    # ---- one participle against a role, a first name and a pronoun: a woman, one person
    ("La vice-présidente Ana Roy a parlé mardi. « Nous continuerons », a-t-elle déclaré. "
     "Roy s'est engagé à rester. « Rien n'est fini », a dit Roy.", "Rien n'est fini",
     "Ana Roy", "female", True),
    ("La vice-présidente Ana Roy a parlé mardi. « Nous continuerons », a-t-elle déclaré. "
     "Roy s'est engagé à rester. « Rien n'est fini », a dit Roy.", "Nous continuerons",
     "Ana Roy", "female", True),
    # ---- the pronouns outnumber the role: a man
    ("La ministre Tamsir Ravel a ouvert la séance. Ravel est arrivé en retard. « Le budget "
     "est voté », a-t-il dit. « Rien ne bouge », a-t-il ajouté.", "Rien ne bouge",
     "Tamsir Ravel", "male", True),
    # ---- as many votes each way: unknown, for every quote, whatever its own mention says
    ("La vice-présidente Tamsir Ravel a parlé mardi. Ravel s'est engagé à rester. « Rien "
     "n'est fini », a dit Ravel.", "Rien n'est fini", "Tamsir Ravel", None, True),
    ("La ministre Tamsir Ravel a ouvert la séance. Ravel est arrivé en retard. « Le budget "
     "est voté », a dit Ravel.", "Le budget est voté", "Tamsir Ravel", None, True),
    # ---- the first name breaks a tie between the title and the agreement: a woman
    ("La vice-présidente Ana Ravel a parlé mardi. Ravel s'est engagé à rester. « Rien "
     "n'est fini », a dit Ravel.", "Rien n'est fini", "Ana Ravel", "female", True),
    # the title and one participle, an epicene first name: a tie, unknown (unknown beats wrong)
    ("La juge Camille Ferrand a rendu sa décision. Ferrand s'est dit serein. « La loi est "
     "claire », a déclaré Ferrand.", "La loi est claire", "Camille Ferrand", None, True),
    # must not fire: a title says someone else (the man's wife), not a vote on his gender
    ("Le maire Paul Roy a ouvert la séance. « Tout va bien », a dit Mme Roy.",
     "Tout va bien", "Roy", "female", False),
    # must not fire: the mentions agree
    ("La ministre Tamsir Ravel a ouvert la séance. Ravel est arrivée en retard. « Le budget "
     "est voté », a dit Ravel.", "Le budget est voté", "Tamsir Ravel", "female", False),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "gender", "weighed"), ROWS)
def test_weighed_gender(nlp, text, quote, speaker, gender, weighed):
    q = quote_said(nlp, text, quote)
    assert q.speaker.name == speaker
    assert q.speaker.gender == gender
    assert (Evidence.GENDER_WEIGHED in q.evidence) == weighed


@pytest.mark.xfail(strict=True, reason="the trade of a participle as a vote: « Morin, très "
                   "remontée » is one person with the one Morin named, so « elle » finds no one")
def test_participle_alone_is_a_vote_not_another_person(nlp):
    q = quote_said(nlp, "Le député Jean Morin a voté contre. « C'est une erreur », a-t-il dit. "
                   "Morin, très remontée, a quitté la salle. « Je ne reviendrai pas », "
                   "a-t-elle lancé.", "Je ne reviendrai pas")
    assert (q.speaker.name, q.speaker.gender) == ("Morin", "female")
