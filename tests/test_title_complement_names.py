"""A person's name the article writes right after a title and its complement, with no comma:
the recogniser runs the complement's last words into the name (« le procureur de |Vernac
Denis Morel| ») or tags them a name of their own (« le patron du groupe |Kessler| Evguéni
Morozov »). The words no first name opens close the title, the name starts at the first name
(``attribute.spelled_names.title_cut``), and the title is the person's role. A surname written
after a title (« le sergent Lacasse ») is the person the article names in full, unless the
title's gender says someone else (« la sergente Lacasse » after « le sergent Marc Lacasse »).
« le procureur de la République » is the « procureur de Vernac » the article names, when it
names no other « procureur »."""

import pytest
from conftest import quotes_of

from quotes.attribute.spelled_names import title_cut
from quotes.lexicon.roles import is_role_noun

# (text, the speaker of every quote, their role, their gender)
TITLE_THEN_NAME = [
    # a place closes the title: one entity with the name (the parse hangs the first name on
    # the verb or on the role noun, whichever)
    ("Le suspect de 19 ans en garde à vue pour le vol mardi d'une voiture de son voisin à "
     "Vernac (Haute-Loire) a indiqué aux enquêteurs qu'il voulait partir, « n'importe où », a "
     "déclaré mercredi le procureur de Montclar Lucien Baradat.", "Lucien Baradat",
     "procureur de Montclar", "male"),
    ("La joueuse de 24 ans blessée lors du match de samedi contre Vernac a indiqué qu'elle "
     "voulait rejouer, « le plus vite possible », a expliqué jeudi l'entraîneur de Montclar "
     "Lucien Baradat.", "Lucien Baradat", "entraîneur de Montclar", "male"),
    ("« Nous avons arrêté le suspect », a déclaré mercredi le procureur de Vernac Denis "
     "Morel.", "Denis Morel", "procureur de Vernac", "male"),
    ("Le procureur de Vernac Denis Morel a indiqué que le suspect « n'exprime aucun regret ».",
     "Denis Morel", "procureur de Vernac", "male"),
    ("« L'enquête avance », affirme la procureure de Brignolles Hélène Castagne.",
     "Hélène Castagne", "procureure de Brignolles", "female"),
    ("Selon le procureur de Montclar Lucien Baradat, le suspect « a tout avoué ».",
     "Lucien Baradat", "procureur de Montclar", "male"),
    ("« La route restera fermée », a précisé le préfet de la Haute-Vienne Olivier Ferrand.",
     "Olivier Ferrand", "préfet de la Haute-Vienne", "male"),
    # a body's name after its kind noun closes the title, in one entity with the name
    ("« Nous ne céderons pas », a martelé le chef de la milice Kessler Dmitri Sokolov.",
     "Dmitri Sokolov", "chef de la milice Kessler", "male"),
    ("« Nous ne céderons pas », avait martelé la veille la cheffe du clan Kessler Irina "
     "Sokolova.", "Irina Sokolova", "cheffe du clan Kessler", "female"),
    ("Le chef de la milice Kessler Dmitri Sokolov affirme que l'armée « se trompe ».",
     "Dmitri Sokolov", "chef de la milice Kessler", "male"),
    ("« Nous ferons appel », a dit l'avocate de la famille Roussel Claire Dutertre.",
     "Claire Dutertre", "avocate de la famille Roussel", "female"),
    ("« Nous ferons appel », dira l'avocat des parents Roussel Paul Dutertre.",
     "Paul Dutertre", "avocat des parents Roussel", "male"),
    # … or in an entity of its own, before the person's (adjectives between: « rebelle »)
    ("Le patron du groupe paramilitaire russe Kessler Evguéni Morozov déclare que le président "
     "a « tort ».", "Evguéni Morozov", "patron du groupe paramilitaire russe Kessler", "male"),
    ("Le porte-parole du mouvement Kessler Anton Sokolov a affirmé que « la marche aura "
     "lieu ».", "Anton Sokolov", "porte-parole du mouvement Kessler", "male"),
    ("« La marche aura lieu », a assuré le porte-parole du mouvement Kessler Anton Sokolov.",
     "Anton Sokolov", "porte-parole du mouvement Kessler", "male"),
    # hyphens, particles, « Mc », a place in the surname
    ("« Nous tiendrons bon », a lancé le maire de Lyon Jean-Baptiste Saint-Denis.",
     "Jean-Baptiste Saint-Denis", "maire de Lyon", "male"),
    ("« Les salaires baisseront », a prévenu le directeur de la banque Altaris Paul Le Gall.",
     "Paul Le Gall", "directeur de la banque Altaris", "male"),
    ("« Les musées rouvriront », a annoncé la directrice du musée de Brest Anne-Sophie Le "
     "Gall.", "Anne-Sophie Le Gall", "directrice du musée de Brest", "female"),
    ("« Le texte passera », a assuré le président du Sénat de Vernie Marc de La Fontaine.",
     "Marc de La Fontaine", "président du Sénat de Vernie", "male"),
    ("« Le club vivra », a promis le président du club de Dundee Sean McBride.",
     "Sean McBride", "président du club de Dundee", "male"),
    # a compound place's « Saint » keeps « Denis » in the complement
    ("« Il ment », a déclaré le maire de Saint Denis Mathieu Hanotin.", "Mathieu Hanotin",
     "maire de Saint Denis", "male"),
]


@pytest.mark.parametrize(("text", "name", "role", "gender"), TITLE_THEN_NAME)
def test_the_title_complement_is_no_part_of_the_name(nlp, text, name, role, gender):
    quotes = quotes_of(nlp, text)
    named = [q for q in quotes if q.speaker.name]
    assert named, [q.speaker for q in quotes]
    assert {(q.speaker.name, q.speaker.role, q.speaker.gender) for q in named} == {
        (name, role, gender)}


# near misses: the complement is the person (a first name opens it, or a particle opens what
# would be the name), no « de » links the title, a comma closes it, or one word would be left
NOT_CUT = [
    ("« Il ment », a déclaré l'avocat de Tariq Ben Salah.", None, "avocat de Tariq Ben Salah"),
    ("« Il ment », a déclaré l'avocat de Denis Morel.", None, "avocat de Denis Morel"),
    # a first name opens the complement: the person served, whatever first names follow
    ("« Il est innocent », a déclaré l'avocat de Jean Pierre Dupont.", None,
     "avocat de Jean Pierre Dupont"),
    ("« Il ment », a déclaré l'ambassadeur Wolf Dmitri Sokolov.", "Wolf Dmitri Sokolov",
     "ambassadeur"),
    ("« Il ment », a déclaré Paul Dumas, le procureur de Vernac.", "Paul Dumas",
     "procureur de Vernac"),
    ("« Il ment », a déclaré le maire de Vernac.", None, "maire de Vernac"),
    ("« Il ment », a déclaré le procureur de Vernac Denis.", None, "procureur de Vernac Denis"),
    ("Le chef du groupe armé Kessler, Dmitri Sokolov, affirme que l'armée « se trompe ».",
     "Dmitri Sokolov", "chef du groupe armé Kessler"),
]


@pytest.mark.parametrize(("text", "name", "role"), NOT_CUT)
def test_no_cut_where_no_title_runs_into_a_name(nlp, text, name, role):
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker.name, quote.speaker.role) == (name, role)


# (text, the person's entities the recogniser gives, the person's entities after the cut)
ENTITY_CUT = [
    ("Le procureur de Vernac Denis Morel a parlé.", ["Vernac Denis Morel"], ["Denis Morel"]),
    ("Le patron du groupe russe Kessler Evguéni Morozov a parlé.",
     ["Kessler", "Evguéni Morozov"], ["Evguéni Morozov"]),
    # « Saint » keeps the word after it in the place, a first name though it be
    ("Le maire de Villeneuve Saint Georges Paul Morel a parlé.",
     ["Villeneuve Saint Georges Paul Morel"], ["Paul Morel"]),
    # a one-word entity before a one-word one: no person's name follows the complement
    ("Le chef du clan Kessler Morozov a parlé.", ["Kessler", "Morozov"],
     ["Kessler", "Morozov"]),
]


@pytest.mark.parametrize(("text", "given", "people"), ENTITY_CUT)
def test_title_cut_splits_the_entity(nlp, text, given, people):
    doc = nlp(text)
    spans = []
    for entity in given:
        lo = text.index(entity)
        spans.append(doc.char_span(lo, lo + len(entity), label="PER"))
    doc.ents = sorted([e for e in doc.ents if all(
        e.end <= s.start or e.start >= s.end for s in spans)] + spans, key=lambda e: e.start)
    title_cut(doc)
    assert [e.text for e in doc.ents if e.label_ == "PER"] == people


# the title every holder bears (lexicon/state_complements.txt) is the one the article names by
# their place, either way round, when the article names one holder; another place is someone
# else, and so is an office with one holder; of two holders, the title says neither
STATE_TITLE = [
    ("« Le suspect a avoué », a déclaré mercredi le procureur de Vernac Denis Morel. « Il n'avait "
     "pas de grief », a déclaré le procureur de la République lors d'une conférence de presse.",
     "Denis Morel"),
    ("« Le suspect a avoué », a déclaré mercredi la procureure de Vernac, Anne Roux. « Il n'avait "
     "pas de grief », a ajouté la procureure de la République.", "Anne Roux"),
    ("« Le suspect a avoué », a déclaré le procureur de Vernac, Denis Morel. « Rien n'est "
     "décidé », a dit le procureur de Montclar.", None),
    ("« Le suspect a avoué », a déclaré le président de la République, Denis Morel. « Rien "
     "n'est décidé », a dit le président de Vernac.", None),
    ("« Le suspect a avoué », a déclaré le procureur de la République, Denis Morel. « Il "
     "n'avait pas de grief », a ajouté le procureur de Vernac.", "Denis Morel"),
    ("« Le suspect a avoué », a déclaré le procureur de Vernac Denis Morel. « Rien ne "
     "presse », a ajouté le procureur de Montclar Lucien Baradat. « L'enquête continue », a "
     "précisé le procureur de la République.", None),
]


@pytest.mark.parametrize(("text", "name"), STATE_TITLE)
def test_a_state_title_is_the_holder_named_by_place(nlp, text, name):
    quotes = quotes_of(nlp, text)
    assert len(quotes) == text.count("»")
    assert all(q.speaker.name for q in quotes[:-1])
    assert quotes[-1].speaker.name == name


# a surname after a title alone: the full name of the one person of the article who bears it;
# two of one surname leave it as written unless a title's gender (« M. », « le sergent »)
# tells them apart
SURNAME_AFTER_TITLE = [
    ("« Il n'y a plus de danger », a mentionné la sergente Hélène St-Pierre, porte-parole de "
     "la police. « Tout indique un acte isolé », a mentionné la sergente St-Pierre.",
     "Hélène St-Pierre", "porte-parole de la police", "female"),
    ("« La route est fermée », a dit la sergente Julie Caron. « Il n'y a plus de danger », a "
     "mentionné la sergente Hélène St-Pierre. « Tout indique un acte isolé », a mentionné la "
     "sergente St-Pierre.", "Hélène St-Pierre", "sergente", "female"),
    ("« Il n'y a plus de danger », a dit la lieutenante Hélène Roy-Lenz, porte-parole de la "
     "police. « Tout indique un acte isolé », a ajouté la lieutenante Roy-Lenz.",
     "Hélène Roy-Lenz", "porte-parole de la police", "female"),
    # « sergent » is a role noun (lexicon/role_nouns.txt)
    ("« La route est fermée », a dit le sergent Marc Lacasse. « Nous restons prudents », a "
     "ajouté le sergent Lacasse.", "Marc Lacasse", "sergent", "male"),
    # two of one surname: the title's gender decides, else the surname stays as written
    ("« La route est fermée », a dit Anne St-Pierre. « Il faut attendre », a dit son mari Marc "
     "St-Pierre. « Tout indique un acte isolé », a ajouté M. St-Pierre.", "Marc St-Pierre",
     None, "male"),
    ("« La route est fermée », a dit Anne Roy-Lenz. « Il faut attendre », a dit Marc Roy-Lenz. "
     "« Tout indique un acte isolé », a ajouté le sergent Roy-Lenz.", "Marc Roy-Lenz",
     "sergent", "male"),
    ("« La route est fermée », a dit Anne Roy-Lenz. « Il faut attendre », a dit Marc Roy-Lenz. "
     "« Tout indique un acte isolé », a ajouté Roy-Lenz.", "Roy-Lenz", None, None),
    ("« La route est fermée », a dit la sergente Anne St-Pierre. « Il faut attendre », a dit le "
     "sergent Marc St-Pierre. « Tout indique un acte isolé », a ajouté la sergente St-Pierre.",
     "Anne St-Pierre", "sergente", "female"),
]


@pytest.mark.parametrize(("text", "name", "role", "gender"), SURNAME_AFTER_TITLE)
def test_a_surname_after_a_title_is_the_full_name(nlp, text, name, role, gender):
    last = quotes_of(nlp, text)[-1]
    assert (last.speaker.name, last.speaker.role, last.speaker.gender) == (name, role, gender)


# a title whose gender the person named in full is shown not to have (by a title, an article,
# a role's form) is someone else of that surname, never the man's or woman's gender taken away
# (speaker, gender of each quote)
OTHER_GENDER = [
    ("« La route est fermée », a dit le sergent Marc Lacasse. « Tout est calme », a ajouté la "
     "sergente Lacasse.", [("Marc Lacasse", "male"), ("Lacasse", "female")]),
    ("« La route est fermée », a dit le sergent Marc St-Pierre. « Tout est calme », a ajouté "
     "la sergente St-Pierre.", [("Marc St-Pierre", "male"), (None, "female")]),
    ("« Nous ferons appel », a déclaré l'avocate Claire Dutertre. « Le dossier est vide », a "
     "ajouté l'avocat Dutertre.", [("Claire Dutertre", "female"), ("Dutertre", "male")]),
    ("« Le budget est tenu », a dit M. Jean Lemaire. « Rien n'est joué », a ajouté Mme "
     "Lemaire.", [("Jean Lemaire", "male"), ("Lemaire", "female")]),
    # near miss: the title agrees, the person named in full
    ("« La digue tiendra », a assuré la capitaine Claire Vasseur. « Nous surveillons », a "
     "ajouté la capitaine Vasseur.", [("Claire Vasseur", "female"), ("Claire Vasseur",
                                                                     "female")]),
]


@pytest.mark.parametrize(("text", "speakers"), OTHER_GENDER)
def test_a_title_of_the_other_gender_is_someone_else(nlp, text, speakers):
    quotes = quotes_of(nlp, text)
    assert [(q.speaker.name, q.speaker.gender) for q in quotes] == speakers


# a title's masculine form is used for women too (« le docteur », « le maire », « le
# professeur »): beside a woman's first name, or one given to both, it says nothing of her
# gender, and a feminine form of it later is the same woman (``casting._mention``); beside a
# man's first name it says a man (speaker, gender of each quote)
MASCULINE_FORM_FOR_A_WOMAN = [
    ("Le docteur Julie Amand dirige les urgences de Vernac. « Nous manquons de lits », a "
     "déclaré le docteur Julie Amand.\n\nLa situation empire. « Il faut agir vite », a ajouté "
     "la docteure Amand.", [("Julie Amand", "female"), ("Julie Amand", "female")]),
    ("Le docteur Julie Amand dirige les urgences. « Nous manquons de lits », a-t-elle "
     "déclaré.\n\n« Il faut agir vite », a précisé Amand.",
     [("Julie Amand", "female"), ("Julie Amand", "female")]),
    ("Le maire Anne Roy a répondu aux critiques. « Nous tiendrons nos engagements », a "
     "déclaré Anne Roy.", [("Anne Roy", "female")]),
    ("Le professeur Claire Martin a présenté l'étude. « Les résultats sont clairs », a affirmé "
     "le professeur Martin.", [("Claire Martin", "female")]),
    # the article's masculine title names her again as a description (« le maire », an office;
    # « le docteur », a role noun), a feminine noun of its own does not fit a man's description
    ("Le maire Thérèse Martin a inauguré la salle. « Tout est prêt », a ajouté le maire.",
     [("Thérèse Martin", "female")]),
    ("Le docteur Julie Amand a soigné les blessés. « Ils vont mieux », a dit le docteur.",
     [("Julie Amand", "female")]),
    ("La directrice Anne Roy a inauguré la salle. « Tout est prêt », a ajouté le directeur.",
     [(None, None)]),
    # near misses: a man's first name, or one given to both (« le sergent Claude Doiron »:
    # the article's « le » then says a man); of two of one surname the masculine prefers the man
    ("Le sergent Claude Doiron a fait le point. « La route restera fermée », a précisé le "
     "sergent Claude Doiron. La durée de la fermeture est indéterminée.",
     [("Claude Doiron", "male")]),
    ("Le docteur Pierre Amand soigne les blessés. « Ils vont mieux », a dit le docteur Amand.",
     [("Pierre Amand", "male")]),
    ("Julie Amand et son frère Paul Amand tiennent la pharmacie. « Nous manquons de tout », a "
     "déclaré le docteur Amand.", [("Paul Amand", "male")]),
]


@pytest.mark.parametrize(("text", "speakers"), MASCULINE_FORM_FOR_A_WOMAN)
def test_a_masculine_title_says_nothing_beside_a_womans_first_name(nlp, text, speakers):
    quotes = quotes_of(nlp, text)
    assert [(q.speaker.name, q.speaker.gender) for q in quotes] == speakers


# a hyphenated name of a place or a body after a title's noun is no one's, though someone of
# the article bears it
BODY_NAMED_AFTER = [
    ("« Il faut rebâtir », a déclaré Jules Ferry-Lenoir, maire de Vernac. « Nous attendons », "
     "a dit le directeur de l'école Ferry-Lenoir.", "directeur de l'école Ferry-Lenoir"),
    ("« La chaussée a cédé », a expliqué Marc Victor-Hugo, ingénieur de la ville. « Nous "
     "avons eu peur », a dit le gardien du square Victor-Hugo.", "gardien du square "
     "Victor-Hugo"),
]


@pytest.mark.parametrize(("text", "role"), BODY_NAMED_AFTER)
def test_a_body_named_after_someone_is_not_them(nlp, text, role):
    first, last = quotes_of(nlp, text)
    assert first.speaker.name
    assert (last.speaker.name, last.speaker.role) == (None, role)


def test_sergent_is_a_role_noun():
    assert is_role_noun("sergent") and is_role_noun("sergente")
