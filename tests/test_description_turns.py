"""A description after a cue given to the wrong person, on sentences written for them.

« le diplomate » is a kind of function (lexicon/role_kinds.tsv): an ambassador, a consul, an
envoy, a secretary of state, so the one quoted before who holds one, never a mayor or a
researcher named after. A description that names its body (« le président du Sénat ») is no
one whose roles with the same role noun all name another body (« président de l'association
des maires du Rhône »), unless one is the other's acronym (``attribute.holders.other_body``).
"""

import pytest
from conftest import quote_said

# ---- « le diplomate » after a quote: (text, quote, speaker or None)
DIPLOMATS = [
    # fire: the secretary of state quoted before
    ("Le secrétaire d'État Hugo Ferrand n'a pas apprécié l'excuse. « Je n'y crois pas », "
     "a-t-il déclaré sur France Info.\n\n« Nous attendons une réponse rapide » a poursuivi le "
     "diplomate. Le chercheur Paul Morel avait publié un message.",
     "Nous attendons une réponse rapide", "Hugo Ferrand"),
    ("La secrétaire d'État Claire Vidal a reçu l'ambassadeur. « Le dialogue reste ouvert », "
     "a-t-elle dit lundi. « Nous attendons des excuses », a ajouté la diplomate.",
     "Nous attendons des excuses", "Claire Vidal"),
    # must not: the description's gender is not the one quoted before
    ("Le ministre Hugo Ferrand n'a pas apprécié l'excuse. « Je n'y crois pas », a-t-il déclaré "
     "sur France Info. « Nous attendons une réponse rapide », a poursuivi la diplomate.",
     "Nous attendons une réponse rapide", None),
    # must not: a role the kind does not cover (« ministre ») says otherwise
    ("Le ministre Hugo Ferrand n'a pas apprécié l'excuse. « Je n'y crois pas », a-t-il déclaré "
     "sur France Info. « Nous attendons une réponse rapide », a déclaré le diplomate.",
     "Nous attendons une réponse rapide", None),
    # must not: a mayor is no officer
    ("Le maire de Dole, Hugo Ferrand, a reçu les élus. « Je n'y crois pas », a-t-il déclaré. "
     "« Nous attendons une réponse rapide », a ajouté l'officier.",
     "Nous attendons une réponse rapide", None),
    # must not: a role of the cast says who the description is
    ("Le préfet Luc Moreau a visité la digue. « La digue tiendra », a dit le maire de Vernay, "
     "Paul Garnier. « Les travaux commencent lundi », a ajouté le préfet.",
     "Les travaux commencent lundi", "Luc Moreau"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), DIPLOMATS)
def test_a_diplomat_described(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name == speaker


# ---- a description that names its body: (text, quote, speaker or None)
ASSAULT = ("Le maire de Vernay, Paul Garnier, a été agressé lundi. \"Les violences contre les "
           "élus deviennent banales\", a déploré dans un communiqué Marc Tissier, le président de "
           "{}.\n\n\"Cette agression est inacceptable\", a réagi le président{}.")
OTHER_BODY = [
    # fire: the same role noun at another body
    (ASSAULT.format("l'association des maires du Rhône (AMR)", " de l'Assemblée nationale"),
     "Cette agression est inacceptable", None),
    ("Anne Roux, la présidente de l'association Terre Vive, a porté plainte. « Le site est "
     "pollué », a-t-elle déclaré.\n\n« Nous demandons une enquête », a indiqué la présidente de "
     "la région Bretagne.", "Nous demandons une enquête", None),
    # must not: the same body, or its acronym, or no body named
    (ASSAULT.format("l'association des maires du Rhône", " de l'association des maires du Rhône"),
     "Cette agression est inacceptable", "Marc Tissier"),
    (ASSAULT.format("l'AMR", " de l'Association des maires du Rhône"),
     "Cette agression est inacceptable", "Marc Tissier"),
    (ASSAULT.format("l'association des maires du Rhône", ""),
     "Cette agression est inacceptable", "Marc Tissier"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), OTHER_BODY)
def test_a_description_naming_another_body(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name == speaker
