"""« rendre hommage à « … » » (lexicon/reporting_verbs.tsv, flag h; detect/preposed.py): the
marks right after « à » are the words said, to their closing mark; whom the homage is for, a
title or a name in marks, stay no quote of it."""

import pytest
from conftest import beside_its_own_quote, quote_said

HONOURS = [
    # (sentence, words said, speaker, cue)
    ("Le syndicat Solidaires rend hommage à « ses efforts constants en faveur de la paix ».",
     "ses efforts constants en faveur de la paix", "Solidaires", "rend hommage"),
    # a gerund: the main clause's subject
    ("Tout en rendant hommage à « l'incroyable dévouement des soignants », la ministre Anne "
     "Roux a déploré des erreurs.",
     "l'incroyable dévouement des soignants", "Anne Roux", "en rendant hommage"),
    # « au » holds « à »; an aside between the auxiliary and the participle
    ("Le gouvernement a, de son côté, rendu hommage au « président du peuple, travailleur et "
     "infatigable ».",
     "président du peuple, travailleur et infatigable", "gouvernement", ANY_CUE := None),
    # the narrator's adjunct after the marks is left out
    ("La préfète Claire Moreau rendra hommage à « ceux qui ont tout donné » lors de la "
     "cérémonie de lundi.",
     "ceux qui ont tout donné", "Claire Moreau", "rendra hommage"),
    # an incise and a colon, as for any cue
    ("« C'était un homme de cœur », a rendu hommage le maire Paul Vidal.",
     "C'était un homme de cœur", "Paul Vidal", "a rendu hommage"),
    ("Le maire Paul Vidal rend hommage à Anne Roux : « Elle a tout donné pour la commune. »",
     "Elle a tout donné pour la commune.", "Paul Vidal", "rend hommage"),
]


@pytest.mark.parametrize("text, said, speaker, cue", HONOURS)
def test_homage_reports_marks_after_a(nlp, text, said, speaker, cue):
    """The marks right after « rendre hommage à » are the subject's words."""
    quote = quote_said(nlp, text, said)
    assert quote.type == "direct"
    assert quote.speaker.name == speaker
    assert quote.cue is not None and "hommage" in quote.cue.text
    if cue is not None:
        assert quote.cue.text == cue


NOT_SAID = [
    # whom the homage is for, with no marks, or a name or a title in marks
    "Le club a rendu hommage à son ancien capitaine lors du match de samedi.",
    "La ville rend hommage à « La Marseillaise » chaque 14 juillet.",
    "La foule a rendu hommage à « la Dame de fer » devant le palais.",
    "Anne Roux rend hommage à sa mère dans « Les Jours heureux », son dernier roman.",
    "Les élèves ont rendu hommage à « Monsieur Paul », leur ancien professeur.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_homage_without_words(nlp, text):
    """No quote is cued by « rendre hommage » here."""
    cues = [q.cue.text for q in beside_its_own_quote(nlp, text) if q.cue is not None]
    assert not any("hommage" in c for c in cues)


def test_homage_to_someone_then_marks(nlp):
    """« a rendu hommage à X, « … » »: the marks after the person are no complement of
    « à »; they stay the narrator's marked words, not cued by the homage."""
    quote = quote_said(nlp, "Le maire Paul Vidal a rendu hommage à l'abbé Morel, « un homme de "
                       "paix ».", "un homme de paix")
    assert quote.cue is None
