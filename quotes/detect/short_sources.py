"""Short marked words whose source is their clause's subject, a person.

Marks of one to three words in the narrator's sentence, with no cue, are the words of the
person the clause is about (GUIDELINES, « Short marks with a source »): the subject of the verb
that governs them (« Anne Roy a livré « quelques mots » »), the subject of the clause a gerund or
an infinitive hangs on (« …, a ajouté Anne Roy, lui envoyant « toute sa tendresse » »), or the
name they stand beside between commas (« Anne Roy, « très émue », a pris la parole »).

A thing or a body as the subject (« la centrale a connu une « panne majeure » ») gives no one's
words; nor do marks after a definite article, a possessive or a demonstrative (« a reporté son
allocution sur le « grand débat » », « devant ses « juges » »): a name for something, not
something said.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context, Frame, char_range, outer_end
from quotes.detect.marks import Marked
from quotes.lexicon.grammar import DEFINITE, DEMONSTRATIVES, DETERMINERS
from quotes.lexicon.roles import is_role_noun
from quotes.model import Evidence

_NAMING = DETERMINERS | DEMONSTRATIVES | {"du", "au", "aux"}  # « le « … » »: a name
_MIN_WORDS = 2  # one marked word is a term, whoever the subject (« a signé un « accord » »)
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
_ARGUMENTS = ("obj", "obl:arg", "advcl")  # what the verb says, asks for, keeps
_PHRASE_WORDS = ("det", "case", "amod", "nummod")  # the marked phrase's words left outside
_OWN_CLAUSE = ("ccomp", "parataxis", "csubj")  # a clause with a subject of its own
_CLIMB = 6  # the words between the marks and their clause's subject (« ne garde « … » »)


def short_source(ctx: Context, m: Marked) -> Frame | None:
    """The frame that gives short marked words ``m`` to the person who is their clause's
    subject, or None when no person is."""
    toks = ctx.tokens_in(m.start, m.end, align="expand")
    opening = ctx.token_at(m.open)
    if not toks or opening is None or opening.i == 0:
        return None
    before = ctx.doc[opening.i - 1]
    said = ctx.text[m.start : m.end]
    if before.lower_ in _NAMING or said[:1].isupper() or len(said.split()) < _MIN_WORDS or (
            toks[0].lower_ in DEFINITE):
        return None  # « le « … » », « pour « Anatomie … » », « la vedette »: a name, a title
    # « Anne Roy, « très émue », a pris … »: between commas
    beside = _beside(before) if ctx.text[outer_end(m) :].lstrip().startswith(",") else None
    found = (beside, None) if beside is not None else _clause_subject(toks, before)
    if found is None:
        return None
    subject, verb = found
    # « a livré « quelques mots » »: the marks are what the verb gives out, the verb its cue
    cue = (_form_start(verb), verb.idx + len(verb.text)) if verb is not None else None
    return Frame("predicate", cue, verb.lemma_ if verb is not None else "", subject,
                 ((m.start, m.end),), (Evidence.PREDICATE,))


def _beside(before: Token) -> tuple[int, int] | None:
    """The person's name right before the comma that opens the marks (« Anne Roy, « … », »)."""
    if before.text != "," or before.i == 0:
        return None
    name = before.doc[before.i - 1]
    if name.ent_type_ != "PER":
        return None
    lo = name.i
    while lo > 0 and name.doc[lo - 1].ent_type_ == "PER" and name.doc[lo].ent_iob_ != "B":
        lo -= 1
    return char_range(name.doc, (lo, name.i + 1))


def _clause_subject(toks: list[Token], before: Token
                    ) -> tuple[tuple[int, int], Token | None] | None:
    """The person subject of the clause that holds the marked words ``toks``: the words up the
    parse to the first one with a nominal subject, not out of a clause of its own (a
    que-clause); with the verb the marks are the direct object
    of, if they are. The marks hold a whole argument of the verb or the predicate itself: not
    a noun whose article or preposition is left outside (« à un « voisin dévoué » », « des
    « raisons » »), nor a complement of a noun (« maire « par intérim » »), nor what the subject
    or the object is (« reste « très prudent » », « laisse les élus « sans voix » »)."""
    inside = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)
    if head is None or (before.head.i in inside and before.dep_ in _PHRASE_WORDS) or (
            head.dep_ == "xcomp" or any(c.dep_ == "cop" for c in head.children)):
        return None
    gov = head.head
    if head.pos_ in _NOMINAL and not (
            head.dep_ in _ARGUMENTS and gov.pos_ == "VERB" and (before.i == gov.i or (
                before.pos_ == "ADV" and before.head.i == gov.i))):
        return None  # « fera office de maire « par intérim » »: not the verb's own argument
    at, subj = head, None
    for _ in range(_CLIMB):
        if at is None or (subj := _nominal_subject(at)) is not None or at.head.i == at.i \
                or at.dep_ in _OWN_CLAUSE:
            break
        at = at.head
    if subj is None or head.i in {t.i for t in subj.subtree}:
        return None  # « le délégué « retail » a dit »: the marks say who speaks
    if not _person(subj):
        return None
    verb = gov if head.dep_ == "obj" and gov.pos_ == "VERB" else None
    return char_range(subj.doc, _phrase(subj)), verb


def _form_start(verb: Token) -> int:
    """Where the verb form starts, its auxiliaries with it (« a livré »)."""
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    return min(c.idx for c in aux) if aux else verb.idx


def _nominal_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _person(tok: Token) -> bool:
    """A person's name, or the noun of a function (« le chef du gouvernement »)."""
    name = [tok, *(c for c in tok.children if c.dep_ in ("flat:name", "appos"))]
    return any(t.ent_type_ == "PER" for t in name) or (
        tok.pos_ == "NOUN" and is_role_noun(tok.lower_))


def _phrase(tok: Token) -> tuple[int, int]:
    """The subject's words, up to a comma after its head (« Anne Roy, qui … »: « Anne Roy »)."""
    end = tok.i + 1
    while end <= tok.right_edge.i and tok.doc[end].text not in (",", "(") \
            and tok.doc[end].dep_ != "acl:relcl":
        end += 1
    return tok.left_edge.i, end
