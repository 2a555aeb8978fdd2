"""A full name the recogniser saw once, written again where it saw no one or ran a thing's name
on to it, is a mention of the same person, and the role beside it there is read
(quotes/attribute/written_again.py). The recogniser's reading is set by hand (``labelled``), so
each row holds whatever the model reads."""

import pytest
from conftest import labelled

from quotes.attribute.names import parse
from quotes.attribute.written_again import written_again
from quotes.model import Article
from quotes.pipeline import extract_doc

ROWS = [
    # (text, the recogniser's entities (words, label) in text order, quote, speaker, role)
    # ---- no entity on the first writing: its apposition is the speaker's role
    ("« La grève s'arrête ce soir », explique lundi sur la radio Karim Soulé, coordinateur "
     "adjoint CFDT de Valtor et employé du site de Brenac.\n\n« Nous reprendrons demain », "
     "poursuit Karim Soulé.",
     [("CFDT", "ORG"), ("Valtor", "ORG"), ("Karim Soulé", "PER")],
     "La grève s'arrête ce soir", "Karim Soulé", "coordinateur adjoint CFDT de Valtor"),
    ("Nadia Berrada, présidente de l'association des riverains du port, a affirmé que la digue "
     "serait réparée.\n\nPlus tard, Nadia Berrada a lancé : « Nous resterons vigilants. »",
     [("Nadia Berrada", "PER")],
     "Nous resterons vigilants.", "Nadia Berrada",
     "présidente de l'association des riverains du port"),
    # ---- a thing's name run on to it (« … de la Recherche Yves Aubert » read as one)
    ("Sur Radio Vernac, le ministre de l'Industrie et de la Recherche Yves Aubert s'est dit "
     "« fier ».\n\n« C'est une victoire pour nos laboratoires », a ajouté Yves Aubert.",
     [("Radio Vernac", "ORG"), ("Recherche Yves Aubert", "MISC"), ("Yves Aubert", "PER")],
     "C'est une victoire pour nos laboratoires", "Yves Aubert",
     "ministre de l'Industrie et de la Recherche"),
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
]


@pytest.mark.parametrize(("text", "ents", "starts"), FOUND)
def test_found_again(nlp, text, ents, starts):
    doc = labelled(nlp, text, *ents)
    names = [(e, n) for e in doc.ents if e.label_ == "PER" and (n := parse(e.text))]
    assert [s.start_char for s, _ in written_again(doc, names, lambda _: True)] == starts
