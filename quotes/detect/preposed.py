"""Frames whose cue comes before the reported words: "X a déclaré que …", "X a annoncé
vouloir …", "X a décrit … un « … »", "X : « … »".

What the cue takes after it says where the content starts (a que-clause, an infinitive, an
intention noun's infinitive, marks, an attribute, an object and its infinitive, an object
holding marks); it ends where the narrator's words resume.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from quotes.detect.agents import agent_after
from quotes.detect.complements import (
    bound_by_document,
    called_series,
    clitic_infinitive,
    infinitive_after,
    intention_infinitive,
    intention_object,
    object_infinitive,
    owned_intention,
    que_after,
)
from quotes.detect.conjuncts import marks_barriers
from quotes.detect.content import (
    attribute_at,
    conj_barriers,
    content_end,
    gerund,
    infinitive_head,
    narrator_after,
    past_adjunct,
    trim_start,
)
from quotes.detect.context import Context, Frame, char_range, colon_marks, name_like, outer_end
from quotes.detect.cue_spellings import inverted_pronoun, pronoun_range
from quotes.detect.cues import CueAt, cue_verb, shares_auxiliary
from quotes.detect.forms import conjugated, past_participle
from quotes.detect.fronted import main_subject
from quotes.detect.lost import fronted_participle_subject, without_subject
from quotes.detect.narrator_resumes import narrator_resumes, participle_resumes
from quotes.detect.object_parts import named_object_infinitive
from quotes.detect.on_sources import on_source
from quotes.detect.participle_incises import incise_before
from quotes.detect.pour_edges import incise_follows
from quotes.detect.sentence_stops import sentence_ends_in, stopped_marks
from quotes.detect.skips import skip, skip_adjunct
from quotes.detect.speaker_phrases import np_after, speaker_like
from quotes.detect.unquoted import charged
from quotes.lexicon import Verb, words
from quotes.lexicon.grammar import A_OR_DE, DE, DE_CONTRACTED, DIRECT_CLITICS, A
from quotes.model import Evidence


def preposed(
    ctx: Context,
    sent: tuple[int, int],
    at: CueAt,
    others: list[tuple[int | None, int]],
    after: int,
    stop: int,
) -> Frame | None:
    """Cue before the content: "X a déclaré que …", "X a annoncé vouloir …", "X : « … »"."""
    doc, text = ctx.doc, ctx.text
    verb, tok = at.verb, at.tok
    assert verb is not None
    s_hi = sent[1]
    # « s'est engagé, mardi, à »: the preposition a cue of several words is found with opens
    # the words said; the cue is the verb form, without its complements
    last = at.tok if verb.tail and set(verb.tail) <= A_OR_DE else at.last
    cue = (at.first.idx, last.idx + len(last.text))
    subj = None
    if at.pron is not None:
        subj = on_source(doc, at.pron, at.last.i + 1, stop) or pronoun_range(at.pron)
    elif at.subject is not None:  # read once, when the cue was found
        first_word = doc[at.subject[0]]  # "De source policière, on précise que …"
        subj = on_source(doc, first_word, at.last.i + 1, stop, sent[0]) or (
            pronoun_range(first_word) if inverted_pronoun(first_word)  # an incise's, above
            else char_range(doc, at.subject))
    evidence: list[str] = [Evidence.CUE_BEFORE]
    floor = 0  # the sentence's first token, found when the cue has no subject
    if (said := incise_before(ctx, at.first, stop)) is not None:
        subj = said  # "…, a-t-il ajouté, en promettant « … »": the incise's speaker
    if subj is None:
        lo = doc.char_span(sent[0], sent[1], alignment_mode="expand")
        floor = lo.start if lo is not None else 0
        rng, why = without_subject(tok, floor, ctx)
        subj = char_range(doc, rng) if rng is not None else None
        if why and (subj is None or why == Evidence.PARTICIPLE_SUBJECT):
            evidence.append(why)
    start_tok = after
    series = None
    # an agent before que: "informé par des sources … que"; only a passive has one, not
    # "a répondu par écrit que", "expliquant par la même occasion que"
    if start_tok < stop and doc[start_tok].lower_ == "par" and _passive_form(tok):
        rng = np_after(doc, start_tok + 1, stop)
        if rng is not None:
            subj = char_range(doc, rng)
            evidence.append(Evidence.AGENT)
            start_tok = skip(doc, rng[1], stop)
    window = ctx.settings.infinitive_window
    start_tok = past_adjunct(doc, verb, start_tok, stop, ctx.settings.que_window)
    if start_tok >= stop:
        return None
    nxt = doc[start_tok]
    que = que_after(doc, start_tok, stop, ctx.settings.que_window) if verb.que else None
    marked = ctx.opening_at(nxt.idx) or (
        ctx.opening_at(doc[start_tok + 1].idx) if start_tok + 1 < stop and (
            nxt.text == ":" or (verb.honours and nxt.lower_ in A and not _named_in_marks(
                doc, start_tok + 2, stop) and not _incise_after(ctx, doc[start_tok + 1].idx,
                                                                 stop))) else None
    )  # « X : « … » », « rend hommage à « … » »: the marks right after, the words said
    if que is None and Evidence.AGENT in evidence:
        return None  # "révélée par le quotidien « Le Matin »": the agent reports no clause
    if que is not None:
        start = doc[que].idx + len(doc[que].text)
        evidence.append(Evidence.QUE_CLAUSE)
    elif (
        ((nxt.lower_ in DE and verb.infinitive)
         or (nxt.lower_ in A_OR_DE and verb.object_infinitive  # "a appelé à", not "X, accusé de"
             and not (at.first.i == tok.i and past_participle(tok) and not shares_auxiliary(tok))))
        and start_tok + 1 < stop
        and clitic_infinitive(doc, start_tok + 1, stop) is not None
    ):
        start = doc[start_tok + 1].idx
        evidence.append(Evidence.INFINITIVE)
    elif verb.object_infinitive and _calls(at) and (
            series := called_series(doc, start_tok, stop)) is not None:
        start = doc[start_tok + 1].idx  # "appellent à la vigilance, à réinvestir et à …"
        evidence.append(Evidence.INFINITIVE)
    elif verb.infinitive and (inf := infinitive_after(doc, start_tok, stop, window)) is not None:
        if _told_by_a_work(doc, at):
            return None  # « Le film raconte vieillir en prison »: a story, no one's words
        start = doc[inf].idx
        evidence.append(Evidence.INFINITIVE)
    elif verb.infinitive and (inf := owned_intention(doc, start_tok, stop, window)) is not None:
        start = doc[inf].idx  # "a indiqué l'intention du parti de déposer …": its infinitive
        evidence.append(Evidence.INTENTION_INFINITIVE)
    elif verb.infinitive and (obj := intention_object(doc, start_tok, stop, window)) is not None:
        # "a annoncé son intention de démissionner": the whole object; a wish is no speech
        # of its own ("a exprimé son souhait d'« enterrer » X"): its infinitive is reported
        start = doc[intention_infinitive(doc, obj, stop) if verb.object_only else obj].idx
        evidence.append(Evidence.INTENTION_INFINITIVE)
    elif marked is not None:
        if verb.object_only:
            return None  # "remercie « les bénévoles »": whom, the marks no words of its own
        if (name_like(ctx, marked) or "").startswith("name: after"):
            return None  # "le mot qui signifie « paix » a été choisi": a term, whatever follows
        if nxt.text == ":":
            evidence.append(Evidence.COLON)
        end = outer_end(marked)
        # « fatigué de … » ses alliés …: the quoted words run on into the clause
        next_char = text[end : end + 2].strip()[:1]  # "" (the end) is in every string
        stopped = end in stopped_marks(ctx, marked.open - 1, s_hi)  # « … démission… » Xavier
        # « rend hommage à « … » lors de la cérémonie »: the marks are the whole complement
        honoured = verb.honours and nxt.lower_ in A
        if end < s_hi and next_char not in ",.;:!?…()" and not stopped and not honoured and (
                not narrator_after(ctx, marked, nxt.text == ":")):
            # « regrettent « … » et le Hamas rend hommage à … »: a verb coordinated with the
            # cue is the narrator's, and the marks after it are its clause's
            # (``conjunct_frames``); an infinitive or a clause its « de », « à », « que »
            # opens is the cue's own complement (« a promis « … » et de recevoir … »)
            # « X, qui juge « … » l'accusé, a rendu … »: the relative's comma ends its words
            resumes = narrator_resumes(ctx, marked.open, stop, at.first, infinitive=False)
            end = content_end(ctx, end, s_hi, others + marks_barriers(ctx, tok, end) + (
                [(None, resumes)] if resumes is not None else []))
        if subj is None and Evidence.SUBJECTLESS_VERB in evidence:
            main = main_subject(ctx, at.first, tok, marked.open, sent)
            subj = _said_by_main(tok, main, floor, evidence)  # « En se disant « ému », le maire »
        return Frame("preposed", cue, verb.lemma, subj, ((marked.open, end),), tuple(evidence))
    elif attribute_at(tok, verb, start_tok, stop):
        start = nxt.idx  # "se disant victime d'un complot", "s'estimant lésé"
        evidence.append(Evidence.ATTRIBUTE)
    elif verb.object_infinitive and (
            (inf := object_infinitive(doc, start_tok, stop, window))
            or (inf := named_object_infinitive(ctx, start_tok, stop))):
        start = doc[inf].idx  # « a accusé le « Conseil d'État » de bloquer … »: past the name
        evidence.append(Evidence.OBJECT_INFINITIVE)
    else:
        # "a décrit l'explosion comme un « incident tragique »": content holding marks
        end = content_end(ctx, nxt.idx, s_hi, others)
        # a charge in marks is no words of a verb that reports only marks (« a condamné X pour
        # « abus de biens sociaux » »); a verb with words of its own reports it (« a annoncé
        # l'ouverture d'une enquête pour « … » »)
        spoken = [m for m in ctx.outer if nxt.idx <= m.open < end and name_like(ctx, m) is None
                  and (verb.que or verb.infinitive or charged(ctx, m) is None)]
        if not spoken or sentence_ends_in(text, nxt.idx, spoken[0].open):
            return None  # "a lancé ce missile (appelé « Orechnik »)"; marks of the next sentence
        own_de = _after_own_de(ctx, _object_taken(at.first, tok, verb), start_tok, spoken[0].open)
        # "a appelé à la « … »": what one calls for, when someone calls ("une décision
        # appelant à une « transition »" names no one); "a fait part à l'AFP de « … »": to
        # whom, then what
        whom = nxt.lower_ in A and not (verb.object_infinitive and subj is not None) and (
            own_de is None)
        k = nxt.i + (nxt.text == ",")
        aim = k + 1 < stop and doc[k].lower_ == "pour" and "Inf" in doc[k + 1].morph.get(
            "VerbForm", [])
        # « pour reprocher » reports in its own right; « pour couper court » is only why
        purpose = aim and cue_verb(doc[k + 1]) is not None
        if (whom or purpose or (nxt.lower_ == "en" and gerund(nxt))) and not text[
                : spoken[0].open].rstrip().endswith(":"):
            # "Répondant à Sébastien Lecornu, qui …": whom, not what; "a ironisé en arrivant
            # devant ses « juges »": when, not what (« a répondu en souriant : « … » » is);
            # "a embrayé, pour reprocher à X de « … »": why, not what (« reprocher » reports)
            return None
        if verb.object_only and not any(c.dep_ == "obj" and c.i > tok.i for c in tok.children):
            return None  # "en louant si cher, « … »": no object after it, no speech act
        # "a annoncé un élément nouveau : les analyses ont montré « … »": the noun before the
        # colon is what the verb speaks of, the clause after it what is said
        start = _clause_after_colon(ctx, nxt.idx, spoken[0].open)
        if start == nxt.idx and own_de is not None:
            start = own_de
        elif start == nxt.idx and (mark := ctx.token_at(spoken[0].open)) is not None and (
                past := skip_adjunct(doc, nxt.i, mark.i)) != nxt.i:
            start = doc[past].idx  # "a exprimé sur son blog sa « colère »": where, then what
        elif aim:  # "a répondu, pour couper court, « … »": why, then the words
            start = spoken[0].open
        evidence.append(Evidence.OBJECT_WITH_MARKS)
    if evidence[-1] == Evidence.INFINITIVE and verb.binding and bound_by_document(
            doc, sent[0], at.first):
        return None  # "Dans son contrat, X s'est engagé à …": the contract's terms, no speech
    start = trim_start(text, start, s_hi)
    if evidence[-1] == Evidence.INFINITIVE:  # "affirme l'avoir prévenu": its own verb ends nothing
        others = [b for b in others if not start <= b[1] <= infinitive_head(ctx, start, stop)]
    # a verb the parse coordinates with the cue inside marks (« Et vous, qu'en pensez-vous ? »)
    # is the speaker's, not the narrator's: it ends nothing
    barriers = others + [(None, b) for b in conj_barriers(tok, start)
                         if ctx.inside_marks(b) is None or ctx.inside_marks(tok.idx) is not None]
    if series is not None:  # the calls after the first are its words: their verbs end none
        barriers = [b for b in barriers if not start <= b[1] <= doc[series].idx]
    if evidence[-1] in (Evidence.QUE_CLAUSE, Evidence.INFINITIVE):
        # "a dit qu'il voulait rester : « … »", "a dit ne rien savoir : « … »": the marks are direct
        barriers += [(None, c) for c in colon_marks(ctx, start, s_hi)]
    verbless = "infinitive" in evidence[-1] or evidence[-1] == Evidence.ATTRIBUTE
    resumes = narrator_resumes(ctx, start, stop, at.first, infinitive=verbless)
    if resumes is not None:  # "X, qui assure avoir écrit au ministre, attend …"
        barriers.append((None, resumes))
    if (main := main_subject(ctx, at.first, tok, start, sent)) is not None:
        # "Estimant que A, le tribunal a …": the narrator's clause, whose subject says A
        barriers.append((main.left_edge.idx, main.left_edge.idx))
        if subj is None:
            subj = _said_by_main(tok, main, floor, evidence)
    if evidence[-1] in (Evidence.ATTRIBUTE, Evidence.OBJECT_WITH_MARKS):
        barriers.append((None, participle_resumes(ctx, start, stop) or s_hi))
    if evidence[-1] == Evidence.OBJECT_WITH_MARKS:
        # « … ». « … »: a sentence ends between two quotes the parse ran together
        outer = [m for m in ctx.outer if start <= m.open < s_hi]
        for quoted, following in pairwise(outer):
            if sentence_ends_in(text, quoted.end, following.open):
                barriers.append((None, quoted.end if quoted.close is None else quoted.close + 1))
                break
    end = content_end(ctx, start, s_hi, barriers, at.first)
    if subj is None and Evidence.SUBJECTLESS_VERB in evidence and (closed := max(
            (m.end for m in ctx.outer if start <= m.open < end), default=None)) is not None and (
            agent := agent_after(tok, closed)) is not None:
        # « une réforme dénoncée comme un « … » par ses opposants »: the agent's words, which
        # end before « par »
        subj, end = agent[0], min(end, len(text[: agent[1]].rstrip()))
        evidence.remove(Evidence.SUBJECTLESS_VERB)
        evidence.insert(len(evidence) - 1, Evidence.AGENT)
    # "a partagé avoir hésité": an infinitive is words of its own; an object needs marks
    marked_object = (verb.object_only and evidence[-1] != Evidence.INFINITIVE) or (
        evidence[-1] == Evidence.OBJECT_WITH_MARKS)
    if end <= start or (marked_object and not any(start <= m.open < end for m in ctx.outer)):
        return None  # "qui avait partagé l'affiche avec lui, a salué un « … »": marks past it
    return Frame("preposed", cue, verb.lemma, subj, ((start, end),), tuple(evidence))


def _calls(at: CueAt) -> bool:
    """Does the cue's subject, written before it, name who can call for something: a person,
    a body, or a pronoun standing for one (« Ils appellent à … »), not a thing (« Ces chiffres
    appellent à la prudence »)?"""
    rng = at.subject
    if rng is None:
        return False
    doc = at.tok.doc
    return speaker_like(doc, rng) or (
        rng[1] - rng[0] == 1 and doc[rng[0]].pos_ == "PRON" and "3" in doc[rng[0]].morph.get(
            "Person", []))


def _said_by_main(tok: Token, main: Token | None, floor: int,
                  evidence: list[str]) -> tuple[int, int] | None:
    """The speaker of a cue with no subject of its own (``subjectless-verb`` in ``evidence``,
    dropped once found): the subject ``main`` of the main clause after it
    (``fronted.main_subject``) when it says the cue's words
    (``lost.fronted_participle_subject``); else None."""
    if main is None or Evidence.SUBJECTLESS_VERB not in evidence:
        return None
    rng = fronted_participle_subject(tok, main, floor)
    if rng is None:
        return None
    evidence.remove(Evidence.SUBJECTLESS_VERB)
    return char_range(tok.doc, rng)


def _after_own_de(ctx: Context, taken: bool, i: int, mark: int) -> int | None:
    """Where what is said starts when the verb's own « de » opens its object holding marks
    (``i`` the token after the cue, ``mark`` where the first marks open): right after that
    « de » when it is token ``i`` (« a fait part de « sa fierté » », « parle d'une « … » »),
    or when it stands right before the marks after nothing but an adverbial (« a fait part
    dans la soirée de « … » », « …, dans un communiqué, de « … » », « à l'AFP de « … » »).
    At that « de » when an adjective or a noun follows it and the verb's direct object is
    not ``taken``: the partitive article of that object (« a promis de « nouveaux
    moyens » »), which a marked object keeps. None when no such « de » is there."""
    doc = ctx.doc
    opening = ctx.token_at(mark)
    if opening is None or i + 1 >= len(doc):
        return None
    d = opening.i - 1
    if not (d > i and doc[d].lower_ in DE and _adverbial(doc[i:d])):
        if doc[i].lower_ not in DE:
            return None
        d = i  # "a fait part de « … »", "a témoigné de sa « … »"
    first = doc[min(d + 1 + (d + 1 == opening.i), len(doc) - 1)]  # past the opening mark
    if not taken and first.pos_ in ("ADJ", "NOUN"):
        return doc[d].idx
    return doc[d + 1].idx


def _object_taken(first: Token, tok: Token, verb: Verb) -> bool:
    """Has the cue ``tok`` (its group opening at ``first``) its direct object already, so
    that a « de » after it is its own preposition, no partitive article: a locution's noun
    (« fait part de »), a pronoun before it (« l'a accusé de », « s'est inquiétée de », « ce
    qu'ils ont qualifié de »), the noun a participle describes or a passive's subject
    (« l'élu accusé de », « a été accusé de »)?"""
    before = tok.doc[first.i - 1].lower_ if first.i > 0 else ""
    if verb.tail or DIRECT_CLITICS & {before, first.lower_} or any(
            c.i < tok.i and c.pos_ == "PRON" and c.dep_ == "obj" for c in tok.children):
        return True
    deps = {c.dep_ for c in tok.children}
    return past_participle(tok) and ("aux:pass" in deps or "aux:tense" not in deps)


def _adverbial(span: Span) -> bool:
    """Is ``span`` an adverbial and nothing else: an aside set off by commas, an adverb, or a
    preposition and its noun phrase (« dans la soirée », « à l'AFP »), with no « de » and no
    verb (« le travail », « dans la soirée le bilan » hold an object)?"""
    if any(t.lower_ in DE_CONTRACTED or t.pos_ in ("VERB", "AUX") for t in span):
        return False
    if len(span) > 2 and span[0].text == "," and span[-1].text == ",":
        return True
    if span[0].pos_ not in ("ADP", "ADV"):
        return False
    return all(not t.is_punct and (t.pos_ != "DET" or span.doc[t.i - 1].pos_ == "ADP")
               for t in span)


def _passive_form(tok: Token) -> bool:
    """A participle that can take an agent: a bare past one (« informé ») or a passive (« a été
    informé »), not a compound active tense (« a répondu ») nor a present participle."""
    aux = {c.dep_ for c in tok.children}
    return past_participle(tok) and ("aux:tense" not in aux or "aux:pass" in aux)


def _clause_after_colon(ctx: Context, start: int, opening: int) -> int:
    """Where an object that holds marks opening at ``opening`` starts: after a colon outside
    the marks before them when a finite verb, outside any marks, follows that colon before
    them (a clause of its own); else at ``start``."""
    colon = ctx.text.rfind(":", start, opening)
    if colon < 0 or ctx.inside_marks(colon) is not None:
        return start
    words = ctx.doc.char_span(colon + 1, opening, alignment_mode="contract")
    if words is None or not any(
            conjugated(t)
            and ctx.inside_marks(t.idx) is None for t in words):
        return start
    return trim_start(ctx.text, colon + 1, opening)


def _incise_after(ctx: Context, opening: int, stop: int) -> bool:
    """« a rendu hommage à « … », a indiqué l'Élysée »: the incise's record holds the marks."""
    marks = ctx.opening_at(opening)
    return marks is not None and marks.close is not None and incise_follows(ctx, marks.close, stop)


def _named_in_marks(doc: Doc, i: int, stop: int) -> bool:
    """Do the marks whose first word is token ``i`` hold a name or a title, a capital after
    an optional article (« rend hommage à « la Dame de fer » », « à « Monsieur Paul » »)?"""
    if i < stop and doc[i].text[:1].isupper():
        return True  # « Mon oncle », « Ma vie », « La Marseillaise »
    if i < stop and doc[i].pos_ == "DET":
        i += 1
    return i < stop and doc[i].text[:1].isupper()


def _told_by_a_work(doc: Doc, at: CueAt) -> bool:
    """Is the cue's subject a work (lexicon/told_works.txt: « le film », « ce documentaire de
    X »), whose bare infinitive is what it shows, not words said?"""
    if at.subject is not None:
        lo, hi = at.subject
        head = next((t for t in doc[lo:hi] if t.pos_ in ("NOUN", "PROPN")), None)
    elif at.tok.dep_.startswith("acl"):  # the parse hangs the verb on its subject's noun
        head = at.tok.head
    else:
        head = next((c for c in at.tok.children if c.dep_.startswith("nsubj")), None)
    return head is not None and head.lower_ in words("told_works")
