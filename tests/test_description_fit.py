"""A description ties to the person of the cast its role fits, not to the person the article is
about: a kind noun read both ways (lexicon/role_kinds.tsv: « le réalisateur » and the one given as
« cinéaste », « le juge » and « le magistrat »), a noun that covers any role (« le dirigeant »)
fitting one given a function over one given none, and the name a copula gives as what the
description is (« le président de la Fédération était Luc Armand »). Where nothing fits, the
article's main person as before.
"""

import pytest
from conftest import found_quotes, quote_said

SAID = "Je tourne encore l'été prochain"
LONG = "L'enquête sera longue"

# (text, words said, speaker, role, gender)
KINDS = [
    # fire: the description's noun is one a kind noun the article gives covers, over the
    # article's main person who is given no role
    ("« Le tournage a été long », a expliqué Paul Ferrand. Paul Ferrand a aussi salué l'équipe "
     f"du cinéaste Marc Vidal. « {SAID} », a confié le réalisateur.", SAID, "Marc Vidal",
     "cinéaste", "male"),
    ("« Le tournage a été long », a expliqué Claire Morel. Claire Morel a aussi salué l'équipe "
     f"de la cinéaste Julie Marchal. « {SAID} », a confié la réalisatrice.", SAID,
     "Julie Marchal", "cinéaste", "female"),
    ("« Le tournage a été long », a expliqué Paul Ferrand. Paul Ferrand a aussi salué l'équipe "
     f"de la cinéaste Julie Marchal. « {SAID} », a confié la réalisatrice.", SAID,
     "Julie Marchal", "cinéaste", "female"),
    ("Le magistrat Yves Tanguy a entendu lundi Marc Lebrun. Marc Lebrun a quitté le palais sans "
     f"un mot. « {LONG} », a estimé le juge.", LONG, "Yves Tanguy", "juge", "male"),
    ("La magistrate Anne Lemaire a entendu lundi Julie Caron. Julie Caron a quitté le palais "
     f"sans un mot. « {LONG} », a déclaré la procureure.", LONG, "Anne Lemaire", "procureure",
     "female"),
    ("Le joueur Hugo Lenoir a rejoint le club cet été, comme Paul Roux. Paul Roux a signé pour "
     "deux ans. « Nous visons le titre », a déclaré le capitaine.", "Nous visons le titre",
     "Hugo Lenoir", "capitaine", "male"),
    ("La joueuse Léa Morin a rejoint le club cet été, comme Claire Roux. Claire Roux a signé "
     "pour deux ans. « Nous visons le titre », a affirmé la capitaine.", "Nous visons le titre",
     "Léa Morin", "capitaine", "female"),
    ("Le magistrat Yves Tanguy a requis lundi contre Marc Lebrun. Marc Lebrun a nié les faits. "
     "« Les preuves sont accablantes », a insisté le procureur.", "Les preuves sont accablantes",
     "Yves Tanguy", "procureur", "male"),
    # fire: « selon », the words after it, the future of the narration
    ("Le cinéaste Marc Vidal présentera son film mardi. Selon le réalisateur, « le tournage a "
     "été long ».", "le tournage a été long", "Marc Vidal", "réalisateur", "male"),
    # must not: a role of no kind covering the noun (« producteur », « avocat ») does not
    # fit; the main person, as before
    ("L'avocat Yves Tanguy a plaidé lundi pour Marc Lebrun. Marc Lebrun a nié les faits. « Les "
     "preuves sont accablantes », a insisté le procureur.", "Les preuves sont accablantes",
     "Marc Lebrun", "procureur", "male"),
    ("« Le tournage a été long », a expliqué Paul Ferrand. Paul Ferrand a aussi salué le "
     f"producteur Marc Vidal. « {SAID} », a confié le réalisateur.", SAID, "Paul Ferrand",
     "réalisateur", "male"),
    ("L'entraîneur Paul Roux a présenté lundi Hugo Lenoir. Hugo Lenoir a signé pour deux ans. "
     "« Je suis très heureux », a déclaré le réalisateur.", "Je suis très heureux",
     "Hugo Lenoir", "réalisateur", "male"),
    # must not: the main person fits too (two cinéastes): the main person, who fits
    ("« Le tournage a été long », a expliqué le cinéaste Paul Ferrand. Paul Ferrand a aussi "
     f"salué l'équipe du cinéaste Marc Vidal. « {SAID} », a confié le réalisateur.", SAID,
     "Paul Ferrand", "cinéaste", "male"),
    # must not: the kind noun is the description's own (« la magistrate »), read as before
    ("La juge Claire Morel a entendu lundi Julie Caron. Julie Caron a quitté le palais sans un "
     f"mot. « {LONG} », a déclaré la magistrate.", LONG, "Claire Morel", "juge", "female"),
    # must not: the same noun with two bodies: each its own
    ("Le président du club de Vernay, Marc Petit, a reçu lundi le président de la région, Paul "
     "Roux. Paul Roux a visité le stade. « Nous voulons un nouveau stade », a déclaré le "
     "président du club.", "Nous voulons un nouveau stade", "Marc Petit",
     "président du club de Vernay", "male"),
    ("Le président du club de Vernay, Marc Petit, a reçu lundi le président de la région, Paul "
     "Roux. Paul Roux a visité le stade. « Nous financerons les travaux », a déclaré le "
     "président de la région.", "Nous financerons les travaux", "Paul Roux",
     "président de la région", "male"),
    ("Le directeur de Valtor, Paul Roux, a rencontré Marc Petit, délégué syndical. Marc Petit a "
     "quitté la réunion. « Le site restera ouvert », a assuré le patron de Valtor.",
     "Le site restera ouvert", "Paul Roux", "directeur de Valtor", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), KINDS)
def test_a_kind_noun_given_fits_the_description(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


WON = "Marco Lenz a remporté l'élection dimanche. « Le pays est de retour », a lancé Marco Lenz. "
SHE_WON = ("Lucia Ferraz a remporté l'élection dimanche. « Le pays est de retour », a lancé "
           "Lucia Ferraz. ")
AFTER = " Le silence du dirigeant inquiète. « Nous gouvernerons pour tous », a promis Marco Lenz."

# (text, the role every quote of the winner carries)
ANY_ROLE = [
    # fire: « le dirigeant » (a noun of any role) is the one given a function, not the main
    # person given none: the winner's quotes do not carry it
    (WON + "Le président sortant Hugo Brandt n'a pas reconnu sa défaite. Il a perdu de peu."
     + AFTER, None),
    (SHE_WON + "La sénatrice Ana Silva n'a pas reconnu sa défaite. Elle a perdu de peu. Le "
     "silence de la dirigeante inquiète. « Nous gouvernerons pour tous », a promis Lucia "
     "Ferraz.", None),
    (SHE_WON + "La directrice de campagne Ana Silva a quitté la salle. Elle a perdu son pari. "
     "Le silence de la responsable inquiète. « Nous gouvernerons pour tous », a promis Lucia "
     "Ferraz.", None),
    # must not: no one given a function, or only a past or founding one: the main person,
    # as before
    (WON + "Hugo Brandt n'a pas reconnu sa défaite. Il a perdu de peu." + AFTER, "dirigeant"),
    (WON + "Le fondateur du parti Hugo Brandt n'a pas reconnu sa défaite. Il a perdu de peu."
     + AFTER, "dirigeant"),
]


@pytest.mark.parametrize(("text", "role"), ANY_ROLE)
def test_a_noun_of_any_role_fits_one_given_a_function(nlp, text, role):
    quotes = found_quotes(nlp, text)
    assert len(quotes) == 2
    assert {(q.speaker.name, q.speaker.role) for q in quotes} == {
        (quotes[0].speaker.name, role)}
    assert quotes[0].speaker.name in ("Marco Lenz", "Lucia Ferraz")


# (text, words said, speaker, role)
COPULAR = [
    # fire: the name a copula gives as what the description is, not the main person
    ("Sophie Marin a visité le musée lundi. Sophie Marin a salué les équipes. La directrice du "
     "musée était alors Claire Dumont. « Nous avons tout sauvé », a raconté la directrice.",
     "Nous avons tout sauvé", "Claire Dumont", "directrice du musée"),
    ("Le chef du gouvernement était alors Paul Vernet. Marc Salin a visité le site lundi. "
     "« Nous avons tenu », a déclaré le chef du gouvernement.", "Nous avons tenu", "Paul Vernet",
     "chef du gouvernement"),
    ("La présidente de l'association sera désormais Anne Roy. Claire Morel a quitté la réunion. "
     "Claire Morel a remercié les bénévoles. « Nous continuerons », a promis la présidente de "
     "l'association.", "Nous continuerons", "Anne Roy", "présidente de l'association"),
    # fire: the main person's own quotes no longer carry the other one's description
    ("En 1962, Paul Vernet était chef du gouvernement, tandis que le président de la République "
     "était Luc Armand. Soixante ans plus tard, Marc Salin a été censuré. « Je reste fier », a "
     "déclaré Marc Salin.", "Je reste fier", "Marc Salin", None),
    ("À l'époque, le directeur de l'usine était Marc Petit. Paul Roux a visité le site lundi. "
     "Paul Roux a salué les salariés. « Nous tiendrons », a déclaré Paul Roux.", "Nous tiendrons",
     "Paul Roux", None),
    # must not: the name as the copula's subject, its role as the predicate: read as before
    ("Paul Vernet était le directeur de l'usine. Marc Petit a visité le site. « Nous tiendrons », "
     "a déclaré le directeur.", "Nous tiendrons", "Paul Vernet", "directeur de l'usine"),
    # must not: no name after the copula; a copula whose subject is the name
    ("Sophie Marin a visité le musée lundi. Sophie Marin a salué les équipes. La directrice du "
     "musée était alors absente. « Nous avons tout sauvé », a raconté la directrice.",
     "Nous avons tout sauvé", "Sophie Marin", "directrice du musée"),
    ("Le directeur de l'usine a reçu Marc Petit. Marc Petit est le délégué syndical. « Nous "
     "tiendrons », a déclaré le directeur.", "Nous tiendrons", None, "directeur"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), COPULAR)
def test_a_copula_names_the_one_described(nlp, text, said, speaker, role):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role) == (speaker, role)
