"""A description ties to the person of the cast its role fits, not to the person the article is
about: a kind noun read both ways for a bare description (lexicon/kind_members.tsv: « le
réalisateur » and the one given as « cinéaste », « le juge » and « le magistrat »; never a
neighbour, « le capitaine » and a « joueur », nor a description with its own complement), a noun
that covers any role (« le dirigeant ») fitting one given a function over one given none, and the
name a present copula gives as what the description is (« le président de la Fédération est Luc
Armand »). Where nothing fits, the article's main person as before. A role noun whose form
shows a gender (« l'ex-animateur », « la présentatrice ») is never the name of the other gender
right before it, whether the cast or the description reads it beside that name. Each row says what
740fdecb (cf814209 for the agreement rows) gave where it differs.
"""

import pytest
from conftest import ANY, found_quotes, quote_said

from quotes.lexicon import fold, table
from quotes.lexicon.roles import role_kinds

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
    ("La magistrate Anne Lemaire a entendu lundi Julie Caron. Julie Caron a quitté le palais "
     f"sans un mot. « {LONG} », a déclaré la juge.", LONG, "Anne Lemaire", "juge", "female"),
    ("Le magistrat Yves Tanguy a requis lundi contre Marc Lebrun. Marc Lebrun a nié les faits. "
     "« Les preuves sont accablantes », a insisté le procureur.", "Les preuves sont accablantes",
     "Yves Tanguy", "procureur", "male"),
    # fire: « selon », the words after it, the future of the narration
    ("Le cinéaste Marc Vidal présentera son film mardi. Selon le réalisateur, « le tournage a "
     "été long ».", "le tournage a été long", "Marc Vidal", "réalisateur", "male"),
    # must not: a neighbour of a kind is not read backwards (a « joueur » may be no
    # « capitaine »; lexicon/kind_members.tsv has no such pair): the main person, as before
    ("Le joueur Hugo Lenoir a rejoint le club cet été, comme Paul Roux. Paul Roux a signé pour "
     "deux ans. « Nous visons le titre », a déclaré le capitaine.", "Nous visons le titre",
     "Paul Roux", "capitaine", "male"),
    ("La joueuse Léa Morin a rejoint le club cet été, comme Claire Roux. Claire Roux a signé "
     "pour deux ans. « Nous visons le titre », a affirmé la capitaine.", "Nous visons le titre",
     "Claire Roux", "capitaine", "female"),
    ("L'acteur Jean Valmont a reçu Anna Petrova à Paris. Anna Petrova a raconté sa fuite. Anna "
     "Petrova a remercié la France. « Elle ne veut plus rentrer », a traduit l'interprète.",
     "Elle ne veut plus rentrer", "Anna Petrova", "interprète", "female"),
    # must not: a description with its own complement is never read backwards, the kind
    # given confirming nothing of it (« capitaine des Verts » and an « officier »,
    # « secrétaire général de la CGT » and a « diplomate », « conseiller du ministre » and an
    # « élu », « président de la région » and a « magistrat »): as before
    ("L'officier Paul Roux a assuré la sécurité du match. Le club de Vernay a gagné. Hugo Lenoir "
     "a marqué deux buts. Hugo Lenoir a salué le public. « Nous visons le titre », a déclaré le "
     "capitaine des Verts.", "Nous visons le titre", None, "capitaine des Verts", None),
    ("Le diplomate Henri Lasserre a rencontré Paul Giraud à Genève. Paul Giraud a signé "
     "l'accord. Paul Giraud a quitté la salle. « Les salariés attendent des actes », a réagi le "
     "secrétaire général de la CGT.", "Les salariés attendent des actes", "Paul Giraud",
     "secrétaire général de la CGT", "male"),
    ("L'élu écologiste Marc Salin a visité l'usine avec Paul Roux. Paul Roux a rencontré les "
     "salariés. Paul Roux a promis des aides. « Rien n'est décidé », a précisé le conseiller du "
     "ministre.", "Rien n'est décidé", "Paul Roux", "conseiller du ministre", "male"),
    ("Le magistrat Yves Tanguy a été nommé à la tête de la commission d'enquête. Marc Lebrun a "
     "défendu la réforme. Marc Lebrun a répondu aux députés. « Nous irons jusqu'au bout », a "
     "lancé le président de la région.", "Nous irons jusqu'au bout", "Marc Lebrun",
     "président de la région", "male"),
    ("« Le montage a été long », a expliqué Claire Morel. Claire Morel a aussi salué la "
     "cinéaste Julie Marchal, venue présenter son court métrage. « Je tourne encore l'été "
     "prochain », a confié la réalisatrice du documentaire.", SAID, "Claire Morel",
     "réalisatrice du documentaire", "female"),
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
    # changed (740fdecb: unresolved, no kind read backwards): two cinéastes fit, one the
    # main person: the main person, as for two given the description's own noun
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
    # must not: a founding role says nothing of a function held now (« la dirigeante »): the
    # main person, as before
    ("Lucia Ferraz a remporté l'élection dimanche. « Le pays est de retour », a lancé Lucia "
     "Ferraz. La cofondatrice du parti, Ana Silva, a reconnu sa défaite. Le vote a été calme. "
     "« Je reste fière », a déclaré la dirigeante.", "Je reste fière",
     "Lucia Ferraz", "dirigeante", "female"),
    # must not: nor does a student's standing (lexicon/schooling_nouns.txt) say another
    # function than the description's: the one given it is still the founder
    ("Arthur Lenoir est un étudiant de HEC qui a créé la start-up Kivu. « Nous allons lever dix "
     "millions d'euros », annonce le fondateur.", "Nous allons lever dix millions d'euros",
     "Arthur Lenoir", "étudiant de HEC", "male"),
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


MUSEUM = "Sophie Marin a visité le musée lundi. Sophie Marin a salué les équipes. "
SAVED = " « Nous avons tout sauvé », a raconté la directrice."
PLANT = "Paul Roux a visité l'usine lundi. Paul Roux a salué les salariés. "
HOLD = " « Nous tiendrons », a assuré le directeur de l'usine."

# (text, words said, speaker, role)
COPULAR = [
    # fire: the name a present copula, or one « désormais » marks, gives as what the
    # description is, not the main person (740fdecb: the main person)
    (MUSEUM + "La directrice du musée est Claire Dumont." + SAVED, "Nous avons tout sauvé",
     "Claire Dumont", "directrice du musée"),
    (PLANT + "Le directeur de l'usine est Marc Petit." + HOLD, "Nous tiendrons", "Marc Petit",
     "directeur de l'usine"),
    ("Marc Salin a visité le site lundi. Le chef du gouvernement est désormais Paul Vernet. Marc "
     "Salin a salué les ouvriers. « Nous avons tenu », a déclaré le chef du gouvernement.",
     "Nous avons tenu", "Paul Vernet", "chef du gouvernement"),
    ("La présidente de l'association sera désormais Anne Roy. Claire Morel a quitté la réunion. "
     "Claire Morel a remercié les bénévoles. « Nous continuerons », a promis la présidente de "
     "l'association.", "Nous continuerons", "Anne Roy", "présidente de l'association"),
    # must not: a past copula may name a former holder (« était alors », « En 2010 … ; il a
    # été remplacé »), a denied one another (« n'est plus », « n'était pas encore »): the
    # main person, as before
    (MUSEUM + "La directrice du musée était alors Claire Dumont." + SAVED,
     "Nous avons tout sauvé", "Sophie Marin", "directrice du musée"),
    (PLANT + "En 2010, le directeur de l'usine était Marc Petit ; il a été remplacé par Luc "
     "Blanc en 2020." + HOLD, "Nous tiendrons", "Paul Roux", "directeur de l'usine"),
    (MUSEUM + "La directrice du musée n'est plus Claire Dumont depuis mars." + SAVED,
     "Nous avons tout sauvé", "Sophie Marin", "directrice du musée"),
    (MUSEUM + "La directrice du musée n'était pas encore Claire Dumont à l'époque." + SAVED,
     "Nous avons tout sauvé", "Sophie Marin", "directrice du musée"),
    (PLANT + "Le directeur de l'usine n'est pas Marc Petit, contrairement à ce qui a été dit."
     + HOLD, "Nous tiendrons", "Paul Roux", "directeur de l'usine"),
    # must not: the name as the copula's subject, its role as the predicate: read as before
    ("Paul Vernet était le directeur de l'usine. Marc Petit a visité le site. « Nous tiendrons », "
     "a déclaré le directeur.", "Nous tiendrons", "Paul Vernet", "directeur de l'usine"),
    # must not: no name after the copula; a copula whose subject is the name
    (MUSEUM + "La directrice du musée était alors absente." + SAVED,
     "Nous avons tout sauvé", "Sophie Marin", "directrice du musée"),
    ("Le directeur de l'usine a reçu Marc Petit. Marc Petit est le délégué syndical. « Nous "
     "tiendrons », a déclaré le directeur.", "Nous tiendrons", None, "directeur"),
    # must not: a name of the other gender after the copula (« est chez Paul Morel », read as
    # a copula) is not what « la directrice » is: the pronoun keeps her description
    ("Paul Roux a visité le musée lundi. Paul Roux a salué les équipes. La directrice du musée "
     "est chez Paul Morel ce soir. « Nous avons tout sauvé », a-t-elle raconté.",
     "Nous avons tout sauvé", None, "directrice du musée"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), COPULAR)
def test_a_copula_names_the_one_described(nlp, text, said, speaker, role):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role) == (speaker, role)


# (text, words said, the evidence of the tie)
LABELLED = [
    # a tie the ranking of before would not make has its own evidence, not the main
    # person's: a kind noun read backwards, a present copula
    (KINDS[0][0], SAID, "description-to-fit"),
    (MUSEUM + "La directrice du musée est Claire Dumont." + SAVED, "Nous avons tout sauvé",
     "description-to-copula"),
    # the same noun given: as before
    ("Le juge Yves Tanguy a entendu lundi Marc Lebrun. Marc Lebrun a quitté le palais sans un "
     f"mot. « {LONG} », a estimé le juge.", LONG, "description-to-name"),
]


@pytest.mark.parametrize(("text", "said", "evidence"), LABELLED)
def test_a_tie_by_fit_says_so(nlp, text, said, evidence):
    q = quote_said(nlp, text, said)
    assert q.speaker.name is not None
    assert evidence in q.evidence
    assert {"description-to-fit", "description-to-copula"} & set(q.evidence) <= {evidence}


SHOW = "Lors de l'émission animée par "
BACK = "Je ne reviendrai pas"

# (text, words said, speaker, role, gender): the name before a description of the other gender
AGREEMENT = [
    # fire: the masculine form (its feminine another word) is not the woman named before it;
    # cf814209: Claire Moreau, female
    (f"{SHOW}Marc Dubois et Claire Moreau, le présentateur a lancé : « {BACK} ».", BACK,
     None, "présentateur", None),
    # … past a prefix (« ex- »), the subject of the verb, not an apposition; cf814209: Claire
    # Moreau, female
    ("Paul Girard a quitté la chaîne. " + SHOW + "Marc Dubois et Claire Moreau, l'ex-animateur "
     "de la chaîne concède qu'il se sent « seul à la manoeuvre ».",
     "il se sent « seul à la manoeuvre »", "Paul Girard", "ex-animateur de la chaîne", "male"),
    # fire: the feminine form is not the man named before it; cf814209: Marc Dubois, male
    (f"{SHOW}Claire Moreau et Marc Dubois, la présentatrice a lancé : « {BACK} ».", BACK,
     None, "présentatrice", "female"),
    # must not: the description of her gender is her, as before
    (f"{SHOW}Marc Dubois et Claire Moreau, la présentatrice a lancé : « {BACK} ».", BACK,
     "Claire Moreau", "présentatrice", "female"),
    # must not: an epicene noun (« journaliste ») shows no gender, as before
    (f"{SHOW}Marc Dubois et Claire Moreau, la journaliste a lancé : « {BACK} ».", BACK,
     "Claire Moreau", "journaliste", "female"),
    # fire: a masculine description is no one whose given name alone says she is a woman (the
    # text shows no gender of « Fanny Roux »; name_model.name_guess), named before or after it
    ("Les deux juges, Brigitte Morel et Fanny Roux, ont signé l'ordonnance lundi. « Nous ferons "
     "appel », a annoncé l'avocat.", "Nous ferons appel", None, "avocat", None),
    ("« Nous ferons appel », a annoncé l'avocat. Les deux juges, Brigitte Morel et Fanny Roux, "
     "ont signé l'ordonnance lundi.", "Nous ferons appel", None, "avocat", None),
    # must not: a man by his given name alone is still the one a masculine description names
    # (not one of two judges set apart as such: « Les deux juges, Brigitte Morel et Harry Roux »
    # are no lawyer)
    ("« Nous ferons appel », a annoncé l'avocat. Brigitte Morel et Harry Roux ont quitté le "
     "tribunal lundi.", "Nous ferons appel", "Harry Roux", "avocat", "male"),
    # fire: of a woman by her given name and a man named after her, the man
    ("Fanny Roux a quitté le tribunal lundi avec Harry Morel. « Nous ferons appel », a annoncé "
     "l'avocat.", "Nous ferons appel", "Harry Morel", "avocat", "male"),
    # must not: a title French writes the same for a woman, only « le » marking it (« le
    # ministre », « le juge », « le maire »), rules out no one by her given name alone
    # (titled_gender.epicene_title); her gender unchecked: « le ministre » gives "male", a bug
    # of its own
    ("Oksana Lysenko dirige le ministère de la Culture depuis 2020. Jeudi, elle a inauguré le "
     "nouveau musée d'art de Tchernihiv, détruit en 2022.\n\n« C'est un grand jour pour toute "
     "la région », a déclaré le ministre devant les habitants.",
     "C'est un grand jour pour toute la région", "Oksana Lysenko", "ministre", ANY),
    # must not: an apposition closed by the sentence's end is hers, masculine or not
    ("« Le livre sort lundi », a annoncé Claire Moreau, animateur du club.", "Le livre sort lundi",
     "Claire Moreau", "animateur du club", "female"),
    # must not: a woman the article titles with the masculine noun is that noun again
    ("Le directeur Claire Moreau a reçu les élèves lundi. « Nous rouvrirons en mai », a dit le "
     "directeur.", "Nous rouvrirons en mai", "Claire Moreau", "directeur", "female"),
    # must not: a participle (« chargé des travaux ») carries her apposition on, no finite verb
    # the masculine noun is the subject of; « le directeur » later is her (taking any verb:
    # Marc Dubois, male)
    ("La visite, conduite par Claire Moreau et Marc Dubois, a réuni cent parents. Claire Moreau, "
     "directeur du patrimoine chargé des travaux, a promis que le chantier serait « fini ». « Nous "
     "avons écouté les familles », a souligné le directeur.", "Nous avons écouté les familles",
     "Claire Moreau", "directeur du patrimoine", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), AGREEMENT)
def test_a_description_agrees_with_the_name_before_it(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    got = (sp.name, sp.role, sp.gender)
    assert all(w is ANY or g == w for g, w in zip(got, (speaker, role, gender), strict=True)), got


def test_every_kind_member_is_a_kind_of_role_kinds_with_a_row_of_its_own():
    """lexicon/kind_members.tsv: pairs of role_kinds.tsv only, each read backwards by a fire
    row of ``KINDS`` (the kind noun given in the text, the covered noun at the cue)."""
    kinds = role_kinds()
    fire = [text for text, *_ in KINDS[:9]]
    for kind, covered in table("kind_members"):
        for noun in covered.split():
            assert fold(noun) in kinds[fold(kind)]
            assert any((f" {kind} " in text.lower() and text.endswith(f" {noun}."))
                       or f"selon le {noun}," in text.lower() for text in fire), (kind, noun)
