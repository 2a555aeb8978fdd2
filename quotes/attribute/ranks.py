"""What a description says of a person beside their function: a rank among others ("la
seule plaignante", "le premier pape né aux États-Unis") or a state ("présente à l'audience",
"né à Chicago"). The role is the function alone; a rank with a state, or with what the
person was first to do (« le premier maire à avoir signé »), is a distinction or a record, whose
function is its role noun alone. A rank that opens the office's own name (« Premier ministre »,
« premier adjoint au maire ») is no rank.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.detect.forms import PARTICIPLE_ENDS, past_participle
from quotes.lexicon import cached, capitalised, fold, folded, listed, words
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DETERMINERS,
    ELIDED_ARTICLE,
    ONLY,
    RANKS,
    STATES,
    SUPERLATIVES,
    TOUT,
    A,
)
from quotes.lexicon.periphrases import periphrasis, phrase_key

_LAST = frozenset({"dernier", "derniere"})  # folded: the rank of the one who holds it now


def function_only(doc: Doc, lo: int, hi: int, noun: int) -> tuple[int, int]:
    """Tokens [lo, hi) of a role whose role noun is ``noun``, without a state after the noun
    ("plaignante présente à l'audience": "plaignante") and without "seul(e)" before it; the
    role noun alone for a rank with a state ("premier évêque de l'Histoire né en Islande":
    "évêque") or with what the person was first to do ("premier maire de la région à avoir signé
    la charte": "maire"), a distinction that sets the person apart, whose function is the noun
    ("Premier ministre", "dernier président" with no state stay whole); without the span a
    superlative or a rank compares it over ("le plus jeune chef du gouvernement de l'histoire":
    "chef du gouvernement", ``compared_over``), and without a rank so compared (« le premier
    maire de l'histoire de la ville »: « maire », as GUIDELINES « What a role is » gives `pape`)."""
    state = next((t.i for t in doc[noun + 1 : hi] if fold(t.text) in STATES), hi)
    ranked = any(_rank(t) and not office_rank(doc, t.i, hi) for t in doc[lo:noun])
    if (state < hi or _record(doc, noun, hi) or _feat(doc, lo, noun, hi)) and ranked:
        return noun, noun + 1
    over = compared_over(doc, noun, hi)
    if over < hi and ranked:
        lo = noun  # « la première présidente du club de son histoire »: « présidente du club »
    hi = over
    state = min(state, hi)
    while lo < noun and fold(doc[lo].text) in ONLY:
        lo += 1
    return lo, state


def office_rank(doc: Doc, i: int, hi: int) -> bool:
    """Does the rank at token ``i`` open the office's own name, not rank its holder among
    others: a phrase of lexicon/periphrases.tsv (« Premier ministre », « premier magistrat de
    la ville ») or a title of lexicon/set_titles.txt (« premier adjoint au maire », « première
    présidente de la cour d'appel »)?"""
    if periphrasis(doc[i:hi].text) is not None:
        return True
    key = phrase_key(doc[i:hi].text)
    if fold(doc[i].text) not in RANKS and _rank(doc[i]):
        # « deuxième adjoint au maire »: a title any rank opens as « premier » opens it
        key = " ".join(["premier", *key.split()[1:]])
    return any(_titled(key, title) for title in _set_titles())


def _titled(key: str, title: str) -> bool:
    """Does the phrase ``key`` open with ``title`` (of ``_set_titles``, in the masculine),
    « premier » standing for either gender?"""
    key = key.replace("premiere", "premier")
    return key == title or key.startswith(title + " ")


def _rank(tok: Token) -> bool:
    """Is the token a rank among others: « premier », « dernier » or an ordinal (« deuxième »,
    « troisième », « 3e »: tagged as one, or in « -ième »)?"""
    word = fold(tok.text)
    return word in RANKS or "Ord" in tok.morph.get("NumType", []) or (
        word.endswith("ieme") and tok.pos_ == "ADJ") or bool(_NUMBERED.fullmatch(word))


_NUMBERED = re.compile(r"\d+(e|eme)")  # « 3e », « 3ème »: folded


def _feat(doc: Doc, lo: int, noun: int, hi: int) -> bool:
    """Does a past participle follow a ranked role noun (« la troisième réalisatrice |sacrée| à
    Cannes »): what the holder was ranked at doing, a record, not an office's own participle
    (lexicon/office_participles.txt: « délégué », « déclarée », « commise »)? A participle of
    lexicon/appointment_participles.txt (« élu », « nommée ») only with nothing after it but the
    span it is compared over (« le premier président |élu| de l'histoire du club »), never
    after « dernier » (« le dernier président élu de la fédération »: the one who holds it now),
    nor with the function's own complement (« la deuxième présidente élue de la région »)."""
    if noun + 1 >= hi:
        return False
    tok = doc[noun + 1]
    shaped = tok.pos_ == "ADJ" and tok.lower_.endswith(PARTICIPLE_ENDS)  # « sacrée »: the
    # tagger's adjective
    if not (past_participle(tok) or shaped) or tok.lower_ in words("office_participles"):
        return False
    if tok.lower_ not in words("appointment_participles"):
        return True
    return not any(fold(t.text) in _LAST for t in doc[lo:noun]) and (
        tok.i + 1 >= hi or _scope(doc, tok.i + 1, hi) is not None)


@cached
def _set_titles() -> frozenset[str]:
    return frozenset(phrase_key(title).replace("premiere", "premier")
                     for title in folded("set_titles"))


def _record(doc: Doc, noun: int, hi: int) -> bool:
    """Does a rank's « à » and infinitive follow the role noun, in the role or right after it
    ("le premier maire de la région |à avoir signé la charte"): what the person was first to do,
    a record?"""
    return any(
        t.lower_ in A and t.i + 1 < len(doc) and "Inf" in doc[t.i + 1].morph.get("VerbForm", [])
        for t in doc[noun + 1 : min(hi + 1, len(doc))]
    )


def compared_over(doc: Doc, noun: int, hi: int) -> int:
    """Where a role noun's complements end before the span a superlative or a rank before the
    noun compares its holder over: « de », a determiner, perhaps an adjective, and a noun of
    lexicon/superlative_scopes.txt (``_scope``: « le plus jeune maire |de l'histoire de la ville| »,
    « la première présidente du club |de son histoire| », « |des dernières décennies| », « |de
    tous les temps| »), or a superlative set after the noun, from its article on (« la préfète
    |la plus jeune de l'histoire| »); ``hi`` when no degree grades the noun (« maire de
    l'époque », « Premier ministre de l'époque » keep theirs, ``office_rank``), when the
    superlative grades the body (« président de la plus grande fédération », « maire de la
    ville la plus peuplée ») or no such complement follows (« directrice du Temps », « professeur
    d'histoire du lycée »)."""
    held = _held_record(doc, noun, hi)
    if held is not None:
        return held  # « cheffe de gouvernement |à la longévité la plus courte de l'histoire| »
    for t in doc[noun + 1 : hi - 1]:
        if t.lower_ in DETERMINERS and doc[t.i + 1].lower_ in SUPERLATIVES and _grades_role(
                doc, noun, t.i):
            return t.i  # « la préfète |la plus jeune …| »: a superlative after the noun, no office
    graded = [
        t.i for t in doc[noun].lefts
        if t.dep_ == "amod" and ((_rank(t) and not office_rank(doc, t.i, hi)) or any(
            c.lower_ in SUPERLATIVES for c in t.children))
    ]
    if not graded:
        return hi
    for t in doc[noun + 1 : hi]:
        k = _scope(doc, t.i, hi)
        if k is not None and _within(doc, noun, graded, k):
            return t.i
    return hi


def _held_record(doc: Doc, noun: int, hi: int) -> int | None:
    """Where a complement of the role noun opened by « à » starts that says what its holder
    holds a record of: « à » or « au », a determiner, a noun a superlative grades, after it
    (« à la longévité la plus courte ») or before it (« au plus long mandat »), then the span it
    is compared over (``_scope``: « de l'histoire »): « la cheffe de gouvernement |à la
    longévité la plus courte de l'histoire| » is a record, whose function is « cheffe de
    gouvernement »; None when no span compared over follows (« chargé de mission à la plus
    grande agence » says where the post is)."""
    for t in doc[noun + 1 : hi]:
        if t.lower_ not in A:
            continue
        k = t.i + 1 + (t.i + 1 < hi and doc[t.i + 1].lower_ in DETERMINERS)
        before = k + 1 < hi and doc[k].lower_ in SUPERLATIVES and doc[k + 1].pos_ == "ADJ"
        k += 2 * before
        if k >= hi or doc[k].pos_ != "NOUN":
            return None
        k += 1
        if not before:
            if not (k + 2 < hi and doc[k].lower_ in DETERMINERS
                    and doc[k + 1].lower_ in SUPERLATIVES and doc[k + 2].pos_ == "ADJ"):
                return None
            k += 3
        # the span may lie past ``hi``, where an earlier reading cut it off the role
        return t.i if k < len(doc) and _scope(doc, k, len(doc)) is not None else None
    return None


def _grades_role(doc: Doc, noun: int, det: int) -> bool:
    """Does the superlative whose article is at ``det`` grade the role noun: its adjective hangs
    on the noun (« chef d'orchestre français |le plus jeune| »), or it comes straight after the
    noun and its own adjectives (« ministre |la plus jeune| », « ministre déléguée |la plus
    jeune| »), not after the body's noun (« maire de la ville |la plus peuplée| »)?"""
    graded = doc[det + 2] if det + 2 < len(doc) else None
    return (graded is not None and graded.head.i == noun) or all(
        t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm", [])  # « ministre déléguée »
        for t in doc[noun + 1 : det])


def _scope(doc: Doc, i: int, hi: int) -> int | None:
    """The noun of a span compared over opened by « de » at ``i``: « de », « du » or « des »,
    « tous » and the like, a determiner (« de l'histoire », « de son histoire », « du siècle »),
    adjectives (« des dernières décennies ») and a lower-case noun of
    lexicon/superlative_scopes.txt, or one capitalised after « l' » (« de l'Histoire »); None
    for any other (« du Temps », « d'histoire de l'art »)."""
    word = doc[i].lower_
    if word not in DE_CONTRACTED:
        return None
    k = i + 1
    while k < hi and fold(doc[k].text) in TOUT:
        k += 1
    if word in DE:
        if k >= hi or doc[k].lower_ not in DETERMINERS:
            return None
        k += 1
    while k < hi and doc[k].pos_ == "ADJ" and not capitalised(doc[k].text):
        k += 1
    if k >= hi or not listed(doc[k].text, "superlative_scopes"):
        return None
    # a capital only after « l' » (« de l'Histoire », as the press writes it), never after
    # « du », « des » or another article (« du Temps », « de La Génération »: a title)
    elided = doc[k - 1].lower_ in ELIDED_ARTICLE
    return k if not capitalised(doc[k].text) or elided else None


def _within(doc: Doc, noun: int, graded: list[int], k: int) -> bool:
    """Does the scope noun at ``k`` hang on the role noun, on a word that grades it, or on a
    lower-case noun of the role's own complements (the parse may hang « de l'histoire » on
    « gouvernement » in « le plus jeune chef du gouvernement de l'histoire »), never on a name
    (« directeur du Musée de l'histoire vivante »)?"""
    head = doc[k].head.i
    return head == noun or head in graded or (
        noun < head < k and doc[head].pos_ == "NOUN" and not capitalised(doc[head].text))
