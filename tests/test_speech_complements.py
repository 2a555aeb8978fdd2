"""Words a verb reports without marks, and marked words that only name or gloss a term.

Reported: an infinitive after « révéler » or « partager » (« a révélé ne pas avoir signé »),
« s'engager à » and its infinitive. Not speech: the marks after a participle on a noun (« une
option dite « … » »), after « c'est-à-dire » (a compound, not the verb « dire »), after a
verb of meaning (« qui signifie « … » », whatever follows the marks). A commitment a contract
named before it holds is no speech. A cue closing the sentence after its words reports them
all, past a cue inside them. The real quotes beside them stay found."""

import pytest
from conftest import quotes_of

# sentence -> (reported words, speaker, cue)
REPORTED = [
    ("La directrice Lise Armand a révélé ne pas avoir signé la pétition.",
     "ne pas avoir signé la pétition", "Lise Armand", "a révélé"),
    ("Le maire Marc Dufrêne a partagé avoir hésité avant de signer.",
     "avoir hésité avant de signer", "Marc Dufrêne", "a partagé"),
    ("Le nouveau maire Marc Dufrêne s'est engagé à rénover la piscine avant l'été.",
     "rénover la piscine avant l'été", "Marc Dufrêne", "s'est engagé"),
    ("La sénatrice Lise Armand s'est en outre engagée à défendre le budget.",
     "défendre le budget", "Lise Armand", "s'est en outre engagée"),
    # « promettre à X de … »: whom, then the promise (lexicon/reporting_verbs.tsv, o)
    ("Le maire Marc Dufrêne a promis à ses électeurs de rebâtir l'école.",
     "rebâtir l'école", "Marc Dufrêne", "a promis"),
    ("La ministre Lise Armand promet aux sénateurs de publier le rapport.",
     "publier le rapport", "Lise Armand", "promet"),
]

# a cue after the words closes the sentence: they run from its start, past a cue inside them
# that reported an infinitive or nothing, and are said by the closing cue's subject
# sentence -> (reported words, speaker, cue)
CLOSED_OVER = [
    ("L'État s'est engagé à financer la moitié des travaux, a indiqué le maire de Dole, Pierre "
     "Vautrin.", "L'État s'est engagé à financer la moitié des travaux", "Pierre Vautrin",
     "a indiqué"),
    ("Le club s'est engagé à verser une prime aux joueurs, a précisé l'adjoint aux sports Rémi "
     "Lacombe.", "Le club s'est engagé à verser une prime aux joueurs", "Rémi Lacombe",
     "a précisé"),
    ("L'État a révélé avoir financé la moitié des travaux, a indiqué le maire de Dole, Pierre "
     "Vautrin.", "L'État a révélé avoir financé la moitié des travaux", "Pierre Vautrin",
     "a indiqué"),
    ("L'État a annoncé vouloir financer la moitié des travaux, a indiqué le maire de Dole, "
     "Pierre Vautrin.", "L'État a annoncé vouloir financer la moitié des travaux",
     "Pierre Vautrin", "a indiqué"),
    # the inner cue reported nothing (« à ce que »): the words still run from the start
    ("Le gouvernement s'est engagé à ce que les écoles restent ouvertes, a déclaré la "
     "porte-parole Maud Rivière.",
     "Le gouvernement s'est engagé à ce que les écoles restent ouvertes", "Maud Rivière",
     "a déclaré"),
]

# sentence -> (marked words that are no quote, the real quote, its speaker)
TERMS = [
    ("« Nous baisserons les prix », a annoncé le ministre Marc Dufrêne. Les clients ayant "
     "souscrit une option dite « nuit creuse » paieront moins cher.",
     "nuit creuse", "Nous baisserons les prix", "Marc Dufrêne"),
    ("« Nous baisserons les prix », a annoncé le ministre Marc Dufrêne. Les abonnés au tarif de "
     "base, c'est-à-dire le tarif « vert » de la régie, paieront plus.",
     "vert", "Nous baisserons les prix", "Marc Dufrêne"),
    ("« Le mot est mal choisi », a estimé la linguiste Lise Armand. Il vient de l'anglais, qui "
     "signifie « rétrécir ».", "rétrécir", "Le mot est mal choisi", "Lise Armand"),
    # the clause goes on after the marks: they are a term all the same
    ("« Le mot est mal choisi », a estimé la linguiste Lise Armand. Le kanji qui signifie "
     "« paix » a été retenu par le jury.", "paix", "Le mot est mal choisi", "Lise Armand"),
    ("« Le mot est mal choisi », a estimé la linguiste Lise Armand. Le mot « hygge » signifie "
     "« bien-être » en danois.", "bien-être", "Le mot est mal choisi", "Lise Armand"),
]

# must not: « dit » with an auxiliary or a subject reports the marks; « partager » with an
# object and no marks reports nothing, the next quote keeps its speaker
# sentence -> (the quote, its speaker, its cue)
KEPT = [
    ("Lise Caron a dit « nous partirons » hier soir.", "« nous partirons » hier soir",
     "Lise Caron", "a dit"),
    ("Le maire Paul Roux dit « non » aux promoteurs.", "« non » aux promoteurs", "Paul Roux",
     "dit"),
    ("Le maire Marc Dufrêne a partagé une photo du chantier. « Tout avance bien », a-t-il "
     "ajouté.", "Tout avance bien", "Marc Dufrêne", "a-t-il ajouté"),
    # the present participle « s'engageant à » glosses the sentence: the marks alone are quoted
    ("Le pape Jean XXV a salué les fidèles, s'engageant à bâtir une Église « ouverte à tous et "
     "à toutes ».", "ouverte à tous et à toutes", "Jean XXV", None),
]

# a commitment a contract, a lease or a charter named before it in its sentence holds is an
# act, no speech (lexicon/binding_documents.txt, one row each in tests/test_lexicon.py); the
# real quote beside it stays found. sentence -> (the real quote, its speaker)
BOUND = [
    ("« Nous serons vigilants », a prévenu la préfète Anne Morel. Dans son contrat, "
     "l'entreprise Bravel s'est engagée à rembourser les clients lésés.",
     "Nous serons vigilants", "Anne Morel"),
    ("« Nous serons vigilants », a prévenu la préfète Anne Morel. Les signataires de la charte "
     "s'engagent à respecter l'environnement.", "Nous serons vigilants", "Anne Morel"),
]

# must not: a minister's promise stays one, a document after the cue or in another sentence
# sentence -> (reported words, speaker, cue)
PROMISED = [
    ("Le ministre Paul Garnier s'est engagé à rouvrir la maternité avant l'été.",
     "rouvrir la maternité avant l'été", "Paul Garnier", "s'est engagé"),
    ("Le ministre Paul Garnier s'est engagé à signer l'accord avant l'été.",
     "signer l'accord avant l'été", "Paul Garnier", "s'est engagé"),
    ("Le contrat a été signé lundi. Le ministre Paul Garnier s'est engagé à rouvrir la "
     "maternité.", "rouvrir la maternité", "Paul Garnier", "s'est engagé"),
    # a document that is another verb's object or another noun's complement holds nothing
    ("Le ministre Paul Jaouen a signé l'accord et s'est engagé à revenir en mai.",
     "revenir en mai", "Paul Jaouen", "s'est engagé"),
    ("Dans son discours sur le contrat de plan, le ministre Luc Barrot s'est engagé à doubler "
     "les crédits.", "doubler les crédits", "Luc Barrot", "s'est engagé"),
    ("Lors de la convention du parti, la candidate Inès Morvan s'est engagée à baisser les "
     "impôts.", "baisser les impôts", "Inès Morvan", "s'est engagée"),
]

# must not: short capitalised words in marks after a verb of saying are speech, not a title
# sentence -> (the quote, its speaker, its cue)
SHORT_SAID = [
    ("La ministre Lucie Berthier a répondu « Jamais » devant les députés.", "Jamais",
     "Lucie Berthier", "a répondu"),
    ("La maire Julie Kerbrat a lancé « Bravo » aux bénévoles.", "Bravo", "Julie Kerbrat",
     "a lancé"),
]


# must not: what is promised, a noun with its « de » complement, is no words; the real quote
# beside it stays found. sentence -> (the real quote, its speaker)
GOODS_PROMISED = [
    ("« Nous serons vigilants », a prévenu la préfète Anne Morel. Le ministre Paul Garnier a "
     "promis une prime de fin d'année aux soignants.", "Nous serons vigilants", "Anne Morel"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), BOUND + GOODS_PROMISED)
def test_bound_commitment_is_no_speech(nlp, text, said, speaker):
    assert [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text)] == [(said, speaker)]


@pytest.mark.parametrize(("text", "term", "said", "speaker"), TERMS)
def test_marked_term_is_no_quote(nlp, text, term, said, speaker):
    quotes = quotes_of(nlp, text)
    assert not [q.span.text for q in quotes if term in q.span.text]
    assert [(q.span.text, q.speaker.name) for q in quotes] == [(said, speaker)]


@pytest.mark.parametrize(
    ("text", "said", "speaker", "cue"), REPORTED + KEPT + PROMISED + CLOSED_OVER)
def test_exactly_these_words(nlp, text, said, speaker, cue):
    """The one quote of the sentence, with its speaker and cue, and nothing else."""
    found = [(q.span.text, q.speaker.name, q.cue.text if q.cue else None)
             for q in quotes_of(nlp, text)]
    assert found == [(said, speaker, cue)]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), SHORT_SAID)
def test_short_marks_after_a_cue_are_said(nlp, text, said, speaker, cue):
    found = [(q.speaker.name, q.cue.text if q.cue else None)
             for q in quotes_of(nlp, text) if said in q.span.text]
    assert found == [(speaker, cue)]
