"""Where a role's words begin and end, whatever found them: never inside a hyphenated word
(« procureur de Saint-Malo »), never on page furniture before it (« 12 Le directeur … »),
never on into another person's name (« la ministre de la Culture Anne Roy ») or title (« le
ministre et le député X »: ``joins_another``, ``last_conjunct``), a clause of the
narration (« chauffeur cité par le procureur », « maire s'est dit ») or a reporting verb
that reads as a role noun (« », juge Anne Roy »).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.attribute.bodies import acronym_like
from quotes.attribute.complement_names import opens_place
from quotes.attribute.names import first_name_gender
from quotes.attribute.noun_kinds import is_thing, singular_words
from quotes.attribute.role_bounds import addressed_audience, as_written, opened_phrase
from quotes.detect.media import medium
from quotes.lexicon import capitalised, fold, folded, is_time_word, reporting_verbs, singular
from quotes.lexicon.grammar import (
    AGENT,
    DE,
    DE_CONTRACTED,
    DEMONSTRATIVES,
    DETERMINERS,
    GIVEN_IN,
    INDEFINITE,
    LIST_JOINS,
    MONTHS,
    NAME_LINKS,
    OBJECT_CLITICS,
    OCCASIONS,
    QUANTITIES,
    ROLE_LINKS,
    STRESSED,
    TIME_SIDES,
    TOPIC_LEADS,
    TOPIC_NOUNS,
    VERB_PREPOSITIONS,
    A,
)
from quotes.lexicon.roles import is_role_noun

_FURNITURE = re.compile(r"[\d./:-]+")  # "2017-10", "12", "3/4": a date or page number
_OBJECT_OPENERS = DETERMINERS | INDEFINITE | DEMONSTRATIVES  # what opens a verb form's object


def furniture(tok: Token) -> bool:
    """A number or date standing before a role, a page's furniture, not part of it."""
    return bool(_FURNITURE.fullmatch(tok.text)) and any(c.isdigit() for c in tok.text)


def ends_role(doc: Doc, i: int, noun: int) -> bool:
    """Does token ``i``, after the role noun ``noun``, end the role: the first name of a
    person the role is given to ("ministre de la Culture |Anne Roy"), a participle with its
    agent ("chauffeur |cité par le procureur"), a clitic pronoun of the narration's verb
    ("maire |s'est dit"), a stressed pronoun ("médecin |elle aussi"), an adverb and a
    participle with no « de » after (``manner_participle``: "présidente |fraîchement élue"), a
    verb that reads as a role noun ("le maire |garde espoir"), another person's title
    (``joins_another``: "ministre |et son adjoint"), a time ("maire |lundi"), the moment,
    occasion or place of the words ("président |en début de séance", "|dans un communiqué")?"""
    tok = doc[i]
    if tok.pos_ == "PRON" and tok.lower_ in OBJECT_CLITICS | {"s'", "s’", "l'", "l’"}:
        return True
    if tok.lower_ in STRESSED and doc[i - 1].pos_ != "ADP":
        return True  # "médecin |elle aussi": the person again, not the role's complement
    if manner_participle(doc, i) and (i + 2 >= len(doc) or doc[i + 2].lower_ not in DE_CONTRACTED):
        return True  # "présidente |fraîchement élue": how she came to it, not the office
    if participle_agent(doc, i) or (i == noun + 1 and _verb_after_subject(doc, i)):
        return True
    if joins_another(doc, i, len(doc), opened_by_de(doc, noun)):
        return True  # "le ministre |et son secrétaire d'État": someone else's role
    return _when(doc, i) or _occasion(doc, i) or _present(doc, i) or (
        i > noun + 1 and (_name_starts(doc, i) or one_word_name(doc, i) or _about(doc, i)
                          or addressed_audience(doc, i)))


def manner_participle(doc: Doc, i: int) -> bool:
    """Do tokens ``i`` and ``i + 1`` read an adverb of manner and a participle after a role noun
    (« présidente |fraîchement élue| du club », « député |récemment réélu| »: how the person came
    to the office, no part of it), the adverb in -ment as tagged or read as an adjective (the
    tagger reads « fraîchement réélue » so); not « non inscrite »?"""
    tok = doc[i]
    return tok.pos_ in ("ADV", "ADJ") and tok.lower_.endswith("ment") and i + 1 < len(doc) and (
        "Part" in doc[i + 1].morph.get("VerbForm", []))


def joins_another(doc: Doc, c: int, hi: int, opened: bool = False) -> bool:
    """Does token ``c`` join another person to a role: « et » or « ou », a determiner, then,
    after its adjectives and before ``hi``, a role noun (« le ministre |et le député », « le
    président |ou le vice-président », « |et le Premier ministre ») or a relative's (« |et son
    épouse »); not the words of a complement (« la Fondation pour la Nature |et l'Homme »,
    « de la Santé et de la Prévention »), nor a second title with no determiner, one person's
    (« président et directeur général »)? « Et du », « et de la » and a title only in a role
    ``opened`` by « de » (« en présence de la ministre de la Santé |et du directeur »), never
    in a role's complement (« conseiller du président et du Premier ministre »)."""
    if doc[c].lower_ not in LIST_JOINS or c + 1 >= hi:
        return False
    after = doc[c + 1].lower_
    # never « des » (« des élus »: a complement's plural), nor kin (« et de sa mère »)
    de = opened and (after == "du" or (
        c + 2 < hi and after in DE and doc[c + 2].lower_ in DETERMINERS))
    if after not in DETERMINERS and not de:
        return False
    j = c + 2 + (de and after != "du")
    while j < min(hi, c + 4) and doc[j].pos_ == "ADJ" and not is_role_noun(doc[j].text):
        j += 1  # "et le nouveau député", "et le Premier ministre"
    return j < hi and (is_role_noun(doc[j].text) or (
        not de and doc[j].is_lower and fold(doc[j].text) in folded("kin_nouns")))


def opened_by_de(doc: Doc, noun: int) -> bool:
    """Is the role whose first role noun is token ``noun`` the complement of a « de » before
    its article (« en présence |de la| ministre », « aux côtés |du| maire »), not a subject
    or an apposition (« Le conseiller », « X, avocat »)?"""
    k = noun - 1
    while k >= 0 and doc[k].pos_ == "ADJ" and not is_role_noun(doc[k].text):
        k -= 1  # « de la nouvelle ministre »
    return k >= 0 and (doc[k].lower_ == "du" or (
        k > 0 and doc[k].lower_ in DETERMINERS and doc[k - 1].lower_ in DE))


def last_conjunct(doc: Doc, lo: int, k: int) -> int:
    """Where the title in tokens [lo, k) before a name opens: after the last word that joins
    another person's title (``joins_another``), the name's own being the last one (« entre le
    ministre et le |rapporteur Paul Roux| »); else ``lo``."""
    opened = opened_by_de(doc, next((t.i for t in doc[lo:k] if is_role_noun(t.text)), lo))
    return next((c + 1 for c in range(k - 1, lo - 1, -1) if joins_another(doc, c, k, opened)), lo)


def _present(doc: Doc, i: int) -> bool:
    """Does token ``i`` start where the holder stands or when they act, not the role: a phrase
    of lexicon/presence_places.txt (« porte-parole des pompiers |sur place »), an adverb before
    a word of occasion (« l'ex-président |juste avant son départ », « |peu après »), or how the
    holder speaks (lexicon/speaking_asides.txt: « le recteur |de son côté »)?"""
    tok = doc[i]
    if tok.pos_ == "ADV" and i + 1 < len(doc) and doc[i + 1].lower_ in OCCASIONS:
        return True
    place = _phrase(doc, i, folded("presence_places") | folded("speaking_asides"))
    return place is not None and not _complement_after(doc, i + len(place.split()))


def _phrase(doc: Doc, i: int, phrases: frozenset[str]) -> str | None:
    """The phrase of ``phrases`` (folded, up to three words) that starts at token ``i``."""
    said = " ".join(fold(t.text) for t in doc[i : i + 3]) + " "
    return next((p for p in phrases if said.startswith(p + " ")), None)


def _complement_after(doc: Doc, j: int) -> bool:
    """Does a complement of the role start at token ``j``, right after a presence phrase: « de »
    before a name (« le représentant sur place |de la Croix-Rouge », « |de l'ONU ») or a bare
    noun that makes one word with the phrase (« directeur de la sécurité sur les lieux |de
    travail »), not the place itself (« sur les lieux |du drame »)?"""
    if j + 1 >= len(doc) or doc[j].lower_ not in DE_CONTRACTED:
        return False
    head = doc[j + 1]
    if head.lower_ in DETERMINERS and j + 2 < len(doc):
        head = doc[j + 2]
    bare = head.i == j + 1 and doc[j].lower_ in DE and head.pos_ == "NOUN"
    return bare or capitalised(head.text) or acronym_like(head.text)


def _occasion(doc: Doc, i: int) -> bool:
    """Does the subject or the moment of what the role's holder did start at token ``i``
    ("président |en début de séance", "maire |au cours de la visite", "directrice |à propos
    de"), or where the words were given ("président du club |dans un communiqué"); not a
    complement of the role's own ("ministre en charge de l'Industrie")?"""
    tok = doc[i]
    k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in DETERMINERS)  # "à |l'|issue de"
    if tok.lower_ in TOPIC_LEADS and k + 1 < len(doc) and doc[k].lower_ in TOPIC_NOUNS and (
            doc[k + 1].lower_ in DE_CONTRACTED):
        return True
    return tok.lower_ in GIVEN_IN and medium(list(doc[i : i + 4]))


def _about(doc: Doc, i: int) -> bool:
    """Does what the narration says of the role's holder start at token ``i``, after the
    role's complement: its occasion or subject ("entraîneur de Nantes |après la défaite",
    "maire de Lyon |à propos de la fermeture"), a present participle ("ministre de la Santé
    |estimant que …"), « sur » after a body's or a place's name ("président du Parti vert |sur
    son départ"); not « sur » after a common noun ("rapporteur du projet de loi sur l'eau")
    or a body's noun ("présidente de la Commission sur l'avenir")?"""
    tok, prev = doc[i], doc[i - 1]
    if prev.lower_ in NAME_LINKS:
        return False  # "le chef de l'|avant": a noun of the complement
    if tok.lower_ in OCCASIONS:
        return True
    if tok.pos_ == "VERB" and "Pres" in tok.morph.get("Tense", []) and (
            "Part" in tok.morph.get("VerbForm", [])) and not is_role_noun(tok.text) and (
            i + 1 < len(doc) and not doc[i + 1].is_punct):  # "estimant que", not "sortant,"
        return True
    j = i - 1
    while j > 0 and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j -= 1  # "du Parti vert |sur"
    return tok.lower_ == "sur" and (capitalised(doc[j].text) or doc[j].text == ")") and (
        j < i - 1 or fold(prev.text) not in folded("org_nouns"))  # "la Commission sur …"


def more_complements(doc: Doc, comma: int) -> bool:
    """Does the role's name go on after this comma with another complement and its article
    ("ministre de l'Économie, des Finances et de …", "ministre de la Santé, de la Famille");
    not « de » without one ("maire de Lyon, de passage à Paris"), nor « et » ("la ministre de
    la Santé, et le ministre de l'Intérieur")?"""
    nxt = doc[comma + 1] if comma + 1 < len(doc) else None
    after = doc[comma + 2].lower_ if comma + 2 < len(doc) else ""
    return nxt is not None and (nxt.lower_ in ("du", "des") or (
        nxt.lower_ in DE and after in NAME_LINKS - DE_CONTRACTED | {"l"}))  # "de l' École"


def _when(doc: Doc, i: int) -> bool:
    """Does a time start at token ``i``: a day or a time of day ("maire de Lyon |lundi"), a
    number of days or hours ("Premier ministre |quelques heures après"); not the complement of
    the word before it ("le journal |du soir", "équipe de nuit")?"""
    tok, prev = doc[i], doc[i - 1]
    if prev.lower_ in NAME_LINKS | A:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if is_time_word(tok.text) or (
            tok.lower_ in DEMONSTRATIVES and nxt is not None
            and is_time_word(nxt.text)):  # "ce lundi", "cette nuit"
        return True
    if tok.lower_ in DETERMINERS and i + 2 < len(doc) and fold(doc[i + 2].text) in TIME_SIDES \
            and singular(doc[i + 1].text) in singular_words("time_units"):
        return True  # "la semaine dernière", "l'an prochain"
    if _date(doc, i):
        return True
    return nxt is not None and (tok.lower_ in QUANTITIES or tok.like_num) and (
        singular(fold(nxt.text)) in folded("time_units"))


def _date(doc: Doc, i: int) -> bool:
    """Does a date start at token ``i``: "|en 2019", "|en mars", "|le 3 mars"?"""
    words = [t.lower_ for t in doc[i : i + 3]] + ["", ""]
    if words[0] == "en":
        return words[1] in MONTHS or (len(words[1]) == 4 and words[1].isdigit())
    return words[0] in ("le", "du") and words[1].isdigit() and words[2] in MONTHS


def participle_agent(doc: Doc, i: int) -> bool:
    """Is token ``i`` a past participle followed by « par » and its agent ("rapportés par",
    "citée par"): a clause of the narration, not a word of a role."""
    tok = doc[i]
    return (
        i + 1 < len(doc) and doc[i + 1].lower_ in AGENT and tok.pos_ in ("VERB", "ADJ")
        and "Part" in tok.morph.get("VerbForm", []) and not is_role_noun(tok.text)
    )


def participle_form(doc: Doc, i: int) -> bool:
    """Is the trade noun in -ant at token ``i`` the present participle of its verb, followed
    directly by a determiner or by its object (« X, gérant la crise depuis lundi », « X,
    enseignant la physique »): a clause of the narration, not a role (« gérant du camping »
    is one)."""
    tok = doc[i]
    if i + 1 >= len(doc) or not tok.lower_.endswith("ant") or not is_role_noun(tok.text):
        return False
    nxt = doc[i + 1]
    return nxt.lower_ in _OBJECT_OPENERS or (
        nxt.dep_ == "obj" and nxt.head.i == i)


def _name_starts(doc: Doc, i: int) -> bool:
    """Does a person's name start at token ``i``: a capitalised first name of the lexicon, or
    a proper noun the parse gives a name's other parts, followed by a capitalised word, not
    the complement of the word before it ("de Paul Morel", "chez Marie Claire"), nor the
    second word of a compound place ("de Sainte |Maxime", "de Port |Louis")."""
    tok, nxt, prev = doc[i], doc[i + 1] if i + 1 < len(doc) else None, doc[i - 1]
    return (
        nxt is not None and tok.is_title and capitalised(nxt.text) and not nxt.is_punct
        and prev.lower_ not in ROLE_LINKS | NAME_LINKS and not opens_place(prev)
        # after an adjective or a capitalised complement ("de la Culture Anne Roy"); not
        # inside a body's name ("Universal Music France", "communes Val Marne Agglo") or a
        # place's ("lycée Jean Moulin")
        and (prev.pos_ == "ADJ" or (prev.is_title and prev.pos_ != "PROPN" and i >= 2
                                    and doc[i - 2].lower_ in NAME_LINKS | A))
        and not is_role_noun(tok.text)
        and (first_name_gender(tok.text) is not None  # or a name the parse reads as one
             or (tok.pos_ == "PROPN" and any(c.dep_ == "flat:name" for c in tok.children)))
    )


def one_word_name(doc: Doc, i: int) -> bool:
    """Does a name of one word stand at token ``i``, right after the role's adjective, no
    capitalised word after it (« la chanteuse belge |Maëlys, », « le chanteur marseillais |Kazo
    a dit »): a person the role is given to, whom the recogniser may not label; not a body or a
    place it labels (« le député européen |Renaissance »), nor a role noun."""
    tok, prev = doc[i], doc[i - 1]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    # « le chef du groupe armé Kessler, |Dmitri Sokolov »: the holder is apposed after the comma
    holder_after = nxt is not None and nxt.text == "," and i + 2 < len(doc) and (
        doc[i + 2].pos_ == "PROPN" and capitalised(doc[i + 2].text))
    return (
        tok.pos_ == "PROPN" and tok.is_title and prev.pos_ == "ADJ" and prev.is_lower
        and (nxt is None or not capitalised(nxt.text)) and tok.ent_type_ not in ("ORG", "LOC")
        and not is_role_noun(tok.text) and not holder_after
    )


def reporting_incise(doc: Doc, noun: int) -> bool:
    """Is the bare role noun ``noun`` a reporting verb's form set after a quote's comma
    ("« … », juge Anne Roy"), the incise's verb (« juger »), not her role?"""
    return (
        noun >= 1 and doc[noun].lower_ in reporting_verbs() and doc[noun - 1].text == ","
        and (noun < 2 or doc[noun - 2].is_punct)
    )


def after_agent(doc: Doc, lo: int, hi: int) -> int:
    """Where the words before a name that may hold its role start: after the last participle
    with « par » ("les propos du chauffeur cités par |le procureur X"), else ``lo``."""
    return next((i + 2 for i in range(hi - 2, lo - 1, -1) if participle_agent(doc, i)), lo)


def _verb_after_subject(doc: Doc, i: int) -> bool:
    """Is the word at ``i``, right after the role noun, its verb ("le maire |juge la mesure",
    "la préfète |garde malgré tout espoir"), which the tagger read as a noun or an adjective:
    followed by what follows no word of a role (an article, « malgré »; not an adverb,
    "directeur général toujours en poste", nor « sans »: "négociateur européen sans détails")?"""
    tok, nxt = doc[i], doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or not tok.is_lower or not doc[i - 1].whitespace_ or (
            tok.pos_ not in ("NOUN", "ADJ", "VERB") or fold(tok.text) in folded("nationalities")):
        return False
    superlative = i + 2 < len(doc) and doc[i + 2].lower_ in ("plus", "moins")  # "la plus jeune"
    # not "chargé des écoles", nor "letton quelques heures après": a time ends the role there
    article = nxt.pos_ == "DET" and nxt.lower_ not in ROLE_LINKS and not (
        _when(doc, i + 1) or (i + 2 < len(doc) and _when(doc, i + 2)))  # "sortant ce lundi"
    return (article and not superlative) or nxt.lower_ in VERB_PREPOSITIONS


def names_acronym(doc: Doc, i: int) -> bool:
    """Is token ``i`` the opening of a bracket around the acronym of the name just before it
    ("de la Fédération française de voile (FFV)", "de l'Office des forêts (ODF)"), not a party
    after a role ("maire de Dole (LR)")? Ending a role, it goes with its bracket; with more of
    the role after it, it stays (``role_extent``)."""
    if i < 1 or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    short = doc[i + 1].text
    if not acronym_like(short):
        return False
    words: list[str] = []  # the name's words, back to the role's « de »
    j = i - 1
    while j >= 0 and i - j <= 8 and not doc[j].is_punct and not is_role_noun(doc[j].text):
        if doc[j].lower_ not in NAME_LINKS and len(doc[j].text) > 2:
            words.insert(0, doc[j].text)
        j -= 1
    capitals = "".join(w[0] for w in words).upper()
    return bool(words) and capitalised(words[0]) and short[0] == capitals[0] and (
        _in_order(capitals, short))


def closing_acronym(doc: Doc, i: int) -> int | None:
    """Where a title before a name ends when token ``i`` closes a bracket around one acronym
    just before the name that is not the body's name (« la ministre de la Culture (MEN), X »,
    « le sénateur (LR) X »): before the bracket, the title going on past it; None when ``i``
    closes no such bracket, or one that gives the body's name (``names_acronym``), which ends
    the reading as any bracket does."""
    if doc[i].text != ")" or i < 2 or doc[i - 2].text != "(" or not acronym_like(doc[i - 1].text):
        return None
    return None if names_acronym(doc, i - 2) else i - 2


def _in_order(letters: str, short: str) -> bool:
    """Are ``letters`` all in ``short``, in that order ("UPA" in "UPAC", "FFV" in "FFV")?"""
    rest = iter(short)
    return all(c in rest for c in letters)


def aside(doc: Doc, lo: int, hi: int) -> bool:
    """Are tokens [lo, hi), set off by commas beside a name, an age (« 45 ans »), a place
    (« à Lyon », « de Lorient ») or a time (« lundi »): no role, and no end of the search
    for one (« Luc Roy, 45 ans, entraîneur du club »)?"""
    words = [t for t in doc[lo:hi] if not t.is_punct]
    if not words or len(words) > 4:
        return False
    if len(words) == 2 and (words[0].like_num or words[0].lower_ in QUANTITIES) and (
            words[1].lower_ in ("an", "ans")):
        return True
    if words[0].lower_ in A | {"de", "d'", "d’", "en"} and len(words) > 1:
        rest = words[1:]
        return any(capitalised(t.text) for t in rest) and all(
            capitalised(t.text) or t.lower_ in NAME_LINKS for t in rest)
    return all(is_time_word(t.text) for t in words)


def lead_phrase(doc: Doc, lo: int, hi: int) -> tuple[str, int, int] | None:
    """ "à la tête de la fédération", "aux commandes du club" in tokens [lo, hi): a phrase of
    lexicon/lead_phrases.txt and its complement, the role of one who leads a body, as written
    (text, start, end); it ends where the complement does (a comma, « depuis », a clause).
    A complement whose nouns are all things (``noun_kinds``) names no body."""
    opened = opened_phrase(doc, lo, hi, folded("lead_phrases"))
    if opened is None:
        return None
    k, end = opened
    nouns = [t for t in doc[k + 1 : end] if t.pos_ == "NOUN"]
    if end <= k + 1 or (nouns and all(is_thing(t) for t in nouns)):
        return None  # "à la tête du", cut; "à la tête du cortège": no body led
    return as_written(doc, lo, end)
