"""Closed classes of French as a normalised wording writes them (grouping: lower case, no
accents, an apostrophe as a space: « n y avait », « s il »), each the normalised form of a
class of ``grammar``."""

from quotes.lexicon import fold
from quotes.lexicon.grammar import CLITIC_SUBJECTS, INFINITIVE_CLITICS, QUE, SI, SUBJECT_PRONOUNS


def _normal(forms: frozenset[str]) -> frozenset[str]:
    """The forms as a normalised wording writes them (« s' »: « s »)."""
    return frozenset(fold(w).rstrip("'’") for w in forms)


# between « ne » and its verb in a normalised wording: « n y avait », « ne le saurais »
NORMAL_PREVERBAL_CLITICS = _normal(INFINITIVE_CLITICS)
# a subject right after « si » (« s il », « si je ») in a normalised wording
NORMAL_SI_SUBJECTS = _normal(CLITIC_SUBJECTS - {"ce", "c'", "c’"}) | {"nous", "vous"}
NORMAL_SI = _normal(SI)
# what opens another clause after « je », normalised: a subject of the third person, a
# conjunction or an interrogative (« je sais qu il a dit », « je ne comprends pas pourquoi il »)
NORMAL_CLAUSE_OPENERS = _normal(SUBJECT_PRONOUNS | {"on"} | QUE | SI) | {"pourquoi", "comment"}
