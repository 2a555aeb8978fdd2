"""What the words of a quote and its cue say of the speaker, whoever the mention names.

The gender of the cue's own participle when it agrees with être ("s'est réjouie"), read from
its spelling (``gender.agreeing_gender``), and whether the quote speaks as one person ("je",
"me", "mon"): then no body or place, and no group, said it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.attribute.gender import agreeing_gender, grammatical, with_attribute
from quotes.lexicon import capitalised, reporting_verbs, titles
from quotes.lexicon.grammar import PASSIVE_AUX, UNAGREED_PARTICIPLES
from quotes.lexicon.grammatical_person import FIRST_PERSON


def cue_gender(doc: Doc, start: int, end: int, unnamed: str | None = None) -> str | None:
    """The gender the cue's own participle shows when it agrees with être: "s'est réjouie",
    "s'est dit" (never with avoir: "a déclaré" says nothing). For an unnamed person (their
    mention ``unnamed``) only the feminine says something (« un témoin s'est dite choquée »),
    and not where it agrees with a noun feminine whoever it names (« une source »)."""
    gender = _participle_gender(doc, start, end)
    if unnamed is None:
        return gender
    return "f" if gender == "f" and not grammatical(unnamed.lower().split()) else None


def _participle_gender(doc: Doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    if span is None or not any(t.lower_ in PASSIVE_AUX for t in span):
        return None
    forms = reporting_verbs()
    for tok in span:
        w = tok.lower_
        gender = tok.morph.get("Gender", [])
        said = None
        if "Part" in tok.morph.get("VerbForm", []) and gender:
            # its spelling, not the tagger's gender: « s'est défendue » read as masculine
            said = agreeing_gender(tok)
        # the parser may read "réjouie" as a finite verb: its form still says it
        elif w in forms and w.endswith("e") and forms.get(w[:-1]) == forms[w]:
            said = "f"
        elif w in forms and forms.get(w + "e") == forms[w]:
            said = "m"
        else:
            continue
        # « s'est dit » alone says nothing (the press leaves it unagreed), its attribute
        # does (« s'est dit prête »); a participle and an attribute that disagree, nothing
        shown = with_attribute(tok, None if w in UNAGREED_PARTICIPLES else said)
        return shown.pop() if len(shown) == 1 else None
    return None


def first_person(doc: Doc, start: int, end: int) -> bool:
    """Do the words ``[start, end)`` speak as one person: "je", "me", "moi", "mon"…? The
    honorific « Me » / « Mes » before a name (« Me Lévy », « Mes Roy et Vidal »,
    lexicon/titles.txt) is no « me » / « mes »."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return span is not None and any(t.lower_ in FIRST_PERSON and not _honorific(t) for t in span)


def _honorific(tok: Token) -> bool:
    """« Me » / « Mes » written as a title, before a capitalised word."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.text in titles() and nxt is not None and capitalised(nxt.text)
