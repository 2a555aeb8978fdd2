"""A description whose noun names a kind of function by the body it serves (« le
syndicaliste ») names the one of the cast whose role heads a body of that kind (« secrétaire
général de la CGT », « secrétaire fédérale de SUD-Rail »: lexicon/function_bodies.tsv), over
the person the article is about; a role at another body (« ministre des Transports »), a word
of the list in another use (« préfet du Sud », « SUD Radio »), a role that only mentions a union
(« avocat de la CGT ») or held before (« ancien délégué ») ties no one; a description naming
another union, or saying more (« belge »), names none of them; two officers: no one.
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
    # fire: the union a description names is that of the officer who heads it, not the first
    ("Le secrétaire général de la CGT, Paul Ribot, a vu la direction lundi. Le délégué de FO, "
     "Jean Morin, a signé l'accord. « Nous avons des garanties », a déclaré le syndicaliste de "
     "FO.", "Nous avons des garanties", "Jean Morin"),
    # fire: a name tried after its hyphen (« SNES-FSU »), written out (« Force ouvrière »), a
    # hyphen form of SUD in small letters (« Sud-Rail »)
    ("Le ministre de l'Éducation, Marc Delorme, a parlé lundi. La secrétaire générale du "
     "SNES-FSU, Anne Berthier, a répondu. « Nous voulons être reçues », a déclaré la "
     "syndicaliste.", "Nous voulons être reçues", "Anne Berthier"),
    ("Le ministre du Travail, Marc Delorme, a parlé lundi. Le secrétaire général de Force "
     "ouvrière, Paul Ribot, a répondu. « Nous voulons être reçus », a déclaré le syndicaliste.",
     "Nous voulons être reçus", "Paul Ribot"),
    ("Le ministre des Transports, Marc Delorme, a parlé lundi. Le secrétaire fédéral de "
     "Sud-Rail, Paul Ribot, a répondu. « Nous voulons être reçus », a déclaré le syndicaliste.",
     "Nous voulons être reçus", "Paul Ribot"),
    # must not: a description that names another union (or its union written out), a country,
    # a sector is no officer of the union the cast names
    ("Le secrétaire général de FO, Paul Ribot, a quitté la réunion. « Nous restons à la "
     "table », a déclaré le syndicaliste de la CGT.", "Nous restons à la table", None),
    ("Le secrétaire général de la CGT, Luc Ferrand, a quitté la réunion. « Nous restons à la "
     "table », a déclaré le syndicaliste de Force ouvrière.", "Nous restons à la table", None),
    ("Le secrétaire général de la CGT, Luc Ferrand, a salué la grève à Bruxelles. « Nous restons "
     "mobilisés », a déclaré le syndicaliste belge.", "Nous restons mobilisés", None),
    ("Le secrétaire général de la CGT, Luc Ferrand, a parlé lundi. « Les prix sont trop bas », "
     "a déclaré le syndicaliste agricole.", "Les prix sont trop bas", None),
    # must not: a role that only mentions a union (its lawyer, its counterpart, its opponent)
    ("Le ministre du Travail, Marc Vernet, a parlé lundi. L'avocat de la CGT, Louis Garnier, a "
     "plaidé mardi. « Nous ferons appel », a prévenu le syndicaliste.", "Nous ferons appel", None),
    ("Le ministre du Travail, Marc Delorme, a parlé lundi. Louis Garnier, négociateur face à la "
     "CFDT, a répondu. « Nous tiendrons », a déclaré le syndicaliste.", "Nous tiendrons", None),
    ("Le directeur de la négociation avec la CGT, Marc Delorme, a parlé lundi. « Nous voulons "
     "être reçus », a déclaré le syndicaliste.", "Nous voulons être reçus", None),
    # must not: a former union role (« ancien ») of a minister or a mayor
    ("Le ministre du Travail, Marc Vernet, ancien secrétaire général de la CFDT, a parlé lundi. "
     "« Le dialogue reprendra », a déclaré le syndicaliste.", "Le dialogue reprendra", None),
    ("Le maire de Dole, Hugo Vernet, ancien délégué de la CGT, a reçu les grévistes. « Nous "
     "tiendrons », a déclaré le syndicaliste.", "Nous tiendrons", None),
    # must not: a listed name by chance (a radio, an association's name)
    ("Le ministre du Travail, Marc Delorme, a parlé lundi. Le journaliste de SUD Radio, Paul "
     "Ribot, l'a interrogé. « Nous voulons être reçus », a déclaré le syndicaliste.",
     "Nous voulons être reçus", None),
    ("Le ministre du Travail, Marc Delorme, a parlé lundi. La présidente de l'association "
     "Territoires Solidaires, Anne Berthier, a répondu. « Nous tiendrons », a déclaré la "
     "syndicaliste.", "Nous tiendrons", None),
    # must not: two union officers, the bare noun: no one (not the one quoted before, nor the
    # nearer)
    ("Le délégué de la CFDT, Jean Morin, a signé l'accord. « C'est une avancée », a-t-il dit. Le "
     "secrétaire général de la CGT, Paul Ribot, a refusé de signer. « Nous ne signerons jamais "
     "ce texte », a déclaré le syndicaliste.", "Nous ne signerons jamais ce texte", None),
    ("Le secrétaire général de la CGT, Paul Ribot, a vu la direction lundi. Mardi, le délégué de "
     "la CFDT, Jean Morin, a signé l'accord. « Nous avons des garanties », a déclaré le "
     "syndicaliste.", "Nous avons des garanties", None),
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
