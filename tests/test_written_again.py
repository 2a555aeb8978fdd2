"""A full name the recogniser saw once, written again where it saw no one or ran a thing's name
on to it, is a mention of the same person, and the role beside it there is read
(quotes/attribute/written_again.py); never where the name is a place's or a body's (« l'hôpital
Colette Vidal »). The recogniser's reading is set by hand (``labelled``): the first writing a
person, the other none, so each row holds whatever the model reads."""

import pytest
from conftest import labelled

from quotes.attribute.names import parse
from quotes.attribute.written_again import written_again
from quotes.model import Article
from quotes.pipeline import extract_doc

ROWS = [
    # (text, the recogniser's entities (words, label) in text order, quote, speaker, role)
    # ---- nothing seen on the writing with the role: its apposition is the speaker's role
    ("« Le silo sera vidé avant l'hiver », promet dans un communiqué Inès Vasseur, directrice "
     "de la coopérative laitière de Brenac.\n\nMardi, Inès Vasseur recevra les éleveurs.",
     [("Brenac", "LOC"), ("Inès Vasseur", "PER")],
     "Le silo sera vidé avant l'hiver", "Inès Vasseur",
     "directrice de la coopérative laitière de Brenac"),
    # read before the change too (the name found by its first writing): must not change
    ("« Nous resterons vigilants », a lancé Nadia Berrada.\n\nPlus tard, Nadia Berrada, "
     "présidente de l'association des riverains du port, a affirmé que la digue serait réparée.",
     [("Nadia Berrada", "PER")],
     "Nous resterons vigilants", "Nadia Berrada",
     "présidente de l'association des riverains du port"),
    # ---- a thing's name run on to it (« … de la Recherche Yves Aubert » read as one); the
    # mislabelled names read it before the change too: must not change
    ("Sur Radio Vernac, le ministre de l'Industrie et de la Recherche Yves Aubert s'est dit "
     "« fier ».\n\n« C'est une victoire pour nos laboratoires », a ajouté Yves Aubert.",
     [("Radio Vernac", "ORG"), ("Recherche Yves Aubert", "MISC"), ("Yves Aubert", "PER")],
     "C'est une victoire pour nos laboratoires", "Yves Aubert",
     "ministre de l'Industrie et de la Recherche"),
    # ---- a title before the name is no word run on to it
    ("« Il manque vingt lits », a déploré Solène Garnier.\n\nLe Dr Solène Garnier, cheffe du "
     "service de pédiatrie, a écrit à l'agence régionale.",
     [("Solène Garnier", "PER")],
     "Il manque vingt lits", "Solène Garnier", "cheffe du service de pédiatrie"),
    ("« Les piles du pont tiendront », a assuré Marc Paris.\n\nLa veille, M. Marc Paris, "
     "ingénieur en chef des Ponts, avait inspecté l'ouvrage.",
     [("Marc Paris", "PER")],
     "Les piles du pont tiendront", "Marc Paris", "ingénieur en chef des Ponts"),
    # must not: the name inside quotation marks is no mention
    ("« J'ai appelé Karim Soulé, coordinateur de Valtor, dès lundi », a dit Anne Roy.\n\n"
     "« Nous reprendrons demain », a poursuivi Karim Soulé.",
     [("Anne Roy", "PER"), ("Karim Soulé", "PER")],
     "Nous reprendrons demain", "Karim Soulé", None),
    # must not: another person of the same surname is someone else
    ("Léa Soulé, coordinatrice de Valtor, n'a pas souhaité s'exprimer.\n\n« Nous reprendrons "
     "demain », a dit Karim Soulé.",
     [("Karim Soulé", "PER")],
     "Nous reprendrons demain", "Karim Soulé", None),
    # must not: a body's or a street's noun before the name, in lower case too, makes it the
    # name of a place, whose role is someone else's
    ("« Nous manquons de lits », a déploré Colette Vidal.\n\nLe directeur de l'hôpital "
     "Colette Vidal, Paul Roy, a confirmé le manque.",
     [("Colette Vidal", "PER")],
     "Nous manquons de lits", "Colette Vidal", None),
    ("« Les digues tiendront », a assuré Claire Lyon.\n\nLa veille, la directrice de la "
     "fondation Claire Lyon, Inès Morel, avait inspecté le site.",
     [("Claire Lyon", "PER")],
     "Les digues tiendront", "Claire Lyon", None),
    ("Gaston Moulin, agriculteur à Brenac, a vu ses champs inondés. Le proviseur du collège "
     "Gaston Moulin, Paul Roy, a ouvert le gymnase. « Tout est perdu », a confié Gaston Moulin.",
     [("Gaston Moulin", "PER"), ("Brenac", "LOC"), ("Paul Roy", "PER")],
     "Tout est perdu", "Gaston Moulin", "agriculteur à Brenac"),
    ("« C'était calme », a assuré Victor Lenoir.\n\nLa présidente du comité de quartier de la "
     "rue Victor Lenoir, Nadia Sellami, les a rejoints.",
     [("Victor Lenoir", "PER")],
     "C'était calme", "Victor Lenoir", None),
]


@pytest.mark.parametrize(("text", "ents", "said", "speaker", "role"), ROWS)
def test_written_again(nlp, text, ents, said, speaker, role):
    quotes = extract_doc(Article("t", text), labelled(nlp, text, *ents)).quotes
    found = [q for q in quotes if q.span.text == said]
    assert found, [q.span.text for q in quotes]
    assert (found[0].speaker.name, found[0].speaker.role) == (speaker, role)


FOUND = [
    # (text, the recogniser's entities, the writings found again, by their first character)
    ("Le ministre de la Recherche Yves Aubert a salué l'équipe. Yves Aubert a ensuite visité le "
     "site.", [("Recherche Yves Aubert", "MISC"), ("Yves Aubert", "PER")], [28]),
    ("Yves Aubert a salué l'équipe. Hier Yves Aubert a visité le site.",
     [("Yves Aubert", "PER")], [35]),
    # must not: a capitalised word run on either side names something else, a body's noun
    # after « de » too
    ("La directrice de l'Institut Yves Aubert a remis le prix. Yves Aubert a salué l'équipe.",
     [("Institut Yves Aubert", "MISC"), ("Yves Aubert", "PER")], []),
    ("Yves Aubert a salué l'équipe. Le prix Yves Aubert Junior a été remis.",
     [("Yves Aubert", "PER")], []),
    # must not: a place or a body the recogniser saw there
    ("Le Centre Yves Aubert a rouvert. Yves Aubert a salué l'équipe.",
     [("Centre Yves Aubert", "ORG"), ("Yves Aubert", "PER")], []),
    ("Yves Aubert a salué l'équipe. Le budget de Yves Aubert a été voté.",
     [("Yves Aubert", "PER"), ("Yves Aubert", "ORG")], []),
    # must not: a name with no first name, or an initial for one, may be another's
    ("Y. Aubert a salué l'équipe. Hier Y. Aubert a visité le site.",
     [("Y. Aubert", "PER")], []),
]


@pytest.mark.parametrize(("text", "ents", "starts"), FOUND)
def test_found_again(nlp, text, ents, starts):
    doc = labelled(nlp, text, *ents)
    names = [(e, n) for e in doc.ents if e.label_ == "PER" and (n := parse(e.text))]
    assert [s.start_char for s, _ in written_again(doc, names, lambda _: True)] == starts
