"""Where a role's words start and end: tokens [lo, hi) cut to the role they hold.

Leading determiners, adverbs and edge punctuation go; the role ends at a comma, a duration, a
bracket, a relative clause or a name ("le désormais ex-ministre", "maire depuis 2014"); words
that are no role (a prize, someone else's role, a reporting verb) give none. Out: a ``Role``,
its text and character offsets.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.attribute.bodies import acronym_like
from quotes.attribute.functions import function
from quotes.attribute.one_of import one_of_group
from quotes.attribute.ranks import function_only
from quotes.attribute.role_bounds import addressed_outlet, charge_opened, opens_que_clause
from quotes.attribute.role_edges import (
    ends_role,
    furniture,
    lead_phrase,
    manner_participle,
    more_complements,
    names_acronym,
    participle_form,
    reporting_incise,
)
from quotes.attribute.role_runs import counted_conjunct
from quotes.attribute.role_words import former
from quotes.attribute.shown import acronym_bracket, quoted_word
from quotes.attribute.standing import figurative_title
from quotes.detect.forms import conjugated
from quotes.detect.subjects import aged
from quotes.lexicon import capitalised, fold, folded, is_time_word, quote_marks, written_singular
from quotes.lexicon.grammar import (
    COORDINATORS,
    DE,
    DE_CONTRACTED,
    DEFINITE,
    DETERMINERS,
    DISTINCTIONS,
    DURATIONS,
    FRENCH_NAME_PARTICLES,
    FROM_NOW,
    NUMBER_WORDS,
    ONE,
    ROLE_INTRODUCERS,
    TITLE_WORDS,
    A,
)
from quotes.lexicon.periphrases import periphrasis
from quotes.lexicon.roles import is_role_noun, role_lemmas
from quotes.nlp.doc import sentence_case, text_of, whole_word_end

Role = tuple[str, int, int]  # text, start, end


def merged(roles: tuple[Role, ...], more: tuple[Role, ...]) -> tuple[Role, ...]:
    """Roles in text order, each place once (a role the article repeats is kept each time, so
    that a quote can show the one closest before it)."""
    return tuple(sorted(set(roles + more), key=lambda r: (r[1], r[2], r[0])))


def numbered_rank(doc: Doc, i: int) -> bool:
    """Is token ``i`` a noun of lexicon/rank_nouns.txt with its number after it, in digits or
    a word (« numéro |9 », « numéro |deux »)?"""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return fold(doc[i].text) in folded("rank_nouns") and nxt is not None and (
        nxt.like_num or fold(nxt.text) in NUMBER_WORDS)


class Pieced(tuple[str, int, int]):
    """A role put together from words apart in the text (« ministre des Armées » from « les
    ministres des Armées et des Affaires étrangères, Anne Roy et Paul Morel »): its text is
    not the article's between its offsets, so a record shows it as a role, never as a span."""


def role_span(doc: Doc, lo: int, hi: int) -> tuple[str, int, int] | None:
    """Tokens [lo, hi) as a role (text, start, end), without leading determiners or edge
    punctuation; None when no role noun leads it."""
    # "X, chargé de mission", "X, en charge des Sports": the participle of charge is the head
    charged = charge_opened(doc, lo, hi)
    if charged is None and lo < hi and doc[lo].pos_ == "ADP" and doc[lo].lower_ not in DE:
        # "a dit Anne Roy au juge": whom she spoke to, not what she is; but "X, à la tête de
        # la fédération": what she is
        return lead_phrase(doc, lo, hi)
    hi = whole_word_end(doc, hi)  # "procureur de Saint-Malo": never cut inside a word
    first = lo
    # "le désormais ex-ministre": an adverb before the role is not part of it (unless the
    # tagger took the role for one: "Pharmacienne depuis …"); "Gérard, un commerçant"
    while lo < hi and (
        doc[lo].lower_ in DETERMINERS or doc[lo].lower_ in DE
        # « Quant au Premier ministre, X »: « au » read as the title's article (as an ADP it
        # says to whom, above); a role never opens on « à » and an article
        or (doc[lo].lower_ in A and doc[lo].pos_ == "DET")
        or (doc[lo].is_punct and not quoted_word(doc, lo))  # "le « camerlingue » du Vatican"
        or (doc[lo].pos_ == "ADV" and not is_role_noun(doc[lo].text)) or doc[lo].lower_ in ONE
        or furniture(doc[lo])  # "2019-04 Le directeur": a page's date, not the role's
    ):
        lo += 1
    if first < lo < hi and _surname(doc, lo):
        return None  # "Bruno |Le Maire| a dit": the end of a name, no « maire »
    if lo < hi and fold(doc[lo].text) in folded("rank_nouns") and not numbered_rank(doc, lo):
        return None  # « le numéro vert »: a rank noun is a role only with its number
    # « l'un des soignants des urgences », « l'une de ses avocates », « un de nos avocats »:
    # one of them, the role their plural noun (« l'un des deux avocats »: past how many)
    group = next((k for k in range(lo, min(lo + 3, hi))
                  if is_role_noun(doc[k].text) and one_of_group(doc, k)), None)
    one_of_them = group is not None
    lo = lo if group is None else group
    # « le très discret patron »: the word an adverb grades says how the holder is, not which
    # office (« le désormais ancien maire » keeps its adjective of office)
    if first < lo < hi - 1 and doc[lo - 1].pos_ == "ADV" and not is_role_noun(doc[lo].text) \
            and is_role_noun(doc[lo + 1].text) and fold(doc[lo].text) not in folded(
                "office_adjectives"):
        lo += 1
    # « l'irréductible coach français »: an adjective that judges the holder, no part of the
    # office (lexicon/evaluative_adjectives.txt)
    if lo < hi - 1 and fold(doc[lo].text) in folded("evaluative_adjectives") and is_role_noun(
            doc[lo + 1].text):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].lower_ in TITLE_WORDS) and not (
            _closes_inside(doc, lo, hi - 1)):  # « animatrice de l'émission « Les Matins » »
        # "l'avocat maître Eric Dupond-Moretti": the title belongs to the name; a bracket that
        # ends the role goes whole, a party's ("délégué (FO)") as the body's own acronym's
        # ("… de l'Office des forêts (ODF)": GUIDELINES « A bracket after a role's last word »)
        hi -= 3 if acronym_bracket(doc, hi - 1) or (
            hi >= 3 and names_acronym(doc, hi - 3)) else 1
    if lo + 1 < hi and doc[lo].lower_ in ROLE_INTRODUCERS and any(
        is_role_noun(t.text) for t in doc[lo + 1 : hi]
    ):
        lo += 1  # "élue maire de Rodez": "maire", not the participle that makes her one
        # "élu dimanche soir président", "nommé hier ministre": when, not the role
        while lo + 1 < hi and not is_role_noun(doc[lo].text) and (
            is_time_word(doc[lo].text) or doc[lo].pos_ == "ADV"
        ):
            lo += 1
    if charged is None and lo < hi and participle_form(doc, lo):
        return None  # "X, gérant la crise depuis lundi": what X does, not a trade
    if lo + 1 < hi and doc[lo].lower_ in ROLE_INTRODUCERS \
            and fold(doc[lo + 1].text) in folded("election_prepositions"):
        return None  # « élu pour un 3e mandat », « élue avec 52 % »: the election, no « élu de »
    if any(t.lower_ in DISTINCTIONS for t in doc[max(lo - 1, 0) : min(hi, lo + 2)]):
        return None  # "élue meilleure joueuse du match": a prize, not a function
    if lo < hi and doc[lo].pos_ == "CCONJ":
        return None  # "Le maire, X, et son adjointe, Y": the next one's role, not X's
    # "président d'honneur, 87 ans", "ancien président, qui décrit": the role ends at a comma,
    # unless more complements follow it ("ministre de l'Économie, des Finances et de …")
    hi = next(
        (t.i for t in doc[lo + 1 : hi] if t.text == "," and not more_complements(doc, t.i)), hi
    )
    now = next((t.i for t in doc[lo + 1 : hi - 2] if t.lower_ in COORDINATORS
                and doc[t.i + 1].lower_ in FROM_NOW), None)
    if now is not None and any(former(t.text) for t in doc[lo : min(lo + 2, now)]) \
            and is_role_noun(doc[now + 2].text):
        # « ancienne gardienne des Bleues et désormais |membre du staff| »: of a function said
        # to be over and the one held now, the one now is the role (GUIDELINES « One
        # function »); a first one not marked over (« maire de Vire et désormais aussi
        # président ») is held still, the primary one, and stays
        later = role_span(doc, now + 2, hi)
        if later is not None:
            return later
    if lo < hi and figurative_title(doc[lo : _phrase_end(doc, lo)].text):
        return None  # « le baron présumé de la drogue »: a figure, whatever cut leaves « baron »
    # "maire de 54 ans": the age ends the role; "la dirigeante de 52 ans", "le religieux de
    # 69 ans": a periphrasis by age (``function``), no role
    age = next((t.i for t in doc[lo + 1 : hi] if _age(doc, t.i)), None)
    if age is not None and function(doc[lo : age + 3].text) is None:
        return None
    if age is not None and doc[age - 1].lower_.startswith("âgé"):
        age -= 1  # "cardinal âgé de 74 ans": the participle goes with the age
    # "le joueur âgé de 31 ans du RC Vernac": a body's complement after the age is the role's,
    # the age cut out of it (GUIDELINES « Ages »); "le joueur de 31 ans d'origine marocaine" not
    aged_out = None
    if age is not None:
        after = age + (4 if doc[age].lower_.startswith("âgé") else 3)
        if after < hi and _aged_complement(doc, after, hi):
            aged_out, age = (age, after), None
    # "maire depuis 2014", "médecin à Vire (Calvados)": how long, or a bracket, ends the role;
    # so does its setting (« coéquipier de Morel |sous les couleurs françaises| »)
    hi = next((t.i for t in doc[lo + 1 : hi] if t.lower_ in DURATIONS or t.i == age or (
        _setting(doc, t.i, hi)) or (
        t.text == "(" and not acronym_bracket(doc, t.i) and not names_acronym(doc, t.i))), hi)
    # "le préfet qui continue de rassurer": a relative clause says what they do, not the role
    hi = next((t.i for t in doc[lo + 1 : hi] if "Rel" in t.morph.get("PronType", [])), hi)
    if lo >= hi:
        return None
    if charged is None and not any(is_role_noun(t.text) for t in doc[lo : min(hi, lo + 4)]) and (
        periphrasis(doc[lo:hi].text) is None  # "le garde des Sceaux, X"
    ):
        return None
    noun = charged if charged is not None else next(
        (t.i for t in doc[lo : min(hi, lo + 4)] if is_role_noun(t.text)), lo)
    if noun == lo and reporting_incise(doc, noun):
        return None  # "« … », juge Anne Roy": the verb « juger », not her role
    if charged is None and any(t.pos_ == "ADP" for t in doc[lo:noun]):
        return None  # "l'arrivée du ministre", "épouse du maire": the role of someone else
    dets = [t.i for t in doc[lo + 1 : noun] if t.lower_ in DETERMINERS]
    if dets and not any(is_role_noun(t.text) for t in doc[lo : dets[-1]]):
        lo = dets[-1] + 1  # "sur RTL le préfet", "lundi le maire": from the role's own article
    if any(t.pos_ == "AUX" or "Rel" in t.morph.get("PronType", []) for t in doc[lo:noun]):
        return None  # "qui est avocate": a clause that says it (``predicates``), no role
    # a name, a participle with its agent, a clitic of the narration's verb, a que-clause, the
    # outlet the holder speaks to, « et » and a number (``role_runs``): no more the role
    # a finite verb (« le procureur de Nanterre |a déclaré| que … », the parse having hung the
    # que-clause's verb on the cue): the clause the holder is the subject of, never the role
    hi = next((t.i for t in doc[noun + 1 : hi]
               if _not_role(doc, t.i, noun) or ends_role(doc, t.i, noun)
               or _clause_verb(doc, t.i, noun)
               or opens_que_clause(doc, t.i) or addressed_outlet(doc, t.i, noun)
               or counted_conjunct(doc, t.i, noun)), hi)
    lo, hi = function_only(doc, lo, hi, noun)  # "le premier pape né …": "pape"
    while hi > noun + 1 and doc[hi - 1].lower_ in COORDINATORS:
        hi -= 1  # "directrice du club et |vice-championne|": a cut never ends on « et »
    if hi - 3 > noun and doc[hi - 1].text == ")" and doc[hi - 3].text == "(" and acronym_like(
            doc[hi - 2].text):
        hi -= 3  # "… de voile (FFV) depuis 2015", "maire de Dole (LR) qui …": a bracket the
        # later cuts left last goes too (GUIDELINES « A bracket after a role's last word »)
    if lo >= hi or doc[hi - 1].lower_ in DE_CONTRACTED or any("\n" in t.text for t in doc[lo:hi]):
        return None  # "l'avocate de |Julie K.": someone else's role; or a paragraph break
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    text = text_of(doc)[start:end]
    if one_of_them:
        return Pieced((_singular(doc, lo, noun, hi), start, end))
    if aged_out is not None and noun < aged_out[0] and aged_out[1] < hi:
        cut = text[: doc[aged_out[0] - 1].idx + len(doc[aged_out[0] - 1].text) - start] + " " + (
            text[doc[aged_out[1]].idx - start :])
        return Pieced((sentence_case(doc, lo, cut), start, end))
    manner = next((t.i for t in doc[noun + 1 : hi - 2] if manner_participle(doc, t.i)), None)
    if manner is not None:  # « député récemment élu de la Somme »: « député de la Somme »
        cut = text[: doc[manner].idx - start].rstrip() + " " + text[doc[manner + 2].idx - start :]
        return Pieced((sentence_case(doc, lo, cut), start, end))
    return (sentence_case(doc, lo, text) if is_role_noun(doc[lo].text) else text), start, end


def _phrase_end(doc: Doc, lo: int) -> int:
    """The end of the phrase token ``lo`` opens, whatever bounds a caller or the parse set: the
    next punctuation or the sentence's end (the figure of « le baron présumé de la drogue »)."""
    return next((t.i for t in doc[lo + 1 :] if (t.is_punct and t.text not in "'’-")
                 or t.is_sent_start), len(doc))


def _closes_inside(doc: Doc, lo: int, i: int) -> bool:
    """Is token ``i`` a quotation mark that closes one opened inside the role after its first
    word (« l'émission « Les Matins verts » »): the name in marks, as written, ends there."""
    mark = quote_marks().get(doc[i].text)
    if mark is None or doc[i].text != mark[1]:
        return False
    opened = [t.i for t in doc[lo + 1 : i] if t.text == mark[0]]
    return len(opened) % 2 == 1 if mark[0] == mark[1] else bool(opened)


def _age(doc: Doc, i: int) -> bool:
    """Does « de » at ``i`` give an age (« de 52 ans »), which is no part of a role?"""
    return doc[i].lower_ == "de" and aged(doc, i + 1)


def _aged_complement(doc: Doc, i: int, hi: int) -> bool:
    """Does a complement that names the function's body or place start at token ``i``, right
    after an age, before ``hi``: « du/des » and a word (« |du RC Vernac », « |du bus de la ligne
    4 »), « de/d' » and a definite article (« |de l'association des riverains », « |de la
    commune ») or a capitalised word (« |de Vireval »), as functions._town reads a complement;
    never « de » and a bare noun or an adverb (« de nationalité roumaine », « d'origine
    marocaine », « de retour de blessure », « de plus en plus décisif », « de garde »), an
    indefinite article (« d'un village voisin »: where the holder lives), nor a noun of
    lexicon/trait_nouns.txt (« de la même nationalité »)?"""
    word = doc[i].lower_.replace("’", "'")
    if word in ("du", "des"):
        head = i + 1
    elif word in DE:
        head = i + 1 + (i + 1 < hi and doc[i + 1].lower_ in DEFINITE)
        if head == i + 1 and not (head < hi and capitalised(doc[head].text)):
            return False
    else:
        return False
    while head < hi and doc[head].pos_ == "ADJ" and doc[head].is_lower:
        head += 1  # « de la même |nationalité »
    return head < hi and doc[head].is_alpha and fold(doc[head].text) not in folded(
        "trait_nouns")


def _singular(doc: Doc, lo: int, noun: int, hi: int) -> str:
    """Tokens [lo, hi) as written but for the role noun ``noun``, a role noun right after it
    and the plural adjectives after them, each read in the singular: one of the « soignants
    des urgences » is a « soignant des urgences », one of the « chefs cuisiniers » a « chef
    cuisinier », its complement kept as written."""
    text = text_of(doc)
    out, at, i = [], doc[lo].idx, noun
    while i < hi and (i == noun or doc[i].pos_ == "ADJ" or (
            i == noun + 1 and doc[i].pos_ == "NOUN" and doc[i].is_lower)):
        word = doc[i].text
        if doc[i].pos_ == "ADJ":
            one = written_singular(word) if "Plur" in doc[i].morph.get("Number", []) else word
        elif i == noun:  # its -s off, unless listed with it (« un des commis »)
            one = word[:-1] if word.endswith("s") and fold(word) not in role_lemmas() else word
        else:  # a role noun of the same person: its -s off (« chefs |cuisiniers »)
            one = word[:-1] if word.endswith("s") and is_role_noun(word[:-1]) else word
        if i > noun and one == word and doc[i].pos_ == "NOUN":
            break  # « l'un des élus |habitants »: no role noun of the same person
        out += [text[at : doc[i].idx], one]
        at = doc[i].idx + len(word)
        i += 1
    end = doc[hi - 1].idx + len(doc[hi - 1].text)
    return "".join([*out, text[at:end]])


def _clause_verb(doc: Doc, i: int, noun: int) -> bool:
    """Is token ``i`` after the role noun at ``noun`` a finite verb that opens the holder's
    clause (« le procureur de Brest |a déclaré| »), not a word of a body's name? Never a role
    noun, a capitalised verb (« l'association |Vivons| mieux », « la commission |Sauvons| le
    climat »), one whose own subject stands after the role noun, right before it
    (« l'association Je |suis| là », « le club Nous |sommes| Lyon »), nor one the recogniser puts
    inside a named body (ORG, MISC) unless the holder is its clause's subject (a name the
    recogniser ran on over « a parlé »), nor one the parse reads as an adjective of a noun (« le
    défenseur |lorientais| », a form the tagger takes for an imperfect)."""
    t = doc[i]
    if not conjugated(t) or is_role_noun(t.text) or capitalised(t.text) or t.dep_ == "amod":
        return False
    clause = t.head if t.dep_.startswith(("aux", "cop")) else t
    before = i - 1
    while before > noun and doc[before].lower_ in ("ne", "n'"):
        before -= 1
    if before > noun and doc[before].dep_.startswith("nsubj") and doc[before].head.i in (
            i, clause.i):
        return False  # « Je |suis| là »: the verb of a clause of its own
    if any(c.dep_.startswith("nsubj") and c.i <= noun for c in clause.children):
        return True  # the holder's own clause
    return t.ent_type_ not in ("ORG", "MISC")


def _setting(doc: Doc, i: int, hi: int) -> bool:
    """Does token ``i`` open the setting that ends a role running to ``hi`` (« sous les couleurs
    françaises », « sous deux présidents »: lexicon/setting_prepositions.txt)? Not inside a
    body's name (« l'association |Enfants sous protection| », « l'ONG |Médecins sous tente| »:
    capitalised words that are no person's name come before it, right after a common noun; not
    « ministre de l'Intérieur |sous| Jacques Chirac »), and only at the role's end: more of the
    role after it (« officier sous contrat |dans l'armée de terre| », « ingénieure sous contrat
    |avec la SNCF| ») keeps the whole."""
    if fold(doc[i].text) not in folded("setting_prepositions") or i == 0 or doc[i].is_title:
        return False  # « l'école Jeanne |Sous| Bois »: a name's word
    k = i
    while k > 0 and doc[k - 1].is_title and doc[k - 1].ent_type_ != "PER":
        k -= 1  # « l'association |Les Enfants| sous protection »
    if 0 < k < i and doc[k - 1].pos_ == "NOUN":
        return False
    return not any(t.pos_ == "ADP" and t.lower_ not in DE_CONTRACTED for t in doc[i + 1 : hi])


def _surname(doc: Doc, i: int) -> bool:
    """Is the capitalised token ``i`` the end of a surname with a particle, written with its
    capital right after a name (« Paul |Le Maire| », « Anne |La Juge| »), not a role with its
    article (« Paul Morel, le Maire de Vire »)?"""
    particle = doc[i - 1]
    return i >= 2 and doc[i].is_title and particle.is_title and (
        particle.lower_ in FRENCH_NAME_PARTICLES) and doc[i - 2].pos_ == "PROPN" and (
        doc[i - 2].is_title)


def _not_role(doc: Doc, i: int, noun: int) -> bool:
    """Does token ``i`` after the role noun start what is no part of the role: a name right
    after the noun ("Camerlingue Lorenzi depuis …"), not a word its own complement follows
    ("avocat Japonais de Carlos Ferraz")?"""
    tok = doc[i]
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return (
        i == noun + 1 and tok.pos_ == "PROPN" and tok.is_title and not is_role_noun(tok.text)
        and nxt not in DE_CONTRACTED
    )
