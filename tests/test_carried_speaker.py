"""Words with no cue carry on the voice just before them (quotes/attribute/timeline.py,
``Timeline.previous``): a subject of the narration that other words said follow (« Selon elle,
Marc Petit « a tout prévu ». « … » ») is whom those words speak of; the next words are still
the voice's, not the subject's. A subject named after the words said still takes the next.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, roles, gender)
CARRIED = [
    # fire: the subject stands before words another said; the next words are that other's
    ("La maire Anne Roy a visité le chantier mardi. Selon elle, Marc Petit « a tout prévu ». "
     "« Le pont tiendra des siècles. »", "Le pont tiendra des siècles.", "Anne Roy", ["maire"],
     "female"),
    ("Le sélectionneur Paul Morel a parlé aux joueurs. « Il va mieux », a précisé le "
     "sélectionneur. Selon lui, Marc Petit « souhaite que nous continuions ». « Nous allons voir "
     "comment les joueurs se relèvent de cette épreuve. »",
     "Nous allons voir comment les joueurs se relèvent de cette épreuve.", "Paul Morel",
     ["sélectionneur"], "male"),
    ("La maire Anne Roy a visité le chantier mardi. Selon elle, Marc Petit « ment depuis le "
     "début ». « Les preuves sont accablantes. »", "Les preuves sont accablantes.", "Anne Roy",
     ["maire"], "female"),
    ("Le procureur Paul Morel a parlé mardi. Selon lui, l'architecte Marc Petit « a commis des "
     "erreurs ». « Le chantier doit être revu. »", "Le chantier doit être revu.", "Paul Morel",
     ["procureur"], "male"),
    # must not: a subject named after the words said takes the next ones
    ("La maire Anne Roy a visité le chantier mardi. Marc Petit, l'architecte, est arrivé plus "
     "tard. « Le pont tiendra des siècles. »", "Le pont tiendra des siècles.", "Marc Petit",
     ["architecte"], "male"),
    ("La maire Anne Roy a dit : « Le chantier avance. » Marc Petit, l'architecte, est arrivé "
     "plus tard. « Le pont tiendra des siècles. »", "Le pont tiendra des siècles.", "Marc Petit",
     ["architecte"], "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles", "gender"), CARRIED)
def test_words_with_no_cue_carry_the_voice_before(nlp, text, said, speaker, roles, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles], who.gender) == (speaker, roles, gender)
