"""A subject pronoun never stands for one named inside its own clause: in the adjuncts and
complements set before it (« Accompagnée de X, elle … », « Après avoir salué X, il … »,
« Face à X, elle … »), the one named before goes on. A clause with a subject of its own
(« Quand X est arrivée, elle … ») is left open.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, roles, gender)
OWN_CLAUSE = [
    # fire: the one named in the fronted phrase is not the pronoun's; the subject before is
    ("Dominique Fabre a inauguré le pont lundi. Accompagnée de la sénatrice Marion Delpech, "
     "elle a affirmé que le chantier était terminé.", "le chantier était terminé",
     "Dominique Fabre", [], "female"),
    ("Camille Verdier a visité l'usine mardi. Après avoir salué la maire Hélène Vasseur, elle "
     "a estimé que la situation était grave.", "la situation était grave", "Camille Verdier",
     [], "female"),
    ("Claude Aubrac a pris la parole jeudi. Face à la ministre Agnès Morvan, elle a assuré que "
     "le budget serait tenu.", "le budget serait tenu", "Claude Aubrac", [], "female"),
    ("Dominique Fabre a présidé la séance. En hommage à la doyenne Lucie Marchal, elle a "
     "annoncé que la salle porterait son nom.", "la salle porterait son nom", "Dominique Fabre",
     [], "female"),
    ("Sandra Oliveira a remporté le scrutin dimanche. Accompagnée de la militante Ifigénie "
     "Marlot, 93 ans, elle a révélé ne pas avoir voté pour elle-même.",
     "ne pas avoir voté pour elle-même", "Sandra Oliveira", [], "female"),
    # must not: no one named in the phrase; a reflexive; a clause with its own subject
    ("Claire Fontaine a inauguré le pont lundi. Accompagnée de son mari, elle a affirmé que le "
     "chantier était terminé.", "le chantier était terminé", "Claire Fontaine", [], "female"),
    ("Dominique Fabre a voté dimanche. Accompagnée de son mari, elle a affirmé avoir voté pour "
     "elle-même.", "avoir voté pour elle-même", "Dominique Fabre", [], "female"),
    ("Dominique Fabre a inauguré le pont lundi. Quand la sénatrice Marion Delpech est arrivée, "
     "elle a affirmé que le chantier était terminé.", "le chantier était terminé",
     "Marion Delpech", ["sénatrice"], "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles", "gender"), OWN_CLAUSE)
def test_a_subject_pronoun_skips_its_own_clause(nlp, text, said, speaker, roles, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles], who.gender) == (speaker, roles, gender)


# A parse that ran the sentence before on into the pronoun's, across a paragraph's break, and
# hung its words on the pronoun's verb (set by hand: a made-up sentence is not parsed so twice):
# (words between the two sentences, names the pronoun cannot stand for)
ACROSS = [
    # fire: the name of the paragraph before is no complement of the verb: he may go on
    ("\n\n", set()),
    # must not: in one paragraph, the same words are the verb's and bar the name
    (" ", {"Marc Olivier"}),
]


@pytest.mark.parametrize(("gap", "barred"), ACROSS)
def test_a_name_of_the_paragraph_before_is_no_complement(nlp, gap, barred):
    from spacy.tokens import Doc

    from quotes.attribute.cast import Registry
    from quotes.attribute.own_clause import own_clause

    # « Se replonger dans la plaidoirie de Marc Olivier aide. ¶ « Cela suffit », avait-il plaidé. »
    words = ["Se", "replonger", "dans", "la", "plaidoirie", "de", "Marc", "Olivier", "aide", ".",
             gap, "«", "Cela", "suffit", "»", ",", "avait", "-il", "plaidé", "."]
    spaces = [True] * 8 + [False] * 3 + [True] * 3 + [False, True, False, True, False, False]
    heads = [1, 18, 4, 4, 1, 6, 4, 6, 1, 18, 9, 13, 13, 18, 13, 18, 18, 18, 18, 18]
    deps = ["expl", "xcomp", "case", "det", "obl", "case", "nmod", "flat:name", "xcomp", "punct",
            "dep", "punct", "nsubj", "ccomp", "punct", "punct", "aux:tense", "nsubj", "ROOT",
            "punct"]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT",
           "SPACE", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "AUX", "PRON", "VERB", "PUNCT"]
    ents = ["O"] * 6 + ["B-PER", "I-PER"] + ["O"] * 12
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents,
              sent_starts=[i == 0 for i in range(len(words))])
    registry = Registry(doc, outside=lambda _: True)
    assert own_clause(registry, doc.text.index("-il") + 1) == barred
