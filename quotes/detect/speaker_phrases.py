"""A speaker's noun phrase after a cue, and whether a phrase names a speaker at all.

The phrase read forward from a word: an inverted subject (« … », a déclaré le maire de
Vernac), the source of « selon X », « celui qui … » and an unnamed source (« un policier qui
participe à l'enquête ») with their relative clause. What ``subjects`` or
``np_after`` finds names a speaker when it is a name, a role, a body, a source, « ce dernier »;
not "un dimanche". A determiner with a common noun describes one (« le retraité »).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.detect.context import noun_head
from quotes.detect.cues import cue_verb
from quotes.detect.furniture import furniture
from quotes.detect.nominal import described_adjective
from quotes.detect.np_ends import (
    carried_by,
    dated,
    demonstrative_complement,
    verb_adjunct,
    without_cut_participle,
)
from quotes.lexicon import capitalised, fold, is_org_noun, is_time_word, titles, words
from quotes.lexicon.grammar import (
    DEMONSTRATIVE_HEADS,
    LATTER,
    NAME_PARTICLES,
    QUE,
    SET_OFF_RELATIVES,
    SOURCE_NOUNS,
    STRESSED,
)
from quotes.lexicon.periphrases import occupied, periphrasis
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import bare_capital


def np_after(doc: Doc, i: int, stop: int) -> tuple[int, int] | None:
    """Token range [i, j) of a noun phrase starting at ``i`` (an inverted subject, a selon X)."""
    stops = words("np_stops")
    if i >= stop:
        return None
    first = doc[i]
    nominal = first.pos_ in ("DET", "PROPN", "NOUN", "NUM", "ADJ", "PRON") or (
        first.ent_type_ == "PER" and fold(first.text) in NAME_PARTICLES  # "van der Poel"
    ) or (first.ent_type_ == "PER" and first.pos_ == "X" and capitalised(first.text))
    # a first name the tagger took for a foreign word opens a name: "a déploré Line Dupré"
    who = who_relative(doc, i, stop)
    if who is not None:
        return (i, who)
    pronoun = first.pos_ == "PRON" and first.lower_ not in STRESSED
    if pronoun or not (nominal or first.text in titles()):
        return None
    j = i
    while j < stop:
        t = doc[j]
        if t.lower_ == "qui" and _says_which(doc, i, j, stop):
            return i, _clause_end(doc, j + 1, stop, second=True)  # « un policier | qui … »
        if (t.lower_ in stops and j > i and not demonstrative_complement(doc, i, j)) or (
                t.is_punct and t.text not in ("-", "'", "’", ".")):
            if t.text == "," and _apposition(doc, j + 1, stop):
                j += 1
                continue
            break
        if t.text == "." and not (j > i and (doc[j - 1].text in titles() or len(doc[j - 1]) == 1)):
            break
        if t.text in '«»“”"' or furniture(t):  # « la maire de Vernac pic.twitter.com/x »
            break
        named = bool(t.ent_type_) and capitalised(t.text)  # a first name tagged VERB: "Rajendra"
        if t.pos_ in ("VERB", "AUX") and j > i and not named and "Part" not in t.morph.get(
                "VerbForm", []):
            break
        if j > i and (verb_adjunct(doc, t, i)  # "a lancé X par le biais de …"
                      or carried_by(doc, j)  # "une source … | interrogée par l'AFP"
                      or dated(doc, j)):  # « la commission d'enquête | de novembre 2019 »
            break
        j += 1
    while j > i and doc[j - 1].is_punct and doc[j - 1].text != ".":
        j -= 1
    j = without_cut_participle(doc, i, j)  # "X entendus | hier soir"
    return (i, j) if j > i else None


def who_relative(doc: Doc, i: int, stop: int) -> int | None:
    """« celui qui se dit « fatigué » », « celle dont le fils … », « ceux que … »: a
    demonstrative and its relative clause name someone; where the clause ends (the first
    comma or stop outside marks), else None."""
    if i + 2 >= stop or doc[i].lower_ not in DEMONSTRATIVE_HEADS or not (
            doc[i + 1].lower_ in SET_OFF_RELATIVES or doc[i + 1].lower_ in QUE):
        return None
    return _clause_end(doc, i + 2, stop)


def _says_which(doc: Doc, i: int, j: int, stop: int) -> bool:
    """Does the relative « qui » at ``j`` say which unnamed source the phrase from ``i`` is
    (« un policier qui participe à l'enquête », « des habitants qui vivent près du site »): a
    phrase an anonymous determiner opens (lexicon/anonymous.txt), with no name, that the
    parse hangs a relative clause in the present on? The source is named by the mention as
    written. A clause in a past tense tells what befell the source, not which it is (« un
    ancien salarié qui s'est tourné vers l'immobilier »: `un ancien salarié`); one that
    reports speech is no part of it (``_reports``), nor one that says only that the source
    is unnamed (« un enquêteur qui souhaite rester anonyme »: lexicon/anonymity.txt)."""
    verb = doc[j].head
    if not (
        j > i + 1 and doc[i].lower_ in words("anonymous") and verb.dep_ == "acl:relcl"
        and i <= verb.head.i < j and verb.i > j and verb.morph.get("Tense", []) == ["Pres"]
        and verb.morph.get("VerbForm", []) == ["Fin"]
        and not any(t.ent_type_ == "PER" or t.pos_ == "PROPN" for t in doc[i:j])
    ):
        return False
    end = _clause_end(doc, j + 1, stop, second=True)
    return not _reports(verb, doc[j + 1 : end]) and not anonymity(doc[j + 1 : end])


def _reports(verb: Token, clause: Span) -> bool:
    """Does the relative clause report speech (« un témoin qui affirme avoir vu … », « qui
    ajoute : « … » », « qui se dit « confiant » », « … et qui ajoute que … »): its verb or
    one it coordinates a reporting verb or one with a que-clause or an infinitive, or a
    quotation mark or a colon in it or right after it?"""
    doc = clause.doc
    verbs = [verb, *(c for c in verb.subtree if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    if any(cue_verb(v) is not None or any(c.dep_ in ("ccomp", "xcomp") for c in v.children)
           for v in verbs):
        return True
    after = doc[clause.end].text if clause.end < len(doc) else ""
    return after == ":" or any(t.text in '«»“”"' for t in clause)


def anonymity(clause: Span) -> bool:
    """Does a relative clause only say that its source is unnamed (« qui souhaite rester
    anonyme », « qui préfère garder l'anonymat »: lexicon/anonymity.txt)? Such a clause is no
    part of the mention, as after « selon » (« un diplomate qui a requis l'anonymat »)."""
    said = f" {' '.join(t.lower_ for t in clause)} ".replace("’", "'")
    return any(f" {entry} " in said for entry in words("anonymity"))


def _clause_end(doc: Doc, j: int, stop: int, second: bool = False) -> int:
    """Where a clause that goes on at ``j`` ends: the first comma or stop outside marks, or
    with ``second``, before a second relative « et qui »."""
    depth = 0
    while j < stop:
        t = doc[j].text
        if t in ("«", "“"):
            depth += 1
        elif t in ("»", "”"):
            depth -= 1
        elif depth <= 0 and (t in (",", ".", ";", ":", "!", "?", "…", "(") or (
                second and t.lower() == "et" and j + 1 < stop and doc[j + 1].lower_ == "qui")):
            break
        j += 1
    return j


def _apposition(doc: Doc, i: int, stop: int) -> bool:
    """An apposed phrase (", l'amiral néerlandais Rob Bauer,") that names a person."""
    j = i
    has_name = False
    while j < stop and not (doc[j].is_punct and doc[j].text not in ("-", "'", "’")):
        if doc[j].pos_ in ("VERB", "AUX"):
            return False
        if doc[j].ent_type_ == "PER" or doc[j].pos_ == "PROPN":
            has_name = True
        j += 1
    return has_name and j > i and (j - i) <= 8



def is_latter(tok: Token) -> bool:
    """Is this token the "dernier" of « ce dernier » (any case, gender or number)? The tagger
    reads it as an adjective, yet it stands for the one named last; not before a noun ("ce
    dernier sondage")."""
    doc = tok.doc
    noun = tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")
    return tok.i > 0 and not noun and fold(f"{doc[tok.i - 1].text} {tok.text}") in LATTER


def speaker_like(doc: Doc, rng: tuple[int, int]) -> bool:
    """An inverted subject names someone: a name, a role, a body, a source, « ce dernier »;
    not "un dimanche"."""
    if rng[1] - rng[0] == 2 and is_latter(doc[rng[0] + 1]):
        return True
    if who_relative(doc, rng[0], rng[1]) is not None:  # "», a confié celui qui …"
        return True
    said = doc[rng[0] : rng[1]].text
    if periphrasis(said) is not None or occupied(said) is not None:
        return True  # "le garde des Sceaux", "le premier flic de France", « l'hôte de l'Élysée »
    first = doc[rng[0]]
    if first.ent_type_ == "PER" and fold(first.text) in NAME_PARTICLES:
        return True  # "van Dijk", "di Maio": a surname with its particle, whatever its tags
    head = noun_head(doc, rng, ("NOUN", "PROPN"))  # "la vice-première ministre"
    if head is None:
        return False
    if head.pos_ == "PROPN" or head.ent_type_ in ("PER", "ORG") or head.text in titles():
        return True
    if _spelled_before_name(doc, head, rng[1]):  # "», a réagi maître Paul Roux"
        return True
    if head.i == rng[0] and bare_capital(head) and not is_time_word(head.text):
        return True  # "», a annoncé Moretton": a surname the tagger took for a common noun
    low = head.lower_
    return is_role_noun(low) or is_org_noun(low) or low in words("kin_nouns") or low in SOURCE_NOUNS


def _spelled_before_name(doc: Doc, head: Token, end: int) -> bool:
    """Is the head a title of address written out in lower case (lexicon/spelled_titles.txt:
    « maître », « monsieur ») right before a person's name inside the phrase (« maître Paul
    Roux »)? The name says who speaks; the title alone (« le maître de maison ») says nothing."""
    nxt = head.i + 1
    return head.lower_ in words("spelled_titles") and nxt < end and doc[nxt].ent_type_ == "PER"


def described(doc: Doc, rng: tuple[int, int]) -> bool:
    """A determiner and a common noun: "le retraité", "une habitante du quartier", or a noun of
    an age or a person's adjective the tagger took for an adjective (« le quadragénaire »,
    « le libéral »: ``nominal.nominalised``; not « le premier », « le nouveau »)."""
    first = doc[rng[0]]
    if rng[1] - rng[0] == 2 and described_adjective(doc[rng[0] + 1]):
        return first.pos_ == "DET"
    head = noun_head(doc, rng, ("NOUN", "PROPN"))
    return first.pos_ == "DET" and head is not None and head.pos_ == "NOUN"
