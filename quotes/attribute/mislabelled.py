"""Names of people the recogniser labelled as something else: « Recep Tayyip Erdogan » tagged
MISC, « Erdogan » alone tagged LOC. Capitalised words that open with a first name of
lexicon/first_names.tsv, with no role, body or title word among them, are a person's full
name (not after a common noun other than a role noun: « l'avenue Victor Hugo », « l'hôpital
Marie Curie » name a street and a building). A first name of the lexicon tagged alone, with
the capitalised words after it that no entity holds, is one too (« la maire, |Amélie|
Oudéa-Roux, »: the recogniser read the first name as a place and left the surname out). Then
one capitalised word that is the surname of a full name the article gives is that person's
mention (not after a preposition of place: « à Vienne »). A first name the lexicon lacks opens
a full name too where the article sets a role noun beside the words (« Wendy Marchal, capitaine
des Bleues », « Wendy Marchal (32 ans), la capitaine »): a place or a thing holds no post, save
the titles a club or a firm holds too (« champion de France »), a person's only in their feminine
form or after an age; the same words elsewhere in the article are that person's name then. An
organisation's name shaped as a person's full name is one where the article names one of its
words alone as a person and sets a role noun beside it, capitalised or not (« Dorji Wangmo
Tshering, Directeur de l'Agence » an organisation, « Dorji » a person; « Goldman Sachs » then
« Goldman » stays a firm's); a role noun set off before the name by commas is beside it too
(« par la voix de son directeur général, Dorji Wangmo Tshering, »). It is one too, whatever the
article names alone, where it is set off by commas after a person's role noun whose complement
names a body by a capitalised word, an acronym in brackets and a title between allowed (« le
directeur de l'Agence des eaux (AEB), Dr. Dorji Wangmo Tshering, »): a body heads no body; the
same words, and their last word alone, read as a body's elsewhere in the article, are his then.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quotes.attribute.companies import company_noun
from quotes.attribute.mentions import SURNAME_ARTICLES
from quotes.attribute.name_spans import named_after
from quotes.attribute.names import Name, body_name, first_name_gender, numbered, parse
from quotes.attribute.roles import article_gender
from quotes.lexicon import capitalised, fold, folded, in_capitals, is_org_noun, titles
from quotes.lexicon.grammar import DE_CONTRACTED, NAME_PARTICLES
from quotes.lexicon.roles import is_role_noun, role_prefix
from quotes.nlp.doc import entities, whole_word_end

_OTHER = ("MISC", "LOC")  # an organisation's label is left alone: « Louis Vuitton » is a firm
_SURNAME_WORDS = 3  # « Marie | Claire Dubois-Levant », « Nancy | Oudéa Lagrange »
_BRACKET_WORDS = 6  # « (32 ans) » between a name and its role
_ROLE_WORDS = 8  # « son directeur général adjoint de la santé, » before a name
_OFFICE_WORDS = 14  # « le directeur général de l'Organisation mondiale de la santé » before it


def mislabelled(
    doc: Doc, names: list[tuple[Span, Name]], outside: Callable[[int], bool]
) -> list[tuple[Span, Name]]:
    """The full names, then the surnames alone, of people among the entities of another
    label outside quotation marks; ``names``: the names already found, whose surnames count."""
    others = [_with_surname(e) for e in entities(doc)
              if (e.label_ in _OTHER or _articled_surname(e)) and outside(e.start_char)]
    # full names whose first name the lexicon lacks, where a role noun is set beside them
    posted = {fold(e.text) for e in others if _role_beside(e) and _full_name(e, known=False)}
    # an organisation's name that is a person's by its shape, one word of which the article
    # names alone as a person (« Dorji Wangmo Tshering » an organisation, « Dorji » a person),
    # with a role noun beside it: a firm's founder's name (« Goldman ») holds no post
    alone = {n.surname_key for _, n in names if n.first is None and " " not in n.surname}
    # (a role noun before it only when the name itself says a person: « leur patron, Bolloré
    # Logistics, » stays a firm's, whatever « M. Bolloré » says of its owner)
    named_orgs = [e for e in entities(doc) if e.label_ == "ORG" and outside(e.start_char)
                  and alone & set(fold(e.text).split())
                  and (_role_beside(e, capital=True, before=False)
                       or (_role_before(e, capital=True) and _said_a_person(e)))]
    # … or set off after the office of a body the words name (« le directeur de l'Agence des
    # eaux (AGE), Dorji Wangmo Tshering, »): a body heads no body; then the same words and
    # their last word alone, read as a body's elsewhere in the article, are that person's
    headed = {fold(e.text) for e in entities(doc) if e.label_ == "ORG" and _office_before(e)
              and _full_name(e, known=False) is not None and _person_shaped(e)}
    firms = _firm_words(doc) if headed else set()  # read only when some name is headed
    named_orgs += [e for e in entities(doc) if e.label_ == "ORG" and outside(e.start_char)
                   and e not in named_orgs and (fold(e.text) in headed or (
                       len(e) == 1 and fold(e.text) not in firms
                       and any(h.split()[-1] == fold(e.text) for h in headed)))]
    others += named_orgs
    posted |= {fold(e.text) for e in named_orgs}
    found = [(Span(doc, e.start, e.end, label="PER"), n) for e in others
             if (n := _full_name(e, known=fold(e.text) not in posted)) is not None]
    surnames = {n.surname_key for _, n in names + found if n.first and not n.initialled}
    found += [
        (Span(doc, e.start, e.end, label="PER"), Name(e.text, None, e.text)) for e in others
        if ((len(e) == 1 and capitalised(e.text, letters=True)) or _articled_surname(e))
        and (n := parse(e.text)) is not None and n.surname_key in surnames and not _placed(e)
        and not named_after(e)  # « la taxe Voslier »: the thing's
    ]
    return found


def _with_surname(ent: Span) -> Span:
    """``ent`` run over the capitalised words right after it that no entity holds (three at
    most, each with the parts glued to it by hyphens whatever their case: « Oudéa-Roux »,
    « Oudéa-VERNAY »), when it is one first name of the lexicon and not a place after its
    preposition (« à Florence »): the surname the recogniser left out of a first name it read
    as a place or a thing. Left as it is when another capitalised word follows them (an
    entity's, one in capitals): where the name ends is unknown, half of it is no name."""
    doc, end, words = ent.doc, ent.end, 0
    if len(ent) != 1 or first_name_gender(ent.text) is None or _placed(ent):
        return ent
    while end < len(doc) and words < _SURNAME_WORDS and (
            _free_capital(doc[end]) or _after_article(doc[end])):
        end = whole_word_end(doc, end + 1, lambda tok: tok.is_alpha)
        words += 1
    if end == ent.end or (end < len(doc) and capitalised(doc[end].text, letters=True)):
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


def _after_article(tok: Token) -> bool:
    """Is this capitalised word the rest of a surname opening with a capitalised article
    (« Noël Le |Graët| »), whatever entity the recogniser put it in?"""
    return (tok.i > 0 and tok.doc[tok.i - 1].text in SURNAME_ARTICLES
            and capitalised(tok.text, letters=True) and not tok.is_upper)


def _free_capital(tok: Token) -> bool:
    """Is this word capitalised (« Oudéa », not « ONU »), letters only, and in no entity?"""
    return not tok.ent_type_ and capitalised(tok.text, letters=True) and not tok.is_upper


def _full_name(ent: Span, *, known: bool = True) -> Name | None:
    """The name the entity's words give, when they are a person's full name; ``known``: its
    first name must be one of the lexicon."""
    written = ent.text.split()
    words = [w for w in written if not (w.islower() and fold(w) in NAME_PARTICLES)]
    if len(written) < 2 or not all(capitalised(w, letters=True) for w in (written[-1], *words)):
        return None
    if (known and first_name_gender(written[0]) is None) or numbered(ent.text) or body_name(ent):
        return None
    if any(is_role_noun(w) or is_org_noun(w) or w in titles() for w in written):
        return None
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if (before is not None and before.is_lower and before.pos_ in ("NOUN", "PROPN")
            and not is_role_noun(before.text)):
        return None  # « le porte-avions Charles de Gaulle », not « le président Recep … »
    name = parse(ent.text)
    return name if name is not None and name.first else None


def _articled_surname(ent: Span) -> bool:
    """« Le Graët » read as a body's name: a capitalised article and one capitalised word, the
    shape of a surname that opens with its article (a person's when the article gives the
    full name)."""
    return len(ent) == 2 and _after_article(ent[1])


def _role_beside(ent: Span, *, capital: bool = False, before: bool = True) -> bool:
    """Is a person's role noun set off right after the entity, an age in brackets between them
    allowed: « X, capitaine de … », « X (32 ans), la capitaine … »? A role a club or a firm
    holds too (lexicon/body_held_roles.txt: « Olympique Vaudrey, champion de France ») shows a
    person only in its feminine form (« championne », « la leader ») or after the age;
    ``capital`` takes a role written with a capital too (« X, Directeur de l'Agence »);
    ``before``: a role noun set off before it too (``_role_before``)."""
    doc, i, aged = ent.doc, ent.end, False
    if before and _role_before(ent, capital=capital):
        return True
    if i < len(doc) and doc[i].text == "(":
        shut = next((t.i for t in doc[i : i + _BRACKET_WORDS] if t.text == ")"), None)
        if shut is None:
            return False
        aged, i = any(t.like_num for t in doc[i:shut]), shut + 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    article = doc[i].lower_ if i < len(doc) and doc[i].pos_ == "DET" else ""
    i += bool(article)
    if i >= len(doc) or not (doc[i].is_lower or (capital and doc[i].is_title)) or not (
            is_role_noun(doc[i].lower_)):
        return False
    return aged or fold(doc[i].text) not in folded("body_held_roles") or article_gender(
        article) == "f"


def _role_before(ent: Span, *, capital: bool = False) -> bool:
    """Is the entity set off by commas right after a person's role noun and its determiner,
    the noun's complement between them allowed: « son directeur général, X, a … », « la
    capitaine des Bleues, X, »? A role a club or a firm holds too shows a person only in its
    feminine form, as after the words."""
    doc = ent.doc
    closed = ent.end >= len(doc) or doc[ent.end].text in (",", ")") or doc[ent.end].is_sent_end
    if ent.start < 2 or doc[ent.start - 1].text != "," or not closed:
        return False
    for i in range(ent.start - 2, max(ent.start - 2 - _ROLE_WORDS, -1), -1):
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
            return False
        if doc[i].pos_ == "DET":
            noun = doc[i + 1]
            if not ((noun.is_lower or (capital and noun.is_title))
                    and is_role_noun(noun.lower_)):
                return False
            return fold(noun.text) not in folded("body_held_roles") or article_gender(
                doc[i].lower_) == "f"
    return False


def _office_before(ent: Span) -> bool:
    """Is the entity set off by commas right after a person's role noun whose complement names
    a body by a capitalised word (« le directeur de l'Agence des eaux, X, »), an aside in
    brackets (« (AGE) ») and a title (« Dr. ») between them allowed? Not a role a club or a
    firm holds too (« le champion de France, Olympique Vaudrey, »)."""
    doc, start = ent.doc, ent.start
    if start > 0 and doc[start - 1].text.rstrip(".") in titles():
        start -= 1
    closed = ent.end >= len(doc) or doc[ent.end].text in (",", ")", ".", ";")
    if start < 3 or doc[start - 1].text != "," or not closed:
        return False
    i = start - 2
    if doc[i].text == ")":  # « … de la santé (OMS), X »
        i = next((t.i for t in doc[max(i - _BRACKET_WORDS, 0) : i] if t.text == "("), 0) - 1
    body = False
    for j in range(i, max(i - _OFFICE_WORDS, -1), -1):
        tok = doc[j]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
        body = body or (capitalised(tok.text) and j > 0 and doc[j - 1].pos_ != "DET"
                        and not tok.is_sent_start) or (capitalised(tok.text) and any(
                            doc[k].lower_ in DE_CONTRACTED for k in range(max(j - 2, 0), j)))
        if tok.pos_ == "DET" and (j == 0 or doc[j - 1].lower_ not in DE_CONTRACTED):
            noun = doc[j + 1]
            return (body and noun.i < i and (noun.is_lower or noun.is_title)
                    and is_role_noun(noun.lower_)
                    and role_prefix(noun.text)[1] not in folded("body_held_roles"))
    return False


def _person_shaped(ent: Span) -> bool:
    """Are the entity's words a person's name rather than a firm's: no word in capitals
    (« UNICEF France »), none a word firms' names carry (lexicon/firm_name_words.txt: « Wasserman
    Media Group », « Gehry Partners »)?"""
    return not any(in_capitals(w) or fold(w) in folded("firm_name_words")
                   for w in ent.text.split())


def _firm_words(doc: Doc) -> set[str]:
    """The folded words the article gives a company noun right before (« le constructeur
    Vernay ») or in apposition after (« Vernay, le groupe, »): a firm's name, not a surname."""
    out = set()
    for tok in doc[1:]:
        if company_noun(doc[tok.i - 1].text) and capitalised(tok.text):
            out.add(fold(tok.text))
        after = doc[tok.i + 1 : tok.i + 4]
        if (capitalised(tok.text) and len(after) == 3 and after[0].text == ","
                and after[1].pos_ == "DET" and company_noun(after[2].text)):
            out.add(fold(tok.text))
    return out


def _said_a_person(ent: Span) -> bool:
    """Does the organisation's name itself say a person, more than one of its words the
    article names alone: its first word a first name of the lexicon, or the whole name
    written after a title somewhere in the article (« M. Dorji Wangmo Tshering »), no word of
    it an organisation's noun?"""
    if any(is_org_noun(t.text) for t in ent):
        return False
    if first_name_gender(ent[0].text) is not None:
        return True
    doc, size = ent.doc, len(ent)
    return any(
        doc[i - 1].text in titles() and doc[i : i + size].text == ent.text
        for i in range(1, len(doc) - size + 1)
    )


def _placed(ent: Span) -> bool:
    """Is the word after a preposition of place (lexicon/place_prepositions.txt: « en Jordan »,
    « à Washington »)?"""
    return ent.start > 0 and fold(ent.doc[ent.start - 1].text) in folded("place_prepositions")
