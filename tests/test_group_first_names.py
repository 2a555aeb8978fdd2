"""One person across a batch's outlets when one names them by their first name alone (« la
princesse Maud », « Maud ») and another by their full name (« Maud Ferrand »): the first name is
the batch's full name when the word is a listed first name, never written after a title (« M.
Martin », « Mme Laurence »: a surname) nor changed (« le prénom a été modifié »); exactly one
person of the batch's articles bears it, quoted or not; the records give both names one gender
(a lone first name's often only the name model's guess from the first name itself, so this
mostly asks that the first name be one the lists give one sex); role words agree where the first
name comes with an age or a description of its own (« Paul, 34 ans », « Paul, un voisin »); and
two articles of one event (``acquainted.one_event``: a name besides the person's own that both
give, here « Saint-Aubin-des-Bois ») give the same words (``one_story``). Each record keeps its
own article's naming; ``speaker.linked`` gives the batch's one name.

Each row is a batch of made-up articles, extracted and read as one run; the quote is found by its
words in each article."""

import pytest
from test_group_inner_names import _batch, _said

from quotes.attribute.names import parse
from quotes.group.one_story import _same_words
from quotes.group.similarity import normalize
from quotes.group.speakers import _Holder, first_named, link_speakers

SAID = "Les examens pratiqués après l'intervention ont montré une tumeur bénigne"
# a place both articles of one event name (``acquainted.one_event``)
AT = " Elle a été opérée à la clinique de Saint-Aubin-des-Bois."
HE_AT = " Il a été opéré à la clinique de Saint-Aubin-des-Bois."
SHOCK = "Nous sommes tous sous le choc après ce drame"
FIRE = "L'incendie a ravagé un immeuble de la rue des Tanneurs à Saint-Aubin-des-Bois."
SCHOOL = "Nous rouvrirons l'école dès la semaine prochaine, quoi qu'il arrive"


ROWS = [
    # must link: a sovereign title and a first name, her full name in the other outlet; the
    # outlets open the statement at different words (« Toutefois, les examens… », « des examens… »)
    ("a princess by her first name",
     [f"« Toutefois, les {SAID[4:]} », a déclaré la princesse Maud dans une vidéo. Elle s'est "
      "dite confiante." + AT,
      f"« Des {SAID[4:]} », a expliqué Maud Ferrand dans une vidéo. Elle s'est dite confiante."
      + AT],
     ("Maud", "Maud Ferrand"), "Maud Ferrand"),
    # ... a man, the cue before the quote, a past tense
    ("a prince by his first name, the cue first",
     [f"Le prince Anselme avait annoncé : « {SAID}. » Il a remercié les médecins." + HE_AT,
      f"Anselme Dervaux avait annoncé : « {SAID}. » Il a remercié les médecins." + HE_AT],
     ("Anselme", "Anselme Dervaux"), "Anselme Dervaux"),
    # ... the first name alone, a pronoun showing her gender
    ("a first name alone, her gender shown by a pronoun",
     [f"Maud a parlé lundi. « {SAID} », a-t-elle précisé." + AT,
      f"Maud Ferrand a parlé lundi. « {SAID} », a-t-elle précisé." + AT],
     ("Maud", "Maud Ferrand"), "Maud Ferrand"),
    # ... a first name only given_names.tsv lists, which ``inner_word`` finds in the full name
    ("a princess by a first name of given_names.tsv",
     [f"« {SAID} », a déclaré la princesse Ilse." + AT,
      f"« {SAID} », a expliqué Ilse Brandt." + AT],
     ("Ilse", "Ilse Brandt"), "Ilse Brandt"),
    ("a king by a first name of given_names.tsv",
     [f"« {SAID} », a déclaré le roi Karl." + HE_AT,
      f"« {SAID} », a expliqué Karl Olsen." + HE_AT],
     ("Karl", "Karl Olsen"), "Karl Olsen"),
    # must not: two people of the batch bear the first name
    ("must not: two full names share the first name",
     [f"« {SAID} », a déclaré la princesse Maud dans une vidéo. Elle s'est dite confiante.",
      f"« {SAID} », a expliqué Maud Ferrand dans une vidéo. Elle s'est dite confiante. « Nous "
      "serons là », a ajouté sa cousine Maud Vasseur. Elle a souri."],
     ("Maud", "Maud Ferrand"), None),
    # ... the genders the records show differ
    ("must not: two genders",
     [f"« {SAID} », a déclaré Dominique, la patiente, dans une vidéo. Elle s'est dite confiante.",
      f"« {SAID} », a expliqué le chirurgien Dominique Ferrand. Il s'est dit confiant."],
     ("Dominique", "Dominique Ferrand"), None),
    # ... one event named by nothing but the words: no other name both articles give
    ("must not: the same words, no other name of one event",
     [f"« Toutefois, les {SAID[4:]} », a déclaré la princesse Maud dans une vidéo.",
      f"« Des {SAID[4:]} », a expliqué Maud Ferrand dans une vidéo."],
     ("Maud", "Maud Ferrand"), None),
    # ... a one-word name after a title is a surname (« M. Martin » is not « Martin Dubois »)
    ("must not: a surname after « M. »",
     [f"{FIRE} « {SCHOOL} », a déclaré le maire, M. Martin, devant les parents.",
      f"{FIRE} « {SCHOOL} », a déclaré Martin Dubois devant les parents."],
     ("Martin", "Martin Dubois"), None),
    ("must not: a surname after « M. », no role",
     [f"{FIRE} « {SCHOOL} », a déclaré M. Martin devant les parents.",
      f"{FIRE} « {SCHOOL} », a déclaré Martin Dubois devant les parents."],
     ("Martin", "Martin Dubois"), None),
    ("must not: a surname after « Mme »",
     [f"{FIRE} « {SHOCK} », a confié Mme Laurence, la directrice de l'école.",
      f"{FIRE} « {SHOCK} », a confié Laurence Petit. Elle enseigne à Nantes."],
     ("Laurence", "Laurence Petit"), None),
    # ... two events, one formula: a fire in one town, floods in another
    ("must not: one formula of two events",
     [f"Un incendie a ravagé un immeuble de Lyon dans la nuit. « {SHOCK} », a confié Paul, qui "
      "habite au troisième étage.",
      f"Des pluies diluviennes ont inondé le centre de Nice. « {SHOCK} », a déclaré Paul "
      "Girard, qui dirige la cellule de crise."],
     ("Paul", "Paul Girard"), None),
    # ... a bishop's surname after « Mgr » (lexicon/titles.txt); after « Sir », a given name
    ("must not: a surname after « Mgr »",
     [f"{FIRE} « {SHOCK} », a confié Mgr Paul devant l'immeuble.",
      f"{FIRE} « {SHOCK} », a déclaré Paul Girard devant l'immeuble."],
     ("Paul", "Paul Girard"), None),
    ("a given name after « Sir »",
     [f"{FIRE} « {SHOCK} », a confié Sir Paul devant l'immeuble.",
      f"{FIRE} « {SHOCK} », a déclaré Paul Girard devant l'immeuble."],
     ("Paul", "Paul Girard"), "Paul Girard"),
    # ... one event, a witness by a changed first name and an age, and the prefect
    ("must not: a witness's changed first name and the prefect",
     [f"{FIRE} « {SHOCK} », a confié Paul, 34 ans (le prénom a été modifié).",
      f"{FIRE} « {SHOCK} », a déclaré le préfet du Rhône, Paul Girard."],
     ("Paul", "Paul Girard"), None),
    # ... one event, a witness by a changed first name alone
    ("must not: a changed first name",
     [f"{FIRE} « {SHOCK} », a confié Paul (le prénom a été modifié) devant l'immeuble.",
      f"{FIRE} « {SHOCK} », a déclaré Paul Girard devant l'immeuble."],
     ("Paul", "Paul Girard"), None),
    # ... the same two articles, the first name written plainly: one person
    ("a first name alone, one event",
     [f"{FIRE} « {SHOCK} », a confié Paul devant l'immeuble.",
      f"{FIRE} « {SHOCK} », a déclaré Paul Girard devant l'immeuble."],
     ("Paul", "Paul Girard"), "Paul Girard"),
    # ... one event, a witness by a first name and an age, the full name another's
    ("must not: a first name and an age",
     [f"{FIRE} « {SHOCK} », a confié Paul, 34 ans, devant l'immeuble.",
      f"{FIRE} « {SHOCK} », a déclaré Paul Girard devant l'immeuble."],
     ("Paul", "Paul Girard"), None),
    # ... one event, a witness described, the full name an official's
    ("must not: a neighbour and the official",
     [f"{FIRE} « {SHOCK} », a confié Paul, un voisin.",
      f"{FIRE} « {SHOCK} », a déclaré le maire, Paul Girard."],
     ("Paul", "Paul Girard"), None),
    # ... one event, a first name with a role of its own, the full name none
    ("must not: a first name and its trade, the full name without",
     [f"{FIRE} « {SHOCK} », a confié Paul, pompier volontaire.",
      f"{FIRE} « {SHOCK} », a déclaré Paul Girard devant l'immeuble."],
     ("Paul", "Paul Girard"), None),
    # ... another person of the batch bears the first name, named and not quoted
    ("must not: another bearer named, not quoted",
     [f"{FIRE} « {SCHOOL} », a lancé Paul devant la foule.",
      f"{FIRE} « {SCHOOL} », a déclaré Paul Morel devant ses partisans. Son cousin Paul Girard, "
      "lui, est resté silencieux."],
     ("Paul", "Paul Morel"), None),
    # ... another story: a few words alike only
    ("must not: another story's words",
     ["« Je ne m'attendais pas à cela », a avoué la princesse Maud lors de sa visite à Lunel.",
      "« Je ne m'attendais pas à une telle victoire », a avoué Maud Ferrand après la finale."],
     ("Maud", "Maud Ferrand"), None),
]


@pytest.mark.parametrize(("case", "texts", "names", "linked"), ROWS, ids=[r[0] for r in ROWS])
def test_a_first_name_alone_is_the_batchs_full_name(nlp, case, texts, names, linked):
    quotes = _batch(nlp, texts)
    words = next(w for w in ("montré", "attendais", "choc", "rouvrirons") if w in texts[0])
    a, b = _said(quotes, "a0", words), _said(quotes, "a1", words)
    assert (a.speaker.name, b.speaker.name) == names  # each article's own naming stays
    if linked:
        assert a.speaker.linked == b.speaker.linked == linked
    else:
        assert a.speaker.linked != b.speaker.linked


def test_a_first_name_of_given_names_groups_the_statement(nlp):
    """« la princesse Ilse » and « Ilse Brandt », one place named: one speaker, one group."""
    quotes = _batch(nlp, [f"« {SAID} », a déclaré la princesse Ilse." + AT,
                          f"« {SAID} », a expliqué Ilse Brandt." + AT])
    a, b = _said(quotes, "a0", "montré"), _said(quotes, "a1", "montré")
    assert a.group_id is not None and a.group_id == b.group_id


@pytest.mark.parametrize(("names", "genders", "expected"), [
    (["Maud", "Maud Ferrand"], {"Maud": "female", "Maud Ferrand": "female"}, "Maud Ferrand"),
    (["Maud", "Maud Ferrand"], {"Maud": "female", "Maud Ferrand": "male"}, "Maud"),
    # a gender unknown: the first name says no more than the text
    (["Maud", "Maud Ferrand"], {"Maud Ferrand": "female"}, "Maud"),
    (["Maud", "Maud Ferrand", "Maud Vasseur"],
     {"Maud": "female", "Maud Ferrand": "female", "Maud Vasseur": "female"}, "Maud"),
    # the first name of a compound first name is no one's first name alone
    (["Anne", "Marie-Anne Ferrand"], {"Anne": "female", "Marie-Anne Ferrand": "female"}, "Anne"),
])
def test_link_speakers_joins_a_first_name(names, genders, expected):
    """``by_first`` allowing every pair: the batch-level guards of ``first_named``."""
    # all of one event
    linked = link_speakers(names, lambda form, full: True, genders, lambda form, full: True)
    assert linked[names[0]] == expected


@pytest.mark.parametrize(("one", "other", "same"), [
    # one statement, the outlets opening it at different words: a word that says nothing
    ("des examens pratiqués après l'intervention ont montré une tumeur",
     "cependant les examens pratiqués après l'intervention ont montré une tumeur", True),
    # ... a connector of the narrator's (lexicon/narrator_links.txt): « en revanche », « en outre »
    ("des examens pratiqués après l'intervention ont montré une tumeur",
     "en revanche les examens pratiqués après l'intervention ont montré une tumeur", True),
    ("des examens pratiqués après l'intervention ont montré une tumeur",
     "en outre les examens pratiqués après l'intervention ont montré une tumeur", True),
    ("des examens pratiqués après l'intervention ont montré une tumeur",
     "pourtant les examens pratiqués après l'intervention ont montré une tumeur", True),
    # ... a word of content opens the shorter: another statement
    ("scanners pratiqués après l'intervention ont montré une tumeur",
     "les examens pratiqués après l'intervention ont montré une tumeur bénigne", False),
    # ... six words past the opening word: a slogan's length, no tie
    ("et nous ne lâcherons jamais rien", "mais nous ne lâcherons jamais rien", False),
])
def test_same_words_past_an_opening_word(one, other, same):
    assert _same_words(one.lower().split(), other.lower().split()) is same


def test_link_speakers_joins_no_first_name_without_by_first():
    """Without ``by_first`` (one event, ``OneStory.first_name``), no first name joins."""
    genders = {"Maud": "female", "Maud Ferrand": "female"}
    assert link_speakers(["Maud", "Maud Ferrand"], lambda form, full: True, genders)["Maud"] \
        == "Maud"


# two wordings of opposite or other meaning: the words before the shared tail change what is
# said (a pronoun, a preposition, a negation, a quantity, a number), no opener of
# lexicon/empty_openers.txt
OTHER_STATEMENTS = [
    ("Il a menti aux enquêteurs depuis le premier jour",
     "Elle a menti aux enquêteurs depuis le premier jour"),
    ("Sans les subventions de l'État, nous fermerons l'usine en juin",
     "Avec les subventions de l'État, nous fermerons l'usine en juin"),
    ("Jamais nous ne voterons ce budget injuste pour la ville",
     "Nous voterons ce budget injuste pour la ville"),
    ("Pas question de fermer la maternité de notre ville",
     "Il est question de fermer la maternité de notre ville"),
    ("Plus de trois cents familles ont perdu leur logement cette nuit",
     "Moins de trois cents familles ont perdu leur logement cette nuit"),
    ("Cinq ouvriers ont été blessés sur le chantier de la gare",
     "Deux ouvriers ont été blessés sur le chantier de la gare"),
    ("Personne ne pourra nous empêcher de manifester devant la mairie",
     "Rien ne pourra nous empêcher de manifester devant la mairie"),
    # ... the shared tail deep inside the longer, past words of its own
    ("Des examens ont montré une tumeur bénigne chez la patiente",
     "Selon le chirurgien, les examens ont montré une tumeur bénigne chez la patiente"),
]


@pytest.mark.parametrize(("one", "other"), OTHER_STATEMENTS)
def test_other_statements_are_not_one(one, other):
    read = [normalize(x).split() for x in (one, other)]
    assert not _same_words(*read)


@pytest.mark.parametrize(("one", "other"), OTHER_STATEMENTS[:3])
def test_other_statements_join_no_speakers(nlp, one, other):
    """Opposite statements of « Julie » and « Julie Moreau », in two articles of one event: two
    people (the stop-word rule had joined them)."""
    quotes = _batch(nlp, [f"{FIRE} « {one} », a affirmé Julie devant le tribunal.",
                          f"{FIRE} « {other} », a affirmé Julie Moreau devant le tribunal."])
    a, b = (next(q for q in quotes if q.article.id == f"a{n}") for n in (0, 1))
    assert a.speaker.linked != b.speaker.linked
    assert a.group_id is None or a.group_id != b.group_id


@pytest.mark.parametrize(("word", "full", "expected"), [
    ("Maud", "Maud Ferrand", "Maud Ferrand"),
    # a word no list gives as a first name (lexicon/first_names.tsv, given_names.tsv)
    ("Vernac", "Vernac Ferrand", None),
])
def test_first_named_asks_the_first_name_lists(word, full, expected):
    holders = [_Holder(full, parse(full))]
    assert first_named(parse(word), holders, "female", {full: "female"}) == expected


# ``first_names.titled``: one row an honorific of lexicon/titles.txt (but « given » ones) and
# of spelled_titles.txt; a one-word name after it is a surname. (entry, sentence, form, titled)
TITLED = [
    ("M.", "« Nous rouvrirons », a promis M. Lemoine devant les parents.", "Lemoine", True),
    ("MM.", "MM. Vasseur et Roy ont signé. « C'est fait », a dit MM. Vasseur.", "Vasseur", True),
    ("Mme", "« Je reste », a confié Mme Laurence, la directrice.", "Laurence", True),
    ("Mmes", "« Nous restons », ont dit Mmes Carpentier et Hugo.", "Carpentier", True),
    ("Mlle", "« J'ai eu peur », a raconté Mlle Bastide.", "Bastide", True),
    ("Me", "« Mon client est innocent », a plaidé Me Rivière.", "Rivière", True),
    ("Mes", "« Nous ferons appel », ont dit Mes Rivière et Garnier.", "Rivière", True),
    ("Maître", "« Nous ferons appel », a annoncé maître Garnier.", "Garnier", True),
    ("Dr", "« Le patient va mieux », a indiqué le Dr Mercier.", "Mercier", True),
    ("Pr", "« Le virus recule », estime le Pr Olivier.", "Olivier", True),
    ("Mgr", "« Prions pour les victimes », a déclaré Mgr Lenoir.", "Lenoir", True),
    # a title written with a point it does not need is an entry of its own
    ("Mme.", "« Merci », a dit Mme. Michel.", "Michel", True),
    ("Mmes.", "« Merci », ont dit Mmes. Michel et Roux.", "Michel", True),
    ("Mlle.", "« Entrez », a dit Mlle. Lucas.", "Lucas", True),
    ("Me.", "« Nous ferons appel », a réagi Me. Thomas.", "Thomas", True),
    ("Mes.", "« Nous plaiderons », ont dit Mes. Thomas et Roux.", "Thomas", True),
    ("Dr.", "« Il faut dormir », conseille le Dr. Martin.", "Martin", True),
    ("Pr.", "« Les données manquent », juge le Pr. Simon.", "Simon", True),
    ("Mgr.", "« Prions », a dit Mgr. Lenoir.", "Lenoir", True),
    ("docteur", "« Il faut dormir », conseille le docteur Martin.", "Martin", True),
    ("professeur", "« Les données manquent », juge le professeur Simon.", "Simon", True),
    ("monsieur", "« Merci, monsieur Bernard », a lancé la juge.", "Bernard", True),
    ("madame", "« Bonjour madame Michel », a dit l'enfant.", "Michel", True),
    ("mademoiselle", "« Entrez, mademoiselle Lucas », a dit le juge.", "Lucas", True),
    ("maître", "« Nous ferons appel », a réagi maître Thomas.", "Thomas", True),
]
# near misses: a given name after « Sir », a name after a noun that is no title, the pronoun
NOT_TITLED = [
    ("« Merci », a déclaré Sir Paul après le concert.", "Paul"),
    ("« Je reste », a confié la voisine Laurence.", "Laurence"),
    ("« Merci », a déclaré Martin, le docteur de la ville.", "Martin"),
]


@pytest.mark.parametrize(("entry", "text", "form", "expected"), TITLED,
                         ids=[row[0] for row in TITLED])
def test_a_name_after_a_title_is_a_surname(entry, text, form, expected):
    from quotes.group.first_names import titled

    assert entry.lower() in text.lower() and titled(form, text) is expected


@pytest.mark.parametrize(("text", "form"), NOT_TITLED)
def test_a_name_after_no_title_may_be_a_first_name(text, form):
    from quotes.group.first_names import titled

    assert not titled(form, text)


def test_every_title_has_a_row():
    from quotes.lexicon import marked_rows, titles, words

    given = {row[0] for row in marked_rows("titles.txt", "given")}
    assert {row[0] for row in TITLED} == (titles() - given) | words("spelled_titles")
    assert given == {"Sir"}


# ``first_names.described``: an age or a determiner after the comma describes the first name
@pytest.mark.parametrize(("text", "expected"), [
    ("« J'ai tout vu », raconte Paul, 34 ans.", True),
    ("« J'ai tout vu », raconte Paul, un voisin.", True),
    ("« J'ai tout vu », raconte Paul, une fois rentré.", True),
    ("« J'ai tout vu », raconte Paul, l'aîné de la famille.", True),
    ("« J'ai tout vu », raconte Paul, le gardien.", True),
    ("« J'ai tout vu », raconte Paul, la tête basse.", True),
    ("« Nous avons tout vu », racontent Paul, les enfants et leur mère.", True),
    ("« J'ai tout vu », raconte Paul, son voisin.", True),
    ("« J'ai tout vu », raconte Paul, sa voisine.", True),
    ("« J'ai tout vu », raconte Paul, ses clés à la main.", True),
    ("« J'ai tout vu », raconte Paul, leur voisin.", True),
    ("« J'ai tout vu », raconte Paul, notre voisin.", True),
    ("« J'ai tout vu », raconte Paul, votre voisin.", True),
    ("« J'ai tout vu », raconte Paul, mon voisin.", True),
    ("« J'ai tout vu », raconte Paul, ma voisine.", True),
    ("« J'ai tout vu », raconte Paul, ce voisin discret.", True),
    ("« J'ai tout vu », raconte Paul, cet ami fidèle.", True),
    ("« J'ai tout vu », raconte Paul, cette nuit-là.", True),
    # near misses: no comma, a word that is no determiner, a plural demonstrative
    ("« J'ai tout vu », raconte Paul devant l'immeuble.", False),
    ("« J'ai tout vu », raconte Paul, pompier volontaire.", False),
    ("« J'ai tout vu », raconte Paul, ces derniers jours.", False),
    ("« J'ai tout vu », raconte Paul, leurs voisins l'ont dit.", False),
])
def test_a_first_name_described(text, expected):
    from quotes.group.first_names import described

    assert described("Paul", text) is expected
