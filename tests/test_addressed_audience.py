"""Those a role's holder speaks to are no part of the role (quotes/attribute/role_bounds.py,
``addressed_audience``): after the role's own complement, « à », « aux » or « auprès de », a
determiner or none, and a noun of lexicon/speaking_audiences.txt; one row a construction, with
rows where the role must stay whole."""

import pytest
from conftest import quote_said

ROWS = [
    # (text, quote, speaker, role)
    # ---- an indefinite audience after the role's complement: the verb's, whatever follows it
    ("« Les tribunes seront pleines », a confié Hugo Tessier, entraîneur des gardiens du club "
     "de Vernac à des reporters.", "Les tribunes seront pleines", "Hugo Tessier",
     "entraîneur des gardiens du club de Vernac"),
    ("« La digue a cédé vers minuit », affirme Claire Dumas, directrice de la sécurité civile de "
     "l'Ardenne à quelques journalistes présents.", "La digue a cédé vers minuit", "Claire Dumas",
     "directrice de la sécurité civile de l'Ardenne"),
    ("« Le convoi repartira demain », avait expliqué Marc Tellier, chef du bureau des transports "
     "à un journaliste de Radio Vernac.", "Le convoi repartira demain", "Marc Tellier",
     "chef du bureau des transports"),
    # read so before the change too (the description's role ends there): must not change
    ("« Personne n'a été blessé », a précisé la porte-parole de la préfecture de l'Orne à "
     "plusieurs journalistes étrangers.", "Personne n'a été blessé", None,
     "porte-parole de la préfecture de l'Orne"),
    # ---- a definite audience or « auprès de », with no complement of its own after it
    # a definite audience ended the role before the change too: must not change
    ("« Les écoles rouvriront lundi », dira Sophie Lemaire, adjointe au maire de Vernac aux "
     "journalistes.", "Les écoles rouvriront lundi", "Sophie Lemaire",
     "adjointe au maire de Vernac"),
    ("« La ligne sera rétablie jeudi », a assuré Hugo Perrin, président du syndicat des "
     "transports auprès des médias.", "La ligne sera rétablie jeudi", "Hugo Perrin",
     "président du syndicat des transports"),
    ("« La route restera fermée », a indiqué Rémi Caron, directeur du parc naturel auprès de "
     "la presse.", "La route restera fermée", "Rémi Caron", "directeur du parc naturel"),
    # must not: right after the role noun, or before a complement or an adjective of its own,
    # the audience is the role's
    ("« Le texte sera retiré », a indiqué Lucien Varlet, délégué de l'ambassade aux journalistes "
     "étrangers.", "Le texte sera retiré", "Lucien Varlet",
     "délégué de l'ambassade aux journalistes étrangers"),
    ("« Le texte sera retiré », a indiqué Odile Ferrand, attachée à la presse du ministre.",
     "Le texte sera retiré", "Odile Ferrand", "attachée à la presse du ministre"),
    ("« Le texte sera retiré », a indiqué Odile Ferrand, responsable des relations avec des "
     "journalistes.", "Le texte sera retiré", "Odile Ferrand",
     "responsable des relations avec des journalistes"),
    # must not: « auprès des » is « de les », a definite: before a complement or an adjective
    # of its own the audience is the role's
    ("« Le bâtiment sera évacué », a précisé Léa Morin, chargée des relations auprès des médias "
     "du groupe Valtor.", "Le bâtiment sera évacué", "Léa Morin",
     "chargée des relations auprès des médias du groupe Valtor"),
    ("« Le bâtiment sera évacué », a précisé Léa Morin, responsable des relations auprès des "
     "journalistes étrangers.", "Le bâtiment sera évacué", "Léa Morin",
     "responsable des relations auprès des journalistes étrangers"),
    # must not: a body after « à » is where the role is held
    ("« Le virus recule », a souligné Inès Morel, chercheuse en virologie à l'Institut Pasteur de "
     "Lille.", "Le virus recule", "Inès Morel",
     "chercheuse en virologie à l'Institut Pasteur de Lille"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), ROWS)
def test_addressed_audience(nlp, text, said, speaker, role):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
