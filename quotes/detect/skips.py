"""What a rule steps over between a verb and its subject or its words: the phrases of
lexicon/skip_words.txt (« a néanmoins plaidé »), adverbs in « -ment » (« a rapidement
annoncé »), and an adjunct or a date before an inverted subject (« a déclaré dans la soirée le
préfet », « a indiqué ce lundi 4 mars le procureur »).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.context import CLOSING
from quotes.detect.forms import conjugated, present_participle
from quotes.lexicon import cached, phrases, titles, words
from quotes.lexicon.grammar import (
    COMPARING,
    COORDINATORS,
    DEMONSTRATIVE_HEADS,
    DEMONSTRATIVE_RELATIVES,
    MONTHS,
    QUE,
    TOUT,
)
from quotes.lexicon.grammar import DE_CONTRACTED as DE_ALL


@cached
def _skip_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Skippable phrases by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in phrases("skip_words"):
        index.setdefault(entry[0], []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


def skip(doc: Doc, i: int, stop: int) -> int:
    """Index of the first token at or after ``i`` that is not a skippable phrase."""
    index = _skip_index()
    while i < stop:
        for entry in index.get(doc[i].lower_, ()):
            n = len(entry)
            if i + n <= stop and all(doc[i + k].lower_ == entry[k] for k in range(1, n)):
                i += n
                break
        else:
            if doc[i].pos_ == "ADV" and doc[i].lower_.endswith("ment"):
                i += 1  # "a rapidement annoncé", "a annoncé publiquement"
                continue
            return i
    return i


def skip_date(doc: Doc, i: int, stop: int) -> int:
    """Where an inverted subject starts after the date of the day a postposed cue gives
    (« a indiqué ce lundi 4 mars le procureur », « … 4 mars 2024 le procureur »): past the
    day's number, its month and a year (not a number before a noun, a count); ``i`` when no
    date is there."""
    if i + 1 < stop and doc[i].like_num and doc[i + 1].lower_ in MONTHS:
        i += 2
        if i < stop and doc[i].like_num and len(doc[i].text) == 4 and not (
                i + 1 < stop and doc[i + 1].pos_ in ("NOUN", "ADJ")):
            i += 1  # not a count: « ce lundi 18 août 1500 pompiers »
    return i


def skip_adjunct(doc: Doc, i: int, stop: int) -> int:
    """Where an inverted subject starts when an adjunct opened by a preposition comes first
    (``i`` is that preposition): « », a précisé vers 9H15 un chef des pompiers »,
    « a déclaré dans la soirée le préfet », « a soufflé à franceinfo Anne Roy », « a réagi
    auprès de l'AFP le délégué » (« auprès », « lors » tagged as adverbs). The subject
    starts at the first determiner, title or name after the adjunct's first noun that no
    preposition ties to it: not a determiner nor a whole name a preposition opens (« a
    expliqué dans un message à la presse le préfet », « avec Jean Castel le ministre », the
    one spoken to in « a déploré auprès de Paul Roux le vieil homme »),
    within ``_ADJUNCT_TOKENS``; when there is none and the window cut the adjunct short, the
    first one only a preposition other than « de » ties (« lors d'une réunion avec les élus du
    département le préfet »); a determiner after an aside set off on both sides (« devant les
    sénateurs, jeudi, le préfet »), never right after one comma (« en faveur de son collègue,
    un « homme intègre » »: an apposition to the adjunct's noun); ``i`` otherwise. The same
    holds for the object a verb's words start with (« a exprimé sur son blog sa « colère » »,
    ``stop`` at its marks). The cue's own infinitive or finite clause ends the
    adjunct (« X a déclaré aux médias avoir arrêté le chauffeur »: the object of X's words,
    ``_cue_clause``), never a verb of the adjunct's noun (« aux habitants qui l'attendaient le
    maire »)."""
    if i >= stop or not _preposition(doc[i]):
        return i
    k = i + 1
    while k < stop and doc[k].pos_ not in ("NOUN", "PROPN", "NUM") and not doc[k].is_title and not (
            k == i + 1 and doc[k].pos_ == "ADJ" and k + 1 < stop and doc[k + 1].pos_ == "DET"):
        k += 1  # « en français la présidente »: the adjective is the adjunct's noun
    if k >= stop:  # the adjunct runs to the end: no subject after it
        return i
    # a name a preposition opened goes on: « avec Jean Castel le ministre », and so does the
    # adjunct's own name, the one spoken to, within its entity (« a déploré auprès de Paul
    # Roux le vieil homme »; not « a soufflé à franceinfo Anne Roy »: two names)
    opener = _unmarked(doc, k - 1, i)  # « sur 'Radio Vernac' »: the preposition past the mark
    held = opener.pos_ == "ADP" and (doc[k].pos_ == "PROPN" or (
        doc[k].ent_iob_ == "B" and doc[k].is_title))  # « à Radio Vernac »: a noun opens it
    # the first one a preposition other than « de » ties: where the window runs out first
    loose = k if held and opener.lower_ not in DE_ALL else None
    # the marks around a medium's name are no stop, and the window grows by them
    window = i + _ADJUNCT_TOKENS + sum(t.text in _NAME_MARKS for t in doc[i : i + _ADJUNCT_TOKENS])
    for j in range(k + 1, min(stop, window)):
        t, prev = doc[j], _unmarked(doc, j - 1, k)
        if t.text in _NAME_MARKS:
            # a closing mark, then a capitalised name: the medium's name was in the marks, the
            # subject follows (« a confié à 'Radio Nord' Paul Tissot »: not a name going on)
            if _closing(doc, i, j) and j + 1 < stop and _a_name(doc[j + 1]):
                return skip(doc, j + 1, stop)
            continue
        if t.text == "," and loose is None:  # « devant les sénateurs, jeudi, le maire »
            after = skip_insertion(doc, j, stop)
            if after is not None and after < stop and doc[after].pos_ == "DET":
                return after
        if t.is_punct or _cue_clause(doc, t, i):
            break
        if _demonstrative_relative(doc, j, stop) and _demonstrative_subject(doc, j, stop, prev):
            return j  # « a admis avec lucidité celle qui disputait … »: the subject, as « il »
        going_on = held and (j > k + 1 or t.ent_iob_ == "I")  # a name's next word
        held = t.pos_ == "PROPN" and (prev.pos_ == "ADP" or going_on)
        if not (t.pos_ in ("DET", "PROPN") or t.text in titles()) or prev.lower_ in DE_ALL:
            continue
        if held or (prev.pos_ == "ADP" and t.pos_ == "DET"):  # « à la presse »
            loose = j if loose is None and not going_on else loose
            continue
        return skip(doc, j, stop)
    else:
        if loose is not None and _cut_short(doc, window, stop):
            return skip(doc, loose, stop)
    return i


def _demonstrative_relative(doc: Doc, j: int, stop: int) -> bool:
    """Does a demonstrative that « qui » or « que » follows start at ``j`` (« celle qui … »,
    « celui que … »): someone named by the clause, never the adjunct's?"""
    return (j + 1 < stop and doc[j].lower_ in DEMONSTRATIVE_HEADS
            and doc[j + 1].lower_ in DEMONSTRATIVE_RELATIVES)


def _demonstrative_subject(doc: Doc, j: int, stop: int, prev: Token) -> bool:
    """Is the demonstrative at ``j`` the cue's subject: not one a preposition ties (« a
    répondu à celle qui … »), nor one joined or compared to the adjunct's noun (« pour les
    victimes et celles qui … », « ainsi que ceux qui … », « comme celui qui … », « à tous
    ceux qui … »), nor one a person's name follows in the clause (« … celles qui les
    accompagnent la présidente, Anne Petit »)?"""
    if prev.pos_ == "ADP" or prev.lower_ in COORDINATORS | TOUT:  # « comme » is an ADP
        return False
    if prev.lower_ in QUE and j >= 2 and doc[j - 2].lower_ in COMPARING:  # « ainsi que »
        return False
    # a person's name after it is the subject, the clause set before it, whatever the parser
    # hangs the name on (« … celle qui l'avait nommée la ministre Anne Petit »)
    return not any(t.ent_type_ == "PER" for t in doc[j + 2 : stop])


# marks that may set off a medium's name inside an adjunct: « sur 'Radio Vernac' », « dans
# "Le Courrier" »; an apostrophe is glued to its word, so a lone one is a mark
_NAME_MARKS = frozenset("'‘’\"“”«»")


def _preposition(tok: Token) -> bool:
    """Does ``tok`` open an adjunct: a preposition, or a word of lexicon/adverb_prepositions.txt
    (« lors », « auprès », tagged adverbs: « lors d'une conférence de presse »)?"""
    return tok.pos_ == "ADP" or tok.lower_ in words("adverb_prepositions")


def _unmarked(doc: Doc, j: int, lo: int) -> Token:
    """The token at ``j``, or the one before it when it is a mark around a name (not before
    ``lo``)."""
    return doc[j - 1] if j > lo and doc[j].text in _NAME_MARKS else doc[j]


def _closing(doc: Doc, i: int, j: int) -> bool:
    """Is the mark at ``j`` one that closes, the adjunct from ``i`` holding an even count of
    marks up to it (« à 'Radio Nord' »: the second)?"""
    return sum(t.text in _NAME_MARKS for t in doc[i : j + 1]) % 2 == 0


def _a_name(tok: Token) -> bool:
    """Does a capitalised name start at ``tok`` (« Paul » of « Paul Tissot »), not a determiner
    (« Le maire »)?"""
    return tok.is_title and (tok.pos_ == "PROPN" or tok.ent_iob_ == "B") and tok.pos_ != "DET"


def _cut_short(doc: Doc, j: int, stop: int) -> bool:
    """Does a determiner no preposition ties come after ``j`` (where the window ends) in the
    clause, so that the window cut a long adjunct short (« … avec les élus du département le
    préfet »), not a complement to the clause's end (« du fait de sa proximité avec le
    président de la République. »)?"""
    for k in range(max(j, 1), stop):
        if doc[k].is_punct:
            return False
        if doc[k].pos_ == "DET" and doc[k - 1].pos_ != "ADP" and doc[k - 1].lower_ not in DE_ALL:
            return True
    return False


def _cue_clause(doc: Doc, t: Token, i: int) -> bool:
    """Is ``t`` the cue's words, so that no inverted subject follows: an infinitive or finite
    verb the cue before the adjunct at ``i`` governs (xcomp, ccomp; through its auxiliary,
    « avoir arrêté »), no relative word before it in the adjunct, the cue no incise after
    words it says (« « … », a déclaré aux médias vouloir revenir le maire »: the subject
    follows)."""
    verb = t.head if t.dep_.startswith("aux") else t
    cue = verb.head
    if not ({"Inf", "Fin"} & set(t.morph.get("VerbForm", []))
            and verb.dep_ in ("xcomp", "ccomp") and cue.i < i):
        return False
    if any(doc[k].lower_ in ("qui", "que", "qu'", "où") for k in range(i, t.i)):
        return False
    first = min([cue.i, *(c.i for c in cue.children if c.dep_.startswith("aux"))])
    before = first - 1 if first > 0 and doc[first - 1].text == "," else first
    return not (before > 0 and doc[before - 1].text in CLOSING)


_ADJUNCT_TOKENS = 8  # "lors d'une conférence de presse", then the subject


@cached
def skippable_words() -> frozenset[str]:
    """Every word of a skippable phrase."""
    return frozenset(w for entry in phrases("skip_words") for w in entry)


def inverted_start(doc: Doc, i: int, stop: int) -> int:
    """Where the inverted subject of a cue ending before ``i`` starts: past skippable words,
    the date of the day and an adjunct (« a indiqué ce jeudi 3 mai le procureur »)."""
    return skip_adjunct(doc, skip_date(doc, skip(doc, i, stop), stop), stop)


def skip_insertion(doc: Doc, i: int, stop: int) -> int | None:
    """Where an inverted subject starts after an aside set off by a comma: « », a déclaré,
    devant la presse, le maire », « », précisait mardi 11 janvier, le procureur », « », a indiqué
    lors d'une conférence de presse, la procureure » (``i`` at the first comma, or at the
    aside's preposition or number when only a comma closes it). The aside is short and says
    nothing of its own: no verb, no marks; None when there is none."""
    lead = i < stop and doc[i].text == ","
    if not lead and not (i < stop and (_preposition(doc[i]) or doc[i].pos_ == "NUM"
                                       or doc[i].like_num)):
        return None
    start = i + 1 if lead else i
    for j in range(start, min(stop, start + _ASIDE_TOKENS + 1)):
        t = doc[j]
        if t.text == ",":
            return skip(doc, j + 1, stop) if j > start else None
        if _no_aside(t):
            return None
    return None


_ASIDE_TOKENS = 6  # "lors d'une conférence de presse", "sur son compte Twitter"


def stray_comma(doc: Doc, i: int, stop: int) -> tuple[int, int] | None:
    """Where an inverted subject starts after a comma typed between the cue and it, no aside
    between (« », a affirmé, Annie Ernaux à la télévision »; ``i`` at the comma), and where it
    must end: a capitalised name (an aside a second comma closes is ``skip_insertion``'s); None
    otherwise. A name a finite verb follows before the next comma opens a clause of its own
    (« a affirmé, Marseille a répondu »: None); one a present participle follows opens an
    absolute clause, the subject after the comma that closes it (« a répété, Lyon restant son
    fief, le maire sortant »), or, with no comma, the name stops at the participle (« a
    commenté, France Info citant une source judiciaire »). A relative or a conjunction after
    the name opens the name's own clause (« Paul Roux lorsqu'il a pris la parole »)."""
    j = i + 1
    if not (j < stop and doc[i].text == "," and doc[j].pos_ == "PROPN" and doc[j].is_title):
        return None
    for k in range(j + 1, stop):
        t = doc[k]
        if t.text == "," or t.pos_ == "SCONJ" or "Rel" in t.morph.get("PronType", []):
            break
        if conjugated(t):
            return None
        if t.pos_ in ("VERB", "AUX") and present_participle(t):
            comma = next((c for c in range(k + 1, stop) if doc[c].text == ","), None)
            return (j, k) if comma is None else (skip(doc, comma + 1, stop), stop)
    return j, stop


def aside_before(doc: Doc, i: int) -> int | None:
    """The comma that opens a short aside closed by the comma at ``i`` (« a, pour sa part,
    réagi »), or None."""
    for k in range(i - 1, max(-1, i - _ASIDE_TOKENS - 2), -1):
        t = doc[k]
        if t.text == ",":
            return k if k < i - 1 else None
        if _no_aside(t):
            return None
    return None


def _no_aside(t: Token) -> bool:
    """Does ``t`` end what could be an aside: a stop or a mark, or a verb of its own?"""
    return (t.is_punct and t.text not in ("-", "'", "’")) or t.pos_ in ("VERB", "AUX")
