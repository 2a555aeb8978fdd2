"""Where an inverted subject or a « selon » source ends, by the parse: words the parse hangs on
the verb, or a participle cut off from its adjuncts, are no part of the noun phrase.

« …, a lancé le défenseur belge par le biais d'une vidéo diffusée … »: « par le biais … » is the
verb's adjunct (``obl``), not the subject's. « Selon de nombreux observateurs entendus hier
soir, … »: « entendus » comes with its adjuncts, which the phrase leaves out (« hier »), so it
goes with them; a participle whose complement follows stays (« le préfet du département
situé | dans l'océan Indien », mentions.participle_end)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.forms import participle
from quotes.lexicon import cached, capitalised, fold, folded, is_time_word, table
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DEFINITE_BARE,
    DEMONSTRATIVES,
    MONTHS,
    ROLE_LINKS,
)
from quotes.lexicon.outlets import is_press_noun, listed_outlet
from quotes.lexicon.roles import is_role_noun

# a participle's dependents that complete it (mentions.participle_end reads the same)
PARTICIPLE_COMPLEMENTS = ("obl:arg", "obj")


def completes_noun(tok: Token, lo: int) -> bool:
    """Is ``tok`` a participle completing a noun of the phrase that starts at ``lo`` and runs up
    to it (« observateurs | entendus », « le préfet du département | situé »)?"""
    return participle(tok) and tok.dep_ == "acl" and lo <= tok.head.i < tok.i


def verb_adjunct(doc: Doc, t: Token, i: int) -> bool:
    """Does the preposition ``t`` open the adjunct of a verb before the phrase starting at
    ``i`` (« a lancé X par le biais de … »): its noun an ``obl`` of that verb? « de » and
    « chez » are left to the phrase (a complement of its noun the parse may hang elsewhere:
    « l'économiste chez Natixis Paul Morvan »), and so is a preposition after a capitalised word
    that names no person (« le Collectif contre les violences familiales »)."""
    if t.pos_ != "ADP" or fold(t.text) in ROLE_LINKS or t.dep_ != "case":
        return False
    if t.i > i and doc[t.i - 1].is_title and doc[t.i - 1].ent_type_ != "PER":
        return False
    noun = t.head
    verb = noun.head
    return noun.i > t.i and noun.dep_.startswith("obl") and verb.i < i and verb.pos_ in (
        "VERB", "AUX")


def dated(doc: Doc, j: int) -> bool:
    """Does « de » or « du » at token ``j`` open a date, a month after it or a day's number
    and a month (« le rapport du 3 mars », « la commission d'enquête sénatoriale de novembre
    2019 »), after a noun of a document or a sitting (lexicon/dated_nouns.txt), its adjectives
    between: when the document or the sitting was, no word of its name? Never after a
    capitalised head nor any other noun (« le Collectif du 5 novembre », « les rescapés du 13
    novembre », « la coordination du 8 mars »): an event's date names the group or the people."""
    if doc[j].lower_ not in DE_CONTRACTED or j + 1 >= len(doc):
        return False
    k = j + 2 if doc[j + 1].like_num and j + 2 < len(doc) else j + 1
    if doc[k].lower_ not in MONTHS:
        return False
    n = j - 1
    while n > 0 and doc[n].pos_ == "ADJ":
        n -= 1  # « la commission d'enquête |sénatoriale| de novembre »
    return n >= 0 and doc[n].text[:1].islower() and fold(doc[n].text) in folded("dated_nouns")


def past_date(doc: Doc, at: int) -> int:
    """Where the words after a date ``dated`` reads from the word at offset ``at`` start (« selon
    la commission | de mars | »), ``at`` when no such date opens there."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    j = span.start if span is not None and span[0].idx == at else len(doc)
    if j >= len(doc) or not dated(doc, j):
        return at
    k = j + 2 if doc[j + 1].like_num else j + 1
    k = k + 2 if k + 1 < len(doc) and doc[k + 1].like_num else k + 1
    return doc[k].idx if k < len(doc) else len(doc.text)


def demonstrative_complement(doc: Doc, i: int, j: int) -> bool:
    """Does the demonstrative at token ``j`` open the first complement of the head noun of the
    phrase that starts at ``i`` (« le gérant |de ce| camping de la côte », « les autorités
    |de ce| pays »), not a time that ends the phrase (« a déclaré le maire ce lundi », « le
    président de ce matin »), a manner or a cause (« de cette façon », « de ce fait »:
    lexicon/manner_nouns.txt), or the verb's complement after one the noun already has (« le
    maire de Vernac |de cette| décision »)?"""
    if not (i < j < len(doc) - 1 and doc[j].lower_ in DEMONSTRATIVES and doc[j - 1].lower_ in DE):
        return False
    noun = fold(doc[j + 1].text)
    return not is_time_word(noun) and noun not in folded("manner_nouns") and not any(
        t.lower_ in DE_CONTRACTED for t in doc[i : j - 1])


def without_cut_participle(doc: Doc, i: int, j: int) -> int:
    """The end of the phrase [i, j) without a last participle completing one of its nouns
    whose first dependent after it is an adjunct the phrase left out (« entendus | hier
    soir »); never a role noun the tagger took for a participle (« la nouvelle élue | devant
    la mairie », as mentions.head_noun reads it)."""
    last = doc[j - 1] if i < j - 1 else None
    if last is None or is_role_noun(last.text) or not (
            last.pos_ == "VERB" and completes_noun(last, i)):
        return j
    after = [c for c in last.rights if c.i >= j]
    if not after or after[0].dep_ in PARTICIPLE_COMPLEMENTS:
        return j
    k = j - 1
    while k > i + 1 and doc[k - 1].is_punct:
        k -= 1
    return k


@cached
def _carrier_forms() -> frozenset[str]:
    """The participles before « par » that say who passed words on, folded, every gender and
    number (lexicon/outlet_carriers.tsv, kind "by", its stems: « interrog », « cit »)."""
    return frozenset(fold(stem) + end for kind, stem in table("outlet_carriers") if kind == "by"
                     for end in ("e", "ee", "es", "ees"))


def carried_by(doc: Doc, j: int) -> bool:
    """Does a participle of passing words on, with « par » and an outlet after it, open at ``j``
    (« une source proche du dossier | interrogée par l'AFP »)? It tells who reached the source,
    no part of the source: the phrase ends before it. A person or a body after « par » (« un
    témoin interrogé par les enquêteurs », « des propos rapportés par le procureur ») is no
    outlet: the phrase goes on."""
    if j + 2 >= len(doc) or fold(doc[j + 1].text) != "par":  # checked first: per token of a phrase
        return False
    t = doc[j]
    if "Fin" in t.morph.get("VerbForm", []):  # « X rapporte par ailleurs »: a verb, no participle
        return False
    return fold(t.text) in _carrier_forms() and _outlet_at(doc, j + 2)


def _outlet_at(doc: Doc, k: int) -> bool:
    """Does an outlet's name open at ``k``: a press noun after its article (« la radio »), or a
    run of capitalised words, its article before it or not, the lexicon lists as an outlet
    (lexicon.outlets.listed_outlet: « l'AFP », « France Info », « Le Figaro »)?"""
    article = fold(doc[k].text).rstrip("'’") in DEFINITE_BARE
    head = k + 1 if article and k + 1 < len(doc) else k
    if is_press_noun(doc[head].text):
        return True
    end = head
    while end < len(doc) and capitalised(doc[end].text):
        end += 1
    return end > head and any(listed_outlet(doc[at:end].text) for at in (k, head))


def cut_at(doc: Doc, start: int, end: int) -> bool:
    """Did the phrase [start, end) stop where the parse ends it rather than at a stop word: at
    the verb's adjunct (``verb_adjunct``), or before a participle completing one of its nouns
    that ``without_cut_participle`` left out (« relève le document | publié en ligne »), or
    before one of passing words on with an outlet as its agent (``carried_by``)?"""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return verb_adjunct(doc, nxt, start) or completes_noun(nxt, start) or carried_by(doc, end)
