"""Subjects the parse loses: to their apposition (« Didier Lascaux, un retraité de Saint-Astier,
a reconnu les faits » parses « un retraité » as the subject and the name as an adjunct of the
verb), to the paragraph before (a name that opens a paragraph tied to a verb above it), or to
the verb's auxiliaries (a surname read as one after a long role)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.detect.context import Context, names_someone
from quotes.detect.relatives import finite_numbers
from quotes.lexicon import capitalised, words
from quotes.lexicon.grammar import NAME_LINKS, SET_OFF_RELATIVES, SUBJECT_PRONOUNS, A

# the dependencies of a noun that completes another word: a name there is not a verb's subject
COMPLEMENTS = frozenset(("nmod", "obj", "iobj", "obl", "obl:arg", "obl:mod"))


def apposed_name(doc: Doc, lo: int, tok: Token) -> int:
    """Where the subject starts when the parse took the apposition for it and the name before
    it for an adjunct of the verb: "Didier Lascaux, un retraité de Saint-Astier, a reconnu":
    the name that opens the sentence, with no preposition, is the subject."""
    if lo < 2 or doc[lo - 1].text != "," or doc[lo - 2].ent_type_ != "PER":
        return lo
    start = lo - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    name = doc[start]
    # a name that opens a paragraph may be tied to a verb above it, as in ``lost_subject``
    para = start > 0 and "\n" in doc[start - 1].text
    opens = para or start == name.sent.start or doc[start - 1].is_punct
    tied = name.head.i == tok.head.i or (para and name.head.i < start)
    if opens and tied and not any(c.dep_ == "case" for c in name.children):
        return start
    return lo


def lost_subject(ctx: Context, tok: Token) -> bool:
    """A name that opens a paragraph but that the parse attached to a verb of the paragraph
    before ("… donc…”\n\nDurand, de son côté, a nié …"): it is its own clause's subject."""
    doc = ctx.doc
    first = tok.ent_type_ == "PER" and tok.ent_iob_ == "B" and tok.i > 0
    if not first or "\n" not in doc[tok.i - 1].text:
        return False
    head = tok.head
    return head.i < tok.i and "\n" in ctx.text[head.idx : tok.idx]


def auxiliary_name(tok: Token) -> int | None:
    """ "Le ministre chargé du Commerce extérieur Paul Roux rappelait …": a name, or a
    capitalised word that is no form of avoir or être (lexicon/auxiliaries.txt), that the parse
    labelled an auxiliary or a copula of the verb after it is the end of that verb's subject;
    where its name starts (the first name before it, in the same entity or tagged a name), or
    None. Not the first word of a sentence: « A » may be a small « à »."""
    doc = tok.doc
    if tok.dep_ not in _AUXILIARIES or tok.head.i <= tok.i or tok.is_sent_start:
        return None
    if not (tok.pos_ == "PROPN" or capitalised(tok.text, letters=True)):
        return None
    if tok.lower_ in words("auxiliaries"):
        return None
    lo = tok.i
    while lo > 0 and not doc[lo].is_sent_start and (
            doc[lo].ent_iob_ == "I" or doc[lo - 1].pos_ == "PROPN"):
        lo -= 1
    return lo


_AUXILIARIES = frozenset(("aux", "aux:tense", "aux:pass", "cop"))


def set_off_before(doc: Doc, i: int, floor: int) -> tuple[int, int] | None:
    """ "Un voisin, qui a requis l'anonymat, raconte", "Le Théâtre du Lac, où joue X, annonce":
    the noun phrase a relative or participle clause set off by commas right before the cue
    describes, when the parse lost it."""
    if i - 1 <= floor or doc[i - 1].text != ",":
        return None
    participle = _participle_before(doc, i - 1, floor)
    if participle is not None:
        return participle
    k = next((k for k in range(i - 2, floor, -1) if doc[k].lower_ in SET_OFF_RELATIVES), None)
    if k is None or k - 1 <= floor or doc[k - 1].text != ",":
        return None
    lo = hi = k - 1
    while lo - 1 >= floor and hi - lo < 8 and (
        doc[lo - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET") or doc[lo - 1].lower_ in NAME_LINKS
    ):
        lo -= 1
        if doc[lo].pos_ == "DET" and doc[lo].lower_ not in NAME_LINKS:
            break
    head = next((t for t in doc[lo:hi] if t.pos_ in ("NOUN", "PROPN")), None)
    return (lo, hi) if head is not None and lo < hi else None


def _participle_before(doc: Doc, comma: int, floor: int) -> tuple[int, int] | None:
    """ "Un pompier, rencontré au centre de secours, juge": the participle clause after the
    first comma qualifies the phrase before that comma, which is the subject."""
    k = next((k for k in range(comma - 1, floor, -1) if doc[k].text == ","), None)
    if k is None or k + 1 >= comma:
        return None
    part, head = doc[k + 1], doc[k + 1].head
    if part.dep_ != "acl" or head.i >= k or head.pos_ not in ("NOUN", "PROPN"):
        return _adjective_before(doc, k, comma, floor)
    lo = head.left_edge.i
    if lo < floor or any(t.is_punct for t in doc[lo:k]) or doc[lo].pos_ == "ADP":
        return None
    return lo, k


_SET_OFF_TOKENS = 8  # "très remonté contre le projet de loi"
_PHRASE_TOKENS = 10  # "La Première ministre sud-africaine Thandiwe Ndlovu"


def _adjective_before(doc: Doc, k: int, comma: int, floor: int) -> tuple[int, int] | None:
    """ "La ministre X, présente à Genève, a dénoncé", "Le maire de Lyon, arrivé la veille, a
    déclaré": an adjective or participle phrase set off by commas that the parse took for a
    clause of its own or for an adjunct of the verb; the noun phrase before it is the subject."""
    words = [t for t in doc[k + 1 : comma] if t.pos_ != "ADV"]
    if not words or comma - k - 1 > _SET_OFF_TOKENS:
        return None
    lead = words[0]
    participle = lead.pos_ in ("VERB", "AUX") and "Part" in lead.morph.get("VerbForm", [])
    if not (lead.pos_ == "ADJ" or participle):
        return None
    if any(
        t.is_punct or t.lower_ in SET_OFF_RELATIVES or "Fin" in t.morph.get("VerbForm", [])
        for t in words
    ):
        return None  # "…, qui a requis l'anonymat,", "…, dit-il,": a clause, not a phrase
    lo = k
    while lo - 1 >= floor and k - lo < _PHRASE_TOKENS:
        t = doc[lo - 1]
        if t.pos_ in ("NOUN", "PROPN", "ADJ") or t.lower_ in NAME_LINKS or t.text in ("-",):
            lo -= 1
        elif t.pos_ == "DET":
            lo -= 1
            if lo - 1 < floor or doc[lo - 1].lower_ not in NAME_LINKS:
                break  # "La cheffe | de la diplomatie": the article of a complement goes on
        else:
            break
    while lo < k and doc[lo].lower_ in NAME_LINKS and doc[lo].pos_ == "ADP":
        lo += 1
    if lo >= k or (lo > floor and doc[lo - 1].pos_ in ("ADP", "CCONJ", "VERB", "AUX")):
        return None  # "selon X, présent à …", "Paul Roy, présent, et Anne Roy, présente,"
    if not any(t.pos_ in ("NOUN", "PROPN") for t in doc[lo:k]):
        return None
    return lo, k


def dislocated_topic(ctx: Context, tok: Token) -> tuple[int, int] | None:
    """ "Quant au maire, Paul Roux, il se souvient …": the characters of the phrase a subject
    pronoun takes up (the parse makes the pronoun an expletive and the phrase an adjunct)."""
    if tok.dep_ != "expl:subj" or tok.lower_ not in SUBJECT_PRONOUNS or tok.i < 4:
        return None
    if ctx.inside_marks(tok.idx) is not None:
        return None
    doc = tok.doc
    quant = next((t.i for t in doc[tok.sent.start : tok.i] if t.lower_ == "quant"), None)
    if quant is None or doc[tok.i - 1].text != "," or doc[quant + 1].lower_ not in A:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[quant : tok.i]):
        return None  # "Quant à ce qu'il a dit, elle …": no phrase of its own
    lo, hi = quant + 2, tok.i - 1
    # someone who may speak: a name, a role, a body (not « Quant à la saison prochaine, il … »)
    if not names_someone(doc[lo:hi]):
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def listed_names(name: Span, people: list[Span], verb: Token) -> tuple[int, int]:
    """The token range of the name taken for a subject the parse did not give, with the names
    listed before it that it is coordinated with (« Paul Roux et Anne Morel, les avocats du
    couple Vidal, ont fait savoir »: both), unless the list is a complement (« a reçu Paul
    Roux et Anne Morel »: those the words are about, not who says them) or ``verb`` is singular
    (« …, l'avocate du couple, a fait savoir »: the last one only)."""
    doc, first = name.doc, name
    if "Sing" in finite_numbers(verb):  # the verb, or the auxiliary of its tense
        return name.start, name.end
    # « Paul Roux, Léa Petit et Anne Morel »: the parse may make the middle one an apposition
    while first.root.dep_ == "conj" or (first is not name and first.root.dep_ == "appos"):
        before = next((p for p in people if p.end == first.start - 1
                       and doc[p.end].lower_ in (",", "et")), None)
        if before is None:
            break
        first = before
    if first is name or first.root.dep_ in COMPLEMENTS:
        return name.start, name.end
    return first.start, name.end
