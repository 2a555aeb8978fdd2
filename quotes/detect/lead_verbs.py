"""A verb that leads a speech infinitive in an incise: « …, aime-t-on rappeler », « …,
tient-elle à préciser », « …, tient à préciser le maire ». The cue group opens at the lead verb
(lexicon/incise_leads.tsv, with the preposition it takes before the infinitive), so that the
incise is read after the words as any other; its inverted pronoun is who speaks. A main
clause (a subject before the lead verb, or a que-clause after the infinitive) keeps the
infinitive as its cue group: « Le maire, lui, tient à préciser que … » is « préciser », written
whole with its semi-auxiliary (detect/cue_extent: `tient à préciser`)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import CLOSERS
from quotes.detect.cue_spellings import euphonic, inverted_pronoun
from quotes.lexicon import cached, table, verb_forms
from quotes.lexicon.grammar import QUE


def lead_verb(tok: Token, pron: Token | None) -> tuple[Token, Token | None]:
    """Where the cue group of the speech infinitive ``tok`` opens and its inverted pronoun: at
    the lead verb after a comma or closing marks, with that verb's pronoun (None when the
    subject follows the infinitive); else at ``tok``, with ``pron`` as found."""
    doc = tok.doc
    if "Inf" not in tok.morph.get("VerbForm", []):
        return tok, pron
    i, inverted = tok.i - 1, None
    prep = doc[i].lower_ if i >= 0 and doc[i].pos_ == "ADP" else ""
    i -= bool(prep)
    while i >= 0 and (euphonic(doc[i]) or inverted_pronoun(doc[i])):
        inverted = doc[i] if inverted_pronoun(doc[i]) else inverted
        i -= 1
    if i < 1 or doc[i - 1].text not in (",", *CLOSERS) or "Fin" not in doc[i].morph.get(
            "VerbForm", []) or (doc[i].lower_, prep) not in _leads() or _main_clause(
            doc[i], tok, inverted):
        return tok, pron  # « Il tient à préciser que … »: a main clause, no incise
    return doc[i], inverted


def _main_clause(lead: Token, tok: Token, inverted: Token | None) -> bool:
    """Is the lead verb that of a main clause: the infinitive's own words after it (« …, et,
    mardi, veut annoncer que … »), or, with no inverted pronoun, a subject before it (« Le
    maire, lui, tient à préciser … », « Les élus, qui …, tiennent à … »)? An incise has its
    subject after it and its words before it."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (nxt is not None and (nxt.lower_ in QUE or nxt.text == ":" or nxt.is_quote)) or (
        inverted is None and any(c.dep_.startswith("nsubj") and c.i < lead.i
                                 for c in lead.children))


@cached
def _leads() -> frozenset[tuple[str, str]]:
    """(form, preposition) of each lead verb's forms; "" for a bare infinitive."""
    return frozenset((form, prep.strip("-")) for lemma, prep, *forms in table("incise_leads")
                     for form in verb_forms(lemma, forms[0] if forms else ""))
