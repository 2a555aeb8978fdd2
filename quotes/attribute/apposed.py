"""Role nouns an article teaches: a common noun it sets beside a person's name as a role.

« Anne Roy, sismologue à l'observatoire, … » and « le sismologue Paul Morel » make
« sismologue » a role noun for the whole article, listed or not, when it has the ending of an
agent noun (lexicon/agent_endings.txt: « -logue », « -iste », « -eur », « -rice », …) and is
no word of another kind the lexicon knows (a body, a relative, a time, a feminine noun whose
other gender is no word: « Paul Morel, barrière en main »). So does « le NOUN »
that speaks (« », justifie le serrurier ») in an article naming a person, when the model's word
vector puts the noun nearer the role lists than the body nouns (« le constructeur » may be a
firm). So does a noun of lexicon/gated_roles.tsv the article sets before one of its office
complements (« le substitut du procureur »; « le substitut nicotinique » is no role). The
pipeline reads each article with them (``lexicon.roles.article_roles``). Out: the folded nouns.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from quotes.attribute.names import first_name_gender
from quotes.attribute.one_of import past_one_of
from quotes.attribute.role_edges import aside
from quotes.attribute.role_extent import numbered_rank
from quotes.detect.nominal import heads_phrase
from quotes.lexicon import (
    agent_lookalike,
    cached,
    capitalised,
    endings,
    fold,
    folded,
    is_org_noun,
    is_time_word,
    quote_marks,
    reporting_verbs,
    singular,
    table,
    words,
)
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DEFINITE_SINGULAR,
    DETERMINERS,
    INDEFINITE,
    PERSON_NOUNS,
    ROLE_COPULAS,
    ROLE_LINKS,
    A,
)
from quotes.lexicon.nominal import no_function, nominal_role
from quotes.nlp.doc import entities
from quotes.settings import DEFAULT

# the links of a role to its complement (grammar's ``ROLE_LINKS``, with « au », « aux »)
# that make a noun a role whatever follows; bare « de », « à » only before a determiner or a name
_LINKS = (ROLE_LINKS | A) - DE - {"à"}


def _agent(tok: Token, placed: bool = False) -> bool:
    """A lower-case common noun with the ending of an agent noun, of no other known kind; a
    word the tagger read as an adjective or a participle too when its place makes it a noun
    (``placed``: « la gérante », « surveillant au collège »); never a form of a reporting verb
    (lexicon/reporting_verbs.tsv), whose participle opens a clause of saying beside the name
    (« X, confirmant des révélations du journal … »), not a noun of what X is."""
    w = singular(tok.text)
    return (
        (tok.pos_ == "NOUN" or (placed and tok.pos_ in ("ADJ", "VERB")))
        and tok.lower_ not in reporting_verbs()
        and tok.is_lower and len(w) > 4
        and w.endswith(endings("agent_endings"))
        and not is_org_noun(w) and not agent_lookalike(w) and w not in folded("kin_nouns")
        and w not in folded("place_relations")
        and w not in PERSON_NOUNS and not is_time_word(w)
        and tok.lower_ not in words("np_stops")
        and not no_function(w)  # « le socialiste », « le droitier »: no function (nominal)
    )


def _after(ent: Span) -> tuple[Token, bool] | None:
    """The noun of « NAME, [qui est] [le|un] [ADJ] NOUN », past an age, a place or a time set
    off by commas (« Luc Roy, 45 ans, entraîneur »), and whether its place makes it a noun: an
    article before it, or a complement after it (« gérante du restaurant », « surveillant au
    collège », « boulanger à Caen »), not a bare one (« tremblante de peur »). After an article,
    only a phrase that ends there or with a nationality (« le coureur français »), or goes on
    with a complement, and no participle or verb (« le dossier sous le bras », « l'intérieur
    du parti divisé »: a thing, and what of it)."""
    doc = ent.doc
    k = ent.end + 1
    if k >= len(doc) or doc[ent.end].text != ",":
        return None
    for _ in range(2):
        j = next((t.i for t in doc[k : k + 6] if t.text == ","), None)
        if j is None or not aside(doc, k, j):
            break
        k = j + 1
    if k + 2 < len(doc) and doc[k].lower_ == "qui" and doc[k + 1].lower_ in ROLE_COPULAS:
        k += 2  # « Anne Roy, qui est gérante du restaurant »
    noun = past_one_of(doc, k)  # « Pierre, l'un des soignants des urgences »: one of the group
    article = noun > k or (k < len(doc) - 1 and doc[k].lower_ in DEFINITE_SINGULAR | INDEFINITE)
    k = max(noun, k + article)
    if k < len(doc) - 2 and doc[k].pos_ == "ADJ" and doc[k + 1].is_lower and (
            doc[k + 1].pos_ in ("NOUN", "ADJ")):  # « ancien »
        k += 1
    while k + 2 < len(doc) and doc[k + 1].text == "-" and not (
            doc[k].whitespace_ or doc[k + 1].whitespace_):
        k += 2  # « aide-soignante »: the last part of the compound the tokenizer cut
    if k >= len(doc):
        return None
    link, after = (doc[k + 1], doc[k + 2]) if k + 2 < len(doc) else (None, None)
    complement = link is not None and after is not None and (
        link.lower_ in _LINKS or (link.lower_ in DE | A and (
            after.pos_ in ("DET", "PROPN") or capitalised(after.text))))
    end = next((t.i for t in doc[k + 1 :] if t.is_punct), len(doc))
    # « Paul Morel, le dossier sous le bras », « l'intérieur du parti divisé »: a thing and
    # what is said of it, no person's noun
    said = any(t.pos_ in ("VERB", "AUX") or "Part" in t.morph.get("VerbForm", [])
               for t in doc[k + 1 : end])
    # « Paul Morel, le coureur français, »: a noun and its nationality, a role (« ministre
    # français »), not a thing and what is said of it
    national = end == k + 2 and fold(doc[k + 1].text) in folded("nationalities")
    if article and (said or not (complement or national or end == k + 1)):
        return None
    return doc[k], (article or complement) and not said


def _before(ent: Span) -> Token | None:
    """The noun of « le NOUN [ADJ] FIRST LAST », « le NOUN de BODY[,] FIRST LAST » or « le NOUN
    de FIELD FIRST LAST » (« la sismologue de Brest Anne Roy », « le doyen de l'Institut, Paul
    Morel », « le compositeur de musique classique Paul Morel »), not the complement
    of another noun (« de la »); a surname alone may name a case, not a person (« l'affaire
    Dreyfus »)."""
    doc = ent.doc
    i = ent.start - 1
    comma = i >= 1 and doc[i].text == ","
    j = i - comma
    body = ("PROPN", "NOUN") if comma else ("PROPN",)  # « le soutien du président X »: no
    while j > 0 and i - j < 6 and (doc[j].pos_ in body or doc[j].lower_ in DETERMINERS):
        j -= 1
    k = i - comma  # « le compositeur de musique classique Paul Morel »: a bare complement
    while k > 0 and i - k < 4 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "PROPN"):
        k -= 1
    if j < i - comma and doc[j].lower_ in DE_CONTRACTED:
        i = j - 1  # the noun before « de Brest », « du musée »
    elif not comma and k < i and doc[k].lower_ in DE:
        i = k - 1  # its field, without an article (« du président X » is someone else)
    elif comma:
        return None
    if i >= 1 and doc[i].pos_ == "ADJ":
        i -= 1
    if len(ent) < 2 or i < 1 or doc[i - 1].lower_ not in DETERMINERS:
        return None
    if i >= 2 and (doc[i - 2].lower_ in DE or (comma and doc[i - 2].pos_ == "ADP")):
        return None  # « à l'intérieur du stade, Paul Morel »: where, not who
    return doc[i]


def _inverted(doc: Doc, noun: Token) -> bool:
    """Is « le NOUN » the subject of a reporting verb set after a quote, which the parse may
    take for its object (« », justifie le meneur de jeu », « », a ajouté le religieux »)?"""
    v = noun.i - 2
    if v < 3 or doc[v].lower_ not in reporting_verbs():
        return False
    k = v - 1 - (doc[v - 1].pos_ == "AUX")
    return doc[k].text == "," and doc[k - 1].text in _closing_marks()


@cached
def _closing_marks() -> frozenset[str]:
    """Every closing quotation mark of lexicon/quote_marks.tsv."""
    return frozenset(c for _, c, _ in quote_marks().values())


def _speaking(doc: Doc) -> list[Token]:
    """The nouns of « le NOUN » that are the subject of a reporting verb (« la sismologue a
    expliqué », « », justifie le meneur de jeu »)."""
    return [
        t for t in doc
        if t.i >= 1 and doc[t.i - 1].lower_ in DEFINITE_SINGULAR
        and ((t.dep_ == "nsubj" and t.head.lower_ in reporting_verbs()) or _inverted(doc, t))
    ]


@cached
def _vectors(vocab: Vocab) -> tuple[Any, Any] | None:
    """Unit word vectors of the role lists' nouns and of the body nouns, or None."""
    def unit(words_: frozenset[str]) -> Any:
        rows = [vocab[w].vector for w in sorted(words_) if vocab[w].has_vector]
        m = numpy.array(rows)
        return m / numpy.linalg.norm(m, axis=1, keepdims=True) if len(rows) >= 3 else None

    roles = unit(words("role_nouns") | words("occupations"))
    bodies = unit(words("org_nouns"))
    return None if roles is None or bodies is None else (roles, bodies)


def person_margin(tok: Token) -> float | None:
    """How much nearer the role lists' nouns than the body nouns the token's word vector is
    (mean cosine of the three nearest of each); None without vectors (stanza, a rare word)."""
    both = _vectors(tok.vocab)
    if both is None or not tok.has_vector or not tok.vector_norm:
        return None
    v = tok.vector / tok.vector_norm
    near = [float(numpy.sort(m @ v)[-3:].mean()) for m in both]
    return near[0] - near[1]


def apposed_role_nouns(doc: Doc, margin: float = DEFAULT.role_vector_margin) -> frozenset[str]:
    """The folded agent nouns the article sets beside a person's name, or, when it names a
    person, makes the subject of a reporting verb and whose word vector is ``margin`` nearer
    the role nouns than the body nouns (``person_margin``): « le constructeur » may be a body."""
    found = set()
    # a first name alone the recogniser may label otherwise (« raconte Pierre, l'un des … »)
    people = [ent for ent in entities(doc) if ent.label_ == "PER" or (
        len(ent) == 1 and first_name_gender(ent.text) is not None)]
    for ent in people:
        after, before = _after(ent), _before(ent)
        for tok, placed in (after or (None, False), (before, False)):
            if tok is not None and _agent(tok, placed):
                found.add(fold(tok.text))
    for tok in _speaking(doc) if people else ():
        if _agent(tok) and (person_margin(tok) or 0.0) >= margin:
            found.add(fold(tok.text))
    return frozenset(found | _gated(doc) | _nominal_roles(doc) | _ranked(doc))


def _ranked(doc: Doc) -> set[str]:
    """The folded nouns of lexicon/rank_nouns.txt the article writes opening a phrase (after a
    determiner, a comma or at a sentence's start) with a number, then « de », « du » or « des »
    and a body (a body's name or a noun of lexicon/org_nouns.txt), set off by a comma beside a
    person's name (« la numéro deux du parti, Anne Roy, », « Paul Morel, numéro 2 du
    gouvernement, »): a rank held in a body; not with no number (« le numéro de téléphone »),
    no body after it (« la numéro 2 mondiale », « numéro 1 du classement mondial », « numéro 1
    des ventes »), inside a longer phrase (« le dossard numéro 12 »), nor with no name beside
    it (« le numéro 9 du club a dit »: whose rank the article does not say there)."""
    people = [ent for ent in entities(doc) if ent.label_ == "PER"]
    starts = {ent.start for ent in people}
    ends = {ent.end for ent in people}
    found = set()
    for t in doc[: len(doc) - 3]:
        if not numbered_rank(doc, t.i) or (
                doc[t.i + 2].lower_ not in DE_CONTRACTED) or not _body(doc, t.i + 3):
            continue
        det = t.i >= 1 and doc[t.i - 1].lower_ in DETERMINERS
        opens = t.i - det
        if not (t.is_sent_start or det or doc[t.i - 1].text == ","):
            continue  # « le dossard numéro 12 des Bleus »: a word of a longer phrase
        comma = next(
            (u.i for u in doc[t.i + 3 : t.i + DEFAULT.role_window] if u.is_punct), None)
        if (comma is not None and doc[comma].text == "," and comma + 1 in starts) or (
                opens >= 1 and doc[opens - 1].text == "," and opens - 1 in ends):
            found.add(fold(t.text))
    return found


def _body(doc: Doc, i: int) -> bool:
    """Does a body open at token ``i``, past an article: a body's name or a noun of one
    (« du |parti », « du |Stade Toulousain », « de la |Commission »), not a ranking (« du
    |classement mondial », « des |ventes »)?"""
    i += i + 1 < len(doc) and doc[i].lower_ in DEFINITE_SINGULAR
    tok = doc[i]
    return (tok.ent_type_ == "ORG" and capitalised(tok.text)) or fold(tok.text) in folded(
        "org_nouns")


def _nominal_roles(doc: Doc) -> set[str]:
    """The folded adjectives that are a role as a noun (lexicon/nominal_adjectives.tsv
    « role »: « l'international français ») the parse makes the head of a phrase with a
    determiner somewhere in the article; an adjective (« clap de fin international ») or a
    predicate (« c'est un international ») teaches nothing, nor a capitalised word that opens a
    body's name (« a déclaré l'Internationale socialiste »: the organisation)."""
    return {fold(t.text) for t in doc
            if nominal_role(t.text) and t.text[:1].islower() and t.pos_ in ("NOUN", "PROPN")
            and heads_phrase(t)}


@cached
def _gated_roles() -> dict[str, tuple[str, ...]]:
    """lexicon/gated_roles.tsv, folded: each noun -> its office complements."""
    return {fold(noun): tuple(fold(c) for c in rest) for noun, *rest in table("gated_roles")}


def _gated(doc: Doc) -> set[str]:
    """The folded nouns of lexicon/gated_roles.tsv the article sets before one of their office
    complements (« la substitut du procureur », « le substitut général »)."""
    gated = _gated_roles()
    found = set()
    for tok in doc:
        said = fold(tok.text)
        if said not in gated:
            continue
        after = " ".join(fold(t.text) for t in doc[tok.i + 1 : tok.i + 4]) + " "
        if any(after.startswith(c + " ") for c in gated[said]):
            found.add(said)
    return found
