"""Adjectives made the noun of a phrase by a determiner describe a person, by the parse, not by
the word alone (quotes/detect/nominal.py, lexicon/nominal_adjectives.tsv): « a lancé
l'international malien » is the player the article is about, with the role « international
malien »; « le gaucher », « la socialiste », « l'Insoumise » are the person the article names,
with no role of their own (a trait or a party is no function). The same words as adjectives
(« clap de fin international pour le portier », « il est gaucher ») describe no one and open
no role; « la Française des jeux » stays a firm, « les socialistes » a group, « un Français »
an unnamed witness. Sentences written for these tests, with invented people and places."""

import pytest
from conftest import quote_said

from quotes.lexicon import table

SERVED = "J'ai bien servi"
HIM = "Marc Tissier s'est qualifié pour la finale de Rouvray. "
HER = "Inès Carrel s'est qualifiée pour la finale de Rouvray. "

def after(entry, lead, said, cue, noun, speaker, role, gender):
    """A row of ``ENTRIES``: ``lead``, then « said », ``cue`` and the ``noun`` of the entry."""
    return entry, f"{lead}« {said} », {cue} {noun}.", said, speaker, role, gender


# (entry of lexicon/nominal_adjectives.tsv, sentence, words said, speaker, role, gender)
BUDGET = "votera contre le budget. "
ENTRIES = [
    after("international", "Le milieu Hugo Ferrand a prolongé son contrat à Vernac. ",
          "Je reste ici", "a annoncé", "l'international malien", "Hugo Ferrand",
          "international malien", "male"),
    after("internationale", "Léa Ferrand a prolongé son contrat à Vernac. ", "Je reste ici",
          "a assuré", "l'internationale française", "Léa Ferrand", "internationale française",
          "female"),
    after("gaucher", HIM, SERVED, "a expliqué", "le gaucher", "Marc Tissier", None, "male"),
    after("gauchère", HER, SERVED, "a souri", "la gauchère", "Inès Carrel", None, "female"),
    ("droitier", HIM + "Le droitier a estimé qu'il avait bien servi.", "il avait bien servi",
     "Marc Tissier", None, "male"),
    after("droitière", HER, SERVED, "a raconté", "la droitière", "Inès Carrel", None, "female"),
    after("socialiste", "Le sénateur Marc Tissier a déposé un amendement. ",
          "Il faut taxer les profits", "a plaidé", "le socialiste", "Marc Tissier", "sénateur",
          "male"),
    after("écologiste", "La maire Inès Carrel a fermé la rocade. ", "La ville respire enfin",
          "s'est félicitée", "l'écologiste", "Inès Carrel", "maire", "female"),
    after("libéral", "Le député Marc Tissier " + BUDGET, "Ce texte est injuste", "a tranché",
          "le libéral", "Marc Tissier", "député", "male"),
    after("libérale", "La députée Inès Carrel " + BUDGET, "Ce texte est injuste", "a déclaré",
          "la libérale", "Inès Carrel", "députée", "female"),
    after("centriste", "Le maire Marc Tissier a quitté son parti. ", "Je reste au centre",
          "assure", "le centriste", "Marc Tissier", "maire", "male"),
    after("communiste", "Le maire Marc Tissier a signé la pétition. ", "La ville doit agir",
          "avait affirmé", "le communiste", "Marc Tissier", "maire", "male"),
    after("insoumis", "Le député Marc Tissier a interpellé le ministre. ", "Vous mentez",
          "a lancé", "l'Insoumis", "Marc Tissier", "député", "male"),
    after("insoumise", "La députée Inès Carrel a interpellé la ministre. ", "Vous mentez",
          "a lancé", "l'Insoumise", "Inès Carrel", "députée", "female"),
]

# (sentence, words said, speaker, role, gender, kind): other orders, determiners and tenses
FORMS = [
    # the noun set before its verb, the words said in a que-clause
    (HIM + "Le gaucher a confié qu'il était très heureux.", "il était très heureux",
     "Marc Tissier", None, "male", "person"),
    (HIM + "L'international a estimé qu'il méritait sa victoire.", "il méritait sa victoire",
     "Marc Tissier", "international", "male", "person"),
    # an adjective before the noun, which the parse hangs on it (« l'ancien international »)
    ("Hugo Ferrand a rejoint Vernac. « Je suis fier », confiera l'ancien international.",
     "Je suis fier", "Hugo Ferrand", "ancien international", "male", "person"),
    # an adjective the tagger left as the head of its phrase (« le libéral »), a future
    ("Le maire Marc Tissier a perdu. Le libéral dira qu'il a perdu dignement.",
     "il a perdu dignement", "Marc Tissier", "maire", "male", "person"),
    # a party word written lowercase, which the tagger reads as a plural (« l'insoumis »)
    ("Le député Marc Tissier a interpellé le ministre. « Vous mentez », a lancé l'insoumis.",
     "Vous mentez", "Marc Tissier", "député", "male", "person"),
    # a word of both genders after « l' » shows none (the tagger's « Fem » is no one's): the
    # one person named, a man; alone, no one and no gender
    ("Le député Hugo Ferrand a voté contre. « C'est une honte », a lancé l'écologiste.",
     "C'est une honte", "Hugo Ferrand", "député", "male", "person"),
    ("« C'est une honte », a déclaré l'écologiste.", "C'est une honte", None, None, None,
     "person"),
]

# (sentence, words said, speaker, role, gender, kind): a trait, a party or a role made a noun
# that two or more of the cast fit: the text does not say which, no one (not the one given a
# role, the sentence's subject nor the one named last); one the only player of the article
TWO_WHO_FIT = [
    ("Le tennisman Marc Tissier a battu le joueur Paul Roy en trois sets. « " + SERVED + " », "
     "a expliqué le gaucher.", SERVED, None, None, None, "person"),
    ("Marc Tissier a battu Paul Roy en trois sets. « " + SERVED + " », a expliqué le gaucher.",
     SERVED, None, None, None, "person"),
    ("Paul Roy a perdu contre Marc Tissier en trois sets. « " + SERVED + " », a expliqué le "
     "gaucher.", SERVED, None, None, None, "person"),
    ("La sénatrice Inès Carrel et la députée Léa Ferrand ont voté contre. « C'est injuste », a "
     "lancé la socialiste.", "C'est injuste", None, None, "female", "person"),
    # an adjective before the party word: the description's head is still « socialiste »
    ("La députée Anne Roux et la députée Claire Morin ont voté contre. « C'est une honte », a "
     "lancé l'ancienne socialiste.", "C'est une honte", None, None, "female", "person"),
    ("La députée Anne Roux et la députée Claire Morin ont voté contre. « C'est une honte », a "
     "lancé la jeune socialiste.", "C'est une honte", None, None, "female", "person"),
    ("Paul Roy, Jean Roux et Marc Tissier ont signé la tribune. « Nous reviendrons », a promis "
     "le socialiste.", "Nous reviendrons", None, None, None, "person"),
    ("L'attaquant Hugo Ferrand a battu le gardien Jean Roux. « Je suis heureux », a déclaré "
     "l'international malien.", "Je suis heureux", None, "international malien", None,
     "person"),
    # the article's only player: « l'international » is one of its players, not another post
    ("L'attaquant Hugo Ferrand a marqué deux buts. « Je suis heureux », a déclaré "
     "l'international malien.", "Je suis heureux", "Hugo Ferrand", "attaquant", "male",
     "person"),
]

# (sentence, words said, speaker, role, gender, kind): the same words that describe no one
NEAR_MISSES = [
    # a capitalised word that opens a body's name stays the body
    ("« Nous condamnons ce coup d'État », a déclaré l'Internationale socialiste.",
     "Nous condamnons ce coup d'État", "Internationale socialiste", None, None,
     "organization"),
    # a predicate teaches no role, in a relative or a que-clause (the copula, the parse's head)
    ("Hugo Ferrand, qui est un international, a signé. « Je suis fier », a déclaré le joueur.",
     "Je suis fier", "Hugo Ferrand", "joueur", "male", "person"),
    ("On sait que Hugo Ferrand est un international. « Je suis fier », a déclaré le joueur.",
     "Je suis fier", "Hugo Ferrand", "joueur", "male", "person"),
    # a headline the parse makes a sentence of its own describes no one named after it
    ("L'international malien. Hugo Ferrand a signé à Vernac. « Je suis fier », a-t-il dit.",
     "Je suis fier", "Hugo Ferrand", None, "male", "person"),
    # an adjective of another noun opens no role, though the article uses the noun elsewhere
    ("Fin de carrière internationale pour le gardien de Vernac, Marc Tissier. « Je pars "
     "serein », a-t-il confié.", "Je pars serein", "Marc Tissier", "gardien de Vernac", "male",
     "person"),
    ("Hugo Ferrand, l'international malien, a signé à Vernac. « Je suis fier », a-t-il déclaré. "
     "Clap de fin international pour le portier capitaine de Vernac, Jean Roux. « Je m'en "
     "vais », a dit Jean Roux.", "Je m'en vais", "Jean Roux", "portier capitaine de Vernac",
     "male", "person"),
    ("Hugo Ferrand a signé un contrat. « C'est un international pour le portier », a expliqué "
     "Jean Roux, son agent.", "C'est un international pour le portier", "Jean Roux", "agent",
     "male", "person"),
    # a predicate says what the person is, no role
    ("Marc Tissier est gaucher. « Je sers mieux au soleil », a-t-il dit.",
     "Je sers mieux au soleil", "Marc Tissier", None, "male", "person"),
    # a firm's name that opens on a nationality
    ("Marc Tissier a gagné à Rouvray. « Nous avons perdu », a reconnu la Française des jeux.",
     "Nous avons perdu", "Française des jeux", None, None, "organization"),
    # an age after the description: a description still, resolved
    ("Marc Tissier a gagné le semi-marathon de Rouvray. « J'ai souffert », a confié le "
     "Marseillais de 40 ans.", "J'ai souffert", "Marc Tissier", None, "male", "person"),
    # a plural: a group, no one of the cast
    ("Le maire Marc Tissier a perdu l'élection. « Nous avons perdu », ont reconnu les "
     "socialistes.", "Nous avons perdu", "socialistes", None, None, "person"),
    # an indefinite nationality: an unnamed witness, not the person the article is about
    ("Marc Tissier a gagné à Rouvray. « J'ai eu peur », raconte un Français installé à "
     "Rouvray.", "J'ai eu peur", "un Français installé à Rouvray", None, None, "anonymous"),
    # a party's word that is also a function (« le conservateur du musée ») keeps its role
    ("« Le tableau est un faux », a déclaré le conservateur du musée, Paul Morel.",
     "Le tableau est un faux", "Paul Morel", "conservateur du musée", "male", "person"),
]


def _check(nlp, text, said, speaker, role, gender, kind):
    q = quote_said(nlp, text, said)
    s = q.speaker
    assert (s.name, s.role, s.gender, s.kind) == (speaker, role, gender, kind)


@pytest.mark.parametrize(("entry", "text", "said", "speaker", "role", "gender"), ENTRIES)
def test_each_entry_describes_a_person(nlp, entry, text, said, speaker, role, gender):
    assert entry in text.lower()
    _check(nlp, text, said, speaker, role, gender, "person")


def test_every_entry_has_a_row():
    assert sorted(r[0] for r in ENTRIES) == sorted(row[0] for row in table("nominal_adjectives"))


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender", "kind"), FORMS)
def test_other_orders_and_tenses(nlp, text, said, speaker, role, gender, kind):
    _check(nlp, text, said, speaker, role, gender, kind)


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender", "kind"), NEAR_MISSES)
def test_the_same_words_describing_no_one(nlp, text, said, speaker, role, gender, kind):
    _check(nlp, text, said, speaker, role, gender, kind)


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender", "kind"), TWO_WHO_FIT)
def test_two_who_fit_leave_it_to_no_one(nlp, text, said, speaker, role, gender, kind):
    _check(nlp, text, said, speaker, role, gender, kind)
