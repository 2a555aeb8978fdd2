"""Closed classes of French as a normalised wording writes them (grouping: lower case, no
accents, an apostrophe as a space: « n y avait », « s il »)."""

# between « ne » and its verb in a normalised wording: « n y avait », « ne le saurais »
NORMAL_PREVERBAL_CLITICS = frozenset({
    "y", "en", "le", "la", "les", "l", "lui", "leur", "me", "m", "te", "t", "se", "s", "nous",
    "vous"})
# a subject right after « si » (« s il », « si je ») in a normalised wording
NORMAL_SI_SUBJECTS = frozenset({"il", "ils", "elle", "elles", "on", "je", "j", "tu", "nous",
                                "vous"})
NORMAL_SI = frozenset({"si", "s"})
# what opens another clause after « je », normalised: a subject of the third person, a
# conjunction or an interrogative (« je sais qu il a dit », « je ne comprends pas pourquoi il »)
NORMAL_CLAUSE_OPENERS = frozenset({"il", "ils", "elle", "elles", "on", "que", "qu", "pourquoi",
                                   "comment", "si", "s"})
