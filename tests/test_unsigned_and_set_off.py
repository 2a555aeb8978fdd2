"""Two ways a cue's subject went wrong in unseen news, on sentences written for them.

A document no author is named of as the subject of a cue (« poursuit le message adressé au
public »): after a verb that goes on with words already quoted, the one quoted just before it;
else its own words, never the one quoted before, as an anonymous source named as written
(``attribute.sources.finding``). And the noun phrase that opens a clause, set off from the
cue's verb by an aside, when the parse lost it (``detect.lost.aside_subject``).
"""

import pytest
from conftest import quote_said

from quotes.detect.lost import aside_subject
from quotes.lexicon import words

# ---- a document as the cue's subject
DOCUMENTS = [
    # fire: a continuing verb, the one quoted just before it issued the text
    ("Le festival de Morlaix a annulé son édition. « Nous sommes tristes », signale la "
     "direction. « Nous avions tout préparé, poursuit le message adressé au public. Nous "
     "reviendrons. »", "Nous avions tout préparé", "direction", "organization"),
    ("« Nous fermerons l'usine en mai », a annoncé la société Bretex. « Les salariés seront "
     "tous reclassés », ajoute le communiqué.", "Les salariés seront tous reclassés", "Bretex",
     "organization"),
    ("« Je reste confiant », a dit le maire, Paul Roy. « La digue tiendra », conclut le "
     "message.", "La digue tiendra", "Paul Roy", "person"),
    # must not: a verb that does not go on with words quoted before: the document's words
    ("« Je reste prudent », a dit le maire, Paul Roy. « Des orages sont attendus lundi », "
     "annonce le site spécialisé.", "Des orages sont attendus lundi", "le site spécialisé",
     "anonymous"),
    # must not: no one quoted before it
    ("« Nous reviendrons l'an prochain », poursuit le communiqué.",
     "Nous reviendrons l'an prochain", "le communiqué", "anonymous"),
    ("La tempête a frappé la côte dans la nuit. « Les rafales atteindront 120 km/h », indique "
     "le site météorologique.", "Les rafales atteindront 120 km/h", "le site météorologique",
     "anonymous"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), DOCUMENTS)
def test_a_document_as_the_subject_of_a_cue(nlp, text, quote, speaker, kind):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (speaker, kind)


# each entry of lexicon/continuing_cues.txt, as its third person present
CONTINUING = {"ajouter": "ajoute", "poursuivre": "poursuit", "continuer": "continue",
              "conclure": "conclut", "compléter": "complète", "enchaîner": "enchaîne",
              "renchérir": "renchérit"}


@pytest.mark.parametrize("lemma", sorted(words("continuing_cues")))
def test_each_continuing_cue_gives_a_document_to_the_one_quoted_before(nlp, lemma):
    text = (f"« Nous fermerons l'usine en mai », a annoncé la société Bretex. « Les salariés "
            f"seront reclassés », {CONTINUING[lemma]} le communiqué.")
    assert quote_said(nlp, text, "Les salariés seront reclassés").speaker.name == "Bretex"


# ---- the subject before an aside: (sentence, the cue's verb, the subject or None)
SET_OFF = [
    # fire: a parenthesis, an apposition, a relative clause between the phrase and the verb
    ("L'association Terre Vive (ATV) rapportait lundi que les rivières sont polluées.",
     "rapportait", "L'association Terre Vive"),
    ("Or, ce jour-là, Forêts-Propres de Bretagne (FPB) rapportait, dans un bilan, que les "
     "coupes ont doublé.", "rapportait", "Forêts-Propres de Bretagne"),
    ("Le chef du service de pédiatrie, responsable de l'unité où dormait l'enfant, confirme "
     "que tout a été fait.", "confirme", "Le chef du service de pédiatrie"),
    ("La ministre de la Santé, qui visitait l'hôpital mardi, a assuré que les lits rouvriront.",
     "assuré", "La ministre de la Santé"),
    # must not: a phrase that cannot speak (a rank, a time), one the verb does not agree with,
    # no aside before the verb
    ("L'ancienne numéro 2 mondiale, qui avait été capitaine en 2018, s'est dite ravie.",
     "dite", None),
    ("Le lendemain, dans la soirée, annonçait que la route rouvrira.", "annonçait", None),
    ("Les élus du conseil, réunis lundi soir, a assuré que rien ne changera.", "assuré", None),
    ("Le maire de Brest a assuré que rien ne changera.", "assuré", None),
]


@pytest.mark.parametrize(("text", "verb", "subject"), SET_OFF)
def test_the_subject_set_off_before_the_verb(nlp, text, verb, subject):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    found = aside_subject(tok, 0)
    assert (doc[found[0] : found[1]].text if found else None) == subject
