"""Reporting cues: which tokens are reporting verbs here, and the verb group around them.

"a-t-il néanmoins plaidé", "s'est dit", "poursuit-il", "met en avant": forms come from the
lexicon (quotes/lexicon/reporting_verbs.tsv), checked against how the parse uses the word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from quotes.detect.clitics import incise_object
from quotes.detect.context import CLOSERS, CLOSING
from quotes.detect.cue_spellings import euphonic, inverted_pronoun
from quotes.detect.forms import present_participle
from quotes.detect.lead_verbs import lead_verb
from quotes.detect.learned import learned_source
from quotes.detect.marks import Marked, chain_start
from quotes.detect.multiword_cues import multiword, tail_start
from quotes.detect.noun_clauses import clause_before_end
from quotes.detect.skips import aside_before, skippable_words
from quotes.lexicon import Verb, incise_verbs, is_speech_noun, lemma_of, reporting_verbs, words
from quotes.lexicon.grammar import (
    AVOIR,
    DEFINITE,
    ELIDED_DE,
    PASSIVE_AUX,
    PERSON_ENDINGS,
    PURPOSE,
    QUE,
    REFLEXIVE,
    SI,
)
from quotes.lexicon.roles import is_role_noun


@dataclass(frozen=True)
class CueAt:
    """A cue found in a sentence, with what its frame reads of it."""

    first: Token  # first token of the cue group
    tok: Token  # the verb (or "selon")
    pron: Token | None  # inverted pronoun: "a-t-il"
    last: Token  # last token of the group
    verb: Verb | None  # None for selon / d'après / pour
    subject: tuple[int, int] | None  # token range of a preposed subject, read once
    barrier: tuple[int | None, int]  # (its subject's start, its first word): content stops here
    own: tuple[int, Marked] | None = None  # marks after a comma right before it, read once
    before: tuple[int, str] | None = None  # a verb's ``before_cue``, read once


_SENTENCE_STARTS = "\n.!?…»”:"  # what ends the text before marks that open a sentence
_COMME_CLITICS = frozenset({"le", "l'", "l’"})
_LE = frozenset({"le"})


def cue_verb(tok: Token) -> Verb | None:
    """The reporting verb ``tok`` is a form of, if it is used as a verb here."""
    multi = multiword(tok)
    if multi is not None and tok.pos_ in ("VERB", "AUX"):
        return multi
    verb = reporting_verbs().get(tok.lower_)
    if verb is None or (tok.lower_ not in reporting_verbs() and tok.pos_ != "VERB"):
        return None
    if verb.lemma == "apprendre" and not _on_learns(tok):
        return None  # "il a appris que …": he learned it; "a-t-on appris": a source told
    prev = tok.nbor(-1) if tok.i > 0 else None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if (prev is not None and prev.text == "-" and prev.idx + 1 == tok.idx) or (
            tok.lower_ in words("naming_participles") and tok.dep_ == "acl"):
        return None  # "c'est-à-dire" ends a compound; "une option dite « … »" names, on a noun
    if prev is not None and prev.pos_ == "DET" and not after_comme_clitic(tok, _LE):
        return None  # "une note", "la réponse"; not the clitic of "comme le rapporte X"
    if tok.i > 1 and [t.lower_ for t in tok.doc[tok.i - 2 : tok.i]] == ["comme", "pour"]:
        return None  # "…, comme pour affirmer que …": the narrator's reading of the words
    if not verb.reflexive and _reflexive(tok):
        return None  # "la guerre se poursuivait", "pour s'assurer"
    if tok.pos_ in ("VERB", "AUX"):
        return verb
    if nxt is not None and (inverted_pronoun(nxt) or euphonic(nxt)):
        return verb  # "raconte-t-il", tagged ADJ by the model
    if prev is not None and prev.pos_ == "AUX":
        return verb
    if _after_avoir(tok):
        return verb  # "a tweeté", "a-t-il tweeté": the participle tagged as a name or unknown
    if nxt is not None and nxt.text == ":" and (prev is None or prev.pos_ != "DET"):
        return verb  # "le président des LR rétorque : « … »", tagged as a noun
    if prev is not None and (prev.text == "," or prev.text in CLOSING) and nxt is not None and (
            nxt.pos_ == "PROPN" or nxt.lower_ in DEFINITE or nxt.text[:1].isupper()):
        # "…, note La Croix.", "…, raconte Tristan" (a name tagged a noun), « « … » note Me
        # Roux » (no comma after the marks): tagged as a noun after a comma or closing marks
        return verb
    after = nxt
    if nxt is not None and nxt.pos_ == "ADV" and nxt.i + 1 < len(tok.doc):
        after = nxt.nbor(1)  # "juge toutefois que"
    if verb.que and after is not None and after.lower_ in QUE and prev is not None and (
        prev.text == ","
    ):
        return verb  # "X, déléguée du site, juge que …": tagged as a noun before its clause
    if prev is not None and prev.lower_ == "qui" and any(
            c.i == prev.i and c.dep_ == "nsubj" for c in tok.children):
        return verb  # "X, qui juge son discours « … »": a relative's verb, tagged as a noun
    return None


def _after_avoir(tok: Token) -> bool:
    """Is ``tok``, a listed form the parse did not tag as a verb, right after a form of
    « avoir » (past an inverted pronoun: "a-t-il tweeté") in an incise, after a comma or a
    closing mark ("« … », a tweeté la ministre")? A participle follows « avoir » there, whatever
    its tag (a name, a noun, an adjective: "a-t-il martelé")."""
    doc, k = tok.doc, tok.i - 1
    while k > 0 and (inverted_pronoun(doc[k]) or euphonic(doc[k])):
        k -= 1
    return (
        tok.pos_ in ("PROPN", "NOUN", "X", "ADJ")  # "a-t-il martelé" tagged as an adjective
        and 0 < k < tok.i
        and doc[k].lower_ in AVOIR
        and (doc[k - 1].text == "," or doc[k - 1].text in CLOSERS)
    )


def _on_learns(tok: Token) -> bool:
    """ "a-t-on appris", "on a appris", "on apprend": "on" learns, from a source it names; or
    a medium does, naming its source after it."""
    doc = tok.doc
    near = doc[max(0, tok.i - 3) : min(len(doc), tok.i + 3)]
    # "a appris l'agence de source policière": a medium learns from a source it names
    return any(t.lower_ in ("on", "-on") for t in near) or learned_source(
        doc, tok.i + 1, len(doc)) is not None


def finite(tok: Token) -> bool:
    """Is the reporting verb finite here? The parse says so, or the form of the verb does:
    "…, déplore un syndicaliste" is a present tense, whatever the tagger says; only
    "-é(e)(s)" and "-ant" are a first-group verb's participles. Of the other verbs, a form in
    "-t" or "-ent" (« avertit », « conclut », « reconnaît », « avertissent ») is a present
    tense after the words it reports, the participles in "-i(e)(s)" or "-u(e)(s)" being
    other forms."""
    if "Fin" in tok.morph.get("VerbForm", ["Fin"]):
        return True
    verb = reporting_verbs().get(tok.lower_)
    low = tok.lower_
    # « « … », savoure X »: a verb of lexicon/incise_verbs.txt, whose present the tagger reads
    # as an infinitive; its forms count here wherever finite() is called (governing, fronted,
    # narrator_resumes, frames), not only in the incise
    lemma = verb.lemma if verb is not None else incise_verbs().get(low)
    if lemma is None or low.endswith("ant"):
        return False
    if lemma.endswith("er"):
        return low.endswith(("e", "es", "ent")) and not low.endswith(("ée", "ées"))
    return low.endswith(("t", "ent"))


def passive(tok: Token) -> bool:
    """The reporting verb in the passive ("a été soulignée", "sont lancées", "est d'ores et déjà
    appelée", « était-il indiqué »: impersonal, the inverted pronoun before the participle)."""
    if _reflexive(tok):
        return False  # "s'est exclamée", "s'est dit": reflexive, not passive
    if any(c.dep_ == "aux:pass" for c in tok.children):
        return True
    if tok.i == 0:
        return False
    k = _adverbial_before(tok, tok.i - 1)
    if k is not None and k > 0 and tok.doc[k - 1].lower_ in REFLEXIVE:
        return False  # "s'est également dite": reflexive past an adverb
    aux = tok.doc[max(0, tok.i - 1 - inverted_pronoun(tok.nbor(-1))) if k is None else k]
    return aux.lower_ in PASSIVE_AUX and "Part" in tok.morph.get("VerbForm", [])


def purpose(tok: Token, first: Token, nxt: Token | None) -> bool:
    """An infinitive of the narrator's purpose or manner, with no que-clause: "pour évoquer
    les conséquences", "sans dénoncer personne"; its words are no one's speech."""
    doc = tok.doc
    return (
        "Inf" in tok.morph.get("VerbForm", [])
        and first.i > 0
        and doc[first.i - 1].lower_ in PURPOSE
        and (nxt is None or nxt.lower_ not in QUE)
    )


def si_marks(tok: Token) -> list[Token]:
    """The « si » (« s' ») that ``tok`` governs as its subordinator: « si X estime que … »,
    « s'il assure que … »."""
    return [c for c in tok.children if c.dep_ == "mark" and c.lower_ in SI]


def hypothetical(tok: Token) -> bool:
    """Is the cue the verb of a condition, « si X estime que … »? Nobody said it; « même si X
    affirme que … » concedes what X did say."""
    doc = tok.doc
    return any(
        c.lower_ == "si" and not (c.i > 0 and doc[c.i - 1].lower_ == "même") for c in si_marks(tok)
    )


def unsaid_belief(tok: Token) -> bool:
    """Is the cue a belief (lexicon flag b) in the infinitive under a word that is no verb of
    saying: « commencent à penser que … », « difficile de penser que … »? Nobody is said to
    have said it; « a dit penser que … » reports."""
    verb = reporting_verbs().get(tok.lower_)
    if verb is None or not verb.belief or "Inf" not in tok.morph.get("VerbForm", []):
        return False
    head = tok.head
    return head.i == tok.i or head.lower_ not in reporting_verbs() or (
        reporting_verbs()[head.lower_].belief)


def after_comme_clitic(tok: Token, clitics: frozenset[str] = _COMME_CLITICS) -> bool:
    """Does ``tok`` follow « comme le » (« comme l' »), the opening of an aside « comme le
    rapporte X », where the clitic stands for the clause the aside comments on?"""
    doc, i = tok.doc, tok.i
    return i > 1 and doc[i - 1].lower_ in clitics and doc[i - 2].lower_ == "comme"


def governed_before(tok: Token, pos: int) -> bool:
    """Does the verb that governs ``tok`` stand after it and before ``pos``? « Invité à parler,
    X a assuré qu'il « … » »: marks after that verb belong to its clause, not to ``tok``."""
    head = tok.head
    return tok.i < head.i and head.idx < pos


def shares_auxiliary(tok: Token) -> bool:
    """A past participle coordinated with a compound tense shares its auxiliary: « X a frappé
    l'Ukraine, et promis de … » is a finite verb, not an adjective."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and head.i < tok.i
        and "Part" in head.morph.get("VerbForm", [])
        and any(c.dep_ == "aux:tense" for c in head.children)
    )


def impersonal(tok: Token) -> bool:
    """A passive with an empty "il" ("il a été rapporté que"): nobody is named."""
    return passive(tok) and any(c.lower_ == "il" and c.i < tok.i for c in tok.children)


def reports_attribute(tok: Token, verb: Verb) -> bool:
    """Does the cue report the attribute after it: "se disant victime", "s'estimant lésé"?"""
    return verb.attribute and _reflexive(tok)


def _reflexive(tok: Token) -> bool:
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and (doc[i].pos_ == "AUX" or euphonic(doc[i]) or inverted_pronoun(doc[i])):
        i -= 1
    return i >= 0 and doc[i].lower_ in REFLEXIVE


def cue_group(tok: Token, verb: Verb) -> tuple[Token, Token | None, Token]:
    """(first token of the cue group, inverted pronoun or None, last token of the group).

    ``verb`` is ``cue_verb(tok)``. The group runs from the auxiliary to the verb and its
    inverted pronoun: "a-t-il néanmoins plaidé", "s'est dit", "poursuit-il".
    """
    doc = tok.doc
    skippable = skippable_words()
    first, pron = tok, None
    i = tok.i - 1
    while i >= 0:
        t = doc[i]
        low = t.lower_
        if incise_object(t) and i > 0 and doc[i - 1].text in (",", "»", "”"):
            first = t  # "« … », lui a répondu le président": whom he answered, in the group
        elif inverted_pronoun(t):
            pron = t
        elif euphonic(t) or low in skippable or (t.pos_ == "ADV" and low.endswith("ment")):
            pass  # "a-t-il néanmoins plaidé", "a rapidement annoncé"
        elif _auxiliary(t) or low in REFLEXIVE:
            first = t
        elif low == "," and first.i == tok.i and (k := aside_before(doc, i)) and _auxiliary(
                doc[k - 1]):
            first, i = doc[k - 1], k - 1  # "« … », a, pour sa part, réagi la ministre"
        elif first.i == tok.i and (k := _adverbial_before(tok, i)) is not None:
            first, i = doc[k], k  # "a pour sa part réagi", "avait dans un premier temps dit"
        else:
            break
        i -= 1
    first, pron = lead_verb(tok, pron) if first.i == tok.i else (first, pron)  # « tient-il à dire »
    last = tok
    j = tok.i + 1
    if verb.tail:
        last = doc[min(len(doc) - 1, tail_start(tok, verb) + len(verb.tail) - 1)]
        j = last.i + 1
    while j < len(doc) and (euphonic(doc[j]) or inverted_pronoun(doc[j])):
        if inverted_pronoun(doc[j]):
            pron = doc[j]
        last = doc[j]
        j += 1
    return first, pron, last


_ADVERBIAL_TOKENS = 5  # "dans un tout premier temps"
_ADVERBIAL_OPENERS = frozenset({"ADV", "ADP"})
_ADVERBIAL_WORDS = frozenset({"ADV", "ADP", "DET", "ADJ", "NOUN", "NUM", "CCONJ"})


def _adverbial_before(tok: Token, i: int) -> int | None:
    """The auxiliary of the participle ``tok`` before an adverbial phrase that ends at token
    ``i`` inside the compound form (« a pour sa part réagi », « avait dans un premier temps
    assuré », « a d'ores et déjà annoncé »), or None. The phrase opens with a preposition or
    an adverb and holds no verb nor punctuation: a noun phrase there is an object (« a le
    droit et dit »)."""
    doc = tok.doc
    if "Part" not in tok.morph.get("VerbForm", []) and not any(
            c.dep_ == "aux:tense" for c in tok.children):  # a participle the tagger read as
        return None  # finite, its auxiliary attached to it: « a pour sa part écrit »
    for k in range(i, max(-1, i - _ADVERBIAL_TOKENS), -1):
        t = doc[k]
        if _auxiliary(t) and k < i:
            return k if _adverbial_opener(doc[k + 1]) else None
        if t.pos_ not in _ADVERBIAL_WORDS and t.lower_ not in skippable_words():
            return None
    return None


def _adverbial_opener(t: Token) -> bool:
    """Can ``t`` open an adverbial phrase: a preposition, an adverb, an elided « d' »?"""
    return t.pos_ in _ADVERBIAL_OPENERS or t.lower_ in ELIDED_DE


def _auxiliary(t: Token) -> bool:
    """Is ``t`` an auxiliary: tagged one, or a form of the lexicon's « auxiliaries »?"""
    return t.pos_ == "AUX" or t.lower_ in words("auxiliaries")


def incise_verb(tok: Token, closing_at: Callable[[int], Marked | None]) -> Verb | None:
    """A verb the lexicon does not list, used in the incise right after a closing quotation
    mark (``closing_at`` an offset gives it): « … », a alors prononcé le magistrat;
    « … », sourit-il. French puts the subject after the verb there for a verb of saying or of
    the manner of saying only, so the place makes the verb a cue; the subject must still
    follow it (``postposed.postposed``), and the marks open their sentence. The verb reports
    marked words only: no que-clause or infinitive."""
    listed = reporting_verbs().get(tok.lower_)  # one whose object is no speech is as unlisted,
    # and so is a verb of memory (« « … », se rappelle Léa »: flag m of
    # lexicon/reporting_verbs.tsv; never « s'appelle », « se relève »)
    if tok.pos_ not in ("VERB", "ADJ", "NOUN", "ADV") or (listed and not listed.object_only and (
            listed.reflexive or not listed.recalls)):
        return None
    doc = tok.doc
    lemma = listed.lemma.lower() if listed else incise_verbs().get(tok.lower_)
    verb = Verb.incise_only(lemma or lemma_of(tok.text))
    first, pron, last = cue_group(tok, verb)
    end = max(tok.i, last.i)
    last_word = end + 1 == len(doc) or doc[end + 1].is_punct
    # the euphonic « -t- » joins only a verb to its inverted pronoun: « écarte-t-elle » is one,
    # whatever the tagger says, with no auxiliary before it
    euphonic = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "-t"
    # a form of lexicon/incise_verbs.txt is a verb whatever the tag (« abonde » read as an
    # adjective before its inverted subject)
    if tok.pos_ != "VERB" and (listed or tok.lower_ not in incise_verbs()) and (
            pron is None or (first is tok and not euphonic) or not last_word):
        return None  # "a-t-elle grimacé", the participle tagged as an adverb
    if first.i < 2 or doc[first.i - 1].text != ",":
        return None
    marked = closing_at(doc[first.i - 2].idx)
    if marked is None:
        return None
    # « « A ! », « B ! », a scandé la foule »: the chain of marks opens the sentence
    before = doc.text[: chain_start(doc.text, marked.open, closing_at)].rstrip(" \t")
    if before and before[-1] not in _SENTENCE_STARTS:
        return None  # « Elle a lu « … », a fermé le livre »: the marks are an object
    return verb


def adnominal_holder(tok: Token) -> tuple[int, int] | None:
    """Token range of the person a participle cue qualifies with no comma between them ("la
    lettre d'un salarié dénonçant …", "un voisin affirmant que …", the noun's own adjectives
    between: "…, le président américain exigeant que …"): that person speaks, not the subject
    of the sentence. A message or a letter ("un communiqué dénonçant") is no one."""
    head, doc = tok.head, tok.doc
    if (
        tok.dep_ != "acl"
        or not present_participle(tok)
        or head.pos_ != "NOUN"
        or head.i >= tok.i
        or not all(t.pos_ == "ADJ" and t.head == head for t in doc[head.i + 1 : tok.i])
        or is_speech_noun(head.text)
        or not (is_role_noun(head.text) or head.lower_.endswith(PERSON_ENDINGS))
    ):
        return None
    lo = max(min(t.i for t in head.subtree if t.i <= head.i), clause_before_end(head))
    while lo < head.i and doc[lo].pos_ == "ADP":
        lo += 1
    return lo, tok.i


def governor(clause: Token) -> Token:
    """The verb a clause opened by « que » completes: its head, or, when the parse hung it on a
    verb of the next paragraph ("Le préfet affirme qu'il … et appelle à …\n\n« … »"), the
    nearest verb above it that comes before it."""
    head = clause.head
    if head.i < clause.i or "\n" not in clause.doc[clause.i : head.i].text:
        return head
    return next((a for a in clause.ancestors if a.i < clause.i), head)
