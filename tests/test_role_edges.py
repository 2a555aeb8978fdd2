"""Where a role's words begin and end (quotes/attribute/role_edges.py), on made-up sentences:
one row a construction, with rows where the cut must not happen."""

import pytest
from conftest import quote_said

from quotes.attribute.mention_names import role_in_mention
from quotes.attribute.role_extent import role_span, written_singular
from quotes.attribute.roles import roles_near

SPANS = [
    # (text, the words handed to role_span, the role it keeps or None)
    # ---- a role never ends inside a hyphenated word
    ("Le procureur de Lons-Vaudrey a parlé.", "procureur de Lons", "procureur de Lons-Vaudrey"),
    ("La directrice de la Croix-Rouge a parlé.", "directrice de la Croix",
     "directrice de la Croix-Rouge"),
    # must not: a word that ends where the span does, or a hyphen with spaces around it
    ("Le procureur de Brest a parlé.", "procureur de Brest", "procureur de Brest"),
    ("Le maire de Vire - une commune du Calvados - a parlé.", "maire de Vire", "maire de Vire"),
    # ---- a page's date or number before the role is no part of it
    (" date 2019-04 Le grand patron de l'Office des forêts a parlé.",
     "04 Le grand patron de l'Office des forêts", "grand patron de l'Office des forêts"),
    ("12 La directrice du musée a parlé.", "12 La directrice du musée", "directrice du musée"),
    # ---- an outlet or a time before the role's own article is no part of it
    ("Sur RTL le préfet de police a parlé.", "RTL le préfet de police", "préfet de police"),
    ("Mardi soir la directrice du musée a parlé.", "soir la directrice du musée",
     "directrice du musée"),
    # must not: an article after the role noun, a noun the role is the complement of
    ("Le directeur de la banque a parlé.", "directeur de la banque", "directeur de la banque"),
    ("La fille du maire a parlé.", "fille du maire", None),
    # must not: a number inside the role
    ("Le maire du 15e arrondissement a parlé.", "maire du 15e arrondissement",
     "maire du 15e arrondissement"),
    ("Le président du G20 a parlé.", "président du G20", "président du G20"),
    # ---- the acronym of the body's name the role ends on is no part of it (GUIDELINES « A
    # bracket after a role's last word »); one with more of the role after it stays
    ("Le président de la Fédération française de voile (FFV), Paul Morel, a parlé.",
     "président de la Fédération française de voile (FFV)",
     "président de la Fédération française de voile"),
    ("Paul Morel, porte-parole du Parti socialiste (PS), a parlé.",
     "porte-parole du Parti socialiste (PS)", "porte-parole du Parti socialiste"),
    ("Paul Morel, président de la Fédération française de voile (FFV) depuis 2015, a parlé.",
     "président de la Fédération française de voile (FFV) depuis 2015",
     "président de la Fédération française de voile"),
    ("Paul Morel, maire de Dole (LR) depuis 2014, a parlé.", "maire de Dole (LR) depuis 2014",
     "maire de Dole"),
    ("Paul Morel, directeur de l'Office des forêts (ODF) de Corse, a parlé.",
     "directeur de l'Office des forêts (ODF) de Corse",
     "directeur de l'Office des forêts (ODF) de Corse"),
    # must not: a party or a place in brackets after the role
    ("Paul Morel, maire de Dole (LR), a parlé.", "maire de Dole (LR)", "maire de Dole"),
    ("Paul Morel, délégué syndical (CGT), a parlé.", "délégué syndical (CGT)",
     "délégué syndical"),
    ("Paul Morel, médecin à Vire (Calvados), a parlé.", "médecin à Vire (Calvados)",
     "médecin à Vire"),
    # ---- another person's name ends the role
    ("Côté italien, la ministre de la Culture Giulia Bertolucci-Ferri a salué le projet.",
     "ministre de la Culture Giulia Bertolucci-Ferri", "ministre de la Culture"),
    ("Le secrétaire d'État aux Sports Paul Morel a salué le projet.",
     "secrétaire d'État aux Sports Paul Morel", "secrétaire d'État aux Sports"),
    # a name of one word after the role's adjective (``one_word_name``)
    ("Le public pleure la chanteuse belge Maëlys, morte lundi.", "chanteuse belge Maëlys",
     "chanteuse belge"),
    ("Le chanteur marseillais Kazo a salué le projet.", "chanteur marseillais Kazo",
     "chanteur marseillais"),
    # must not: a body the recogniser labels, a role noun, a word right after the noun
    ("Le député européen Renaissance a salué le projet.", "député européen Renaissance",
     "député européen Renaissance"),
    # must not: a name of two capitalised words after the adjective, a body's (« Canal Plus »)
    ("Le journaliste sportif Canal Plus a salué le projet.", "journaliste sportif Canal Plus",
     "journaliste sportif Canal Plus"),
    # must not: a body's name, or a name the role is of (« de »)
    ("Le directeur de la Banque Postale a salué le projet.", "directeur de la Banque Postale",
     "directeur de la Banque Postale"),
    ("Le président du Real Madrid a salué le projet.", "président du Real Madrid",
     "président du Real Madrid"),
    ("Le directeur du lycée Jean Moulin a salué le projet.", "directeur du lycée Jean Moulin",
     "directeur du lycée Jean Moulin"),
    ("Anne Roy, présidente de la communauté de communes Vire Lande Agglo, a parlé.",
     "présidente de la communauté de communes Vire Lande Agglo",
     "présidente de la communauté de communes Vire Lande Agglo"),
    ("Le patron de Lumen Pictures France a salué le projet.",
     "patron de Lumen Pictures France", "patron de Lumen Pictures France"),
    # ---- a participle with its agent, a clitic of the verb: the narration's, not the role's
    ("Le chauffeur cité par la presse a parlé.", "chauffeur cité par la presse", "chauffeur"),
    ("Le ministre libéral s'est permis un mot.", "ministre libéral s'", "ministre libéral"),
    # must not: a participle that is part of the role, without « par »
    ("Le délégué chargé des écoles a parlé.", "délégué chargé des écoles",
     "délégué chargé des écoles"),
    ("La directrice adjointe a parlé.", "directrice adjointe", "directrice adjointe"),
    # ---- the verb right after the role noun, read as a noun or an adjective
    ("Le maire juge la décision injuste.", "maire juge la décision injuste", "maire"),
    ("La préfète garde malgré tout espoir.", "préfète garde malgré tout espoir", "préfète"),
    # must not: an adjective or a noun of the role, before its complement or a superlative
    ("Le ministre garde des Sceaux a parlé.", "ministre garde des Sceaux",
     "ministre garde des Sceaux"),
    ("La ministre déléguée la plus jeune a parlé.", "ministre déléguée la plus jeune",
     "ministre déléguée"),  # a superlative after the noun is no part of the function
    ("Le directeur général toujours en poste a parlé.", "directeur général toujours en poste",
     "directeur général toujours en poste"),
    ("Le maire sortant ce lundi a parlé.", "maire sortant ce lundi", "maire sortant"),
    # ---- a time after the role, another person joined by « et » and a determiner
    ("a dit le Premier ministre letton quelques heures après la crue.",
     "Premier ministre letton quelques heures après la crue", "Premier ministre letton"),
    ("La maire de Vire lundi a parlé.", "maire de Vire lundi", "maire de Vire"),
    ("Le ministre de l'Agriculture et son secrétaire d'État iront à Rennes.",
     "ministre de l'Agriculture et son secrétaire d'État", "ministre de l'Agriculture"),
    ("La présidente du club et la trésorière iront à Rennes.",
     "présidente du club et la trésorière", "présidente du club"),
    # the « de » of a complement before another person's singular title (« et du », « et de
    # la »): two people met, not one office
    ("En présence de la ministre de la Culture et du directeur du musée, la séance a débuté.",
     "ministre de la Culture et du directeur du musée", "ministre de la Culture"),
    ("Aux côtés du maire de Vire et de la directrice de l'école, la séance a débuté.",
     "maire de Vire et de la directrice de l'école", "maire de Vire"),
    ("En présence de la ministre de la Santé et du directeur général de l'hôpital, la séance "
     "a débuté.", "ministre de la Santé et du directeur général de l'hôpital",
     "ministre de la Santé"),
    # must not: the complement of a role no « de » opened (an apposition, a subject) naming
    # two people
    ("Marc Dufour, conseiller du président et du Premier ministre, a parlé.",
     "conseiller du président et du Premier ministre",
     "conseiller du président et du Premier ministre"),
    ("Paul Giraud, avocat du maire et de la directrice, a parlé.",
     "avocat du maire et de la directrice", "avocat du maire et de la directrice"),
    # must not: a second complement of one office, nor a plural after « et des »
    ("La ministre de l'Écologie et de la Transition a parlé.",
     "ministre de l'Écologie et de la Transition", "ministre de l'Écologie et de la Transition"),
    ("Le président de l'union des maires et des élus ruraux a parlé.",
     "président de l'union des maires et des élus ruraux",
     "président de l'union des maires et des élus ruraux"),
    ("Le président ou le vice-président du club iront à Rennes.",
     "président ou le vice-président du club", "président"),
    ("Le maire de Dole et son épouse iront à Rennes.", "maire de Dole et son épouse",
     "maire de Dole"),
    # must not: « et » and a determiner inside a body's name, before no role noun
    ("Le président de la Fondation pour la Nature et l'Homme a parlé.",
     "président de la Fondation pour la Nature et l'Homme",
     "président de la Fondation pour la Nature et l'Homme"),
    # must not: a time inside a complement, a role joined to another of the same person
    ("Le chef de l'équipe de nuit a parlé.", "chef de l'équipe de nuit",
     "chef de l'équipe de nuit"),
    ("Le directeur du festival des 3 jours a parlé.", "directeur du festival des 3 jours",
     "directeur du festival des 3 jours"),
    ("Le ministre de l'Économie et des Finances a parlé.",
     "ministre de l'Économie et des Finances", "ministre de l'Économie et des Finances"),
    ("Le président de la République et chef des armées a parlé.",
     "président de la République et chef des armées",
     "président de la République et chef des armées"),
    # ---- what the narration says of the holder ends the role: its occasion or subject, a
    # present participle, « sur » after a body's or a place's name, a date
    ("Paul Morel, entraîneur de Nantes après la défaite contre Brest, a parlé.",
     "entraîneur de Nantes après la défaite contre Brest", "entraîneur de Nantes"),
    ("Paul Morel, maire de Lyon à propos de la fermeture, a parlé.",
     "maire de Lyon à propos de la fermeture", "maire de Lyon"),
    ("Paul Morel, maire de Lyon à l'issue du conseil, a parlé.",
     "maire de Lyon à l'issue du conseil", "maire de Lyon"),
    ("Paul Morel, maire de Lyon lors de la visite, a parlé.",
     "maire de Lyon lors de la visite", "maire de Lyon"),
    ("Anne Roy, la ministre tchèque de la jeunesse estimant que tout va bien.",
     "ministre tchèque de la jeunesse estimant que tout va bien",
     "ministre tchèque de la jeunesse"),
    ("Paul Morel, président du Parti vert sur le départ de son ministre, a parlé.",
     "président du Parti vert sur le départ de son ministre", "président du Parti vert"),
    ("Paul Morel, élu (FO) du CSE sur le site de Vire, a parlé.",
     "élu (FO) du CSE sur le site de Vire", "élu (FO) du CSE"),
    ("Paul Morel, maire de Lyon avant le vote du budget, a parlé.",
     "maire de Lyon avant le vote du budget", "maire de Lyon"),
    ("Paul Morel, maire de Lyon concernant la fermeture, a parlé.",
     "maire de Lyon concernant la fermeture", "maire de Lyon"),
    ("Paul Morel, maire de Lyon quant à la fermeture, a parlé.",
     "maire de Lyon quant à la fermeture", "maire de Lyon"),
    ("Paul Morel, maire de Lyon au sujet de la fermeture, a parlé.",
     "maire de Lyon au sujet de la fermeture", "maire de Lyon"),
    ("Paul Morel, maire de Lyon au lendemain du conseil, a parlé.",
     "maire de Lyon au lendemain du conseil", "maire de Lyon"),
    ("Paul Morel, maire de Lyon à la veille du conseil, a parlé.",
     "maire de Lyon à la veille du conseil", "maire de Lyon"),
    ("Paul Morel, maire de Lyon à la suite du conseil, a parlé.",
     "maire de Lyon à la suite du conseil", "maire de Lyon"),
    ("Paul Morel, maire de Lyon en 2019, a parlé.", "maire de Lyon en 2019", "maire de Lyon"),
    ("Paul Morel, maire de Lyon le 3 mars, a parlé.", "maire de Lyon le 3 mars",
     "maire de Lyon"),
    # must not: the words inside the role's own name, « sur » after a common noun or a
    # body's noun, a participle that is an adjective of the role
    ("Paul Morel, directeur du service après-vente, a parlé.",
     "directeur du service après-vente", "directeur du service après-vente"),
    ("Paul Morel, chef de l'avant du club, a parlé.", "chef de l'avant du club",
     "chef de l'avant du club"),
    ("Paul Morel, rapporteur du projet de loi sur l'eau, a parlé.",
     "rapporteur du projet de loi sur l'eau", "rapporteur du projet de loi sur l'eau"),
    ("Anne Roy, présidente de la commission d'enquête sur les crues, a parlé.",
     "présidente de la commission d'enquête sur les crues",
     "présidente de la commission d'enquête sur les crues"),
    ("Paul Morel, président de la Commission sur l'avenir du rail, a parlé.",
     "président de la Commission sur l'avenir du rail",
     "président de la Commission sur l'avenir du rail"),
    ("Paul Morel, président du conseil départemental sortant, a parlé.",
     "président du conseil départemental sortant",
     "président du conseil départemental sortant"),
    ("Paul Morel, maire du 3e arrondissement de Lyon, a parlé.",
     "maire du 3e arrondissement de Lyon", "maire du 3e arrondissement de Lyon"),
    # ---- a comma before a complement with its article goes on with the role's own name
    ("Anne Roy, ministre de la Santé, de la Famille et des Solidarités, a parlé.",
     "ministre de la Santé, de la Famille et des Solidarités",
     "ministre de la Santé, de la Famille et des Solidarités"),
    ("Paul Morel, ministre de l'Économie, des Finances et du Budget, a parlé.",
     "ministre de l'Économie, des Finances et du Budget",
     "ministre de l'Économie, des Finances et du Budget"),
    ("La ministre de l' Industrie, de l' Énergie et des Mines a parlé.",
     "ministre de l' Industrie, de l' Énergie et des Mines",
     "ministre de l' Industrie, de l' Énergie et des Mines"),
    # must not: « de » without its article, another person joined by « , et »
    ("Paul Morel, maire de Lyon, de passage à Paris, a parlé.",
     "maire de Lyon, de passage à Paris", "maire de Lyon"),
    ("La ministre de la Santé, et le ministre de l'Intérieur ont parlé.",
     "ministre de la Santé, et le ministre de l'Intérieur", "ministre de la Santé"),
    # ---- a reporting verb after a quote's comma is no role noun
    ("« Ce n'est pas fini », juge Anne Roy.", "juge", None),
    ("« Tout ira bien », juge Paul Morel devant la presse.", "juge", None),
    # must not: the noun with its article, or in an apposition
    ("« Ce n'est pas fini », a dit la juge Anne Roy.", "juge", "juge"),
    ("Anne Roy, juge des enfants à Lyon, a parlé.", "juge des enfants à Lyon",
     "juge des enfants à Lyon"),
    # ---- where the holder stands as they speak, an adverb before a word of occasion: no part
    # of the role (lexicon/presence_places.txt)
    ("Paul Morel, le porte-parole des pompiers sur place, a parlé.",
     "porte-parole des pompiers sur place", "porte-parole des pompiers"),
    ("Anne Roy, la gendarme sur les lieux, a parlé.", "gendarme sur les lieux", "gendarme"),
    ("« Tout ira bien », a dit le président juste avant son départ.",
     "président juste avant son départ", "président"),
    # must not: a presence phrase before the role's body, or a word it makes with « de »
    ("Paul Morel, le représentant sur place de la Croix-Rouge, a parlé.",
     "représentant sur place de la Croix-Rouge", "représentant sur place de la Croix-Rouge"),
    ("Anne Roy, l'envoyée spéciale sur place de l'ONU, a parlé.",
     "envoyée spéciale sur place de l'ONU", "envoyée spéciale sur place de l'ONU"),
    ("Paul Morel, le directeur de la sécurité sur les lieux de travail, a parlé.",
     "directeur de la sécurité sur les lieux de travail",
     "directeur de la sécurité sur les lieux de travail"),
    # but « sur les lieux » before « du » and a noun of the scene still ends it
    ("Anne Roy, la gendarme sur les lieux du drame, a parlé.", "gendarme sur les lieux du drame",
     "gendarme"),
    # must not: a complement of the role's own, an adverb of the role
    ("Paul Morel, le responsable de la place forte, a parlé.",
     "responsable de la place forte", "responsable de la place forte"),
    ("Anne Roy, députée non inscrite de la Drôme, a parlé.",
     "députée non inscrite de la Drôme", "députée non inscrite de la Drôme"),
    # ---- « au » read as the title's article: a role never opens on « à » and an article
    ("Quant au Premier ministre tchèque, Paul Morel, il a parlé.", "au Premier ministre tchèque",
     "Premier ministre tchèque"),
    ("Quant aux directeurs du musée, Anne Roy et Paul Morel, ils ont parlé.",
     "aux directeurs du musée", "directeurs du musée"),
    # must not: « au » as the preposition it is (to whom, no role); « le » a role's article
    ("Anne Roy a parlé au juge de Vire.", "au juge de Vire", None),
    ("Paul Morel, le Maire de Vire, a parlé.", "le Maire de Vire", "Maire de Vire"),
    # ---- an age ends a function (GUIDELINES « Ages »: an age is no part of a role), a kind
    # noun's too (« la dirigeante »); after a noun of a state, it makes a periphrasis, no role
    # (``functions.function``)
    ("Le maire de 54 ans a parlé.", "maire de 54 ans", "maire"),
    ("Le cardinal âgé de 74 ans a parlé.", "cardinal âgé de 74 ans", "cardinal"),
    ("La dirigeante de 52 ans a parlé.", "dirigeante de 52 ans", "dirigeante"),
    ("Le religieux de 69 ans a parlé.", "religieux de 69 ans", None),
    # must not: a number that is no age stays in the role
    ("Le président de 12 communes a parlé.", "président de 12 communes",
     "président de 12 communes"),
    # ---- a capitalised particle and word after a name end the name: no role noun there
    ("Paul Le Maire a parlé.", "Le Maire", None),
    ("Anne La Juge a parlé.", "La Juge", None),
    # must not: a role after a name and its comma, or after a word that is no name
    ("Paul Morel, Le Maire de Vire, a parlé.", "Le Maire de Vire", "Maire de Vire"),
    ("Selon Le Maire de Vire, tout va bien.", "Le Maire de Vire", "Maire de Vire"),
    # ---- a finite verb ends the role: the words handed over ran into the holder's clause
    ("Lors de sa visite, le procureur de Brest a déclaré que le gardien a avoué.",
     "procureur de Brest a déclaré", "procureur de Brest"),
    ("Le maire de Vire estime que tout va bien.", "maire de Vire estime", "maire de Vire"),
    # must not: a participle of the office, nor a role noun, is no finite verb
    ("Le ministre délégué aux Transports a parlé.", "ministre délégué aux Transports",
     "ministre délégué aux Transports"),
    ("La directrice générale déléguée de la banque a parlé.",
     "directrice générale déléguée de la banque", "directrice générale déléguée de la banque"),
    # must not: a finite verb of a body's name, capitalised or with its own subject after the
    # role noun, ends no role
    ("Le président de l'association Vivons mieux a parlé.",
     "président de l'association Vivons mieux a parlé", "président de l'association Vivons mieux"),
    ("La présidente de l'association Je suis là a parlé.",
     "présidente de l'association Je suis là a parlé", "présidente de l'association Je suis là"),
    ("Le président du club Nous sommes Lyon a parlé.", "président du club Nous sommes Lyon a parlé",
     "président du club Nous sommes Lyon"),
    ("Le président de la commission Sauvons le climat a parlé.",
     "président de la commission Sauvons le climat a parlé",
     "président de la commission Sauvons le climat"),
    # must not: an adjective of place the tagger reads as an imperfect (« lorientais ») is the
    # noun's adjective, no verb
    ("Le défenseur lorientais a été récompensé.", "défenseur lorientais a été récompensé",
     "défenseur lorientais"),
]


@pytest.mark.parametrize(("text", "words", "role"), SPANS)
def test_where_a_role_begins_and_ends(nlp, text, words, role):
    doc = nlp(text)
    lo = text.index(words)
    span = doc.char_span(lo, lo + len(words), alignment_mode="expand")
    assert span is not None
    found = role_span(doc, span.start, span.end)
    assert (found[0] if found else None) == role
    if found:
        assert text[found[1] : found[2]] == found[0]


TITLES = [
    # (text, the name, the title before it in the cast and in the subject's words)
    # ---- another person's title joined by « et », « ou » and a determiner: the name's is the last
    ("Le ton est monté entre le ministre et le rapporteur Paul Morel.", "Paul Morel",
     "rapporteur"),
    ("Le président ou le nouveau vice-président Paul Morel a parlé.", "Paul Morel",
     "nouveau vice-président"),
    # must not: no role noun after the determiner, no determiner, a comma before the name
    ("La directrice du Centre pour la Culture et les Arts Anne Roy a parlé.", "Anne Roy",
     "directrice du Centre pour la Culture et les Arts"),
    ("Le président et directeur général Paul Morel a parlé.", "Paul Morel",
     "président et directeur général"),
    ("Le président et le fondateur du club, Paul Morel, a parlé.", "Paul Morel", "président"),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLES)
def test_the_title_before_a_name_after_another_persons(nlp, text, name, title):
    doc = nlp(text)
    at = text.index(name)
    ent = doc.char_span(at, at + len(name))
    assert ent is not None
    near = roles_near(ent)
    assert [r[0] for r in near] == [title]
    found = role_in_mention(doc, 0, ent.end_char, ent)
    assert found is not None and found[0] == title


ROWS = [
    # (text, quote, speaker, role)
    ("« Ils ont pu se tromper », juge Sophie, la sœur du patient.", "Ils ont pu se tromper",
     "Sophie", None),
    ("« Le dossier est vide », juge Marc Petit, un voisin.", "Le dossier est vide",
     "Marc Petit", None),
    ("Selon les propos du chauffeur rapportés par le procureur de Nantes Paul Morel, « le camion "
     "a glissé ».", "le camion a glissé", "Paul Morel", "procureur de Nantes"),
    ("« Les secours manquent de tout », a déclaré lundi à Genève Anne Roy, directrice pour "
     "l'Afrique de la Fédération internationale de la Croix-Rouge.",
     "Les secours manquent de tout", "Anne Roy",
     "directrice pour l'Afrique de la Fédération internationale de la Croix-Rouge"),
    ("Le procureur de Montfort-Levêque a ouvert une enquête. « Il y a un problème », a ainsi "
     "déclaré Marc Petit.", "Il y a un problème", "Marc Petit", "procureur de Montfort-Levêque"),
    # an agent noun the lexicon lacks, with its field (« de » and a bare noun) before the name
    ("Très ému, le luthier de guitare folk Paul Morel a réagi. « Tu nous manques », a-t-il "
     "écrit.", "Tu nous manques", "Paul Morel", "luthier de guitare folk"),
    ("Très ému, le ferronnier d'art Marc Petit a réagi. « Tu nous manques », a-t-il écrit.",
     "Tu nous manques", "Marc Petit", "ferronnier d'art"),
    # must not: a complement with an article (someone else's role), a place's noun
    ("Le soutien du président Paul Morel a compté. « Nous tiendrons », a-t-il dit.",
     "Nous tiendrons", "Paul Morel", "président"),
    ("La visite de la maison de campagne Paul Morel a eu lieu. « Nous tiendrons », a-t-il dit.",
     "Nous tiendrons", "Paul Morel", None),
    # an apposition whose title's complements go on after a comma, past the reading window
    ("« Les retards vont cesser », a prévenu Anne Roy, la ministre tchèque de l'éducation "
     "nationale, de l'enseignement supérieur et de la recherche scientifique.",
     "Les retards vont cesser", "Anne Roy", "ministre tchèque de l'éducation nationale, de "
     "l'enseignement supérieur et de la recherche scientifique"),
    pytest.param(
        "« Nous tiendrons », a dit Paul Morel, secrétaire d'État au Commerce, à l'Artisanat et "
        "au Tourisme.", "Nous tiendrons", "Paul Morel",
        "secrétaire d'État au Commerce, à l'Artisanat et au Tourisme",
        marks=pytest.mark.xfail(strict=True, reason="only complements with « de » go on after "
                                "a comma: « , à la » also opens where or to whom it was said")),
    ("« Nous tiendrons », a dit Anne Roy, ministre des Sports, des Loisirs et de la Jeunesse.",
     "Nous tiendrons", "Anne Roy", "ministre des Sports, des Loisirs et de la Jeunesse"),
    # must not: « de » without an article, another person after « , et »
    ("« Nous tiendrons », a dit Paul Morel, maire de Lyon, de passage à Paris.",
     "Nous tiendrons", "Paul Morel", "maire de Lyon"),
    ("« Nous tiendrons », a dit Paul Morel, directeur du port, et Anne Roy l'a approuvé.",
     "Nous tiendrons", "Paul Morel", "directeur du port"),
    # an apposition longer than the reading window, cut at « et »: one more field of the same
    # function after « et de » is read on
    ("« Tout va bien », souligne le professeur Paul Morel, le chef de service de cardiologie et "
     "de médecine du sport de l'hôpital Saint-Louis.", "Tout va bien", "Paul Morel",
     "chef de service de cardiologie et de médecine du sport de l'hôpital Saint-Louis"),
    ("« Tout va bien », rassure le professeur Paul Morel, chef du service de cardiologie et "
     "d'endocrinologie de l'hôpital Saint-Louis, à l'origine de cette opération.",
     "Tout va bien", "Paul Morel",
     "chef du service de cardiologie et d'endocrinologie de l'hôpital Saint-Louis"),
    # must not: another person's function after « et de », a relative
    ("« Tout va bien », a dit Paul Morel, conseiller spécial du directeur général de l'hôpital "
     "Saint-Louis et de la ministre de la Santé.", "Tout va bien", "Paul Morel",
     "conseiller spécial du directeur général de l'hôpital Saint-Louis"),
    ("« Tout va bien », a dit Paul Morel, conseiller spécial du directeur général de l'hôpital "
     "Saint-Louis et de sa mère.", "Tout va bien", "Paul Morel",
     "conseiller spécial du directeur général de l'hôpital Saint-Louis"),
    # must not: a surname with a particle takes no role from it; the article's own shows
    ("Paul Le Maire était l'invité du journal. Le ministre a annoncé un recul. Paul Le Maire a "
     "abaissé la prévision. « C'est du bon sens », a plaidé le ministre.", "C'est du bon sens",
     "Paul Le Maire", "ministre"),
    # a role cut before a one-word name is that person's: no other holder of the noun restates
    # it (``restated.names_someone``)
    ("Le public pleure la chanteuse belge Maëlys, morte lundi. La chanteuse Anne Roy a réagi. "
     "« Elle était unique », a-t-elle dit.", "Elle était unique", "Anne Roy", "chanteuse"),
    ("Le public pleure la chanteuse belge Maëlys, morte lundi. « Elle était unique », a dit la "
     "chanteuse Anne Roy.", "Elle était unique", "Anne Roy", "chanteuse"),
    # must not: the role before the holder's own name stays hers
    ("La chanteuse belge Anne Roy a réagi lundi. « Elle était unique », a dit la chanteuse.",
     "Elle était unique", "Anne Roy", "chanteuse belge"),
    # … nor one whose name comes after the field of work of its participle of charge
    ("Le ministre de l'Économie, Paul Roux, a parlé dimanche. Il sera lundi avec le ministre "
     "délégué chargé de l'Industrie, Marc Vial, à Dole. Interrogé sur la vente, le ministre a "
     "répondu que « rien n'est fait ».", "« rien n'est fait »", "Paul Roux",
     "ministre de l'Économie"),
    # with no name after it, another minister met is taken for a restatement of the one minister
    pytest.param(
        "Le ministre de l'Économie, Paul Roux, a parlé dimanche. Il sera lundi avec le ministre "
        "délégué chargé de l'Industrie à Dole. Interrogé sur la vente, le ministre a répondu que "
        "« rien n'est fait ».", "« rien n'est fait »", "Paul Roux", "ministre de l'Économie",
        marks=pytest.mark.xfail(strict=True, reason="« avec le ministre délégué chargé de "
                                "l'Industrie », unnamed, is read as Paul Roux's restated title")),
    # « Quant au » before the title and the name
    ("Quant au Premier ministre tchèque, Paul Morel, il s'est tu. « Rien n'est prouvé », a "
     "ensuite écrit Paul Morel.", "Rien n'est prouvé", "Paul Morel", "Premier ministre tchèque"),
    # must not: « au » before to whom the words were said
    ("« Nous tiendrons », a dit Anne Roy au juge.", "Nous tiendrons", "Anne Roy", None),
    # must not: a title with its article, a role after the name
    ("« Ce n'est pas fini », a dit la juge Anne Roy.", "Ce n'est pas fini", "Anne Roy", "juge"),
    ("« Le camion a glissé », a dit Paul Morel, chauffeur de la société.", "Le camion a glissé",
     "Paul Morel", "chauffeur de la société"),
    # an adjective that judges the holder (lexicon/evaluative_adjectives.txt) is no part of the
    # role; must not: an adjective of office, a role noun's own first word (« haut »)
    ("« Rien n'est joué », a dit Paul Morel, l'irréductible coach du club.", "Rien n'est joué",
     "Paul Morel", "coach du club"),
    ("« Rien n'est joué », a dit Paul Morel, l'ancien coach du club.", "Rien n'est joué",
     "Paul Morel", "ancien coach du club"),
    ("« Rien n'est joué », a dit Paul Morel, haut fonctionnaire de Bercy.", "Rien n'est joué",
     "Paul Morel", "haut fonctionnaire de Bercy"),
    # must not: the listed adjective before a word that is no role noun (« éternel second »,
    # « éternel rival ») is not cut off a role it does not start
    ("« Rien n'est joué », a dit Paul Morel, l'éternel candidat malheureux de Vire.",
     "Rien n'est joué", "Paul Morel", "candidat malheureux de Vire"),
    ("« Rien n'est joué », a dit Paul Morel, l'éternel optimiste du club.", "Rien n'est joué",
     "Paul Morel", None),
    ("« Rien n'est joué », a dit Paul Morel, l'éternel second du club.", "Rien n'est joué",
     "Paul Morel", None),
    # the adjective before an adjective of office, not before the role noun: the rule wants the
    # role noun right after it, so the adjective stays (a gap)
    pytest.param("« Rien n'est joué », a dit Paul Morel, l'inoxydable ancien capitaine des Bleus.",
                 "Rien n'est joué", "Paul Morel", "ancien capitaine des Bleus",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the judging adjective is dropped only right before the role noun; before "
                     "an adjective of office (« ancien », « haut ») it stays in the role"))),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role"), ROWS)
def test_the_role_a_speaker_is_given(nlp, text, quote, speaker, role):
    q = quote_said(nlp, text, quote)
    assert q.speaker.name == speaker
    assert q.speaker.role == role


GENDERED = [
    # (text, quote, speaker, role, gender)
    # ---- a bracket around an acronym that is not the body's name (a party, a ministry's
    # initials) closes a title before the name without ending it; the title is read past it
    ("Ce lundi, la ministre de l’Enseignement supérieur et de la Recherche (MESR), Anne Roy, a "
     "assuré qu’elle ne céderait pas.", "elle ne céderait pas", "Anne Roy",
     "ministre de l’Enseignement supérieur et de la Recherche", "female"),
    ("Ce lundi, la présidente du conseil régional de Bretagne (PS), Anne Roy, a assuré qu’elle "
     "ne céderait pas.", "elle ne céderait pas", "Anne Roy",
     "présidente du conseil régional de Bretagne", "female"),
    # the acronym of the body's name ends the title too, and goes with its bracket; must not: a
    # bracket after the name, or after a noun that is no role, gives none
    ("Ce lundi, le directeur général de l’Agence nationale du sport (ANS), Paul Morel, a assuré "
     "qu’il ne céderait pas.", "il ne céderait pas", "Paul Morel",
     "directeur général de l’Agence nationale du sport", "male"),
    ("Dressant le bilan de l'année, Paul Morel (DVD) explique qu’il a été déçu par les travaux.",
     "il a été déçu par les travaux", "Paul Morel", None, "male"),
    ("Dressant le bilan de l'année devant le conseil municipal (CM), Paul Morel explique qu’il a "
     "été déçu par les travaux.", "il a été déçu par les travaux", "Paul Morel", None, "male"),
    # ---- the outlet or the time between the verb and a title is no part of the title
    ("« Le pont tiendra », a affirmé en fin de journée sur RTL la préfète de la Drôme Claire "
     "Vidal.", "Le pont tiendra", "Claire Vidal", "préfète de la Drôme", "female"),
    ("« Rien ne bouge », a indiqué dans la soirée sur Europe 1 le directeur du port Paul Morel.",
     "Rien ne bouge", "Paul Morel", "directeur du port", "male"),
    ("« Le pont tiendra », a assuré en début de soirée à l'AFP la préfète de la Drôme Claire "
     "Vidal.", "Le pont tiendra", "Claire Vidal", "préfète de la Drôme", "female"),
    # ---- a relative before the role, after an article too: the role is someone else's
    ("« Le pont tiendra », a affirmé sur RTL l'épouse du préfet, Claire Vidal.",
     "Le pont tiendra", "Claire Vidal", None, "female"),
    ("« Le pont tiendra », a affirmé mardi la fille du maire, Claire Vidal.", "Le pont tiendra",
     "Claire Vidal", None, "female"),
    # must not: a role noun before « du » is the speaker's own (« l'adjointe du préfet »), and so
    # is the noun after one that is no relative (« l'arrivée du ministre, X »)
    ("« Le pont tiendra », a affirmé sur RTL l'adjointe du préfet, Claire Vidal.",
     "Le pont tiendra", "Claire Vidal", "adjointe du préfet", "female"),
    ("L'arrivée du ministre, Paul Morel, a été saluée. « Tout ira bien », a-t-il dit.",
     "Tout ira bien", "Paul Morel", "ministre", "male"),
    # ---- an apposition whose noun is of the other gender than the first name's is not hers,
    # read past « ex- » (« l'ex-animateur » after « Anne Roy, »: the subject of the verb after)
    ("Le débat animé par Marc Vidal et Anne Roy a surpris. Après quelques minutes, avec Marc "
     "Vidal et Anne Roy, l'ex-animateur du club concède qu'il est seul. « Vous êtes sérieux ? », "
     "lance la coprésentatrice Anne Roy.", "Vous êtes sérieux ?", "Anne Roy", "coprésentatrice",
     "female"),
    # must not: one of her gender, with « ex- » too, or an epicene noun, stays hers
    ("Le débat animé par Marc Vidal et Anne Roy, l'ex-animatrice du club, a surpris. « Vous êtes "
     "sérieux ? », lance Anne Roy.", "Vous êtes sérieux ?", "Anne Roy", "ex-animatrice du club",
     "female"),
    ("Le débat animé par Marc Vidal et Anne Roy, ex-ministre de la Culture, a surpris. « Vous "
     "êtes sérieux ? », lance Anne Roy.", "Vous êtes sérieux ?", "Anne Roy",
     "ex-ministre de la Culture", "female"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role", "gender"), GENDERED)
def test_the_role_and_gender_a_title_gives(nlp, text, quote, speaker, role, gender):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


@pytest.mark.parametrize(("word", "one"), [
    ("municipaux", "municipal"), ("syndicaux", "syndical"), ("nouveaux", "nouveau"),
    ("jumeaux", "jumeau"), ("locales", "locale"), ("niçoises", "niçoise"),
    # must not: a masculine the same in both numbers
    ("religieux", "religieux"), ("portugais", "portugais"), ("niçois", "niçois"),
    ("jaloux", "jaloux"),
])
def test_a_plural_adjective_in_the_singular(word, one):
    """« l'un des conseillers municipaux »: the adjective as one of them has it."""
    assert written_singular(word) == one


# (text, words the recogniser is made to read as a person's name, the post held or None)
POSTS = [
    # a word in lower case the recogniser puts in a name (a misspelt « matin ») is no one's:
    # the post after it is the subject's
    ("Paul Roux a surpris ce mardi martin en annonçant sa démission de son poste de maire de "
     "Dole.", "martin", "maire de Dole"),
    # must not: a capitalised name before the post leaves whose it is in doubt
    ("Paul Roux a surpris ce mardi Marc Vial en annonçant sa démission de son poste de maire de "
     "Dole.", "Marc Vial", None),
    # must not: a name of two words in lower case is still someone's
    ("Julien Faure a salué le travail de michel durand à son poste de trésorier du club.",
     "michel durand", None),
]


@pytest.mark.parametrize(("text", "other", "post"), POSTS)
def test_the_post_a_subject_names_past_a_word_read_as_a_name(nlp, text, other, post):
    from spacy.tokens import Span

    from quotes.attribute.predicates import held_role

    doc = nlp(text)
    lo = text.index(other)
    words = doc.char_span(lo, lo + len(other))
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, words.start, words.end, label="PER")]
    held = held_role(doc[0:2], 12)
    assert (held[0] if held else None) == post
