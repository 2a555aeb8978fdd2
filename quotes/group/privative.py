"""A privative adjective that says a negation: « insuffisant » for « ne suffit pas »."""

from __future__ import annotations

from quotes.group.normal import normalize
from quotes.lexicon.grammar import NEGATION_END, NORMAL_NEGATION_START
from quotes.lexicon.normal_forms import PRIVATIVE_PREFIXES

_ROOT = 5  # letters of the negated word a privative adjective opens with after its prefix
REACH = 5  # words from « ne » to its « pas »: « ne le lui a pas »
_ENDS = frozenset(normalize(w) for w in NEGATION_END)


def privative(words: str, negated: str) -> bool:
    """Whether a normalised wording holds a privative adjective (prefixes
    ``lexicon.normal_forms.PRIVATIVE_PREFIXES``: « in », « im », « il », « ir ») whose rest
    opens, on ``_ROOT`` letters, a word the negated wording negates (``_negated_words``):
    « insuffisante » for « ne suffit pas », « impossible » for « n'est pas possible »."""
    roots = {w[:_ROOT] for w in _negated_words(negated.split()) if len(w) >= _ROOT}
    return any(w[:2] in PRIVATIVE_PREFIXES and w[2:2 + _ROOT] in roots for w in words.split())


def _negated_words(words: list[str]) -> list[str]:
    """The words a « ne … pas » negates: those between « ne » and its second word (« ne
    suffit pas »), and the word after it, past « été » or « être » (« n'est pas possible »,
    « n'a pas été responsable »); not a noun after « pas de »."""
    out: list[str] = []
    for i, w in enumerate(words):
        if w not in NORMAL_NEGATION_START:
            continue
        end = next((j for j in range(i + 1, min(i + REACH, len(words))) if words[j] in _ENDS),
                   None)
        if end is not None:
            after = words[end + 1:end + 3]
            out += words[i + 1:end] + after[1 if after[:1] in (["ete"], ["etre"]) else 0:][:1]
    return out
