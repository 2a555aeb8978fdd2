"""The title a text writes before a name (« le président américain Joe Biden », « La porte-parole
en chef de l'OTAN, Oana Lungescu »), cut to its words by ``role_extent``, and the checks that it
is that name's and held now: not another name's apposition, not the complement of a clause the
name is not the subject of, not a role still to come.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.names import first_name_gender, numbered
from quotes.attribute.role_bounds import gender_of
from quotes.attribute.role_edges import closing_acronym, last_conjunct, participle_agent
from quotes.attribute.role_extent import Role, role_span
from quotes.attribute.role_number import one_person
from quotes.detect.forms import conjugated, told_agent
from quotes.detect.nominal import role_token
from quotes.lexicon import endings, fold, folded
from quotes.lexicon.grammar import (
    AGENT,
    DE_CONTRACTED,
    DETERMINERS,
    FAMILY_NOUNS,
    LIST_JOINS,
    NAME_LINKS,
    PERSON_NOUNS,
    QUE,
    ROLE_INTRODUCERS,
)
from quotes.lexicon.periphrases import periphrasis
from quotes.lexicon.roles import noun_gender
from quotes.settings import DEFAULT


def title_before(ent: Span, window: int = DEFAULT.role_window) -> Role | None:
    """The title the text writes right before the name ``ent``, if it is that name's own."""
    doc = ent.doc
    # "le président américain Joe Biden" / "La porte-parole en chef de l'OTAN, Oana Lungescu"
    k = ent.start
    if k > 0 and doc[k - 1].lower_ in LIST_JOINS:
        return None  # « le président de la région |et| Anne Roy »: two people, his role
    if k > 0 and doc[k - 1].text == ",":
        k -= 1
    i, end = k - 1, k
    while i >= 0 and end - i < window:
        if doc[i].is_punct and doc[i].text not in "-'’":
            cut = closing_acronym(doc, i) if i == k - 1 else None
            if cut is None:
                break
            end, i = cut, cut - 1  # "la ministre de la Culture (MC), X": the title goes on
            continue
        if doc[i].pos_ in ("VERB", "AUX") or "\n" in doc[i].text:  # or a paragraph break
            break
        if opens_subordinate(doc[i]):
            break  # « a indiqué le procureur quand X a été … »: the role is the clause's subject's
        if i > 0 and doc[i].lower_ in AGENT and (
                participle_agent(doc, i - 1) or told_agent(doc, i)):
            break  # "les propos du chauffeur cités par le procureur X": the agent's role
        named = doc[i].ent_type_ == "PER" and not doc[i].is_lower and not _complement(doc, i) \
            and not numbered(doc[i].text)  # "de la COP28": no one's name
        if named:  # "le |cardinal Lorenzi|"
            j = i  # a name after "de" completes the role: "le PDG de Valtor, Jean Dupuis"
            while j > 0 and doc[j - 1].ent_type_ == "PER":
                j -= 1
            if j == 0 or doc[j - 1].lower_ not in DE_CONTRACTED:
                break
            i = j - 1
            continue
        i -= 1
    if i >= 0 and end - i >= window and doc[i].pos_ == "ADP":
        return None  # "son titre d'|évêque de Rome …, X": a complement, its head out of reach
    # « le ministre et le |rapporteur X »: the title touching the name is its own; one set off
    # by a comma may be all one person's (« le président et le fondateur du club, X »)
    lo = last_conjunct(doc, i + 1, k) if k == ent.start else i + 1
    # start at the determiner of the role noun, so "Le Premier ministre" keeps "Premier" and
    # "ministre de la Transition" is not cut at "la"
    noun = next(
        (
            t.i
            for t in doc[lo:k]
            if role_token(t)  # « clap de fin international pour le portier, X »: « portier »
            or (t.lower_ not in DETERMINERS and periphrasis(doc[t.i : k].text) is not None)
        ),
        k,
    )  # "le garde des Sceaux, X": an office without a role noun
    dets = [t.i for t in doc[lo:noun] if t.lower_ in DETERMINERS]
    opening = doc[lo : noun if noun < k else dets[-1] if dets else noun]  # « le bureau du maire »
    after_word = any(t.pos_ in ("ADP", "VERB", "AUX", "SCONJ") for t in opening)
    if fold(opening.text) == "en tant que":
        lo = noun  # "En tant que ministre, X": what X is
    elif k < ent.start and _participle_clause(doc, k, noun) and _clause_follows(ent):
        return None
    elif (
        k < ent.start
        and (after_word or (i >= 0 and (doc[i].pos_ in ("VERB", "AUX")
                                        or doc[i].lower_ in AGENT)))
        and (any(t.dep_.startswith("nsubj") for t in ent)  # or a finite verb right after it,
             or (ent.end < len(doc) and conjugated(doc[ent.end])))  # the parse's apposition
        and not (ent.end < len(doc) and doc[ent.end].text == ",")
    ):
        # "Aux côtés du ministre, X a …", "Reçue par la ministre, X a …", "Après avoir
        # rencontré le préfet, X a …": the complement of a preposition or a verb before the
        # comma is someone else, when X opens a clause of its own ("Le juge a interrogé la
        # directrice, X." and "la venue du ministre, X, a …" name them)
        return None
    elif any(fold(t.text) in folded("kin_nouns") or t.lower_ in PERSON_NOUNS
             for t in doc[lo:noun]) or (
            ent.start > 0 and doc[ent.start - 1].lower_ in FAMILY_NOUNS):
        return None  # "La mère de la victime, X", "un membre de la famille X": someone else's
    elif dets or after_word:
        lo = dets[-1] if dets else noun
        if any(t.pos_ in ("ADP", "VERB", "AUX") for t in doc[lo + 1 : noun]):
            lo = noun  # "L'arrivée du ministre, X", "aux côtés du ministre X": from the noun
    elif i >= 0 and doc[i].pos_ in ("VERB", "AUX"):
        return None  # "se disant victime d'un complot, X": what X claims, not a title
    if i >= 1 and doc[i].text == "," and doc[i - 1].ent_type_ == "PER" and not any(
            t.lower_ in DETERMINERS or t.pos_ == "CCONJ" for t in doc[i + 1 : noun]) and (
            _agrees_before(doc, i, noun, ent)):
        # "À propos de Paul Roux, directeur du port, Anne Morel dit": his apposition (not
        # "Paul Roux, et le préfet, Anne Morel", "ni X, ni le Premier ministre Y", nor
        # "Luc Roux, présidente par intérim, Anne Morel": hers by its gender)
        return None
    role = role_span(doc, lo, end)
    if role and _named_between(doc, role, lo, end):
        return None  # "à la ministre de la Culture Anne Roy sur l'état du musée, X": hers
    if role and _becoming_before(doc, role, window):
        return None  # « pour devenir la première femme Première ministre, X »: not held yet
    return role if role and one_person(doc, role) else None


def _becoming_before(doc: Doc, role: Role, window: int) -> bool:
    """Is the title's noun phrase (its determiner, adjectives and nouns before the role, within
    ``window`` tokens) the object of a verb of becoming not yet done (``_to_come``)?"""
    if (span := doc.char_span(role[1], role[2], alignment_mode="expand")) is None:
        return False
    k = span.start - 1
    while k >= 0 and span.start - k < window and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
        k -= 1
    return k >= 0 and _to_come(doc, k)


def _to_come(doc: Doc, k: int) -> bool:
    """Is token ``k`` a form of « devenir » not yet done (lexicon/becoming_stems.txt:
    « devenir », « deviendra »), whose object is a role to come; not its participle (« devenue »),
    nor after a past of « aller » (went_stems.txt: « celle qui allait devenir la présidente, X »
    tells in a past narrative what she became, held as the text is written)? Not the noun « le
    devenir », which the walk passes: it stops at no determiner, adjective or noun short of
    the window's edge."""
    if not fold(doc[k].text).startswith(endings("becoming_stems")):
        return False
    j = k - 1
    while j >= 0 and doc[j].pos_ == "ADV":
        j -= 1  # « allait bientôt devenir »
    return not (j >= 0 and fold(doc[j].text).startswith(endings("went_stems")))


def opens_subordinate(tok: Token) -> bool:
    """Does ``tok`` open a subordinate clause (« lorsque », « quand »), which no role spans;
    not « que », which a role may hold (« en tant que ministre »)."""
    return tok.pos_ == "SCONJ" and tok.lower_ not in QUE


def _agrees_before(doc: Doc, comma: int, noun: int, ent: Span) -> bool:
    """Can the role after the comma that closes another name be that name's apposition by its
    gender: not when its noun or adjectives are of the other gender than that name's first
    name ("Luc Roux, présidente par intérim, Anne Morel"), or, that name's gender unknown, of
    the gender of the name after ("Dominique Roux, ancienne ministre, Anne Morel")."""
    j = comma - 1
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    words = [t for t in doc[comma + 1 : noun + 1] if t.i == noun or t.pos_ == "ADJ"]
    shown = {g for t in words if (g := noun_gender(t.text) if t.i == noun else gender_of(t))}
    if len(shown) != 1:
        return True
    gender = shown.pop()
    earlier, later = first_name_gender(doc[j].text), first_name_gender(ent[0].text)
    return gender == earlier or (earlier is None and gender != later)


def _named_between(doc: Doc, role: Role, lo: int, end: int) -> bool:
    """Does another proper noun follow the title, then ordinary words, before the name it was
    read for ("à la ministre de la Culture Anne Roy sur l'état du musée, X"): that other's
    title; not a label glued to the title and the name ("la sénatrice Horizons Anne Roy")."""
    after = [t for t in doc[lo:end] if t.idx >= role[2]]
    first = next((n for n, t in enumerate(after) if t.pos_ == "PROPN"), None)
    return first is not None and any(
        not t.is_punct and t.pos_ != "PROPN" and not t.text[:1].isupper()
        for t in after[first + 1 :])


def _participle_clause(doc: Doc, k: int, noun: int) -> bool:
    """Is the role noun the complement of a preposition in a participle clause that opens the
    sentence and runs to the comma before the name ("Accompagné de son avocat, X, a …",
    "Reçue par la ministre, X …"): the clause's subject is X, the role someone else's.
    Not a participle that gives the role ("Nommé au poste de ministre, X")."""
    first = doc[k].sent.start
    opener = doc[first]
    return (
        first < noun
        and opener.pos_ == "VERB" and "Part" in opener.morph.get("VerbForm", [])
        and opener.lower_ not in ROLE_INTRODUCERS
        and any(t.pos_ == "ADP" for t in doc[first + 1 : noun])
        and not any(t.is_punct for t in doc[first + 1 : k])
    )


def _clause_follows(ent: Span, window: int = DEFAULT.role_window) -> bool:
    """Does the verb of the name's own clause come after it, its comma and an apposition closed
    by a comma aside ("X, avait ironisé", "X, maire de Lens, a dit"), rather than another
    subject ("X, la cheffe de la diplomatie a …")?"""
    doc = ent.doc
    j = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    if j < len(doc) and doc[j].pos_ in ("VERB", "AUX"):
        return True
    for t in doc[j : j + window]:
        if t.pos_ in ("VERB", "AUX") or t.is_sent_end:
            return False
        if t.text == ",":
            return t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX")
    return False


def _complement(doc: Doc, i: int) -> bool:
    """Is token ``i``, which the recogniser put in a person's name, the complement of a common
    noun before it in that name: "le |président de la République|"?"""
    j = i
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    return any(
        doc[m].is_lower and doc[m].pos_ == "NOUN" and doc[m + 1].lower_ in NAME_LINKS
        for m in range(j, i)
    )
