"""Named groups: a description of more than one apposed to two or more coordinated names.

"ses enfants Jean et Marie", "Jean et Marie, les enfants de la défunte", "ses deux avocats, Me
Roux et Me Petit", "le couple, Paul et Anne Roux" (a group noun, lexicon/group_nouns.txt): the
names, as the article writes them joined, are one plural speaker ("Jean et Marie"), whose role
is the description ("enfants de la défunte"). Later, a description of more than one with the
same head noun ("les enfants", "ses enfants", "le couple") is that group, and so is one written
before the names when the article names one group of that noun only and its complement says
no other people than the group's role (« Les juges … ont signé » before « Les deux juges …,
Anne Roy et Léa Petit »; not « les avocats de la défense » before « les deux avocats de la
partie civile, … »); a kind noun over the group's (« les magistrates », lexicon/kind_members.tsv)
names it too. Its members are no one a singular description of another role noun names
(« l'avocat »: ``members_apart``). A singular one
("l'enfant", "le fils") never is, nor one whose noun differs ("les médecins"). A list of
companies (« Movo, Kiro et Zeta », ``name_lists``) is a group of its own, an organisation with
or without a description; a mention of one of its names alone is the list, and so is a
description that counts its names with a noun of no people (« les trois exploitants », not « les
trois maires »). Two names merely joined in the narration ("Jean et Marie sont arrivés") give no
description, and a plural description with no names gives no group.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.attribute.descriptions import person_word
from quotes.attribute.name_lists import companies_of, name_lists
from quotes.attribute.names import first_name_gender
from quotes.attribute.role_words import covers, head_key, head_nouns, stems
from quotes.lexicon import fold, folded, plural_shaped, singular, titles
from quotes.lexicon import listed as listed_word
from quotes.lexicon.grammar import (
    ARTICLES_POSSESSIVES,
    DE_CONTRACTED,
    INDEFINITE,
    NUMBER_VALUES,
    PLURAL_DETERMINERS,
)
from quotes.model import SpeakerKind
from quotes.nlp.doc import text_of, token_starts

# before any description of a group: a plural one's, or a group noun's (lexicon/group_nouns.txt:
# "le couple", "un duo", "notre équipe"); not « cet » nor « l' »
_DETERMINERS = PLURAL_DETERMINERS | ARTICLES_POSSESSIVES | INDEFINITE | {
    "ce", "cette", "notre", "votre"}
_SET_OFF = frozenset({",", "-", "–", "—"})  # between a description and the names it sets off
_GAP = re.compile(r"^\s*(?:,|,?\s*et)\s*$")  # between two coordinated names
_REACH = 12  # tokens a description before the names may run over
_THINGS_REACH = 8  # past them, only one whose noun names people (« les deux juges d'instruction
# du tribunal de Montpellier », not « des trois dernières réunions publiques de la mairie … »)


@dataclass(frozen=True)
class Group:
    """A group the article names: its names joined, its description and that noun."""

    name: str  # "Jean et Marie", as the article writes them (without titles)
    role: str  # "enfants de la défunte": the description without its determiner
    head: str  # "enfants", folded: the noun later descriptions of the group share
    start: int  # where the names start and end in the article
    end: int
    size: int = 2  # how many names: « les trois exploitants » fits a group of three
    kind: SpeakerKind = "person"  # "organization": a list of companies (``name_lists``)

    @property
    def said_role(self) -> str | None:
        """The role a speaker of the group gets: a group of companies has none."""
        return self.role if self.kind == "person" else None


def groups(
    doc: Doc, mentions: Sequence[tuple[int, object]], ends: dict[int, int],
    outside: Callable[[int], bool],
) -> tuple[Group, ...]:
    """The groups of an article, in text order, from its names (``mentions``, ``ends``) and
    its lists of companies (``name_lists``), with the plural description that sets them off
    when there is one."""
    text, out = text_of(doc), []
    runs: list[list[int]] = []
    ends = {**ends, **_first_names(doc, ends, outside)}
    for pos in sorted({pos for pos, _ in mentions} | ends.keys()):
        last = runs[-1][-1] if runs else None
        gap = text[ends[last] : pos] if last is not None and last < pos else ""
        if last is not None and _GAP.match(_untitled(gap)) and outside(pos):
            runs[-1].append(pos)
        else:
            runs.append([pos])
    for run in runs:
        if len(run) < 2 or "et" not in _untitled(text[ends[run[-2]] : run[-1]]).split():
            continue
        run = _members(doc, text, run, ends)
        lo, hi = run[0], ends[run[-1]]
        found = _before(doc, lo) or _after(doc, hi)
        if found is not None:
            role, head = found
            written = " ".join(w for w in text[lo:hi].split() if w not in titles())
            out.append(Group(written, role, head, lo, hi, len(run)))  # "Me X et Me Y": "X et Y"
    at = dict(mentions)
    for listed in name_lists(doc):
        role, head = _before(doc, listed.start) or _after(doc, listed.end) or ("", "")
        if outside(listed.start) and companies_of(doc, listed, at, head):
            name = f"{role} {listed.name}" if _unions(doc, listed.start, listed.end, role,
                                                        head) else listed.name
            out.append(Group(name, role, head, listed.start, listed.end,
                             len(listed.parts), "organization"))
    return tuple(sorted(out, key=lambda g: g.start))


def _unions(doc: Doc, start: int, end: int, role: str, head: str) -> bool:
    """Are the names from ``start`` to ``end`` unions named together right after their plural
    noun (``role``, lexicon/union_nouns.txt), that the article goes on calling by it (« les
    syndicats CGT et FO … selon les syndicats »)? They keep it, as GUIDELINES writes them
    (`syndicats CFDT et CGT`); a kind noun before one body's name is no part of it. The later
    mention refers back to them: « les », « ces » or « les deux » right before the noun (« les
    autres syndicats » are others), no word that sets other unions apart right after it
    (``_bare``: « les syndicats patronaux », « les syndicats de cadres », the names again or
    others)."""
    text = text_of(doc)
    if not (role and text[:start].endswith(f"{role} ") and listed_word(head, "union_nouns")):
        return False
    later = re.compile(rf"\b(?:les|ces|les deux) {re.escape(role)}\b", re.IGNORECASE)
    return any(_bare(doc, end + m.end()) for m in later.finditer(text[end:]))


def _bare(doc: Doc, at: int) -> bool:
    """Does no qualifier follow the noun ending at ``at``: an adjective (« patronaux »), a
    complement (« de la fonction publique », « d'enseignants »), a noun or a name (« les
    syndicats CGT et FO » again, « les syndicats FSU »), a number?"""
    i = bisect_left(token_starts(doc), at)
    word = next((t for t in doc[i:] if not t.is_space), None)
    if word is None or word.is_punct:
        return True
    return fold(word.text) not in DE_CONTRACTED and word.pos_ not in (
        "ADJ", "NOUN", "PROPN", "NUM")


def _members(doc: Doc, text: str, run: list[int], ends: dict[int, int]) -> list[int]:
    """The run of names without the one that completes the description before the others
    (« les avocats de Paul Morel, Mes Roux et Petit »: Paul Morel is whose, not one of them),
    when a plural description reads right before the second name (it runs through the first)."""
    first = doc.char_span(run[0], run[0] + 1, alignment_mode="expand")
    if (len(run) < 3 or first is None or first.start == 0
            or doc[first.start - 1].lower_ not in DE_CONTRACTED
            or _untitled(text[ends[run[0]] : run[1]]).strip() != ","):
        return run
    return run[1:] if _before(doc, run[1]) is not None else run


def _first_names(
    doc: Doc, ends: dict[int, int], outside: Callable[[int], bool]
) -> dict[int, int]:
    """Start -> end of each lone first name the recogniser left out (« Anne et Julie »: often
    « Julie », or both): a capitalised word of lexicon/first_names.tsv, out of any name and
    of quotation marks, not opening a sentence; it joins a group only as names do."""
    taken = list(ends.items())
    out = {}
    for t in doc:
        if (t.is_title and not t.is_sent_start and outside(t.idx)
                and first_name_gender(t.text) is not None
                and not any(lo <= t.idx < hi for lo, hi in taken)):
            out[t.idx] = t.idx + len(t.text)
    return out


def _untitled(gap: str) -> str:
    """The gap between two names without a title that opens the second ("et Me")."""
    words = gap.split()
    while words and words[-1] in titles():
        words.pop()
    return " ".join(words) if gap.strip() else gap


def _description(tokens: list[Token], people: bool = False) -> tuple[str, str] | None:
    """(role, folded head noun) of determiner + plural noun phrase, else None; with
    ``people``, only one whose head noun names people (``person_word``)."""
    if len(tokens) < 2 or tokens[0].lower_ not in _DETERMINERS:
        return None
    if any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") for t in tokens):
        return None
    head = next((t for t in tokens[1:] if t.pos_ == "NOUN"), None)
    if head is None:
        return None
    word = fold(head.text)
    if not _group_noun(head, word, tokens[0]) or (people and not person_word(head.text)):
        return None
    role = head.doc[head.i : tokens[-1].i + 1].text  # "deux avocats" -> "avocats"
    return role, word


def _group_noun(head: Token, word: str, determiner: Token) -> bool:
    """Does the noun (``word``: its text folded) say more than one: a plural after a plural
    determiner ("les enfants"), or a group noun ("le couple")?"""
    if word in folded("group_nouns"):
        return True
    plural = "Plur" in head.morph.get("Number", []) or plural_shaped(word)
    return plural and determiner.lower_ in PLURAL_DETERMINERS


def _before(doc: Doc, lo: int) -> tuple[str, str] | None:
    """ "ses enfants Jean et Marie", "les parents de la victime, Marc et Léa": the plural
    description right before the names (one comma at most between)."""
    first = doc.char_span(lo, lo + 1, alignment_mode="expand")
    if first is None:
        return None
    end = first.start
    while end > 0 and doc[end - 1].text in titles():
        end -= 1
    if end > 0 and doc[end - 1].text in _SET_OFF:
        end -= 1
    for start in range(end - 2, max(-1, end - _REACH - 1), -1):
        if doc[start].is_punct or doc[start].pos_ in ("VERB", "AUX"):
            break
        found = _description(list(doc[start:end]), people=end - start > _THINGS_REACH)
        if found is not None:
            return found
    return None


def _after(doc: Doc, hi: int) -> tuple[str, str] | None:
    """ "Jean et Marie, les enfants de la défunte, …": the plural description after the names
    and a comma, up to the next punctuation mark or verb."""
    last = doc.char_span(hi - 1, hi, alignment_mode="expand")
    if last is None or last.end + 2 >= len(doc) or doc[last.end].text != ",":
        return None
    start = end = last.end + 1
    while end < len(doc) and not doc[end].is_punct and doc[end].pos_ not in (
            "VERB", "AUX", "PRON", "SCONJ") and "\n" not in doc[end].text:
        end += 1
    return _description(list(doc[start:end]))


def group_of(
    found: tuple[Group, ...], span: Span, head: Token | None, names: Sequence[Span]
) -> Group | None:
    """The group a mention names: the one whose names it holds, or the list of companies it
    falls inside (the parse often keeps one of its names as the subject), else (a plural
    description of the group's noun, after it) the nearest before; else, for a description
    whose noun names no people (« les trois exploitants », not « les trois maires »), the
    nearest list of companies before with as many names as it counts. A name in the
    description is the group's own complement ("les enfants de Claudette"), never another's."""
    lo = span.start_char
    inside = [g for g in found if _holds(g, span)]
    if inside:
        return inside[0]
    if head is None or head.pos_ != "NOUN":
        return None
    word = fold(head.text)
    if not _group_noun(head, word, span[0]) or any(n.start_char < head.idx for n in names):
        return None
    fits = [g for g in found if all(n.text in g.role for n in names)]
    before = [g for g in fits if g.end <= lo]
    same = [g for g in before if _same_noun(g, word)]
    # « Les juges … ont signé. » before « Les deux juges …, Anne Roy et Léa Petit »: the one
    # group the article names with that noun, named further on, when its complement says no
    # other set of people than the group's role does (« les avocats de la défense » are not
    # « les avocats de la partie civile »)
    said = stems(span.doc[head.i + 1 : span.end].text)
    later = [g for g in fits if g.start >= span.end_char and _same_noun(g, word)]
    if (not same and len(later) == 1 and said <= stems(later[0].role)
            and len([g for g in found if _same_noun(g, word)]) == 1):
        return later[0]
    if same or person_word(head.text):
        return same[-1] if same else None
    count = next((NUMBER_VALUES[t.lower_] for t in span
                  if t.i < head.i and t.lower_ in NUMBER_VALUES), None)
    counted = [g for g in before if g.kind == "organization" and g.size == count]
    return counted[-1] if counted else None


def _same_noun(g: Group, word: str) -> bool:
    """Does a description's noun (``word``, folded) name the group: its own noun, or a kind
    noun over it (« les magistrates » for « les deux juges d'instruction, X et Y »:
    ``role_words.covers``)?"""
    return g.head == word or (g.kind == "person" and covers(word, g.head))


def _holds(g: Group, span: Span) -> bool:
    """Does the mention name the group by its names: it holds them (a list of companies with
    no preposition before it, « les loueurs Movo et Kiro », not « le président de Movo et
    Kiro »), or it falls inside a list of companies?"""
    lo, hi = span.start_char, span.end_char
    if g.kind == "organization" and g.start <= lo and hi <= g.end:
        return True
    of = any(t.pos_ == "ADP" and t.idx < g.start for t in span)
    return lo <= g.start and g.end <= hi and not (g.kind == "organization" and of)


def members_apart(found: tuple[Group, ...], description: str) -> set[str]:
    """The members, as the group writes them, of each group of people the article sets off by
    a role noun that is not the description's nor one a kind noun of either covers (« Les deux
    juges d'instruction, Anne Roy et Claire Petit, … », then « l'avocat »): none of them is the
    one described. A group of no role noun (« ses enfants ») sets no one apart."""
    own = head_nouns(description)
    own_keys = _keys(own)
    out: set[str] = set()
    for g in found:
        theirs = head_nouns(g.role)
        if g.kind == "person" and own and theirs and not own_keys & _keys(theirs) and not any(
                covers(a, b) or covers(b, a) for a in own for b in theirs):
            out |= {m.strip() for part in g.name.split(" et ") for m in part.split(",")}
    return out


def _keys(nouns: set[str]) -> set[str]:
    """Role nouns as heads compare them, either number (« juges », « juge »: « juge »)."""
    return {head_key(singular(n)) for n in nouns}
