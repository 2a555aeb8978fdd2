"""A name the recogniser cut before its small-letter words (« l'Agence mondiale | antidopage
(AMA) »): when a bracketed acronym right after those words is spelled by the initials of the
name with them (in their order, or in another: the acronym of the name in another language,
« Institut nordique pour la recherche polaire (NPRI) »), and not by the name alone, the name
runs up to the bracket. A name the recogniser ended inside a hyphenated word (« Loire | - |
Matin » tagged « Loire ») runs to the word's end. A body's name the recogniser ran on into a
phrase the parse hangs outside it (« le recours de la Ligue des marins | contre l'arrêté »)
ends before that phrase. A person's entity that runs on from a title's complement (« le
procureur de |Vernac Denis Morel| ») is cut where the name starts (``title_cut``); so is an
entity that runs from an outlet's name into a person's (« a confié à l'|Agence France-Presse
Julie Marchand| », ``outlet_cut``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.bodies import acronym_shaped, spells, spells_reordered
from quotes.attribute.complement_names import past_title
from quotes.attribute.names import first_name_gender
from quotes.lexicon import capitalised
from quotes.lexicon.outlets import listed_outlet
from quotes.nlp.doc import entities, set_entities, whole_word_end

_MAX_WORDS = 4  # small-letter words a name may have lost: « pour la recherche polaire »


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
        if acronym_shaped(acronym) and any(
                spelt(acronym, name) and not spelt(acronym, ent.text)
                for spelt in (spells, spells_reordered)):
            # a name an acronym abbreviates with its small words is a body's, whatever the
            # recogniser read in its first words (« Institut nordique » tagged a place)
            label = ent.label_ if ent.label_ == "PER" else "ORG"
            ents[k] = Span(doc, ent.start, end, label=label)
            changed = True
    if changed:
        set_entities(doc, ents)


def phrase_cut(doc: Doc) -> None:
    """Shorten each entity but a person's that runs on into a phrase opening with a
    preposition whose head lies outside it: « la demande de la Ligue des marins | de suspendre
    l'arrêté », « le recours de l'Union des pêcheurs | contre le décret » (the infinitive or
    the noun hangs on « demande », « recours »). « la Ligue contre le cancer », whose phrase
    hangs on « Ligue », stays whole."""
    ents = list(entities(doc))
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ == "PER":
            continue
        cut = next((lo for tok in ent[1:] if not _inside(tok.head, ent)
                    and (lo := max(tok.left_edge.i, ent.start + 1)) > ent.start + 1
                    and doc[lo].pos_ in ("ADP", "SCONJ")), None)
        if cut is not None:
            ents[k] = Span(doc, ent.start, cut, label=ent.label_)
            changed = True
    if changed:
        set_entities(doc, ents)


def _inside(tok: Token, ent: Span) -> bool:
    return ent.start <= tok.i < ent.end


def whole_words(doc: Doc) -> None:
    """Lengthen each entity the recogniser ended inside a hyphenated word the tokenizer cut in
    three (« Rhône | - | Matin » tagged « Rhône »): a name never stops inside a word, so it
    runs over the capitalised part glued after it. (One that begins inside a word is left to
    the mentions, which read the first name before it too: « Anne Roy-| - |Morel ».)"""
    ents = list(entities(doc))
    taken = {t.i for e in ents for t in e}
    changed = False
    for k, ent in enumerate(ents):
        hi = whole_word_end(doc, ent.end, lambda tok: _part(tok, taken))
        if hi != ent.end:
            ents[k] = Span(doc, ent.start, hi, label=ent.label_)
            changed = True
    if changed:
        set_entities(doc, ents)


def _part(tok: Token, taken: set[int]) -> bool:
    """Can this word glued by a hyphen to a name be part of it: capitalised, letters only, and
    in no other entity?"""
    return tok.is_alpha and tok.text[:1].isupper() and tok.i not in taken


def title_cut(doc: Doc) -> None:
    """Cut each person's entity that goes on a role noun's complement (``past_title``) where
    the name starts, its leading words a ``MISC`` entity of the title: « le procureur de
    |Vernac| |Denis Morel| »; or relabel it ``MISC`` when it holds no name (« le patron du
    groupe |Kessler| Evguéni Morozov »), so that the role before the name reads on."""
    ents: list[Span] = []
    changed = False
    for ent in entities(doc):
        at = past_title(ent) if ent.label_ == "PER" else None
        if at is None:
            ents.append(ent)
            continue
        ents.append(Span(doc, ent.start, at, label="MISC"))
        if at < ent.end:
            ents.append(Span(doc, at, ent.end, label="PER"))
        changed = True
    if changed:
        set_entities(doc, ents)


def outlet_cut(doc: Doc) -> None:
    """Part each entity that opens with the name of an outlet the lexicon knows and goes on
    with a first name and a surname (« a déclaré à l'|Agence France-Presse Marc Delorme| »,
    « a confié au |Parisien Julie Marchand| »): the outlet the words were given to, then the
    person who gave them."""
    ents: list[Span] = []
    changed = False
    for ent in entities(doc):
        at = _person_after_outlet(ent)
        if at is None:
            ents.append(ent)
            continue
        ents += [Span(doc, ent.start, at, label="ORG"), Span(doc, at, ent.end, label="PER")]
        changed = True
    if changed:
        set_entities(doc, ents)


def _person_after_outlet(ent: Span) -> int | None:
    """Where a person's name starts inside an entity whose words before it name an outlet
    (lexicon.outlets.listed_outlet); None when no first name of the lexicon, with a
    capitalised word after it, follows such words."""
    doc = ent.doc
    for j in range(ent.start + 1, ent.end - 1):
        if (doc[j].is_title and first_name_gender(doc[j].text) is not None
                and capitalised(doc[j + 1].text) and listed_outlet(doc[ent.start : j].text)):
            return j
    return None
