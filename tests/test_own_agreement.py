"""A person's gender from their own agreement, never from a neighbour's.

A name right after a noun of a thing named after someone (lexicon/named_after_nouns.txt: « la
taxe Voslier », « l'affaire Tessier », « le plan Marchal ») is the thing's, no mention of the
person: its agreement (« destinée », « jugé trop coûteux ») is the thing's, and so is its
apposition. A name after any other noun, listed or not, stays a person's (« le pilote Gasly »,
« l'imam Gardin », « ce jeudi Macron »). A given name borne by both sexes
(lexicon/epicene_names.txt) takes the gender an agreement with the name shows, null when none
does; an agreement also beats the first-name list where the list says the other sex
(« Maxime », listed male). A noun feminine whoever it names (« la victime », « la star »,
« une source ») says nothing of the person, nor do its article and agreements; a feminine
role noun says a woman, a masculine one says nothing of an unnamed person. One row: text ->
the quote, its speaker (None: described, never named), a person (kind ``person`` or
``anonymous``), role (``ANY``: another rule's) and gender. Names and places are made up.
"""

import pytest
from conftest import ANY

from quotes.model import Article
from quotes.pipeline import extract_doc

ROWS = [
    # ---- a name after a thing's noun is the thing's: no agreement, no role of the person
    ("L'économiste Gabriel Voslier défend depuis des mois la taxe Voslier, destinée aux plus "
     "riches. « C'est une question de justice », a-t-il déclaré.",
     "C'est une question de justice", "Gabriel Voslier", "économiste", "male"),
    # the parse hangs « Voslier » on the verb: the noun before it decides, not the label
    ("L'économiste Gabriel Voslier défend la taxe Voslier, destinée aux plus riches. « C'est "
     "une question de justice », a-t-il déclaré.", "C'est une question de justice",
     "Gabriel Voslier", "économiste", "male"),
    ("L'économiste Camille Voslier défend depuis des mois la taxe Voslier, destinée aux plus "
     "riches. « C'est une question de justice », a déclaré l'économiste.",
     "C'est une question de justice", "Camille Voslier", "économiste", None),
    ("L'affaire Tessier, révélée en mars, embarrasse la mairie. « Je suis innocent », a "
     "déclaré Tessier.", "Je suis innocent", "Tessier", None, None),
    ("L'affaire Tessier, révélée en mars, embarrasse la mairie. « Je suis innocent », a "
     "déclaré Lucien Tessier.", "Je suis innocent", "Lucien Tessier", None, "male"),
    ("La députée Anne Vidal a critiqué le plan Marchal, jugé trop coûteux. « Il ne tient "
     "pas », a déclaré Marchal.", "Il ne tient pas", "Marchal", None, None),
    ("Le pharmacien Émile Coupin enseigne la méthode Coupin, fondée sur la répétition. "
     "« Elle marche », a-t-il assuré.", "Elle marche", "Émile Coupin", "pharmacien", "male"),
    # must not fire: a name apposed to a noun of a person keeps its agreement, and a thing
    # named after a woman agrees with her too
    ("L'économiste Camille Voslier, très émue, a pris la parole. « C'est une question "
     "de justice », a déclaré Camille Voslier.", "C'est une question de justice",
     "Camille Voslier", "économiste", "female"),
    ("Le pilote Alix Rouvier, arrivé deuxième, a salué ses mécaniciens. « La voiture était "
     "parfaite », a déclaré Alix Rouvier.", "La voiture était parfaite", "Alix Rouvier",
     ANY, "male"),
    ("L'avocate Simone Varenne a défendu la loi Varenne, adoptée en 1975. « Ce texte reste "
     "nécessaire », a-t-elle rappelé.", "Ce texte reste nécessaire", "Simone Varenne",
     "avocate", "female"),
    # must not fire: a name after a noun of a person no list has, in the text or in the cue
    ("L'humoriste Gardin a quitté la scène. « Je n'en pouvais plus », a-t-elle confié.",
     "Je n'en pouvais plus", "Gardin", ANY, "female"),
    ("L'imam Gardin a condamné l'attaque. « Rien ne justifie cela », a-t-il déclaré.",
     "Rien ne justifie cela", "Gardin", ANY, "male"),
    ("Le propriétaire Brassac refuse de vendre. « Cette maison est à ma famille depuis "
     "1900 », explique-t-il.", "Cette maison est à ma famille depuis 1900", "Brassac", ANY,
     "male"),
    ("Le pilote Gasly a terminé troisième. « La voiture était excellente », a-t-il estimé.",
     "La voiture était excellente", "Gasly", ANY, "male"),
    ("Le philosophe Onfray a réagi. « C'est une cabale », a-t-il dénoncé.",
     "C'est une cabale", "Onfray", ANY, "male"),
    ("Le jongleur Brassac a quitté le cirque. « Je reviendrai », a-t-il promis.",
     "Je reviendrai", "Brassac", ANY, "male"),
    ("L'athlète Gardin, très émue, a quitté la piste en larmes. « Je n'ai pas de regrets », "
     "a déclaré Gardin.", "Je n'ai pas de regrets", "Gardin", ANY, "female"),
    ("« La voiture était excellente », a estimé le pilote Gasly.",
     "La voiture était excellente", "Gasly", ANY, None),
    ("« Le milieu a bien joué », a déclaré le milieu Rabiot.", "Le milieu a bien joué",
     "Rabiot", ANY, None),
    ("« C'est une cabale », a dénoncé le philosophe Onfray.", "C'est une cabale", "Onfray",
     ANY, None),
    # … nor after a word of time, nor after a noun of a body in a role's complement
    ("Ce jeudi Macron a reçu les syndicats à l'Élysée. « Le dialogue reste ouvert », a "
     "assuré Macron.", "Le dialogue reste ouvert", "Macron", ANY, None),
    ("Le capitaine de l'équipe Onfray a réagi. « On a manqué d'envie », a regretté Onfray.",
     "On a manqué d'envie", "Onfray", "capitaine de l'équipe", "male"),
    # ---- a given name of both sexes: the agreement with the name, else nothing
    ("Camille Morel, porte-parole du collectif, s'est dite satisfaite. « Nous avons gagné », "
     "a-t-elle déclaré.", "Nous avons gagné", "Camille Morel", "porte-parole du collectif",
     "female"),
    ("Camille Morel, élu local, a affirmé : « Nous avons gagné. »", "Nous avons gagné.",
     "Camille Morel", "élu local", "male"),
    ("Dominique Vasseur, secrétaire du syndicat, s'est dit prêt à négocier. « Nous avons "
     "gagné », a affirmé Dominique Vasseur.", "Nous avons gagné", "Dominique Vasseur",
     "secrétaire du syndicat", "male"),
    ("Claude Vernet est arrivée en tête. « Merci », a déclaré Claude Vernet.", "Merci",
     "Claude Vernet", None, "female"),
    ("Sacha Lemoine, arrivé en tête, a remercié ses électeurs. « Merci à tous », a déclaré "
     "Sacha Lemoine.", "Merci à tous", "Sacha Lemoine", None, "male"),
    ("Alix Perrin, la porte-parole du collectif, a affirmé : « Nous avons gagné. »",
     "Nous avons gagné.", "Alix Perrin", "porte-parole du collectif", "female"),
    ("Alix Perrin, le porte-parole du collectif, a affirmé : « Nous avons gagné. »",
     "Nous avons gagné.", "Alix Perrin", "porte-parole du collectif", "male"),
    # must not fire: an epicene role noun, a participle with avoir
    ("Camille Morel, porte-parole du collectif, a affirmé : « Nous avons gagné. »",
     "Nous avons gagné.", "Camille Morel", "porte-parole du collectif", None),
    ("Dominique Vasseur, secrétaire du syndicat, a affirmé : « Nous avons gagné. »",
     "Nous avons gagné.", "Dominique Vasseur", "secrétaire du syndicat", None),
    ("Claude Vernet a gagné. « Merci », a déclaré Claude Vernet.", "Merci", "Claude Vernet",
     None, None),
    # ---- a name the list gives one sex: a marked agreement says the other
    ("Maxime Giraud, candidate aux municipales, a répondu. « Nous porterons plainte », a "
     "affirmé Maxime Giraud.", "Nous porterons plainte", "Maxime Giraud",
     "candidate aux municipales", "female"),
    ("Maxime Giraud s'est dite satisfaite du vote. « Nous avons gagné », a déclaré Maxime "
     "Giraud.", "Nous avons gagné", "Maxime Giraud", None, "female"),
    # must not fire: the list's sex, marked or not
    ("Maxime Giraud, candidat aux municipales, a répondu. « Nous porterons plainte », a "
     "affirmé Maxime Giraud.", "Nous porterons plainte", "Maxime Giraud",
     "candidat aux municipales", "male"),
    ("Maxime Giraud a pris la parole. « Nous avons gagné », a déclaré Maxime Giraud.",
     "Nous avons gagné", "Maxime Giraud", None, "male"),
    # ---- a noun feminine whoever it names: its article is the word's
    ("La victime, Camille Roussel, a témoigné : « J'ai eu peur. »", "J'ai eu peur.",
     "Camille Roussel", ANY, None),
    ("La victime, Paul Roussel, a témoigné : « J'ai eu peur. »", "J'ai eu peur.",
     "Paul Roussel", ANY, "male"),
    ("La star Camille Roussel a annoncé : « Je ne chanterai plus. »", "Je ne chanterai plus.",
     "Camille Roussel", ANY, None),
    ("« Je ne chanterai plus », a annoncé la star du club.", "Je ne chanterai plus", None,
     ANY, None),
    ("« J'ai eu peur », a confié une victime. Elle a été choquée.", "J'ai eu peur",
     "une victime", None, None),
    ("« Tout est faux », a assuré une source proche du dossier, qui s'est dite surprise.",
     "Tout est faux", "une source proche du dossier", None, None),
    # must not fire: a feminine noun of a person, or the word in the role's complement
    ("« J'ai eu peur », a raconté une habitante du quartier.", "J'ai eu peur",
     "une habitante du quartier", None, "female"),
    ("Camille Roussel, porte-parole de la victime, s'est dite choquée. « Justice sera "
     "rendue », a-t-elle déclaré.", "Justice sera rendue", "Camille Roussel",
     "porte-parole de la victime", "female"),
    # ---- a role noun: the feminine says a woman, the masculine nothing of one unnamed
    ("« Le budget est prêt », a déclaré la nouvelle directrice de l'école.",
     "Le budget est prêt", None, "nouvelle directrice de l'école", "female"),
    ("« Le budget est prêt », a déclaré la maire.", "Le budget est prêt", None, "maire",
     "female"),
    ("« Le dossier est clos », a tranché la juge.", "Le dossier est clos", None, "juge",
     "female"),
    ("La juge Camille Roussel a tranché : « Le dossier est clos. »", "Le dossier est clos.",
     "Camille Roussel", "juge", "female"),
    ("Le juge Camille Roussel a tranché : « Le dossier est clos. »", "Le dossier est clos.",
     "Camille Roussel", "juge", "male"),
    # must not fire: a masculine noun of someone unnamed, a masculine « un »
    ("« Le budget est prêt », a déclaré le nouveau directeur de l'école.",
     "Le budget est prêt", None, "nouveau directeur de l'école", None),
    ("« Le dossier est clos », a tranché le juge.", "Le dossier est clos", None, "juge", None),
    ("« J'ai eu peur », a raconté un habitant du quartier.", "J'ai eu peur",
     "un habitant du quartier", None, None),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role", "gender"), ROWS)
def test_own_agreement(nlp, text, quote, speaker, role, gender):
    found = [q for q in extract_doc(Article("t", text), nlp(text)).quotes
             if q.span.text == quote]
    assert found, "nothing extracted"
    sp = found[0].speaker
    assert sp.name == speaker
    assert sp.kind in ("person", "anonymous")  # « le pilote Gasly »: no organization
    if role is not ANY:
        assert sp.role == role
    assert sp.gender == gender


# the name right after a noun of lexicon/named_after_nouns.txt (``name_spans.named_after``): a
# thing's wherever the parse hangs it (on the verb, as its object or a modifier), but as a
# clause's subject; after any other noun, a person's (the parse reads « son prédécesseur
# François », « le pilote Gasly » and « ce jeudi Macron » as a noun's complements too)
NAMED_AFTER = [
    ("Le juge instruit l'affaire Tessier.", "Tessier", True),
    ("Elle a présenté le plan Marchal.", "Marchal", True),
    ("La députée critique la réforme Roussel.", "Roussel", True),
    ("Il défend la taxe Voslier, destinée aux plus riches.", "Voslier", True),
    ("L'économiste défend la taxe Voslier, destinée aux plus riches.", "Voslier", True),
    ("La gauche critique la très coûteuse réforme Lambert.", "Lambert", True),
    # a storm's noun: the given name is the weather's (the recogniser most often takes the
    # noun into a MISC name, « la tempête Orlane »; where it tags the name alone, a person's)
    ("Les pompiers attendent la dépression Gaspard cette nuit.", "Gaspard", True),
    # must not fire: a clause's subject, nouns of a person or of a time, listed or not
    ("Après la réforme Anne Vidal a démissionné.", "Anne Vidal", False),
    ("Le pilote Gasly a terminé troisième.", "Gasly", False),
    ("Ce jeudi Macron a reçu les syndicats.", "Macron", False),
    ("Le pape a honoré son prédécesseur François.", "François", False),
    ("Le prix est allé à l'américaine Jennifer Roy pour ses travaux.", "Jennifer Roy", False),
    ("Il a salué le juge Paul Marin.", "Paul Marin", False),
]


@pytest.mark.parametrize(("text", "name", "thing"), NAMED_AFTER)
def test_named_after(nlp, text, name, thing):
    from quotes.attribute.name_spans import name_spans, named_after

    (ent,) = [e for e in name_spans(nlp(text)) if e.text == name]
    assert named_after(ent) is thing


# each storm's noun of lexicon/storm_nouns.txt, the name read as the recogniser would tag
# a person's: the weather's (the span is built here, since the recogniser most often takes the
# noun into its MISC name); must not fire after a noun of a person
STORMS = [
    ("Les pêcheurs redoutent la tempête Orlane.", "Orlane", True),
    ("Les secours attendent la dépression Gaspard.", "Gaspard", True),
    ("Les habitants fuient l'ouragan Bastien.", "Bastien", True),
    ("L'archipel attend le cyclone Alma.", "Alma", True),
    ("Les autorités surveillent le typhon Hinata.", "Hinata", True),
    ("Les habitants saluent le météorologue Bastien.", "Bastien", False),
    # must not fire: two words after a storm's noun, a person's (« dépression »: an illness)
    ("Frappée par la dépression Lucie Marin a cessé de travailler.", "Lucie Marin", False),
]


@pytest.mark.parametrize(("text", "name", "thing"), STORMS)
def test_storm_named(nlp, text, name, thing):
    from quotes.attribute.name_spans import named_after

    doc = nlp(text)
    at = text.index(name)
    assert named_after(doc.char_span(at, at + len(name), label="PER")) is thing
