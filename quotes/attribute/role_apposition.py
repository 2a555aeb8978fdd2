"""The role a text apposes after a name (« Oana Lungescu, porte-parole de l'OTAN, », « P. Nowak,
ministre polonais. »), cut where the apposition ends: at a clause, a verb, another name, its
window; past a relation or an age set off by commas (« X, sa fille, éleveuse de brebis »).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.listed_roles import one_holder
from quotes.attribute.names import first_name_gender
from quotes.attribute.relations import apposed_function, kin_gender, kinship
from quotes.attribute.role_bounds import body_after_a, charge_of_role, charge_opener
from quotes.attribute.role_edges import aside, manner_participle, more_complements
from quotes.attribute.role_extent import Pieced, Role
from quotes.attribute.role_fields import field_after
from quotes.attribute.role_number import one_person
from quotes.attribute.role_title import opens_subordinate, title_before
from quotes.attribute.shown import acronym_bracket, quoted_word
from quotes.detect.forms import conjugated
from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import DE_CONTRACTED, ROLE_LINKS
from quotes.lexicon.roles import distinct_gender, is_role_noun, noun_gender
from quotes.settings import DEFAULT


def apposed_role(
    alone: Span, listed: Span | None, window: int = DEFAULT.role_window
) -> Role | None:
    """The role apposed after the name ``alone``, or after the list of names ``listed`` that
    ends with it (« Paul Morel et Jean Dutel, les avocats de Z »: each one's)."""
    ent = listed or alone
    doc = ent.doc
    # "Anne Roy, porte-parole en chef de l'OTAN," / "P. Nowak, ministre polonais."
    # "Paul Morel, que le technicien français a …": a clause, not an apposition
    # ("porte-voix" is a role noun the tagger may take for a pronoun)
    clause = (
        ent.end + 1 < len(doc)
        and doc[ent.end + 1].pos_ in ("PRON", "SCONJ", "CCONJ")
        and not is_role_noun(doc[ent.end + 1].text)
    )
    if ent.end < len(doc) and doc[ent.end].text == "," and not clause:
        j, short = _apposition_end(doc, ent, window)
        if short and any(charge_opener(doc, t.i) and charge_of_role(doc, ent.end + 1, t.i)
                         for t in doc[ent.end + 1 : j]):
            j, short = _apposition_end(doc, ent, 2 * window)  # « directeur chargé de … »: its
            # field of work is the role's, however long
        if short:  # cut mid-phrase: whole roles before the last « et », or one more field
            ands = [t.i for t in doc[ent.end + 1 : j] if t.lower_ == "et"]  # (``field_after``)
            longer, short = _apposition_end(doc, ent, 2 * window) if ands and field_after(
                doc, ands[-1]) else (j, True)
            j = longer if not short else ands[-1] if ands else j
        lo = ent.end + 1
        role = apposed_function(doc, lo, j)
        # "X, sa fille, éleveuse de brebis", "X, 45 ans, entraîneur du club": the function
        # after the relation, the age, the place
        for _ in range(2):
            kin = kinship(doc[lo:j])
            if role is not None or j >= len(doc) or doc[j].text != "," or not (
                    kin or aside(doc, lo, j)):
                break
            # « fille de l'ancien maire, conseiller général »: the relative's function, unless
            # its gender is the person's (« frère de la victime, pompier volontaire »)
            of_someone = kin is not None and kin.i + 1 < j
            gender = (kin_gender(kin) if kin is not None else None) or first_name_gender(
                ent[0].text)
            lo = j + 1
            # « aide-soignant », « l'hôpital »: inside it; « X, 33 ans, a déclaré la ministre »:
            # a verb after the aside opens a clause, whose role is its subject's
            k = next((t.i for t in doc[lo : lo + window] if (t.is_punct and t.text not in "-'’")
                      or (t.pos_ in ("VERB", "AUX") and not is_role_noun(t.text))),
                     len(doc[: lo + window]))
            j, role = k, apposed_function(doc, lo, k)
            if role and of_someone and not _agrees(doc, role, gender):
                role = None
                break
        if role and _other_gender(doc, role, first_name_gender(alone[0].text), j):
            return None  # « … par Paul Roy et Léa Vidal, l'ex-animateur de la chaîne concède »
        if role and listed is not None and not one_person(doc, role) and not _subject_of(
                doc, role, j) and title_before(alone, window) is None:
            return Pieced((one_holder(role[0]), role[1], role[2]))  # (« La ministre X et Y,
            # les négociateurs »: X's own title stays hers)
        if role and one_person(doc, role) and not _subject_of(doc, role, j) and (
                listed is None or listed.end == alone.end):  # a singular one: the last's only
            return role
    return None


def _apposition_end(doc: Doc, ent: Span, window: int) -> tuple[int, bool]:
    """Where the apposition after ``ent`` ends, and whether its ``window`` cut it mid-phrase."""
    j = opened = ent.end + 1  # a comma the title's complements go on after opens anew
    while (
        j < len(doc)
        and j - opened < window - 1
        and not (doc[j].is_punct and doc[j].text not in "-'’" and not quoted_word(doc, j)
                 and not acronym_bracket(doc, j)  # "délégué (FO) de l'usine"
                 and not (doc[j].text == "," and more_complements(doc, j)))
        and "\n" not in doc[j].text  # a heading's apposition ends with its line
    ):
        # "correspondant", "opposant": role nouns the tagger may take for participles
        verb = doc[j].pos_ in ("VERB", "AUX") and not is_role_noun(doc[j].text) \
            and not manner_participle(doc, j - 1) and not _body_word(doc, j) \
            and not (charge_opener(doc, j) and charge_of_role(doc, ent.end + 1, j))  # « X, |chargé
            # de mission », « X, directeur |chargé de »: the role's own field of work
        if verb or opens_subordinate(doc[j]) or (
                doc[j].ent_type_ == "PER" and not _completes(doc, j, ent.end)):
            break  # « X, maire de Vernac lorsqu'il … »: the clause is no part of the role
        opened = j if doc[j].text == "," else opened  # "…, de la Famille et de …"
        j += 1
    while j - opened >= window - 1 and j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1  # the window never cuts inside a name (« … à la Cité de l'espace |de Toulouse| »)
    return j, j - opened >= window - 1 and j < len(doc) and not doc[j].is_punct


def _body_word(doc: Doc, j: int) -> bool:
    """Is token ``j`` a capitalised word of a body's or a work's name the tagger took for a
    verb, mid-phrase (« de l'agence sanitaire |Santé publique France »): no clause opens there."""
    return doc[j].is_title and doc[j].ent_type_ in ("ORG", "LOC", "MISC") and not (
        doc[j - 1].is_punct or doc[j].is_sent_start)


def _completes(doc: Doc, i: int, name_end: int) -> bool:
    """Does the name at token ``i`` complete the role after a preposition or a body's noun
    ("analyste chez Alcyon Finance", "au cabinet Agrolys", "avocate de Paul Morel"), a company
    the recogniser may take for a person, rather than start another phrase ("Anne Roy, …")?"""
    prev = doc[i - 1] if i - 1 > name_end else None
    linked = prev is not None and (
        prev.ent_type_ == "PER" or prev.lower_ in ROLE_LINKS or acronym_bracket(doc, prev.i)
        or body_after_a(doc, i, name_end)  # « responsable de l'unité |à Santé Publique France »
    )
    body = prev is not None and fold(prev.text) in folded("org_nouns")
    return (linked or body or _label_word(doc, i)) and any(
        is_role_noun(t.text) or charge_opener(doc, t.i)
        for t in doc[name_end:i])  # « chargé de mission chez »


def _label_word(doc: Doc, i: int) -> bool:
    """Is the name at token ``i`` one word the recogniser ran into the role's complement, right
    after a role noun, with « de » after it (« député |Renaissance| de l'Oise »): a party's name
    (lexicon/party_names.txt, party_acronyms.txt) inside the role, no person (« assistant du
    sénateur |Vogel| de Seine-et-Marne »: another office-holder's name, never the role's)?"""
    return i + 1 < len(doc) and is_role_noun(doc[i - 1].text) and doc[i - 1].is_lower and (
        doc[i + 1].lower_ in DE_CONTRACTED) and (
        fold(doc[i].text) in folded("party_names") or fold(doc[i].text) in folded("party_acronyms"))


def _agrees(doc: Doc, role: Role, gender: str | None) -> bool:
    """Can the role be that of a person of ``gender`` (« f », « m »): its role noun's form
    says no other (an epicene noun, « ministre », says none)?"""
    noun = _role_noun(doc, role)
    said = noun_gender(noun.text) if noun is not None else None
    return gender is None or said is None or said == gender


def _subject_of(doc: Doc, role: Role, j: int) -> bool:
    """Does the phrase after a name's comma run, unclosed, into the verb ``j`` it is the
    subject of: "Reçue par le ministre, X, la cheffe de la diplomatie a plaidé" names
    someone else, not what X is ("X, maire de Brest, a dit" is closed by its comma)."""
    if j >= len(doc) or doc[j].pos_ not in ("VERB", "AUX"):
        return False
    noun = _role_noun(doc, role)
    return noun is not None and noun.dep_.startswith("nsubj") and noun.head.i >= j


def _other_gender(doc: Doc, role: Role, gender: str | None, j: int) -> bool:
    """Does the role's noun show the gender other than the first name's ``gender``
    (``distinct_gender``: « animateur », « présentatrice ») when the phrase runs with no comma
    into the finite verb after it (« Léa Vidal, l'ex-animateur concède »): the subject of that
    verb, someone else? Closed by its comma, the form shows the person (« Maxime Roy,
    saisonnière »); a participle carries the apposition on (« Léa Vidal, directeur de l'urbanisme
    chargé des travaux, a dit »)."""
    noun = _role_noun(doc, role)
    said = distinct_gender(noun.text) if noun is not None and gender is not None else None
    return said not in (None, gender) and j < len(doc) and (
        doc[j].pos_ == "AUX" or conjugated(doc[j]))


def _role_noun(doc: Doc, role: Role) -> Token | None:
    """The first role noun in the words of ``role``."""
    span = doc.char_span(role[1], role[2], alignment_mode="expand")
    return next((t for t in span or () if is_role_noun(t.text)), None)
