"""Where reported content starts and ends.

The complement a reporting verb takes (a que-clause, a bare infinitive, an object and an
infinitive), the end of the reported clause (the sentence end, another cue, a coordinated verb
of the narrator; where the narrator's clause goes on inside it: ``narrator_resumes``) and the
trimming of its edges. Offsets in, offsets out; no speaker here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.detect.closing_tails import narrator_end
from quotes.detect.complements import clitic_infinitive
from quotes.detect.context import (
    OPENING,
    SENT_END,
    Context,
    outer_end,
    sign_before,
    skip_blank,
)
from quotes.detect.coordinated import opens_second_clause
from quotes.detect.cues import reports_attribute
from quotes.detect.forms import (
    compound_infinitive,
    conjugated,
    past_participle,
    present_participle,
)
from quotes.detect.marks import Marked
from quotes.detect.media import medium_tail
from quotes.detect.sentence_stops import stopped_marks
from quotes.lexicon import Verb, cached, words
from quotes.lexicon.grammar import (
    A_OR_DE,
    CLEFT_BE,
    COORDINATED,
    DANGLING,
    DE,
    DEGREE,
    INTERROGATIVES,
    PLUPERFECT_AUXILIARIES,
    QUE,
    REASON_CONJUNCTIONS,
)

_COORDINATED = re.compile(
    r"(?:,\s+|\s+(?=et\s))(?:(?:mais|et|puis)\s+(?:n[e’']\s*)?(a|ont|avait|avaient|est|sont|s[’'])\b"
    r"|(?:bien|alors|tandis)\s+qu)"
)

_PERFECT = frozenset({"a", "ont", "est", "sont"})  # a compound past: « et a été »
# an apostrophe, then a space or an opening mark: « qu' il », « qu'« il »
_LONE = frozenset(a + b for a in "'’" for b in " " + OPENING)
# « c'est … que », « ce fut … que »: « c' » before a vowel, « ce » before a consonant
_CLEFT_BE = "|".join(("['’]" if be[0] in "eé" else "e ") + be for be in sorted(CLEFT_BE))
_CLEFT = re.compile(rf"c(?:{_CLEFT_BE})\s", re.IGNORECASE)


def content_end(
    ctx: Context, start: int, sent_end: int, barriers: list[tuple[int | None, int]],
    cue: Token | None = None, verbless: bool = False,
) -> int:
    """Where reported content that starts at ``start`` stops: the sentence end or the next cue.

    Another cue stops it at its subject when that subject lies inside the content ("…, et
    Biden a déclaré"), else at the cue itself ("…et relevant que"); a cue whose subject opens
    the content is nested in it ("que des évaluations suggèrent que …") and does not stop it.
    A verb coordinated with the cue's own ("…, mais a refusé de …") ends it too, not one in
    the content's tense that the cue, whose group starts at ``cue``, cannot take ("a dit que
    la grève était suivie et avait …"), nor any after a cue with no verb (``verbless``:
    "D'après X, la coulée faisait 800 mètres et a recouvert …"). A stop that would leave the
    content on a preposition, a conjunction, « ne » or a determiner is inside its clause ("sa
    détermination à | poursuivre …"): the next one is tried.
    """
    stops = []
    for subject, first in barriers:
        if nested(ctx, start, subject, first):
            continue
        if subject is not None and subject >= start:
            if subject > start:
                stops.append(subject)
        elif first > start:
            stops.append(first)
    coordinated = [m.start() for m in _COORDINATED.finditer(ctx.text, start, sent_end) if not (
        m[1] and (verbless or (cue is not None and (
            _other_tense([m[1]], [cue.lower_])
            or (m[0][0] != "," and _perfect_after_present(m[1], cue))))))]
    coordinated = [c for c in coordinated if ctx.inside_marks(c) is None]
    stops += stopped_marks(ctx, start, sent_end)
    for stop in sorted({s for s in stops + coordinated if s < sent_end}):
        end = _trimmed(ctx, start, stop)
        if not open_end(ctx.text, start, end) and not _complement(ctx, start, stop):
            return end
    return _trimmed(ctx, start, sent_end)  # a stop that leaves « sa détermination à » is none


def _complement(ctx: Context, start: int, stop: int) -> bool:
    """Is the cue at ``stop`` the infinitive of a verb of the content ("que ces accords
    doivent | garantir le maintien …")? Then it is the content's own verb."""
    tok = ctx.token_at(stop)
    return tok is not None and tok.dep_ == "xcomp" and "Inf" in tok.morph.get(
        "VerbForm", []) and start <= tok.head.idx < stop


def _other_tense(auxiliaries: list[str], cue_words: list[str]) -> bool:
    """Is a coordinated verb with these ``auxiliaries`` a pluperfect ("et avait été suivie") in
    a tense the cue (its first word, or its auxiliaries) is not in ("a indiqué", "affirme")?
    Then it goes on the reported clause."""
    pluperfect = PLUPERFECT_AUXILIARIES.intersection
    return bool(pluperfect(auxiliaries)) and not pluperfect(cue_words)


def _perfect_after_present(auxiliary: str, cue: Token) -> bool:
    """Is a compound past coordinated with no comma (« et a été », « et sont partis ») after a
    cue in the simple present (« indique que … ») the content's? The narrator's own verb would
    take the cue's tense (« indique que … et précise »), or follow a comma (« …, et a porté
    plainte »)."""
    return auxiliary in _PERFECT and cue.pos_ == "VERB" and "Pres" in cue.morph.get(
        "Tense", []) and "Fin" in cue.morph.get("VerbForm", []) and not _auxiliaries(cue)


def _auxiliaries(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_.startswith("aux")]


def _trimmed(ctx: Context, start: int, end: int) -> int:
    end = narrator_end(ctx, start, end, trim_end)
    return trim_end(ctx.text, start, medium_tail(ctx, start, end))


def open_end(text: str, start: int, end: int) -> bool:
    """Does the content from ``start`` to ``end`` stop on a word that needs what follows it
    (lexicon/open_ends.txt: "sa détermination à", "arrêté parce", "obligé et ne")? A cut
    inside its clause, not its end."""
    last = text[start:end].split()[-1:]
    return bool(last) and last[0].lower() in words("open_ends")


def nested(ctx: Context, start: int, subject: int | None, first: int) -> bool:
    """Is the cue at ``first`` part of content that starts at ``start``, not the narrator going
    on? Its subject follows the « que » of content that is a cleft sentence ("c'est avec joie
    que l'Eglise confie …"), or it is an infinitive coordinated with the content's own
    ("avoir vendu le terrain et avoir déclaré un prix trop bas"): the narrator goes on with a
    finite verb of its own. Or its subject opens an indirect question, the object of a verb of
    the content ("pour examiner comment les élus ont été choisis"), or a relative clause on a
    noun of the content ("le jour où la décision a été annoncée"), or it is a present
    participle glued to such a noun ("des marques suggérant un choc"), or the verb of a
    second que-clause of the content (« …, et qu'il n'avait rien dit »), or a participle on an
    infinitive auxiliary of the content (« avoir lui-même proposé »)."""
    doc = ctx.doc
    verb = ctx.token_at(first)
    if verb is not None and (opens_second_clause(verb, start) or (
        verb.idx > start and compound_infinitive(verb))):
        return True
    if subject is not None and subject > start:
        t = ctx.token_at(subject)
        if t is not None and t.i > 1 and _asks(doc[t.i - 1], doc[t.i - 2]):
            return True
        if t is not None and _relative_subject(t, start):
            return True
        # "c'est X que", no comma between: "c'était Y, ce qu'il …" is no cleft
        que = doc[t.i - 1] if t is not None and t.i > 0 else None
        return que is not None and que.lower_ in QUE and (
            _CLEFT.match(ctx.text, start) is not None and "," not in ctx.text[start : que.idx])
    t = ctx.token_at(first)
    if t is not None and first > start and _noun_participle(t, start):
        return True
    if t is None or first <= start or "Inf" not in t.morph.get("VerbForm", []):
        return False
    j = t.i - 1
    if j > 0 and doc[j].lower_ in DE:
        j -= 1
    head = ctx.token_at(start)
    return doc[j].lower_ in ("et", "ou") and head is not None and any(
        "Inf" in x.morph.get("VerbForm", []) for x in doc[head.i : min(head.i + 4, t.i)])


def _relative_subject(subject: Token, start: int) -> bool:
    """Is ``subject`` that of a relative clause on a noun of the content ("toute réforme qu'il
    jugerait injuste", "la grève à laquelle il a appelé")? Its verb says more of that noun:
    the content goes on over it."""
    doc, i = subject.doc, subject.i - 1
    if i < 1 or doc[i].idx < start:
        return False
    if doc[i].lower_ in QUE or doc[i].lower_ == "où":  # « le jour où », a relative after a noun
        return doc[i - 1].pos_ in ("NOUN", "PROPN") and doc[i - 1].idx >= start
    return doc[i].lower_ in words("relative_pronouns")  # "à laquelle", "dont", "auquel"


def _noun_participle(verb: Token, start: int) -> bool:
    """Is ``verb`` a present participle glued to a noun of the content, no comma between (« des
    traces suggérant un choc »), with a mere object? It says more of that noun, as a relative
    clause would; one with a clause or an infinitive of its own reports words itself (« un
    message accusant X d'avoir … »)."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return present_participle(verb) and prev is not None and prev.idx >= start and (
        prev.pos_ in ("NOUN", "PROPN", "ADJ")) and not any(
        c.dep_ in ("ccomp", "xcomp", "advcl") or c.pos_ in ("VERB", "AUX")
        for c in verb.subtree if c.i != verb.i)


def _asks(word: Token, verb: Token) -> bool:
    """Is ``word`` an interrogative that opens the object clause of ``verb``, with nothing
    between them ("examiner comment", "savoir pourquoi"), not "…, comment"?"""
    return word.lower_ in INTERROGATIVES and verb.pos_ in ("VERB", "AUX") and (
        word.idx == verb.idx + len(verb.text) + 1)


@cached
def _tails() -> tuple[str, ...]:
    """What a clause's end drops: a coordinator, a dangling word, and a concession of the
    narrator's (« … en mars, même si selon X … », lexicon/concessive_openers.txt), elided too
    (« même s'il »); built once per word-list folder."""
    tails: list[str] = [*COORDINATED, *DANGLING]
    for opener in sorted(words("concessive_openers")):
        tails.append(f" {opener}")
        if opener.endswith(" si"):
            tails += [f" {opener[:-1]}'", f" {opener[:-1]}’"]
    return tuple(tails)


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1] in " \t,;:" or text[end - 1] in SENT_END):
        end -= 1
    for tail in _tails():
        if text[start:end].endswith(tail):
            end -= len(tail)
            return trim_end(text, start, end)
    return end


def narrator_after(ctx: Context, m: Marked, colon: bool) -> bool:
    """Whether the words after a quoted stretch ``m`` are the narrator's rather than the
    quoted words run on into a clause (« fatigué de devoir convaincre » ses alliés): the
    marked words end a sentence (« … avec vous ! » suscitant les applaudissements), or, after
    a colon, a present participle or a gerund tells what the saying did or how (« … » en
    souriant)."""
    if ctx.text[m.start : m.end].rstrip()[-1:] in (".", "!", "?"):
        return True
    tok = ctx.token_at(skip_blank(ctx.text, outer_end(m), len(ctx.text)))
    return colon and tok is not None and gerund(tok)


def gerund(tok: Token) -> bool:
    """Does a gerund or a present participle start at ``tok`` ("en souriant", "déclenchant")?
    It tells when, how or what followed, never what a verb reports."""
    if tok.lower_ == "en" and tok.i + 1 < len(tok.doc):
        tok = tok.doc[tok.i + 1]
    return tok.pos_ in ("VERB", "AUX") and (
        "Ger" in tok.morph.get("VerbForm", []) or present_participle(tok))


def trim_start(text: str, start: int, end: int) -> int:
    # and the apostrophe of « qu' » that the parse parts from its « qu »
    while start < end and (text[start] in " \t,;:" or text[start : start + 2] in _LONE):
        start += 1
    return start


def after_colon(ctx: Context, start: int, end: int) -> int:
    """Reported content after a lead-in: "Un monstre sacré … à la fois: l'acteur … est mort"."""
    for i in range(end - 1, start, -1):
        if ctx.text[i] == ":" and ctx.inside_marks(i) is None:
            return trim_start(ctx.text, i + 1, end)
    return start


def past_adjunct(doc: Doc, verb: Verb, i: int, stop: int, window: int) -> int:
    """Where the complement of ``verb`` starts when an adjunct set off by commas comes first
    ("a confirmé, via un communiqué diffusé par son avocat, avoir …", "a déclaré, lors d'une
    audition, que …"): the token after it, or ``i`` when there is none."""
    if i >= stop or doc[i].text != ",":
        return i
    for j in range(i + 2, min(stop - 1, i + 1 + window)):
        t = doc[j]
        if t.text == ",":
            nxt = j + 1
            if (verb.que and doc[nxt].lower_ in QUE) or (
                verb.infinitive and clitic_infinitive(doc, nxt, stop) is not None
            ):
                return nxt
            return i
        if (t.is_punct and t.text not in "'’-") or t.lower_ in QUE:
            return i
    return i


def attribute_at(cue: Token, verb: Verb, i: int, stop: int) -> bool:
    """Does the reflexive ``cue`` report an attribute of its subject that starts at token
    ``i``: an adjective or a participle, maybe after a degree word ("s'est dite tellement
    désolée"), or a noun with no determiner ("se disant victime d'un complot")?"""
    if not reports_attribute(cue, verb):
        return False
    doc, j = cue.doc, i
    while j < stop - 1 and doc[j].lower_ in DEGREE:
        j += 1
    if j >= stop:
        return False
    t = doc[j]
    if t.pos_ == "ADJ":
        return True
    if t.pos_ in ("VERB", "AUX"):
        return past_participle(t)
    return t.pos_ == "NOUN" and j == i


def infinitive_head(ctx: Context, start: int, stop: int) -> int:
    """Offset of the infinitive of content that starts at ``start``, after its clitics and
    auxiliary ("l'avoir prévenu"), or ``start``."""
    doc, first = ctx.doc, ctx.token_at(start)
    if first is not None:
        for j in range(first.i, min(stop, first.i + 4)):
            if doc[j].pos_ == "VERB":
                return doc[j].idx
    return start


def conj_barriers(verb: Token, after: int) -> list[int]:
    """Offsets where a verb coordinated with the cue starts: ", mais a refusé de …"; not one
    in the pluperfect after a cue that is not ("a indiqué que … et avait été suivie": the
    parse may hang it on the cue, it goes on the content), nor a clause opened by « que » (« a
    dit que A, et qu'il a … »: a second reported clause, ``coordinated``), nor one « car »
    opens (« a appelé à rester prudent, car d'autres orages sont annoncés »: the reason of the
    words reported, theirs as a que-clause's is)."""
    out = []
    for child in verb.children:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or child.idx <= after:
            continue
        if any(c.dep_ == "cc" and c.lower_ in REASON_CONJUNCTIONS for c in child.children):
            # the parse hangs what follows the reason on it: « …, car A, et elle a quitté la
            # salle »: its own conjuncts are still the narrator's
            out.extend(conj_barriers(child, child.idx))
        elif not (_other_tense(_auxiliaries(child), _auxiliaries(verb))
                  or opens_second_clause(child)):
            out.append(min(t.idx for t in child.subtree))
    return out


def cue_complement(verb: Token) -> bool:
    """Is ``verb``, a conjunct of a cue's verb, one more complement of that cue rather than a
    verb of its own: an infinitive (« a promis « … » et de recevoir … », « a annoncé « … » et
    vouloir … ») or a clause its « de », « à » or « que » opens (« réclament « … » et que la
    mairie … »)? The cue's words run on over it (GUIDELINES: a de + infinitive or que
    complement counts)."""
    return "Inf" in verb.morph.get("VerbForm", []) or any(
        c.dep_ == "mark" and c.lower_ in A_OR_DE | QUE for c in verb.children)


def quote_after_comma(
    ctx: Context, lo: int, before: tuple[int, str]
) -> tuple[int, Marked] | None:
    """The marked words right before a postposed cue, ``before`` its ``before_cue``, when a
    comma outside the marks comes before them (« … a déclaré qu'elle est une scientifique,
    « les femmes … », a-t-elle souligné »): the cue's own words, a sentence of their own; the
    comma's offset and the marks."""
    end, sep = before
    m = ctx.closing_at(end - 1) if sep == "," else None
    if m is None:
        return None
    comma = sign_before(ctx.text, lo, m.open, ",")
    return (comma, m) if comma is not None and ctx.inside_marks(comma) is None else None


def narrated_lead(ctx: Context, start: int, opening: int) -> bool:
    """Are the words from ``start`` to the marks that open at ``opening``, a comma between,
    a clause of the narrator's before a postposed cue's own words (« Au moment où X signait
    le texte, « A », a annoncé Y »)? They hold a finite verb outside marks; a lead-in with
    none stays with the words (« Toutefois, « A », a-t-il dit »), and so do the words after
    another cue's, which are cut anyway (« X a déclaré que …, « A », a-t-elle souligné »)."""
    lead = ctx.doc.char_span(start, opening, alignment_mode="contract")
    return lead is not None and any(
        conjugated(t)
        and ctx.inside_marks(t.idx) is None for t in lead)


def subordinate_lead(ctx: Context, start: int, opening: int) -> bool:
    """Is every finite verb outside marks in the words from ``start`` to ``opening`` in a
    subordinate clause: under a conjunction (« Quand X arrivait », « Alors que … ») or a
    relative (« Au moment où X signait »)? A main clause there before a named inverted subject
    (« X a contrôlé les écoles, « toutes conformes », a indiqué Y ») is what Y says, marks and
    all; before « a-t-elle dit » it tells what she did, and the marks are her words alone."""
    lead = ctx.doc.char_span(start, opening, alignment_mode="contract")
    if lead is None:
        return False
    for tok in lead:
        if not conjugated(tok) or ctx.inside_marks(tok.idx) is not None:
            continue
        verb = tok.head if tok.dep_.startswith("aux") or tok.dep_ == "cop" else tok
        if not (verb.dep_ in ("acl", "acl:relcl") or any(
                (c.dep_ == "mark" or "Rel" in c.morph.get("PronType", []))
                and ctx.inside_marks(c.idx) is None for c in verb.children)):
            return False  # « Quand » inside the marks does not head the narrator's verb
    return True
