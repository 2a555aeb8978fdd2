"""Where the words naming a speaker start and end.

A cue's subject as the parse gives it may open with a linking "que" or "tandis que", or an
adverbial ("Avec les mots de Jésus …, le prêtre"), and close on a stressed pronoun ("Les
syndicats, eux, …"): none of them names anyone. The noun that heads it (``head_noun``). A
role the mention gives may go on past it (``participle_end``).
"""

from __future__ import annotations

import re
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.attribute.names import first_name_gender, inverted_verb
from quotes.attribute.one_of import one_of
from quotes.attribute.orgs import without_article
from quotes.detect.elliptic import elliptic
from quotes.detect.nominal import described_adjective
from quotes.detect.np_ends import PARTICIPLE_COMPLEMENTS, completes_noun
from quotes.lexicon import fold, folded, is_org_noun, is_time_word, strip_title, words
from quotes.lexicon.grammar import (
    ARTICLES_POSSESSIVES,
    DEFINITE,
    DEMONSTRATIVE_HEADS,
    FLOATING_QUANTIFIERS,
    INDEFINITE,
    NOT_NAMES,
    PRONOUNS,
    QUE,
    SET_OFF_RELATIVES,
    STRESSED,
    TOPIC_NOUNS,
)
from quotes.lexicon.outlets import is_press_noun, listed_outlet
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import glued_hyphen

SURNAME_ARTICLES = frozenset({"Le", "La", "De", "Du", "Des"})

if TYPE_CHECKING:
    from quotes.attribute.cast import Registry


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The mention ``[start, end)`` without what names no one on either side."""
    start = _drop_lead(doc, start, end)
    start, end = _one_phrase(doc, start, end)
    end = _drop_stressed(doc, start, end)
    return start, _drop_tail(doc, start, _emphatic_end(doc, start, end))


def _one_phrase(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A determiner right after a noun, with no preposition between, opens a second noun
    phrase: the speaker's is one of the two. After words left from a complement, a preposition
    before them or no determiner of their own opening them, a body's or a place's name (« a
    confié à Radio Laval | un père de famille », « au journal Le Matin | son ami Paul Roux »,
    « avec les élus du canton | le préfet »): the second; else the first, what follows it a
    phrase of its own (« raconte une mère | son enfant dans les bras », « a confié Anne Roux |
    les larmes aux yeux »: a person's name, the recogniser's)."""
    span = char_span(doc, start, end)
    cut = None if span is None else next((t for t in span[1:] if t.pos_ == "DET" and t.is_lower
                                          and doc[t.i - 1].pos_ in ("NOUN", "PROPN")), None)
    if span is None or cut is None:
        return start, end
    left = span.start > 0 and doc[span.start - 1].pos_ == "ADP"  # « avec | les élus … »
    # « Sophie Marlin », « Paul Roux, lauréat du prix Vernier | l'an dernier »: a name, then
    # its apposition set off by a comma
    comma = next((t.i for t in doc[span.start : cut.i] if t.text == ","), cut.i)
    named = comma > span.start and all(t.ent_type_ == "PER" for t in doc[span.start : comma])
    if left or not ((span[0].pos_ == "DET" and _article(span[0], cut)) or named):
        return cut.idx, end
    return start, doc[cut.i - 1].idx + len(doc[cut.i - 1].text)


def _article(det: Token, cut: Token) -> bool:
    """Is the determiner an article, not the first word of a title (« Le Matin »): in lower
    case, or opening the sentence before a noun in lower case and a person's name before
    ``cut`` (« L'écrivaine Anne Roux, lauréate du prix »)? A time's phrase with no name (« Le
    jour du vote | la candidate ») is not the speaker's."""
    doc = det.doc
    return det.is_lower or (det.is_sent_start is True and doc[det.i + 1].is_lower and any(
        t.ent_type_ == "PER" for t in doc[det.i + 1 : cut.i]))


def _emphatic_end(doc: Doc, start: int, end: int) -> int:
    """ "Elle-même a fait campagne": a pronoun the tokenizer cut from its « -même », the parse
    hanging « même » on the verb, keeps it (lexicon/grammar PRONOUNS reads « elle-même » as
    « elle »)."""
    span = char_span(doc, start, end)
    if span is None or len(span) != 2 or span.end >= len(doc) \
            or not glued_hyphen(doc, span.end - 1):
        return end
    emphatic = doc[span.start : span.end + 1].text
    return span.end_char + len(doc[span.end].text) if fold(emphatic) in PRONOUNS else end


def first_name_before(doc: Doc, start: int, end: int) -> int:
    """ "Marine | Le Gall a salué": a surname that opens with a capitalised article (« Le »,
    « La », « De », « Du », « Des ») keeps the first name the parse left before it (taken for a
    noun: « Marine »), when that word is a first name and the surname's words are all
    capitalised."""
    span = char_span(doc, start, end)
    if span is None or span.start == 0 or len(span) < 2 or span[0].text not in SURNAME_ARTICLES:
        return start
    before = doc[span.start - 1]
    if not all(t.is_title for t in span[1:]) or not before.is_title or not before.is_alpha:
        return start
    return before.idx if first_name_gender(before.text) is not None else start


def surname_after_first_name(span: Span) -> bool:
    """Is ``span`` a first name, then a surname opening with a capitalised article, all its
    words capitalised ("Marine Le Gall", "Sophie La Salle")?"""
    return (
        len(span) > 2 and span[1].text in SURNAME_ARTICLES
        and all(t.is_title and t.is_alpha for t in span)
        and first_name_gender(span[0].text) is not None
    )


def _drop_tail(doc: Doc, start: int, end: int) -> int:
    """ "raconte un voisin tout en riant", "selon les élus depuis lundi": an adverb, a phrase
    of time or a bracket after the words naming someone is not part of them."""
    span = char_span(doc, start, end)
    words_ = [t for t in span or () if not t.is_punct]
    if len(words_) < 2:
        return end
    if words_[0].lower_ in DEMONSTRATIVE_HEADS and (
            words_[1].lower_ in SET_OFF_RELATIVES or words_[1].lower_ in QUE):
        return words_[0].idx + len(words_[0].text)  # "celui qui …": a pronoun, as « il »
    opened = [t for t in span or () if t.text == "(" and t.i > words_[0].i]
    shut = [t for t in span or () if opened and t.text == ")" and t.i > opened[-1].i]
    if opened and (not shut or words_[-1].i < shut[0].i):
        # "les dirigeants du syndicat (UGT)": a bracket closing the mention, or left open by
        # it, is no part of the name
        words_ = [t for t in words_ if t.i < opened[-1].i]
    timed = next((t for t in words_[1:] if t.pos_ == "ADP" and t.i + 1 < len(doc)
                  and is_time_word(doc[t.i + 1].text)), None)
    if timed is not None:  # "les élus du canton depuis lundi 3 mai"
        words_ = [t for t in words_ if t.i < timed.i]
    while len(words_) > 1 and words_[-1].pos_ == "ADV" and words_[-1].is_alpha and (
            words_[-1].is_lower and words_[-2].pos_ in ("NOUN", "PROPN", "ADJ")):
        words_.pop()  # "un voisin tout", not "le ministre lui-même"
    while len(words_) > 1 and words_[-1].text[-1:] in "'’":
        words_.pop()  # "selon les élus s'exprimer": an elided word opens what follows
    return words_[-1].idx + len(words_[-1].text) if words_ else end


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens the characters ``[start, end)`` touch; None when empty or unaligned."""
    return doc.char_span(start, end, alignment_mode="expand") if start < end else None


def _drop_stressed(doc: Doc, start: int, end: int) -> int:
    """ "Les syndicats, eux, …": the stressed pronoun that picks out a subject is not part of
    its name."""
    span = char_span(doc, start, end)
    words_ = [t for t in span or () if not t.is_punct]
    if len(words_) > 1 and words_[-1].lower_ in STRESSED and doc[words_[-1].i - 1].text == ",":
        return doc[words_[-1].i - 1].idx
    return end


def _drop_lead(doc: Doc, start: int, end: int) -> int:
    """Skip leading adverbial segments: "Avec les mots de Jésus …, le prêtre augustinien"."""
    span = char_span(doc, start, end)
    if span is None:
        return start
    # "que le technicien français a justifié", "tandis que X a dit": the clause's link
    link = 0
    while link < len(span) and (
        span[link].lower_ in QUE
        or (span[link].lower_ in words("subordinators") and link + 1 < len(span)
            and span[link + 1].lower_ in QUE)
    ):
        link += 1
    if 0 < link < len(span):
        start, span = span[link].idx, span[link:]
    commas = [t for t in span if t.text == ","]
    for comma in commas:
        lead = doc[span.start : comma.i]
        led = lead and (
            lead[0].pos_ in ("ADP", "ADV") or "Part" in lead[0].morph.get("VerbForm", [])
        )
        if led and comma.i + 1 < span.end:
            start = doc[comma.i + 1].idx
        else:
            break
    return start


def negated_list(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """ "Ni la présidente, Anne Morel, ni son bras droit, Paul Roux": the subject « ni … ni »
    coordinates, each part on its own; None for a subject with no such list."""
    span = char_span(doc, start, end)
    if span is None:
        return None
    cuts = [t.i for t in span if t.lower_ == "ni"]
    # « Ni » right before it or opening its sentence (the parse may leave a part out)
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    opened = "ni" in (span[0].lower_, before, span.sent[0].lower_)
    if not cuts or not (opened or len(cuts) > 1):
        return None
    parts, lo = [], span.start
    for cut in [*cuts, span.end]:
        part = [t for t in doc[lo:cut] if not t.is_punct]
        if part:
            parts.append((part[0].idx, part[-1].idx + len(part[-1].text)))
        lo = cut + 1
    return parts if len(parts) > 1 else None


def joined(names: list[str]) -> str:
    """ "Paul Morel, Anne Roy et Léa Blanc": one plural speaker, the last one after « et »."""
    return ", ".join(names[:-1]) + " et " + names[-1]


def head_noun(tokens: list[Token]) -> Token | None:
    """The noun that heads a mention: its first noun, or the role noun right after it that
    the tagger took for a verb ("la nouvelle élue": "nouvelle" a noun, "élue" a verb), or the
    role noun that ends a compound the tokenizer cut in three (« sapeurs-pompiers »); with no
    noun at all, the first role noun of the adjectives after the determiner (« le scientifique
    français », « la jeune militante »), or a noun of an age so taken alone after it (« le
    quadragénaire », lexicon/age_nouns.tsv) or a person's adjective (« le libéral »)."""
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    shaped = head is None and len(tokens) > 1 and tokens[0].pos_ == "DET"
    adjectives = list(takewhile(lambda t: t.pos_ == "ADJ", tokens[1:])) if shaped else []
    if (role := next((t for t in adjectives if is_role_noun(t.text)), None)) is not None:
        return role
    if len(tokens) == 2 and adjectives and described_adjective(tokens[1]):
        return tokens[1]
    if head is None or head.pos_ != "NOUN" or is_role_noun(head.text) or is_org_noun(head.text):
        return head  # « le parquet général »: a body, its adjective no role noun
    doc = head.doc
    if head.i + 2 < len(doc) and doc[head.i + 2] in tokens and glued_hyphen(doc, head.i + 1) \
            and is_role_noun(doc[head.i + 2].text):
        return doc[head.i + 2]  # « sapeurs-pompiers », cut in three: its last part
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return nxt if nxt is not None and nxt in tokens and is_role_noun(nxt.text) else head


def crowd(tokens: list[Token]) -> bool:
    """Is the mention headed by a noun of lexicon/crowd_nouns.txt (a crowd)?"""
    head = head_noun(tokens)
    return head is not None and fold(head.text) in folded("crowd_nouns")


def name_like(span: Span) -> bool:
    """Can these words name a speaker: not a verb, a pronoun, a preposition, a number.

    The parser's PRON is not trusted for capitalised words ("Kiev a annoncé"), nor its ADP for
    the « de » of an anonymous opener (« De nombreuses élues »: lexicon/anonymous.txt)."""
    opener = next((len(w.split()) for w in folded("anonymous") if span[:1].text.lower() == "de"
                   and fold(span.text).startswith(w + " ")), 0)
    words = [t for t in span[opener:] if not t.is_punct and (t.pos_ != "DET" or one_of(t.doc, t.i))]
    if not words:
        return False
    head = words[0]
    counted = head.like_num and len(words) == 1 and not elliptic(list(span))  # « un second »
    counted = counted or (len(words) == 1 and head.lower_ in FLOATING_QUANTIFIERS)  # « Tous »
    if head.lower_ in NOT_NAMES or counted or inverted_verb(head):
        return False
    return head.pos_ not in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ")


def participle_end(doc: Doc, lo: int, hi: int) -> int:
    """Where the role of a description in tokens [lo, hi) ends when the description stops at a
    participle completing one of its nouns: with the participle's complements ("le préfet du
    département situé | dans l'océan Indien", "la ministre chargée | des Sports"), never its
    adjuncts ("… au lendemain de la tempête") nor past a punctuation mark."""
    last = doc[hi - 1] if lo < hi <= len(doc) else None
    if last is None or last.pos_ != "VERB":
        return hi
    if not completes_noun(last, lo):  # « des Nations unies »: the noun's complement only
        adjective = last.dep_ == "amod" and lo <= last.head.i < last.i
        return _noun_complement_end(doc, last, hi) if adjective else hi
    end = hi
    for child in last.rights:
        right = child.right_edge.i + 1
        if (child.dep_ not in PARTICIPLE_COMPLEMENTS or child.left_edge.i != end
                or _cut(doc, end, right) < right):
            break
        end = right
    return _noun_complement_end(doc, last, end) if end == hi else end


def _noun_complement_end(doc: Doc, participle: Token, end: int) -> int:
    """Where the role goes on past a participle that completes its noun: when the participle
    is one of the office (lexicon/office_participles.txt) and « au/aux/à la/à l' » and a field's
    common noun follow it (« le ministre délégué | au logement »), or when it is one in a
    body's name and « pour » and a common noun follow (« du programme des Nations unies | pour
    l'Environnement »): up to a punctuation mark or a line break. Never an outlet (« a confié
    la ministre déléguée au Figaro »), nor a moment (« à son arrivée », « à la sortie du
    Conseil », « au micro de »); a phrase the parse hangs on the reporting verb only when
    « , Name » follows it. Other participles keep it out (« le ministre interrogé | sur France
    Inter »: the event's)."""
    case = doc[end] if end < len(doc) else None
    if case is None or case.dep_ != "case" or case.head.i <= end:
        return end
    field = case.head
    stop = _cut(doc, end, field.right_edge.i + 1)
    if field.pos_ != "NOUN" or _names_no_field(doc, field, stop):
        return end
    if participle.lower_ in words("office_participles"):
        after_article = field.i == end + 1 if case.lower_ in ("au", "aux") else (
            case.lower_ == "à" and field.i == end + 2 and doc[end + 1].lower_ in DEFINITE)
        on_verb = field.head.i not in (participle.i, participle.head.i)
        return stop if after_article and (not on_verb or _name_follows(doc, stop)) else end
    named = doc[participle.i - 1].pos_ == "PROPN" and field.dep_ == "nmod" and (
        field.head.i < participle.i)
    return stop if named and case.lower_ == "pour" else end


def _names_no_field(doc: Doc, noun: Token, stop: int) -> bool:
    """Does the phrase headed by ``noun`` up to ``stop`` name an outlet (lexicon/outlet_names,
    press_nouns, media_words: « au quotidien », « au micro de ») or a moment (time_words,
    period_nouns, TOPIC_NOUNS: « au lendemain », « à la sortie du Conseil ») rather than a
    field an office is given?"""
    return (listed_outlet(doc[noun.i : stop].text) or is_press_noun(noun.text)
            or noun.lower_ in words("media_words") or noun.lower_ in TOPIC_NOUNS
            or is_time_word(noun.text) or fold(noun.text) in folded("period_nouns"))


def _name_follows(doc: Doc, at: int) -> bool:
    """« , Paul Morel »: a comma at ``at`` and a proper noun after it."""
    return at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].pos_ == "PROPN"


def _cut(doc: Doc, lo: int, hi: int) -> int:
    """The first punctuation mark or line break in tokens [lo, hi), or ``hi``."""
    return next((k for k in range(lo, hi) if doc[k].is_punct or "\n" in doc[k].text), hi)


def coordinated(doc: Doc, names: list[Span], registry: Registry) -> str | None:
    """ "Paul Morel et Anne Roy": two or more names joined by commas and « et », as one plural
    speaker under their fullest names."""
    if len(names) < 2 or not any(t.lower_ == "et" for t in doc[names[-2].end : names[-1].start]):
        return None  # "la mère de Paul Roux, Anne Roux": an apposition, no list
    for a, b in pairwise(names):
        if not _joins(doc[a.end : b.start]):
            return None
    full = []
    for n in names:
        person = registry.person(n.text, at=n.start_char)
        full.append(person.name if person else " ".join(strip_title(n.text.split())))
    return joined(full)


def _joins(gap: Span) -> bool:
    """Do these words join two names into one plural speaker: a comma, « et », or « et » and
    the second one's description before the name (« et sa fille », « et son avocat », « et le
    secrétaire général adjoint chargé de la presse »: a role noun and its complement)?
    « , accompagné de », « avec » keep the second name out of the subject."""
    words_ = [t for t in gap if t.text != ","]
    if not words_ or words_[0].lower_ != "et":
        return not words_ and bool(len(gap))
    said = words_[1:]
    if not said:
        return True
    rest = said[1:]
    if said[0].lower_ not in ARTICLES_POSSESSIVES | DEFINITE or not rest:
        return False
    if len(rest) <= 3 and all(t.is_lower and t.is_alpha and t.pos_ not in ("VERB", "AUX", "ADP")
                              for t in rest):
        return True
    # the name its apposition, never a preposition's complement (« et son adjoint, venu avec »,
    # « accompagné de »): « de » only, inside the role, the name right after a noun
    ends = rest[-1].pos_ in ("NOUN", "PROPN", "ADJ")
    return len(rest) <= 8 and ends and is_role_noun(rest[0].text) and all(
        "\n" not in t.text and t.pos_ not in ("AUX", "PUNCT")
        and (t.pos_ != "ADP" or fold(t.text).rstrip("'’") in ("de", "du", "des", "d"))
        and (t.pos_ != "VERB" or "Part" in t.morph.get("VerbForm", [])) for t in rest)


# "les élèves et les professeurs": a second noun phrase with its own determiner
_OPENERS = sorted(ARTICLES_POSSESSIVES | DEFINITE | INDEFINITE, key=lambda w: (-len(w), w))
_COORDINATED = re.compile(r"\set\s+(?:" + "|".join(map(re.escape, _OPENERS)) + r")\b")


def two_phrases(text: str) -> bool:
    """Are these words two noun phrases joined by « et », each with its determiner?"""
    return bool(_COORDINATED.search(text))


def without_determiner(text: str) -> str:
    """ "l'armée de l'air" -> "armée de l'air", "la Pologne" -> "Pologne"; two noun phrases
    joined by « et » keep both their determiners ("les élèves et les professeurs")."""
    if two_phrases(text):
        return text
    bare = without_article(text)
    if bare != text:
        return bare
    parts = text.split(maxsplit=1)
    if len(parts) == 2 and fold(parts[0]) in ARTICLES_POSSESSIVES:
        return parts[1]
    return text
