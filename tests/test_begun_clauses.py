"""Spans of marked words inside the narrator's sentence. One row: text -> the quotes found, each
(type, words, speaker, role, gender, cue).

GUIDELINES.md, « Spans »: mixed content is the reported content with its marks; a direct quote
is the words inside the marks. Marks that open on a conjugated verb (« qui « s'est envolée » »)
go on a clause begun outside them: with no cue, the sentence is one mixed quote of whoever the
text makes clear, not each marked stretch on its own; after « qui » right after a framed quote,
they go on that quote. A verb the parse coordinates with the cue
inside the marks is the speaker's (« Et vous, qu'en pensez-vous ? »), and ends nothing; nor is a
participle inside the subject of a later verb a cue (« les personnes interpellées lundi sont
arrivées … »); where
the words were given (« sur RTL ») is no second part of an incise; a short sentence in marks
(« Papa est parti. ») is someone's words. Made-up sentences."""

import pytest
from conftest import quotes_of

SAID = "« Nous tiendrons nos promesses », a déclaré {}, maire de Lunel. "
PAUL = ("direct", "Nous tiendrons nos promesses", "Paul Morel", "maire de Lunel", "male",
        "a déclaré")
ANNE = ("direct", "Nous tiendrons nos promesses", "Anne Roy", "maire de Lunel", "female",
        "a déclaré")

ROWS = [
    # no cue, marks that go on a clause begun outside them: the sentence, one mixed quote
    (SAID.format("Paul Morel") + "Depuis 2020, la dette, qui « s'est envolée avec les "
     "travaux », a rendu chaque projet « deux fois plus difficile ».",
     [PAUL, ("mixed", "Depuis 2020, la dette, qui « s'est envolée avec les travaux », a rendu "
             "chaque projet « deux fois plus difficile »", "Paul Morel", "maire de Lunel",
             "male", None)]),
    (SAID.format("Anne Roy") + "Le chantier « n'a jamais été aussi avancé » à la rentrée.",
     [ANNE, ("mixed", "Le chantier « n'a jamais été aussi avancé » à la rentrée", "Anne Roy",
             "maire de Lunel", "female", None)]),
    # must not fire: the subject inside the marks, or marks after a colon, are words of their own
    (SAID.format("Anne Roy") + "Puis, devant les habitants, « nous reconstruirons l'école "
     "en un an ».",
     [ANNE, ("direct", "nous reconstruirons l'école en un an", "Anne Roy", "maire de Lunel",
             "female", None)]),
    (SAID.format("Anne Roy") + "Depuis, une seule consigne : « on ne sort plus après minuit ».",
     [ANNE, ("direct", "on ne sort plus après minuit", "Anne Roy", "maire de Lunel", "female",
             None)]),
    # marks opening on a conjugated verb after « qui », right after a framed quote: one quote
    ("Le ministre Paul Morel a salué « ses chansons, ses films et son allure », qui « resteront "
     "dans les mémoires ».",
     [("mixed", "« ses chansons, ses films et son allure », qui « resteront dans les mémoires »",
       "Paul Morel", "ministre", "male", "a salué")]),
    # must not fire: a relative whose marks open on its object, not its verb
    ("Le ministre Paul Morel a salué « ses chansons », qui ont « marqué son époque ».",
     [("direct", "ses chansons", "Paul Morel", "ministre", "male", "a salué")]),
    # after the « que » of a verb of saying the parse missed (« juge » read as a noun): the
    # que-clause, not the main clause, said by the one the text makes clear
    ("Le PDG de Vexor, Paul Mérand, a répondu aux critiques. Le PDG juge aussi que Luc Tardieu "
     "« ignore tout du secteur et de ses contraintes ».",
     [("mixed", "Luc Tardieu « ignore tout du secteur et de ses contraintes »", "Paul Mérand",
       "PDG de Vexor", "male", None)]),
    # a cue's content keeps its own span
    ("Le maire Paul Morel a dit que la dette « s'est envolée avec les travaux ».",
     [("mixed", "la dette « s'est envolée avec les travaux »", "Paul Morel", "maire", "male",
       "a dit")]),
    # a verb inside the marks the parse coordinates with the cue: the marks are what is said
    ("Paul Morel a répondu au journaliste : « Et vous, qu'en pensez-vous ? »",
     [("direct", "Et vous, qu'en pensez-vous ?", "Paul Morel", None, "male", "a répondu")]),
    ("Anne Roy, maire de Lunel, a répondu aux habitants : « Mais nous partirons demain. »",
     [("direct", "Mais nous partirons demain.", "Anne Roy", "maire de Lunel", "female",
       "a répondu")]),
    # where the words were given, after an incise in marks never closed: no words of its own
    ("« Le délai est court cette année, a déclaré le patron de l'enseigne, Paul Morel, sur "
     "RTL.\nLa suite est connue.",
     [("direct", "Le délai est court cette année", "Paul Morel", "patron de l'enseigne", "male",
       "a déclaré")]),
    # must not fire: words of the speaker after the incise
    ("« Le délai est court, a déclaré Paul Morel, sur ce point nous sommes d'accord.\nLa "
     "suite est connue.",
     [("direct", "Le délai est court", "Paul Morel", None, "male", "a déclaré"),
      ("direct", "sur ce point nous sommes d'accord.", "Paul Morel", None, "male",
       "a déclaré")]),
    # a short sentence in marks: someone's words, the one named next
    ("« Papa est parti. » C'est avec ce message que Paul Morel, chanteur, a annoncé la mort de "
     "son père.",
     [("direct", "Papa est parti.", "Paul Morel", "chanteur", "male", None)]),
    # a participle inside the subject of a later verb says what was done to the noun: no cue
    ("Selon Paul Morel, procureur de Lunel, les jeunes gens interpellés le 2 mai sont arrivés "
     "« plus tôt dans la soirée » au village.",
     [("mixed", "les jeunes gens interpellés le 2 mai sont arrivés « plus tôt dans la soirée » "
       "au village", "Paul Morel", "procureur de Lunel", "male", "Selon")]),
    # must not fire: the participle in the object, a colon before the words
    ("Le préfet Paul Morel a dénoncé les propos tenus lundi par la ministre : « Ils sont "
     "inacceptables ».",
     [("direct", "Ils sont inacceptables", "Paul Morel", "préfet", "male", "a dénoncé")]),
    # must not fire: terms in marks, a short clause with no stop of its own
    ("Une décision « injuste ». Le « grand soir » est arrivé.", []),
    ("Le slogan « Tout va bien » a fait rire la salle.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_marked_words_in_the_narrators_sentence(nlp, text, expected):
    found = [(q.type, q.span.text, q.speaker.name, q.speaker.role, q.speaker.gender,
              q.cue.text if q.cue else None) for q in quotes_of(nlp, text)]
    assert found == expected


# short marks inside the sentence made one mixed quote are its fragments: none is set aside
# as « short marked words with no speaker »; outside such a sentence they still are
SHORT_MARKS = [
    (SAID.format("Anne Roy") + "Le maire, qui « a tout promis aux habitants », reste « très "
     "prudent » sur ce dossier.", []),
    ("Le maire reste « très prudent » sur ce dossier.", ["très prudent"]),
]


@pytest.mark.parametrize(("text", "set_aside"), SHORT_MARKS)
def test_short_marks_of_a_begun_clause_are_not_set_aside(nlp, text, set_aside):
    from quotes.model import Article
    from quotes.pipeline import extract_doc

    result = extract_doc(Article("t", text), nlp(text))
    assert [text[r.start : r.end] for r in result.rejected
            if r.reason == "short marked words with no speaker"] == set_aside
