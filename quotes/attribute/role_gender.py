"""The gender a role beside a name shows: its article (« la ministre »), the « une » of a group's
(« l'une de leurs porte-parole »), and the role noun whose form, or that of the adjectives
agreeing with it, the caller reads after the agreements (« trésorière du club », « secrétaire
générale du syndicat »)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.gender import elided_gender, ending_gender, neutral_head
from quotes.attribute.one_of import one_gender, past_one_of
from quotes.attribute.role_extent import Pieced
from quotes.attribute.roles import article_gender, noun_gender
from quotes.lexicon.grammar import ELIDED_ARTICLE
from quotes.lexicon.roles import is_role_noun


def role_gender(doc: Doc, role: tuple[str, int, int]) -> str | None:
    """The gender a role's article shows ("la ministre", "le porte-parole"), or the « une » of
    a group's (« l'une de leurs porte-parole »: a woman; « l'un de ses avocats », anyone); the
    form of its noun ("présidente") is read after the agreements, by the caller."""
    span = doc.char_span(role[1], role[2], alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    one = next((k for k in range(max(span.start - 4, 0), span.start)
                if past_one_of(doc, k) == span.start), None)
    if one is not None:  # « une », « l'une » (one token or two): past an elided article
        return one_gender(doc[one + (doc[one].text in ELIDED_ARTICLE)].lower_)
    return None if neutral_head(role[0]) else article_gender(doc[span.start - 1].lower_)


def role_head(doc: Doc, role: tuple[str, int, int]) -> str | None:
    """The first role noun of a role ("trésorière" in "trésorière du club"), as the role
    reads it: « avocate » of « l'une de ses avocates » (``role_extent.Pieced``); none of « l'un
    de ses avocats », a masculine plural being a group of men or of both."""
    span = doc.char_span(role[1], role[2], alignment_mode="expand")
    return _as_read(role, _written_head(span)) if span is not None else None


def _as_read(role: tuple[str, int, int], tok: Token | None) -> str | None:
    """``role_head`` of the role whose written first role noun is ``tok``."""
    written = tok.text if tok is not None else None
    said = next((w for w in role[0].split() if is_role_noun(w)), None)
    if isinstance(role, Pieced) and said != written:
        return said if said is not None and noun_gender(said) == "f" else None
    return written


def _written_head(span: Span) -> Token | None:
    """The first role noun the role's words hold, past those of a body's name."""
    return next((t for t in span if is_role_noun(t.text) and not _of_a_name(t, span.start)), None)


def head_gender(doc: Doc, role: tuple[str, int, int]) -> str | None:
    """The gender a role's first role noun shows by its form (« trésorière », « chercheur »),
    else, for a noun of either gender, by the adjectives agreeing with it inside the role
    (« secrétaire générale », « secrétaire général », « ancienne ministre »): they agree with
    the noun, which names the person; none when they show none or disagree. An adjective the
    parse hangs on the noun from outside the role (the quote's « La file est longue ») is not
    the role's."""
    span = doc.char_span(role[1], role[2], alignment_mode="expand")
    tok = _written_head(span) if span is not None else None
    head = _as_read(role, tok) if span is not None else None
    if head is None:
        return None
    said = noun_gender(head) or ending_gender(head)
    if said is not None:
        return said
    return elided_gender(tok, inside=span) if tok is not None and tok.text == head else None


def _of_a_name(tok: Token, start: int) -> bool:
    """Is ``tok`` an adjective of a capitalised noun the role phrase holds (from token
    ``start`` on), a word of a body's name (« de Force ouvrière », « de l'Union paysanne »): no
    role noun of the person's? Not of the person's name before the phrase (« Claude Martin,
    52 ans, ouvrière du textile », « ouvrière » read as an adjective of « Claude »)."""
    head = tok.head
    return (tok.dep_ == "amod" and tok.pos_ == "ADJ" and start <= head.i < tok.i
            and head.is_title and not is_role_noun(head.text))
