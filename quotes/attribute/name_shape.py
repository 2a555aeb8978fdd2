"""Is what the recogniser tags as a person's name shaped like one, and where does it end.

A name has a capitalised word, and its lower-case words are particles ("de Rugy", "van der
Poel"): « posté » after « a-t-il », « de la république » left of a title, « Wij gaan »
opening a Dutch post are no one's names. Page furniture the recogniser runs into a name is
cut off: a dash or a quote mark at either end (« - Paul »), a platform's name before it (« sur
Twitter Paolo Roux », « sur X. Joe Biden a annoncé »: ``name_prefixes``), a flag or a symbol
after it (« Jan Vos 🇫🇷 »), a word of time after it (« Paul Morel Hier »), a reporting verb a line in
Title Case ran into it (« Prévient Paul Roux », « Paul Roux Dit Tout »: ``uncued``); a symbol
inside it, a handle or a tag (« Paul DURAND|Publié », « @meteoloire », « #Lucie ») makes it no
name at all. A single word opening a sentence is no name when its ending is a participle's, an
adjective's or a noun's (« Interpellé », « Rénovation »; lexicon/word_endings.txt) or a word
that greets (« Bravo à l'Australie »; lexicon/greetings.txt) and no one of the cast bears it,
or when it opens a line in another language (few French function words,
lexicon/stop_words.txt). The first words of a heading line (« Riposte » over a
paragraph) are no name unless the article writes them elsewhere, a first name opens them or
the line is a speaker's label (``heading_name``). Such a
span keeps its words but loses the label ``PER``: unresolved beats wrong.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quotes.attribute.name_prefixes import past_acronym, past_platform
from quotes.attribute.names import first_name_gender
from quotes.detect.context import SENT_END
from quotes.detect.unquoted import heading_text
from quotes.lexicon import (
    cached,
    capitalised,
    fold,
    folded,
    grammar,
    is_time_word,
    lemmas,
    plural_shaped,
    reporting_verbs,
    words,
)
from quotes.lexicon.grammar import NAME_PARTICLES, POSSESSIVES, SUBJECT_PRONOUNS
from quotes.nlp.doc import glued_hyphen, text_of, written_spans

_EDGES = "-–—'’\"«»“”,;:"  # punctuation at a name's edge, never part of it
_LINKS = NAME_PARTICLES | {"et", "y"}  # "Patrick et Isabelle Balkany", "Ortega y Gasset"
_HANDLES = ("#", "@")
# before a thing's name, never a person's (« au », whatever follows it: ``articled``)
_ARTICLES = (grammar.CONTRACTED_SINGULAR - {"au"}) | {"le", "la"}
FRENCH_SHARE = 1 / 4  # a line with fewer French function words is in another language


def shaped(ent: Span) -> Span:
    """``ent`` cut to the name it holds, labelled ``MISC`` when it holds none."""
    ent = past_platform(ent)
    if ent.label_ != "PER":
        return past_acronym(ent)
    doc, lo, hi = ent.doc, ent.start, ent.end
    while lo < hi and _edge(doc[lo]):
        lo += 1
    cut = next((t.i for t in doc[lo:hi] if _bare(t)), hi)
    if lo < cut < hi and all(_bare(t) or _edge(t) for t in doc[cut:hi]):
        hi = cut  # "Jan Vos 🇫🇷": a flag after the name
    while hi > lo and _edge(doc[hi - 1]):
        hi -= 1  # "Christophe -"
    hi = untimed(doc[lo:hi]).end if lo < hi else hi  # "Paul Morel Hier"
    if lo < hi:
        lo, hi = uncued(doc[lo:hi])  # « Prévient Paul Roux », « Paul Roux Dit Tout »
    if lo >= hi:
        return Span(doc, ent.start, ent.end, label="MISC")
    span = Span(doc, lo, hi, label="PER")
    attribute = len(span) == 1 and opening(span[0]) and _fronted_attribute(span[0]) and not (
        _written_elsewhere(span))  # « Émue, elle assure … »: the pronoun is the subject
    return span if name_shaped(span) and not attribute else Span(doc, lo, hi, label="MISC")


def untimed(span: Span) -> Span:
    """A name without the words of time the recogniser ran into it (« Le Courrier jeudi »,
    « Paul Morel Hier », « Ouest-France ce matin »; lexicon/time_words.txt), unless it is part
    of the title (``_titled``); one such word alone stays."""
    doc, hi = span.doc, span.end
    while hi - span.start > 1 and is_time_word(doc[hi - 1].text) and not _titled(span, hi - 1):
        hi -= 1
    while hi < span.end and hi - span.start > 1 and doc[hi - 1].is_lower and doc[
            hi - 1].pos_ in ("DET", "ADP"):
        hi -= 1  # « ce matin », « depuis lundi »
    return doc[span.start : hi]


def uncued(span: Span) -> tuple[int, int]:
    """Where a name starts and ends without the reporting verb a line in Title Case ran into it
    (« « Le Budget Sera Tenu », Prévient Paul Roux », « Exclusif : Paul Roux Dit Tout »;
    lexicon/reporting_verbs.tsv): a verb's form before a first name (lexicon/first_names.tsv),
    its capital the line's or the sentence's, or one after two words of a name, with the words
    after it. A name keeps its words where cutting would leave one word (« Confie Paul Avance »
    keeps « Paul Avance ») or no first name first (« Lance Le Goff »), where a line in ordinary
    case shows its capitals are a name's (« Anne Marie Lance, maire de Vernac, a déclaré »), or
    where the article writes the whole name on such a line elsewhere."""
    doc, lo, hi = span.doc, span.start, span.end
    cues = [t.i for t in span if capitalised(t.text) and t.lower_ in reporting_verbs()]
    if not cues:
        return lo, hi
    titled = title_cased(_line(span[0]))
    while lo in cues and (titled or opening(doc[lo])) and _full(doc[lo + 1 : hi]):
        lo += 1  # « Lance Marie Dupont »
    cut = next((i for i in cues if i > lo), hi)
    if titled and cut - lo > 1:
        hi = cut  # « Paul Roux Dit Tout »
    return (span.start, span.end) if (lo, hi) != (span.start, span.end) and _written_elsewhere(
        span) else (lo, hi)


def title_cased(line: Span) -> bool:
    """Is this line written in Title Case: three words or more that are no French function
    word (lexicon/stop_words.txt), every one capitalised (« Exclusif : Paul Roux Dit Tout »)?
    There a capital says nothing of a name."""
    content = [t.text for t in line if t.is_alpha and fold(t.text) not in folded("stop_words")]
    return len(content) >= 3 and all(capitalised(w) for w in content)


def _full(words: Span) -> bool:
    """Are these words a first name (lexicon/first_names.tsv) and more?"""
    return len(words) > 1 and first_name_gender(words[0].text) is not None


def _written_elsewhere(span: Span) -> bool:
    """Does the article write these words elsewhere, on a line not in Title Case?"""
    return any(other.start != span.start and not title_cased(_line(other[0]))
               for other in written_spans(span.doc, span.text))


def _titled(span: Span, i: int) -> bool:
    """Is the word of time at ``i`` part of the name: glued to it by a hyphen (« Rhône-Matin »),
    or capitalised inside a title the recogniser tagged as a body or a work (« Loire Matin »,
    « Le Journal du Dimanche »), where French writes a word of time in small letters? A
    person's name holds none (« Paul Morel Hier »: a sentence whose stop was lost)."""
    doc = span.doc
    return glued_hyphen(doc, i - 1) or (
        span.label_ in ("ORG", "MISC", "LOC") and doc[i].is_title and not doc[i].is_sent_start)


def articled(ent: Span) -> bool:
    """ "au Panthéon", « son Nobel », « le Doliprane »: a name after an article in lower case
    (« du », « au »: de or à + le) or a possessive is a place's, a product's or a thing's (a
    prize named after someone); a person's name takes none. A capitalised « Le » opens one
    (« Le Drian »), and a title written with its capital may follow the article (« du
    Commissaire Berthier »): « le », « la », « du » only before one word, no first name."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.lower_ in POSSESSIVES or before.lower_ == "au":
        return before is not None
    return before.lower_ in _ARTICLES and before.is_lower and len(ent) == 1 and (
        first_name_gender(ent.text) is None)


def name_shaped(span: Span) -> bool:
    """Do these words have the shape of a person's name (see the module)?"""
    words = [t.text for t in span]
    if not any(capitalised(w) for w in words) or any(
        w[:1].islower() and not _link(w) for w in words
    ):
        return False  # « posté », « de la république », « Wij gaan »
    if any(_symbol(w) or w.startswith(_HANDLES) for w in words):
        return False  # « Paul DURAND|Publié », « @meteoloire »
    return not (len(span) == 1 and is_time_word(span[0].text))  # « Lundi »


def common_opener(tok: Token) -> bool:
    """Is this one capitalised word opening a sentence or a line a common word, no name: a
    participle's, an adjective's or a noun's ending, or a line in another language?"""
    if not opening(tok):
        return False
    if tok.text.lower().endswith(_word_endings()) and first_name_gender(tok.text) is None:
        return True  # « René » is a first name
    if _fronted_participle(tok):
        return True
    line = _line(tok)
    return tok.i == next((t.i for t in line if t.is_alpha), -1) and foreign(line)


def _fronted_participle(tok: Token) -> bool:
    """Is this opening word the head of a clause fronted before the sentence's subject, its
    complement right after it (« Assis dans le box, Paul Roux … »)? The parse gives it a
    clause's relation, which no name bears."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (tok.dep_ in ("advcl", "acl") and after is not None and after.pos_ == "ADP"
            and first_name_gender(tok.text) is None)


def _fronted_attribute(tok: Token) -> bool:
    """Is this opening word an adjective or a participle set off by a comma before the subject
    pronoun it agrees with (« Émue, elle assure … », « Soulagés, ils ont … »)? A name there
    would be a dislocated subject, which a first name opens (« Marie, elle … »): the pronoun
    is the subject. A feminine or a plural pronoun takes the ending that agrees with it."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or first_name_gender(tok.text):
        return False
    pron = doc[tok.i + 2].lower_
    if pron not in SUBJECT_PRONOUNS or not doc[tok.i + 2].dep_.startswith("nsubj"):
        return False
    word = tok.text.lower()
    feminine, plural = pron.startswith("elle"), pron.endswith("s")
    return (not feminine or word.endswith(("e", "es"))) and (
        not plural or plural_shaped(word)) and _attribute_word(tok, feminine, plural)


def _attribute_word(tok: Token, feminine: bool, plural: bool) -> bool:
    """Is this word an adjective or a participle, not a surname that merely ends alike
    (« Fabre, elle … »)? The tagger reads it so, with no gender or number against the pronoun's,
    or the word, or its form without the ending that agrees (« émue »: « ému »), is a word
    form or a lemma of lexicon/lemmas.tsv, or it ends as a participle (lexicon/word_endings.txt)."""
    if tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", [])):
        gender, number = tok.morph.get("Gender", []), tok.morph.get("Number", [])
        if not (feminine and "Masc" in gender) and not (plural and "Sing" in number):
            return True
    if tok.text.lower().endswith(_word_endings()):
        return True
    word = fold(tok.text)
    known = _lemma_words()
    cut = (word[:-2] if word.endswith("es") else None, word[:-1] if word.endswith(("e", "s", "x"))
           else None)
    return word in known or any(c in known for c in cut if c)


@cached
def _lemma_words() -> frozenset[str]:
    """Every folded form and lemma lexicon/lemmas.tsv lists."""
    table = lemmas()
    return frozenset(table) | frozenset(table.values())


def heading_name(ent: Span, max_words: int) -> bool:
    """Is this name the first words of a heading: a line of ``max_words`` words or fewer (split on
    spaces), every one counted (a dash standing alone too), that ends on no stop (« . », « ! »,
    « ? », « … », « : ») and that more text follows (« Riposte » over a paragraph), whose
    capitalised words the article writes nowhere else? A heading announces a topic; a name the
    article uses elsewhere (a title naming a person the text names again) stays one, as does one
    whose first word is a first name (lexicon/first_names.tsv: « Anne Lory en visite à Dax » over
    « La ministre a promis … ») or a speaker's label, a line ending with a colon (« Paul Girard
    (LR) : » over the words of a debate). Unlike a quote's heading (``unquoted.heading``), a first
    line ending on « ! » or « ? » is no title here: it is a sentence, its subject a person's name
    (« Orlak menace l'Europe ! »)."""
    line = _line(ent[0])
    if ent.start != next((t.i for t in line if t.is_alpha), -1) or first_name_gender(
            ent[0].text) is not None:
        return False
    text = text_of(ent.doc)
    lo, hi = line.start_char, line.end_char
    if not heading_text(text, lo, hi, max_words, title=False, stops=SENT_END + ":") or not text[
            hi:].strip():
        return False
    rest = f"{text[: line.start_char]}\n{text[line.end_char :]}"
    return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", rest)
                   for w in ent.text.split() if capitalised(w))


def greeting_opener(tok: Token) -> bool:
    """Is this one capitalised word opening a sentence or a line a word that greets or thanks
    (lexicon/greetings.txt: « Bravo à l'Australie. », « Merci à tous », « Bravo ! »), no one's
    name? Only when what follows has a greeting's shape: « à », « aux », « pour », « ! » or the
    end of the line; a verb or « , lui, » after it makes it a subject (« Bravo a salué … »)."""
    if not (opening(tok) and fold(tok.text) in folded("greetings")):
        return False
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return after is None or "\n" in tok.whitespace_ or after.text.startswith("\n") or (
        after.lower_ in ("à", "aux", "pour", "!"))


def opening(tok: Token) -> bool:
    """Does this word open a sentence or a line?"""
    doc = tok.doc
    return tok.i == 0 or tok.is_sent_start or "\n" in doc[tok.i - 1].text or doc[
        tok.i - 1].is_space


def verb_read(tok: Token) -> bool:
    """Is this one word that the tagger reads as a verb and the recogniser as a name a verb
    after all: it opens a sentence or a line (« Regardant les fidèles, … »), or has the ending
    of a participle (lexicon/word_endings.txt, verb_endings.txt: « -ant »)? A capitalised word
    inside a sentence with neither (« …, Imène, 12 ans, raconte ») is a name the tagger misread."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    low = tok.text.lower()
    return opening(tok) or low.endswith(_verb_endings()) or not capitalised(tok.text)


def _line(tok: Token) -> Span:
    """The line a token is on (the parse's sentences may run over a blank line)."""
    doc, lo, hi = tok.doc, tok.i, tok.i + 1
    while lo > 0 and "\n" not in doc[lo - 1].text:
        lo -= 1
    while hi < len(doc) and "\n" not in doc[hi].text:
        hi += 1
    return doc[lo:hi]


def foreign(line: Span) -> bool:
    """Are these words in another language than French: six words or more, fewer than one
    in four a French function word (« Wij gaan morgen samen naar de stad »)?"""
    words = [t for t in line if t.is_alpha]
    if len(words) < 6:
        return False
    french = sum(1 for t in words if fold(t.text) in folded("stop_words"))
    return french < len(words) * FRENCH_SHARE


@cached
def _word_endings() -> tuple[str, ...]:
    """lexicon/word_endings.txt as written: « é » is not « e »."""
    return tuple(sorted(words("word_endings")))


@cached
def _verb_endings() -> tuple[str, ...]:
    """The endings of a word read as a verb: lexicon/word_endings.txt and verb_endings.txt."""
    return (*_word_endings(), *sorted(words("verb_endings")))


def _link(word: str) -> bool:
    """A lower-case word inside a name: a particle (« de », « van », « al-Jaber »)."""
    return fold(word).split("-")[0] in _LINKS or not word.islower()  # « al-Jaber » too


def _edge(tok: Token) -> bool:
    return all(c in _EDGES for c in tok.text) or tok.is_space


def _bare(tok: Token) -> bool:
    """A token of symbols alone: a flag, a bar, a bullet."""
    return not any(c.isalnum() for c in tok.text)


def _symbol(word: str) -> bool:
    """A word with a character no name has: a flag, a bar, a bullet, a bracket."""
    return any(not (c.isalnum() or c in "-'’.") for c in word)
