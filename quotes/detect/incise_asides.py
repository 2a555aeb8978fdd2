"""What the narrator sets off about an incise's speaker inside the marks, which is in neither
part of the quote: « A, a assuré Paul Morel, qui dirige le syndicat. B ».

Losing the speaker's words is worse than keeping a few of the narrator's, so only what the
speaker cannot have said is cut:
- it ends at a stop and quoted words follow that stop inside the same marks;
- it is a relative clause on the speaker (« qui », « dont », « lui qui ») whose verb is in the
  third person and of the speaker's number, its commas paired around words with no verb;
- or an apposition a role noun or a title heads, of the speaker's gender and number;
- or an adverb and a participle or adjective of the speaker's gender (« visiblement émue »);
- never with a word of the first or second person in it, nor when the words before the incise
  want more (« Nous voulons, a dit X, une école neuve. »: the quote goes on after it);
- nor a relative clause, or an apposition « un », « une » or « des » opens, when the words
  before the incise end on a noun phrase it may be about (« Nous cherchons un médecin, a dit X,
  qui accepte de venir. »: the speaker's relative clause on « un médecin »).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.detect.forms import conjugated, past_participle
from quotes.lexicon import fold, folded_table, plural_shaped
from quotes.lexicon.grammar import (
    BEFORE_VERB,
    COORDINATORS,
    DESCRIBING_RELATIVES,
    FEMALE_TITLES,
    INDEFINITE_PLAIN,
    LIST_JOINS,
    MALE_TITLES,
    PRONOUNS,
    SENTENCE_ENDS,
    STRESSED,
    TITLE_WORDS,
)
from quotes.lexicon.grammatical_person import FIRST_SECOND_PERSON
from quotes.lexicon.roles import article_gender, is_role_noun, noun_gender

_STOPS = SENTENCE_ENDS | {"…", ":"}
# a first part that ends on one of these wants the words after the incise: « C'est, a dit X, … »
_OPEN_ENDS = frozenset({"DET", "ADP", "CCONJ", "SCONJ"})


def speaker_aside(doc: Doc, start: int, stop: int, limit: int, speaker: range,
                  cue: int) -> int | None:
    """The stop that ends the narrator's words about the incise's ``speaker`` from token
    ``start`` (right after the comma that follows the speaker) within ``limit`` tokens, or None
    when those words may be the quote's; ``stop`` ends the marked words, ``cue`` is the first
    token of the incise's cue."""
    end = next((k for k in range(start, min(stop, start + limit)) if doc[k].text in _STOPS), None)
    if end is None or end == start or not any(not t.is_punct for t in doc[end + 1 : stop]):
        return None  # « …, a assuré X, qui dirige le syndicat. »: nothing quoted after it
    words = doc[start:end]
    if any(t.lower_ in FIRST_SECOND_PERSON for t in words) or _wants_more(doc, cue):
        return None
    said = [doc[i] for i in speaker]
    if _relative(words, said):
        return None if _noun_before(doc, cue) else end
    if _apposition(words, said):
        return None if words[0].lower_ in INDEFINITE_PLAIN and _noun_before(doc, cue) else end
    return end if _described(words, said) else None


def _wants_more(doc: Doc, cue: int) -> bool:
    """Do the words before the incise stop short, on a verb or a word that opens a phrase
    (« Je défends, a dit X, mon bilan. », « Le projet a été, a précisé X, abandonné »)? A
    word right after a subject or a reflexive pronoun is a verb, whatever the parse says
    (« Je me sens »)."""
    last = _before_comma(doc, cue)
    return last is not None and (conjugated(last) or past_participle(last) or (
        last.pos_ in _OPEN_ENDS) or (last.i > 0 and doc[last.i - 1].lower_ in BEFORE_VERB))


def _noun_before(doc: Doc, cue: int) -> bool:
    """Do the words before the incise end on a noun phrase a relative clause or an apposition
    after the speaker may be about: a noun or a name last, or an adjective of one (« Nous
    cherchons un médecin généraliste, a dit X, qui … »)? Not a noun of time or extent the
    verb has as an adjunct (« Nous irons jusqu'au bout », « Nous partirons ce soir »)."""
    last = _before_comma(doc, cue)
    if last is None:
        return False
    if last.pos_ == "ADJ" and last.head.pos_ in ("NOUN", "PROPN") and last.head.i < last.i:
        last = last.head  # « un médecin généraliste », « Anne Petit »
    return last.pos_ in ("NOUN", "PROPN") and last.dep_ != "obl:mod"


def _before_comma(doc: Doc, cue: int) -> Token | None:
    """The last word before the incise, the one before the comma that precedes its cue (token
    ``cue``), or None when no comma stands there."""
    return doc[cue - 2] if cue >= 2 and doc[cue - 1].text == "," else None


def _relative(words: Span, speaker: list[Token]) -> bool:
    """« qui dirige le syndicat », « lui qui … », « dont le syndicat a signé … »: its first verb
    in the third person and of the speaker's number; a comma in it only paired around words
    with no verb of their own (« qui dirige, depuis 2019, le syndicat »), else the quote may go
    on after it (« qui préside l'association, car le combat continue »)."""
    k = 1 if words[0].lower_ in STRESSED and len(words) > 1 else 0
    if words[k].lower_ not in DESCRIBING_RELATIVES:
        return False
    verb = next((t for t in words[k + 1 :] if conjugated(t)), None)
    if verb is None or verb.morph.get("Person", []) != ["3"]:
        return False
    number = _number(speaker)
    if number is not None and verb.morph.get("Number", []) != [number]:
        return False
    commas = [t.i for t in words if t.text == ","]
    if len(commas) % 2:
        return False
    doc = words.doc
    for c in commas:
        after = doc[c + 1 : next((j for j in commas if j > c), words.end)]
        if not len(after) or after[0].lower_ in COORDINATORS or any(conjugated(t) for t in after):
            return False
    return True


def _apposition(words: Span, speaker: list[Token]) -> bool:
    """« le président du syndicat », « ministre de la Santé », « la porte-parole du
    collectif »: a role noun or a title after determiners and adjectives only, no comma nor
    verb in it, of the speaker's gender and number when both show them."""
    if any(t.text == "," or conjugated(t) for t in words):
        return False
    head = next((t for t in words if t.pos_ not in ("DET", "ADJ")), None)
    if head is None or not (is_role_noun(head.text) or head.lower_ in TITLE_WORDS):
        return False
    shown = article_gender(words[0].lower_) or noun_gender(head.text)
    gender, number = _gender(speaker), _number(speaker)
    if shown is not None and gender is not None and shown != gender:
        return False
    return number is None or head.morph.get("Number", [number]) == [number]


def _described(words: Span, speaker: list[Token]) -> bool:
    """« visiblement émue », « très ému »: an adverb and a past participle or an adjective
    whose form shows the speaker's gender, one speaker."""
    if len(words) != 2 or words[0].pos_ != "ADV":
        return False
    word = words[1]
    if not (past_participle(word) or word.pos_ == "ADJ") or plural_shaped(word.lower_):
        return False
    shown = "f" if word.lower_.endswith("e") else "m"
    return _gender(speaker) == shown and _number(speaker) in (None, "Sing")


def _number(speaker: list[Token]) -> str | None:
    """ "Sing" or "Plur" for an incise's speaker, or None: a pronoun's, two joined by « et »
    (« Paul Roux et Anne Petit »), else the first word that shows one."""
    pronoun = _pronoun(speaker)
    if pronoun is not None:
        return "Sing" if pronoun[1] == "s" else "Plur"
    if any(t.lower_ in LIST_JOINS for t in speaker):
        return "Plur"
    return next((n[0] for t in speaker if t.pos_ in ("DET", "NOUN", "PROPN", "PRON")
                 for n in [t.morph.get("Number", [])] if n), None)


def _gender(speaker: list[Token]) -> str | None:
    """ "f" or "m" for an incise's speaker when it shows one: a pronoun (« -elle »), a title
    (« Mme »), an article (« la maire ») or a first name (lexicon/first_names.tsv)."""
    pronoun = _pronoun(speaker)
    if pronoun is not None:
        return pronoun[0]
    first = speaker[0]
    before = first.doc[first.i - 1].text if first.i else ""
    if first.text in FEMALE_TITLES or before in FEMALE_TITLES:
        return "f"
    if first.text in MALE_TITLES or before in MALE_TITLES:
        return "m"
    if (shown := article_gender(first.lower_)) is not None:
        return shown
    return folded_table("first_names").get(fold(first.text)) if first.pos_ == "PROPN" else None


def _pronoun(speaker: list[Token]) -> tuple[str | None, str] | None:
    """The gender and number lexicon.grammar.PRONOUNS gives a speaker that is a pronoun, inverted
    or not (« -elle », « ils »), else None."""
    return PRONOUNS.get(speaker[0].lower_.lstrip("-"))
