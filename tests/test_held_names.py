"""A name after a body's noun that a role noun governs is the role holder's, not the body's
(« la présidente du groupe écologiste Léane Vaudrel »), whatever its first name; with no role
noun governing the body's noun it stays the body's (« les salariés du groupe X »).
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, roles, gender)
HELD = [
    # fire: a preposed role, its body and an unknown first name with a surname
    ("La présidente de l'Assemblée, Yaëlle Bruneau, a rappelé les députés à l'ordre. Plus tard, "
     "la présidente du groupe écologiste Cyrielle Chantelier a qualifié le ministre de "
     '"minable".', 'le ministre de "minable"', "Cyrielle Chantelier",
     ["présidente du groupe écologiste"], "female"),
    ("Le président du parti centriste Gerwin Pfaffer a estimé que la coalition était morte.",
     "la coalition était morte", "Gerwin Pfaffer", ["président du parti centriste"], "male"),
    # fire: a compound first name (« Jean-Marc ») is one of the two words, an aside after it
    ("Le président du conseil régional Jean-Marc Torvelle, aussi présent sur place, a évoqué "
     "«des dégâts immenses».", "des dégâts immenses", "Jean-Marc Torvelle",
     ["président du conseil régional"], "male"),
    # must not: a compound first name after a body's noun no role noun governs: the workers'
    ("Les salariés du groupe Jean-Marc Torvelle ont affirmé que la cantine rouvrirait lundi.",
     "la cantine rouvrirait lundi", "salariés du groupe Jean-Marc Torvelle", [], None),
    # must not: no role noun governs the body's noun: the workers speak, not a person so named
    ("Les salariés du groupe Gerwin Pfaffer ont affirmé que la cantine rouvrirait lundi.",
     "la cantine rouvrirait lundi", "salariés du groupe Gerwin Pfaffer", [], None),
    # must not: a name right after the body's noun is the body's own name
    ("La présidente de la fondation Abbé Pierre a affirmé que la crise du logement durait.",
     "la crise du logement durait", None, ["présidente de la fondation Abbé Pierre"], "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles", "gender"), HELD)
def test_a_role_holder_named_after_the_body(nlp, text, said, speaker, roles, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles], who.gender) == (speaker, roles, gender)
