"""What a reporting verb takes after it (quotes/detect/complements.py)."""

import pytest
from conftest import beside_its_own_quote, found_quotes, quote_said, quotes_of

from quotes.detect.complements import que_after


@pytest.mark.parametrize("text, found", [
    # « même que » opening the words searched: nothing before it makes it « alors même
    # que », were the text's last word a subordinator (« alors »)
    ("même qu'il vienne alors", 1),
    # must not fire: « alors même que » is the narrator's clause
    ("alors même qu'il vienne", None),
])
def test_que_after_an_intensifier_reads_only_the_words_before_it(nlp, text, found):
    doc = nlp(text)
    start = 1 if found is None else 0  # the intensifier right where the search starts
    assert que_after(doc, start, len(doc), 5) == found


# sentence, the words a relative clause on the verb's object holds (never a quote), then the
# quote the sentence does give, its speaker and its cue (None: the sentence gives none)
RELATIVE_QUE = [
    # « que » after the noun phrase the verb takes as its object: the noun's relative clause
    ("Le syndicat rappelle la fin de la phrase que le ministre a coupée : « La grève "
     "continue. »", "le ministre a coupée", "La grève continue.", "syndicat", "rappelle"),
    ("Jeanne Morel lui rappelle la fin de la phrase que le ministre a coupée : « La grève "
     "continue. »", "le ministre a coupée", "La grève continue.", "Jeanne Morel", "rappelle"),
    ("La directrice Léa Vasseur a rappelé la promesse que le conseil avait faite : « Nous "
     "tiendrons parole. »", "le conseil avait faite", "Nous tiendrons parole.", "Léa Vasseur",
     "a rappelé"),
    ("Le maire Henri Baud a souligné les efforts que les habitants avaient consentis : "
     "« Merci à tous. »", "les habitants avaient consentis", "Merci à tous.", "Henri Baud",
     "a souligné"),
    # after a demonstrative pronoun set off by a comma
    ("Claire Duval a rappelé la règle, celle que tout le monde avait oubliée : « Personne ne "
     "passe. »", "tout le monde avait oubliée", "Personne ne passe.", "Claire Duval",
     "a rappelé"),
]


@pytest.mark.parametrize("text, relative, said, speaker, cue", RELATIVE_QUE)
def test_a_relative_que_on_the_verbs_object_is_no_que_clause(nlp, text, relative, said,
                                                             speaker, cue):
    assert relative not in [q.span.text for q in found_quotes(nlp, text)]
    quote = quote_said(nlp, text, said)
    assert (quote.speaker.name, quote.cue.text) == (speaker, cue)


# must still fire: the noun phrase is a time, an indirect object after « à », or the que is the
# conjunction of a clause of its own
QUE_CLAUSES = [
    ("Marc Ledoux a assuré ce matin que le texte passerait.", "le texte passerait",
     "Marc Ledoux", "a assuré"),
    ("Anne Roux a rappelé la semaine dernière que le pont serait fermé.",
     "le pont serait fermé", "Anne Roux", "a rappelé"),
    ("Le juge Paul Arnaud a répété aux avocats que la séance était levée.",
     "la séance était levée", "Paul Arnaud", "a répété"),
]


# what a cue reads after it, with its speaker and cue: a que-clause after « ainsi » right after
# the cue, a clause with its finite verb following (the manner of saying, lexicon/grammar.py
# MANNER); an infinitive after « raconter » (lexicon/reporting_verbs.tsv « qi »), adverbs
# between its auxiliary and its participle or none
READ_AFTER = [
    ("L'avocat Paul Morel explique ainsi que son client a repris le travail dans une ONG.",
     "son client a repris le travail dans une ONG", "Paul Morel", "explique"),
    ("La maire Anne Roy a justifié ainsi que la piscine reste fermée en hiver.",
     "la piscine reste fermée en hiver", "Anne Roy", "a justifié"),
    # a negation and a reflexive pronoun before the clause's verb are no object pronoun
    ("Le maire Paul Morel explique ainsi que la ville ne s'est pas engagée à temps.",
     "la ville ne s'est pas engagée à temps", "Paul Morel", "explique"),
    ("Le témoin Paul Morel a en effet toujours raconté avoir vu la voiture devant la gare.",
     "avoir vu la voiture devant la gare", "Paul Morel", "a en effet toujours raconté"),
    ("La voisine Anne Roy raconte avoir entendu des cris vers minuit.",
     "avoir entendu des cris vers minuit", "Anne Roy", "raconte"),
]


@pytest.mark.parametrize("text, said, speaker, cue", QUE_CLAUSES + READ_AFTER)
def test_the_complement_the_cue_takes_stays(nlp, text, said, speaker, cue):
    quote = quote_said(nlp, text, said)
    assert (quote.speaker.name, quote.cue.text) == (speaker, cue)


# the second term of a comparison opened before « que », with no verb of its own: no quote
FAR_COMPARISONS = [
    "Son activité, considérée comme plus proche d'une logique de consommation que de la "
    "pharmacie, sera vendue.",
    "La filiale, jugée bien plus proche du commerce que de la santé, sera cédée.",
    "Le maire Paul Morel a bien plus insisté sur la sécurité que sur le budget.",
    "La directrice Anne Roy a davantage insisté sur les horaires que sur les salaires.",
]


# must not fire: « ainsi que » adds someone or something, no clause after it; what a book or a
# film tells is a story, no one's words
NOTHING_READ = [
    "Le maire Paul Morel a réagi ainsi que le préfet de la région.",
    "La ministre Anne Roy a témoigné ainsi que trois habitants du quartier.",
    "Le maire Paul Morel a expliqué, ainsi que le préfet, la fermeture du pont.",
    # « ainsi que » of a comparison: an object pronoun before the verb, the subject after it
    "La ministre Claire Dubois a répondu ainsi que le prévoit la Constitution.",
    "Le procureur Marc Lenoir a conclu ainsi que l'avaient fait ses prédécesseurs avant lui.",
    "Le ministre Paul Garnier a confirmé ainsi qu'il l'avait promis la baisse des impôts locaux.",
    # an added noun and its relative, set off by a comma or not: no clause of the cue's
    "La ministre Anne Roy a témoigné ainsi que trois riverains qui ont assisté à l'incendie.",
    "Le maire Paul Morel a expliqué ainsi que les parents d'élèves, qui jugent la cantine trop "
    "chère, le choix du prestataire.",
    # a clause after a comma is the narrator's next one
    "Le maire Paul Morel a répondu ainsi que les parents d'élèves, puis la séance a été levée.",
    # « ainsi » after the verb's object, not right after the verb: a comparison's clause
    "Le maire Paul Morel a répondu aux habitants ainsi que le préfet avait répondu aux élus.",
    "Le livre raconte la vie d'un boulanger de Lyon.",
    "Le film raconte comment trois amis ont traversé le désert.",
]


@pytest.mark.parametrize("text", FAR_COMPARISONS + NOTHING_READ)
def test_a_comparisons_que_an_added_noun_or_a_story_is_no_complement(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


def test_an_added_nouns_own_que_is_no_clause_of_ainsi_que(nlp):
    """« a déclaré ainsi que son adjoint qu'… »: the added noun is no part of the words."""
    text = ("La présidente du conseil régional, Martine Lebrun, a déclaré ainsi que son adjoint "
            "qu'ils ne se représenteraient pas.")
    assert not [q for q in quotes_of(nlp, text) if q.span.text.startswith("son adjoint")]


# must still fire: « plus » bears on a time, « que » opens a clause with its verb
COMPARED_THEN_CLAUSE = [
    ("Le maire Paul Morel a dit plus tard que le projet était mort.", "le projet était mort",
     "Paul Morel", "a dit"),
    ("La ministre Anne Garnier a assuré plus tard qu'elle viendrait.", "elle viendrait",
     "Anne Garnier", "a assuré"),
    ("Le maire Paul Morel a davantage insisté sur le fait que la ville était endettée.",
     "la ville était endettée", "Paul Morel", "a davantage insisté"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), COMPARED_THEN_CLAUSE)
def test_a_que_clause_after_a_word_of_degree_stays(nlp, text, said, speaker, cue):
    quote = quote_said(nlp, text, said)
    assert (quote.speaker.name, quote.cue.text) == (speaker, cue)


# a noun of intention then its infinitive (lexicon intention_nouns): after a verb whose object
# is no speech of its own (flag n, « exprimer »), the infinitive is what is reported, with the
# mark that opens it; after a verb of saying, the whole object. A mark or an adverb may come
# between « de » and the infinitive, and « d' » before a mark may reach the parser split in two
# (a mark after a plain « de »: « exprimer »'s row of tests/test_lexicon.py OBJECT_MARKS).
# (sentence, reported words, type, speaker, cue)
INTENTION_INFINITIVE = [
    ("Le maire Paul Dumont n'a pas hésité à exprimer son désir d'« enterrer » ce projet "
     "coûteux.", "« enterrer » ce projet coûteux", "mixed", "Paul Dumont", "exprimer"),
    ("Hélène Vautrin a aussi exprimé sa volonté de \"mieux protéger les maires\". Le conseil "
     "votera lundi.", "\"mieux protéger les maires\"", "mixed", "Hélène Vautrin",
     "a aussi exprimé"),
    ("La ministre Claire Vautrin a exprimé son souhait de « mieux payer » les infirmières.",
     "« mieux payer » les infirmières", "mixed", "Claire Vautrin", "a exprimé"),
    ("Paul Dumont a annoncé sa décision de bien préparer la rentrée.",
     "sa décision de bien préparer la rentrée", "indirect", "Paul Dumont", "a annoncé"),
]


@pytest.mark.parametrize(("text", "said", "kind", "speaker", "cue"), INTENTION_INFINITIVE)
def test_an_intention_noun_then_its_infinitive(nlp, text, said, kind, speaker, cue):
    quote = quote_said(nlp, text, said)
    assert quote.type == kind and quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.name == speaker


# an object's infinitive: « à la » or « de la » before a noun is a place or a thing, not a
# clitic before the verb, and « avant de », « afin de » open the narrator's time or aim, not
# what was asked (sentence, the words a quote must not hold)
NOT_OBJECT_INFINITIVES = [
    ("Le juge Paul Arnaud, qui avait appelé le prévenu à la barre avant de lire le jugement, "
     "s'est levé.", "la barre"),
    ("Le juge Paul Arnaud a appelé le témoin à la barre avant de lire le jugement.",
     "lire le jugement"),
    ("La maire Anne Roy a invité les élus à la mairie afin de signer la convention.",
     "signer la convention"),
]


@pytest.mark.parametrize("text, unsaid", NOT_OBJECT_INFINITIVES)
def test_no_object_infinitive_past_a_noun_or_an_adjunct(nlp, text, unsaid):
    assert not [q.span.text for q in beside_its_own_quote(nlp, text) if unsaid in q.span.text]


# must still fire: a clitic pronoun before the infinitive (sentence, words, cue)
OBJECT_INFINITIVES = [
    ("La maire Anne Roy a appelé les habitants à la rejoindre.", "la rejoindre", "a appelé"),
    ("Le préfet Marc Olier a demandé aux maires de les prévenir.", "les prévenir",
     "a demandé"),
]


@pytest.mark.parametrize("text, said, cue", OBJECT_INFINITIVES)
def test_object_infinitive_after_a_clitic(nlp, text, said, cue):
    assert quote_said(nlp, text, said).cue.text == cue


# a bare or an object's infinitive after « ajouter », « souligner » (flag i) and « enjoindre »
# (flag o), finite or a present participle (sentence, reported words, speaker, cue)
INFINITIVE_CUES = [
    ("Le préfet Marc Olier a ajouté avoir reçu les syndicats.", "avoir reçu les syndicats",
     "Marc Olier", "a ajouté"),
    ("« Il faudra un an », a estimé Anne Roy, soulignant avoir passé dix ans à la tête du club.",
     "avoir passé dix ans à la tête du club", "Anne Roy", "soulignant"),
    ("Le préfet Marc Olier a enjoint aux maires de rouvrir les écoles.", "rouvrir les écoles",
     "Marc Olier", "a enjoint"),
    ("La lettre de Paul Garnier l'enjoignant à quitter la mairie est arrivée lundi.",
     "quitter la mairie", "Paul Garnier", "enjoignant"),
    # « presser » (flag o): an object, then « de » and the infinitive asked for
    ("Le ministre Marc Olier a pressé mardi la Première ministre d'accepter sa démission.",
     "accepter sa démission", "Marc Olier", "a pressé"),
]


# an emphatic subject between an infinitive auxiliary and its participle (« avoir lui-même
# proposé »), the participle a verb of saying: the participle's clause is the infinitive's own,
# no cue of the narrator's that would end it (content.nested, forms.compound_infinitive); the
# speaker, role and gender the one who reports (sentence, words, speaker, role, gender)
EMPHATIC_INFINITIVES = [
    ("Le maire Paul Girard assure avoir lui-même proposé cette mesure, étendue à tout le "
     "canton.", "avoir lui-même proposé cette mesure, étendue à tout le canton", "Paul Girard",
     "maire", "male"),
    ("La préfète Anne Lory affirme avoir elle-même annoncé la fermeture du pont.",
     "avoir elle-même annoncé la fermeture du pont", "Anne Lory", "préfète", "female"),
    # must not change: a finite verb with its own subject after the infinitive ends it
    ("Le maire Paul Girard assure avoir proposé cette mesure et le préfet a annoncé son accord.",
     "avoir proposé cette mesure", "Paul Girard", "maire", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), EMPHATIC_INFINITIVES)
def test_an_emphatic_subject_inside_the_infinitive_ends_nothing(
        nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.speaker.role, q.speaker.gender) == (
        "indirect", speaker, role, gender)


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), INFINITIVE_CUES)
def test_an_infinitive_after_a_verb_that_reports_one(nlp, text, said, speaker, cue):
    quote = quote_said(nlp, text, said)
    assert quote.type == "indirect" and quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.name == speaker


# must not fire: a verb whose infinitive is an act, no speech, and « ajouter » with a noun
# (sentence beside a quote of its own, the words no quote may hold)
NO_INFINITIVE_CUES = [
    ("Paul Garnier a décidé de partir.", "partir"),
    ("Paul Garnier a tenté de fuir.", "fuir"),
    ("Anne Roy a ajouté du sel dans la soupe.", "sel"),
    # « presser » with no object and infinitive: to hurry, to squeeze
    ("Paul Garnier a pressé le pas pour rentrer avant la pluie.", "rentrer"),
    ("Anne Roy est pressée de partir en vacances.", "partir"),
]


@pytest.mark.parametrize("text, unsaid", NO_INFINITIVE_CUES)
def test_no_infinitive_reported_after_an_act(nlp, text, unsaid):
    quotes = beside_its_own_quote(nlp, text)
    assert not [q.span.text for q in quotes if unsaid in q.span.text]


# (sentence, the mixed quote, its speaker): a phrase saying where, when or before whom before
# the object holding marks is no part of the words reported
ADJUNCT_ROWS = [
    # fire: where, then the object
    ("Le ministre Paul Vernier a exprimé sur Facebook sa « condamnation absolue » de cette "
     "attaque.", "sa « condamnation absolue » de cette attaque", "Paul Vernier"),
    ("Le procureur Paul Vernier a parlé aux familles, évoquant auprès du journal une « farce "
     "ratée ».", "une « farce ratée »", "Paul Vernier"),
    # fire: when and where, then the object
    ("Le ministre Paul Vernier a dénoncé en janvier à la radio les dirigeants de ce « navire en "
     "perdition ».", "les dirigeants de ce « navire en perdition »", "Paul Vernier"),
    # fire: a participle of the adjunct's noun does not end it
    ("Le ministre Paul Vernier a dénoncé dans un communiqué publié mardi la « lâcheté » des "
     "agresseurs.", "la « lâcheté » des agresseurs", "Paul Vernier"),
    # fire: an aside set off on both sides between the adjunct and the object
    ("Le sénateur Paul Vernier a dénoncé devant les sénateurs, jeudi, une « trahison » du "
     "gouvernement.", "une « trahison » du gouvernement", "Paul Vernier"),
    # must not: a determiner right after « de » belongs to the adjunct's own complement
    ("Le ministre Paul Vernier a insisté sur la gestion de la « crise » par la mairie.",
     "sur la gestion de la « crise » par la mairie", "Paul Vernier"),
    # must not: after one comma, an apposition to the adjunct's noun, not the object
    ("La juge Anne Roux a témoigné en faveur de son collègue, un « homme intègre ».",
     "en faveur de son collègue, un « homme intègre »", "Anne Roux"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ADJUNCT_ROWS)
def test_an_adjunct_before_a_marked_object_is_left_out(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


# lexicon/document_locutions.txt: (entry, sentence, the infinitive « s'engager à » would
# report): a binding document the locution governs holds the commitment, nobody says it;
# without the entry, the infinitive is reported
DOCUMENT_LOCUTIONS = [
    ("termes", "Aux termes du contrat, le fournisseur s'engage à livrer les pièces avant juin.",
     "livrer les pièces avant juin"),
    ("terme", "Au terme de l'accord, le club s'engage à verser la prime en juin.",
     "verser la prime en juin"),
    ("vertu", "En vertu de la charte, les élus s'engagent à publier leurs comptes.",
     "publier leurs comptes"),
    ("cadre", "Dans le cadre de la convention, la commune s'engage à entretenir le chemin.",
     "entretenir le chemin"),
]


@pytest.mark.parametrize(("entry", "text", "said"), DOCUMENT_LOCUTIONS,
                         ids=[row[0] for row in DOCUMENT_LOCUTIONS])
def test_a_document_locution_holds_the_commitment(nlp, tmp_path, entry, text, said):
    from conftest import lacking, quotes_of

    assert not [q for q in quotes_of(nlp, text) if said in q.span.text]
    with lacking(tmp_path, "document_locutions", entry):
        assert said in [q.span.text for q in quotes_of(nlp, text)]


@pytest.mark.parametrize(("text", "said"), [
    # the locution over no document: the commitment is the subject's words
    ("Au terme de la réunion, le maire s'est engagé à rouvrir l'école.", "rouvrir l'école"),
    ("Dans le cadre de sa campagne, la candidate s'engage à baisser les impôts.",
     "baisser les impôts"),
])
def test_a_locution_over_no_document_binds_nothing(nlp, text, said):
    from conftest import quotes_of

    assert said in [q.span.text for q in quotes_of(nlp, text)]


def test_every_document_locution_has_a_row():
    from quotes.lexicon import words

    assert {row[0] for row in DOCUMENT_LOCUTIONS} == set(words("document_locutions"))
