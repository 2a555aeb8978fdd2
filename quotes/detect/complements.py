"""What a reporting verb takes after it: a que-clause, an infinitive, an object then its
infinitive, an intention or decision noun with its infinitive.

Each finder looks a few words past the verb group (``window``) and gives the token where the
reported content starts, or None.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.cues import cue_verb
from quotes.detect.forms import conjugated, past_participle
from quotes.detect.locutions import locution_end, time_locution, time_noun
from quotes.detect.skips import skip
from quotes.lexicon import fold, folded, words
from quotes.lexicon.grammar import (
    A_OR_DE,
    AIMS_DE,
    BEFORE_INFINITIVE,
    DE,
    DE_CONTRACTED,
    DEMONSTRATIVE_HEADS,
    DETERMINERS,
    ELIDED_DE,
    INDEFINITE_PLAIN,
    INFINITIVE_CLITICS,
    INFINITIVE_NEGATION,
    INTENSIFIERS,
    NEGATION_START,
    OBJECT_CLITICS,
    QUE,
    REFLEXIVE,
    A,
)
from quotes.lexicon.que_words import COMPARATIVES, COMPARED_ALONE, COMPARED_FAR, MANNER

_OPENING_MARKS = ("«", "“", '"', "‹")


def que_after(doc: Doc, i: int, stop: int, window: int) -> int | None:
    """A que within a few words: "assurait dans l'émission Stade 3 en octobre qu'il …"."""
    for j in range(i, min(stop, i + window)):
        t = doc[j]
        if t.lower_ in QUE:
            if j > 0 and doc[j - 1].lower_ in words("subordinators") and not (
                    j - 1 == i and doc[j - 1].lower_ in INTENSIFIERS  # "doutent même que"
                    # "alors même que"; nothing before a doc's first word (not its last)
                    and (j < 2 or doc[j - 2].lower_ not in words("subordinators"))) and not (
                    _manner_que(doc, j, stop)):  # "explique ainsi que …"
                return None  # "alors que", "bien que": the narrator's clause, not a complement
            if j > 0 and doc[j - 1].lower_ == "ce":
                return None  # "lésée par ce qu'elle a qualifié de …": a relative, not a complement
            if _compared(doc, i, j):
                return None  # "considéré comme le plus fort que la côte ait connu"
            if _relative(doc, i, j):
                return None  # "a rappelé la phrase que X a tronquée": the verb's object's
            return j
        if t.text in (".", ";", ":", "«", "»", "“", "”", '"') or (
            t.pos_ in ("VERB", "AUX")
            and "Ger" not in t.morph.get("VerbForm", [])
            and not (j > 0 and doc[j - 1].lower_ == "en")
            and not _epithet(t)
        ):
            return None
    return None


def _manner_que(doc: Doc, j: int, stop: int) -> bool:
    """Is the « que » at ``j`` the cue's own after an adverb of manner right after the verb
    (lexicon/que_words.py MANNER), a clause with its finite verb after it: "explique ainsi que X
    a repris …"; not an addition, "a réagi ainsi que le préfet"?"""
    return (j >= 2 and doc[j - 1].lower_ in MANNER and doc[j - 2].pos_ in ("VERB", "AUX")
            and _clause(doc, j + 1, stop))


def _clause(doc: Doc, i: int, stop: int) -> bool:
    """Does a clause start at ``i``, its subject before its finite verb with no object pronoun
    right before it, before any punctuation: "ainsi que son client a repris …"; not "ainsi que le
    prévoit la loi", "ainsi qu'il l'avait promis" (a comparison), nor an added noun and its
    relative, "ainsi que trois riverains qui ont …", "ainsi que son adjoint qu'ils …"?"""
    subject = False
    for t in doc[i:stop]:
        if t.is_punct or t.lower_ in _CLAUSE_OPENERS:
            return False
        if conjugated(t):
            return subject and doc[t.i - 1].lower_ not in _OBJECT_BEFORE_VERB
        subject = subject or t.lower_ not in _NO_SUBJECT
    return False


# a relative or a second « que » opening before the clause's verb: the words are an addition's
_CLAUSE_OPENERS = QUE | {"qui", "dont"}
# an object pronoun right before the verb: "ainsi que le prévoit …", "ainsi que l'exige …"
_OBJECT_BEFORE_VERB = (OBJECT_CLITICS - REFLEXIVE) | {"l'", "l’", "en", "y"}
_NO_SUBJECT = _OBJECT_BEFORE_VERB | NEGATION_START  # words before the verb that are no subject


def _epithet(t: Token) -> bool:
    """A past participle right after its noun describes it: "dans un discours télévisé"."""
    return past_participle(t) and (
        t.i > 0 and t.doc[t.i - 1].pos_ == "NOUN" and t.dep_ in ("acl", "amod"))


def _compared(doc: Doc, i: int, j: int) -> bool:
    """Is the « que » at ``j`` the second term of a comparison opened after ``i``: right
    after its word of degree ("plus violent que", "plus tard que", "autant que", "tel que"; not
    "a assuré plus tard qu'il …"), or farther on (``_second_term``)."""
    before = doc[j - 1] if j - 1 >= i else None
    if before is not None and (before.lower_ in COMPARED_ALONE or (
            before.pos_ in ("ADJ", "ADV") and j - 2 >= i and doc[j - 2].lower_ in COMPARATIVES)):
        return True
    return _second_term(doc, i, j)


def _second_term(doc: Doc, i: int, j: int) -> bool:
    """Is the « que » at ``j`` the second term of a comparison opened farther back: a word of
    degree between the cue and « que », and the word « que » marks has no verb of its own
    ("plus proche d'une logique de X que de Y", "a davantage insisté sur X que sur Y"). A
    que-clause has its verb: "a dit plus tard que le projet était mort" stays one."""
    term = doc[j].head
    if term.i <= j or term.pos_ in ("VERB", "AUX") or any(
            c.dep_ in _OWN_VERB for c in term.children):
        return False
    k = i  # the verb group before the words searched: "a bien plus insisté sur X que sur Y"
    while k > 0 and i - k < _VERB_GROUP and doc[k - 1].pos_ in ("ADV", "AUX", "VERB"):
        k -= 1
    return any(t.lower_ in COMPARED_FAR for t in doc[k:j])


_VERB_GROUP = 4  # tokens: auxiliaries and adverbs before the cue's verb ("a bien plus insisté")
_OWN_VERB = ("cop", "aux", "aux:pass", "aux:tense", "nsubj", "nsubj:pass", "expl:subj")


def _relative(doc: Doc, i: int, j: int) -> bool:
    """Is the « que » at ``j`` a relative pronoun, the object of a clause on a noun the verb
    takes as its own object, and no que-clause of the verb: after a demonstrative ("a rappelé
    l'évidence, celle que certains oubliaient"), or after the noun phrase the words searched
    open with, unless the parse makes « que » the conjunction of a clause of its own ("rappelle
    la suite de la phrase que X a tronquée"). A time said first ("a dit ce matin que", "la
    semaine dernière", "des dizaines de fois": a noun of time or « fois » in the phrase) is no
    object; nor is a noun after « à » ("a dit aux élus que"), nor the one told after a verb of
    lexicon/addressee_verbs.txt ("a averti des élus que"); a noun's own clause ("a exprimé
    l'espoir que …", a conjunction) stays the verb's."""
    if doc[j - 1].lower_ in DEMONSTRATIVE_HEADS:
        return True
    conjunction = doc[j].dep_ == "mark" and doc[j].head.dep_ != "acl:relcl"
    if conjunction or doc[j - 1].pos_ not in ("NOUN", "ADJ", "PROPN"):
        return False
    k = i
    while k < j and doc[k].pos_ == "ADV":  # "a rappelé aussi la phrase que …"
        k += 1
    if k >= j or doc[k].pos_ != "DET" or doc[k].lower_ not in DETERMINERS | INDEFINITE_PLAIN:
        return False  # « a tweeté une vidéo qu'elle lui avait envoyée »: an indefinite's too
    head = next((t for t in doc[k + 1 : j] if t.pos_ != "ADJ"), None)
    if head is None or head.pos_ != "NOUN" or any(
            t.pos_ == "NOUN" and _time_noun(t) for t in doc[k + 1 : j]):
        return False  # « a répété des dizaines de fois que … », « des mois durant »
    if _tells(doc, i):
        return False  # « a assuré un collègue que … », « a averti des élus que … »: the one told
    return not any(t.is_punct for t in doc[k:j])


def _time_noun(t: Token) -> bool:
    """A word of time, a unit of time (singular or plural) or « fois »: a time the verb is said
    at, no object a relative is on (« des dizaines de fois », « des mois durant »)."""
    return time_noun(t.text) or fold(t.text) in _TIMES


_TIMES = frozenset({"fois"})


def _tells(doc: Doc, i: int) -> bool:
    """Is the verb right before ``i`` (its auxiliary and adverbs aside) one that takes the one
    told as its object (lexicon/addressee_verbs.txt, its participles: « a averti des élus que
    … »)?"""
    for t in reversed(doc[max(0, i - _VERB_GROUP) : i]):
        if t.pos_ == "VERB":
            return fold(t.text) in folded("addressee_verbs")
        if t.pos_ not in ("ADV", "AUX"):
            return False
    return False


_NEGATION_WORDS = INFINITIVE_NEGATION - NEGATION_START  # "pas", "plus", "jamais", "rien"


def clitic_infinitive(doc: Doc, i: int, stop: int) -> int | None:
    """``i`` when an infinitive starts there, maybe after one or two clitics and a negation:
    "avoir", "s'être préparé", "l'avoir vu", "en avoir assez", "ne pas savoir". « ne » then
    « pas », « plus », « jamais » or « rien », maybe with a quotation mark between them, opens
    nothing but an infinitive, whatever the tagger makes of the verb (« appelle à ne « pas
    paniquer » »)."""
    j = i
    if doc[j].lower_ in NEGATION_START:
        k = j + 1
        while k < stop and doc[k].text in _OPENING_MARKS:
            k += 1
        if k < stop and doc[k].lower_ in _NEGATION_WORDS:
            return i
        # "n'en rien"
        while j < min(stop, i + 4) and doc[j].lower_ in INFINITIVE_NEGATION | INFINITIVE_CLITICS:
            j += 1
    while j < min(stop, i + 2) and doc[j].lower_ in INFINITIVE_CLITICS:
        j += 1
    t = doc[j] if j < stop else None
    if t is not None and "Inf" in t.morph.get("VerbForm", []) and t.pos_ in ("VERB", "AUX") and (
            not time_locution(doc, j)):  # « à partir de jeudi »: a preposition, no verb
        return i
    return None


def infinitive_after(doc: Doc, i: int, stop: int, window: int) -> int | None:
    """A bare infinitive, maybe after a time or place ("a reconnu en mars devant le juge
    avoir") and its clitics ("assure s'être préparé"): the index where the content starts."""
    for j in range(i, min(stop, i + window)):
        t = doc[j]
        if clitic_infinitive(doc, j, stop) is not None:
            if reports_itself(doc, j, stop):
                return None  # "affirme s'être plaint que …": the inner cue reports the clause
            return j if j == i or doc[j - 1].lower_ not in BEFORE_INFINITIVE else None
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text != ",") or t.lower_ in QUE:
            return None
        if j == i and t.pos_ in ("DET", "NOUN", "PRON"):
            return None  # an object first: "a annoncé sa retraite"
    return None


def intention_object(doc: Doc, i: int, stop: int, window: int) -> int | None:
    """An object naming an intention or a decision, maybe after a time, then its infinitive,
    maybe past a mark that opens it and an adverb ("a annoncé jeudi son intention de
    démissionner", "sa décision d'exclure X", "son souhait d'« enterrer » X", "sa volonté de
    « mieux protéger » X"): the index of its determiner, where the content starts
    (``intention_infinitive`` says where its infinitive does)."""
    for j in range(i, min(stop - 3, i + window)):
        t = doc[j]
        if (
            t.lower_ in DETERMINERS
            and doc[j + 1].lower_ in words("intention_nouns")
            and (k := _intended_verb(doc, j + 2, stop)) is not None
            and clitic_infinitive(doc, k, stop) is not None
        ):
            return j
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text != ",") or t.lower_ in QUE:
            return None
    return None


def _intended_verb(doc: Doc, j: int, stop: int) -> int | None:
    """Where the verb after « à » or « de » at ``j`` starts, past a mark that opens it and an
    adverb before it ("de « mieux protéger » X"), or None where neither word is there."""
    k = _after_de(doc, j, stop)
    if k is None or k >= stop:
        return None
    if doc[k].text in _OPENING_MARKS:
        k += 1
    if k + 1 < stop and doc[k].pos_ == "ADV" and doc[k + 1].pos_ == "VERB":
        k += 1
    return k if k < stop else None


def _after_de(doc: Doc, j: int, stop: int) -> int | None:
    """The token after « à » or « de » at ``j``, an elision the tokenizer split before a mark
    included (« d' » as « d » then « ' »), or None where neither is there."""
    if doc[j].lower_ in A_OR_DE:
        return j + 1
    return j + 2 if doc[j].lower_ == "d" and j + 1 < stop and doc[j + 1].text in "'’" else None


def intention_infinitive(doc: Doc, obj: int, stop: int) -> int:
    """Where the infinitive of the intention object whose determiner is at ``obj`` starts,
    with the mark that opens it: after « de »."""
    return _after_de(doc, obj + 2, stop) or obj + 3


def object_infinitive(doc: Doc, i: int, stop: int, window: int) -> int | None:
    """The infinitive after an object ("a invité les croyants à avancer", "a demandé à X de …"),
    past an apposition of the object set off by commas ("a reproché au président, venu
    chercher un soutien, de …"), a quotation mark that opens the infinitive ("de « manquer
    de respect »") and a date after « à partir de » ("à partir de ce lundi à généraliser …")."""
    j, last = i, min(stop - 1, i + window)
    while j < last:
        t = doc[j]
        if t.lower_ in A_OR_DE and j > i and doc[j - 1].lower_ not in AIMS_DE:
            k = j + 2 if doc[j + 1].text in _OPENING_MARKS and j + 2 < stop else j + 1
            nxt = doc[k]
            end = locution_end(doc, k)
            if end is not None and end < stop:  # « à partir de ce lundi à généraliser … »:
                j, last = end, min(stop - 1, end + 2)  # the infinitive after the date
                continue
            if (
                ("Inf" in nxt.morph.get("VerbForm", []) and end is None)
                or (nxt.lower_ in OBJECT_CLITICS and nxt.pos_ != "DET")  # not « à la barre »
                or clitic_infinitive(doc, k, stop) is not None  # "à ne plus sortir"
            ):
                return j + 1
        if t.text == "," and j > i:
            close = _apposition_end(doc, j, stop)
            if close is not None:
                j, last = close + 1, min(stop - 1, close + 2)
                continue
        if (t.is_punct and t.text != ",") or t.pos_ in ("VERB", "AUX"):
            return None
        j += 1
    return None


def _apposition_end(doc: Doc, comma: int, stop: int) -> int | None:
    """The comma that closes an apposition opened by the one at ``comma``, with no other
    punctuation between them."""
    for k in range(comma + 1, min(stop, comma + _APPOSITION_TOKENS)):
        if doc[k].text == ",":
            return k
        if doc[k].is_punct and doc[k].text not in "'’-":
            return None
    return None


_APPOSITION_TOKENS = 24


def reports_itself(doc: Doc, i: int, stop: int) -> bool:
    """Does the infinitive at ``i`` (after its clitics and auxiliary) report a que-clause of
    its own: "s'être plaint que …", "avoir déclaré que …"?"""
    for j in range(i, min(stop, i + 4)):
        if doc[j].pos_ == "VERB":
            after = skip(doc, j + 1, stop)
            return cue_verb(doc[j]) is not None and after < stop and doc[after].lower_ in QUE
    return False


def bound_by_document(doc: Doc, lo: int, cue: Token) -> bool:
    """Does a binding document (lexicon/binding_documents.txt) before the cue, in its sentence
    (from the character offset ``lo``), hold the commitment? It does in the cue's subject (« Les
    signataires de la charte s'engagent à … »), as the head of a phrase the cue governs (« Dans
    son contrat, l'entreprise s'est engagée à … ») or as the object of a gerund the cue governs
    (« En signant le bail, le locataire s'engage à … »): nobody states it. Anywhere else it is
    no source (« a signé l'accord et s'est engagé à … », « le discours sur le contrat »); after
    the cue (« s'est engagé à signer l'accord ») it is what is promised."""
    while cue.dep_.startswith(("expl", "aux")) and cue.head != cue:
        cue = cue.head  # « s'est engagée »: the participle heads the clause
    subjects = [c for c in cue.children if c.dep_.startswith("nsubj")]
    documents = folded("binding_documents")  # forms, as listed: no rule reads lemmas
    for t in doc[: cue.i]:
        if t.idx < lo or fold(t.text) not in documents:
            continue
        if any(s.left_edge.i <= t.i <= s.right_edge.i for s in subjects):
            return True
        # « aux termes de l'accord » (lexicon/document_locutions.txt)
        held = t.head if t.head.lower_ in words("document_locutions") else t
        if held.head == cue and held.dep_.startswith(("obl", "nmod")):
            return True
        if t.dep_ == "obj" and t.head.dep_ == "advcl" and t.head.head == cue:
            return True
    return False


def called_series(doc: Doc, i: int, stop: int) -> int | None:
    """Where the last item of a series of calls opens, when « à » at ``i`` opens a noun phrase
    that is its first and its later items are « à » and an infinitive (« appellent à la
    vigilance, à réinvestir et à améliorer … »): the index of the last such « à », the words
    running on through it. The series says what is called for, the noun with the rest; a
    noun alone (« appellent à la grève », « à la grève, à Paris et à Lyon ») names an act, no
    words: None. A finite verb ends the search (« … à la prudence et dit à ses amis … »)."""
    if doc[i].lower_ not in A or i + 1 >= stop or doc[i + 1].pos_ not in ("DET", "NOUN", "PROPN"):
        return None
    last = None
    for j in range(i + 2, stop - 1):
        t = doc[j]
        if t.text in ";:.!?" or (
                "Fin" in t.morph.get("VerbForm", []) and t.pos_ in ("VERB", "AUX")):
            break
        if t.lower_ == "à" and doc[j - 1].lower_ in (",", "et", "ou") and (
                doc[j + 1].pos_ == "VERB" and "Inf" in doc[j + 1].morph.get("VerbForm", [])):
            last = j
    return last


def owned_intention(doc: Doc, i: int, stop: int, window: int) -> int | None:
    """An intention noun with the one it belongs to, then its infinitive (« a indiqué
    l'intention du parti de déposer une motion »): the speaker tells another's intent, and
    what is reported is the infinitive, whose index this is. None without that owner (see
    ``intention_object``) or without an infinitive after it."""
    for j in range(i, min(stop - 4, i + window)):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text != ",") or t.lower_ in QUE:
            return None
        if not (t.lower_ in DETERMINERS and doc[j + 1].lower_ in words("intention_nouns")
                and doc[j + 2].lower_ in DE_CONTRACTED and doc[j + 2].lower_ not in ELIDED_DE):
            continue
        for k in range(j + 3, min(stop - 1, j + 3 + window)):
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct:
                return None
            v = _intended_verb(doc, k, stop) if doc[k].lower_ in DE else None
            if v is not None and clitic_infinitive(doc, v, stop) is not None:
                return v
        return None
    return None
