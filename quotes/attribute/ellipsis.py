"""The noun an elliptic mention leaves out: « raconte un autre » after « témoigne un habitant »
is one more `habitant`, « une autre » after « une riveraine » one more `riveraine`
(``quotes.detect.elliptic``). The speaker's name is the mention with that noun
(`un autre habitant`), and its gender that of the noun (``gender.unnamed_gender``).

A pronoun in a mention of one of a group stands for the group said before it (GUIDELINES: a
pronoun in an anonymous mention is replaced by the noun it stands for): « l'un d'eux » after
« Du côté des membres du syndicat » is `l'un des membres du syndicat` (``one_of_them``), and
its gender is the group's (« l'une d'elles » after « les infirmières »: a woman,
``gender.unnamed_gender``). So does the « dont » of a relative clause: « les élus de tous bords,
dont certains ont exhorté … » is `certains des élus de tous bords`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from quotes.attribute.descriptions import person_word
from quotes.attribute.sources import quoted_tokens
from quotes.detect.elliptic import ellided
from quotes.lexicon import lemma_of, noun_genders
from quotes.lexicon.grammar import DE, DE_CONTRACTED, GROUP_POSSESSIVES, ONE_OF, SENTENCE_ENDS
from quotes.lexicon.grammatical_person import THEM
from quotes.lexicon.roles import is_role_noun


def left_out(span: Span) -> Span | None:
    """« un habitant » for « un autre » said after it: the nearest « un(e) NOUN » of a person
    before an elliptic mention (``elliptic.ellided``); None for any other mention."""
    return ellided(span, lambda t: _person_noun(t.text))


def _person_noun(word: str) -> bool:
    """Does the word name people: a noun of people (``person_word``) or one the lexicon gives a
    gender (lexicon/noun_genders.tsv)?"""
    return person_word(word) or word.lower() in noun_genders()


def elliptic_name(span: Span, text: str) -> str:
    """The mention's words (``text``) with the noun they leave out after them (« un autre » →
    `un autre habitant`), or the group its pronoun stands for (« l'un d'eux » → `l'un des
    membres du syndicat`, ``one_of_them``); the words as written when the text says no noun
    before them."""
    noun = left_out(span)
    return f"{text} {noun[-1].text}" if noun is not None else one_of_them(span) or text


def one_of_them(span: Span) -> str | None:
    """`l'un des membres du syndicat` for the mention « l'un d'eux » after « des membres du
    syndicat » (`l'une de ses voisines` for « l'une d'elles » after « ses voisines »): the
    group it is one of (``them``), written after « l'un des » or the group's possessive, its
    first letter lower-cased when it only opens its sentence (« Trois habitantes … »: `l'une
    des trois habitantes`); None for any other mention or when no group is found."""
    group = them(span)
    if group is None:
        return None
    doc, first = span.doc, group[0]
    det = doc[first.i - 1].lower_ if first.i > 0 else ""
    link = f"de {det}" if det in GROUP_POSSESSIVES else "des"
    words = group.text
    opens = all(t.is_space or t.is_punct for t in doc[first.sent.start : first.i])
    if opens and first.pos_ != "PROPN" and not first.text.isupper():
        words = words[:1].lower() + words[1:]
    # « l’un » of « l’un d’eux », its apostrophe as written; the whole of « dont certains »
    one = span.text if _after_dont(span) else doc[span.start : span.start + 2].text
    return f"{one} {link} {words}"


def _after_dont(span: Span) -> bool:
    """Is the mention a pronoun or a number, no noun, right after the « dont » that opens its
    relative clause (« les élus, dont certains ont dit », « dont l'un », « dont deux »)?"""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "dont" and not any(
        t.pos_ in ("NOUN", "PROPN") for t in span)


def them(span: Span) -> Span | None:
    """The words of the group the mention « l'un d'eux » or « l'une d'elles » is one of: the
    noun phrase of the nearest plural noun of people before it, of the pronoun's gender, in
    its sentence or the one before and out of quotation marks (``_group_before``), or of the
    noun a « dont » before the mention stands for (« dont certains », ``_antecedent``), from its
    number or adjectives before the noun (« deux adjoints ») to its complements (``_words_end``);
    None for any other mention or when no group is found."""
    words = [t.text for t in span]
    if _after_dont(span):
        noun = _antecedent(span)
    elif len(words) != 4 or "".join(words[:2]).lower() not in ONE_OF or words[2].lower() not in \
            DE or words[3].lower() not in THEM:
        return None
    else:
        noun = _group_before(span, feminine=words[3].lower() == "elles")
    if noun is None:
        return None
    doc, first = span.doc, noun.i
    while first > 0 and doc[first - 1].pos_ in ("ADJ", "NUM") and doc[first - 1].head == noun:
        first -= 1  # « des deux avocats »; its article or « des » is written anew
    last = _words_end(noun, span.start)
    while last > noun.i and doc[last].pos_ in ("ADP", "DET", "CCONJ"):
        last -= 1
    return doc[first : last + 1]


def _antecedent(span: Span) -> Token | None:
    """The plural noun of people a relative « dont » before the mention stands for (« les élus
    de tous bords, dont certains ont exhorté … »: `élus`), of the mention's gender where it
    shows one (« dont certaines »); None when the clause is on no such noun."""
    verb = span.root.head  # the parse hangs « dont » on the verb or on the mention
    noun = verb.head
    if verb.dep_ != "acl:relcl" or noun.i >= span.start - 1:
        return None
    genders = span[-1].morph.get("Gender", [])
    fits = (_of_people(noun, feminine="Fem" in genders) if genders
            else _of_people(noun, False) or _of_people(noun, True))
    return noun if fits else None


def _words_end(noun: Token, before: int) -> int:
    """Where a group's words end, before token ``before``: the noun, its adjectives and its
    complements a « de », « d' », « du » or « des » opens (« infirmières de l'hôpital de
    Lens »), each read the same way, up to the first verb (« manifestaient »), punctuation or
    noun no « de » opens (a date, a place, a time: « manifestants place de la Bastille »,
    « cheminots mardi »)."""
    last = noun.i
    for child in noun.rights:
        if child.i >= before or child.is_punct or child.pos_ in ("VERB", "AUX") or (
                child.pos_ in ("NOUN", "PROPN") and not _of_de(child)):
            break
        last = _words_end(child, before)
    return last


def _of_de(noun: Token) -> bool:
    """Does a « de », « d' », « du » or « des » open ``noun``, or is it part of a name or fixed
    phrase whose first word it follows (« Los Angeles »)?"""
    return noun.dep_.startswith(("flat", "fixed")) or any(
        c.dep_ == "case" and c.lower_ in DE_CONTRACTED for c in noun.children)


def _group_before(span: Span, *, feminine: bool) -> Token | None:
    """The head of the group « l'un d'eux » stands for: the nearest plural noun of people
    before ``span`` (``_people_before``), raised to the highest plural noun of people whose
    complement it is (« les représentants des syndicats de cheminots »: `représentants`).
    None when it is coordinated with another (« les pompiers et les policiers »), or when it
    stands in a side clause and another group before it (« Les médecins ont manifesté, pendant
    que le ministre recevait les directeurs »): which of them is not said."""
    people = _people_before(span, feminine)
    nearest = next(people, None)
    if nearest is None:
        return None
    group = _phrase_head(nearest, feminine)
    if any(t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)
           for t in (nearest, group)):
        return None
    other = next((h for h in (_phrase_head(p, feminine) for p in people) if h != group), None)
    return group if other is None or not _side_clause(group, other) else None


def _people_before(span: Span, feminine: bool) -> Iterator[Token]:
    """The plural nouns of people before ``span``, nearest first, feminine when ``feminine``
    (« elles »), in its sentence or the one before and its paragraph, out of quotation marks
    (« » and " ", as ``sources.quoted_tokens`` pairs them)."""
    doc = span.doc
    start = next((t.i + 1 for t in reversed(doc[: span.start]) if "\n" in t.text), 0)
    quoted, ends = quoted_tokens(doc, start, span.start), 0
    for tok in reversed(doc[start : span.start]):
        if tok.i in quoted:
            continue
        ends += tok.text in SENTENCE_ENDS
        if ends > 1:
            return
        if _of_people(tok, feminine):
            yield tok


def _of_people(tok: Token, feminine: bool) -> bool:
    """Is ``tok`` a plural noun of people, feminine when ``feminine`` (« elles »), not feminine
    only when not (« eux »: « les infirmières … L'un d'eux » is no one of them)?"""
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number", []):
        return False
    genders = tok.morph.get("Gender", [])
    if ("Fem" not in genders) if feminine else (genders == ["Fem"]):
        return False
    return any(_person_noun(w) for w in _forms(tok))


def _forms(tok: Token) -> tuple[str, str]:
    """The noun as written, lowered, and its singular (« salariés »: « salarié »)."""
    return tok.lower_, lemma_of(tok.text, noun=True)


def _phrase_head(noun: Token, feminine: bool) -> Token:
    """The highest plural noun of people among ``noun`` and the nouns it is the complement of
    (« cheminots » in « les représentants des syndicats de cheminots »: `représentants`). One
    above ``noun`` must be a role noun or a noun of a sex in the lexicon, not a noun of people
    by its ending only: « des milliers de manifestants », « des centaines » are quantities."""
    head = up = noun
    while up.dep_ == "nmod" and up.head.pos_ == "NOUN" and up.head.i < up.i:
        up = up.head
        if _of_people(up, feminine) and any(
                is_role_noun(w) or w in noun_genders() for w in _forms(up)):
            head = up
    return head


def _side_clause(group: Token, other: Token) -> bool:
    """Does ``group`` stand in a clause of its own, apart from ``other`` before it: one the
    parse hangs as a clause (adverbial, relative, completive), or one a subordinating
    conjunction or relative pronoun between them opens (« pendant que », « qui »)?"""
    if any(t.dep_.startswith(("advcl", "acl", "ccomp", "csubj")) for t in group.ancestors):
        return True
    doc, lo = group.doc, max(other.i, group.sent.start)
    return any(t.pos_ == "SCONJ" or "Rel" in t.morph.get("PronType", [])
               for t in doc[lo + 1 : group.i])
