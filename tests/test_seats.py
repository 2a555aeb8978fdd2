"""Bodies named by their seat (``attribute.seats``): « selon la rue de Grenelle » is the
ministry, an organisation named as written; the same words as an address name no one."""

import pytest
from conftest import quote_said

from quotes.attribute.seats import seat

# each entry of lexicon/seats.txt, as a mention gives it -> the name it gets
SEATS = [
    ("l'Élysée", "Élysée"),
    ("l’Elysée", "Elysée"),
    ("le palais de l'Élysée", "palais de l'Élysée"),
    ("Matignon", "Matignon"),
    ("l'hôtel Matignon", "hôtel Matignon"),
    ("Bercy", "Bercy"),
    ("Beauvau", "Beauvau"),
    ("la place Beauvau", "place Beauvau"),
    ("le Quai d’Orsay", "Quai d’Orsay"),
    ("la rue de Grenelle", "rue de Grenelle"),
    ("l'hôtel de Brienne", "hôtel de Brienne"),
    ("la rue de Valois", "rue de Valois"),
    ("l'avenue de Ségur", "avenue de Ségur"),
    ("la rue de Varenne", "rue de Varenne"),
    ("la place Vendôme", "place Vendôme"),
    ("le palais Bourbon", "palais Bourbon"),
]


@pytest.mark.parametrize(("mention", "name"), SEATS)
def test_a_seat_names_its_body(mention, name):
    assert seat(mention) == name


# must not fire: a seat that only completes or follows the mention's noun is an address
@pytest.mark.parametrize("mention", ["un café de la rue de Grenelle", "la rue de Grenelle à Vernay",
                                     "un conseiller de la place Beauvau", "la rue"])
def test_an_address_is_no_seat(mention):
    assert seat(mention) is None


ROWS = [
    # a street's name: the ministry, not a thing (it was dropped)
    ("Le lycée de Vernay rouvrira lundi. C'est une première, selon la rue de Grenelle.",
     "C'est une première", "rue de Grenelle"),
    ("Selon la rue de Grenelle, les classes de Vernay rouvriront lundi.",
     "les classes de Vernay rouvriront lundi", "rue de Grenelle"),
    ("« Le plan sera présenté en mai », a précisé l'avenue de Ségur.",
     "Le plan sera présenté en mai", "avenue de Ségur"),
    ("« Le musée de Brévin rouvrira en mai », indique la rue de Valois.",
     "Le musée de Brévin rouvrira en mai", "rue de Valois"),
    ("« Les aides seront versées en mars », a indiqué la rue de Varenne.",
     "Les aides seront versées en mars", "rue de Varenne"),
    ("Selon le quai d'Orsay, la visite à Vernay est maintenue.",
     "la visite à Vernay est maintenue", "quai d'Orsay"),
    ("« Le texte sera examiné jeudi », selon le palais Bourbon.",
     "Le texte sera examiné jeudi", "palais Bourbon"),
    # a square's or a palace's name: the whole seat, not its last word
    ("Le préfet de Brévin a été convoqué. C'est une faute grave, selon la place Beauvau.",
     "C'est une faute grave", "place Beauvau"),
    ("La peine de Paul Morel sera appliquée, selon la place Vendôme.",
     "La peine de Paul Morel sera appliquée", "place Vendôme"),
    ("La réforme sera votée en juin, selon l'hôtel Matignon.",
     "La réforme sera votée en juin", "hôtel Matignon"),
    # a seat's name alone: a body, never a person's surname
    ("Selon Matignon, la réforme sera votée en juin.", "la réforme sera votée en juin",
     "Matignon"),
    ("Les renforts arriveront à Vernay en mars, selon Beauvau.",
     "Les renforts arriveront à Vernay en mars", "Beauvau"),
    ("Le Palais-Bourbon a fait savoir que le texte serait examiné jeudi.",
     "le texte serait examiné jeudi", "Palais-Bourbon"),
    # must not change: seats read as bodies already
    ("La réforme sera votée en juin, a indiqué l'Elysée.", "La réforme sera votée en juin",
     "Elysée"),
    ("« Le budget sera tenu », selon Bercy.", "Le budget sera tenu", "Bercy"),
    ("Selon l'hôtel de Brienne, les troupes resteront à Vernay.",
     "les troupes resteront à Vernay", "hôtel de Brienne"),
]


@pytest.mark.parametrize(("text", "quote", "name"), ROWS)
def test_a_seat_speaks_as_its_body(nlp, text, quote, name):
    speaker = quote_said(nlp, text, quote).speaker
    assert (speaker.name, speaker.kind) == (name, "organization")


# must not fire: the seat as an address, inside the mention or beside the speaker
ADDRESSES = [
    ("Un café de la rue de Grenelle a annoncé qu'il fermerait en août.",
     "il fermerait en août", "un café de la rue de Grenelle"),
    ("Le préfet sera reçu mardi, a indiqué un conseiller de la place Beauvau.",
     "Le préfet sera reçu mardi", "un conseiller de la place Beauvau"),
    ("Le maire Paul Morel, qui habite rue de Grenelle, a déclaré que « tout ira bien ».",
     "« tout ira bien »", "Paul Morel"),
    # a seat's name has no gender: « elle » after it is the woman named, not the body
    ("Matignon a annoncé la nomination d'Anne Roux à Vernay. « C'est un honneur », a-t-elle "
     "réagi.", "C'est un honneur", "Anne Roux"),
]


@pytest.mark.parametrize(("text", "quote", "name"), ADDRESSES)
def test_an_address_does_not_speak(nlp, text, quote, name):
    assert quote_said(nlp, text, quote).speaker.name == name
