"""« pour X » as a source inside a sentence: at a clause's edge, set off by commas.

At a sentence's start « Pour X, … » is read by ``pour.opinion_holder``. Inside a sentence the same
« pour X » holds a view only where a clause of X's starts there (GUIDELINES, « X, pour qui … » has
the cue `pour`):
- after a comma and a coordinator: « …, et pour lui, « le texte est un recul » »;
- in a sentence with no finite verb before it: « Un soulagement, pour l'avocate, « qui … » »;
- as the relative « X, pour qui … », whose antecedent X is the holder.
Inside a sentence « pour X » is mostly whom something is for, so X's words must be marked: in the
first two, marks holding a clause (a finite verb) right after X's comma (« et pour les enfants,
« des jouets en bois » » is whom the toys are for, « et pour sa mère, il a choisi des roses »
what he did for her); in the relative, marks in a clause of its own (« à Paul Vidal, pour qui ils
ont voté » is whom they voted for). Not read: marks opening on « qui » / « que » that describe X
(« Un coup dur, pour le maire, « qui comptait sur … » »), and marks a postposed incise owns
(« …, et pour X, « … », a-t-elle ajouté »: one record, the incise's).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from quotes.detect.context import OPENING, Context
from quotes.detect.forms import conjugated
from quotes.detect.pour import opinion_holder, relative_end
from quotes.detect.skips import skip
from quotes.detect.speaker_phrases import speaker_like
from quotes.detect.subjects import antecedent
from quotes.lexicon import reporting_verbs
from quotes.lexicon.grammar import JOINING_CONJUNCTIONS, PREPOSED_RELATIVES

# relative pronouns that open marks on a clause describing a noun (« « qui comptait sur … » »)
_OPENING_RELATIVES = frozenset({"qui", "que", "qu'", "qu’"})


def edge_holder(ctx: Context, lo: int, tok: Token, stop: int) -> tuple[int, int] | None:
    """The token range of X when ``tok`` (« pour », inside the sentence ``lo``–``stop``) opens
    a view X holds at a clause's edge (see the module), or None."""
    doc = ctx.doc
    k = tok.i - 1
    if k <= lo:
        return None
    if doc[k].lower_ in JOINING_CONJUNCTIONS:  # « …, et pour lui, »
        joined = True
        k -= 1
    else:
        joined = False
    if doc[k].text != ",":
        return None
    if tok.i + 1 < stop and doc[tok.i + 1].lower_ in PREPOSED_RELATIVES:
        return None if joined else _relative_holder(ctx, lo, k, tok, stop)
    if not joined and not _verbless_phrase(doc[lo:k]):
        return None  # « Le club a reçu un chèque, pour les victimes, « … » »: the narrator's
    holder = opinion_holder(doc, tok, stop)
    if holder is None:
        return None
    comma = skip(doc, holder[1], stop)
    if comma + 1 >= stop or doc[comma].text != "," or doc[comma + 1].text not in OPENING:
        return None  # « Il a acheté des fleurs, et pour sa mère, il a choisi des roses »
    marks = ctx.opening_at(doc[comma + 1].idx)
    if marks is None or marks.close is None:
        return None
    said = doc.char_span(marks.start, marks.end, alignment_mode="expand")
    if said is None or not any(conjugated(t) for t in said):
        return None
    if incise_follows(ctx, marks.close, stop):
        return None  # « …, et pour X, « … », a-t-elle ajouté »: the incise's words, one record
    if said[0].lower_ in _OPENING_RELATIVES and _describes(doc[lo:k], doc[holder[0]:holder[1]],
                                                          said):
        return None  # « Un coup dur, pour le maire, « qui comptait sur … » »: X described
    return holder


def incise_follows(ctx: Context, pos: int, stop: int) -> bool:
    """Does a postposed incise (« , a-t-elle ajouté », « , a indiqué son cabinet ») follow the
    character ``pos`` in the sentence ending at token ``stop``? Its cue's record holds the
    marks before it: a frame opened before them would cut it or repeat it."""
    doc = ctx.doc
    verbs = reporting_verbs()
    toks = list(doc[bisect_right(ctx.starts, pos) : stop])  # the tokens after ``pos``
    for j, t in enumerate(toks):
        if t.text != "," or ctx.inside_marks(t.idx) is not None:
            continue
        for w in toks[j + 1 : j + 5]:  # « , a-t-elle ajouté », not « , Tedros a déploré »
            if w.lower_ in verbs and w.pos_ in ("VERB", "AUX"):
                return True
            if w.pos_ != "AUX" and not w.text.startswith("-"):
                break
    return False


def _describes(lead: Span, holder: Span, said: Span) -> bool:
    """Do marks opening on « qui » / « que » describe X (their antecedent the nearest noun,
    X) rather than the lead noun? X unless the relative's verb agrees in number with the lead
    noun and not with X (« Un soulagement, pour les familles, « qui est le fait … » »)."""
    verb = next((t for t in said if conjugated(t)), None)
    number = verb.morph.get("Number", []) if verb is not None else []
    lead_noun = next((t for t in reversed(lead) if t.pos_ in ("NOUN", "PROPN")), None)
    x_noun = next((t for t in holder if t.pos_ in ("NOUN", "PROPN")), None)
    if not number or lead_noun is None or x_noun is None:
        return True
    agrees_x = _plural(holder) == (number[0] == "Plur")
    agrees_lead = (lead_noun.morph.get("Number", []) == ["Plur"]) == (number[0] == "Plur")
    return agrees_x or not agrees_lead


def _plural(holder: Span) -> bool:
    """X names several: a plural noun, or names joined by « et »."""
    return any(t.lower_ == "et" for t in holder) or any(
        t.morph.get("Number", []) == ["Plur"] for t in holder if t.pos_ in ("NOUN", "PRON"))


def _relative_holder(
    ctx: Context, lo: int, comma: int, tok: Token, stop: int
) -> tuple[int, int] | None:
    """« explique le procureur, pour qui « … » n'étaient « pas réunies » »: the noun phrase
    before the comma, when it names someone and a clause with marks follows « qui » (« Le maire
    a pris la parole, pour qui … » names no one; « à Paul Vidal, pour qui ils ont voté » holds
    no marks)."""
    doc = ctx.doc
    noun = doc[comma - 1]
    if comma - 1 < lo or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while (noun.dep_.startswith("flat") or noun.dep_ == "nmod") and lo <= noun.head.i < noun.i:
        noun = noun.head  # « le préfet Jean Morel », « les agriculteurs de la Beauce »: the head
    pron = doc[tok.i + 1].lower_
    if pron.startswith("lesquel") and noun.morph.get("Number", []) == ["Sing"]:
        return None  # « lesquels », « lesquelles » agree with a plural head (the tagger's
        # gender is too often wrong, « agricultrices » Masc, to be tested)
    rng = antecedent(noun, comma)
    if rng[0] < lo or not speaker_like(doc, rng):
        return None
    end = relative_end(ctx, tok, stop)
    rest = doc[tok.i + 2 : end]
    marked = any(t.text in OPENING for t in rest)
    # after a verb before X, from the relative's own comma (« a entendu X, pour qui « … », a
    # rapporté Le Monde »); where X opens the sentence, the verb after that comma is X's own
    # (« X, pour qui « … », affirme que … »), so from the next one
    opened = any(t.pos_ in ("VERB", "AUX") for t in doc[lo : rng[0]])
    if end < stop and incise_follows(ctx, doc[end].idx - opened, stop):
        return None  # « X, pour qui « … », recevra …, a indiqué son cabinet »: the cabinet's
    return rng if marked and any(conjugated(t) for t in rest) else None


def _verbless_phrase(lead: Span) -> bool:
    """A noun phrase with no finite verb and no conjunction: « Un soulagement », not « Si »
    or « Comme » (those leads are read by ``pour.opinion_holder``, as at a sentence's start)."""
    return any(t.pos_ in ("NOUN", "PROPN") for t in lead) and not any(
        conjugated(t) or t.pos_ == "SCONJ" for t in lead)

