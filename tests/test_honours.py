"""« rendre hommage à « … » » (lexicon/reporting_verbs.tsv, flag h; detect/preposed.py): the
marks right after « à » are the words said, to their closing mark; whom the homage is for, a
title or a name in marks, stay no quote of it."""

import pytest
from conftest import beside_its_own_quote, found_quotes, quote_said

HONOURS = [
    # (sentence, words said, speaker, cue)
    ("Le syndicat Solidaires rend hommage à « ses efforts constants en faveur de la paix ».",
     "ses efforts constants en faveur de la paix", "Solidaires", "rend hommage"),
    # a gerund: the main clause's subject
    ("Tout en rendant hommage à « l'incroyable dévouement des soignants », la ministre Anne "
     "Roux a déploré des erreurs.",
     "l'incroyable dévouement des soignants", "Anne Roux", "en rendant hommage"),
    # « au » holds « à »; an aside between the auxiliary and the participle
    ("La fédération a, de son côté, rendu hommage au « capitaine courageux, fidèle et "
     "généreux ».",
     "capitaine courageux, fidèle et généreux", "fédération", "a, de son côté, rendu hommage"),
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
    assert quote.cue is not None and quote.cue.text == cue


NOT_SAID = [
    # whom the homage is for, with no marks, or a name or a title in marks (a capital on the
    # first word inside them, before or after an article: « Mon oncle », « la Dame de fer »)
    "Le club a rendu hommage à son ancien capitaine lors du match de samedi.",
    "La ville rend hommage à « La Marseillaise » chaque 14 juillet.",
    "La foule a rendu hommage à « la Dame de fer » devant le palais.",
    "Anne Roux rend hommage à sa mère dans « Les Jours heureux », son dernier roman.",
    "Les élèves ont rendu hommage à « Monsieur Paul », leur ancien professeur.",
    "Le festival rend hommage à « Mon oncle » avec une projection en plein air.",
    "Le festival rend hommage à « Ma vie ».",
    "La chorale rend hommage à « Nos étoiles » ce soir.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_homage_without_words(nlp, text):
    """No quote is cued by « rendre hommage » here, and none is made of the title's marks."""
    assert beside_its_own_quote(nlp, text) == []


def test_homage_before_an_incise(nlp):
    """« a rendu hommage à « … », a indiqué X »: the incise's record holds the whole clause;
    the homage makes no second record over the same marks."""
    quotes = found_quotes(nlp, "Le président a rendu hommage à « la mémoire d'un homme qui "
                          "n'a jamais renoncé », a indiqué l'Élysée.")
    assert [(q.span.text, q.speaker.name, q.cue.text if q.cue else None) for q in quotes] == [
        ("Le président a rendu hommage à « la mémoire d'un homme qui n'a jamais renoncé »",
         "Élysée", "a indiqué")]


def test_homage_to_someone_then_marks(nlp):
    """« a rendu hommage à X, « … » »: the marks after the person are no complement of
    « à »; they stay the narrator's marked words, not cued by the homage."""
    quote = quote_said(nlp, "Le maire Paul Vidal a rendu hommage à l'abbé Morel, « un homme de "
                       "paix ».", "un homme de paix")
    assert quote.cue is None


def test_homage_before_a_main_clause(nlp):
    """« tout en rendant hommage à « … » dans …, X a déploré … »: a main clause after a comma,
    its subject first, is no incise; the homage keeps its marks (who speaks is left unread
    here: the adjunct after the marks stops the subject search)."""
    quote = quote_said(nlp, "Tout en rendant hommage à « l'engagement des bénévoles » dans "
                       "toute la région, Anne Roux a déploré des retards.",
                       "l'engagement des bénévoles")
    assert quote.cue is not None and quote.cue.text == "en rendant hommage"
