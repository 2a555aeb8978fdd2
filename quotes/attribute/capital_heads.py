"""How far the name of a body runs when it opens on a capitalised common noun.

« Le Centre d'alerte aux tsunamis du Pacifique a indiqué … »: the recogniser may take the
capitalised noun alone for a name (« Centre »), or stop before the place that ends it (« Bureau
national de sismologie | de Lorvie »), though the body's name goes on with words written small
(« national », « d'alerte ») and their complements, « à » and « aux » among the links after
a complement noun (« d'alerte aux tsunamis »), never right after the head (« le Comité à
l'origine de la pétition » is the Comité). The name is then the noun and what names it on its
right (``orgs.org_phrase``), as the article writes it within the mention. A proper name the
recogniser read alone (« le Hamas », « la France ») is no common noun and keeps its own
extent, as does a noun whose next word is a name of its own (« la Russie de Poutine »).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.orgs import org_phrase
from quotes.lexicon import capitalised, is_org_noun
from quotes.lexicon.grammar import NAME_LINKS, A
from quotes.nlp.doc import text_of


def headed_name(ent: Span | None, head: Token, end: int, reach: int) -> str | None:
    """The name of the body a mention headed by ``head`` says, up to character ``end`` (the
    mention's end), when the recogniser's entity ``ent`` starts with that capitalised common
    noun and stops short of it, and the next word is written small (an adjective, or a link
    and a small noun); else None. ``reach``: ``Settings.body_name_reach_words``."""
    if ent is None or ent.start != head.i or not capitalised(head.text):
        return None
    if not (head.pos_ == "NOUN" or is_org_noun(head.text)):
        return None  # « l'OMS », « le Hamas »: a name of its own
    doc = head.doc
    if _small_after(doc, head.i + 1, linked=False) is None:
        return None  # « Le Syndicat aux côtés des grévistes »: « à » opens no name right here
    last = _last_word(doc, head, reach)
    while last + 1 < len(doc) and doc[last + 1].lower_ in A and (
            noun := _small_after(doc, last + 1)) is not None:
        last = _last_word(doc, doc[noun], reach)  # « … d'alerte | aux tsunamis du Pacifique »
    while last > head.i and doc[last].idx + len(doc[last].text) > end:
        last -= 1
    if last < ent.end:
        return None  # the recogniser's name already runs as far
    return text_of(doc)[head.idx : doc[last].idx + len(doc[last].text)]


def _small_after(doc: Doc, i: int, linked: bool = True) -> int | None:
    """The small adjective or noun at token ``i``, or after the link there (« d'|alerte », « à
    la |recherche »), if one is. ``linked``: « à » / « aux » may be that link, as after a
    complement noun (« d'alerte | aux tsunamis »), not right after the capitalised head (« Le
    Comité | à l'origine de la pétition »)."""
    while i < len(doc) and (doc[i].lower_ in NAME_LINKS or (
            linked and doc[i].lower_ in A)):
        i += 1
    if i < len(doc) and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN"):
        return i
    return None


def _last_word(doc: Doc, head: Token, reach: int) -> int:
    """The last token of ``head``'s ``orgs.org_phrase``."""
    phrase_end = head.idx + len(org_phrase(head, reach))
    span = doc.char_span(head.idx, phrase_end, alignment_mode="expand")
    return head.i if span is None else span.end - 1
