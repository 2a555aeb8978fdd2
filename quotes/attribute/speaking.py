"""Who speaks one candidate: its cue's subject resolved on the article's timeline, the
mention a colon's introduction gives, who holds a placard (``displayed``), or the speaker
before it when nothing says."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotes.attribute import addressed, agreement, carry_stops, speakers
from quotes.attribute import description_ties as ties
from quotes.attribute.accounts import account_name
from quotes.attribute.answers import answerer, replier
from quotes.attribute.cast import Person, Registry
from quotes.attribute.descriptions import person_word
from quotes.attribute.displayed import cue_speaker, holders, shown
from quotes.attribute.intro import SENTENCE_END, introduced_by
from quotes.attribute.latter import determined_gender
from quotes.attribute.noun_kinds import names_a_document
from quotes.attribute.roles import gender_of
from quotes.attribute.signed import signer
from quotes.attribute.sources import possessor_words
from quotes.attribute.timeline import Timeline
from quotes.detect import candidates as detect
from quotes.detect.frames import Frame
from quotes.lexicon import (
    bounded,
    cached,
    fold,
    folded,
    is_org_noun,
    lemma_of,
    reporting_verbs,
    singular,
    words,
)
from quotes.model import Evidence
from quotes.nlp.doc import text_of, token_starts

ISSUER = Evidence.DOCUMENT_ISSUER  # evidence: the speaker issued the text the cue names


def a_person_speaks(doc: Doc, cand: detect.Candidate) -> bool:
    """A direct quote that says je/me/mon is one person's words, never a body's; so are words
    whose cue only a person does (« a-t-il soupiré », lexicon/human_cues.txt)."""
    if cand.frame is not None and cand.frame.lemma in words("human_cues"):
        return True
    return cand.type == "direct" and agreement.first_person(doc, cand.start, cand.end)


def speaker_of(
    doc: Doc,
    cand: detect.Candidate,
    registry: Registry,
    timeline: Timeline,
    para: int,
    shared: tuple[int, int] | None = None,
) -> tuple[speakers.Resolved, tuple[str, ...], speakers.Resolved]:
    """The resolved speaker, the rules that fired, and the mention as read on its own;
    ``shared``: the words of every cue whose subject is this one's (``shared_subjects``), all
    of which a pronoun there says."""
    frame, unknown = cand.frame, speakers.UNKNOWN
    text = text_of(doc)
    if frame is not None and frame.kind == "colon" and (
            signed := signer(text, cand.start)) is not None:  # « Sport : … — Radio Nord (@rn) »
        frame = replace(frame, kind="post", subject=signed)
    first_person = a_person_speaks(doc, cand)
    no_subject = (
        frame is None or frame.subject is None or _topic(doc, frame, first_person, registry)
    )
    # "Avant d'ajouter : « … »", "La décision : « … »"
    goes_on = (Evidence.SUBJECTLESS_VERB, Evidence.COLON)
    carries_on = any(e in frame.evidence for e in goes_on) if frame is not None else False
    # "X a dénoncé : « … »" with X lost by the parse: unresolved, never the speaker before
    if frame is not None and no_subject and (
            not carries_on or Evidence.SUBJECT_LOST in frame.evidence):
        return unknown, (Evidence.NO_SPEAKER,), unknown
    if frame is None and Evidence.HEADING in cand.evidence:  # who says it: ``attribute.headings``
        return unknown, (Evidence.NO_SPEAKER,), unknown
    intro = introduced_by(doc, cand.start, registry) if frame is None else None
    if intro is not None:  # "Voici le message de la chanteuse :\n\n« … »"
        mention = speakers.classify(doc, *intro, registry)
        sentence = sentence_around(text, *intro)
        who, note = timeline.resolve(
            mention, intro[0], person=first_person, sentence=sentence, mention=intro
        )
        if who.name is not None or who.role is not None:
            return who, (Evidence.COLON_INTRO, *((note,) if note else ())), mention
    placard = shown(doc, cand.start) if frame is None else None
    if placard is not None:  # « brandissant des pancartes « … » »: who holds them, else no one
        held = holders(placard, cand.end)
        if isinstance(held, Token):  # « « … », a lancé la déléguée Anne Roy, brandissant … »
            if (cued := cue_speaker(timeline, held)) is not None:
                who = replace(cued, resolution="continuation")
                return who, (Evidence.DISPLAY_HOLDERS,), unknown
            held = None
        if held is None:  # « Les policiers ont saisi des banderoles « … » »
            return unknown, (Evidence.NO_SPEAKER, Evidence.DISPLAY_HOLDERS), unknown
        who, note = timeline.resolve(speakers.classify(doc, *held, registry), held[0],
                                     sentence=sentence_around(text, *held), mention=held)
        return who, (Evidence.DISPLAY_HOLDERS, *((note,) if note else ())), unknown
    if no_subject:
        answer = answerer(doc, cand.start, para, timeline) if frame is None else None
        if answer is not None:  # « Paul Roux lui a demandé si … « Non. » »: the one asked
            return replace(answer, resolution="continuation"), (Evidence.INTERVIEWEE,), unknown
        prev, carry = timeline.previous(cand.start, para, person=first_person)
        if (voice := carry_stops.own_speaker(doc, cand, registry, (timeline, para))):
            return voice, (Evidence.CLAUSE_SUBJECT,), voice  # « la ligue « salue … » »
        if prev is None or names_a_document(prev.kind, prev.name):  # « selon une étude, … »
            ended = (carry,) if carry in (Evidence.CARRY_ENDED, Evidence.CARRY_NOT_ACROSS) else ()
            return unknown, (Evidence.NO_SPEAKER, *ended), unknown
        told = (carry,) if carry in (Evidence.CARRY_ACROSS, Evidence.CARRY_PAST_SPEAKER) else ()
        return replace(prev, resolution="continuation"), (
            *told, Evidence.SPEAKER_FROM_PREVIOUS_SENTENCE), unknown
    assert frame is not None and frame.subject is not None
    subject = frame.subject
    if frame.kind == "selon" and (own := _clause_subject(doc, cand, subject, registry)) is not None:
        own_mention = speakers.classify(doc, *own, registry)
        if own_mention.kind in ("person", "organization", "anonymous"):
            subject = own  # « X a déploré une réforme ayant, selon elle, … »: elle is X
    mention = speakers.classify(doc, subject[0], subject[1], registry)
    if frame.kind == "post" and mention.kind == "person" and account_name(doc, *subject):
        mention = replace(mention, kind="organization", gender=None)  # an outlet's account
    lo, hi = min(cand.start, subject[0]), max(cand.end, subject[1])
    sentence = sentence_around(text, lo, hi)
    apposed = ties.apposed_before(registry, subject[0]) if mention.kind == "anonymous" else None
    if apposed is not None:  # « Me Paul Roux, l'un des avocats, a dit »: the parse's subject
        # is the apposition, the name before it is who speaks
        who = speakers.of_person(apposed, replace(mention, kind="person"))
        note = Evidence.DESCRIPTION_TO_APPOSED_NAME
    else:
        said_subject = _said_subject(doc, cand) if frame.kind == "postposed" else None
        pronoun = mention.resolution == "pronoun"  # said over the words of every cue it shares
        who, note = timeline.resolve(
            mention, subject[0], person=first_person, sentence=sentence, mention=subject,
            content=(shared if pronoun else None) or (cand.start, cand.end),
            own=_own_subject(said_subject, registry),
            own_body=_own_body(doc, said_subject, registry) if cand.type == "indirect" else None,
        )
    if who.resolution != "explicit" and (other := replier(
            frame.lemma, doc, subject, cand.start, para, timeline)):
        who, note = replace(other, resolution="continuation"), Evidence.INTERVIEWEE  # « répond son
        # interlocuteur »: the other party of the last one who spoke
    if (party := addressed.unnamed_party(
            doc, frame, mention, who, note, timeline, cand.start, para)) is not None:
        who, note = party, addressed.UNNAMED  # « …, a lancé au ministre la retraitée »
    label = text[frame.subject[0] : frame.subject[1]]
    if Evidence.QUESTION in frame.evidence and registry.person(label) is None:
        asker = _reporter(registry, label)
        if asker is not None:  # "France 2 : … ?" asked by its "correspondant de France 2"
            who = speakers.of_person(asker, replace(mention, kind="person"))
            note = Evidence.INTERVIEWER
    if who.resolution == "explicit" and names_a_document(who.kind, who.name):
        who, note = _document_speaks(who, frame, timeline, para, note)
    elif fold(label) == "on" and frame.kind == "postposed" and (
            (before := _on_continued(doc, frame, timeline, para)) is not None):
        who, note = before, Evidence.ON_CONTINUES  # « …, a-t-on ajouté »: the unnamed source before
    if who.kind in ("person", "anonymous") and who.gender is None and frame.cue is not None:
        unnamed = who.name or "" if who.kind == "anonymous" else None  # "s'est réjouie X"
        who = replace(who, gender=agreement.cue_gender(doc, *frame.cue, unnamed=unnamed))
    # the issuer of the text the cue names (« Paul Roux a publié un message. …, précise le
    # message »): an inference of its own, with its own confidence
    issued = (ISSUER,) if who.issued and who.resolution == "explicit" else ()
    return who, (*((note,) if note else ()), *issued), mention


def _clause_subject(doc: Doc, cand: detect.Candidate, source: tuple[int, int],
                    registry: Registry) -> tuple[int, int] | None:
    """The subject of the sentence's main verb, inside the words and before « selon » with a
    pronoun, when the pronoun agrees with it in gender and number and no verb in between has
    a subject of its own (« La fédération a déploré une réforme ayant, selon elle, … »: a
    pronoun in an aside stands for the subject of the verb of saying around it, not for the
    subject of another verb when a person it agrees with was named before the sentence,
    « Paul Roux a parlé. Un artisan serait taxé selon lui », though « Marc Petit a, selon
    lui, été trahi » alone is his); else None. So does
    a possessive before a noun of words said, agreeing in number (« L'homme était, selon ses
    dires, parti chasser »): it gives no gender."""
    said = doc.char_span(*source, alignment_mode="expand")
    owner = possessor_words(said) if said is not None else None
    if said is None or (owner is None and (len(said) != 1 or said[0].pos_ != "PRON")):
        return None
    word, tok = said[-1], said[-1].head
    for _ in range(_CLIMB + 1):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            break
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    if owner is None and tok.lower_ not in reporting_verbs() and _named_before(
            registry, word):
        return None  # « Un artisan serait taxé à 60 % selon lui »: the subject of a verb of no
        # saying is what the words are about, not the one who says them, when another is there
    if subject is None or tok.head.i != tok.i or not cand.start <= subject.idx < word.idx:
        return None
    number = word.morph.get("Number", []) if owner is None else [
        "Plur" if owner == "p" else "Sing"]
    if subject.morph.get("Number", []) != number or (
            owner is None and determined_gender(subject) != gender_of(word)):
        return None
    sub = list(subject.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _named_before(registry: Registry, pronoun: Token) -> bool:
    """Was a person the pronoun agrees with (one, of its gender) named before its sentence?"""
    if "Plur" in pronoun.morph.get("Number", []):
        return False
    gender = gender_of(pronoun)
    return any(p.gender == gender for p in registry.people_before(pronoun.sent.start_char))


def _document_speaks(
    who: speakers.Resolved, frame: Frame, timeline: Timeline, para: int, note: str | None
) -> tuple[speakers.Resolved, str | None]:
    """A document no author is named of as the cue's subject: after a verb that goes on with
    words already quoted (« …, poursuit le message adressé au public », lexicon/
    continuing_cues.txt), the one quoted just before it in the paragraph or the one before,
    who issued it; else the document's own words, as before (« annonce le site »), with
    their ``note``."""
    before = _continued(frame, timeline, para)
    return (before, Evidence.DOCUMENT_CONTINUES) if before is not None else (who, note)


def _on_continued(
    doc: Doc, frame: Frame, timeline: Timeline, para: int
) -> speakers.Resolved | None:
    """A bare « on » after a verb that goes on with words quoted just before (« …, a-t-on
    ajouté », « a-t-on ajouté de même source ») is the one quoted before it when that one is
    itself an unnamed source (an entourage, an anonymous source, a body) and nothing after
    « on » names another side (``_goes_on_alone``); never a person quoted in their
    own name (« on » is then someone else). A continuation of such a source is no surer than
    the quote it continues (confidence.tsv: continuation:anonymous / organization)."""
    assert frame.subject is not None
    end = max(frame.subject[1], frame.cue[1] if frame.cue else 0)
    if not _goes_on_alone(doc, bisect_left(token_starts(doc), end)):
        return None
    before = _continued(frame, timeline, para)
    return before if before is not None and before.kind in _UNNAMED_SOURCES else None


_UNNAMED_SOURCES = ("anonymous", "organization")  # who a bare « on » may go on for


def _goes_on_alone(doc: Doc, after: int) -> bool:
    """Do the words from token ``after`` (past « on » and its verb) up to a comma or the
    sentence's end say only when it was said or « de même source » (lexicon/skip_words,
    time_words, same_source: « …, a-t-on ajouté jeudi », « a-t-on ajouté de même source,
    saluant … »)? Any other words may name another side (« a-t-on ajouté du côté de
    l'opposition », « chez ses adversaires », « côté syndical »)."""
    tail = []
    for tok in doc[after:]:
        if tok.is_sent_start or tok.is_punct or tok.is_space:
            break
        tail.append(fold(tok.text))
    return _spelled(tail, _tail_phrases())


@cached
def _tail_phrases() -> frozenset[tuple[str, ...]]:
    lists = folded("skip_words") | folded("time_words") | folded("same_source")
    return frozenset(tuple(p.split()) for p in lists)


def _spelled(tail: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Is ``tail`` written wholly with ``phrases``, the longest first at each place?"""
    i = 0
    while i < len(tail):
        size = max((len(p) for p in phrases if tuple(tail[i : i + len(p)]) == p), default=0)
        if not size:
            return False
        i += size
    return True


def _continued(frame: Frame, timeline: Timeline, para: int) -> speakers.Resolved | None:
    """After a verb that goes on with words already quoted (lexicon/continuing_cues.txt) whose
    subject names no one of its own (a document, a bare « on »), the one quoted just before it
    in the paragraph or the one before, unless a document; else None."""
    assert frame.subject is not None
    if frame.lemma not in words("continuing_cues"):
        return None
    before = next((e.who for e in reversed(timeline.entries) if e.spoke
                   and e.pos < frame.subject[0] and para - e.para <= 1 and e.who.name), None)
    if before is None or names_a_document(before.kind, before.name):
        return None
    return replace(before, resolution="continuation")


def subjectless(doc: Doc, cand: detect.Candidate) -> bool:
    """Whether the cue is a verb form with no subject of its own (an infinitive, a participle,
    ``lost.without_subject``) whose nearest governing verb with a subject (up to ``_CLIMB``
    verbs up) has for it a common noun of the sentence whose lemma (« salariés »: « salarié »)
    names no person nor body: « Les traces permettent de conclure que … » names nobody, and
    the words are read as words with no cue; « Moscou a changé sa doctrine pour soutenir que
    … » and « les salariés ont pris la parole pour dire que … » name who speaks."""
    frame = cand.frame
    if frame is None or frame.cue is None or Evidence.SUBJECTLESS_VERB not in frame.evidence:
        return False
    span = doc.char_span(*frame.cue, alignment_mode="expand")
    if span is None:
        return False
    tok, seen = span.root, 0
    while tok.dep_ in _GOVERNED and tok.head.i != tok.i and seen < _CLIMB:
        tok, seen = tok.head, seen + 1
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            return subject.pos_ == "NOUN" and subject.idx >= cand.sentence[0] and not (
                person_word(lemma_of(subject.text, noun=True)) or is_org_noun(subject.text))
    return False


_GOVERNED = ("xcomp", "advcl", "acl", "obl", "obl:arg", "ccomp")  # an infinitive's links up
_CLIMB = 3  # verbs climbed to find the subject the infinitive leans on


def people_kind(who: speakers.Resolved) -> speakers.Resolved:
    """A speaker named by a noun of people whose kind the mention left open (« les éboueurs
    promettent … », « neuf salariés ont dit … ») is a person (one or several): the last word
    before any complement is a noun of people (``descriptions.person_word``); « ce dernier
    sondage » is none."""
    if who.kind != "unknown" or not who.name:
        return who
    said = _COMPLEMENT.split(who.name, maxsplit=1)[0].split()
    people = bool(said) and said[-1].isalpha() and person_word(singular(said[-1]))
    return replace(who, kind="person") if people else who


_COMPLEMENT = re.compile(r"\s+(?:de|du|des|et)\s+|\s+d['’]|,")


def _reporter(registry: Registry, outlet: str) -> Person | None:
    """The one person the article gives a role at this outlet ("correspondant de France 2")."""
    key = fold(outlet)
    found = [p for p in registry.people if any(key in fold(r) for r in p.role_texts())]
    return found[0] if len(found) == 1 else None


def _topic(doc: Doc, frame: Frame, first_person: bool, registry: Registry) -> bool:
    """Is the label before a colon a topic rather than who speaks: « Les joueurs : "Ils ont
    besoin … Je veux …" », several people before words that speak as one?"""
    if frame.kind != "colon" or frame.subject is None or not first_person:
        return False
    return speakers.classify(doc, *frame.subject, registry).number == "p"


# a headline run into the lead with no stop, on the text's first line: a lower-case word, then
# a capitalised article and a lower-case noun (« … accepté le voyage Le conseiller d'État est … »)
_RUN_ON = re.compile(r"(?<=[a-zà-öø-ÿ]) (?=(?:Le|La|Les) [a-zà-öø-ÿ]|L['’][a-zà-öø-ÿ])")


@bounded(8)  # asked for every subject and quote of the article: its first line read once
def _run_ons(text: str) -> tuple[tuple[int, int], ...]:
    """Where a headline runs into the lead on the text's first line (``_RUN_ON``)."""
    first = text.find("\n") % (len(text) + 1)  # the first line's end, or the text's
    return tuple(m.span() for m in _RUN_ON.finditer(text, 0, first))


def sentence_around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around ``text[lo:hi]``: from the last stop before it to the next after.
    On the first line, a headline run into the lead ends where the lead's sentence starts."""
    breaks = _run_ons(text)
    starts = [m.end() for m in SENTENCE_END.finditer(text, max(0, lo - 2000), lo)] + [
        end for _, end in breaks if end <= lo]
    # "…, a commenté l'avocate de Julie K. « …"
    after = SENTENCE_END.search(text, max(lo, hi - 1))
    ends = [after.start()] if after else [len(text)]
    ends += [start for start, _ in breaks if start >= hi]
    return max(starts, default=0), min(ends)


def _said_subject(doc: Doc, cand: detect.Candidate) -> tuple[int, int] | None:
    """Where the subject of the words said is, when they have one."""
    said = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    subject = next((c for c in said.root.children if c.dep_.startswith("nsubj")), None) if (
        said is not None) else None
    if subject is None:
        return None
    sub = list(subject.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _own_subject(subject: tuple[int, int] | None, registry: Registry) -> str | None:
    """The one person the words said name as their own ``subject`` (« Anne Roy ne sera pas
    candidate, annonce-t-elle »), who may be the pronoun of the cue after them; else None."""
    named = registry.people_between(*subject) if subject is not None else set()
    return next(iter(named)).name if len(named) == 1 else None


def _own_body(doc: Doc, subject: tuple[int, int] | None,
              registry: Registry) -> speakers.Resolved | None:
    """The body the words said name as their own ``subject`` (« Le parquet ne dira rien
    aujourd'hui, a-t-il indiqué »), whom the pronoun of the cue after them may stand for.
    Read for words with no marks only: in « « Le commandant a tous les pouvoirs », a-t-il
    dit », the one before speaks of the body."""
    body = speakers.classify(doc, *subject, registry) if subject is not None else None
    return body if body is not None and body.kind == "organization" else None
