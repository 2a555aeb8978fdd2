"""Roles a verb says a name has, rather than an apposition or a title: « Paul Marc est depuis
2019 le maire de Vannes », « Anne Roy, qui est avocate au barreau de Lyon, », « Hélène Garcia
est devenue directrice de l'école », « Marc Tissier, en tant que président du club, »,
« Léa Martin, élue maire en mars, »; an appointment in the passive or a succession, « Anne Roy
a été nommée directrice du musée », « Anne Roy succède à Paul Marc comme directrice ».

The name is the subject: right before the copula or its « qui », never the complement of a
noun or a preposition (« le frère de Paul Marc est maire »). Between the copula and the role
noun only adverbs, determiners, adjectives, commas and a time adjunct (« depuis 2019 »,
« alors »);
a negation (« n'est pas le maire »), a verb (« est reçu par le maire »), another preposition
(« est contre le maire ») or a noun that is no role (« est le fils du maire ») says the name is
not that role. The role ends at a punctuation mark, a verb or a time adjunct after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.role_extent import Role, role_span
from quotes.lexicon import cached, fold, folded, is_time_word, table, words
from quotes.lexicon.grammar import (
    BECOME,
    CIRCUMSTANCE_PREPOSITIONS,
    DE,
    DE_CONTRACTED,
    DISTINCTIONS,
    HAVE,
    INFINITIVE_NEGATION,
    MONTHS,
    PASSIVE_BE,
    POSSESSIVES,
    ROLE_COPULAS,
    ROLE_INTRODUCERS,
    SUCCESSION_STEMS,
    TIME_PREPOSITIONS,
    A,
)
from quotes.lexicon.roles import is_role_noun


@cached
def _phrases(use: str) -> frozenset[tuple[str, ...]]:
    """The phrases of one use in lexicon/predicate_phrases.tsv ("as", "just", "at_post"), as
    token tuples."""
    return frozenset(tuple(p.split()) for u, p in table("predicate_phrases") if u == use)


def _opens(doc: Doc, k: int, use: str, folds: bool = True) -> bool:
    """Does a phrase of ``use`` start at token ``k``, its tokens folded (else lower case)?"""
    return any(
        tuple((fold(t.text) if folds else t.lower_).replace("’", "'") for t in doc[k : k + len(p)])
        == p for p in _phrases(use)
    )


def predicated_role(ent: Span, window: int) -> Role | None:
    """The role a copula or an introducing participle says the name ``ent`` has, or None."""
    doc = ent.doc
    if ent.start > 0 and (doc[ent.start - 1].lower_ in DE_CONTRACTED | A
                          or doc[ent.start - 1].pos_ == "ADP"):
        return None  # "le frère de Paul Marc est maire": the name is someone else's
    j = ent.end
    comma = j < len(doc) and doc[j].text == ","
    if comma and j + 1 < len(doc) and doc[j + 1].lower_ == "qui":
        j += 2  # "X, qui est avocate"
    elif comma:
        after = _past_aside(doc, j, window)  # "X, ex-No 1 mondiale, a été nommée …"
        return _introduced(doc, j + 1, window) or _appointed(doc, after, window)
    if (appointed := _appointed(doc, j, window) or _succeeding(doc, j, window)) is not None:
        return appointed  # "X a été nommée directrice", "X succède à Y comme directrice"
    if j >= len(doc) or doc[j].lower_ not in ROLE_COPULAS:
        return None
    if j + 1 < len(doc) and doc[j].lower_ in ("est", "était") and doc[j + 1].lower_ in BECOME:
        j += 1  # "X est devenue directrice"
    return _role_after(doc, j + 1, window)


def held_role(ent: Span, window: int) -> Role | None:
    """The role a post of the subject's own names later in its sentence: « X a annoncé qu'il
    quittait son poste d'entraîneur du club », « X occupe depuis 2019 ses fonctions de
    directrice ». Not when someone else comes first, by name or by role (« X a dit au maire
    qu'il quittait son poste »: whose post is in doubt), nor a post without a possessive
    (« X brigue le poste de maire »: what X wants, not what X is)."""
    doc = ent.doc
    if not any(t.dep_.startswith("nsubj") for t in ent):
        return None
    for tok in doc[ent.end : ent.sent.end]:
        # one word in lower case the recogniser takes for a name is no one's (« ce mardi
        # |martin| »: a misspelt « matin »); two are someone's (« michel durand »)
        if (tok.ent_type_ == "PER" and not _lower_word(tok)) or is_role_noun(tok.text):
            return None
        if (
            fold(tok.text) in folded("post_nouns")
            and tok.i > 0 and doc[tok.i - 1].lower_ in POSSESSIVES
            and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in DE
        ):
            return _role_after(doc, tok.i + 2, window)
    return None


def _introduced(doc: Doc, j: int, window: int) -> Role | None:
    """ "X, en tant que président du club,", "X, devenue ministre en 2020,"."""
    if _opens(doc, j, "as"):  # "en tant que président": in that capacity
        return _role_after(doc, j + 3, window)
    if j < len(doc) and doc[j].lower_ in ROLE_INTRODUCERS:
        return _role_after(doc, j + 1, window)
    return None


def _past_aside(doc: Doc, comma: int, window: int) -> int:
    """The token after an aside the name's comma opens and a comma closes before a verb ("X,
    ex-No 1 mondiale, a été nommée"): where the name's clause goes on; ``len(doc)`` if none."""
    for tok in doc[comma + 1 : comma + 1 + window]:
        if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text != ","):
            return len(doc)
        if tok.text == ",":
            nxt = tok.i + 1
            return nxt if nxt < len(doc) and doc[nxt].pos_ in ("VERB", "AUX") else len(doc)
    return len(doc)


def _appointed(doc: Doc, j: int, window: int) -> Role | None:
    """The role a passive appointment from token ``j`` on gives its subject: "a été nommée
    (jeudi) directrice", "est élu maire", "vient d'être désigné porte-parole", or the participle
    alone ("X nommée directrice"); not the active verb, whose object gets it ("a nommé Y")."""
    k = j
    if k < len(doc) and doc[k].lower_ in HAVE:
        k += 1
        while k < len(doc) and doc[k].pos_ == "ADV" and doc[k].lower_ not in INFINITIVE_NEGATION:
            k += 1  # "a officiellement été nommé"
        if k >= len(doc) or doc[k].lower_ != "été":
            return None  # "X a nommé Y directeur": Y's role
        k += 1
    elif k < len(doc) and doc[k].lower_ in PASSIVE_BE:
        k += 1
    elif _opens(doc, k, "just", folds=False):
        k += 3  # "vient d'être élu"
    while k < len(doc) and doc[k].pos_ == "ADV" and doc[k].lower_ not in INFINITIVE_NEGATION:
        k += 1  # "est finalement désignée"
    if k >= len(doc) or doc[k].lower_ not in words("appointment_participles"):
        return None
    k += 1
    m = k  # "désigné comme porte-parole", "promu jeudi au poste de commissaire"
    while m < len(doc) and (doc[m].pos_ == "ADV" or is_time_word(doc[m].text)):
        m += 1
    if m < len(doc) and doc[m].lower_ == "comme":
        k = m + 1
    elif _opens(doc, m, "at_post"):
        k = m + 3
    return _role_after(doc, k, window)


def _succeeding(doc: Doc, j: int, window: int) -> Role | None:
    """The role a succession from token ``j`` on gives its subject: "succède à Y comme
    directrice", "a remplacé Y au poste de directeur"; not when a comma or a verb comes first
    ("succède à Y, qui était directeur": Y's role)."""
    k = j + (j < len(doc) and doc[j].lower_ in HAVE)  # "a succédé", "a remplacé"
    if k >= len(doc) or not fold(doc[k].text).startswith(SUCCESSION_STEMS):
        return None
    for tok in doc[k + 1 : k + 1 + window]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lower_ == "comme":
            return _role_after(doc, tok.i + 1, window)
        if _opens(doc, tok.i, "at_post"):
            return _role_after(doc, tok.i + 3, window)
    return None


def _role_after(doc: Doc, j: int, window: int) -> Role | None:
    """The role whose noun comes first after token ``j``, across adverbs, determiners,
    adjectives and a time adjunct only."""
    adjunct = False
    k = j
    while k < len(doc) and k - j < window and not is_role_noun(doc[k].text):
        tok = doc[k]
        if tok.lower_ in INFINITIVE_NEGATION:
            return None  # "X n'est plus ministre", "X n'est pas le maire"
        if tok.lower_ in TIME_PREPOSITIONS:
            adjunct = True
        elif tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ") or (
            tok.is_punct and tok.text != ","  # "X est, depuis trois ans, le président"
        ):
            return None
        elif tok.pos_ in ("NOUN", "PROPN") and not adjunct and (
            not is_time_word(tok.text)  # "nommée ce jeudi matin directrice"
        ):
            return None  # "X est le fils du maire": what X is, and no role
        k += 1
    if k >= len(doc) or k - j >= window or any(t.lower_ in DISTINCTIONS for t in doc[j:k]):
        return None  # "élue meilleure actrice": a prize, not a function
    lo = k
    while lo > j and doc[lo - 1].pos_ in ("DET", "ADJ"):
        lo -= 1  # "le nouveau maire": from the determiner, which ``role_span`` leaves out
    hi = k + 1
    while hi < len(doc) and hi - k < window and not (
        (doc[hi].is_punct and doc[hi].text not in "-'’") or "\n" in doc[hi].text  # a heading
        or (doc[hi].pos_ in ("VERB", "AUX") and not is_role_noun(doc[hi].text))
        or _adjunct(doc, hi)  # "avocate depuis 2010", "directrice en 2020"
        or _purpose(doc, hi)  # "ses fonctions de maire pour laisser …"
        or _circumstance(doc, hi)  # "directrice du musée après le départ de Y"
    ):
        hi += 1
    return role_span(doc, lo, hi)


def _adjunct(doc: Doc, i: int) -> bool:
    """Does a time adjunct start at token ``i``: "depuis …", "dès …", "en 2020"?"""
    low = doc[i].lower_
    if low == "en":
        return i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].lower_ in MONTHS)
    return low in TIME_PREPOSITIONS


def _circumstance(doc: Doc, i: int) -> bool:
    """Does a preposition of circumstance start at token ``i`` ("après le départ de Y", "en
    remplacement de Y", "par le conseil"), which no role's complement opens ("en chef")?"""
    low = doc[i].lower_
    if low == "en":
        return i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN" and (
            doc[i + 1].lower_ not in words("role_complements"))
    return low in CIRCUMSTANCE_PREPOSITIONS


def _purpose(doc: Doc, i: int) -> bool:
    """Does a preposition opening an infinitive start at token ``i`` ("pour laisser")?"""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].pos_ == "ADP" and nxt is not None and "Inf" in nxt.morph.get("VerbForm", [])


def _lower_word(tok: Token) -> bool:
    """Is ``tok`` a name of one word in lower case, the whole of its entity?"""
    doc = tok.doc
    return tok.is_lower and tok.ent_iob_ == "B" and (
        tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
