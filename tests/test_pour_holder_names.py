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
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles"), HOLDER_NAMES)
def test_a_name_set_off_after_the_holder_is_the_holder_s(nlp, text, said, speaker, roles):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles]) == (speaker, roles)
