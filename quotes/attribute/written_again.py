"""A full name the recogniser saw once, written again where it saw no one.

The recogniser reads a name by its context: « Inès Vasseur » may be a person in one sentence
and nothing in the next (« …, promet dans un communiqué Inès Vasseur, directrice de la
coopérative laitière de Brenac »). The same full name (a first name and a surname, written the
same) at another place outside quotation marks, as whole words, where the recogniser saw no
entity or ran a thing's name on to it (``MISC``: « la ministre de la Recherche Karim Soulé »
read as one name), with no capitalised word run on to it either side (« la Fondation Karim
Soulé », « Karim Soulé Junior ») but a title (« le Dr Karim Soulé ») or the last word of a
role's complement before it (« de la |Recherche| »), no body's or street's noun before it in
any case (« l'hôpital Karim Soulé », « la rue Karim Soulé ») and none of the names the
recogniser's own go through (``name_spans.no_ones_name``), names the same person: it is a
mention of the cast, so the role set beside it there is read (``roles.roles_near``) as it is
beside any name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span

from quotes.attribute.name_spans import no_ones_name
from quotes.attribute.names import Name
from quotes.lexicon import fold, folded, is_org_noun, titles
from quotes.lexicon.grammar import DE, DE_CONTRACTED, DEFINITE
from quotes.nlp.doc import text_of

_MISSED = ("", "MISC")  # no entity, or a thing's name the recogniser ran on to the person's


def written_again(
    doc: Doc, names: Iterable[tuple[Span, Name]], outside: Callable[[int], bool]
) -> list[tuple[Span, Name]]:
    """Each other place the text writes one of ``names``' full names where the recogniser saw
    no one (see the module), with that name."""
    text = text_of(doc)
    taken = {t.i for e, _ in names for t in e}
    found: list[tuple[Span, Name]] = []
    full = {e.text: n for e, n in names if n.first and not n.initialled and " " in e.text}
    for written, name in full.items():
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(written)}(?![\w-])", text):
            span = doc.char_span(m.start(), m.end())
            if span is None or not outside(m.start()) or any(
                    t.i in taken or t.ent_type_ not in _MISSED for t in span) or _run_on(doc, span):
                continue
            per = Span(doc, span.start, span.end, label="PER")
            if no_ones_name(per):  # « l'école Jules-Ferry »: the filter the recogniser's go through
                continue
            found.append((per, name))
            taken |= {t.i for t in span}
    return found


def _run_on(doc: Doc, span: Span) -> bool:
    """Does a capitalised word run on to the name either side, with no punctuation between
    (« la Fondation |Karim Soulé| », « |Karim Soulé| Junior »): a longer name, not this one?
    A body's or a street's noun before it, in lower case too (« l'hôpital |Marie Curie| »), is
    one; a word opening a sentence is no such word (« Hier Karim Soulé … »), nor a title (« le
    Dr Karim Soulé »), nor the last word of a complement before it that is no body's noun
    (« ministre de la |Recherche| Karim Soulé »)."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and _body_noun(before.text):
        return True  # « l'hôpital Marie Curie », « la rue Victor Hugo »: a place's name
    return (before is not None and before.is_title and not before.is_sent_start
            and before.text not in titles()  # « le Dr Marie Curie »: his or her title
            and not _complement_end(doc, before.i)) or (after is not None and after.is_title)


def _body_noun(word: str) -> bool:
    """Is ``word``, in any case, a body's or a street's noun (« hôpital », « Fondation »,
    « rue »), whose name a person's may be?"""
    return is_org_noun(fold(word)) or fold(word) in folded("street_nouns")


def _complement_end(doc: Doc, i: int) -> bool:
    """Is token ``i`` a complement's capitalised noun right after its « de » (« du |Travail| »,
    « de la |Recherche| »), no body's noun (« de l'|Institut| »)?"""
    de = i - 1 - (i > 1 and doc[i - 1].lower_ in DEFINITE)
    return de >= 0 and doc[de].lower_ in (DE_CONTRACTED if de == i - 1 else DE) and not (
        is_org_noun(fold(doc[i].text)))
