"""The companies an article names, each by the whole proper-noun run the text gives it.

The recogniser cuts « Voltaris Énergie Belgique » into « Voltaris » and « Énergie Belgique »,
or leaves only « Belgique », a country: the name of a body is the whole capitalised run around
what it tagged a body, up to a person's name after it (« Voltaris France Paul Morel »), and a
shorter form of it elsewhere in the article (« Voltaris ») is that run, when the article gives
the run as an actor, not only as a complement (« directeur de Voltaris France »). A definite
company noun (« la société », « le groupe », lexicon/company_nouns.txt) said to speak is the company
the article named last before it, rather not as a complement (« le président de Voltaris »),
never a place, a court or a ministry; unresolved when there is none. One with a trade (« le
fabricant de pneumatiques ») is the company the article is about (``company_about``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.attribute.names import first_name_gender
from quotes.attribute.noun_kinds import of_people
from quotes.lexicon import (
    cached,
    capitalised,
    fold,
    folded,
    is_org_noun,
    is_time_word,
    listed,
    marked,
    titles,
)
from quotes.lexicon.grammar import DE, DEFINITE_SINGULAR, SINGULAR_DEMONSTRATIVES
from quotes.lexicon.outlets import listed_outlet
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import entities, text_of

_RUN_POS = ("PROPN", "NOUN", "X", "ADJ")  # "Chemical" comes tagged a foreign word
_LINKS = ("&",)  # "Johnson & Johnson"


@dataclass(frozen=True)
class Company:
    name: str  # the whole run
    start: int  # its offset
    free: bool  # not behind a preposition: a subject, not « le président de Voltaris »
    noun: bool = False  # after a company noun: « le groupe Tessaro », a company by its kind
    subject: bool = False  # the subject of its verb: « Le groupe Tessaro va fermer … »


def capital(tok: Token) -> bool:
    """A word of a proper-noun run: capitalised, a name's part of speech, not a title nor a
    day (« Lundi Paris a annoncé »)."""
    return (
        capitalised(tok.text)
        and tok.pos_ in _RUN_POS
        and tok.text not in titles()
        and not is_time_word(tok.text)
    ) or tok.text in _LINKS


def run_around(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Token range ``[lo, hi)`` stretched over the capitalised words on either side (the
    parse may end a sentence inside the run): « NordChem | Plastics France » is one run; a word
    of time the recogniser ran into it is left out."""
    while lo > 0 and capital(doc[lo - 1]):
        lo -= 1
    while hi < len(doc) and capital(doc[hi]) and not _person_at(doc[hi]):
        hi += 1
    while hi - 1 > lo and (doc[hi - 1].text in _LINKS or (
            doc[hi - 1].is_lower and is_time_word(doc[hi - 1].text))):
        hi -= 1  # « Radio Nord jeudi »: the day the recogniser ran into the name
    return lo, hi


def _person_at(tok: Token) -> bool:
    """Does a person's name start at the word, a first name (lexicon/first_names.tsv) the
    recogniser tagged a person's: « le directeur de Voltaris France Paul Morel » ends the run
    before « Paul »."""
    return tok.ent_iob_ == "B" and tok.ent_type_ == "PER" and bool(first_name_gender(tok.text))


def companies(doc: Doc, outside: Callable[[int], bool]) -> tuple[Company, ...]:
    """Every run around a body the recogniser tagged, or after a company noun (« le
    laboratoire Pharmadis », whatever the tag), outside quotation marks, in text order; a body
    named by an organisation noun other than a company's (« le tribunal de Nantes ») or only
    a place is none."""
    found: dict[int, Company] = {}
    runs = [(e.start, e.end) for e in entities(doc) if e.label_ == "ORG" and "\n" not in e.text]
    runs += [(t.i + 1, t.i + 2) for t in doc[:-1] if company_noun(t.text) and capital(t.nbor())]
    for start, end in runs:
        if not outside(doc[start].idx):
            continue
        lo, hi = run_around(doc, start, end)
        run = doc[lo:hi]
        if not _a_company(run):
            continue
        k = lo - 1
        while k >= 0 and doc[k].pos_ == "DET":
            k -= 1  # « de la SNCF »: the preposition before the article
        free = k < 0 or doc[k].pos_ != "ADP"
        text = text_of(doc)[run.start_char : run.end_char]
        noun = lo > 0 and company_noun(doc[lo - 1].text)
        said = [*run, doc[lo - 1]] if noun else list(run)
        subject = any(_subject(t) for t in said)
        if lo not in found or len(text) > len(found[lo].name):
            found[lo] = Company(text, run.start_char, free, noun, subject)
    return tuple(found[k] for k in sorted(found))


def _subject(tok: Token) -> bool:
    """The subject of its verb, or joined to it by « et » (« Brivane et le groupe Tessaro »)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubj:pass")


def _a_company(run: Span) -> bool:
    first = run[0]
    if is_org_noun(first.text) and not company_noun(first.text):
        return False  # « Tribunal de commerce », « Ministère des Armées »
    return not all(t.ent_type_ == "LOC" for t in run)


def company_noun(word: str) -> bool:
    """« société », « groupe », « constructeur »: a noun that names a company (the list)."""
    return listed(word, "company_nouns")


def full_name(known: tuple[Company, ...], name: str) -> str:
    """The longest run of the article that starts with ``name`` as whole words and that the
    article gives as an actor, not only behind a preposition: « Voltaris » -> « Voltaris
    Énergie Belgique »; ``name`` itself when none. A longer name given only as a complement
    (« le directeur de Voltaris France ») names another body, the branch someone works for."""
    longer = [c.name for c in known if c.free and c.name.startswith(name + " ")]
    return max(longer, key=len, default=name)


def company_before(known: tuple[Company, ...], offset: int) -> str | None:
    """The company the article named last before ``offset`` other than as a complement, else
    as one (« le président de Voltaris »), by its full name; None when it named none."""
    before = [c for c in known if c.start < offset]
    free = [c for c in before if c.free] or before
    return full_name(known, free[-1].name) if free else None


def referring(span: Span, head: Token) -> bool:
    """« la société », « le groupe pétrolier »: a singular definite company noun that nothing
    after it names (not « la société Voltaris », nor « le groupe pharmaceutique Orvalis » whose
    name the tagger took for an adjective; « les fabricants » are many) nor makes a thing
    (« le distributeur automatique »: lexicon/company_lookalikes.txt), or one with a trade
    (``traded``)."""
    first = span[0]
    rest = [t for t in span if t.i > head.i and not t.is_punct]
    return (
        first.lower_ in _ONE
        and first.i == head.i - 1
        and company_noun(head.text)
        and not (rest and fold(f"{head.text} {rest[0].text}") in folded("company_lookalikes"))
        and (all(t.pos_ == "ADJ" and t.is_lower for t in rest) or traded(span, head))
    )


_ONE = DEFINITE_SINGULAR | SINGULAR_DEMONSTRATIVES  # « le », « cette »: one company


def traded(span: Span, head: Token) -> bool:
    """« le fabricant de pneumatiques », « l'équipementier d'électroménager »: « le », « la »
    or « l' », a maker's or a trader's noun (lexicon/company_nouns.txt marks them « trade »:
    « la société de transport », « le groupe de travail », « le loueur de voitures » are
    none), then « de » and a bare noun of common words saying its trade, no article (« le
    distributeur de la marque » is another firm), no noun of people, an adjective after it at
    most."""
    words = [t for t in span if t.i > head.i and not t.is_punct]
    return (
        span[0].lower_ in DEFINITE_SINGULAR
        and span[0].i == head.i - 1
        and fold(head.text) in _trade_nouns()
        and 2 <= len(words) <= 3
        and words[0].lower_ in DE
        and words[1].pos_ == "NOUN" and words[1].is_lower
        and not (is_role_noun(words[1].text) or of_people(words[1]))
        and all(t.pos_ == "ADJ" and t.is_lower for t in words[2:])
    )


@cached
def _trade_nouns() -> frozenset[str]:
    """The company nouns lexicon/company_nouns.txt marks « trade », folded."""
    return frozenset(fold(w) for w in marked("company_nouns", "trade"))


def company_about(known: tuple[Company, ...], offset: int) -> str | None:
    """The company the article is about before ``offset``, for « le fabricant de
    pneumatiques »: of the companies it named by a company noun (« le groupe Tessaro »; no
    outlet, agency, union, club nor party is named so, nor a competitor named alone), the one
    it names most, by its full name; of two named as often, the one that was a subject; None
    when none or two still tie (no speaker beats a wrong one)."""
    named = [(c, full_name(known, c.name)) for c in known if c.start < offset]
    kinds = {n for c, n in named if c.noun and not listed_outlet(c.name)}
    said = Counter(n for _, n in named if n in kinds)
    most = max(said.values(), default=0)
    tied = [n for n, times in said.items() if times == most]
    if len(tied) > 1:
        tied = [n for n in tied if any(c.subject and full == n for c, full in named)]
    return tied[0] if len(tied) == 1 else None


def run_name(span: Span, known: tuple[Company, ...]) -> str | None:
    """The name a mention with no article gives, as the whole run it is part of (« France »
    of « NordChem Plastics France annonce »), or the fuller run the article gives it
    elsewhere (« NordChem »); None when the mention is no run of capitalised words."""
    words = [t for t in span if not t.is_punct]
    if not words or not all(capital(t) for t in words):
        return None
    doc = span.doc
    lo, hi = run_around(doc, words[0].i, words[-1].i + 1)
    name = text_of(doc)[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1].text)]
    if all(t.ent_type_ == "LOC" for t in doc[lo:hi]):
        return name if hi - lo > len(words) else None  # a place alone is no company's name
    return full_name(known, name)
