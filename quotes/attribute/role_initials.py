"""Initials an article writes for a role it writes out: « le SG de l'ONU » after « le
Secrétaire général de l'ONU, X », « la DRH » after « la directrice des ressources humaines, Y ».

A word in capitals after a singular definite or demonstrative determiner is the initials of a
role when its letters are, in order, the first letters of the content words (a compound's
parts each: « président-directeur général ») of a phrase of the same article that opens with
a listed role noun. The content words are the role's own: lowercase common words (or, after a
capitalised role noun inside a sentence and before any link, the same words capitalised: « le
Secrétaire Général »); a name or a body (« le président du Sénat », « le procureur Simon »)
or a party's adjective (« le président socialiste ») ends the phrase and spells nothing. Read
so, the initials are a role noun for that article and are written out as the phrase where a
description is matched to the cast (lexicon.short_forms ``written_out``).
Left unread: initials the lexicon knows as a party's (« le PS »); initials of a role noun and
only its rank (lexicon/rank_adjectives.txt: « le CA » after « le chef adjoint », most often a
body) unless the article writes them in brackets right after the role; two phrases of different
words spelled by the same letters; a role the article writes for two holders (two bodies or
two names after it: « le directeur général de Ventis, X … le directeur général de Solvane,
Y »); a determiner of the other gender than the role (« la DGS » after « le directeur
général de la santé »: the direction, not him).
Out: the initials as written -> the role (its words as the article writes them, its body;
words "" when unread) and the bodies of the roles they spell, which hold none of them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quotes.attribute.role_words import party_adjectives, party_form
from quotes.lexicon import fold, folded, in_capitals
from quotes.lexicon.grammar import SINGULAR_LEADS, SPELLING_LINKS, A
from quotes.lexicon.roles import article_gender, is_role_noun, noun_gender
from quotes.lexicon.short_forms import Written, body_after

# a word, its hyphenated parts together (« président-directeur »); apostrophes split
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# folded determiners initials follow (« le SG », « cette DRH »), apostrophe cut (« l »)
_LEADS = frozenset(fold(d).rstrip("'’") for d in SINGULAR_LEADS)
# folded words no initial stands for: the links inside a role (« des », « de la », « à »)
_LINKS = frozenset(fold(w).rstrip("'’") for w in SPELLING_LINKS | A)
# the capitalised words right after a role and its body, a comma between: its holder's name
_HOLDER = re.compile(r"\s*,?\s*((?:[^\W\d_a-z][\w'’-]*\s?)+)")


def role_initials(text: str) -> dict[str, Written]:
    """The initials the article writes after a determiner that spell the content words of
    one role it writes out, for one holder -> that role: « SG » -> « Secrétaire général »,
    body « onu ». No bound on their length: they must spell a role's words letter for letter,
    which a body's acronym or a name in capitals does not (« la DGAST », five letters)."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    leads: dict[str, set[str | None]] = {}
    for (lead, *_), (w, *_) in pairwise(words):
        if (fold(lead) in _LEADS and in_capitals(w) and w.isalpha()
                and fold(w) not in folded("party_acronyms")):
            leads.setdefault(w, set()).add(article_gender(fold(lead)))  # « l' »: none
    found: dict[str, Written] = {}
    for short in sorted(leads):
        spans = [s for i in range(len(words)) if (s := _phrase(text, words, i, short))]
        bodies = frozenset(b for _, e in spans if (b := body_after(text[e:])[0]))
        genders = {noun_gender(text[lo:hi].split()[0].split("-")[0]) for lo, hi in spans}
        # « directeur général » and « directrice générale »: one role; other words, two
        if (len({_key(text[lo:hi]) for lo, hi in spans}) != 1 or _two_holders(text, spans)
                or (None not in genders and any(g is not None and g not in genders
                                                for g in leads[short]))):
            # unread, but the bodies of the roles they spell hold none of them
            if bodies:
                found[short] = Written("", None, bodies)
            continue
        lo, hi = min(spans, key=lambda s: text[s[0]:s[1]])
        found[short] = Written(text[lo:hi], min(bodies) if len(bodies) == 1 else None, bodies)
    return found


def _two_holders(text: str, spans: list[tuple[int, int]]) -> bool:
    """Do the role's occurrences name two bodies or two holders after it?"""
    bodies, names = set(), set()
    for _, hi in spans:
        body, end = body_after(text[hi:])
        bodies.add(body)
        m = _HOLDER.match(text, hi + end)
        names.add(m.group(1).strip() if m else None)
    return len(bodies - {None}) > 1 or len(names - {None}) > 1


def _phrase(
    text: str, words: list[tuple[str, int, int]], i: int, short: str
) -> tuple[int, int] | None:
    """Where the phrase from word ``i`` whose content words' first letters are ``short`` is,
    when a listed role noun opens it; None otherwise."""
    first, start, _ = words[i]
    if in_capitals(first) or not is_role_noun(first.split("-")[0]):
        return None
    # « le Secrétaire Général »: capitalised words follow a capitalised role inside a sentence
    titled = first[:1].isupper() and text[:start].rstrip()[-1:] not in {"", ".", "!", "?", "«"}
    letters, linked, ranks = "", False, True
    for word, _, end in words[i:]:
        if fold(word) in _LINKS:
            linked = True
            continue
        if len(letters) and (in_capitals(word) or (word[:1].isupper() and (linked or not titled))
                             or party_form(word) in party_adjectives()):
            return None  # « secrétaire général de l'ONU », « président du Sénat »
        # « écologiste »: E; the initials are written unaccented
        ranks = ranks and (not letters or fold(word) in folded("rank_adjectives"))
        letters += "".join(fold(part)[:1] for part in word.split("-")).upper()
        if letters == short:
            # « le chef adjoint »: a role noun and its rank alone spell « CA » only where the
            # article writes them beside it (« le chef adjoint (CA) »)
            beside = re.compile(rf"(?:\s+\S+){{0,4}}?\s*\(\s*{short}\s*\)")
            return (start, end) if not ranks or beside.match(text, end) else None
        if not short.startswith(letters):
            return None
    return None


def _key(phrase: str) -> tuple[str, ...]:
    """A phrase as two genders of one role compare: its words cut to four letters."""
    return tuple(fold(w)[:4] for w in _WORD.findall(phrase))
