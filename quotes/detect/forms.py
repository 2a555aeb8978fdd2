"""Verb forms the parse gives a token: the participles the cue and content rules tell apart."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import is_time_word, words
from quotes.lexicon.grammar import AGENT, SOURCE_NOUNS, A

PARTICIPLE_ENDS = ("é", "ée", "és", "ées")  # « communiqué », which the parse may tag a noun


def participle(tok: Token) -> bool:
    """A participle, past or present: « dénoncés », « affirmant »."""
    return "Part" in tok.morph.get("VerbForm", [])


def shown_gender(subj: Token) -> list[str]:
    """The gender a subject shows: its determiner's (« la ministre »: the tagger's noun may
    say otherwise), else its common noun's; a name's tags say nothing sure (« Anne » Masc)."""
    det = next((c for c in subj.children if c.dep_ == "det" and c.i < subj.i), None)
    if det is not None and det.morph.get("Gender", []):
        return list(det.morph.get("Gender", []))
    return list(subj.morph.get("Gender", [])) if subj.pos_ == "NOUN" else []


def conjugated(tok: Token) -> bool:
    """A verb or an auxiliary in a finite form, as the parse reads it: « a », « dit », « sont »."""
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", [])


def finite(tok: Token) -> bool:
    """A finite verb, or one with a finite auxiliary (« a prononcé »)."""
    return conjugated(tok) or any(
        c.dep_.startswith("aux") and conjugated(c) for c in tok.children)


def past_participle(tok: Token) -> bool:
    """A participle that is not a present one: « dénoncés », « qualifiée », « citées »."""
    return "Part" in tok.morph.get("VerbForm", []) and "Pres" not in tok.morph.get("Tense", [])


def compound_infinitive(tok: Token) -> bool:
    """A past participle whose auxiliary is an infinitive (« avoir lui-même proposé »): no
    clause of its own, whatever subject the parse gives it (an emphatic « lui-même »). The
    parse may hang the participle on « avoir » as its head rather than the other way."""
    auxiliaries = [c for c in tok.children if c.dep_.startswith("aux")]
    if not auxiliaries and tok.head.i < tok.i and tok.head.lower_ in words("auxiliaries"):
        auxiliaries = [tok.head]
    return past_participle(tok) and any(
        "Inf" in a.morph.get("VerbForm", []) for a in auxiliaries)


def present_participle(tok: Token) -> bool:
    """A present participle: « jugeant », « affirmant », « déclenchant »."""
    return "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])


def given_by(doc: Doc, j: int, stop: int) -> int | None:
    """ "un bilan définitif communiqué mercredi de source judiciaire", "les informations
    relayées par le journal X": the noun at ``j``, a participle after it saying who gave it,
    and that giver (after « par » and a determiner or a name, or « source » after « de »): the
    token where the giver's phrase starts, else None. The parse often tags a participle after a
    noun as a noun (« communiqué »): a noun in « -é(e)(s) » there counts."""
    k = j + 1
    while k < stop and doc[k].pos_ == "ADJ" and not past_participle(doc[k]):
        k += 1  # "un bilan définitif"
    if k >= stop or not (past_participle(doc[k]) or (
            doc[k].pos_ == "NOUN" and doc[k].lower_.endswith(PARTICIPLE_ENDS))):
        return None
    k += 1
    while k < stop and (is_time_word(doc[k].text) or doc[k].pos_ == "ADV" or (
            doc[k].pos_ == "DET" and k + 1 < stop and is_time_word(doc[k + 1].text))):
        k += 1  # "publiée ce matin", "communiqué mercredi"
    k = _past_addressee(doc, k, stop)  # « indiqués à Radio Vernac par la procureure »
    if k + 1 >= stop:
        return None
    if doc[k].lower_ in AGENT and (doc[k + 1].pos_ in ("DET", "PROPN") or doc[k + 1].is_title) \
            and not _means(doc, k + 1, stop):
        return k + 1  # "par la préfecture", "par Reuters"; "menée par téléphone" is a means
    return k + 1 if doc[k].lower_ == "de" and doc[k + 1].lower_ in SOURCE_NOUNS else None


def _past_addressee(doc: Doc, k: int, stop: int) -> int:
    """Past the one the giver told (« indiqués à Radio Vernac | par la procureure », « remis à
    la ministre de la Santé | par le professeur »): the « par » after a phrase opened by « à »,
    with no verb nor punctuation in it (they end the phrase, however long); else ``k``."""
    if k >= stop or doc[k].lower_ not in A:
        return k
    for end in range(k + 1, stop):
        if doc[end].lower_ in AGENT:
            return end
        if doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX"):
            break
    return k


def _means(doc: Doc, i: int, stop: int) -> bool:
    """Does « par » open a means at token ``i`` (« par le biais d'un communiqué », « par
    l'intermédiaire de ») rather than its agent: a noun of lexicon/means_nouns.txt after its
    determiner?"""
    j = i + 1 if doc[i].pos_ == "DET" else i
    return j < stop and doc[j].lower_ in words("means_nouns")


def told_agent(doc: Doc, i: int) -> bool:
    """Is the « par » at ``i`` a participle's agent past the one it was told to (« remises à la
    ministre | par le professeur X »)? The role before the agent's name starts after it."""
    if doc[i].lower_ not in AGENT:
        return False
    j = i - 1
    while j > 0 and doc[j].lower_ not in A and not (
            doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX")):
        j -= 1
    return j > 0 and j < i - 1 and doc[j].lower_ in A and past_participle(doc[j - 1])


def in_later_subject(tok: Token) -> bool:
    """A participle inside the subject of a verb after it (« les personnes interpellées lundi
    sont arrivées … »): it says what was done to the noun, no one speaks."""
    for up in tok.ancestors:
        if up.dep_.startswith("nsubj"):
            return up.head.i > tok.i and up.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN")
    return False


def governed_infinitive(tok: Token) -> bool:
    """An infinitive a word before it governs (« aucun blessé n'est à déplorer »)."""
    return "Inf" in tok.morph.get("VerbForm", []) and tok.head.i < tok.i


def own_subject(tok: Token) -> bool:
    """Has the verb a subject of its own before it (« le projet reprendra »)? A participle or
    an imperative opening the sentence (« Invité du 13 heures, X a réagi ») has none."""
    return any(c.dep_.startswith("nsubj") and c.i < tok.i for c in tok.children)
