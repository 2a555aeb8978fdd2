"""Subjects of the narrator's own clauses: the people and bodies the text is about, whom a
pronoun or a quote with no cue may take up later (``attribute.timeline``).

Read from the parse's subjects (``nsubj``, ``nsubj:pass``), a cleft (« c'est X qui »), a
topic set before its clause, or a subject the parse lost (a paragraph's first name hung on the
paragraph before, a name hung on the phrase set before it: ``set_off_names``); never inside
quotation marks or reported content.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.appositions import (
    apposed_name,
    auxiliary_name,
    dislocated_topic,
    lost_subject,
)
from quotes.detect.asked_clauses import asked_subject
from quotes.detect.context import Context, demonstrative_start
from quotes.detect.forms import conjugated
from quotes.detect.governing import SUBJECT_DEPS
from quotes.detect.perceivers import governed_perceiver
from quotes.detect.predicates import saying_verb
from quotes.detect.set_off_names import set_off_name
from quotes.detect.speaker_phrases import is_latter
from quotes.detect.subjects import subtree_before
from quotes.lexicon import is_speech_noun, reporting_verbs, words
from quotes.lexicon.grammar import CE, CLEFT_BE, NOT_SUBJECTS, QUE, SUBJECT_PRONOUNS


def sentence_subjects(ctx: Context, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Subjects of the narrator's own clauses: the people and bodies the text is about.

    Subjects inside quotation marks or inside reported content (``spans``) are speech,
    not narration, and are left out.
    """
    doc = ctx.doc
    out = []
    for tok in doc:
        cleft = (
            tok.ent_type_ == "PER"
            and tok.i >= 2
            and doc[tok.i - 1].lower_ in CLEFT_BE
            and doc[tok.i - 2].lower_ in CE
        )
        if (topic := dislocated_topic(ctx, tok)) is not None:
            out.append(topic)
            continue
        verb = rootless_verb(tok)
        named = auxiliary_name(tok)
        if (
            not cleft
            and verb is None
            and named is None
            and not lost_subject(ctx, tok)
            and not set_off_name(tok)  # « A l'énoncé de la peine, |Paul Roux|, 65 ans, est … »
            and (tok.dep_ not in SUBJECT_DEPS or tok.lower_ in NOT_SUBJECTS)
        ):
            continue  # "c'est Nicolas Sarkozy qui raconte" names the speaker too
        if ctx.inside_marks(tok.idx) is not None or any(a <= tok.idx < b for a, b in spans):
            continue
        if named is not None:  # « … Paul |Roux| rappelait »: a name read as an auxiliary
            out.append((doc[named].idx, tok.idx + len(tok.text)))
            continue
        if empty_il(tok):
            continue  # « il a été souligné que … »: no one, whom a later pronoun could not be
        if asked_subject(tok):
            continue  # « … de savoir si la police enquêtera, elle a dit »: a question asked
        if governed_perceiver(tok):
            continue  # "X veut que l'UE réalise qu'…": the UE is told, X speaks
        if inverted_clitic(tok):
            continue  # « Une promesse du président, a-t-il indiqué »: the words, « il » speaks
        # the tagger's part of speech for a name is a guess ("Marine" as X): the label holds
        nominal = (
            tok.pos_ in ("NOUN", "PROPN", "PRON")
            or tok.ent_type_ == "PER"
            or is_latter(tok)
            or (tok.i + 1 < len(doc) and is_latter(doc[tok.i + 1]))
        )
        if not nominal or tok.text.startswith("-"):
            continue
        limit = verb.i if verb is not None else tok.head.i if tok.head.i > tok.i else len(doc)
        lo, hi = subtree_before(tok, limit)
        if hi <= tok.head.i and "\n" in ctx.text[doc[hi - 1].idx : tok.head.idx]:
            continue  # "Doctrine nucléaire\n\nMoscou a modifié": a heading, not the subject
        if hi - lo > ctx.settings.subject_max_tokens:
            # its head; words said with their author, up to the first comma (« Les mots de Paul
            # Roux, délégué … , »: his), when that is short enough
            comma = next((t.i for t in doc[tok.i : hi] if t.text == ","), hi)
            short = comma - lo <= ctx.settings.subject_max_tokens and is_speech_noun(tok.text)
            lo, hi = (lo, comma) if short else (tok.i, tok.i + 1)
        # « Le PDG juge aussi que Luc Roy » read as one noun phrase: the verb of saying the
        # parse missed ends the subject, the one it reports on is no subject of the narrator's
        hi = next((v for q in range(tok.i + 2, hi)
                   if (v := saying_verb(doc, q, tok.i + 1)) is not None), hi)
        lo = apposed_name(doc, lo, tok)
        hi = _coordinated_subject(tok, hi)
        out.append((doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)))
    return [(demonstrative_start(ctx.text, a, b), b) for a, b in out]  # « Celui-ci » whole


def rootless_verb(tok: Token) -> Token | None:
    """ "Son avocat, Me Paul Roux, était présent lors de …": the noun opening its sentence
    that the parse made the sentence's root, a finite verb after it with no subject of its own
    (nor its head): that noun is the verb's subject; the verb, or None."""
    sent = tok.sent
    if tok.dep_ != "ROOT" or tok.pos_ not in ("NOUN", "PROPN") or tok.i > sent.start + 2:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in tok.doc[sent.start : tok.i]):
        return None
    if tok.pos_ != "PROPN" and not any(c.dep_ == "det" for c in tok.children):
        return None  # "Reste à savoir ce que sera …", "Elu pape …": no noun phrase
    for t in tok.doc[tok.i + 1 : sent.end]:
        if t.text in (":", ";") or (t.dep_.startswith("nsubj") and t.head.dep_ not in _CLAUSES):
            return None  # "Résultats : X renoue …": a heading, then a clause with its subject
        if conjugated(t):
            owner = t.head if t.dep_.startswith(("aux", "cop")) else t
            if owner.dep_ in _CLAUSES or any(
                    c.dep_.startswith(("nsubj", "expl")) or c.dep_ == "mark"
                    for c in (*t.children, *owner.children)):
                continue  # "…, qui a obtenu son visa, …", "…, expliquant qu'il s'agissait"
            return t
    return None


_CLAUSES = frozenset(("acl", "acl:relcl", "advcl", "ccomp", "conj", "csubj", "xcomp"))


_CLOSES = (".", ",", ";", "!", "…")  # what may close an incise right after its verb
_INVERTED = SUBJECT_PRONOUNS | {"on"}  # « a-t-il indiqué », « a-t-on appris »


def inverted_clitic(tok: Token) -> bool:
    """Is this noun before a comma the words of an incise whose verb has its own subject,
    a pronoun after it (« Une promesse du président, a-t-il indiqué »)? The parse makes the
    noun the verb's subject; the pronoun is, and the noun is what was said. Only where the
    verb reports speech and closes the incise (``_CLOSES`` right after it, no object or
    complement of its own) in a sentence that asks nothing: « Le trésorier Marc Vidal, a-t-il
    menti aux enquêteurs ? » asks about its subject."""
    head = tok.head
    doc = tok.doc
    if head.i <= tok.i or head.lower_ not in reporting_verbs() or not any(
            t.text == "," for t in doc[tok.i : head.i]) or not any(
            c.i > tok.i and c.text.startswith("-")
            and c.lower_.lstrip("-") in _INVERTED for c in head.children):
        return False
    after = next((t for t in doc[head.i + 1 :] if not t.text.startswith("-")), None)
    ends = [t for t in tok.sent if not t.is_space and not t.is_quote]
    return (after is None or after.text in _CLOSES) and not any(
        c.dep_.split(":")[0] in ("obj", "obl", "ccomp") for c in head.children) and not (
        ends and ends[-1].text == "?")


def _coordinated_subject(tok: Token, hi: int) -> int:
    """The end of a subject with the one « et » adds when the parse hangs that one on the verb
    as a second subject (« Les syndicats CGT et FO ont … »): both speak, as one."""
    doc = tok.doc
    other = next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i), None)
    if (other is None or other.i > tok.head.i or hi >= len(doc) or doc[hi].lower_ != "et"
            or other.left_edge.i != hi + 1):
        return hi
    return max(t.i for t in other.subtree if t.i < tok.head.i) + 1


def empty_il(tok: Token) -> bool:
    """The « il » of a passive whose subject is the que-clause after it: « il a été souligné
    que … », « il a été décidé que … »; not a man the passive speaks of (« il a été arrêté »,
    « il a été informé que … », lexicon/addressee_verbs.txt: the one told)."""
    head = tok.head
    if tok.lower_ != "il" or tok.dep_ != "nsubj:pass" or head.i < tok.i:
        return False
    clause = any(
        c.dep_ == "ccomp" and c.i > head.i and any(m.dep_ == "mark" and m.lower_ in QUE
                                                   for m in c.children)
        for c in head.children
    )
    return clause and any(c.dep_ == "aux:pass" for c in head.children) and (
        head.lower_ not in words("addressee_verbs"))
