"""The noun an elliptic mention leaves out: « raconte un autre » after « témoigne un habitant »
is one more `habitant`, « une autre » after « une riveraine » one more `riveraine`
(``quotes.detect.elliptic``). The speaker's name is the mention with that noun
(`un autre habitant`), and its gender that of the noun (``gender.unnamed_gender``).

A pronoun in a mention of one of a group stands for the group said before it (GUIDELINES: a
pronoun in an anonymous mention is replaced by the noun it stands for): « l'un d'eux » after
« Du côté des membres du syndicat » is `l'un des membres du syndicat` (``one_of_them``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.attribute.descriptions import person_word
from quotes.detect.elliptic import ellided
from quotes.lexicon import lemma_of, noun_genders
from quotes.lexicon.grammar import DE, GROUP_POSSESSIVES, ONE_OF, SENTENCE_ENDS
from quotes.lexicon.grammatical_person import THEM


def left_out(span: Span) -> Span | None:
    """« un habitant » for « un autre » said after it: the nearest « un(e) NOUN » of a person
    before an elliptic mention (``elliptic.ellided``); None for any other mention."""
    return ellided(span, lambda t: person_word(t.text) or t.lower_ in noun_genders())


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
    nearest plural noun of people before it, of the pronoun's gender, in its sentence or the
    one before and out of quotation marks, with its complements; None for any other mention
    or when no such noun is found."""
    words = [t.text for t in span]
    if len(words) != 4 or "".join(words[:2]).lower() not in ONE_OF or words[2].lower() not in DE \
            or words[3].lower() not in THEM:
        return None
    noun = _group_before(span, feminine=words[3].lower() == "elles")
    if noun is None:
        return None
    doc, first = span.doc, noun.i
    while first > 0 and doc[first - 1].pos_ in ("ADJ", "NUM") and doc[first - 1].head == noun:
        first -= 1  # « des deux avocats »; its article or « des » is written anew
    last = noun.i
    while last < noun.right_edge.i and not doc[last + 1].is_punct:
        last += 1  # its complements (« du syndicat »), up to a comma
    while last > noun.i and doc[last].pos_ in ("ADP", "DET", "CCONJ"):
        last -= 1
    det = doc[first - 1].lower_ if first > 0 else ""
    link = f"de {det}" if det in GROUP_POSSESSIVES else "des"
    one = doc[span.start : span.start + 2].text  # « l’un », its apostrophe as written
    return f"{one} {link} {doc[first : last + 1].text}"


def _group_before(span: Span, *, feminine: bool) -> Token | None:
    """The nearest plural noun of people before ``span`` in its sentence or the one before,
    out of quotation marks, feminine when ``feminine`` (« elles »)."""
    doc, ends, quoted = span.doc, 0, 0
    for k in range(span.start - 1, -1, -1):
        tok = doc[k]
        quoted = max(quoted + (tok.text == "»") - (tok.text == "«"), 0)  # read backwards
        if "\n" in tok.text:
            return None
        ends += not quoted and tok.text in SENTENCE_ENDS
        if ends > 1:
            return None
        if quoted or tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number", []):
            continue
        if feminine and "Fem" not in tok.morph.get("Gender", []):
            continue
        if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
            return None  # « les pompiers et les policiers »: which of them is not said
        forms = (tok.lower_, lemma_of(tok.text, noun=True))  # « salariés »: « salarié »
        if any(person_word(w) or w in noun_genders() for w in forms):
            return tok
    return None
