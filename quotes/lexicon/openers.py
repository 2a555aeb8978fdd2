"""The determiners that open a phrase some rule reads whole: a title's (« le marquis de Sade »)
and a description's after a name and a comma (« Paul, un voisin »). Built from the closed
classes of grammar.py, each for the one rule that reads it.
"""

from __future__ import annotations

from quotes.lexicon.grammar import DEFINITE, DEFINITE_SINGULAR, INDEFINITE, SINGULAR_DEMONSTRATIVES

# a singular determiner before a title, as a role phrase opens: « le marquis de Sade », « du roi
# de Navarre », « au roi », « cette marquise » (attribute/standing.historic_title)
TITLE_DETERMINERS = DEFINITE_SINGULAR | INDEFINITE | SINGULAR_DEMONSTRATIVES | {"du", "de", "au"}
# what opens a description set after a name by a comma (« Paul, un voisin », « Paul, sa
# voisine », « Léa, l'aînée »: group/first_names.described)
DESCRIPTION_OPENERS = (DEFINITE | INDEFINITE | SINGULAR_DEMONSTRATIVES
                       | {"son", "sa", "ses", "leur", "notre", "votre", "mon", "ma"})
