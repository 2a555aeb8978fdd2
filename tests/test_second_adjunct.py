"""Between a verb and its inverted subject, a second adjunct (« dans un communiqué à l'AFP »)
is stepped over too: the one spoken to (« l'AFP ») is not who speaks. One adjunct (« a confié
à l'AFP Hugo Ferrand », « au Courrier du Lac le maire ») reads as before. Made-up sentences.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker)
ROWS = [
    # fire: « à l'AFP », « à Reuters » after « dans un communiqué »: the group speaks
    ("« Aucun poste ne sera supprimé avant juin », a précisé dans un communiqué à l'AFP le "
     "groupe Verlac.", "Aucun poste ne sera supprimé avant juin", "Verlac"),
    ("« Aucun poste ne sera supprimé avant juin », a indiqué dans un courriel à Reuters le "
     "groupe Verlac.", "Aucun poste ne sera supprimé avant juin", "Verlac"),
    # must not: one adjunct, the subject right after it
    ("« Le site fermera en mars », a confié à l'AFP Hugo Ferrand.", "Le site fermera en mars",
     "Hugo Ferrand"),
    ("« Le site fermera en mars », a déclaré dans un entretien au Courrier du Lac le maire Hugo "
     "Ferrand.", "Le site fermera en mars", "Hugo Ferrand"),
    ("« Le site fermera en mars », a déclaré lors d'une réunion avec les salariés le directeur "
     "Hugo Ferrand.", "Le site fermera en mars", "Hugo Ferrand"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ROWS)
def test_a_second_adjunct_is_not_the_speaker(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
