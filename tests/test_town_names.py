"""A name the article gives as a town's is a place, no one who speaks.

The complement of a town's noun of lexicon/town_nouns.txt (« la commune de Sarlieu », « le
village de Mervans ») is a place whatever the noun's vector reads (``noun_kinds.town_of``), and
the same word elsewhere in the article (« les faits commis à Sarlieu ») is that place too
(``casting.cast_people``): never the one a description after it is tied to. A storm's name
after its noun (« la tempête Orlane »: lexicon/storm_nouns.txt, one word) is no one's either. One
row: text -> the quote, its speaker (None: no one named fits) and role. Names and places are
made up.
"""

import pytest

from quotes.model import Article
from quotes.pipeline import extract_doc

ROWS = [
    # the town's name is no one the description after it may be tied to, were it a
    # sentence's subject after it (« Sarlieu pleure … »)
    ("Un adolescent est mort dans la commune de Sarlieu (Drôme), a annoncé le procureur de "
     "la République de Vernay. Sarlieu pleure son enfant.", "Un adolescent est mort dans la "
     "commune de Sarlieu (Drôme)", None, "procureur de la République de Vernay"),
    ("Un incendie a détruit une grange dans le village de Lauzières, a indiqué le préfet. "
     "Lauzières pleure ses bêtes.", "Un incendie a détruit une grange dans le village de "
     "Lauzières", None, "préfet"),
    # the same word after « à » is the place the article gave: still no one
    ("La fête a eu lieu dans la commune de Sarlieu. « Les faits commis à Sarlieu restent "
     "graves », poursuit le procureur. Sarlieu attend des réponses.", "Les faits commis à "
     "Sarlieu restent graves", None, "procureur"),
    # only the article's cast tells the bare word for the town the article gave: no one
    ("Un adolescent a été tué dans la commune de Sarlieu. « L'enquête avance », a déclaré le "
     "procureur. Sarlieu pleure son enfant.", "L'enquête avance", None, "procureur"),
    # the storm's name is no one's
    ("Avec la dépression Gaspard, 300 000 foyers sont privés de courant, a précisé le "
     "porte-parole de la préfecture.", "Avec la dépression Gaspard, 300 000 foyers sont privés "
     "de courant", None, "porte-parole de la préfecture"),
    # must not fire: a person's name after « de » but no town's noun, and one the article
    # names as a person before
    ("Le procureur Marc Viallet a parlé à la presse. « L'enquête avance », a déclaré le "
     "procureur.", "L'enquête avance", "Marc Viallet", "procureur"),
    ("Le maire de la commune, Paul Sarlin, a réagi. « Nous sommes sous le choc », a "
     "déclaré Paul Sarlin.", "Nous sommes sous le choc", "Paul Sarlin", "maire de la commune"),
    # must not fire: after a town's noun, a name shaped as a person's (a first name and a
    # surname, or a role in apposition), whom the description then names
    ("La commune de Paul Sarlin, ancien ministre de l'Agriculture, a voté contre le projet. "
     "« C'est une erreur », a estimé l'ancien ministre.", "C'est une erreur", "Paul Sarlin",
     "ancien ministre de l'Agriculture"),
    ("Dans la ville de Marc Roux, maire depuis 2008, les impôts n'ont pas bougé. « Nous "
     "tenons nos promesses », affirme l'édile.", "Nous tenons nos promesses", "Marc Roux",
     "maire"),
    ("Dans la ville de Marc Roux, maire depuis 2008, les impôts n'ont pas bougé. « Nous "
     "tenons nos promesses », a dit Marc Roux.", "Nous tenons nos promesses", "Marc Roux",
     "maire"),
    ("La ville de Paul Sarlin, ancien ministre. « Je reste ici », a dit Paul Sarlin.",
     "Je reste ici", "Paul Sarlin", "ancien ministre"),
    # must not fire: a storm's noun before two words, a person's (a storm takes one name)
    ("Frappée par la dépression Lucie Marin a cessé de travailler. « J'étais épuisée », "
     "dit-elle.", "J'étais épuisée", "Lucie Marin", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role"), ROWS)
def test_town_names(nlp, text, quote, speaker, role):
    found = [q for q in extract_doc(Article("t", text), nlp(text)).quotes
             if q.span.text == quote]
    assert found, "nothing extracted"
    sp = found[0].speaker
    assert sp.name == speaker
    assert sp.role == role


# the complement of a town's noun, determiners and adjectives between aside; not of another
# noun, nor a name with no « de » before it
TOWNS = [
    ("Il habite dans la commune de Sarlieu.", "Sarlieu", True),
    ("Elle est née dans la petite ville de Mervans.", "Mervans", True),
    ("Le bourg de Lantiac fête son saint.", "Lantiac", True),
    ("Les pompiers ont quitté le village de Mervans.", "Mervans", True),
    ("Il habite dans le département de Lozère depuis dix ans.", "Lozère", True),
    ("Il a salué le travail de Paul Sarlin.", "Paul Sarlin", False),
    ("La commune a remercié Paul Sarlin.", "Paul Sarlin", False),
    # a name shaped as a person's: a first name and more, or a role in apposition after it
    ("La commune de Paul Sarlin a voté contre.", "Paul Sarlin", False),
    ("Le conseil s'est réuni dans la ville natale de Paul Sarlin.", "Paul Sarlin", False),
    ("Dans la ville de Marc Roux, maire depuis 2008, rien ne bouge.", "Marc Roux", False),
    ("La ville de Sarlin, ancien ministre, a voté contre.", "Sarlin", False),
]


@pytest.mark.parametrize(("text", "name", "town"), TOWNS)
def test_town_of(nlp, text, name, town):
    from quotes.attribute.name_spans import name_spans
    from quotes.attribute.noun_kinds import thing_of, town_of

    found = [e for e in name_spans(nlp(text)) if e.text == name]
    assert found, "no entity"
    assert town_of(found[0]) is town
    # a town's complement is a thing's whatever the noun's vector reads (« commune »,
    # « ville », « département »: no thing's)
    assert thing_of(found[0]) or not town

