"""A finding someone tells (detect/findings.py): « selon » a finding (« les premiers éléments
de l'enquête », « l'autopsie ») and, after a comma, a reporting verb that takes a que-clause
whose inverted subject names who tells it: the words are the teller's, that verb their cue. A
« selon » that names someone, a teller that is an outlet, a verb that denies or names the one
told, a teller inside the clause, or no teller keep the « selon » reading. Sentences written
for these tests: (text, words, speaker, kind, role, gender, cue)."""

import pytest
from conftest import quote_said

from quotes.lexicon import words

ROWS = [
    # fire: the verb right after the source, the words in marks before it
    ("« Un randonneur a été blessé près du lac, sans motif » selon les premiers éléments de "
     "l'enquête, a rapporté une source policière.",
     "Un randonneur a été blessé près du lac, sans motif", "une source policière",
     "anonymous", None, None, "a rapporté"),
    # … a complement after the teller (« à la presse ») still ends its name
    ("« La barque a chaviré au milieu de l'étang » selon les premiers éléments de l'enquête, "
     "a expliqué une source proche du dossier à la presse.",
     "La barque a chaviré au milieu de l'étang", "une source proche du dossier",
     "anonymous", None, None, "a expliqué"),
    # fire: the verb after the words, which end at its comma
    ("Selon les premiers éléments de l'enquête, le skieur a heurté un arbre en fin de piste, "
     "a souligné la procureure de Vannes, Léna Morvan.",
     "le skieur a heurté un arbre en fin de piste", "Léna Morvan", "person",
     "procureure de Vannes", "female", "a souligné"),
    # must not: no teller, the finding speaks
    ("Selon les premiers éléments de l'enquête, le skieur a heurté un arbre en fin de piste.",
     "le skieur a heurté un arbre en fin de piste", "les premiers éléments de l'enquête",
     "anonymous", None, None, "Selon"),
    # must not: an outlet only carries the finding
    ("D'après l'autopsie, la nageuse serait morte d'un malaise, rapporte le quotidien.",
     "la nageuse serait morte d'un malaise", "l'autopsie", "anonymous", None, None,
     "D'après"),
    # must not: a « selon » that names someone keeps the words
    ("Selon la gendarmerie, le camion a quitté la route dans le virage, a précisé le maire.",
     "le camion a quitté la route dans le virage", "gendarmerie", "organization", None,
     None, "Selon"),
    # must not: a « selon » that names people by an everyday noun, or their account
    ("Selon des témoins, le bus roulait trop vite, a indiqué le procureur de Vannes.",
     "le bus roulait trop vite", "des témoins", "anonymous", None, None, "Selon"),
    ("Selon une passante, le bus roulait trop vite, a indiqué le procureur de Vannes.",
     "le bus roulait trop vite", "une passante", "anonymous", None, "female", "Selon"),
    ("Selon le témoignage de sa voisine, l'enfant était seul depuis deux jours, a indiqué le "
     "procureur de Vannes.", "l'enfant était seul depuis deux jours", None, "person", None,
     "female", "Selon"),
    # must not: a coordinated verb that takes no que-clause, or names the one told
    ("Selon les premiers éléments de l'enquête, l'homme est entré dans la banque, a menacé le "
     "caissier, puis a pris la fuite.", "l'homme est entré dans la banque",
     "les premiers éléments de l'enquête", "anonymous", None, None, "Selon"),
    ("Selon les premiers éléments de l'enquête, le conducteur a quitté la route, a prévenu le "
     "maire, qui a fermé le carrefour.", "le conducteur a quitté la route",
     "les premiers éléments de l'enquête", "anonymous", None, None, "Selon"),
    # must not: a verb that denies the finding
    ("Selon les premiers éléments de l'enquête, la victime a été frappée, a démenti son "
     "avocat.", "la victime a été frappée", "les premiers éléments de l'enquête", "anonymous",
     None, None, "Selon"),
    # … its words end before it, as before any cue (GUIDELINES, Spans; DENIAL_VERBS below),
    # where the parse reads the verb as coordinated with the clause, its subject as an object
    ("Selon l'autopsie, l'enfant est mort de faim, a contesté sa mère.",
     "l'enfant est mort de faim", "l'autopsie", "anonymous", None, None, "Selon"),
    # must not: a teller inside the clause, which goes on after it
    ("Selon les premiers éléments de l'enquête, le feu, a expliqué le capitaine des pompiers, a "
     "pris dans la cave.", "le feu, a expliqué le capitaine des pompiers, a pris dans la cave",
     "les premiers éléments de l'enquête", "anonymous", None, None, "Selon"),
    # fire: a relative clause on the teller is no more of the words
    ("Selon l'autopsie, le randonneur est mort de froid, a précisé le procureur de Vannes, qui a "
     "ouvert une enquête.", "le randonneur est mort de froid", None, "person",
     "procureur de Vannes", None, "a précisé"),
    # must not: an outlet, its article elided with a curly apostrophe; its cue ends the words
    ("Selon les premiers éléments de l'enquête, le joueur s'est blessé seul à l'entraînement, a "
     "rapporté l’Équipe.", "le joueur s'est blessé seul à l'entraînement",
     "les premiers éléments de l'enquête", "anonymous", None, None, "Selon"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role", "gender", "cue"), ROWS)
def test_a_finding_told_is_the_tellers(nlp, text, said, speaker, kind, role, gender, cue):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == speaker
    assert q.speaker.kind == kind
    assert q.speaker.role == role
    assert q.speaker.gender == gender
    assert q.cue is not None and q.cue.text == cue


# finding_nouns.txt: (entry, sentence, reported words): the noun of a « selon » phrase that
# names a thing found; the maire who tells it after the words is their speaker
FINDING_NOUNS = [
    ("analyses", "Selon les analyses du laboratoire, l'eau du puits était polluée, a indiqué le "
     "maire de Rieux.", "l'eau du puits était polluée"),
    ("autopsie", "Selon l'autopsie, le randonneur est mort de froid, a indiqué le maire de "
     "Rieux.", "le randonneur est mort de froid"),
    ("bilan", "Selon le bilan provisoire, trois maisons ont brûlé, a indiqué le maire de Rieux.",
     "trois maisons ont brûlé"),
    ("constatations", "Selon les premières constatations, le camion roulait trop vite, a "
     "indiqué le maire de Rieux.", "le camion roulait trop vite"),
    ("éléments", "Selon les premiers éléments de l'enquête, le camion roulait trop vite, a "
     "indiqué le maire de Rieux.", "le camion roulait trop vite"),
    ("expertise", "Selon l'expertise, le pont de Rieux risque de céder, a indiqué le maire de "
     "Rieux.", "le pont de Rieux risque de céder"),
    ("relevés", "Selon les relevés de la station, la rivière a monté d'un mètre, a indiqué le "
     "maire de Rieux.", "la rivière a monté d'un mètre"),
    ("résultats", "Selon les résultats des tests, l'eau du puits était polluée, a indiqué le "
     "maire de Rieux.", "l'eau du puits était polluée"),
]


@pytest.mark.parametrize(("entry", "text", "said"), FINDING_NOUNS,
                         ids=[r[0] for r in FINDING_NOUNS])
def test_finding_noun(nlp, entry, text, said):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role, q.cue.text) == (None, "maire de Rieux", "a indiqué")


# denial_verbs.txt: (entry, sentence): a verb that denies the finding keeps the « selon »
# reading: the autopsy's words, not the lawyer's
DENIAL_VERBS = [
    (verb, f"Selon l'autopsie, la victime a été frappée, {said} son avocat.")
    for verb, said in (("contester", "a contesté"), ("contredire", "a contredit"),
                       ("démentir", "a démenti"), ("dénier", "a dénié"), ("nier", "a nié"),
                       ("rejeter", "a rejeté"), ("réfuter", "a réfuté"))
]


@pytest.mark.parametrize(("entry", "text"), DENIAL_VERBS, ids=[r[0] for r in DENIAL_VERBS])
def test_denial_verb(nlp, entry, text):
    q = quote_said(nlp, text, "la victime a été frappée")
    assert (q.speaker.name, q.speaker.kind, q.cue.text) == ("l'autopsie", "anonymous", "Selon")


@pytest.mark.parametrize(("name", "table"), [("finding_nouns", FINDING_NOUNS),
                                             ("denial_verbs", DENIAL_VERBS)])
def test_every_entry_has_a_row(name, table):
    assert sorted(r[0] for r in table) == sorted(words(name))
