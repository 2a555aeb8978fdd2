"""A person's name after a body's noun that is the name of one holding a role in that body,
not the body's: « la présidente du groupe écologiste Léane Vaudrel », « le président du parti
centriste Gerd Halder ». The role noun governs the body's noun, and the name is two capitalised
words (a compound first name one: « Jean-Marc ») set off from the body's noun by its adjective,
whatever the lexicon knows of its first name (as ``mislabelled`` takes a name with a role noun
after it); right after the noun it is the body's own (« la fondation Abbé Pierre »). Without a
role noun governing the body's noun the name stays the body's (« les salariés du groupe Gerd
Halder »). A name a comma and a role noun follow is the
one who holds that role when the body is a news outlet or the one words were given to: « a
déclaré au quotidien Marc Dellori, procureur de Brioude », « a confié à la fondation Jean
Sarrail, membre du collectif » (a person speaks to it); a body that speaks keeps its name and
the apposition says what the body is (« a fait savoir la fondation Jean Sarrail, membre du
collectif Alerte »)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.lexicon import capitalised, is_org_noun
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE, A
from quotes.lexicon.outlets import is_press_noun
from quotes.lexicon.roles import is_role_noun

_ADJECTIVES = 2  # « du groupe écologiste | », « du parti social-démocrate | »


def held_name(ent: Span) -> bool:
    """Is the entity the name of a person, not the body's own, right after a body's noun? Any
    entity after a press noun or a body words were given to (« a confié au quotidien Marc Dellori,
    procureur de Brioude ») when a role apposition follows it; else two capitalised words
    after a body's noun a role noun governs, set off by the body's adjective: the role's
    holder."""
    doc, written = ent.doc, ent.text.split()
    j = ent.start - 1
    while j >= 0 and ent.start - j <= _ADJECTIVES and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j -= 1
    body = doc[j] if j >= 0 else None
    if body is not None and _role_apposed(ent) and (
            is_press_noun(body.text) or _spoken_to(body)):
        return True
    # two words, a compound first name one of them (« Jean-Marc Torvelle »: four tokens)
    if len(written) != 2 or any(t.is_punct and t.text != "-" for t in ent) or not all(
            capitalised(w, letters=True) and not w.isupper() for w in written):
        return False
    # a name right after the body's noun is often the body's own (« la fondation Abbé Pierre »,
    # « le lycée Victor Hugo »): only one set off by the body's adjective is the holder's
    return (body is not None and j < ent.start - 1 and body.is_lower and is_org_noun(body.text)
            and body.head.i < body.i and body.head.is_lower and is_role_noun(body.head.text))


def _spoken_to(noun: Token) -> bool:
    """Is the body's noun the one words are given to, after « à », « au », « à la », « à l' »,
    « auprès de », « auprès du »: « a confié à la fondation X »?"""
    doc, k = noun.doc, noun.i - 1
    if k >= 0 and doc[k].lower_ in DEFINITE:
        k -= 1  # « à |la| fondation », « auprès de |la| fondation »
    if k < 0:
        return False
    if doc[k].lower_ in A:
        return True
    return k > 0 and doc[k].lower_ in DE_CONTRACTED and doc[k - 1].lower_ == "auprès"


def _role_apposed(ent: Span) -> bool:
    """« au quotidien Marc Dellori, procureur de Brioude »: a comma and a role noun (an
    article allowed before it) right after the name describe a person by a function."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    nxt = doc[ent.end + 1]
    if nxt.pos_ == "DET" and nxt.is_lower and ent.end + 2 < len(doc):
        nxt = doc[ent.end + 2]
    return nxt.is_lower and is_role_noun(nxt.text)
