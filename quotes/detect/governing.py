"""The clause a non-finite or coordinated cue belongs to, where the parse hung it wrong, and the
subject the parse missed of a clause coordinated after « et » or a comma.

A participle set off by a comma (« …, jugeant que »), an infinitive after « avant de » and a
verb after « et » with no subject of their own speak for the subject of the clause they go on
from: the nearest finite clause before them, never a relative clause inside it (« X a jugé
l'incendie du domicile, qui a provoqué sa démission, promettant de … »: X). A participle with a
subject of its own (« X a reçu les riverains, certains jugeant … ») is left to it; one after a
clause whose subject is a pronoun is left to the set-off participle's own rule
(``lost.set_off_participle_subject``), which knows the « il » that stands for no one (« il
manque des boulons, assurant que … »). A verb after a comma in a que-clause with no subject of
its own shares the clause's pronoun (« qu'elle avait appelé Y, l'avait félicité »), not the
object before the comma.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.cue_spellings import euphonic
from quotes.detect.cues import governor
from quotes.detect.forms import conjugated, finite, present_participle
from quotes.lexicon.grammar import (
    NAME_LINKS,
    PARTICIPLE_OPENINGS,
    PREVERBAL_CLITICS,
    QUE,
    SET_OFF_RELATIVES,
    SUBJECT_PRONOUNS,
)

SUBJECT_DEPS = ("nsubj", "nsubj:pass")  # the dependencies of a subject, for the detect modules too
# a verb after « et » the parse joins to the first: as a conjunct, or as an adverbial clause
_COORDINATED = ("conj", "advcl")
# clauses inside the sentence's own: a relative one, the reported one (« X a demandé que son
# client soit condamné à une peine légère, insistant sur … »: X insists, not the client)
_SUBORDINATE = ("acl:relcl", "acl", "ccomp", "xcomp", "advcl", "csubj")
_SET_OFF_REACH = 24  # tokens back for the comma opening a stretch set off before the verb
_SUBJECT_REACH = 8  # tokens a missed subject's noun phrase spans at most


def clause_above(cur: Token) -> Token | None:
    """The verb whose subject the subjectless ``cur`` shares: the one :func:`governing_verb`
    finds where the parse hung it wrong; else the head of a participle, an infinitive or a
    coordinated verb, past the « que » clauses it completes (« jugeant que les torts sont
    partagés et notant que … »: not « les torts »). None for a clause of its own."""
    above = governing_verb(cur)
    if above is not None:
        return above
    form = cur.morph.get("VerbForm", [])
    if any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm", [])
           for c in cur.children):
        form = []  # "bien que Moscou ait assuré": a compound tense, its own clause
    if cur.dep_ not in ("advcl", "xcomp", "conj", "acl") or cur.head == cur or not (
            "Part" in form or "Inf" in form or cur.dep_ == "conj"):
        return None
    cur = cur.head
    while cur.head != cur and any(c.dep_ == "mark" and c.lower_ in QUE for c in cur.children):
        cur = governor(cur)
    return cur


def governing_verb(cur: Token) -> Token | None:
    """The verb whose subject the subjectless cue ``cur`` shares, where the parse's head is no
    clause of it: a present participle set off by a comma, or a gerund (« tout en appelant »),
    that the parse hung on a noun or an adverb goes with the main clause over it, relative and
    reported clauses aside (« X a jugé l'incendie, qui a provoqué sa démission, promettant de
    … »: « a jugé »; « X a concédé sa défaite, sans citer le nom de Y, tout en appelant … »: X),
    as does a set-off one hung on a relative clause's verb (a gerund there is the relative
    clause's own: « la crise qui a assommé les marchés en ouvrant … »); one hung on a verb with
    a clause coordinated after it goes with that nearer clause (« Beaucoup repartent déçus,
    d'autres haussent les épaules, jugeant … »: « d'autres »). None when the parse's head is
    right."""
    head = cur.head
    if head == cur or head.i > cur.i or not present_participle(cur):
        return None
    opening = _opening(cur)
    if opening is None:
        return None
    if head.pos_ not in ("VERB", "AUX") and opening != "," and (
            inner := _inner_clause(cur, head)) is not None:
        return inner  # « qui n'a pas hésité à commenter l'annonce en déclarant »: the relative's
    if head.pos_ not in ("VERB", "AUX") or (head.dep_ == "acl:relcl" and opening == ","):
        # on a noun, or on the verb of a relative clause (« X a présenté le bilan, qui a été
        # salué par les élus, promettant de … »: « a présenté »)
        main = next((a for a in head.ancestors if a.pos_ == "VERB" and a.i < cur.i
                     and a.dep_ not in _SUBORDINATE), None)
        if main is None:
            return None
        subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS and not euphonic(c)),
                       None)
        if subject is None or subject.lower_ in SUBJECT_PRONOUNS:
            return None  # « il manque des boulons, assurant que »: the participle's own rule
        return main
    nearer = [c for c in head.children if c.dep_ == "conj" and head.i < c.i < cur.i
              and finite(c) and max(t.i for t in c.subtree) < cur.i]
    return nearer[-1] if nearer else None


def _inner_clause(cur: Token, head: Token) -> Token | None:
    """The verb a gerund hung on a noun goes with when no mark sets it off from that verb's
    words (« qui n'a pas hésité à commenter cette annonce en déclarant »: « commenter », in the
    relative clause, not the main clause over it): the noun's nearest verb; None when a comma
    or another mark stands between (« …, sans citer le nom de Y, tout en appelant »)."""
    verb = next((a for a in head.ancestors if a.pos_ == "VERB" and a.i < cur.i), None)
    if verb is None or any(t.is_punct for t in cur.doc[verb.i + 1 : cur.i]):
        return None
    return verb


def _opening(cur: Token) -> str | None:
    """What opens the participle ``cur``'s clause: a comma (« …, jugeant ») or the « en » of a
    gerund (« en appelant », « tout en appelant »); None for a participle that opens none (« des
    messages suggérant »)."""
    before = cur.nbor(-1).text.lower() if cur.i > 0 else ""
    return before if before in PARTICIPLE_OPENINGS else None


def missed_subject(verb: Token) -> tuple[int, int] | None:
    """The subject the parse missed of a finite ``verb`` coordinated after « et » or a comma: the
    noun phrase between that word and the verb, past a relative clause set off by commas (« Un
    murmure a parcouru la salle et la présentatrice Léa Roy, qui remettait la coupe, a marqué
    un temps d'arrêt »: « la présentatrice Léa Roy »; « …, d'autres haussent les épaules »),
    through a name set off by commas (« … et le président du club, Henri Faure, a promis »).
    None when the verb follows the conjunction (« X a parlé et a assuré »: X's), when the parse
    gives it a subject, or when it hangs it on no verb before it (« Selon X, le chantier
    reprendra », « reprendra » on « chantier »: the words said)."""
    head = verb.head
    if head.i >= verb.i or head.pos_ not in ("VERB", "AUX") or not finite(verb) or any(
            c.dep_ in (*SUBJECT_DEPS, "expl:subj") for c in verb.children):
        return None
    doc = verb.doc
    k = min([verb.i, *(t.i for t in verb.children if t.i < verb.i and (
        t.dep_.startswith("aux") or t.lower_ in PREVERBAL_CLITICS or t.dep_ == "advmod"))])
    j = k - 1
    end = j + 1
    if j >= 0 and doc[j].text == ",":  # « X, qui remettait la coupe, | a marqué »
        back = range(j - 1, max(-1, j - 1 - _SET_OFF_REACH), -1)
        opening = next((i for i in back if doc[i].text == ","), None)
        if opening is None:
            return None
        stretch = doc[opening + 1 : j]
        if stretch and all(t.pos_ == "PROPN" or t.lower_ in NAME_LINKS for t in stretch) and any(
                t.pos_ == "PROPN" for t in stretch):
            end = j  # « le président du club, Henri Faure, | a promis »: through the name
        elif doc[opening + 1].lower_ not in SET_OFF_RELATIVES:
            return None
        else:
            end = opening
        j = opening - 1
    start = j + 1
    while j >= 0 and j > start - 1 - _SUBJECT_REACH and (
            doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or doc[j].lower_ in NAME_LINKS):
        j -= 1
    lo = j + 1
    if lo >= start or j < 0 or not (doc[j].text == "," or doc[j].lower_ == "et"):
        return None
    if doc[lo].pos_ != "DET" and not any(t.pos_ == "PROPN" for t in doc[lo:end]):
        return None  # « la salle et assuré »: a determiner or a name opens a subject
    return lo, end


def comma_conjunct_subject(verb: Token) -> tuple[int, int] | None:
    """The pronoun subject of a que-clause before a comma that the finite ``verb`` shares,
    when nothing but its auxiliary, clitics and adverbs stands between the comma and it (« … a
    déclaré qu'elle avait appelé le président élu Y, l'avait félicité … »: « elle », not Y the
    object, which the parse may call a second subject): the subject pronoun before the nearest
    finite verb before the comma, past no other comma, when that verb opens on « que » and
    ``verb`` agrees with it. None when ``verb`` has a subject, or no such verb is there: after a
    main clause the verb may be an incise whose subject follows it (« X est mort, ont annoncé
    ses proches »)."""
    if verb.dep_.startswith("aux") or not finite(verb) or any(
            c.dep_ in (*SUBJECT_DEPS, "expl:subj") for c in verb.children):
        return None
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].head == verb and (
            doc[k].dep_.startswith("aux") or doc[k].lower_ in PREVERBAL_CLITICS
            or doc[k].dep_ == "advmod"):
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    for j in range(k - 1, max(-1, k - 1 - _CONJUNCT_REACH), -1):
        t = doc[j]
        if t.is_punct or t.is_sent_start:
            return None
        if t.pos_ in ("VERB", "AUX") and finite(t) and not t.dep_.startswith("aux"):
            subject = next((c for c in t.children if c.dep_ in SUBJECT_DEPS and c.i < t.i), None)
            que = any(c.dep_ == "mark" and c.lower_ in QUE for c in t.children)
            if not que or subject is None or subject.lower_ not in SUBJECT_PRONOUNS or not (
                    _agrees(verb, subject)) or not _same_tense(verb, t) or _incise_shape(verb):
                return None
            return subject.i, subject.i + 1
    return None


def _finite_form(verb: Token) -> Token:
    """The conjugated word of ``verb``: its auxiliary's in a compound tense, else its own."""
    return next((c for c in verb.children if c.dep_.startswith("aux") and conjugated(c)), verb)


def _same_tense(verb: Token, before: Token) -> bool:
    """Are the conjugated words of ``verb`` and of the que-clause verb ``before`` in the same
    tense and mood? A conjunct of the reported clause goes on in its tense (« qu'elle avait
    appelé Y, l'avait félicité », « qu'elle était arrivée, l'avait remercié »); a verb in another
    is the main clause's or an incise's (« qu'elle avait tenu ses promesses, a salué les
    agents », « qu'il resterait en poste, a indiqué X »)."""
    a, b = _finite_form(verb), _finite_form(before)
    return all(a.morph.get(f, []) == b.morph.get(f, []) for f in ("Tense", "Mood"))


def _incise_shape(verb: Token) -> bool:
    """Is ``verb`` the verb of an incise: no clitic before it, then only a noun phrase (a name,
    a noun, a day) up to the end of the sentence or a comma (« …, avait souligné son adjoint X. »,
    « …, avait précisé l'agence. »)? Its subject is that noun phrase, whatever the parse says."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].text != ",":
        if doc[k].lower_ in PREVERBAL_CLITICS:
            return False
        k -= 1
    words: list[Token] = []
    for t in doc[verb.i + 1 :]:
        if t.text in _CLAUSE_ENDS or t.is_sent_start:
            break
        words.append(t)
    return bool(words) and any(t.pos_ in ("NOUN", "PROPN") for t in words) and all(
        t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADV", "NUM") or t.lower_ in NAME_LINKS
        for t in words)


def _agrees(verb: Token, pronoun: Token) -> bool:
    """Does the finite form of ``verb`` (its auxiliary's, in a compound tense) take the number of
    the subject ``pronoun``? (« qu'il l'avait tuée, ont annoncé ses avocats »: « ont » is not
    his.)"""
    form = _finite_form(verb)
    number = pronoun.morph.get("Number", [])
    return bool(number) and form.morph.get("Number", []) == number


_CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?", ":"})  # what ends an incise's noun phrase
_CONJUNCT_REACH = 12  # tokens back from the comma to the verb of the clause before it


def first_conjunct(verb: Token) -> Token | None:
    """The verb before « et » whose subject the coordinated ``verb`` shares, where the parse gave
    ``verb`` a subject that stands after that first verb and before the « et » (« Le président
    Luc Fabre a accusé le chef de la milice, Marc Durand, de « trahison » et a dénoncé … »: the
    first verb's object is no subject of the second, Luc Fabre is). None when the subject
    follows the conjunction, even where the parse gave the verb the object as well (« X a
    accusé Y de « … » et celui-ci a dénoncé … », « … et Marc Durand a dénoncé … »: his own).
    Only a verb coordinated to the first (``conj``, or the ``advcl`` the parse makes of it)."""
    if verb.dep_ not in _COORDINATED:
        return None
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i < verb.i), None)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    first = verb.head
    if cc is None or not subjects or any(s.i > cc.i for s in subjects) or first.i == verb.i:
        return None
    subject = subjects[0]
    return first if first.pos_ in ("VERB", "AUX") and first.i < subject.i else None
