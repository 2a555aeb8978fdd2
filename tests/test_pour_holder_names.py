"""« Pour la présidente du jury, Anne Roy, Paul Morel « a tout donné » »: a name set off by
commas right after a holder named by no name is the holder's, when the words after it hold a
clause with a subject of its own (``detect.pour.after_holder_name``): the view starts after it.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, roles)
HOLDER_NAMES = [
    # fire: the name is the holder's; the clause after it has its own subject
    ("Le festival s'est achevé dimanche. Pour la présidente du jury, Anne Roy, Paul Morel « a "
     "tout donné ».", "Paul Morel « a tout donné »", "Anne Roy", ["présidente du jury"]),
    # must not: no comma after the name, it is the subject of the view
    ("Le festival s'est achevé dimanche. Pour la présidente du jury, Anne Roy « a tout "
     "donné ».", "Anne Roy « a tout donné »", None, ["présidente du jury"]),
    # must not: the name opens a list the words after it close with « et »: the view holds it
    ("Les Bleus ont gagné samedi. Pour le sélectionneur, Hugo Petit, Louis Caron et les autres "
     "« ont fait le match parfait ».", "Hugo Petit, Louis Caron et les autres « ont fait le "
     "match parfait »", None, ["sélectionneur"]),
    ("Le verdict est tombé. Pour le procureur, Paul Morel, Anne Roy et Luc Petit « ont menti au "
     "tribunal ».", "Paul Morel, Anne Roy et Luc Petit « ont menti au tribunal »", None,
     ["procureur"]),
    ("L'enquête avance. Pour la police, Paul Morel, Anne Roy et deux complices « formaient une "
     "équipe soudée ».", "Paul Morel, Anne Roy et deux complices « formaient une équipe "
     "soudée »", "police", []),
    ("Le festival s'est achevé dimanche. Pour la présidente du jury, Anne Roy et Paul Morel « ont "
     "tout donné ».", "Anne Roy et Paul Morel « ont tout donné »", None, ["présidente du jury"]),
    # must not: the holder is named, the name after it is no name of the holder's
    ("Le festival s'est achevé dimanche. Pour la présidente du jury Claire Fontaine, Anne Roy, "
     "Paul Morel « a tout donné ».", "Anne Roy, Paul Morel « a tout donné »", "Claire Fontaine",
     ["présidente du jury"]),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles"), HOLDER_NAMES)
def test_a_name_set_off_after_the_holder_is_the_holder_s(nlp, text, said, speaker, roles):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles]) == (speaker, roles)
