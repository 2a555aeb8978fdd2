"""Who a cue's subject is when it stands before the verb: the noun phrase, or the antecedent.

Reads the dependency parse (``nsubj``, ``flat:name``, ``appos``), clipped to the sentence and
never inside quotation marks, with fallbacks for the parses French news often gets wrong. The
phrase after the verb (an inverted subject, « selon X ») and whether a phrase names a speaker
at all are ``speaker_phrases``'s.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.appositions import COMPLEMENTS, listed_names, set_off_before
from quotes.detect.back_asides import past_back_aside
from quotes.detect.clitics import dative_taken_for_subject, preverbal
from quotes.detect.context import Context
from quotes.detect.cue_spellings import euphonic, inverted_pronoun
from quotes.detect.cues import impersonal
from quotes.detect.governing import (
    SUBJECT_DEPS,
    clause_above,
    comma_conjunct_subject,
    first_conjunct,
    missed_subject,
)
from quotes.detect.indefinite_subjects import indefinite_subject
from quotes.detect.relatives import (
    bare_antecedent,
    clause_on,
    opening_qui,
    past_set_off_relative,
    relative_antecedent,
)
from quotes.detect.speaker_phrases import is_latter
from quotes.lexicon import is_org_noun
from quotes.lexicon.grammar import (
    DATIVES,
    IMPERSONAL,
    NAME_LINKS,
    PREVERBAL_CLITICS,
    SUBJECT_PRONOUNS,
)
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import entities, whole_word_start


def subtree_before(tok: Token, limit: int) -> tuple[int, int]:
    """Token range of ``tok``'s phrase, cut before ``limit`` and before relative clauses."""
    lo, hi = tok.i, tok.i + 1
    # "Un cadre, qui s'exprime …, estime", "Une patiente, rencontrée dans …, assure": cut where
    # the relative or the participle set off by a comma starts, its verb and comma too
    relatives = [a for a in tok.subtree if tok.i < a.i < limit and clause_on(a, tok)]
    cut = min((min(t.i for t in a.subtree) for a in relatives), default=limit)
    for t in tok.subtree:
        if t.i >= min(limit, cut):
            continue
        if any(
            a.dep_ == "acl:relcl" and a != tok and a.i > tok.i for a in t.ancestors if a.i < limit
        ):
            continue
        lo, hi = min(lo, t.i), max(hi, t.i + 1)
    doc = tok.doc
    while lo < tok.i and "Rel" in doc[lo].morph.get("PronType", []):
        lo += 1  # « dont Londres dit que … »: the relative pronoun is no part of the subject
    for k in range(tok.i - 1, lo - 1, -1):
        if "\n" in doc[k].text:
            lo = k + 1  # never across a paragraph break: "Doctrine nucléaire\n\nMoscou"
            break
    for k in range(tok.i + 1, hi):
        if "\n" in doc[k].text:
            hi = k
            break
    while hi > lo + 1 and (doc[hi - 1].is_punct or preverbal(doc[hi - 1])):  # "X |lui| dit"
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "cc" or doc[lo].is_space):
        lo += 1
    if hi < min(limit, len(doc)) and is_latter(doc[hi]):
        hi += 1  # "Ces | dernières ont dénoncé": the parse made "Ces" the subject alone
    return whole_word_start(doc, lo), hi  # "les sapeurs-|pompiers": the whole word


def subject_before(
    verb: Token, first: Token, floor: int = 0, ctx: Context | None = None
) -> tuple[int, int] | None:
    """The preposed subject of ``verb`` (token range, never before token ``floor``): of two,
    the nearest, a clitic « lui » last. Climbs to the governing verb for participles ("…,
    déclarant que"); when the parse gives no subject, the nearest name earlier in the sentence.
    A verb after « et » whose parsed subject stands before the « et » takes the first verb's
    (``governing.first_conjunct``); an aside that points back to the subject (« de son côté »,
    ``back_asides``) is no part of it. A participle that goes on from an incise (« « … »,
    a-t-il déclaré, …, appelant »): the incise's inverted pronoun.
    """
    if impersonal(verb):
        return None  # "il a été rapporté que": nobody is named
    rng = past_back_aside(verb.doc, _parsed_subject(first_conjunct(verb) or verb, first, ctx),
                          lambda comma: np_before(verb.doc, comma, floor, ctx))
    if rng is not None and verb.doc[rng[0]].pos_ != "PRON":  # « X, 93 ans, elle » is not X
        rng = _name_before_age(verb.doc, rng[0], floor) or rng
    if rng is not None:
        doc = verb.doc
        hi = rng[1]
        while hi < first.i and doc[hi].pos_ == "PROPN":
            hi += 1  # "Le président russe Vladimir | Poutine" split by the parse
        rng = (rng[0], hi)
    if rng is not None and rng[0] >= floor:
        return rng
    if rng is not None and rng[1] > floor:
        return floor, rng[1]
    doc = verb.doc
    if (held := _finite_modifier(verb, floor)) is not None:
        return held
    near = (np_before(doc, first.i, floor, ctx) or set_off_before(doc, first.i, floor)
            or indefinite_subject(doc, first.i, floor))
    if near is not None:
        return near
    people = [
        ent
        for ent in entities(doc)
        if ent.label_ == "PER"
        and floor <= ent.start
        and ent.end <= first.i
        and (ctx is None or ctx.inside_marks(ent.start_char) is None)
    ]
    subjects = [e for e in people if any(t.dep_.startswith("nsubj") for t in e)]
    # "loue les accomplissements de Didier Deschamps, et espère": a name in a complement
    # is not the one who speaks, when another name is not in one
    free = [e for e in people if e.root.dep_ not in COMPLEMENTS]
    if subjects or people:
        return listed_names((subjects or free or people)[-1], people, verb)
    names = [t for t in doc[floor : first.i] if t.pos_ == "PROPN" and t.is_title and t.i > floor]
    if names and (ctx is None or ctx.inside_marks(names[-1].idx) is None):
        hi = names[-1].i + 1
        lo = hi - 1
        while lo > floor and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].is_title:
            lo -= 1
        if hi - lo >= 2:
            return lo, hi
    before = doc[first.i - 1] if first.i > floor else None
    if before is not None and before.lower_ in SUBJECT_PRONOUNS:
        return before.i, before.i + 1
    return None


def _finite_modifier(verb: Token, floor: int) -> tuple[int, int] | None:
    """The subject of a finite verb the parse hung on a noun's complement as its modifier
    (« L'entourage du Premier ministre |rapporte| que … »: « rapporte » read as a modifier of
    « ministre »): the whole noun phrase the complement completes, from its determiner to the
    verb; None for any other verb, or a phrase behind a preposition."""
    if verb.dep_ != "acl" or "Fin" not in verb.morph.get("VerbForm", []):
        return None
    comp, owner = verb.head, verb.head.head
    if comp.dep_ != "nmod" or not owner.i < comp.i < verb.i or owner.pos_ != "NOUN" or _case(
            owner) or owner.dep_ not in ("ROOT", *SUBJECT_DEPS):
        return None
    lo, doc = owner.left_edge.i, verb.doc
    if lo < floor or any(t.is_punct or "\n" in t.text for t in doc[lo:verb.i]):
        return None
    return lo, verb.i


def aged(doc: Doc, i: int) -> bool:
    """Do tokens ``i``, ``i + 1`` give an age: « 45 ans »?"""
    return i + 1 < len(doc) and doc[i].like_num and doc[i + 1].lower_ in ("an", "ans")


def _name_before_age(doc: Doc, lo: int, floor: int) -> tuple[int, int] | None:
    """The name before an apposed age that the parse made the subject, or before the apposition
    after it (« Luc Roy, 45 ans, entraîneur du club, confie », « Léa Roy, 29 ans, la boulangère
    du quartier, affirme »): an age never names anyone, the name before it does."""
    if not aged(doc, lo):
        if lo < 3 or doc[lo - 1].text != "," or not aged(doc, lo - 3):
            return None
        lo -= 3
    if lo < 2 or doc[lo - 1].text != ",":
        return None
    ent = next((e for e in entities(doc)
                if e.label_ == "PER" and e.end == lo - 1 and e.start >= floor), None)
    return (ent.start, ent.end) if ent is not None else None


def np_before(doc: Doc, i: int, floor: int, ctx: Context | None) -> tuple[int, int] | None:
    """The noun phrase right before the cue: "bien que Moscou ait assuré", "le maire rétorque",
    object clitics aside ("l'hôpital les informe", "le maire lui répond")."""
    j = i - 1
    while (j > max(floor, i - 3) and doc[j].pos_ == "PRON"
           and doc[j].lower_ in PREVERBAL_CLITICS):
        j -= 1
    if j < floor or doc[j].pos_ not in ("PROPN", "NOUN") or (ctx and ctx.inside_marks(doc[j].idx)):
        return None
    lo = j
    while lo - 1 >= floor and lo > j - 8:
        t = doc[lo - 1]
        if t.pos_ in ("PROPN", "NOUN", "ADJ") or t.lower_ in NAME_LINKS:
            lo -= 1
        elif t.pos_ == "DET":
            lo -= 1
            break
        else:
            break
    span = doc[lo : j + 1]
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or (lo > floor and doc[lo - 1].pos_ == "ADP"):
        return None  # "un message sur Truth Social accusant": a complement, not a subject
    if head.pos_ == "PROPN" or is_role_noun(head.text) or is_org_noun(head.text):
        return lo, j + 1
    return None


def _case(tok: Token) -> bool:  # a preposition before it: "après l'annonce"
    return any(c.dep_ == "case" and c.i < tok.i for c in tok.children)


def antecedent(noun: Token, stop: int) -> tuple[int, int]:
    """The phrase ``noun`` heads, before ``stop``, without a preposition before it."""
    lo, hi = subtree_before(noun, stop)
    while lo < hi - 1 and noun.doc[lo].pos_ == "ADP":
        lo += 1
    return lo, hi


def _prepositional(tok: Token) -> bool:
    """ "qui peu après l'annonce a annoncé": a noun behind a preposition that the parse also
    gave as a subject, beside the verb's real subject."""
    return _case(tok) and any(
        c.dep_ in SUBJECT_DEPS and c.i != tok.i and not _case(c)
        for c in tok.head.children
    )


def _after_comma(doc: Doc, i: int, floor: int) -> tuple[int, int] | None:
    """The name or the noun of a role or a body between the last comma and the verb at ``i``
    (object clitics aside), after ``floor``: the subject the parse missed."""
    j = i - 1
    while j > floor and doc[j].pos_ == "PRON" and doc[j].lower_ in PREVERBAL_CLITICS:
        j -= 1
    lo = j + 1
    while lo - 1 > floor and lo > j - 8 and (doc[lo - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET")
                                             or doc[lo - 1].lower_ in NAME_LINKS):
        lo -= 1
    if lo > j or doc[lo - 1].text != "," or doc[lo].pos_ == "ADP":
        return None
    span = doc[lo : j + 1]
    if any(t.pos_ == "PROPN" or is_role_noun(t.text) or is_org_noun(t.text) for t in span):
        return lo, j + 1
    return None


def _parsed_subject(verb: Token, first: Token, ctx: Context | None) -> tuple[int, int] | None:
    seen = 0
    cur: Token | None = verb
    while cur is not None and seen < 4:
        seen += 1
        for child in sorted(cur.children, key=lambda c: (c.lower_ in DATIVES, -c.i)):  # nearest
            if cur != verb and inverted_pronoun(child) and child.dep_ in SUBJECT_DEPS and (
                    child.i < first.i):
                return child.i, child.i + 1  # « …, a-t-il déclaré, appelant … à »: « il »
            if euphonic(child) or inverted_pronoun(child) or dative_taken_for_subject(
                    child) or past_set_off_relative(child):  # the relative's object
                continue
            if ctx is not None and ctx.inside_marks(child.idx) is not None:
                continue
            subj_dep = child.dep_ in SUBJECT_DEPS or (
                child.dep_ == "expl:subj" and child.lower_ in IMPERSONAL
            )
            if subj_dep and child.i < first.i and _case(child) and (
                    (after := _after_comma(verb.doc, first.i, child.i)) is not None):
                return after  # « Après la diffusion de …, Farinex France assure »: no subject
                # behind a preposition, the name between the comma and the verb is
            if subj_dep and child.i < first.i and not _prepositional(child):
                comma = child.i > 1 and child.nbor(-1).text == ","
                if child.lower_ == "qui" and (cur.dep_ == "acl:relcl" or comma):
                    nominal = cur.dep_ == "acl:relcl" and cur.head.pos_ not in ("VERB", "AUX")
                    if nominal and (ctx is None or ctx.inside_marks(cur.head.idx) is None):
                        # "au juge, qui …": the judge; « à nos confrères, qui a »: the subject
                        noun, stop = relative_antecedent(cur, child)
                        return antecedent(noun, stop)
                    # « … », insiste X, qui dit …: tied to the words said, it is the phrase
                    # before; so when the parse ties the clause to the verb that says them
                    # ("a ajouté Paul Morel, qui a précisé que …"), if a name or a role is
                    # there, else « qui » is left open ("a écrit X au préfet du Var, qui …")
                    before = np_before(verb.doc, child.i - comma, 0, ctx)
                    return before if before is not None or nominal else (child.i, child.i + 1)
                bare = bare_antecedent(child)  # "ajoute X qui dit …": no noun in the parse
                if bare is not None:
                    return antecedent(*bare)
                qui = opening_qui(child) if _case(child) else None
                if qui is not None and qui.i > 1 and qui.nbor(-1).text == ",":
                    # "par son frère, qui peu après la lecture du verdict a annoncé": the
                    # parse hung the pronoun on the noun behind "après"; the one before says who
                    noun = qui.nbor(-2)
                    if noun.pos_ in ("NOUN", "PROPN"):
                        return antecedent(noun, qui.i - 1)
                return subtree_before(child, first.i)
        if (missed := missed_subject(cur)) is not None:
            return missed  # « … et la présentatrice Léa Roy, qui …, a marqué un temps d'arrêt »
        if (shared := comma_conjunct_subject(cur)) is not None:
            return shared  # « … qu'elle avait appelé Y, l'avait félicité »: « elle », not Y
        cur = clause_above(cur)  # « X a jugé l'incendie, qui a provoqué …, promettant de »
    return None
