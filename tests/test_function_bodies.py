"""A description whose noun names a kind of function by the body it serves (« le
syndicaliste ») names the one of the cast whose role heads a body of that kind (« secrétaire
général de la CGT », « secrétaire fédérale de SUD-Rail »: lexicon/function_bodies.tsv), over
the person the article is about; a role at another body (« ministre des Transports ») or a word
of the list in another use (« préfet du Sud ») ties no one.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker)
UNION_ROLES = [
    # fire: the union's name after the role noun, a part of it before a hyphen too
    ("« Cela n'aide pas. » Le ministre des Transports, Marc Delorme, qui a jugé la grève "
     "illégitime, jette « de l'huile sur le feu », estime le secrétaire fédéral de SUD-Rail, Paul "
     "Ribot. « Nous voulons être reçus », a déclaré le syndicaliste à la radio.",
     "Nous voulons être reçus", "Paul Ribot"),
    ("« La grève sera longue », prévient le secrétaire général de la CGT-Ports, Paul Ribot. "
     "Marc Delorme, qui a pris la tête du port vendredi, devra négocier. Marc Delorme a reçu "
     "les dockers lundi. Pour le syndicaliste, le port « peut éviter » le conflit.",
     "le port « peut éviter » le conflit", "Paul Ribot"),
    ("Le directeur de l'usine, Marc Delorme, a annoncé le plan. La secrétaire de la section "
     "CFDT, Anne Berthier, l'a contesté. « Nous irons en justice », a prévenu la syndicaliste.",
     "Nous irons en justice", "Anne Berthier"),
    # must not: a role at a body of no union (a capitalised « Sud » that is a place) ties no one
    ("Le préfet du Sud-Ouest, Paul Ribot, a reçu les grévistes. « Nous voulons être reçus », a "
     "déclaré le syndicaliste.", "Nous voulons être reçus", None),
    # must not: the only role named is at a body of no union: no one, not the one named
    ("Le ministre des Transports, Marc Delorme, a parlé. « Rien ne bouge », a dit le "
     "syndicaliste.", "Rien ne bouge", None),
]


@pytest.mark.parametrize(("text", "said", "speaker"), UNION_ROLES)
def test_a_union_role_is_a_syndicalistes(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


# (text, words said, role): « le syndicaliste » stands for the union function the article gives
# (lexicon/generic_nouns.txt), so the quote shows that function; with none, the noun itself
UNION_ROLE_SHOWN = [
    # fire: the function given, over the generic noun closer to the quote
    ("« Cela n'aide pas. » Le ministre des Transports, Marc Delorme, qui a jugé la grève "
     "illégitime, jette « de l'huile sur le feu », estime le secrétaire fédéral de SUD-Rail, "
     "Paul Ribot. « Nous voulons être reçus », a déclaré le syndicaliste à la radio. « Nous "
     "attendons », a-t-il ajouté.", "Nous attendons", "secrétaire fédéral de SUD-Rail"),
    # must not: a union role given no body name keeps the noun (no function it stands for)
    ("Paul Ribot, ouvrier à l'usine, a parlé. « Nous ferons grève », a dit le syndicaliste.",
     "Nous ferons grève", "syndicaliste"),
]


@pytest.mark.parametrize(("text", "said", "role"), UNION_ROLE_SHOWN)
def test_a_union_function_is_shown_over_syndicaliste(nlp, text, said, role):
    assert quote_said(nlp, text, said).speaker.role == role
