"""A plural noun of people written in full: « ses avocats » as the article writes them once.

« Paul Morel a été condamné. Ses avocats ont annoncé … » and later « les avocats de Paul
Morel »: the possessive group's role is its noun with that complement (`avocat de Paul Morel`)
when the complement names the owner of « ses » (attribute.possessor) and the article writes the
noun so in one way only (``in_full``). A complement that names anyone or anything else (« les
avocats de la victime », « des salariés », « de renom », « de son équipe »), two complements
(« de Paul Morel et de sa femme »), or « ses » with no owner (« leurs avocats »): the bare noun,
never a guess. One of them (« l'un de ses avocats, Me Roux ») has that role in the singular
(``one_in_full``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.attribute.descriptions import named_before, of
from quotes.attribute.mentions import without_determiner
from quotes.attribute.one_of import one_of
from quotes.attribute.possessor import owner as owner_of
from quotes.attribute.resolved import Resolved
from quotes.lexicon import fold, written_singular
from quotes.lexicon.grammar import DE, OWNER_POSSESSIVES, POSSESSIVES

if TYPE_CHECKING:
    from quotes.attribute.cast import Person, Registry

_CLOSES = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ"})  # where its complement ends


def plural_group(
    doc: Doc, span: Span, head: Token, registry: Registry, *, start: int, text: str,
    role_noun: bool, gender: str | None,
) -> Resolved:
    """A plural of people ``span`` (the words ``text`` at ``start``, its noun ``head``) as a
    speaker: the group the article names so just before (``descriptions.named_before``), else
    the owner's of « ses » for a role noun (« ses avocats »: `avocats de Paul Morel`), else the
    words without their determiner; someone's role noun is their function (``in_full``)."""
    tokens = [t for t in span if not t.is_punct]
    first = span[0]
    reach = registry.settings.body_name_reach_words
    group = named_before(head, reach) if len(tokens) == 2 and role_noun else None
    ses = owner_of(doc, start, registry) if first.lower_ == "ses" else None
    if group is None and role_noun and ses is not None and ses.name:  # "ses avocats"
        group = f"{head.text} {of(ses.name)}"
    # someone's (« ses avocats », « leurs avocats »): a function, as « son avocat »
    # gives one, in full when the article writes the noun with its owner's name
    owned = role_noun and first.lower_ in POSSESSIVES and tokens[-1] == head and all(
        t.like_num for t in tokens[1:-1])  # « ses deux avocats »
    full = in_full(doc, head.text, ses, registry) if owned else None
    name = group or without_determiner(text)  # a full form names the owner: group
    return Resolved(name, (full or head.text) if owned else None, "person", "explicit",
                    "p", gender)


def in_full(doc: Doc, noun: str, owner: Person | None, registry: Registry) -> str | None:
    """The plural description of ``noun`` whose complement names ``owner`` (« les avocats de
    Paul Morel », « des avocats de Morel » for Paul Morel), without its determiner, when the
    article gives that noun such a complement (another's, « les avocats de la victime », is
    never it). None with no owner, or when no complement of the noun names the owner."""
    if owner is None:
        return None
    word, found = fold(noun), set()
    for t in doc:
        if (t.pos_ != "NOUN" or fold(t.text) != word or t.i + 2 >= len(doc)
                or doc[t.i + 1].lower_ not in DE):  # « du mari », « des salariés »: no name
            continue
        end = t.i + 2
        while end < len(doc) and not (doc[end].is_punct or doc[end].pos_ in _CLOSES
                                      or "\n" in doc[end].text):
            end += 1
        whose = doc[t.i + 2 : end]
        two = end < len(doc) and doc[end].lower_ == "et"  # « de X et de Y »: two complements
        if len(whose) and not two and registry.person(whose.text) is owner:  # « de renom »,
            # « de son équipe », « de Paris »: no one's name, or not the owner's
            found.add(doc[t.i : end].text)
    return max(found, key=len) if found else None  # « de Morel », « de Paul Morel »: the fuller


def one_in_full(doc: Doc, span: Span, role: str, registry: Registry) -> str | None:
    """The role of one of a possessive group (« l'un de ses avocats, Me Roux »: ``role``
    `avocat`) in full, the singular of the group's noun with the complement naming the owner of
    « ses » the article gives that noun (« les avocats de Paul Morel »: `avocat de Paul
    Morel`); None otherwise."""
    for i in range(len(span)):
        found = one_of(span, i)
        if found is None or found[1] not in OWNER_POSSESSIVES or found[0] >= len(span):
            continue
        noun = span[found[0]]
        if fold(written_singular(noun.text)) != fold(role):
            continue
        owner = owner_of(doc, span[i + 2].idx, registry)
        full = in_full(doc, noun.text, owner, registry)
        if full is None:
            return None
        return f"{written_singular(noun.text)}{full[len(noun.text):]}"
    return None
