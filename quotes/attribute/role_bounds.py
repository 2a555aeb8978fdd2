"""Where a role's noun phrase ends when the words after it read like more of it: never past
« que » or « ainsi que » (« joueur du club |et que ce soit … »), never on to the outlet its
holder speaks to after the role's own complement (« conseiller de la famille |à l'AFP »: the
verb's addressee) unless a newsroom's job or unit shows the outlet employs them (« chef du
service politique au Monde »), but on past a body after « à » the parse hangs inside the role
(« responsable de l'unité |à Santé Publique France », a name the recogniser may take for a
person's, never a person's: « à Mélenchon »); and where one opens on a participle of charge and
its field of work (« chargé de mission », « en charge des Sports »: lexicon/charge_openers.txt),
or goes on over one that is the role noun's own (``charge_of_role``); and never on to those its
holder speaks to (« procureur de Dole |à des journalistes »: ``addressed_audience``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.attribute.names import first_name_gender
from quotes.attribute.noun_kinds import singular_words
from quotes.lexicon import fold, folded, singular
from quotes.lexicon.grammar import (
    COMPARING,
    DE,
    DE_CONTRACTED,
    DEFINITE,
    DETERMINERS,
    DURATIONS,
    INDEFINITE_PLAIN,
    QUANTITIES,
    QUE,
    ROLE_LINKS,
    TO_WHOM,
    A,
)
from quotes.lexicon.outlets import listed_outlet
from quotes.lexicon.roles import is_role_noun, noun_gender
from quotes.nlp.doc import text_of


def opens_que_clause(doc: Doc, i: int) -> bool:
    """Does token ``i``, inside a role after its noun, open a clause with « que » (« joueur du
    club |et que ce soit »), which no noun phrase of a role holds; or, with the « que » after
    it, an addition or a comparison (« présidente de l'association |ainsi que de la fondation »:
    one function; « |plus que jamais »), which opens no clause and is no more of the role?"""
    if doc[i].lower_ in COMPARING:
        return i + 1 < len(doc) and doc[i + 1].lower_ in QUE
    return doc[i].lower_ in QUE and not (i > 0 and doc[i - 1].lower_ in COMPARING)


def addressed_outlet(doc: Doc, i: int, noun: int) -> bool:
    """Does token ``i``, after the role noun ``noun`` and a complement of its own, open the outlet
    the holder speaks to (« conseiller de la famille |à l'AFP », « porte-parole du club |au
    Parisien », « |auprès de Reuters »: lexicon/outlet_names.txt), the verb's addressee; not an
    outlet right after the noun, where the role is held (« journaliste |au Parisien »)?"""
    if doc[i].lower_ not in TO_WHOM or not any(
            t.lower_ in DE_CONTRACTED for t in doc[noun + 1 : i]):
        return False
    if any(singular(t.text) in singular_words("newsroom_words") for t in doc[noun:i]):
        return False  # « chef du service politique |au Monde »: the outlet that employs them
    k = i + 1
    if doc[i].lower_ == "auprès" and k < len(doc) and doc[k].lower_ in DE_CONTRACTED:
        k += 1  # « auprès de », « auprès du »: its « de » read, not the outlet
    if k < len(doc) and doc[k].lower_ in DETERMINERS:
        k += 1
    ends = range(k + 1, min(k + 3, len(doc)) + 1)
    return any(listed_outlet(doc[k:m].text) for m in ends
               if not any(t.is_punct for t in doc[k:m]))


def addressed_audience(doc: Doc, i: int) -> bool:
    """Does token ``i``, after the role's complement, start to whom its holder speaks: « à »,
    « aux », « auprès de » and a noun of lexicon/speaking_audiences.txt (« procureur de Dole |à
    la presse », « |à des journalistes », « |auprès des médias »), with no complement of its own
    after it unless an indefinite opens it (« |à un journaliste de l'AFP »); not the role's own
    complement (« responsable des relations à la presse |du ministère », « délégué de
    l'ambassade aux journalistes |étrangers »)?"""
    # « auprès de », « auprès du », « auprès des »: past its « de »; « des » is « de les »,
    # a definite, so « |auprès des| médias du groupe » is a role's own complement
    k = i + 1 + (doc[i].lower_ == "auprès" and i + 1 < len(doc)
                 and doc[i + 1].lower_ in DE_CONTRACTED)
    if doc[i].lower_ not in TO_WHOM or k >= len(doc) - 1:
        return False
    some = doc[k].lower_ in _SOME
    k += some or doc[k].lower_ in DETERMINERS
    if fold(doc[k].text) not in folded("speaking_audiences"):
        return False
    j = k + 1
    return some or j >= len(doc) or not (doc[j].lower_ in ROLE_LINKS or (
        doc[j].pos_ == "ADJ" and doc[j].is_lower))


_SOME = INDEFINITE_PLAIN | QUANTITIES  # « à des », « à un », « à plusieurs journalistes »


def body_after_a(doc: Doc, i: int, name_end: int) -> bool:
    """Is the name at token ``i``, right after « à » in an apposition that starts after
    ``name_end``, a body the parse hangs on a word of the role (« responsable de l'unité de
    vaccination |à Santé Publique France »), not a person's name (« à Anne Roy »)?"""
    tok = doc[i]
    return (
        i - 1 > name_end and doc[i - 1].lower_ in A and name_end < tok.head.i < i
        and not _person(doc, i)
    )


def _person(doc: Doc, i: int) -> bool:
    """Does a person's name start at token ``i``: a known first name (« Anne Roy »), or a name
    the recogniser gives a person and the tagger reads as proper nouns only, a surname alone
    included (« Mélenchon », « Dupont-Aignan », « Vernier Dumoulin »)? A body's name it takes
    for a person's holds a common word (« |Santé| |Publique| France »)."""
    if first_name_gender(doc[i].text) is not None:
        return True
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    return ent is not None and ent.label_ == "PER" and all(
        t.pos_ == "PROPN" for t in ent if not t.is_punct)


def charge_opened(doc: Doc, lo: int, hi: int) -> int | None:
    """Where the opener of lexicon/charge_openers.txt that starts at token ``lo`` ends, its last
    word (« |chargé| de mission », « en |charge| des Sports »), when its « de » opens a field of
    work before ``hi``: a noun with no determiner (« de mission », « d'affaires ») or with an
    article (« de la sécurité », « des finances »); not a possessive's or a number's object
    (« de ses deux valises »), a relative (« de famille »: kin_nouns.txt) or a task in the
    infinitive (« d'enquêter »). None otherwise."""
    opened = opened_phrase(doc, lo, hi, folded("charge_openers"))
    if opened is None:
        return None
    k, end = opened
    article = doc[k].lower_ in DE and k + 2 < end and doc[k + 1].lower_ in DEFINITE
    field = k + 2 if article else k + 1  # « de |la| sécurité »: past its article
    tok = doc[field] if field < end else None
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("xcomp", "ccomp") or (
            singular(tok.text) in singular_words("kin_nouns")):  # a clause's verb, a relative
        return None
    return k - 1


def opened_phrase(doc: Doc, lo: int, hi: int, phrases: frozenset[str]) -> tuple[int, int] | None:
    """Where the « de » is of a phrase of ``phrases`` (folded, up to three words) that starts at
    token ``lo`` (« |à la tête| du club », « |chargé| de mission »), and where its complement
    ends before ``hi``: at a comma, a duration (« depuis »), a verb, a relative or « que »;
    None when no such phrase starts there."""
    k = next((k for k in range(lo + 1, min(hi, lo + 4)) if fold(doc[lo:k].text) in phrases
              and doc[k].lower_ in DE_CONTRACTED), None)
    if k is None:
        return None
    end = next((t.i for t in doc[k + 1 : hi] if t.is_punct or t.lower_ in DURATIONS
                or t.pos_ in ("VERB", "AUX") or "Rel" in t.morph.get("PronType", [])
                or opens_que_clause(doc, t.i)), hi)
    return k, end


def as_written(doc: Doc, lo: int, end: int) -> tuple[str, int, int]:
    """Tokens [lo, end) as the article writes them: (text, start, end offsets)."""
    start, stop = doc[lo].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return text_of(doc)[start:stop], start, stop


def charge_opener(doc: Doc, i: int) -> bool:
    """Is token ``i`` a participle of charge followed by its « de » (« |chargé de mission »),
    which opens a role though the tagger reads a verb?"""
    return fold(doc[i].text) in folded("charge_openers") and i + 1 < len(doc) and (
        doc[i + 1].lower_ in DE_CONTRACTED)


def charge_of_role(doc: Doc, lo: int, j: int) -> bool:
    """Is the participle of charge at token ``j`` (``charge_opener``) the role's own, in the
    apposition that opens at ``lo``: it opens it (« X, |chargé de mission »), follows the role
    noun and its adjectives (« directeur exécutif |chargé du programme »), or agrees with the
    role noun and not with the last noun of its complement (« adjointe au maire |chargée des
    finances »); not when it may be that noun's (« chauffeur du camion |chargé de gravats »)?"""
    if j == lo:
        return True
    noun = next((t for t in doc[lo:j] if is_role_noun(t.text)), None)
    if noun is None:
        return False
    # « ministre déléguée |chargée des PME »: « déléguée », a noun to the tagger, is the
    # noun's adjective by its dependency
    if all(t.pos_ == "ADJ" or (t.dep_ == "amod" and t.head.i == noun.i)
           for t in doc[noun.i + 1 : j]):
        return True
    last = next((t for t in reversed(doc[noun.i + 1 : j]) if t.pos_ in ("NOUN", "PROPN")), None)
    said = "f" if fold(doc[j].text).rstrip("s").endswith("ee") else "m"
    return last is not None and gender_of(noun) == said != gender_of(last)


def gender_of(tok: Token) -> str | None:
    """Gender of a noun: from its role-noun pair (présidente/président), else the parse."""
    if (gender := noun_gender(tok.text)) is not None:
        return gender
    g = tok.morph.get("Gender", [])
    return ("f" if g[0] == "Fem" else "m") if g else None
