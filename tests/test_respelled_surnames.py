"""One person whatever the spelling of their surname, in one article and across a batch.

Each mechanism has rows that fire and rows that must not (made-up sentences, invented names):
- two full names with the same first name and the surname spelled two ways (two letters
  swapped, « Castganol » for « Castagnol »; a letter doubled) are one name
  (``names.respelled_surname``); other first names, short surnames, another letter or an
  initial stay two;
- one article's cast makes such names one person (``cast_merges.respelled_people``) unless the
  text keeps them apart: one sentence gives both, one is a relative's or led by a possessive
  (« sa voisine »), or each has a role of their own that is not one office;
- a description another article's holder takes goes to the person this article names under a
  respelled surname, in this article's spelling (``batch_names.written``);
- grouping compares such names as one speaker when a role of each is one office
  (``group.respelled``), each article keeping its own spelling as the speaker's name; two
  mayors of two towns so named stay two.
"""

import pytest
from conftest import quote_said
from test_batch import on, said

from quotes.attribute.batch import link_batch
from quotes.attribute.batch_names import written
from quotes.attribute.names import parse, respelled_surname
from quotes.group.speakers import link_speakers
from quotes.model import Named


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Hervé Castagnol", "Hervé Castganol", True),  # two letters swapped
    ("Odile Carnet-Vidal", "Odile Carnett-Vidal", True),  # a letter doubled
    ("Hervé Castagnol", "Pierre Castganol", False),  # two first names
    ("Marc Ruiz", "Marc Riuz", False),  # short surnames
    ("Hervé Castagnol", "Hervé Castagnon", False),  # a letter changed: another name
    ("H. Castagnol", "H. Castganol", False),  # an initial says too little
])
def test_respelled_surname(a, b, same):
    one, other = parse(a), parse(b)
    assert one is not None and other is not None
    assert respelled_surname(one, other) is same


def test_the_article_writes_the_name_its_own_way():
    assert written("Odile Carnet-Vidal", {"Odile Carnett-Vidal"}) == "Odile Carnett-Vidal"
    assert written("Odile Carnet-Vidal", {"Paul Carnett-Vidal"}) is None  # another first name
    # two of the cast fit: neither
    assert written("Odile Carnet-Vidal", {"Odile Carnett-Vidal", "Odile Carnet-Viddal"}) is None


def test_a_description_takes_the_spelling_of_its_article():
    named = on(said("q-1", "a1", "Odile Carnet-Vidal", "procureure de Brenac"), "2024-03-04")
    described = on(said("q-2", "a2", None, "procureure de Brenac"), "2024-03-05")
    out = link_batch([named, described], {"a1": [Named("Odile Carnet-Vidal")],
                                          "a2": [Named("Odile Carnett-Vidal")]})
    assert out[1].speaker.name == "Odile Carnett-Vidal"
    assert out[0].speaker.name == "Odile Carnet-Vidal"  # each article its own spelling


PROSECUTOR = {"Odile Carnet-Vidal": {"procureure de Brenac"},
              "Odile Carnett-Vidal": {"procureur de Brenac"}}


@pytest.mark.parametrize(("names", "roles", "linked"), [
    # one office: the spelling quoted most is the one both are compared by
    (["Odile Carnet-Vidal", "Odile Carnett-Vidal", "Odile Carnett-Vidal"], PROSECUTOR,
     {"Odile Carnet-Vidal": "Odile Carnett-Vidal", "Odile Carnett-Vidal": "Odile Carnett-Vidal"}),
    # two offices, or no role to tell: two speakers
    (["Pierre Chevalier", "Pierre Chevallier"],
     {"Pierre Chevalier": {"maire de Salers"}, "Pierre Chevallier": {"maire de Murat"}},
     {"Pierre Chevalier": "Pierre Chevalier", "Pierre Chevallier": "Pierre Chevallier"}),
    (["Odile Carnet-Vidal", "Odile Carnett-Vidal"], {},
     {"Odile Carnet-Vidal": "Odile Carnet-Vidal", "Odile Carnett-Vidal": "Odile Carnett-Vidal"}),
    # another first name, or short surnames: two speakers whatever the roles
    (["Odile Carnet-Vidal", "Paul Carnett-Vidal"],
     {"Odile Carnet-Vidal": {"procureure de Brenac"},
      "Paul Carnett-Vidal": {"procureur de Brenac"}},
     {"Odile Carnet-Vidal": "Odile Carnet-Vidal", "Paul Carnett-Vidal": "Paul Carnett-Vidal"}),
    (["Marc Ruiz", "Marc Riuz"],
     {"Marc Ruiz": {"maire de Vernac"}, "Marc Riuz": {"maire de Vernac"}},
     {"Marc Ruiz": "Marc Ruiz", "Marc Riuz": "Marc Riuz"}),
])
def test_grouping_compares_respelled_names_as_one(names, roles, linked):
    assert link_speakers(names, roles=roles) == linked


@pytest.mark.parametrize(("text", "quote", "speaker", "role"), [
    # one person: the second spelling a slip, the role the first mention gives
    ("Le maire de Pontlieu, Gilles Marvaud, a inauguré la salle. Gilles Mavraud a ensuite "
     "déclaré : « Nous avons tenu nos promesses. »", "Nous avons tenu nos promesses.",
     "Gilles Marvaud", "maire de Pontlieu"),
    ("L'avocate Sandrine Pellerin a plaidé l'acquittement. « Mon client est innocent », a "
     "martelé Sandrine Pelerin.", "Mon client est innocent", "Sandrine Pellerin", "avocate"),
    ("La procureure de Dax, Hélène Maillard, a requis cinq ans. « Les faits sont graves », a "
     "souligné Hélène Mailard, procureure de Dax.", "Les faits sont graves", "Hélène Maillard",
     "procureure de Dax"),
    ("La sénatrice Odile Rousseau a interpellé la ministre. « Nous attendons des réponses », a "
     "déclaré Odile Rouseau devant la presse.", "Nous attendons des réponses", "Odile Rousseau",
     "sénatrice"),
    # APART: one sentence gives both (« et », a verb between them)
    ("Pierre Chevalier, maire de Salers, et Pierre Chevallier, maire de Murat, ont signé "
     "l'accord. « C'est une bonne journée », a dit Pierre Chevallier.",
     "C'est une bonne journée", "Pierre Chevallier", "maire de Murat"),
    ("L'entraîneur Yves Rolland a salué son adjoint Yves Roland. « Le groupe a du caractère », "
     "a estimé Yves Roland.", "Le groupe a du caractère", "Yves Roland", "adjoint"),
    ("Le président de la région, Alain Dufour, a reçu le chef d'entreprise Alain Duffour. « Nous "
     "embaucherons cent personnes », a promis Alain Duffour.", "Nous embaucherons cent personnes",
     "Alain Duffour", None),
    ("Le capitaine Lucas Mathieu a remplacé le défenseur Lucas Matthieu. « On a manqué de "
     "réalisme », a regretté Lucas Matthieu.", "On a manqué de réalisme", "Lucas Matthieu",
     "défenseur"),
    ("L'adjoint aux sports, Éric Vallet, a félicité Éric Valet, vainqueur du marathon. « C'était "
     "dur », a reconnu Éric Valet.", "C'était dur", "Éric Valet", None),
    # APART: a relative (kin), or one led by a possessive
    ("Marie Perrin, présidente du club, et sa fille Marie Perin assistaient au match. « Nous "
     "méritions mieux », a regretté Marie Perin.", "Nous méritions mieux", "Marie Perin", None),
    ("Claire Bonnet, adjointe au maire, était accompagnée de sa belle-sœur Claire Bonet. « Nous "
     "irons jusqu'au bout », a lancé Claire Bonet.", "Nous irons jusqu'au bout", "Claire Bonet",
     None),
    ("La présidente du club, Marie Perrin, a assisté au match. Sa fille, Marie Perin, était là "
     "aussi. « Nous méritions mieux », a regretté Marie Perin.", "Nous méritions mieux",
     "Marie Perin", None),
    ("« La crue a été brutale », a raconté Nadia Lecomte, une habitante. Sa voisine Nadia Lecmote "
     "a ajouté : « Tout est à refaire. »", "Tout est à refaire.", "Nadia Lecmote", None),
    # APART: each a role of their own, no one office
    ("Le docteur Paul Sarrazin dirige le service. « Nous manquons de lits », a reconnu Paul "
     "Sarazin, chef des urgences.", "Nous manquons de lits", "Paul Sarazin", "chef des urgences"),
])
def test_one_article_casts_a_respelled_name_once_unless_kept_apart(nlp, text, quote, speaker,
                                                                   role):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.role) == (speaker, role)
