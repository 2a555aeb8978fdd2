"""A name the recogniser cut before its small-letter words (« l'Agence mondiale | antidopage
(AMA) »): when a bracketed acronym right after those words is spelled by the initials of the
name with them, and not by the name alone, the name runs up to the bracket."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.attribute.bodies import acronym_shaped, spells
from quotes.nlp.doc import entities, set_entities

_MAX_WORDS = 3  # small-letter words a name may have lost: « de la santé publique »


def spelled_out(doc: Doc) -> None:
    """Lengthen each entity the bracketed acronym after it spells with the small-letter words
    between them (« Agence mondiale antidopage (AMA) »)."""
    ents = list(entities(doc))
    changed = False
    for k, ent in enumerate(ents):
        end = ent.end
        while end < len(doc) and end - ent.end < _MAX_WORDS and doc[end].is_lower and (
                doc[end].is_alpha and doc[end].ent_type_ == ""):
            end += 1
        if end == ent.end or end + 2 >= len(doc) or doc[end].text != "(" or (
                doc[end + 2].text != ")"):
            continue
        acronym = doc[end + 1].text
        name = doc[ent.start : end].text
        if acronym_shaped(acronym) and spells(acronym, name) and not spells(acronym, ent.text):
            ents[k] = Span(doc, ent.start, end, label=ent.label_)
            changed = True
    if changed:
        set_entities(doc, ents)
