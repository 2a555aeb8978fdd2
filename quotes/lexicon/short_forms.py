"""Short forms of an office's name that the press writes after a determiner: the office's
initials (« la PM britannique », lexicon/short_forms.tsv) or its first word alone,
capitalised, when that word is no role noun (« la Première britannique », « le Premier
belge »). Neither is anyone's name: the words stand for the office of lexicon/periphrases.tsv
they shorten, and are read as that office.
"""

from __future__ import annotations

from quotes.lexicon import cached, fold, in_capitals, table
from quotes.lexicon.grammar import DEFINITE_SINGULAR, SINGULAR_DEMONSTRATIVES
from quotes.lexicon.roles import is_role_noun

# folded determiners a short form follows: « la PM », « cette Première »
_LEADS = DEFINITE_SINGULAR | SINGULAR_DEMONSTRATIVES


def unshortened(text: str) -> str:
    """The words with a short form right after their determiner written out as the office's
    phrase: « la PM britannique » -> « la Premier ministre britannique », « la Première
    britannique » -> « la Première ministre britannique »; other words as they are. A first word
    followed by a capitalised one is a name's (« la Premier League »), and one followed by the
    phrase's own next word is the phrase itself."""
    words = text.split()
    if len(words) < 2 or fold(words[0]) not in _LEADS:
        return text
    short, after = words[1], words[2:]
    phrase = _initials().get(short) if in_capitals(short) else None
    if phrase is None and short[:1].isupper() and not in_capitals(short):
        own = _openings().get(fold(short))
        next_word = after[0] if after else ""
        if own is not None and not next_word[:1].isupper() and (
                fold(next_word) != fold(own.split()[1])):
            phrase = own
    if phrase is None:
        return text
    return " ".join([words[0], phrase, *after])


@cached
def _initials() -> dict[str, str]:
    """lexicon/short_forms.tsv: the initials of an office -> its own name: « PM » ->
    « Premier ministre », « PR » -> « président de la République »."""
    return {short: office for short, office in table("short_forms")}


@cached
def _openings() -> dict[str, str]:
    """The folded first word of an office's phrase of two words that the list writes with a
    capital, as the press does, and that is no role noun -> the phrase (« premiere » ->
    « Première ministre »), when it opens one office only."""
    offices: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for phrase, office, *_ in table("periphrases"):
        words = phrase.split()
        if len(words) != 2 or not words[0][:1].isupper() or is_role_noun(words[0]):
            continue
        offices.setdefault(fold(words[0]), set()).add(office)
        first.setdefault(fold(words[0]), phrase)
    return {key: first[key] for key, held in offices.items() if len(held) == 1}
