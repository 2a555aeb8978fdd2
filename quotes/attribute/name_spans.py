"""The words of a name the recogniser finds that name a person.

A name cut after its first name or after a hyphen is made whole ("Marine | Le Pen", « Hélène
Marsac-|Dolin| »), a title or a role noun it ran into is left out ("le |cardinal Lorenzi|"), a
complement after a common noun is no name ("président |de la République|"), and what names no
one (« la COP28 », « l'avenue de Ségur », a role noun alone, a thing named after someone: « la
taxe Voslier ») is told apart; once per document (``name_spans``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quotes.attribute.bodies import acronym_like
from quotes.attribute.complement_names import name_after_complement, opens_place
from quotes.attribute.held_names import held_name
from quotes.attribute.mentions import SURNAME_ARTICLES
from quotes.attribute.name_shape import articled, shaped
from quotes.attribute.names import body_name, first_name_gender, glued_title, numbered
from quotes.attribute.noun_kinds import thing_of
from quotes.lexicon import capitalised, fold, folded, titles, words
from quotes.lexicon.grammar import (
    DE_CONTRACTED,
    NAME_LINKS,
    NAME_PARTICLES,
)
from quotes.lexicon.outlets import listed_outlet
from quotes.lexicon.roles import is_role_noun, learned_roles
from quotes.nlp.doc import NAME_SPANS, entities, whole_word_start


def no_ones_name(ent: Span) -> bool:
    """Is what the recogniser tags as a person's name no one's: a numbered event (« la
    COP28 »), a body after its kind noun (« l'école Jules-Ferry »), a thing's complement
    (« l'avenue de Ségur »), a street's (« rue Émile Zola »), a name after « au » or a
    possessive (« son Nobel »), a role noun or a title alone (« Généticienne », « Maître »), an
    acronym right after a role noun (« le sénateur RN »: the party's), an outlet's (« France
    Bleu Vallonie », « La Libre Belgique »), a thing's named after someone (« la taxe
    Zucman », ``named_after``)?"""
    body = body_name(ent) and not held_name(ent)  # « le président du parti Gerd Halder »: his
    return numbered(ent.text) or body or thing_of(ent) or articled(ent) or _street(ent) or (
        outlet_named(ent)) or named_after(ent) or (
        len(ent) == 1 and (is_role_noun(ent.text) or ent.text in titles() or _party(ent)))


def named_after(ent: Span) -> bool:
    """Is the name a thing's named after someone: right after a noun of lexicon/
    named_after_nouns.txt with its determiner, adjectives and adverbs aside (« la taxe
    Voslier », « la très coûteuse réforme Lambert », « du plan Marchal »), with no
    preposition of its own, or a storm's one given name after its noun (lexicon/storm_nouns.txt:
    « la tempête Ciaran »)? No mention of the person, whose agreements and appositions are
    the thing's (« la taxe Voslier, destinée aux plus riches »). A name after any other noun
    stays a person's (« le pilote Gasly », « l'imam Gardin », « ce jeudi Macron »), and so
    does one the parse makes a clause's subject (« Après la réforme Anne Vidal a
    démissionné »)."""
    doc = ent.doc
    noun = ent.start - 1
    if noun < 1:
        return False
    word = fold(doc[noun].text)
    # a storm's noun takes one given name (« la dépression Gaspard »); two words are a
    # person's (« Frappée par la dépression Lucie Marin »)
    storm = word in folded("storm_nouns") and len(ent) == 1
    if not storm and word not in folded("named_after_nouns"):
        return False
    k = noun - 1
    while k > 0 and doc[k].pos_ in ("ADJ", "ADV"):
        k -= 1
    heads = [t for t in ent if t.head not in ent or t.head == t]
    if not (doc[k].pos_ == "DET" or doc[k].lower_ in DE_CONTRACTED) or len(heads) != 1 or any(
            c.dep_ == "case" for c in heads[0].children):
        return False
    # the parse hangs the name on the noun, or, reading it wrong, on a word further up
    # (« défend la taxe Voslier »: on the verb, as its object or a modifier; « depuis des
    # mois la taxe Voslier »: on « mois »), but as no clause's subject: a comma left out
    return heads[0].head.i == noun or not heads[0].dep_.startswith("nsubj")


def outlet_named(ent: Span) -> bool:
    """Do the entity's words name an outlet the lexicon knows (lexicon.outlets.listed_outlet),
    with the capitalised article before them that the recogniser may leave out (« La » of « La
    Libre Belgique »)?"""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("la", "le", "les") and before.is_title:
        return listed_outlet(f"{before.text} {ent.text}")
    return listed_outlet(ent.text)


_BARE_BEFORE = ("sur", "en")  # « sur place », « en place »: no street


def _street(ent: Span) -> bool:
    """« rue Émile Zola », « la place Charles de Gaulle »: a name right after a street's noun
    in lower case (lexicon/street_nouns.txt) is the street's; not after a set phrase whose
    preposition takes the noun bare (« dépêché sur place Julien Roche », « mis en place »)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or not before.is_lower or fold(before.text) not in folded("street_nouns"):
        return False
    return not (ent.start > 1 and ent.doc[ent.start - 2].lower_ in _BARE_BEFORE)


def _party(ent: Span) -> bool:
    """« le sénateur RN », « la députée LFI »: a word in capitals right after a role noun."""
    return ent.start > 0 and acronym_like(ent.text) and is_role_noun(ent.doc[ent.start - 1].text)


def name_spans(doc: Doc) -> tuple[Span, ...]:
    """``name_span`` of each of the document's entities, once per document and role nouns
    (a title is one: ``lexicon.roles.article_roles``)."""
    ents, learned = entities(doc), learned_roles()
    done = doc.user_data.get(NAME_SPANS)
    if done is None or done[0] is not ents or done[1] is not learned:
        done = doc.user_data[NAME_SPANS] = (ents, learned, tuple(map(name_span, ents)))
    return done[2]


def name_span(ent: Span) -> Span:
    """A name the recogniser cut after its first name: "Marine | Le Pen" -> "Marine Le Pen";
    or ran into the title before it: "le |cardinal Lorenzi|" -> "Lorenzi"; a name after an
    honorific is a person's whatever the label: "Me Carine Dulac" (tagged MISC); a particle
    after a common noun is no name's ("président |de la République|"); cut to the shape of
    a name, or no name (``name_shape``); an account's word after the name that signs a post
    left out (« Anne Roy |Off| (@anneroyoff) »: ``_unsuffixed``)."""
    return _unsuffixed(shaped(_name_span(ent)))


def _unsuffixed(ent: Span) -> Span:
    """The name without its last word when that word says an account is the person's own
    (lexicon/account_suffixes.txt: « Off », « Officiel ») and a handle follows in brackets;
    two words of the name at least are left, and the word is kept where the article writes
    the name with it elsewhere, with no handle (``_written_whole``)."""
    doc, end = ent.doc, ent.end
    if (len(ent) >= 3 and fold(ent[-1].text) in folded("account_suffixes") and end + 1 < len(doc)
            and doc[end].text == "(" and doc[end + 1].text.startswith("@")
            and not _written_whole(ent)):
        return Span(doc, ent.start, end - 1, label=ent.label_)
    return ent


def _written_whole(ent: Span) -> bool:
    """Does the article write the name with its last word elsewhere, with no handle after
    it (« a ajouté Lucas Ferrand Off lors d'un concert »): the word is the name's own?"""
    text = ent.doc.text
    return any(m.start() != ent.start_char and not text[m.end():].lstrip().startswith("(@")
               for m in re.finditer(re.escape(ent.text) + r"\b", text))


def _name_span(ent: Span) -> Span:
    doc = ent.doc
    # "a annoncé le Camerlingue Lorenzi": a role before the name; "avenue du Général Leclerc"
    # names a street after a person, no one the article's words are about
    led = ent.start > 0 and doc[ent.start - 1].lower_ not in DE_CONTRACTED
    if ent.label_ != "PER":
        honoured = len(ent) > 1 and ent[0].text in titles() and ent[1].is_title
        # a title written out opens no person's name the recogniser tagged otherwise (« selon
        # la société |Mademoiselle Gourmande| », « selon Madame Figaro »): not glued_title
        if len(ent) > 1 and led and glued_title(ent[0].text) and ent[1].is_title:
            return Span(doc, ent.start + 1, ent.end, label="PER")
        return Span(doc, ent.start, ent.end, label="PER") if honoured else ent
    past = _past_complement(ent)
    if past is not None:
        return past
    k = ent.start
    while k < ent.end - 1 and (
        (doc[k].is_lower and fold(doc[k].text) not in NAME_PARTICLES)
        or (led and glued_title(doc[k].text))
        or _spelled_off(doc, k)
    ):
        k += 1
    if k > 0 and doc[k].lower_ in NAME_LINKS and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN":
        # "le |président de la République|", "le ministre |de l'Intérieur|": « de » or an
        # article after a common noun opens its complement, not a name ("le coureur van der
        # Poel" is one)
        return Span(doc, k, ent.end, label="MISC")
    if k > ent.start:
        return Span(doc, k, ent.end, label="PER")
    start = _hyphened(doc, ent.start)
    if start == 0:
        return ent if start == ent.start else Span(doc, start, ent.end, label="PER")
    before = doc[start - 1]
    # "Marine | Le Gall" also when the recogniser took the first name alone for a body's name
    alone = before.ent_iob_ == "B" and (start < 2 or doc[start - 2].ent_iob_ != "B")
    untagged = not before.ent_type_ or (alone and (
        ent[0].text in SURNAME_ARTICLES or start < ent.start))
    # « à Florence Roy-|Lenz| »: after a place's preposition (lexicon/place_prepositions.txt), or
    # after another one a word the recogniser reads as a place (« par Florence »), no first name;
    # « selon », « par », « avec » Hélène Marsac-|Dolin| are hers. A first name the recogniser
    # reads as a place after a comma is one (« la ministre, Amélie Roy-|Lenz| »)
    placed = start < ent.start and start > 1 and (
        fold(doc[start - 2].text) in folded("place_prepositions")
        or (before.ent_type_ == "LOC" and doc[start - 2].pos_ in ("ADP", "DET")))
    if before.is_title and untagged and first_name_gender(before.text) and not placed:
        return Span(doc, start - 1, ent.end, label="PER")
    return ent if start == ent.start else Span(doc, start, ent.end, label="PER")


def spelled_title(word: str) -> bool:
    """Is this capitalised word a title of address written out (lexicon/spelled_titles.txt:
    "Madame", "Docteur")? A first name that is also one stays a first name."""
    return capitalised(word) and word.lower() in words("spelled_titles") and (
        first_name_gender(word) is None)


def _spelled_off(doc: Doc, k: int) -> bool:
    """Is ``doc[k]``, in a person's name, a title of address written out (``spelled_title``:
    « |Madame Morel| », « a déclaré |Monsieur Fabre| »)? It is no word of the name, as « Mme »
    and « M. » are not; it is one after a common noun, of an occupation, a group or a company
    (« le rappeur |Monsieur Kazoo| », « le duo |Madame Monsieur| », « l'enseigne |Monsieur
    Meuble| »: a stage or company name) and after « de », « du », « des » (« rue du |Docteur
    Roux| »)."""
    if not spelled_title(doc[k].text):
        return False
    before = doc[k - 1] if k > 0 else None
    return before is None or not (
        (before.is_lower and before.pos_ in ("NOUN", "PROPN")) or before.lower_ in DE_CONTRACTED)


def _past_complement(ent: Span) -> Span | None:
    """The name a person's entity holds after the complement of the role noun before it,
    which the recogniser ran into it (« le maire de |Vernac João dos Santos| »): the entity
    opens on the noun's complement (its preposition before it), or right after the word that
    opens a compound place there (« de Port |Louis Jean Vidal| »), and the name on the word
    ``complement_names`` reads; None when it does not."""
    first = ent[0]
    if ent.start > 0 and opens_place(ent.doc[ent.start - 1]):
        first = ent.doc[ent.start - 1]
    if first.dep_ != "nmod" or not any(c.dep_ == "case" and c.i < first.i for c in first.children):
        return None
    noun = first.head
    start = name_after_complement(noun) if noun.i < first.i else None
    if start is None or not ent.start < start < ent.end - 1:
        return None
    return Span(ent.doc, start, ent.end, label="PER")


def _hyphened(doc: Doc, start: int) -> int:
    """Where a name starts that the recogniser cut after a hyphen: « Anne Roy-|Lenz| »; a word,
    a hyphen and a word with no space between them are one word (``whole_word_start``), a
    name's when it opens on a capital."""
    whole = whole_word_start(doc, start)
    return whole if doc[whole].is_title else start
