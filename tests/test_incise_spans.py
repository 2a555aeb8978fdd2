"""The speaker's words only, on both sides of an incise inside the marks
(quotes/detect/incises.py; fixtures/gold/GUIDELINES.md, « Spans »: an incise splits a quote in
two records, the narrator's words in neither).

- what the narrator sets off about the incise's speaker after a comma is no part of the second
  record: a relative clause (« qui », « dont », « lui qui »), an apposition of the speaker's
  number, an adjective, a participle or a gerund, up to the stop (a phrase, up to its comma);
- a phrase a preposition opens, an adverb, a clause with its own verb, or a phrase of another
  number are the quote going on;
- an incise may follow a question or an exclamation mark, its verb in lower case; the mark
  stays with the words before it;
- the narrator's words after the speaker end at a colon too (« avant d'ajouter : »).

Every sentence is made up; offsets are checked (text[start:end] == quote).
"""

import pytest
from conftest import found_quotes

LEAD = "Le délégué Paul Morel a pris la parole mardi. "
A, B = "Nous irons jusqu'au bout", "Rien ne nous arrêtera."


def _parts(nlp, text):
    found = found_quotes(nlp, text)
    assert all(text[q.span.start : q.span.end] == q.span.text for q in found)
    return found


# the narrator's words about the speaker after the comma are cut; the second part keeps the
# incise's cue and speaker
ASIDES = [
    (f"« {A}, a assuré Paul Morel, qui dirige le syndicat depuis 2019. {B} »", [A, B],
     "Paul Morel", "a assuré"),
    (f"« {A}, a assuré Paul Morel, le président du syndicat. {B} »", [A, B], "Paul Morel",
     "a assuré"),
    (f"« {A}, a assuré Paul Morel, président du syndicat. {B} »", [A, B], "Paul Morel",
     "a assuré"),
    (f"« {A}, a assuré Paul Morel, dont le syndicat compte 400 adhérents. {B} »", [A, B],
     "Paul Morel", "a assuré"),
    (f"« {A}, a assuré Paul Morel, lui qui dirige le syndicat depuis 2019. {B} »", [A, B],
     "Paul Morel", "a assuré"),
    (f"« {A}, a lancé Anne Roy, visiblement émue. {B} »", [A, B], "Anne Roy", "a lancé"),
    (f"« {A}, a assuré Paul Morel, élu en 2019 à la tête du syndicat. {B} »", [A, B],
     "Paul Morel", "a assuré"),
    (f"« {A}, a assuré Paul Morel, en souriant. {B} »", [A, B], "Paul Morel", "a assuré"),
    (f"« {A}, a assuré Paul Morel, le poing levé. {B} »", [A, B], "Paul Morel", "a assuré"),
    # one aside after another
    (f"« {A}, a assuré Paul Morel, le poing levé, visiblement ému. {B} »", [A, B],
     "Paul Morel", "a assuré"),
    # a relative clause holds commas of its own: it runs to the stop
    (f"« {A}, a assuré Paul Morel, qui dirige, depuis 2019, le syndicat. {B} »", [A, B],
     "Paul Morel", "a assuré"),
    # an apposition ends at its comma: the words after it are the quote's
    ("« Nous irons, a assuré Paul Morel, le président du syndicat, jusqu'au bout. »",
     ["Nous irons", "jusqu'au bout."], "Paul Morel", "a assuré"),
    # nothing quoted after the aside: one record
    (f"« {A}, a assuré Paul Morel, qui dirige le syndicat. »", [A], "Paul Morel", "a assuré"),
    # after an inverted pronoun
    (f"{LEAD}« {A}, a-t-il ajouté, très ému. {B} »", [A, B], "Paul Morel", "a-t-il ajouté"),
    # after a question or an exclamation mark, the mark kept with the words
    (f"« Pourquoi renoncer ? a demandé Paul Morel. {B} »", ["Pourquoi renoncer ?", B],
     "Paul Morel", "a demandé"),
    (f"« {A} ! s'est exclamée Anne Roy. {B} »", [f"{A} !", B], "Anne Roy", "s'est exclamée"),
    # a colon closes the narrator's words after the speaker
    (f"« {A}, explique Paul Morel avant d'ajouter : rien ne nous arrêtera. »",
     [A, "rien ne nous arrêtera."], "Paul Morel", "explique"),
    (f"« {A}, a déclaré à la presse Paul Morel : rien ne nous arrêtera. »",
     [A, "rien ne nous arrêtera."], "Paul Morel", "a déclaré"),
]

# forms that were right already and must stay so
KEPT = [
    # a phrase a preposition opens, an adverb: the quote goes on after the incise
    ("« Nous irons, a assuré Paul Morel, jusqu'au bout. »", ["Nous irons", "jusqu'au bout."],
     "Paul Morel", "a assuré"),
    (f"« Nous irons, a assuré Paul Morel, ensemble. {B} »", ["Nous irons", f"ensemble. {B}"],
     "Paul Morel", "a assuré"),
    # a phrase of another number than the speaker's, a clause with its own verb
    (f"« Nous irons, a assuré Paul Morel, les militants et moi. {B} »",
     ["Nous irons", f"les militants et moi. {B}"], "Paul Morel", "a assuré"),
    ("« C'est fini, a dit Paul Morel, la grève est terminée. »",
     ["C'est fini", "la grève est terminée."], "Paul Morel", "a dit"),
    # inverted pronouns, compound tenses, an adjunct before or after the subject
    (f"{LEAD}« {A}, assure-t-il. {B} »", [A, B], "Paul Morel", "assure-t-il"),
    (f"Anne Roy a pris la parole. « {A}, a-t-elle confié au Parisien. {B} »", [A, B],
     "Anne Roy", "a-t-elle confié"),
    (f"{LEAD}« {A}, poursuit-il en souriant. {B} »", [A, B], "Paul Morel", "poursuit-il"),
    (f"« {A}, avait déclaré Paul Morel. {B} »", [A, B], "Paul Morel", "avait déclaré"),
    (f"« {A}, a déclaré lundi soir Paul Morel. {B} »", [A, B], "Paul Morel", "a déclaré"),
    (f"« {A}, assure Paul Morel à l'AFP. {B} »", [A, B], "Paul Morel", "assure"),
    (f"« {A}, a assuré Paul Morel en souriant. {B} »", [A, B], "Paul Morel", "a assuré"),
    # the narrator's tail after the closing mark, in the same paragraph
    (f"« {A} », a assuré Paul Morel, qui dirige le syndicat depuis 2019.", [A], "Paul Morel",
     "a assuré"),
    (f"« {A} », a assuré Paul Morel, avant de quitter la salle sous les applaudissements.",
     [A], "Paul Morel", "a assuré"),
]


@pytest.mark.parametrize(("text", "parts", "speaker", "cue"), ASIDES + KEPT)
def test_incise_parts(nlp, text, parts, speaker, cue):
    found = _parts(nlp, text)
    assert [q.span.text for q in found] == parts
    assert all(q.type == "direct" and q.speaker.name == speaker and q.cue.text == cue
               for q in found)


# a question in marks with no incise after it stays one quote with no cue
def test_question_with_no_incise(nlp):
    text = f"« Pourquoi renoncer ? {A}. »"
    found = _parts(nlp, text)
    assert [(q.span.text, q.cue) for q in found] == [(f"Pourquoi renoncer ? {A}.", None)]


def test_multi_paragraph_incise(nlp):
    """An incise in the second paragraph of a quote splits that paragraph; the first keeps
    the incise's speaker and cue."""
    text = f"{LEAD}« {A}.\n\n« Rien ne nous arrêtera, a-t-il ajouté. Nous tiendrons. »"
    found = _parts(nlp, text)
    assert [q.span.text for q in found] == [f"{A}.", "Rien ne nous arrêtera", "Nous tiendrons."]
    assert {(q.speaker.name, q.cue.text) for q in found} == {("Paul Morel", "a-t-il ajouté")}


UNFIXED = [
    pytest.param(
        f"« {A}, selon Paul Morel. {B} »", [A, B], "Paul Morel", "selon",
        marks=pytest.mark.xfail(strict=True, reason="an incise is read at a verb of saying; "
                                "« selon X » inside the marks is not one, the whole stretch "
                                "stays one quote with no cue")),
    pytest.param(
        f"« {A}, a assuré Paul Morel, qui dirige le syndicat, et rien ne nous arrêtera. »",
        [A, "et rien ne nous arrêtera."], "Paul Morel", "a assuré",
        marks=pytest.mark.xfail(strict=True, reason="a relative clause may hold commas of its "
                                "own, so it is only cut at a stop; one closed by a comma "
                                "before the quote resumes stays in the second part")),
    pytest.param(
        f"« {A}, a assuré Paul Morel. Rien ne nous arrêtera », a-t-il ajouté.", [A, B[:-1]],
        "Paul Morel", "a assuré",
        marks=pytest.mark.xfail(strict=True, reason="the parts of marks a postposed cue "
                                "frames take that cue's subject (« il », whose antecedent is "
                                "inside the marks), not the incise's name")),
]


@pytest.mark.parametrize(("text", "parts", "speaker", "cue"), UNFIXED)
def test_incise_parts_unfixed(nlp, text, parts, speaker, cue):
    found = _parts(nlp, text)
    assert [q.span.text for q in found] == parts
    assert all(q.speaker.name == speaker and q.cue is not None and q.cue.text == cue
               for q in found)
