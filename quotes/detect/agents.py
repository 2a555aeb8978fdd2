"""A passive cue's agent: « un choix qualifié de « parfaitement imprévu » par le président
du club » gives the marked words to the one after « par »; so does a passive participle's
agent after the marks its object holds (« une réforme dénoncée comme un « passage en force »
par ses opposants »), and one written before the complement (« un texte qualifié par les
syndicats de « budget d'austérité » », « une équipe accusée par ses rivaux d'avoir triché »)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import content_end
from quotes.detect.context import Context, Frame, name_like, outer_end, skip_blank
from quotes.detect.cues import shares_auxiliary
from quotes.detect.forms import participle, past_participle
from quotes.detect.skips import skip
from quotes.detect.speaker_phrases import np_after, speaker_like
from quotes.lexicon import Verb, reporting_verbs
from quotes.lexicon.grammar import AGENT, DE, DE_CONTRACTED, JOINING_CONJUNCTIONS
from quotes.model import Evidence


def agentive(ctx: Context, tok: Token, stop: int) -> Verb | None:
    """A participle of a reporting verb tagged as an adjective, with marked words and who
    said them after it: « une décision qualifiée de « inattendue » par le président »."""
    verb = reporting_verbs().get(tok.lower_)
    if verb is None or tok.pos_ != "ADJ" or not tok.lower_.endswith(("é", "ée", "és", "ées")):
        return None
    return verb if agent_after_marks(ctx, skip(ctx.doc, tok.i + 1, stop), stop) else None


def agent_after_marks(
    ctx: Context, i: int, stop: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """After a passive cue, marked words (maybe after de or comme) then "par" and who speaks:
    « qualifié de « parfaitement imprévu » par le président du club »; the marked stretch
    and the agent's token range. A name in marks, or an agent who is no speaker (« par le
    passé », « par erreur »), gives None."""
    doc = ctx.doc
    if i < stop and (doc[i].lower_ in DE or doc[i].lower_ == "comme"):
        i += 1
    m = ctx.opening_at(doc[i].idx) if i < stop else None
    if m is None or name_like(ctx, m) is not None:
        return None
    par = ctx.token_at(skip_blank(ctx.text, outer_end(m), len(ctx.text)))
    if par is None or par.lower_ != "par" or par.i + 1 >= stop:
        return None
    rng = np_after(doc, par.i + 1, stop)
    if rng is None or not speaker_like(doc, rng):
        return None
    return (m.open, outer_end(m)), rng


def agent_after(tok: Token, end: int) -> tuple[tuple[int, int], int] | None:
    """The agent of the passive participle ``tok`` after « par », once the marks its object
    holds are closed (``end``), and where « par » stands: who says the marked words (« dénoncée
    comme un « passage en force » par ses opposants »). Its noun and the words that agree with
    it, no complement (the parse hangs adjuncts after it on it: « au lendemain de … »)."""
    if not past_participle(tok) or shares_auxiliary(tok):
        return None
    found = next(((c, k) for c in tok.children if c.dep_ == "obl:agent" and c.idx >= end
                  for k in c.children if k.dep_ == "case" and k.lower_ in AGENT), None)
    if found is None:
        return None
    agent, case = found
    last = agent
    while last.i + 1 < len(tok.doc) and (nxt := tok.doc[last.i + 1]).head == agent and (
            nxt.dep_ in ("amod", "flat", "flat:name")):
        last = nxt  # « les syndicats agricoles », « Paul Roux »
    lo = tok.doc[case.i + 1]
    return (lo.idx, last.idx + len(last.text)), case.idx


def agent_first(
    ctx: Context, first: Token, tok: Token, sent_end: int, others: list[tuple[int | None, int]]
) -> Frame | None:
    """The frame of a passive participle whose agent comes before its complement: « qualifié
    par les syndicats notamment de texte « d'austérité » » gives the agent the marked stretch,
    from the word after « de » to its closing mark, in a compound form too (``first`` its first
    word: « a été qualifié par … »); « accusée par ses opposants d'être restée sourde … », for
    a verb whose object takes an infinitive, the infinitive's clause, up to the comma that
    closes the participle's apposition (``_apposition_ends``). The agent's own complement is
    the agent's (« par les avocats de Morel de « … » », ``_agent_complement``): the « de » the
    participle governs comes after it. Adverbs may stand between the agent and « de »; no
    « de » right after them, no marks within a few words of it (« qualifié par les syndicats
    de dangereux ») or no infinitive gives None, and so does an agent who is no speaker
    (« par le passé »), as after the marks."""
    doc, verb = ctx.doc, reporting_verbs().get(tok.lower_)
    found = agent_after(tok, tok.idx + len(tok.text)) if verb is not None else None
    if verb is None or found is None or found[1] != doc[tok.i + 1].idx:
        return None  # « par » right after the participle
    (lo, hi), _ = found
    k = ctx.token_at(skip_blank(ctx.text, hi, sent_end))
    while k is not None and k.pos_ == "ADV" and k.i + 1 < len(doc):
        k = doc[k.i + 1]  # « notamment »
    while k is not None and (own := _agent_complement(k)) is not None:
        hi, k = own[0].idx + len(own[0].text), own[1]  # « les avocats de Morel | de « … » »
    agent = doc.char_span(lo, hi)
    if k is None or k.lower_ not in DE or k.i + 1 >= len(doc) or agent is None or (
            not speaker_like(doc, (agent.start, agent.end))):
        return None
    nxt = doc[k.i + 1]
    start = nxt.idx
    if "Inf" in nxt.morph.get("VerbForm", []):
        if not verb.object_infinitive:
            return None
        end = content_end(ctx, start, sent_end, others)
        if doc[tok.i - 1].text == ",":  # « X, accusé par Y d'avoir menti, a démissionné »
            end = next((t.idx for t in ctx.tokens_in(start, end, align="contract")
                        if t.text == "," and _apposition_ends(t)), end)
    else:
        m = next((m for m in ctx.outer if start <= m.open <= doc[min(k.i + _MARK_TOKENS,
                  len(doc) - 1)].idx and name_like(ctx, m) is None), None)
        if m is None:
            return None
        end = outer_end(m)
    if end <= start:
        return None
    return Frame("preposed", (first.idx, tok.idx + len(tok.text)), verb.lemma, (lo, hi),
                 ((start, end),), (Evidence.CUE_BEFORE, Evidence.AGENT))


_MARK_TOKENS = 3  # « de texte « … » »: the marks open on the noun's heels


def _agent_complement(k: Token) -> tuple[Token, Token] | None:
    """When the « de » (« du », « des ») at ``k`` opens the agent noun's own complement, not the
    participle's: its last word and the « de » after it that the participle governs (« qualifié
    par les avocats de Morel | de « … » », « … les syndicats de la CGT | d'avoir menti »). The
    complement is a name or a noun phrase with its determiner (a bare noun after « de » is the
    participle's: « qualifié par X de texte « … » »), another « de » right after it, adverbs
    between; None otherwise."""
    doc = k.doc
    if k.lower_ not in DE_CONTRACTED or k.i + 1 >= len(doc) or not (
            doc[k.i + 1].pos_ in ("DET", "PROPN") or k.lower_ not in DE):
        return None
    j = k.i + 1
    while j < len(doc) and doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        j += 1
    last = doc[j - 1]
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if last.pos_ not in ("NOUN", "PROPN") or j >= len(doc) or doc[j].lower_ not in DE:
        return None
    return last, doc[j]


_THEN = JOINING_CONJUNCTIONS | {"puis"}  # « accusé par X d'avoir triché, puis suspendu, … »


def _apposition_ends(comma: Token) -> bool:
    """Does ``comma`` close a participle's apposition, the infinitive it governs with it: a
    finite verb after it (« X, accusé par Y d'avoir menti, a démissionné »), or « puis », « et »
    or « mais » and a participle that goes on with the apposition (« …, puis suspendu, … »; one
    the tagger reads as an adjective: « …, mais blanchie par la justice, … »)?"""
    doc, i = comma.doc, comma.i
    if i + 1 < len(doc) and "Fin" in doc[i + 1].morph.get("VerbForm", []):
        return True
    return i + 2 < len(doc) and doc[i + 1].lower_ in _THEN and (
        participle(doc[i + 2]) or doc[i + 2].pos_ == "ADJ")


def said_by_agent(ctx: Context, tok: Token, stop: int) -> bool:
    """Does the bare participle ``tok`` give its agent's words, with the agent after its marks
    (« qualifié de « … » par X ») or before its complement (« qualifié par X de « … » »)? Inside
    the subject of a later verb (« Le projet, qualifié par X de « … », sera examiné ») it still
    reports them."""
    after = skip(ctx.doc, tok.i + 1, stop)
    return agent_after_marks(ctx, after, stop) is not None or agent_first(
        ctx, tok, tok, ctx.doc[stop - 1].idx + len(ctx.doc[stop - 1].text), []) is not None

