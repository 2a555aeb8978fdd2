"""Cue, continued: marks with no cue of their own take the cue of the same speaker's words
just before them; a narrator's sentence, a comma after the marks, another speaker stop it."""

from dataclasses import replace

import pytest

from quotes.api import extract_text
from quotes.detect.cue_carry import carried_cues
from quotes.model import Quote, Span, SpeakerKind

UNNAMED = ("« Je ne sais pas ce qui s'est passé », a commenté la jeune femme sous couvert "
           "d'anonymat. « Il était très gentil. »")


@pytest.mark.parametrize(("text", "quote", "cue"), [
    # an incise inside one quotation: the part after its comma takes its cue
    ("La maire Anne Roux a pris la parole. « Nous cherchons la cause », a-t-elle dit en fin "
     "de soirée, « je ne peux rien exclure pour l'instant ». La séance a repris.",
     "je ne peux rien exclure pour l'instant", "a-t-elle dit"),
    ("« Nous cherchons la cause », a déclaré la maire Anne Roux devant la presse, « et nous "
     "la trouverons ».", "et nous la trouverons", "a déclaré"),
    # a speaker the cast holds no name for: the marks after her cue's sentence take its cue
    (UNNAMED, "Il était très gentil.", "a commenté"),
    ("« La déception est immense », a ajouté la défenseure après le match.\n\n« Après le "
     "poteau, on revient. »", "Après le poteau, on revient.", "a ajouté"),
    # marks after the comma with a cue of their own keep it
    ("« Tout est prêt », a dit le maire Paul Roux lundi, « rien ne manque », a répondu la "
     "préfète Anne Morel.", "rien ne manque", "a répondu"),
])
def test_record_cue(text: str, quote: str, cue: str) -> None:
    found = {q.span.text: q for q in extract_text(text)}
    got = found[quote].cue
    assert got is not None and got.text == cue


@pytest.mark.parametrize(("text", "quote"), [
    # a sentence of the narrator between: the unnamed voice's cue stops there
    ("« Je ne sais pas ce qui s'est passé », a commenté la jeune femme. Le silence est tombé "
     "sur la place. « Il était très gentil. »", "Il était très gentil."),
    # marks a named speaker took: no unnamed voice's cue
    ("« Je ne sais pas ce qui s'est passé », a commenté la jeune femme. Le maire Paul Roux "
     "est arrivé ensuite. « Il était très gentil. »", "Il était très gentil."),
])
def test_an_unnamed_voice_carries_no_cue_past_the_narrator(text: str, quote: str) -> None:
    found = {q.span.text: q for q in extract_text(text)}
    assert found[quote].cue is None


def test_a_cue_before_the_words_is_not_carried_over_a_comma() -> None:
    """A cue before the words (« a dit que A ») carries to the next marks over a stop only: the
    comma is an incise's, after a cue that follows the words (« A », a-t-elle dit, « b »)."""
    text = "Le maire Paul Roux a dit que tout va bien, « rien ne manque »."
    (q,) = extract_text(text)
    said = replace(q, type="indirect", span=Span(29, 41, "tout va bien"))
    marks = replace(q, type="direct", cue=None, span=Span(45, 59, "rien ne manque"))
    assert text[45:59] == "rien ne manque" and said.cue is not None and said.cue.start < 29
    assert carried_cues(text, [said, marks])[1].cue is None


def _unnamed_pair() -> tuple[Quote, Quote]:
    """The unnamed voice's quote with its cue, and the marks after it as the carry finds them:
    no cue, no speaker."""
    said, marks = extract_text(UNNAMED)
    assert said.speaker.name is None and said.speaker.mention is not None
    return said, replace(marks, cue=None, speaker=replace(marks.speaker, kind="unknown"))


def test_an_unnamed_voice_carries_its_cue() -> None:
    said, marks = _unnamed_pair()
    assert carried_cues(UNNAMED, [said, marks])[1].cue == said.cue


def test_no_voice_at_all_carries_no_cue() -> None:
    """Words whose cue names no one (no name, no mention) give no voice to carry."""
    said, marks = _unnamed_pair()
    nobody = replace(said, speaker=replace(said.speaker, mention=None))
    assert carried_cues(UNNAMED, [nobody, marks])[1].cue is None


@pytest.mark.parametrize("kind", ["person", "organization", "anonymous"])
def test_marks_that_took_a_speaker_of_their_own_take_no_unnamed_cue(kind: SpeakerKind) -> None:
    """Marks given a speaker with no name (an anonymous source, a body) are someone's own:
    the unnamed voice before them carries nothing to them."""
    said, marks = _unnamed_pair()
    own = replace(marks, speaker=replace(marks.speaker, kind=kind))
    assert carried_cues(UNNAMED, [said, own])[1].cue is None
