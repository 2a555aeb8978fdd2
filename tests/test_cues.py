"""The incise's verb the lexicon does not list (``cues.incise_verb``): after closing marks that
open their sentence, a word joined to its inverted pronoun by the euphonic « -t- » is a verb,
whatever the tagger reads it as (« « … », écarte-t-elle »); without the « -t- », only a word
the tagger reads as a verb is one. The tagger's reading is set in each row, so the table does
not drift with the model.

The verbs of reaction of lexicon/incise_verbs.txt report only in the incise after the words,
their subject inverted (« « … », savoure la capitaine »): a cue there, its lemma the listed one,
whatever the tagger reads their present as; before marks or with marks as their object, a verb
of its own, no cue (« le public savoure « Le Boléro » »)."""

import pytest
from conftest import beside_its_own_quote, quote_said, quotes_of


def _word(nlp, text, word):
    """The token ``word`` of ``text`` parsed, for a row to set the tagger's reading on."""
    return next(t for t in nlp(text) if t.text == word)


# (text, the incise's word, the tagger's reading set on it, is it the cue's verb)
INCISE_WORDS = [
    # the « -t- » makes it a verb, whatever the tag
    ("« Je veux d'abord en profiter », écarte-t-elle.", "écarte", "ADJ", True),
    ("« Tout va bien », balaie-t-il.", "balaie", "NOUN", True),
    ("« Rien n'est joué », grimace-t-on.", "grimace", "ADV", True),
    # a verb by its tag, with no « -t- » to show it
    ("« Je reviendrai », rougit-elle.", "rougit", "VERB", True),
    # must not: no « -t- » and no verb's tag, nothing shows a verb (« rougit » read as an
    # adjective, « balaie-il » its « -t- » left out)
    ("« Je reviendrai », rougit-elle.", "rougit", "ADJ", False),
    ("« Tout va bien », balaie-il.", "balaie", "NOUN", False),
    # must not: words after the pronoun, the incise goes on
    ("« Tout va bien », balaie-t-il encore.", "balaie", "NOUN", False),
    # must not: no pronoun after the word
    ("« Tout va bien », balaie Paul Roux.", "balaie", "NOUN", False),
]


@pytest.mark.parametrize(("text", "word", "tag", "verb"), INCISE_WORDS)
def test_an_unlisted_incise_word_is_a_verb(nlp, text, word, tag, verb):
    from quotes.detect.cues import incise_verb
    from quotes.detect.marks import find_marked

    tok = _word(nlp, text, word)
    tok.pos_ = tag
    marked, _ = find_marked(text)
    closing = {m.close: m for m in marked if m.close is not None}
    assert (incise_verb(tok, closing.get) is not None) is verb


# (text, the incise's word, the tagger's morphology set on it, is it read as finite)
# lexicon/incise_verbs.txt: a verb of reaction that reports only in the incise, whose present
# the tagger reads as an infinitive or a participle
INCISE_FORMS = [
    # the present of a listed verb, whatever the tagger reads
    ("« Nous avons enfin gagné », savoure la capitaine.", "savoure", "VerbForm=Inf", True),
    ("« Quel bonheur », exulte Marc Dubois.", "exulte", "Tense=Past|VerbForm=Part", True),
    ("« Quel bonheur », savourent les joueuses.", "savourent", "VerbForm=Inf", True),
    # must not: its infinitive, its participles
    ("« Quel bonheur », savourer la victoire.", "savourer", "VerbForm=Inf", False),
    ("« Quel bonheur », savouré par tous.", "savouré", "VerbForm=Part", False),
    ("« Quelle soirée », savourée par tous.", "savourée", "VerbForm=Part", False),
    ("« Quelles soirées », savourées par tous.", "savourées", "VerbForm=Part", False),
    # must not: a verb neither list holds, read as an infinitive
    ("« Quel bonheur », contemple Marc Dubois.", "contemple", "VerbForm=Inf", False),
]


@pytest.mark.parametrize(("text", "word", "morph", "expected"), INCISE_FORMS)
def test_an_incise_verbs_present_is_finite(nlp, text, word, morph, expected):
    from spacy.tokens import MorphAnalysis

    from quotes.detect.cues import finite

    tok = _word(nlp, text, word)
    tok.set_morph(MorphAnalysis(tok.doc.vocab, morph))
    assert finite(tok) is expected


# (text, words said, speaker, cue, cue's lemma)
REACTION_ROWS = [
    # fire: the present after the words, the inverted subject a description and its name
    ("« Nous avons enfin gagné ce titre », savoure la capitaine, Anne Petit.",
     "Nous avons enfin gagné ce titre", "Anne Petit", "savoure", "savourer"),
    # fire: the imperfect
    ("« Je ne l'oublierai jamais », savourait Paul Roux au soir de sa victoire.",
     "Je ne l'oublierai jamais", "Paul Roux", "savourait", "savourer"),
    # fire: « exulte », read as a participle before a name
    ("« Quel bonheur pour tout le club », exulte Marc Dubois.",
     "Quel bonheur pour tout le club", "Marc Dubois", "exulte", "exulter"),
    # fire: « abonde », read as an adjective before its inverted subject
    ("« C'est une victoire », abonde Paul Morel, le maire de Vire.", "C'est une victoire",
     "Paul Morel", "abonde", "abonder"),
    ("« Il a raison », abonde sa collègue Anne Roy, députée du Calvados.", "Il a raison",
     "Anne Roy", "abonde", "abonder"),
    # fire: between commas inside the marks, its subject after it
    ("« Pas sûr qu'on mesure ce qu'on a fait, abonde Paul Morel. On a tout donné. »",
     "Pas sûr qu'on mesure ce qu'on a fait", "Paul Morel", "abonde", "abonder"),
    # must not: inside the marks, after a comma, no subject after it (the speaker's own verb)
    ("« Les dons affluent, abondent même depuis lundi », a dit Paul Morel.",
     "Les dons affluent, abondent même depuis lundi", "Paul Morel", "a dit", "dire"),
    ("« Les dons abondent, les caisses se remplissent », a dit Paul Morel.",
     "Les dons abondent, les caisses se remplissent", "Paul Morel", "a dit", "dire"),
    # … nor after a question mark, a plural noun phrase after it (the plenty sense; a verb the
    # lexicon lists would be an incise there, « A ? s'interroge X. B »)
    ("« Des soutiens ? abondent les élus de la région, pas les ministres », a dit Paul Morel.",
     "Des soutiens ? abondent les élus de la région, pas les ministres", "Paul Morel", "a dit",
     "dire"),
    # must not: « abondent » before a colon, the incise after the marks has its own verb
    ("Les témoignages abondent : « J'ai eu très peur », raconte une habitante.",
     "J'ai eu très peur", "une habitante", "raconte", "raconter"),
    # fire: a verb the tagger reads as a noun right after the closing marks, no comma, before
    # a capitalised name or title (« « … » note Me Roux »)
    ("« Ces condamnations nous paraissent conformes » note Me Roux, avocat de la partie civile.",
     "Ces condamnations nous paraissent conformes", "Roux", "note", "noter"),
    ("« Ces condamnations nous paraissent conformes » note Paul Roux, avocat.",
     "Ces condamnations nous paraissent conformes", "Paul Roux", "note", "noter"),
    # near miss: « se réjouit », a reporting verb of its own (reporting_verbs.tsv)
    ("« On a tout donné », se réjouit la capitaine, Anne Petit.", "On a tout donné",
     "Anne Petit", "se réjouit", "réjouir"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue", "lemma"), REACTION_ROWS)
def test_a_reaction_verb_in_the_incise(nlp, text, said, speaker, cue, lemma):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name if q.speaker else None, q.cue.text if q.cue else None,
            q.cue.lemma if q.cue else None) == (speaker, cue, lemma)


# texts where the verb reports nothing: no quote of theirs
QUIET = [
    # must not: marks as its object, a title
    "Le public savoure « Le Boléro » de Ravel sous les étoiles.",
    # must not: marks as its object, words of the narrator's
    "Paul Roux savoure sa « victoire méritée » après des mois de doute.",
    # must not: the marks are the object of the verb before it, not a sentence of their own
    "Anne Petit a relu « Le Petit Prince », savoure le calme du soir et s'endort.",
    # must not: the participle after the words, no inverted subject
    "« Quelle soirée », savourée par tous, restera dans les mémoires.",
    # must not: « abonder » a fund, marks in its object (a title, the narrator's words)
    "La région a abondé le « fonds vert » de dix millions d'euros.",
    "Le département abondera l'enveloppe du « plan vélo » l'an prochain.",
    # must not: « abonder dans le sens de », the marks another verb's
    "Anne Roy a abondé dans le sens du maire, qui avait qualifié le projet de « gâchis ».",
    # must not: « abonder », be plentiful, before or around the marks
    "Les critiques abondent sur les réseaux sociaux, où la réforme est jugée « injuste ».",
    "Dans ce rapport abondent les « anomalies » relevées par les inspecteurs.",
    # must not: a work's title, the subject of the verb after the incise (« a été ovationné »):
    # no rule yet tells the title from words said there
    pytest.param("« Le Lac des cygnes », savoure le public de l'Opéra, a été ovationné.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a title before the incise, the subject of the verb after it, is read as "
                     "words said: no rule tells it from a quote yet"))),
]


@pytest.mark.parametrize("text", QUIET)
def test_a_reaction_verb_elsewhere_reports_nothing(nlp, text):
    assert not [q for q in beside_its_own_quote(nlp, text) if q.cue is not None
                and q.cue.text.split()[-1].startswith(("savour", "exult", "abond"))]


# must not: a noun after closing marks (« une « très bonne » note lundi ») is no cue: the word
# after it is neither a name nor capitalised
NOUN_AFTER_MARKS = [
    "Le candidat a obtenu une « très bonne » note lundi. « Je suis ravi », a dit Paul Roux.",
]


@pytest.mark.parametrize("text", NOUN_AFTER_MARKS)
def test_a_noun_after_marks_is_no_cue(nlp, text):
    assert not [q for q in quotes_of(nlp, text) if q.cue is not None and q.cue.text == "note"]
