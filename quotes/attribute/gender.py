"""What the words around a name say of the person's gender.

A title right before the name or as its first word ("Mme Le Pen", "M. Dupuis"), and the
agreement of a participle or adjective the name is the subject of, with être ("Marine Le Pen
s'est dite ravie", "X est arrivée"; with avoir a participle never agrees with its subject). A
role noun's gender is read in ``roles``, a first name's in ``names``.
"""

from __future__ import annotations

from spacy.tokens import Span

from quotes.lexicon.grammar import FEMALE_TITLES, MALE_TITLES, PASSIVE_AUX


def title_gender(ent: Span) -> str | None:
    """Mme / M. right before the name (or as its first word)."""
    doc = ent.doc
    words = [doc[ent.start - 1].text] if ent.start > 0 else []
    words.append(doc[ent.start].text)
    if any(w in FEMALE_TITLES for w in words):
        return "f"
    if any(w in MALE_TITLES for w in words):
        return "m"
    return None


def apposed_agreement(ent: Span) -> str | None:
    """The gender of an adjective or participle set after the name by a comma, adverbs
    aside: "a raconté Vidal, très émue" (a woman), "Vidal, âgé de 40 ans" (a man)."""
    doc = ent.doc
    k = ent.end + 1
    if k >= len(doc) or doc[ent.end].text != ",":
        return None
    while k < len(doc) - 1 and doc[k].pos_ == "ADV":
        k += 1
    tok = doc[k]
    if tok.morph.get("Number", []) == ["Plur"] or tok.lower_.endswith("s"):
        return None
    if "Part" in tok.morph.get("VerbForm", []):
        # the tagger may say "émue" is masculine: a participle's spelling says it
        return "f" if tok.lower_.endswith("e") else "m"
    gender = tok.morph.get("Gender", [])
    if tok.pos_ == "ADJ" and gender:
        return "f" if gender[0] == "Fem" else "m"
    return None


def subject_agreement(ent: Span) -> str | None:
    """The gender of a participle or adjective the name is the subject of, when it agrees:
    "Marine Le Pen s'est dite ravie", "X est arrivée" (with être, never with avoir)."""
    for tok in ent:
        if not tok.dep_.startswith("nsubj"):
            continue
        head = tok.head
        if head.pos_ not in ("VERB", "ADJ") or head.i < tok.i:
            continue
        with_etre = any(
            c.dep_ in ("aux", "aux:pass", "cop") and c.lower_ in PASSIVE_AUX for c in head.children
        ) or any(c.dep_ == "expl:comp" for c in head.children)
        gender = head.morph.get("Gender", [])
        agreeing = "Part" in head.morph.get("VerbForm", []) or head.pos_ == "ADJ"
        if with_etre and gender and agreeing:
            return "f" if gender[0] == "Fem" else "m"
    return None
