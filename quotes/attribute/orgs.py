"""The organisations an article names, by their head noun, and the fullest name of each.

"le tribunal judiciaire de Paris" is kept under "tribunal", so a later bare "le tribunal"
reads as it; "l'institut" after "l'Insee" is the body named just before (with no body named
before, a name the recogniser took for a place that acted: « Météo-Machin a levé l'alerte »);
"le ministère public" after "le parquet de Nanterre" is that parquet (lexicon/org_aliases.tsv).
« le syndicat », « le premier syndicat de France » after « la FSTA » is that union; after « le
syndicat Unia », Unia. A capitalised article inside a sentence opens a name (``name_article``).
Words inside quotation marks are speech and left out.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quotes.attribute.org_acting import acting_at, addressee_of
from quotes.detect.np_ends import dated
from quotes.detect.phrase_ends import next_phrase, partitive_subject
from quotes.lexicon import (
    cached,
    capitalised,
    fold,
    folded,
    folded_table,
    in_capitals,
    is_org_noun,
    is_time_word,
    quote_marks,
    singular,
    table,
    words,
)
from quotes.lexicon.grammar import DE, DE_CONTRACTED, DEFINITE, ELIDED_ARTICLE, NAME_LINKS
from quotes.nlp.doc import entities, text_of


def org_names(doc: Doc, outside: Callable[[int], bool], reach: int
              ) -> dict[str, list[tuple[int, str]]]:
    """Folded head noun -> each phrase the article names an organisation by, with its offset,
    in text order: « le parquet de Dijon » and « le parquet national financier » are two.
    ``reach``: ``Settings.body_name_reach_words`` (``org_phrase``)."""
    orgs: dict[str, list[tuple[int, str]]] = {}
    for tok in doc:
        if is_org_noun(tok.text) and tok.pos_ in ("NOUN", "PROPN") and outside(tok.idx):
            if _field_of_other(tok):
                continue  # « l'école de police de Montclar »: a school, no police
            # « le Service de police de Vernac »: a later « la police » is that service, listed
            # where it starts, in text order, in place of its complement « police de Vernac »
            said_by = tok if (outer := _kind_of_body(tok)) is None else outer
            orgs.setdefault(singular(tok.text), []).append(
                (said_by.idx, org_phrase(said_by, reach)))
    return orgs


def _kind_of_body(tok: Token) -> Token | None:
    """The noun of a body ``tok`` says the field of, « de » between them, when that body holds
    the field (lexicon/kind_holders.tsv): « Service » of « le Service de police de Vernac »,
    « brigade » of « la brigade de gendarmerie »; None when another word stands between (« le
    syndicat de la police »), or the noun before names no body of that field (« le préfet de
    police », « l'école de police »)."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].lower_ not in DE:
        return None
    outer = doc[tok.i - 2]
    return outer if fold(outer.text) in _holders().get(fold(tok.text), ()) else None


def _field_of_other(tok: Token) -> bool:
    """Is ``tok`` a field (lexicon/kind_holders.tsv) said as the complement of a body that does
    not hold it (« l'école de police », « le syndicat de police »)?"""
    doc = tok.doc
    return (fold(tok.text) in _holders() and tok.i >= 2 and doc[tok.i - 1].lower_ in DE
            and is_org_noun(doc[tok.i - 2].text) and _kind_of_body(tok) is None)


@cached
def _holders() -> dict[str, frozenset[str]]:
    """lexicon/kind_holders.tsv, folded: field noun -> nouns of the bodies that hold it."""
    return {fold(kind): frozenset(fold(n) for n in nouns.split())
            for kind, nouns in table("kind_holders")}


def _longest(orgs: dict[str, list[tuple[int, str]]], key: str) -> str:
    return max((name for _, name in orgs.get(key, ())), key=len, default="")


def org_name(orgs: dict[str, list[tuple[int, str]]], head: Token, offset: int, reach: int
             ) -> str | None:
    """Fullest name of an organisation: the longest phrase with the same head noun that
    starts with the mention's own (« le tribunal judiciaire » -> « tribunal judiciaire de
    Paris »); for a bare « le parquet », the body of that head the mention's paragraph shows
    acting, else the one it names last, else (none there) one that acted in an earlier
    paragraph, else the one named last before it (``org_acting``), else the longest; for a
    bare "l'institut", "l'alliance", the organisation named just before. None
    for a capitalised head with words of its own inside a sentence (« l'Agence mondiale
    antidopage »): a name as the text gives it. ``reach``: ``Settings.body_name_reach_words``
    (``org_phrase``)."""
    if head.pos_ == "PROPN" and not head.is_lower:  # "l'institut" tagged PROPN is a noun
        return None
    doc, own = head.doc, org_phrase(head, reach)
    if "Plur" in head.morph.get("Number", []) and len(own) <= len(head.text):
        # « les syndicats »: several bodies, not the one « syndicat Unia » named before;
        # the same plural said more fully (« les syndicats CGT et FO ») is theirs
        said = [n for _, n in orgs.get(singular(head.text), ())
                if fold(n).split()[0] == fold(head.text) and len(n) > len(own)]
        return said[-1] if said else None
    if capitalised(head.text) and not head.is_sent_start and len(own) > len(head.text):
        return None  # « l'Agence mondiale antidopage »: a name of its own, as the text gives it
    if fold(head.text) in folded("anaphoric_org_nouns"):
        if (name_at := own_name(head)) is not None:
            return name_at  # « le groupe pharmaceutique Velmont »: its own name, not one before
        if (same := _named_so(orgs, head)) is not None:
            return same  # « le syndicat » after « le syndicat Unia »: Unia, not a body since
        earlier = [e for e in entities(doc) if e.end_char <= offset and e.start != head.i
                   and not _in_its_words(e, head, own) and not _named_again(e, own)]
        # "l'institut" -> the Insee named before; else a name the recogniser took for a place
        # that acted before it (« Météo-Machin a levé l'alerte … », then « l'institut »); not
        # one the words were given to (« a indiqué à Radio Vernac l'agence régionale … »)
        ent = next((e for e in reversed(earlier) if (e.label_ == "ORG" or e.text.isupper())
                    and not _addressee(e, head)), None)
        if ent is None and _bare(head, own) and not _fuller(orgs, head, own):
            ent = next((e for e in reversed(earlier) if _acting(e)), None)
        if ent is not None:
            name = plural_name(ent) or without_article(ent.text)
            # "Conseil" of "le Conseil constitutionnel": the phrase its noun heads
            fuller = _longest(orgs, singular(ent[-1].text))
            return fuller if fuller.startswith(name) else name
    named = orgs.get(singular(head.text), [])
    if len(own) > len(head.text):  # « le parquet de Dijon »: that body, not another parquet
        found = max((n for _, n in named if n.startswith(own)), key=len, default="")
    else:
        before = [(at, n) for at, n in named if at < head.idx and len(n) > len(head.text)]
        floor = _paragraph_start(head)
        # the bodies the mention's own paragraph names, if any: one that acted paragraphs
        # above, in another story (« Dans un autre dossier, … »), is not the one named here
        near = [(at, n) for at, n in before if at >= floor] or before
        acted = [n for at, n in near if acting_at(doc, at)]
        # « la préfecture » after « a annoncé la préfecture du Cantal » and « parti de la
        # préfecture de Lyon »: the body that spoke or acted, not one named in passing
        found = (acted or [n for _, n in near] or [_longest(orgs, singular(head.text))])[-1]
    return found if found and len(found) > len(head.text) else None


def own_name(head: Token) -> str | None:
    """The name that follows the noun, adjectives and a bare complement of its kind aside: its
    capitalised words, a hyphen joining them (« le groupe pharmaceutique Velmont Santé »,
    whatever the tagger makes of « Velmont »; « le parti d'extrême gauche La Voie Neuve »), or,
    after a naming participle or none, all the words of a short name in marks (« un collectif
    appelé « Terre vive » »); else None."""
    doc, j = head.doc, head.i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    j = _past_kind(doc, j)
    if j < len(doc) and doc[j].lower_ in words("naming_cues"):
        j += 1
    if j < len(doc) and doc[j].text in quote_marks():
        closed = _closing(doc, j)
        return doc[j + 1 : closed].text if closed and capitalised(doc[j + 1].text) else None
    k = j
    while k < len(doc) and (capitalised(doc[k].text) or (
            doc[k].text == "-" and k > j and k + 1 < len(doc) and capitalised(doc[k + 1].text))):
        k += 1
    if k > j and numbered(doc, k):
        k += 1  # « le syndicat CFDT 44 »
    return doc[j:k].text if k > j else None


def _closing(doc: Doc, j: int, most: int = 5) -> int | None:
    """The closing mark of the opening one at token ``j``, ``most`` words or less after it,
    with no punctuation between: a name in marks, not a quotation."""
    closing = quote_marks()[doc[j].text][1]
    for k in range(j + 1, min(len(doc), j + most + 2)):
        if doc[k].text == closing:
            return k if k > j + 1 else None
        if doc[k].is_punct:
            return None
    return None


def _past_kind(doc: Doc, j: int) -> int:
    """Past a bare complement saying a body's kind that starts at token ``j``, when a
    capitalised word follows it (« de presse | Nordpress », « d'extrême gauche | La Voie »):
    « de » and one to three small nouns or adjectives, no article (« de la Santé » is a
    complement, not a kind); else ``j``."""
    if j >= len(doc) or doc[j].lower_ not in DE:
        return j
    k = j + 1
    while k < len(doc) and k - j <= 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k += 1
    return k if k > j + 1 and k < len(doc) and capitalised(doc[k].text) else j


def _named_so(orgs: dict[str, list[tuple[int, str]]], head: Token) -> str | None:
    """The own name of the last body the article named before ``head`` with the same noun
    (« le syndicat Unia », then « le syndicat »), or None."""
    doc = head.doc
    for at, _ in reversed(orgs.get(singular(head.text), [])):
        tok = doc.char_span(at, at + 1, alignment_mode="expand")
        if at < head.idx and tok is not None and (own := own_name(tok[0])) is not None:
            return own
    return None


def _in_its_words(ent: Span, head: Token, own: str) -> bool:
    """Is the entity a noun's complement in the words the mention says, its own sentence before
    the verb it is the inverted subject of, when the mention names its body with words of its
    own (« Les vaccins de Vaxora « sont prêts », a indiqué l'agence régionale de santé de
    Savoie »)? The subject of a clause there is the body acting (« L'Insee a publié ses chiffres
    et « … », a indiqué l'institut de statistique »: the Insee), and a bare « a indiqué
    l'institut » may still stand for the body its words name."""
    verb = head.head
    return not _bare(head, own) and head.dep_.startswith("nsubj") and verb.i < head.i and (
        head.sent.start <= ent.start and ent.end <= verb.i) and ent.root.dep_ == "nmod"


def _named_again(ent: Span, own: str) -> bool:
    """Do the mention's own words after its noun name the entity again (« l'organisation du
    prix Nobel » after a heading « PRIX NOBEL »): the complement's thing, not the body?"""
    return f" {fold(ent.text)} " in f" {' '.join(fold(own).split()[1:])} "


def _addressee(ent: Span, head: Token) -> bool:
    """Is the entity whom the words of ``head``'s sentence were given to: the « à … » of a
    verb of saying in it (« a indiqué à Radio Vernac l'agence », ``org_acting.addressee_of``)?
    Not one a visit was paid to (« a rendu visite à l'Insee »), nor one written to in another
    sentence by a body of another kind, who may be the one answering (« Le Medef a écrit à la
    CGT. « … », a répondu l'organisation »)."""
    doc = ent.doc
    apart = any(t.text in ".!?" for t in doc[ent.end : head.i])  # the parse may cut « … à X |
    # l'agence »; across a sentence end, only when the sentence names after X a body of the
    # mention's kind, the one that spoke (« a précisé à Radio Vernac l'agence … « … », a ajouté
    # l'agence »)
    return any((whom := addressee_of(verb)) is not None
               and whom.left_edge.i <= ent.start <= whom.right_edge.i
               and (not apart or fold(head.text) in _to_sentence_end(doc, ent.end))
               for verb in ent[0].ancestors)


def _to_sentence_end(doc: Doc, start: int) -> set[str]:
    """The words, folded, from token ``start`` to the next sentence end (« . », « ! », « ? »:
    the parse's sentences may cut a verb from its inverted subject)."""
    words = set()
    for tok in doc[start:]:
        if tok.text in ".!?":
            break
        words.add(fold(tok.text))
    return words


def _paragraph_start(head: Token) -> int:
    """Character offset where the paragraph of ``head``'s sentence starts (after the last line
    break before the sentence)."""
    doc = head.doc
    return doc.text.rfind("\n", 0, head.sent.start_char) + 1


def _bare(head: Token, own: str) -> bool:
    """Is this noun said (``own``: its ``org_phrase``) with adjectives at most (« l'institut
    météorologique »), no name or complement of its own (« l'agence régionale de santé »)?"""
    said = own.split()
    return head.is_lower and all(w.islower() and w not in NAME_LINKS for w in said[1:]) and (
        len(said) <= 3)


def _fuller(orgs: dict[str, list[tuple[int, str]]], head: Token, own: str) -> bool:
    """Does the article name a body of this noun more fully than the mention (``own``: its
    ``org_phrase``), as « l'agence régionale de santé », then « l'agence »?"""
    return any(len(n) > len(own) for _, n in orgs.get(singular(head.text), []))


def _acting(ent: Span) -> bool:
    """Is this entity, not a person, the subject of a verb (its root tagged so, or a verb
    right after it: « Météo-Machin a levé … » parsed as a complement) or its agent?"""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return ent.label_ in ("LOC", "MISC") and (
        ent.root.dep_ in ("nsubj", "obl:agent")
        or (after is not None and after.pos_ in ("AUX", "VERB") and "Fin" in after.morph.get(
            "VerbForm", [])))


def alias_of(orgs: dict[str, list[tuple[int, str]]], phrase: str) -> str | None:
    """The body a text named before under another name: "le ministère public" after "le
    parquet de Nanterre" (lexicon/org_aliases.tsv)."""
    head = folded_table("org_aliases").get(fold(phrase))
    return (_longest(orgs, singular(head)) or None) if head else None


def name_article(doc: Doc, i: int) -> bool:
    """Is token ``i`` a capitalised article that opens a name, not its sentence (« selon Les
    Verts », « Dès lundi, La Voie Neuve a dit »): a capitalised word after it, the recogniser's
    body or work starting at it, and before it no stop, colon, opening mark or line?"""
    if not (doc[i].pos_ == "DET" and fold(doc[i].text) in DEFINITE and capitalised(doc[i].text)
            and i + 1 < len(doc) and capitalised(doc[i + 1].text)):
        return False
    # the recogniser's name of a body or a work must start at it: « Selon Le Phare de Lens »,
    # a place to it, keeps the name the article gives first, with no article
    if doc[i].ent_iob_ != "B" or doc[i].ent_type_ not in ("ORG", "MISC"):
        return False
    # the text, not the parser's sentences: it cuts some before « La » (« …, le parti de
    # droite | La Voie Neuve a dit »)
    before = text_of(doc)[: doc[i].idx].rstrip(" \t\u00a0")
    return bool(before) and before[-1] not in ".!?:«“\"\n"


def plural_name(ent: Span) -> str | None:
    """« exclu des Bâtisseurs », « la motion des Verts »: a body's name that is a capitalised
    plural after « des » or « aux » (« de » or « à » and « les »), inside the recogniser's name
    or before it, starts with its article, as the project writes it (« Les Bâtisseurs », like
    « Les Échos du Rhône »); None for a place (« des Pays-Bas ») or a name with a lower-case
    word (« des Nations unies »). A day the recogniser ran into the name is left out (« des
    Verts mardi »)."""
    doc, lo, hi = ent.doc, ent.start, ent.end
    if ent.label_ != "ORG":
        return None
    if ent[0].lower_ in _WITH_LES and len(ent) > 1:
        lo += 1  # « des Verts », the recogniser's
    elif lo == 0 or doc[lo - 1].lower_ not in _WITH_LES:
        return None
    while hi - lo > 1 and is_time_word(doc[hi - 1].text):
        hi -= 1
    name = doc[lo:hi]
    if not all(capitalised(t.text) for t in name) or "Plur" not in name[0].morph.get("Number", []):
        return None
    return f"Les {name.text}"


_WITH_LES = ("des", "aux")  # « de les », « à les »


def without_article(name: str) -> str:
    """"l'Otan" -> "Otan": the elided article only."""
    for det in ELIDED_ARTICLE:
        if name.startswith(det):
            return name[len(det) :]
    return name


def org_phrase(head: Token, reach: int) -> str:
    """"tribunal judiciaire de Paris": the organisation noun and what names it on its right
    (adjectives, names, complements after « de », « du », « la »…), with the number that ends
    a name in capitals (« le SDIS 31 »), ``reach`` words at most after the noun
    (``Settings.body_name_reach_words``). After « et », a name or a complement with « de »,
    « du » or « des » again stays in it when its noun is capitalised as the first complement's
    is (``_alike``: « de l'Intérieur et de la Justice », « syndicats CGT et FO »), not one
    written otherwise (« de la Santé et des dizaines de médecins »: a second subject) nor after
    a determiner alone (« et la fédération »: another body)."""
    doc = head.doc
    end = head.i + 1
    j = end
    while j < len(doc) and j - head.i <= reach:
        t = doc[j]
        # "Seine-Maritime" comes cut in three by the tokenizer
        linked = doc[j - 1].lower_ in NAME_LINKS or doc[j - 1].text == "-"
        if t.is_punct and doc[j - 1].whitespace_:
            break  # « le tribunal – qui a précisé … »: a dash set apart opens an aside
        if t.pos_ in ("ADJ", "PROPN") or (t.pos_ == "NOUN" and linked) or (
                j == end and numbered(doc, j)):
            j += 1
            end = j
        elif t.lower_ == "et" and end > head.i + 1 and j + 1 < len(doc) and (
                doc[j + 1].pos_ in ("NOUN", "PROPN") or doc[j + 1].lower_ in DE_CONTRACTED) and (
                _alike(doc[head.i + 1 : end], doc[j + 1 : j + 4])):
            # "dirigeants de l'OTAN et du G7", « syndicats CGT et FO »; « et la fédération »:
            # another body
            j += 1
        elif t.lower_ in NAME_LINKS and j + 1 < len(doc) and not next_phrase(doc, j) and (
                not partitive_subject(doc, j)) and not dated(doc, j) and (
                doc[j + 1].pos_ in ("NOUN", "PROPN", "DET") or doc[j + 1].lower_ in NAME_LINKS):
            # not « la préfecture | les crues »: an article with no « de » opens another; nor
            # « la préfecture | des crues sont possibles »: a partitive opening the clause;
            # nor a date (« la commission | de novembre 2019 »: when it sat)
            j += 1
        else:
            break
    return text_of(doc)[head.idx : doc[end - 1].idx + len(doc[end - 1].text)]


def _alike(name: Span, after: Span) -> bool:
    """Is the noun of the words ``after`` « et » (past « de », « la »…) capitalised as the first
    complement's noun of ``name`` is (past its adjectives, or its first word after « de »,
    « du »…): « des Sports et de la Vie associative », « de la Drôme et de l'Ardèche », « CGT et
    FO » are one name; « de la Santé et des dizaines de médecins » two subjects?"""
    linked = [t for k, t in enumerate(name) if k and name[k - 1].lower_ in NAME_LINKS
              and t.lower_ not in NAME_LINKS]
    first = linked[0] if linked else next(
        (t for t in name if t.pos_ != "ADJ" and t.lower_ not in NAME_LINKS), None)
    noun = next((t for t in after if t.lower_ not in NAME_LINKS), None)
    return first is not None and noun is not None and (
        capitalised(first.text) == capitalised(noun.text))


def numbered(doc: Doc, j: int) -> bool:
    """Is token ``j``, right after a body's name, a number that belongs to the name: digits
    after a word in capitals (« le SDIS 31 », « la DDT 12 »), no word counted after them
    (« la CGT 24 heures plus tard »)?"""
    if j >= len(doc) or not doc[j].text.isdigit() or not in_capitals(doc[j - 1].text):
        return False
    return j + 1 >= len(doc) or doc[j + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
