"""Where the narrator's clause goes on inside reported content: a finite verb with no
subject of its own after an infinitive or a que-clause (« assure avoir écrit au ministre et
attend … »), a present participle or gerund after a comma in verbless content (« qualifié de
« … », déclenchant une ovation »). Offsets in, offsets out.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from quotes.detect.content import gerund
from quotes.detect.context import Context
from quotes.detect.cues import si_marks
from quotes.detect.forms import conjugated, finite, present_participle
from quotes.detect.governing import SUBJECT_DEPS
from quotes.detect.relatives import in_relative
from quotes.lexicon.grammar import (
    CLITIC_SUBJECTS,
    INFINITIVE_CLITICS,
    INFINITIVE_NEGATION,
    JOINING_CONJUNCTIONS,
    LIST_JOINS,
    QUE,
    SELON,
)


def narrator_resumes(
    ctx: Context, start: int, stop: int, cue: Token, *, infinitive: bool
) -> int | None:
    """Offset where the narrator's clause goes on inside content that starts at ``start``,
    reported by the cue group that begins at ``cue``: a finite verb with no subject of its own.

    An infinitive holds no finite verb, so the first one ends it ("assure avoir écrit au
    ministre et attend …", "qui assure avoir écrit au ministre, attend …"). A que-clause has
    finite verbs of its own: only when the cue is in a relative clause or a participle set off
    by commas does one end it, after the comma that closes them ("qui assure qu'il a écrit,
    attend …", "X, jugeant que les coûts avaient doublé, a retiré …"). A clause the content
    opens with a relative pronoun, a subordinator or an interrogative is its own, verbs and
    all ("des militants qui l'attendaient"): the search goes on after it, or stops where the
    parse does not say where it ends."""
    doc, head = ctx.doc, ctx.token_at(start)
    if head is None:
        return None
    if any(c.i < cue.i for c in si_marks(cue.head)) or si_marks(cue):
        # "S'il assure que …, X apprécie …": the comma that
        # closes the concession ends its words
        return ctx.comma_after(start, ctx.doc[stop - 1].idx)
    i, relative = head.i, in_relative(cue) or _apposed_participle(cue)
    if relative and (closes := _fronted_relative_ends(ctx, i, stop, cue, infinitive)) is not None:
        return closes  # « Selon X, qui assure avoir « … », les ventes « … » »
    j = i - 1
    while j + 1 < stop:
        j += 1
        t = doc[j]
        if ctx.inside_marks(t.idx) is not None:
            continue
        if _opens_clause(t):
            clause = t.head
            if clause.i <= j or clause.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
                return None
            j = max(x.i for x in clause.subtree)  # "qui l'attendaient devant sa permanence"
            continue
        if not conjugated(t) or _determined_object(t):
            continue
        g = _group_start(doc, i, j)
        if _own_subject(t, i) or (g > i and doc[g - 1].lower_ in CLITIC_SUBJECTS):
            continue  # "avoir croisé l'accusé, il y a deux ans"
        if infinitive or (relative and g > i and doc[g - 1].text == ","):
            return doc[g].idx if g > i else None
    if relative and not infinitive:
        # the parse may give the narrator's verb a subject of its own from the words after it
        # (« X, annonçant que la route est coupée, a fermé le pont »): the clause's count
        # of verbs tells it, after the comma that closes the participle or the relative
        main = _main_verb(ctx, i, stop)
        if main is not None and main > i and doc[main - 1].text == ",":
            return doc[main].idx
    return None


def _determined_object(tok: Token) -> bool:
    """Is the finite form ``tok`` a noun the parse reads as a verb, a verb's object with a
    determiner (« a proposé de diversifier l'offre »: « offre »), no verb of the narrator's?"""
    return tok.dep_ == "obj" and any(c.dep_ == "det" for c in tok.children)


_JOINS = LIST_JOINS | JOINING_CONJUNCTIONS  # « et », « ou », « mais »: a coordinated clause


def _main_verb(ctx: Context, i: int, stop: int) -> int | None:
    """The first token of the first finite verb group in a que-clause that starts at token
    ``i`` that no clause of the content claims, or None: the clause takes one verb, and each
    subordinator, relative pronoun, or « et », « ou », « mais » after a verb opens one more
    clause that takes its own (« que la route, qui longe le canal, est coupée, | a fermé »)."""
    doc, wanted = ctx.doc, 1
    for j in range(i, stop):
        t = doc[j]
        if ctx.inside_marks(t.idx) is not None:
            continue
        if _opens_clause(t) or (t.lower_ in _JOINS and not wanted):
            wanted += 1
        elif conjugated(t):
            if not wanted:
                return _group_start(doc, i, j)
            wanted -= 1
    return None


def _opens_clause(t: Token) -> bool:
    """A subordinator, « que », or a relative or interrogative pronoun."""
    return t.pos_ == "SCONJ" or t.lower_ in QUE or bool(
        {"Rel", "Int"} & set(t.morph.get("PronType", [])))


def _group_start(doc: Doc, i: int, j: int) -> int:
    """The first token, not before token ``i``, of the verb group of the finite verb at ``j``:
    « n'a reçu », « se réuniront »."""
    g = j
    while g > i and doc[g - 1].lower_ in INFINITIVE_NEGATION | INFINITIVE_CLITICS:
        g -= 1
    return g


def participle_resumes(ctx: Context, start: int, stop: int) -> int | None:
    """Offset of a present participle or gerund after a comma, outside the marks, in verbless
    content that starts at ``start`` (an object holding marks, an attribute): the narrator
    goes on there (« qualifié de « début de la fin », déclenchant une ovation »); so does a
    clause of its own, its subject right after the comma (« a salué un « mentor », Anne Roy a
    présenté … »)."""
    head = ctx.token_at(start)
    if head is None:
        return None
    doc = ctx.doc
    for j in range(head.i + 1, stop - 1):
        t = doc[j]
        if t.text != "," or ctx.inside_marks(t.idx) is not None:
            continue
        if j + 2 < stop and (gerund(doc[j + 1]) or clause_opens(ctx, j + 1, stop)):
            return t.idx
    return None


def clause_opens(ctx: Context, i: int, stop: int) -> bool:
    """Does a subject outside the marks open at token ``i``, of a finite verb (or a verb whose
    auxiliary is finite) after it: a clause of its own? Not a relative pronoun (« , qui … »)."""
    for t in ctx.doc[i:stop]:
        if t.dep_ not in SUBJECT_DEPS or t.left_edge.i != i:
            continue
        verb = t.head
        if ("Rel" in t.morph.get("PronType", []) or verb.i <= t.i
                or ctx.inside_marks(verb.idx) is not None):
            return False
        return finite(verb)
    return False


def _apposed_participle(cue: Token) -> bool:
    """ "X, jugeant que …, a retiré": a present participle set off by a comma."""
    return cue.i > 0 and cue.doc[cue.i - 1].text == "," and present_participle(cue)


def _own_subject(verb: Token, i: int) -> bool:
    """Has the finite ``verb`` (or the verb its auxiliary serves) a subject at or after ``i``?"""
    heads = [verb, verb.head] if verb.dep_.startswith("aux") or verb.dep_ == "cop" else [verb]
    return any(
        c.dep_ in (*SUBJECT_DEPS, "expl:subj") and c.i >= i
        for h in heads
        for c in h.children
    )


_FRONTED = SELON | {"pour"}  # « Selon X, … », « D'après X, … », « Pour X, … »


def _fronted_relative_ends(
    ctx: Context, i: int, stop: int, cue: Token, infinitive: bool
) -> int | None:
    """Offset of the comma that closes the relative of a fronted source, in « Selon / D'après /
    Pour X, qui assure avoir « … », les ventes « devraient repartir » … », or None. The
    sentence opens on the source, with no verb and no marks before « , qui »: its main clause
    comes after the relative, and the relative's words end at the comma outside the marks
    before the main clause's verb (``_main_clause_verb``), when a subject comes between the
    two (« , les ventes « devraient … » », « , trois écoles « sont fermées » »). No comma
    there, or more than one (a list, an incise: where the source's words start is not told),
    and the words run on as the search after reads them."""
    doc, first = ctx.doc, _sentence_start(ctx, cue)
    lead = doc[first + 1] if doc[first].lower_ in ("d'", "d’") else doc[first]
    qui = cue.i - 1 if cue.i > 0 and doc[cue.i - 1].lower_ == "qui" else None
    if lead.lower_ not in _FRONTED or qui is None or doc[qui - 1].text != "," or any(
            ctx.inside_marks(t.idx) is not None or conjugated(t) for t in doc[first:qui]):
        return None
    verb = _main_clause_verb(ctx, i, stop, wanted=0 if infinitive else 1)
    if verb is None:
        return None
    commas = [k for k in range(i + 1, verb)
              if doc[k].text == "," and ctx.inside_marks(doc[k].idx) is None]
    if len(commas) != 1:
        return None  # « avoir vu des maisons, des écoles …, la ville »: a list or an incise
    comma = commas[0]  # where the source's words start too (``selon._source_tail``)
    if comma + 1 >= verb or doc[comma + 1].lower_ in _JOINS or _opens_clause(
            doc[comma + 1]) or ctx.inside_marks(doc[comma + 1].idx) is not None:
        return None  # « , et … », « , qui … », « , « … » »: no subject of a clause of its own
    return doc[comma].idx


def _sentence_start(ctx: Context, cue: Token) -> int:
    """The first token of the sentence of ``cue``, not before its paragraph's: the parse may
    run the paragraph before into it (« "Mon bâtiment … ", a témoigné Brahim. ¶ Selon … »)."""
    k = bisect_right(ctx.paras, cue.idx, key=lambda para: para[0]) - 1
    opening = ctx.token_at(ctx.paras[k][0]) if k >= 0 else None
    return max(cue.sent.start, opening.i if opening is not None else 0)


def _main_clause_verb(ctx: Context, i: int, stop: int, wanted: int) -> int | None:
    """The first token of the verb group, after token ``i``, that no clause of the relative's
    content claims: an infinitive claims none (``wanted`` 0), a que-clause one, and each
    subordinator or relative pronoun one more. Words inside marks count only as a verb whose
    subject is not in them (« les ventes « devraient repartir » »); a clause the marks hold
    whole (« « des gens qui pleuraient » ») is the speaker's."""
    doc = ctx.doc
    for j in range(i, stop):
        t = doc[j]
        if ctx.inside_marks(t.idx) is not None:
            if not conjugated(t) or _subject_in_marks(ctx, t):
                continue
        elif _opens_clause(t):
            wanted += 1
            continue
        elif not conjugated(t) or _determined_object(t):
            continue
        if not wanted:
            return _group_start(doc, i, j)
        wanted -= 1
    return None


def _subject_in_marks(ctx: Context, verb: Token) -> bool:
    """Has the finite ``verb`` (or the verb its auxiliary serves) a subject inside marks?"""
    heads = [verb, verb.head] if verb.dep_.startswith("aux") or verb.dep_ == "cop" else [verb]
    return any(c.dep_ in SUBJECT_DEPS and ctx.inside_marks(c.idx) is not None
               for h in heads for c in h.children)
