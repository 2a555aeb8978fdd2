"""A role fronted at the head of the sentence, before the comma and the name it describes:
"Sage-femme depuis vingt-deux ans, X", "Président de l'association des usagers de santé du
pays d'Auge, X". Longer than the window a title is read in, and cut before the time the role
has been held ("depuis", "pendant") or a place in brackets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.attribute.gender import grammatical
from quotes.attribute.role_extent import Role, role_span
from quotes.lexicon import capitalised, fold, folded, words
from quotes.lexicon.grammar import BECOME, DETERMINERS, SENTENCE_ENDS
from quotes.lexicon.roles import is_role_noun


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
    # the parse may cut a verbless opening into several sentences: read the marks
    first = _past_dateline(doc, sentence_opening(doc, comma), comma)
    appointed = _appointed(doc, first, comma)
    if appointed is not None:
        return appointed
    opener = doc[first]
    if first >= comma or not capitalised(opener.text) or not (
        is_role_noun(opener.text) or _ranked(doc, first, comma)
    ):
        return None
    if any(t.pos_ in ("VERB", "AUX") and not is_role_noun(t.text) for t in doc[first:comma]):
        return None
    return role_span(doc, first, comma)  # which ends it at « depuis » or a bracket


def _appointed(doc: Doc, first: int, comma: int) -> Role | None:
    """The role a participle of appointment gives in the opening clause before the comma, its
    own subject the name after it (« Élu maire de Vernac en 2020, X »), the office held now:
    the last, past one « après avoir été … » gives (the earlier office: « Devenue ministre
    après avoir été élue députée, X » is the minister's; « Députée avant d'être nommée
    ministre, X » too). None when that clause has a subject of its own, a title with its
    article included (« Après que le maire a été élu président, X »), or the participle is
    active (« Après avoir nommé Paul Roy ministre, X »: his)."""
    if comma - first < 2 or any(t.dep_.startswith("nsubj") and (
            not is_role_noun(t.text) or (t.i > first and doc[t.i - 1].lower_ in DETERMINERS))
            for t in doc[first:comma]):
        return None  # a bare title (« Ministre de …», « nommés |codirecteurs| ») is no subject
    appointing = words("appointment_participles") | BECOME
    at = next((t.i for t in reversed(doc[first:comma])
               if t.lower_ in appointing and not _earlier(doc, first, t.i)), None)
    if at is None or (at > first and not (
            doc[at - 1].pos_ == "AUX" and doc[at - 1].dep_ == "aux:pass")):
        return None
    role = role_span(doc, at, comma)
    return role if role is not None and role[1] > doc[at].idx else None


def _earlier(doc: Doc, first: int, at: int) -> bool:
    """Is the participle at ``at`` one « après avoir été » opens (« après avoir été |élue|
    députée »), an office held before?"""
    k = at - 1
    while k > first and (doc[k].lower_ in ("été", "avoir") or doc[k].pos_ == "ADV"):
        k -= 1
    return k < at - 1 and doc[k].lower_ == "après"


def sentence_opening(doc: Doc, i: int) -> int:
    """The token that opens the sentence of token ``i`` by the marks, not the parse: the first
    after a sentence's end or a line break."""
    while i > 0 and doc[i - 1].text not in SENTENCE_ENDS and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    return i


def _past_dateline(doc: Doc, first: int, comma: int) -> int:
    """The first word after a dateline that heads the text on the sentence's line ("date
    2021-12 Nouvelle directrice du festival, X"): the sentence starts after it."""
    k = first
    while k < comma and doc[k].is_space:
        k += 1
    if k + 1 >= comma or doc[k].lower_ != "date" or not doc[k + 1].like_num:
        return first
    k += 1
    while k < comma and (doc[k].like_num or doc[k].text in ("-", "/") or doc[k].is_space):
        k += 1
    return k


def _ranked(doc: Doc, first: int, comma: int) -> bool:
    """Does an adjective open the role before its noun ("Nouvelle directrice du festival, X",
    "Ancien maire de Lens, X")? Not a count of titles ("Triple championne, X"): a prize."""
    opener = doc[first]
    return (
        first + 1 < comma and is_role_noun(doc[first + 1].text)
        and fold(opener.text) in folded("office_adjectives")
    )
