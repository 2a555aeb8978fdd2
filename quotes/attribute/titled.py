"""Names the recogniser missed after a title: « le Premier ministre britannique Kwabena
Mensah », read as one MISC entity with its title, or as a title followed by capitalised words
of no entity. A role phrase (a role noun, then the adjectives that close it) followed by two
or more capitalised words is a title and a name: the name is a person's, whatever label the
recogniser gave it; so is one first name after a sovereign's title (« le pape François »). A
capitalised word after « de », « la » opens a complement, not a name (« le ministre des
Affaires étrangères »), but two capitalised words after that complement are a name when the
role phrase is an office of the list (« le ministre de la Justice Dilan Yeşilgöz-Zegerius »)
or the first of them a first name of the lexicon; a name the recogniser found stays its own.
A run that no first name opens, linked by « du » to a body (« le directeur Asie du Quai
d'Orsay »), is a department and its body, no one's name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quotes.attribute.complement_names import name_after_complement, opens_place
from quotes.attribute.names import Name, first_name_gender, parse, sovereign
from quotes.attribute.offices import office
from quotes.lexicon import capitalised, fold, is_org_noun, titles
from quotes.lexicon.grammar import DE_CONTRACTED, NAME_LINKS, NAME_PARTICLES
from quotes.lexicon.roles import is_role_noun

_REACH = 4  # words of a role phrase between its role noun and the name
_LINKS = NAME_LINKS | NAME_PARTICLES  # « de », « la », « von »: a complement, not a name


def titled_names(
    doc: Doc, outside: Callable[[int], bool]
) -> list[tuple[Span, Name]]:
    """The names after a role phrase that no PER entity covers, each with its parse."""
    found: list[tuple[Span, Name]] = []
    i = 1
    while i < len(doc):
        end = _name_end(doc, i) if _opens_name(doc, i) or _apposed(doc, i) else i
        if end - i >= 2 and _after_role(doc, i - (doc[i - 1].text == ",")) and outside(
            doc[i].idx
        ) and (doc[i - 1].text != "," or (end < len(doc) and doc[end].text == ",")) and not (
            _of_a_body(doc[i:end])
        ):
            span = Span(doc, i, end, label="PER")
            name = parse(span.text)
            if name is not None and name.first:
                found.append((span, name))
            i = end
        elif (end := _office_name_end(doc, i)) > i and outside(doc[i].idx) and (
                name := parse(doc[i:end].text)) is not None and name.first:
            # "le ministre de la Justice Dilan Yeşilgöz-Zegerius", one ORG to the recogniser
            found.append((Span(doc, i, end, label="PER"), name))
            i = end
        elif _given_after_sovereign(doc, i) and outside(doc[i].idx):
            # "le pape François": one given name, the person's whole name
            span = Span(doc, i, i + 1, label="PER")
            found.append((span, Name(span.text, None, span.text)))
        i += 1
    return found


def _of_a_body(run: Span) -> bool:
    """Is the run a department and the body it is of, no one's name: no first name of
    lexicon/first_names.tsv opens it and « de », « du » link it to a body named after
    (« le directeur Asie du Quai d'Orsay »)?"""
    return first_name_gender(run[0].text) is None and any(
        fold(t.text) in DE_CONTRACTED for t in run[1:-1])


def after_title(run: Span) -> bool:
    """Is ``run`` two or more capitalised words right after a role phrase, a name whoever
    bears it (« le ministre polonais Tadeusz Wróbel »), never words of the role?"""
    doc = run.doc
    return (
        len(run) >= 2 and run.start > 0 and _opens_name(doc, run.start)
        and _name_end(doc, run.start) >= run.end and _after_role(doc, run.start)
    )


def _office_name_end(doc: Doc, i: int) -> int:
    """Where the name ends that ``doc[i]`` opens after a role noun and its capitalised
    complement (« le ministre de la Justice | Dilan Yeşilgöz-Zegerius », « la ministre de la
    Culture | Ingrid Berg »), whatever entity the recogniser ran over both: two capitalised
    words or more, the role phrase an office of the list with nothing more (``office``) or the
    first word a first name of lexicon/first_names.tsv after a complement that names no body
    (« le directeur de l'Institut Marie Curie » is a building's name), nor the second word of
    a compound place (« le maire de Saint |Paul Kwame Asante »); ``i`` when none."""
    if i < 3 or not (_cap(doc[i]) and _cap(doc[i - 1])) or doc[i].ent_type_ == "PER":
        return i
    k, linked = i - 1, False
    while k > 0 and i - k <= _REACH + 1 and (_cap(doc[k]) or fold(doc[k].text) in _LINKS):
        linked = linked or fold(doc[k].text) in _LINKS
        k -= 1
    if not (linked and doc[k].is_lower and is_role_noun(doc[k].text)):
        return i
    held = office(doc[k:i].text)
    named = (first_name_gender(doc[i].text) is not None and not opens_place(doc[i - 1]) and not
             any(is_org_noun(t.text) for t in doc[k + 1 : i])) or name_after_complement(doc[k]) == i
    if not (named or (held is not None and held.exact and not held.more)):
        return i
    j = i + 1
    while j < len(doc) and (_cap(doc[j]) or (
            doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
            and j + 1 < len(doc) and _cap(doc[j + 1])) or (
            fold(doc[j].text) in NAME_PARTICLES and doc[j].is_lower and j + 1 < len(doc)
            and _cap(doc[j + 1]))):  # « Inès da Costa », « João dos Santos »
        j += 1
    return j if j - i >= 2 and _cap(doc[j - 1]) else i


def _cap(tok: Token) -> bool:
    """A capitalised word, hyphens inside it allowed (« Yeşilgöz-Zegerius »), no acronym."""
    return capitalised(tok.text, letters=True) and not tok.is_upper


def _given_after_sovereign(doc: Doc, i: int) -> bool:
    """Is ``doc[i]`` a first name of lexicon/first_names.tsv right after a sovereign's title
    (« le pape François », « la reine Mathilde »), with no entity of the recogniser's on it?"""
    tok = doc[i]
    return (
        _capital(tok) and not tok.ent_type_ and first_name_gender(tok.text) is not None
        and sovereign(doc[i : i + 1])
    )


def _capital(tok: Token) -> bool:
    # the parse may open a sentence at the name (« ministre » its ROOT): a lower-case word
    # before it says it does not
    return tok.is_alpha and tok.is_title


def _opens_name(doc: Doc, i: int, before: Token | None = None) -> bool:
    """Is ``doc[i]`` a capitalised word right after a lower-case word of a role phrase
    (``before``, the word before it unless given), with no entity of a person, a body or a
    place on it (a run the recogniser tagged otherwise, or not at all, may be a name)?"""
    tok, before = doc[i], before if before is not None else doc[i - 1]
    return (
        _capital(tok)
        and tok.ent_type_ not in ("PER", "ORG", "LOC")  # a body or a place is no one's name
        and before.text.replace("-", "").isalpha()  # "sud-africaine"
        and before.is_lower
        and fold(before.text) not in _LINKS
        and before.pos_ in ("ADJ", "NOUN")
        and not is_role_noun(tok.text)
        and not is_org_noun(tok.text)
        and tok.text not in titles()
    )


def _apposed(doc: Doc, i: int) -> bool:
    """Is ``doc[i]`` a capitalised word after a role phrase and its comma, the name it
    announces (« Le président turc, Kemal Ardıç, a … », the run closed by a comma)?"""
    return i > 1 and doc[i - 1].text == "," and _opens_name(doc, i, doc[i - 2])


def _name_end(doc: Doc, i: int) -> int:
    """Where the run of capitalised words from ``doc[i]`` ends (particles inside it kept:
    « Ursula von der Leyen »), short of another entity."""
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ != "B" and doc[j].ent_type_ != "PER":
        if _capital(doc[j]) and (doc[j].pos_ == "PROPN" or doc[j].ent_iob_ == "I"):
            # a word the tagger took for an adjective inside the recogniser's run: "Tayyip"
            j += 1
        elif fold(doc[j].text) in NAME_PARTICLES and j + 1 < len(doc) and _capital(doc[j + 1]):
            j += 2
        else:
            break
    return j if doc[j - 1].pos_ == "PROPN" and _capital(doc[j - 1]) else i


def _after_role(doc: Doc, i: int) -> bool:
    """Is the phrase before ``doc[i]`` a role: a role noun a few adjectives back, none of them
    a verb (« le Premier ministre britannique », not « le ministre a reçu »)?"""
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        tok = doc[k]
        if is_role_noun(tok.text):
            return True
        if tok.pos_ not in ("ADJ", "NOUN") or not tok.is_lower:
            return False
    return False
