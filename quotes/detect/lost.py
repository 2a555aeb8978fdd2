"""What a preposed cue without a subject says of who speaks: nobody (« il a été rapporté
que »), the speaker before (« Avant d'ajouter : », « ajoutant que »), or someone the parse lost
(« X a dénoncé … »), whom the quote must not take from the sentence before."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.detect.context import CLOSING, Context
from quotes.detect.cues import impersonal, shares_auxiliary
from quotes.detect.elliptic import elliptic_before
from quotes.detect.forms import participle, past_participle, present_participle
from quotes.detect.governing import SUBJECT_DEPS
from quotes.detect.speaker_phrases import is_latter
from quotes.detect.subjects import subject_before, subtree_before
from quotes.lexicon import (
    cached,
    capitalised,
    fold,
    is_org_noun,
    is_time_word,
    plural_shaped,
    words,
)
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    NEGATION_START,
    PREVERBAL_CLITICS,
    QUE,
    RELATIVE_SELON,
    SET_OFF_RELATIVES,
    SUBJECT_PRONOUNS,
)
from quotes.lexicon.outlets import is_press_noun
from quotes.lexicon.roles import is_role_noun
from quotes.model import Evidence


def _auxiliaries(tok: Token) -> list[Token]:
    """The participle's auxiliaries, with the one the parse left unattached after « et »:
    « et avait dans un second temps assuré »."""
    found = [c for c in tok.children if c.dep_.startswith("aux") and c.i < tok.i]
    if found or not past_participle(tok):
        return found
    for k in range(tok.i - 1, max(tok.i - 7, -1), -1):
        t = tok.doc[k]
        if t.lower_ in words("auxiliaries") and t.pos_ in ("AUX", "VERB"):
            return [t]
        if t.pos_ not in ("ADV", "ADP", "DET", "ADJ", "NOUN"):
            break
    return []


def compound_tense(tok: Token) -> bool:
    """« a dénoncé », « avait dans un premier temps assuré », « a frappé …, et promis »: a
    participle with its auxiliary is a finite verb, its subject in its sentence."""
    return bool(_auxiliaries(tok)) or shares_auxiliary(tok)


def coordinated_subject(tok: Token, floor: int, ctx: Context) -> tuple[int, int] | None:
    """« Le ministre s'est défendu … et avait assuré que »: the verb after « et », « mais »,
    « puis » shares the subject of the one before it."""
    lead = [*_auxiliaries(tok), tok]
    linked = next((t for t in lead if any(c.dep_ == "cc" and c.i < t.i for c in t.children)), None)
    head = linked.head if linked is not None else tok
    head = tok.head if head == tok else head  # « et » on the auxiliary: the verb before
    if linked is None or head == linked or head.i > tok.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return subject_before(head, head, floor, ctx)


def without_subject(tok: Token, floor: int, ctx: Context) -> tuple[tuple[int, int] | None, str]:
    """The token range of the subject after all, and the evidence: "impersonal",
    "subjectless-verb" (carry on the speaker before), "subject-lost" (a compound tense, or a
    simple one that is its sentence's verb: nobody said here), or "" (nothing said)."""
    if impersonal(tok):
        return None, "impersonal"  # "il a été rapporté que": nobody is named
    if compound_tense(tok):
        return _on_auxiliary(tok, floor) or coordinated_subject(tok, floor, ctx) or (
            elliptic_before(tok, floor) or aside_subject(tok, floor)
            or named_phrase_before(tok, floor) or verbless_head_subject(tok, floor)), (
            Evidence.SUBJECT_LOST)
    if (rng := set_off_participle_subject(tok, floor, ctx)) is not None:
        return rng, Evidence.PARTICIPLE_SUBJECT
    if tok.morph.get("VerbForm", [""])[0] in ("Inf", "Part"):
        return None, Evidence.SUBJECTLESS_VERB  # "ajoutant : …", "avant d'ajouter : …"
    if sentence_verb(tok, floor):  # « Une autre ajoute : »: an elliptic subject, hung elsewhere
        return _subject_on([tok], tok, floor) or _latter_before(tok, floor) or elliptic_before(
            tok, floor) or aside_subject(tok, floor), Evidence.SUBJECT_LOST
    if read_as_epithet(tok):  # « le jeune homme raconte : »: someone the parse lost
        return None, Evidence.SUBJECT_LOST
    return None, ""


def read_as_epithet(tok: Token) -> bool:
    """Did the parse read a verb of the present as an adjective of the noun right before it
    (« le jeune homme raconte », « les voisins racontent »)? A form of the third person that
    agrees in number with that noun is the noun's verb (« les raisons précises » is no
    « précisent »); the noun phrase is its subject, a speaker the parse lost. A known loss: that
    phrase is not resolved as a description (« Paul Roux, 19 ans, … Le jeune homme raconte : »
    names no one), since in news text it is as often an unnamed witness."""
    noun = tok.head
    if tok.dep_ != "amod" or noun.i != tok.i - 1 or noun.pos_ != "NOUN":
        return False
    plural = "Plur" in noun.morph.get("Number", [])
    return tok.lower_.endswith("ent") if plural else tok.lower_.endswith("e")


def _latter_before(tok: Token, floor: int) -> tuple[int, int] | None:
    """« Ce dernier dit ressentir … », « Cette dernière affirme … »: the parse read « ce
    dernier » as the verb's determiner and adjective (« le dit »); the two words are its
    subject, the one named last (``attribute.latter``)."""
    i = tok.i - 1
    return (i - 1, tok.i) if i - 1 >= floor and is_latter(tok.doc[i]) else None


def set_off_participle_subject(tok: Token, floor: int, ctx: Context) -> tuple[int, int] | None:
    """« Un site avait diffusé …, affirmant que », « il ne se faisait aucune illusion …,
    répétant que », « le député a lancé un appel tout en invitant … à »: a gerund, or a present
    participle set off by a comma after its clause, is said by that clause's subject, however
    the parse hangs it (often on the noun before it: « des messages …, affirmant »). The
    subject is the one of the nearest verb up the parse, out of marks and before the cue, a
    clause that opens on « que » passed over (« X a dit que le maire …, ajoutant » is X's); a
    personal pronoun, or a phrase that can speak (``_can_speak``, or a press noun: « un site »).
    """
    doc = tok.doc
    if not present_participle(tok) or ctx.inside_marks(tok.idx) is not None:
        return None
    k = tok.i - 1
    gerund = k > floor and doc[k].lower_ == "en"
    k -= gerund + (gerund and k - 1 > floor and doc[k - 1].lower_ == "tout")
    if not gerund and not (k > floor and doc[k].text == ","):
        return None
    cur, seen = tok, 0
    while cur.head.i != cur.i and seen < _CLIMB:
        cur, seen = cur.head, seen + 1
        if ctx.inside_marks(cur.idx) is not None:  # « « Bouleversé », le maire s'est rendu …,
            cur = _clause_after_marks(cur, tok, ctx) or cur  # en promettant »: the parse hung
            # the clause the marks open on their word; its verb holds the subject
        if cur.pos_ not in ("VERB", "AUX") or ctx.inside_marks(cur.idx) is not None:
            continue
        if any(c.dep_ == "mark" and c.lower_ in QUE for c in cur.children):
            continue  # the words of a que-clause, not the clause the participle leans on
        subject = next((c for c in cur.children if floor <= c.i < tok.i and (
            c.dep_ in SUBJECT_DEPS or (c.dep_ == "expl:subj" and not impersonal(cur)))
            and ctx.inside_marks(c.idx) is None), None)
        if subject is None:
            if (rng := _after_fronted_marks(cur, floor, ctx)) is not None:
                return rng  # « « Bouleversé », le maire s'est rendu …, en promettant »
            continue
        if subject.pos_ == "PRON":
            if subject.lower_ == "il" and impersonal_verb(cur):  # « il manque des … »: no one
                return None
            return (subject.i, subject.i + 1) if subject.lower_ in SUBJECT_PRONOUNS else None
        lo, hi = subtree_before(subject, k)
        phrase = doc[lo:hi]
        head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
        press = head is not None and is_press_noun(head.text)
        return (lo, hi) if press or _can_speak(phrase, cur, floor) else None
    return None


_CLIMB = 6  # heads climbed from the participle to the verb of its clause


def _clause_after_marks(word: Token, tok: Token, ctx: Context) -> Token | None:
    """The verb of the clause that words in marks open, before the participle ``tok``, when
    the parse hung it on the marks' ``word`` (« « Bouleversé », le maire s'est rendu »: « rendu »
    a parataxis of « Bouleversé »): a verb out of marks whose subject, out of marks too, opens
    right after the comma that follows the marks."""
    doc = word.doc
    for verb in word.children:
        if verb.pos_ not in ("VERB", "AUX") or not word.i < verb.i < tok.i or (
                ctx.inside_marks(verb.idx) is not None):
            continue
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            left = subject.left_edge.i
            if ctx.inside_marks(subject.idx) is None and left >= 2 and (
                    doc[left - 1].text == "," and doc[left - 2].text in CLOSING):
                return verb
    return None


def _after_fronted_marks(verb: Token, floor: int, ctx: Context) -> tuple[int, int] | None:
    """The subject of ``verb`` when words in marks open its clause and the parse took them for
    it (« « Bouleversé », le maire s'est rendu sur place », in one of the parses of that
    sentence; ``_clause_after_marks`` reads the other): the phrase between the comma after the
    marks and the verb's first word, when it can speak (``_can_speak``)."""
    doc = verb.doc
    if not any(c.dep_ in SUBJECT_DEPS and ctx.inside_marks(c.idx) is not None
               for c in verb.children):
        return None
    first = min([c.i for c in verb.children if c.i < verb.i and (
        c.dep_.startswith(("aux", "expl")) or c.lower_ in PREVERBAL_CLITICS)] + [verb.i])
    comma = next((k for k in range(first - 1, floor - 1, -1) if doc[k].text == ","), None)
    if comma is None or comma <= floor:
        return None
    if ctx.inside_marks(doc[comma - 1].idx) is None and doc[comma - 1].text not in CLOSING:
        return None  # the comma closes no words in marks
    phrase = doc[comma + 1 : first]
    return (comma + 1, first) if _can_speak(phrase, verb, floor) else None


def impersonal_verb(verb: Token) -> bool:
    """« il manque », « il existe », « il y a », « il s'agit »: a form of
    lexicon/impersonal_verbs.txt (with the clitics the entry writes before it among the verb's
    own words), whose « il » stands for no one."""
    before = {c.lower_.replace("’", "'") for c in verb.children if c.i < verb.i}
    return any(fold(verb.text) == form and clitics <= before
               for clitics, form in _impersonal_forms())


@cached
def _impersonal_forms() -> tuple[tuple[frozenset[str], str], ...]:
    """lexicon/impersonal_verbs.txt as (the clitics before the verb, its form folded)."""
    split = (entry.replace("'", "' ").split() for entry in words("impersonal_verbs"))
    return tuple((frozenset(parts[:-1]), fold(parts[-1])) for parts in split)


def fronted_participle_subject(tok: Token, subject: Token, floor: int) -> tuple[int, int] | None:
    """« Estimant que …, le tribunal a prononcé … »: a present participle opening its sentence
    is said by the subject of the main clause (``fronted.main_subject``, the last one after a
    comma, out of marks: not « les pompiers » of « Estimant que si la digue cède, les pompiers
    seront « débordés », le maire … »), when it can speak (``_can_speak``: not « la réforme »).
    Not the subject of a passive (« …, Paul Garnier a été placé en détention »: the one the
    act was done to, not who judged)."""
    verb = subject.head
    # a passive's subject, not its auxiliary: « le tribunal est allé … » keeps an active subject
    if not present_participle(tok) or subject.dep_ == "nsubj:pass":
        return None
    lo, hi = subject.left_edge.i, subject.right_edge.i + 1
    return (lo, hi) if _can_speak(tok.doc[lo:hi], verb, floor) else None


def sentence_verb(tok: Token, floor: int) -> bool:
    """« Mais l'ancienne élue, arrivée en retard, dénonce aussitôt : »: a finite form in the
    number of the noun phrase that opens its sentence is that sentence's verb. « Les raisons
    précises : » is a noun with its adjective: a plural subject takes « -nt »."""
    if tok.pos_ == "ADJ" or past_participle(tok) or present_participle(tok):
        return False
    low = tok.lower_
    if low.endswith(("é", "ée", "és", "ées", "ant")):
        return False  # a participle the tagger read as a finite verb
    lead = ("CCONJ", "ADV", "PUNCT", "SPACE")  # « Mais », « Alors », a quote mark, a newline
    first = next((t for t in tok.doc[floor : tok.i] if t.pos_ not in lead), None)
    if first is None or first.pos_ != "DET" or first.i + 1 >= tok.i:
        return False  # a heading (« Réaction : »), or no noun phrase before the verb
    plural = "Plur" in first.morph.get("Number", []) or first.lower_ in ("les", "des", "ces")
    return low.endswith("nt") if plural else not plural_shaped(low)


def _on_auxiliary(tok: Token, floor: int) -> tuple[int, int] | None:
    """« Il a en ce sens déploré »: the parse hung the subject on the auxiliary."""
    return _subject_on(_auxiliaries(tok), tok, floor)


def verbless_head_subject(tok: Token, floor: int) -> tuple[int, int] | None:
    """« Le ministre « très ému » par ce qu'il a vu a expliqué que »: the parse made the
    participle or adjective set after the subject its sentence's head, with the subject, and
    hung the cue on it as a clause; the subject is the cue's, when that head has no verb of
    its own (no auxiliary, no copula) and the subject comes before it."""
    head = tok.head
    if (tok.dep_ not in _HUNG or head.i >= tok.i or head.pos_ not in ("ADJ", "VERB")
            or any(c.dep_.startswith(("aux", "cop")) for c in head.children)):
        return None
    return _subject_on([head], head, floor)


_HUNG = frozenset({"advcl", "conj", "parataxis"})  # a clause the parse set beside its head


def _subject_on(heads: list[Token], tok: Token, floor: int) -> tuple[int, int] | None:
    """The last subject the parse hung on one of ``heads``, before it and in its sentence."""
    found = [c for a in heads for c in a.children
             if c.dep_ in SUBJECT_DEPS and floor <= c.i < a.i]
    return subtree_before(found[-1], tok.i) if found else None


_PHRASE = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def named_phrase_before(tok: Token, floor: int) -> tuple[int, int] | None:
    """« Dans les rues du centre, les reporters de Radio-Lac ont constaté que », « La chaîne
    publique TVL a rapporté que » cut from its subject by the sentence splitter: the noun
    phrase right before the verb group of a compound tense, when the parse hung it elsewhere.
    It opens on a determiner after a comma, a stop or a line break (or the text's start),
    holds only nouns, names, adjectives and « de », and holds a name (a proper noun, or a
    capital inside it) or a noun of a role or a body, in the number of the auxiliary; or, with
    no determiner, it is the whole name of a body or a person the recogniser tags (« Avec le
    passage de la tempête, Météo-France a annoncé que »: ``_one_name``)."""
    doc = tok.doc
    auxiliaries = _auxiliaries(tok)
    k = min([a.i for a in auxiliaries] + [tok.i])
    lo = k
    while lo > 0 and k - lo < 12 and not doc[lo - 1].is_space and (
            doc[lo - 1].pos_ in _PHRASE or doc[lo - 1].lower_ in DE_CONTRACTED
            or (doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_)):
        lo -= 1
    before = doc[lo - 1] if lo > 0 else None
    # « Avec la tempête, Météo-France a annoncé »: a name needs no determiner
    if not (lo < k and _one_name(doc[lo:k])) and (
            lo == k or doc[lo].pos_ != "DET" or doc[lo].lower_ in DE):
        return None
    if before is not None and not (before.is_space or before.text in (",", ".", ";", ")")):
        return None
    phrase = [t for t in doc[lo:k] if not t.is_space]
    head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or is_time_word(head.text):
        return None
    named = any(t.pos_ == "PROPN" or (t.i > lo and capitalised(t.text)) for t in phrase)
    if not (named or is_role_noun(head.text) or is_org_noun(head.text)):
        return None
    said = next((a.morph.get("Number", []) for a in auxiliaries), [])
    number = head.morph.get("Number", [])
    return None if said and number and said != number else (lo, k)


def _one_name(phrase: Span) -> bool:
    """Is ``phrase`` one whole name of a body or a person the recogniser tags, no more
    (« Météo-France »)?"""
    ents = phrase.ents
    return (len(ents) == 1 and ents[0].label_ in ("ORG", "PER")
            and (ents[0].start, ents[0].end) == (phrase.start, phrase.end))


_BOUNDS = frozenset({",", ";", ":", "(", ")", "«", "»", "“", "”", '"'})
_RELATIVES = SET_OFF_RELATIVES | (RELATIVE_SELON - {"quoi"})
_BEFORE_VERB = PREVERBAL_CLITICS | NEGATION_START  # « s'est dite », « ne l'a pas dit »


def aside_subject(tok: Token, floor: int) -> tuple[int, int] | None:
    """« L'association Terre Vive (ATV) rapportait que », « Le chef du service, responsable
    de l'unité où …, confirme que », « Le maire, qui avait …, s'est dit … »: the noun phrase
    that opens its clause, set off from the verb of the cue by one aside (a parenthesis, or a
    stretch between commas opening on a relative pronoun, a participle, an adjective or a
    noun in apposition), when the parse lost it. The phrase must be able to speak (a name, or
    a noun of a role or a body) and agree with the verb in number."""
    doc = tok.doc
    k = min([a.i for a in _auxiliaries(tok)] + [tok.i])
    while k - 1 > floor and doc[k - 1].lower_ in _BEFORE_VERB:
        k -= 1
    if k - 2 <= floor or doc[k - 1].text not in (",", ")"):
        return None
    opening = "(" if doc[k - 1].text == ")" else ","
    at = next((j for j in range(k - 2, floor, -1) if doc[j].text in (opening, "(", ")")
               or "\n" in doc[j].text), None)
    if at is None or doc[at].text != opening:
        return None
    if opening == "," and not _opens_aside(doc[at + 1]):
        return None
    lo = at
    while lo - 1 >= floor and doc[lo - 1].text not in _BOUNDS and "\n" not in doc[lo - 1].text:
        lo -= 1
    while lo < at and doc[lo].pos_ in ("CCONJ", "ADV"):
        lo += 1  # « Mais », « Puis »
    return (lo, at) if _can_speak(doc[lo:at], tok, floor) else None


def _opens_aside(t: Token) -> bool:
    """A relative pronoun, a participle, an adjective or a noun (« responsable de … »)."""
    return t.lower_ in _RELATIVES or t.pos_ in ("ADJ", "NOUN", "DET") or (
        t.pos_ == "VERB" and participle(t))


def _can_speak(phrase: Span, verb: Token, floor: int) -> bool:
    """A noun phrase of at most twelve words with no verb, opening on a determiner or a
    name, whose first noun is a name (a capital inside the sentence says one the tagger took
    for a common noun: « Samu-Urgences de France »), a role or a body, in the verb's
    number."""
    tokens = [t for t in phrase if not t.is_space]
    if not 0 < len(tokens) <= 12 or any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") for t in tokens):
        return False
    if tokens[0].pos_ not in ("DET", "PROPN") and not capitalised(tokens[0].text):
        return False
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or is_time_word(head.text):
        return False
    named = head.pos_ == "PROPN" or (head.i > floor and capitalised(head.text))
    if not (named or head.ent_type_ in ("PER", "ORG") or is_role_noun(head.text)
            or is_org_noun(head.text)):
        return False
    said = verb.morph.get("Number", []) or next(
        (a.morph.get("Number", []) for a in _auxiliaries(verb)), [])
    number = head.morph.get("Number", [])
    return not (said and number and said != number)
