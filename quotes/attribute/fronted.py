"""A role fronted at the head of the sentence, before the comma and the name it describes:
"Sage-femme depuis vingt-deux ans, X", "Président de l'association des usagers de santé du
pays d'Auge, X". Longer than the window a title is read in, and cut before the time the role
has been held ("depuis", "pendant") or a place in brackets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.attribute.gender import grammatical
from quotes.attribute.roles import Role, role_span
from quotes.lexicon import is_role_noun
from quotes.lexicon.grammar import SENTENCE_ENDS


def fronted_role(ent: Span) -> Role | None:
    """The role that opens the sentence, capitalised, and runs to the comma right before the
    name, with no verb in it; None otherwise ("Reçue par la ministre, X": no role noun opens
    it; "Ministre depuis mars, elle a dit que …": no name)."""
    return _fronted(ent.doc, ent.start - 1)


def pronoun_roles(doc: Doc) -> list[tuple[int, str, Role]]:
    """Roles fronted before « il » or « elle » ("Infirmière à Lisieux, elle fait la route"):
    (the pronoun's offset, the gender it shows, the role), for the person it stands for."""
    found = []
    for tok in doc:
        role = _fronted(doc, tok.i - 1) if tok.lower_ in ("il", "elle") else None
        # "Victime du syndrome …, elle": a noun that names anyone, whatever they do, says
        # what befell her (« any » in lexicon/noun_genders.tsv), no function
        if role is not None and not grammatical(role[0].lower().split()[:1]):
            found.append((tok.idx, "m" if tok.lower_ == "il" else "f", role))
    return found


def _fronted(doc: Doc, comma: int) -> Role | None:
    if comma < 1 or doc[comma].text != ",":
        return None
    first = comma  # the parse may cut a verbless opening into several sentences: read the marks
    while first > 0 and doc[first - 1].text not in SENTENCE_ENDS and (
        "\n" not in doc[first - 1].text_with_ws
    ):
        first -= 1
    opener = doc[first]
    if first >= comma or not opener.text[:1].isupper() or not is_role_noun(opener.text):
        return None
    if any(t.pos_ in ("VERB", "AUX") and not is_role_noun(t.text) for t in doc[first:comma]):
        return None
    return role_span(doc, first, comma)  # which ends it at « depuis » or a bracket
