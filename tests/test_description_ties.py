"""A description tied to the name set right after it past an aside in brackets (« a assuré
la secrétaire générale du syndicat (laïque), Anne Roy, ») names that person, and a pronoun
after it does too; an adjective in brackets before a name is the body's, not the person's
gender. Unresolved beats wrong: a stop, a name that opens a clause of its own or a phrase that
is no name after the brackets ties no one.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, role, gender)
APPOSED = [
    # fire: the name after the brackets and a comma, then a comma or a stop (with no comma
    # the parse apposes the name itself)
    ("« Le mouvement est suivi partout », a assuré la secrétaire générale du syndicat SNX "
     "(laïque), Camille Berthaud, à la radio.", "Le mouvement est suivi partout",
     "Camille Berthaud", "secrétaire générale du syndicat SNX", "female"),
    ("« Nous rouvrirons la piscine », a promis le maire de Saint-Aubin (Loiret), Jacques "
     "Fabre.", "Nous rouvrirons la piscine", "Jacques Fabre", "maire de Saint-Aubin", "male"),
    # fire: the pronoun after it is the one named so
    ("« Le mouvement est suivi partout », a assuré la secrétaire générale du syndicat SNX "
     "(laïque), Camille Berthaud, à la radio. « Les salariés veulent du respect », a-t-elle "
     "ajouté.", "Les salariés veulent du respect", "Camille Berthaud",
     "secrétaire générale du syndicat SNX", "female"),
    # must not: a stop after the brackets, a name that opens a clause of its own, no name
    ("« Rien n'est réglé », a déclaré la porte-parole du syndicat (CFX). Jacques Fabre a "
     "refusé de commenter.", "Rien n'est réglé", None, "porte-parole du syndicat", "female"),
    ("« Nous rouvrirons la piscine », a promis le maire (DVD), Jacques Fabre ayant quitté la "
     "salle.", "Nous rouvrirons la piscine", None, "maire", None),
    ("« Rien n'est réglé », a déclaré le maire (photo), lors d'une visite de Jacques Fabre.",
     "Rien n'est réglé", None, "maire", None),
]


# (text, words said, speaker, gender)
PAST_A_COMPLEMENT = [
    # fire: the name after a complement of the noun the mention stops before and a comma,
    # not someone of the cast given a role of the same noun before
    ("Le ministre de l'Intérieur Marc Delorme s'est rendu sur place. « Il n'y avait pas "
     "d'alerte sur cet immeuble », a affirmé le ministre délégué au logement, Paul Roux.",
     "Il n'y avait pas d'alerte sur cet immeuble", "Paul Roux", "male"),
    ("« Le monde a écouté », a déploré la directrice du programme des Nations unies pour "
     "l'Environnement, Anne Berthier, lundi.", "Le monde a écouté", "Anne Berthier", "female"),
    # must not: a role noun in the complement takes the name (« avec le maire, Jacques Fabre »:
    # the maire's); the next rows are stopped before, by the parse (« à son adjoint » and « à la
    # sortie … » hang on the verb), and stay as guards of the whole rule
    ("« Nous rouvrirons la piscine », a affirmé le conseiller chargé des relations avec le maire, "
     "Jacques Fabre.", "Nous rouvrirons la piscine", None, None),
    ("Le maire Paul Roux a visité le chantier. « Nous rouvrirons la piscine », a confié le "
     "maire de Saint-Aubin à son adjoint, Jacques Fabre.", "Nous rouvrirons la piscine",
     "Paul Roux", "male"),
    # must not: a long phrase after the mention is no complement of its noun
    ("Le maire Paul Roux a visité le chantier. « Nous rouvrirons la piscine », a confié le "
     "maire de Saint-Aubin à la sortie de la longue réunion publique de lundi soir, Jacques "
     "Fabre.", "Nous rouvrirons la piscine", "Paul Roux", "male"),
    # must not: the phrase hangs off the verb in the parse, not off the description's noun
    ("Le maire de Saint-Aubin, Marc Delorme, a visité l'école. « Nous rouvrirons la piscine », "
     "a confié le maire de Saint-Aubin à son fils, Paul Roux.", "Nous rouvrirons la piscine",
     "Marc Delorme", "male"),
    ("« Nous rouvrirons la piscine », a confié le maire de Saint-Aubin à son fils, Paul Roux.",
     "Nous rouvrirons la piscine", None, None),
    ("Le maire de Saint-Aubin, Marc Delorme, a visité l'école. « Nous rouvrirons la piscine », "
     "a confié le maire de Saint-Aubin au journal, Paul Roux.", "Nous rouvrirons la piscine",
     "Marc Delorme", "male"),
    ("Le maire de Saint-Aubin, Marc Delorme, a visité l'école. « Nous rouvrirons la piscine », "
     "a confié le maire de Saint-Aubin en présence de son rival, Paul Roux.",
     "Nous rouvrirons la piscine", "Marc Delorme", "male"),
    # must not: the name's own gender (first name, « son épouse ») is not the description's
    ("« Nous rouvrirons la piscine », a confié le maire de Saint-Aubin à sa voisine, Claire "
     "Roux.", "Nous rouvrirons la piscine", None, None),
    ("Le maire de Saint-Aubin, Marc Delorme, a visité l'école. « Nous rouvrirons la piscine », "
     "a confié le maire de Saint-Aubin à son épouse, Claire Roux.", "Nous rouvrirons la piscine",
     "Marc Delorme", "male"),
    ("« Nous rouvrirons la piscine », a confié le maire de Saint-Aubin à son épouse, Dominique "
     "Roux.", "Nous rouvrirons la piscine", None, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), PAST_A_COMPLEMENT)
def test_the_name_past_a_complement(nlp, text, said, speaker, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.gender) == (speaker, gender)


# (text, words said, speaker, role, gender)
BRACKETED_ADJECTIVE = [
    # fire: the adjective in brackets is the body's: the first name says hers, a masculine
    # role with an epicene first name nothing
    ("La secrétaire générale du syndicat (chrétien), Marie-Hélène Bosquet, a déclaré que la "
     "grève continuerait.", "la grève continuerait", "Marie-Hélène Bosquet",
     "secrétaire générale du syndicat", "female"),
    ("Le directeur de la radio (publique), Dominique Lestrade, a déclaré que l'antenne "
     "rouvrirait.", "l'antenne rouvrirait", "Dominique Lestrade", "directeur de la radio",
     None),
    # must not: an adjective opening the clause before the name still agrees with it
    ("Encore émue, Dominique Lestrade a raconté que l'eau était montée en une heure.",
     "l'eau était montée en une heure", "Dominique Lestrade", None, "female"),
    ("Interrogé lundi, Dominique Lestrade a affirmé que l'usine fermerait.",
     "l'usine fermerait", "Dominique Lestrade", None, "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"),
                         APPOSED + BRACKETED_ADJECTIVE)
def test_the_name_past_brackets(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


# (text, the unnamed one's role and gender, who the words after it name)
SINCE = [
    # fire: the one person of its gender named since with its role
    ("Leur directeur a confirmé la fermeture. Nous avons vu devant la grille le directeur du "
     "site, Paul Ribot, entouré de salariés.", "directeur", "m", "Paul Ribot"),
    ("Leur avocate a refusé de commenter. Nous avons joint lundi Me Léa Fontaine, avocate de "
     "la famille, et Paul Ribot, voisin.", "avocate", "f", "Léa Fontaine"),
    # must not: named since without the role, or two who hold it
    ("Leur avocate a refusé de commenter. Nous avons joint lundi Léa Fontaine, voisine de la "
     "famille.", "avocate", "f", None),
    ("Leur avocat a refusé de commenter. Nous avons joint Me Paul Ribot, avocat de la mère, et "
     "Me Marc Dutour, avocat du père.", "avocat", "m", None),
]


@pytest.mark.parametrize(("text", "role", "gender", "named"), SINCE)
def test_the_unnamed_one_named_since_with_its_role(nlp, text, role, gender, named):
    from quotes.attribute.cast import Registry
    from quotes.attribute.description_ties import named_since
    from quotes.attribute.speakers import Resolved

    who = Resolved(None, role, "person", "description", gender=gender)
    found = named_since(Registry(nlp(text)), who, 0, len(text), set())
    assert (found.name if found else None) == named


# (text, words said, speaker, role, gender)
SPOKEN_OF = [
    # fire: the one the quote's own words name, even in brackets or by the surname alone, is
    # whom the speaker speaks of, not the speaker
    ("Lucas Ferrand a battu lundi Hugo Marchal en finale à Rouen. « Je remercie mon entraîneur "
     "(Marchal) pour ces années », a conclu le Lyonnais.",
     "Je remercie mon entraîneur (Marchal) pour ces années", "Lucas Ferrand", None, "male"),
    ("Claire Vasseur a remplacé lundi Julie Perrin à la tête du club. « Je salue le travail de "
     "Julie Perrin », a déclaré la Lyonnaise.", "Je salue le travail de Julie Perrin",
     "Claire Vasseur", None, "female"),
    ("Claire Vasseur a remplacé lundi Julie Perrin à la tête du club. « Je salue le travail de "
     "Perrin », a déclaré la Lyonnaise.", "Je salue le travail de Perrin", "Claire Vasseur",
     None, "female"),
    # must not: the one named last, when the words name someone else; another quote's words
    # bar no one from this one
    ("Claire Vasseur a remplacé lundi Julie Perrin à la tête du club. « Je salue Claire "
     "Vasseur », a déclaré la Lyonnaise.", "Je salue Claire Vasseur", "Julie Perrin", None,
     "female"),
    ("Claire Vasseur a remplacé lundi Julie Perrin à la tête du club. « Je salue le travail de "
     "Julie Perrin », a déclaré la Lyonnaise. « Le club ira loin », a ajouté la Lyonnaise.",
     "Le club ira loin", "Julie Perrin", None, "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), SPOKEN_OF)
def test_not_the_one_the_words_name(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


# (text, words said, speaker, role)
NATIONS = [
    # fire: a description that says its country is not one whose roles say another
    ("Le président polonais Adam Nowak était mardi à Paris pour rencontrer Marc Salin. "
     "« L'Europe doit rester unie », a déclaré le président français.",
     "L'Europe doit rester unie", "Marc Salin", "président français"),
    ("Le président polonais Adam Nowak était mardi à Paris pour rencontrer Marc Salin. "
     "« L'Europe doit rester unie », a déclaré le chef de l'État français.",
     "L'Europe doit rester unie", "Marc Salin", "chef de l'État français"),
    ("La ministre polonaise Ewa Kowal a reçu lundi Claire Dumas. « Nous partageons les mêmes "
     "vues », a dit la ministre française.", "Nous partageons les mêmes vues", None,
     "ministre française"),
    # must not: the same country, no country said by the description or by the role
    ("Le président polonais Adam Nowak était mardi à Paris pour rencontrer Marc Salin. "
     "« L'Europe doit rester unie », a déclaré le président polonais.",
     "L'Europe doit rester unie", "Adam Nowak", "président polonais"),
    ("Le président polonais Adam Nowak était mardi à Paris. « L'Europe doit rester unie », a "
     "déclaré le chef de l'État.", "L'Europe doit rester unie", "Adam Nowak",
     "président polonais"),
    ("Le président Adam Nowak était mardi à Paris. « L'Europe doit rester unie », a déclaré le "
     "président français.", "L'Europe doit rester unie", "Adam Nowak", "président français"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), NATIONS)
def test_another_country(nlp, text, said, speaker, role):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role) == (speaker, role)


# ---- a bare role noun after a bare one of the same unnamed person: the fuller form the article
# gave before both (``description_ties.fuller``). (text, words said, role)
FULLER_ON = [
    # fire: the second « la procureure » shows what the first one showed
    ("Un homme a été arrêté à Vernac. La procureure de la République de Vernac a tenu une "
     "conférence de presse. « Le suspect a avoué », a précisé la procureure. « Il sera jugé en "
     "mai », a ajouté la procureure.", "Il sera jugé en mai",
     "procureure de la République de Vernac"),
    # must not: no fuller form given, the bare noun stays; another gender is someone else
    ("Un homme a été arrêté à Vernac. « Le suspect a avoué », a précisé la procureure. « Il "
     "sera jugé en mai », a ajouté la procureure.", "Il sera jugé en mai", "procureure"),
    ("Un homme a été arrêté à Vernac. La procureure de la République de Vernac a tenu une "
     "conférence de presse. « Le suspect a avoué », a précisé la procureure. « Il sera jugé en "
     "mai », a ajouté le procureur.", "Il sera jugé en mai", "procureur"),
]


@pytest.mark.parametrize(("text", "said", "role"), FULLER_ON)
def test_a_bare_noun_after_a_bare_noun(nlp, text, said, role):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role) == (None, role)
