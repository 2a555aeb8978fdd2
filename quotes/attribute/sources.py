"""Who issued the words a mention names, rather than the words themselves.

"l'annonce du camerlingue Lorenzi" speaks for Lorenzi; a bare "le communiqué" or "ce message"
for whoever issued it, as the article said before ("un communiqué du Front national", "Trump a
publié un message"). ``speakers.classify`` reads the mention of the source these give.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from quotes.attribute.issuers import in_text, issuer_of
from quotes.attribute.noun_kinds import is_document, singular_words
from quotes.attribute.org_acting import addressee_of
from quotes.detect.context import after_incise_comma, char_range
from quotes.detect.elliptic import verb_start
from quotes.detect.findings import is_finding_noun
from quotes.detect.marks import find_marked
from quotes.detect.speaker_phrases import np_after
from quotes.lexicon import (
    capitalised,
    fold,
    folded,
    is_org_noun,
    is_possessed_word,
    is_speech_noun,
    reporting_verbs,
    singular,
    words,
)
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DEFINITE,
    DEMONSTRATIVES,
    POSSESSIVES,
    SELON,
    A,
)
from quotes.nlp.doc import MARKED, TEXT_AUTHORS, entities, text_of


class Author(NamedTuple):
    """Where the author of a text is named in the article, and how it was found."""

    start: int
    end: int
    issued: bool = False  # the subject of a verb of issuing the text (``issuers.issuer_of``)


def unsigned(span: Span) -> bool:
    """After « selon », a document no one is named the author of speaks as an anonymous
    source: "selon les chiffres officiels"; not "selon le communiqué du parti" (the party
    speaks), nor a document the narrator speaks of (« le texte sera relu en mars »)."""
    doc = span.doc
    words_ = [t for t in span if not t.is_punct]
    return (
        len(words_) > 1
        and _after_selon(doc, span.start)
        and is_speech_noun(words_[1].text)
        and not any(t.lower_ in DE_CONTRACTED for t in words_)
    )


def finding(span: Span, head: Token | None) -> bool:
    """A finding or a document no one is named the author of, which speaks as an anonymous
    source named by its words as written, determiner included (« d'après l'autopsie », « selon
    les conclusions des expertises », « poursuit le communiqué »): a common noun heading the
    mention that no person nor body is, after « selon » or « d'après », or a document's
    (``is_document``), a thing found's (« l'autopsie a révélé ») or a noun of words said as the
    subject of a reporting verb (not « le texte sera relu en mars », a document the narrator
    speaks of); not when a capitalised word
    after it names who wrote it (« les conclusions de l'Anses »). The caller has read persons,
    bodies and roles first."""
    if head is None or head.pos_ != "NOUN" or not head.is_lower:
        return False
    doc = span.doc
    after_selon = _after_selon(doc, span.start)
    # the reporting verb's subject, or its inverted subject the parse reads as its object
    # (« …, annonce le site spécialisé »)
    says = head.dep_.split(":")[0] in ("nsubj", "obj") and head.head.lower_ in (
        reporting_verbs()) and (is_document(head.text) or is_speech_noun(head.text)
                                or is_finding_noun(head.text))  # « l'autopsie a révélé »
    if not (after_selon or says):
        return False
    return not any(capitalised(t.text) or t.ent_type_ in ("PER", "ORG")
                   for t in span if t.i > head.i)


def author_before(span: Span, owned: tuple[str, Token] | None) -> Author | None:
    """Who issued the text a bare "le communiqué", "ce message", « la lettre » names: the same
    noun earlier in the article says it ("un communiqué du Front national", "un communiqué
    attribué à la présidence": lexicon/authorship_participles.txt), or the active subject of a
    verb of issuing it does ("Paul Roux a publié un message": ``issuers.issuer_of``, ``issued``), or
    the subject of the clause it is the text of ("dans un communiqué de presse, le ministère
    souligne"); a noun of any text (« le document publié », lexicon/generic_texts.txt) stands
    for the text named last.
    ``owned``: ``possessed(span)``, which the caller reads too. Kept per phrase for the
    article: « selon le communiqué » walks back through the text named before, and an article
    naming it again sentence after sentence would walk every earlier naming each time."""
    known = span.doc.user_data.setdefault(TEXT_AUTHORS, {})
    key = (span.start, span.end)
    if key not in known:
        known[key] = _author_before(span, owned)
    found: Author | None = known[key]
    return found


def _author_before(span: Span, owned: tuple[str, Token] | None) -> Author | None:
    """``author_before``, not kept."""
    issuer = _issuer(span) or _owner(span, owned)
    if issuer is not None:
        return Author(*issuer)
    words_ = [t for t in span if not t.is_punct]
    if not 1 < len(words_) <= 3 or words_[0].pos_ != "DET":
        return None
    noun = words_[1] if words_[1].pos_ == "NOUN" and len(words_) == 3 else words_[-1]
    kind = singular(noun.text)
    any_text = kind in singular_words("generic_texts")
    if noun.pos_ != "NOUN" or not (any_text or is_speech_noun(noun.text) or is_document(
            noun.text)):
        return None
    doc = span.doc
    for t in reversed(doc[: span.start]):
        same = t.pos_ == "NOUN" and singular(t.text) == kind
        if not (same or (any_text and t.pos_ == "NOUN" and is_document(t.text))) or quoted_tokens(
                doc, t.i, t.i + 1):
            continue  # a noun inside a quotation is the speaker's word, no text of the article
        owner = _author_of(t)
        if owner is not None:
            return Author(*char_range(doc, owner))
        by = issuer_of(t)
        if by is not None:
            return Author(*_phrase(by), issued=True)
        verb = t.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        lo = min([c.i for c in t.children if c.dep_ == "det"] + [t.i])
        again = t.dep_.split(":")[0] in ("nsubj", "obj") and subject in (None, t)
        if _definite(t) and (again or t.dep_ == "obj" or _after_selon(doc, lo)):
            # « …, relève le document publié » (an inverted subject the parse may read as an
            # object), « selon le communiqué », « Anne Morel a lu le communiqué »: a text
            # named again, not issued there; who issued the one it names
            named = doc[lo : t.i + 1]
            return author_before(named, possessed(named))
        if in_text(t) and subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return Author(*_phrase(subject))
        return _inverted_author(verb, t)
    return None


def _inverted_author(verb: Token, text: Token) -> Author | None:
    """« « … », explique la mairie dans un communiqué »: the subject set after a reporting
    verb that follows the quotation marks and a comma issued the text the verb's clause names
    next, whatever the parse made of it (an object); None when no marks close right before
    the comma (« le maire a réagi, a annoncé la fermeture dans un communiqué »: an object), or
    when anything but « dans » stands between the phrase and the text (« a réagi le syndicat
    après un communiqué »: a text the phrase answers, not its own)."""
    doc = verb.doc
    first = verb_start(verb)
    if verb.lower_ not in reporting_verbs() or not after_incise_comma(doc, first):
        return None
    phrase = np_after(doc, _past_addressee(verb), text.i)
    if phrase is None or doc[phrase[0]].pos_ not in ("DET", "PROPN"):
        return None
    between = [w for w in doc[phrase[1] : text.i] if w.pos_ not in ("DET", "ADJ")]
    if len(between) != 1 or between[0].lower_ != "dans":
        return None
    return Author(*char_range(doc, phrase))


def _past_addressee(verb: Token) -> int:
    """Where the inverted subject may start after ``verb``: past whom the words are given to
    (« indique à l'AFP | le ministère », « a confié au journal | la mairie »:
    ``org_acting.addressee_of``)."""
    whom = addressee_of(verb)
    return whom.right_edge.i + 1 if whom is not None else verb.i + 1


def _author_of(text: Token) -> tuple[int, int] | None:
    """The author a noun of a text names after it (``_link``): « du parti », « de presse du
    ministère », « attribué à la présidence »."""
    doc = text.doc
    link = _link(doc[text.i : min(text.sent.end, text.i + 14)], lambda _: True, by=True)
    if link is None:
        return None
    return np_after(doc, link.i + 1, min(len(doc), link.i + 11))


def _definite(noun: Token) -> bool:
    """Does a definite or demonstrative determiner open the noun's phrase?"""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE | DEMONSTRATIVES for c in noun.children)


def quoted_tokens(doc: Doc, start: int, stop: int) -> set[int]:
    """The tokens from ``start`` to ``stop`` that stand inside quotation marks, as
    ``marks.find_marked`` pairs them."""
    marked = doc.user_data.get(MARKED)
    if marked is None:  # paired once per document, as ``text_of`` is built once
        marked = doc.user_data[MARKED] = find_marked(text_of(doc))[0]
    return {t.i for t in doc[start:stop] if any(m.start <= t.idx < m.end for m in marked)}


def said_before_more_fully(span: Span) -> Span | None:
    """The fuller naming of the same finding the article gave before as a source (« toujours
    selon les premiers éléments » after « selon les premiers éléments de l'enquête »): the last
    earlier phrase after « selon » or « d'après » that opens with the mention's words and goes
    on with a « de » complement, as a body's bare noun stands for its fullest name; else
    None."""
    doc, words_ = span.doc, [t.lower_ for t in span if not t.is_punct]
    n = len(words_)
    if n < 2:
        return None
    for i in range(span.start - n, -1, -1):
        if doc[i].lower_ != words_[0] or [t.lower_ for t in doc[i : i + n]] != words_ \
                or i + n >= len(doc) or (
                doc[i + n].lower_ not in DE_CONTRACTED) or not _after_selon(doc, i):
            continue
        found = np_after(doc, i, min(len(doc), i + n + 8))
        if found is not None and found[1] > i + n + 1:
            return doc[found[0] : found[1]]
    return None


def cited(doc: Doc, pos: int) -> bool:
    """Is the phrase at offset ``pos`` a source after « selon » or « d'après »?"""
    at = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return at is not None and _after_selon(doc, at.start)


def _after_selon(doc: Doc, i: int) -> bool:
    """Is the phrase at ``i`` a source, after « selon » or « d'après » (not the narration's
    « l'autopsie du corps a conclu »)?"""
    return i > 0 and doc[i - 1].lower_ in SELON  # « d'après »: « d' | après »


def _issuer(span: Span) -> tuple[int, int] | None:
    """ "L'Institut avait prévu 3 %, mais selon les chiffres publiés ce jour, …": an
    unsigned document said to be issued (a participle, no « par ») speaks for the one body its
    sentence names before it, when no person is named there."""
    doc = span.doc
    if not unsigned(span):
        return None
    noun = next(t for t in span if not t.is_punct and t.pos_ != "DET")
    issued = [t for t in noun.children if t.dep_ == "acl" and "Part" in t.morph.get("VerbForm", [])]
    if not issued or any(c.lower_ == "par" for t in issued for c in t.subtree):
        return None
    sent = span.sent
    ents = [e for e in entities(doc) if sent.start <= e.start and e.end <= sent.end]
    bodies = {e.text: e for e in ents if e.label_ == "ORG" and e.end <= span.start}
    if len(bodies) != 1 or any(e.label_ == "PER" for e in ents):
        return None
    (body,) = bodies.values()
    return body.start_char, body.end_char


def possessed(span: Span) -> tuple[str, Token] | None:
    """« selon sa page Facebook », « sur son compte X », « dans leur communiqué », « selon ses
    dires »: a text its owner wrote or a place they post on (``is_document``), or the words
    they said (``is_possessed_word``), a possessive before it and no more than adjectives or
    a platform's name (lexicon/media_words.txt) after, speaks for its owner, whom the
    possessive stands for as a pronoun would: the pronoun's number and the noun, else None."""
    words_ = [t for t in span if not t.is_punct]
    if len(words_) < 2 or words_[0].lower_ not in POSSESSIVES:
        return None
    rest = [t for t in words_[1:] if t.pos_ != "ADJ"]
    if not rest or not rest[0].is_lower or not (
            is_document(rest[0].text) or is_possessed_word(rest[0].text)):
        return None
    if any(t.lower_.rstrip(".") not in words("media_words") for t in rest[1:]):
        return None
    return ("p" if words_[0].lower_.startswith("leur") else "s"), rest[0]


def possessor_words(span: Span) -> str | None:
    """« ses dires », « leurs déclarations » (``possessed``, a noun of words said): the number
    of the one the possessive stands for, « s » or « p »; else None (« sa page Facebook »)."""
    found = possessed(span)
    return found[0] if found is not None and is_possessed_word(found[1].text) else None


def _owner(span: Span, found: tuple[str, Token] | None) -> tuple[int, int] | None:
    """« X s'est rendu sur place pour apporter « … », selon sa page Facebook »: the owner of a
    possessed text (``found``: ``possessed(span)``) is the subject its sentence names before
    it, when there is one; else the possessive is read as a pronoun. Not for words said (« Le
    feu a pris dans la cave, selon ses dires »): what they tell of is no one's; the possessive
    is a pronoun."""
    if found is None or is_possessed_word(found[1].text):
        return None
    doc = span.doc
    quoted = quoted_tokens(doc, span.sent.start, span.start)
    subject = next((t for t in doc[span.sent.start : span.start]  # the narrator's words
                    if t.i not in quoted and t.dep_ == "nsubj"
                    and t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    return None if subject is None else _phrase(subject)


def _phrase(head: Token) -> tuple[int, int]:
    """Character offsets of the whole phrase ``head`` heads in the parse."""
    ids = [w.i for w in head.subtree]
    return char_range(head.doc, (min(ids), max(ids) + 1))


def said_by(span: Span) -> int | None:
    """Where the speaker starts in "le communiqué du ministère", "l'annonce de X", "une
    enquête du syndicat", "un rapport publié par l'agence" (a document: ``noun_kinds``)."""
    link = _link(span, _gives_words, by=True)
    return span.doc[link.i + 1].idx if link is not None else None  # "du": the article folded in


def outlet_of(span: Span) -> tuple[int, str] | None:
    """Where the outlet starts in "nos confrères de l'AFP", the newsroom's own name for another
    outlet (lexicon/press_peers.txt), and the article a title folded into "du" or "des" ("nos
    confrères du Monde": "Le "); "ses collègues de l'hôpital" are people."""
    peer = span[0].lower_ in ("nos", "notre")
    link = _link(span, lambda t: t.lower_ in words("press_peers")) if peer else None
    if link is None:
        return None
    name = span.doc[link.i + 1]
    article = {"du": "Le ", "des": "Les "}.get(link.lower_, "") if capitalised(name.text) else ""
    return name.idx, article


def _link(span: Span, opens: Callable[[Token], bool], *, by: bool = False) -> Token | None:
    """The « de » (« du », « des ») after a noun ``opens`` accepts that opens the mention,
    with words after it; ``by``: or the « par » after its participle (« une enquête menée
    par X »), or the « à » after one of lexicon/authorship_participles.txt (« attribué à X »)."""
    words_ = [t for t in span if t.pos_ not in ("DET", "ADJ")]
    if len(words_) < 3 or not opens(words_[0]):
        return None
    link = words_[1]
    if by and len(words_) > 3 and "Part" in link.morph.get("VerbForm", []):
        agent = words_[2]
        # « attribué à X » (lexicon/authorship_participles.txt); « publié par X » below, any
        # participle
        if agent.lower_ in A and fold(link.text) in folded("authorship_participles"):
            return agent if words_[3].pos_ in ("NOUN", "PROPN") else None
        return agent if agent.lower_ == "par" and _agent(words_[3]) else None
    if link.lower_ not in DE_CONTRACTED or link.i + 1 >= span.end:
        return None
    # « une note d'information », « le site d'investigation »: a bare common noun after « de »
    # says what kind of text it is, no author; one may follow (« un communiqué de presse du X »)
    after = span.doc[link.i + 1]
    if by and link.lower_ in DE and after.pos_ == "NOUN" and after.is_lower:
        nxt = span.doc[after.i + 1] if after.i + 2 < span.end else None
        return nxt if nxt is not None and nxt.lower_ in DE_CONTRACTED else None
    return link


def _gives_words(noun: Token) -> bool:
    """A noun of words said or a document that gives them (« le communiqué », « une
    enquête »)."""
    return is_speech_noun(noun.text) or is_document(noun.text)


def _agent(who: Token) -> bool:
    """A body or a person after « par », not a means (« menée par téléphone »)."""
    return capitalised(who.text) or who.ent_type_ in ("PER", "ORG") or is_org_noun(who.text)
