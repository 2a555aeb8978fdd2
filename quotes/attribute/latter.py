"""« Ce dernier », « cette dernière », « ces derniers »: who was named last before the words.

The antecedent is the nearest earlier mention, outside quotation marks, of someone who can
speak and agrees in gender and number: a person of the cast (by a name or a role beside it),
for the plural several names joined by commas and « et », or a noun phrase of a person, a body
or a group ("le maire", "le tribunal", "les syndicats"). What does not agree is passed over ("a
reçu la députée Lise Caron. Ce dernier …" is the man before her); a day, a place or a file is
no one ("a rencontré Jean Tissot lundi à Paris. Ce dernier …" is Jean Tissot). The speaker of
a quote in between counts only where the text names them: « il » is not a mention. Nothing
that agrees within reach: no antecedent, never a guess.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.attribute.cast import Person, Registry
from quotes.attribute.descriptions import of_a_person, person_word
from quotes.attribute.noun_kinds import of_people, thing_by_vector
from quotes.attribute.roles import article_gender, gender_of
from quotes.detect.speaker_phrases import is_latter
from quotes.lexicon import cached, fold, folded, is_org_noun, words, written_singular
from quotes.lexicon.grammar import DE, DE_CONTRACTED, INDEFINITE, PERSON_NOUNS, SOURCE_NOUNS, A
from quotes.lexicon.periphrases import occupied
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import text_of

Place = tuple[int, int]  # character offsets of the words naming the antecedent
# tokens from an occupant's noun to the seat's last word: « locataire de la Maison - Blanche »
_SEAT_REACH = 7
# where a noun that describes a person ("le prévenu", "l'habitante") is a participant, not a
# circumstance ("dans son quartier", "en janvier")
_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "appos"})
# a preposition and an article in one word (« des putschistes », « au maire »): the determiner
_FUSED = (DE_CONTRACTED - DE) | (A - {"à"})


def antecedent(
    registry: Registry, start: int, gender: str | None, number: str, limit: int
) -> Person | Place | None:
    """The person, or the words of the group or description, that « ce dernier » at ``start``
    stands for: the nearest before it, within ``limit`` characters, that agrees."""
    doc = registry.doc
    names = [(pos, registry.ends.get(pos, pos), p) for pos, p in registry.mentions]
    beside = [(lo, hi, p) for p in registry.people for _, lo, hi in p.roles]
    seen: set[Person] = set()
    climbed: set[int] = set()  # nouns already read as part of a phrase
    marked = names + beside
    for tok in reversed(doc[: _index(registry, start)]):
        if tok.idx < start - limit:
            break
        if not registry.outside(tok.idx) or is_latter(tok) or tok.i in climbed:
            continue
        # « au maître du Kremlin. Ce dernier »: the one given the office sitting there
        seated = _occupied(tok) if number == "s" else None
        holder = None if seated is None else registry.office_holder(
            seated[1], seated[0], set(), gender, seated=True)
        if holder is not None:
            return holder
        held = next(((lo, p) for lo, hi, p in marked if lo <= tok.idx < hi), None)
        if held is not None:
            at, person = held
            if person in seen or _thing_named(tok):
                continue
            seen.add(person)
            if number == "s" and _agrees(gender, person.gender):
                return person
            group = _group(registry, names, at) if number == "p" else None
            if group is not None and _agrees(gender, _group_gender(registry, names, group)):
                return group
            continue
        if not _speaks(tok):
            continue
        head = _climb(tok)  # "le ministre de l'Intérieur": the minister, not the ministry
        head = _described(head) or head
        climbed.update(t.i for t in head.subtree)
        plural = "Plur" in head.morph.get("Number", [])
        if (number == "p") == plural and _agrees(gender, determined_gender(head)):
            place = _phrase(head, start)
            named = _apposed_to(registry, names, place[0], head) if number == "s" else None
            return named if named is not None else place  # « Léa Caron, un témoin »: hers
    return None


def _apposed_to(
    registry: Registry, names: list[tuple[int, int, Person]], lo: int, head: Token
) -> Person | None:
    """The person whose name the description starting at ``lo`` is set off after by a
    comma and on whose name the parse hangs its head ``head`` (« Paul Roux, un habitant du
    bourg. Ce dernier »: the apposition): that person, the description saying who he is. A
    comma alone is not enough: « Quand la police a interrogé Paul Roux, un témoin est
    arrivé » (the subject of its own clause) stays the description."""
    text = text_of(registry.doc)
    before = text[:lo].rstrip()
    if not before.endswith(","):
        return None
    end = len(before[:-1].rstrip())
    return next((p for at, hi, p in names if hi == end and at <= head.head.idx < hi), None)


def _described(head: Token) -> Token | None:
    """The noun of a person before it that the description ``head`` is the apposition of,
    the parse hanging it there or on a name that noun governs: « Le maire de Vernac, un
    agriculteur », « Le président de Lorient, un homme discret » are the mayor, the president
    (their words: the role), never « Vernac » nor an anonymous « un agriculteur »."""
    if head.dep_ != "appos" or head.head.i > head.i:
        return None
    anchor = _climb(head.head)
    return anchor if anchor.pos_ == "NOUN" and _speaks(anchor) else None


def _climb(tok: Token) -> Token:
    """The noun of a person that ``tok`` completes, climbing complements up (« le ministre de
    l'Intérieur »: « ministre »), or ``tok``."""
    while tok.dep_ == "nmod" and tok.head.i < tok.i and _speaks(tok.head):
        tok = tok.head
    return tok


def _thing_named(tok: Token) -> bool:
    """Is ``tok`` a name a thing's noun describes right after it (« Korrigan, un chalutier de
    vingt mètres »: a ship the recogniser may read as a person's name)?"""
    doc = tok.doc
    return tok.i + 3 < len(doc) and doc[tok.i + 1].text == "," and (
        doc[tok.i + 2].lower_ in INDEFINITE and doc[tok.i + 3].pos_ == "NOUN"
        and thing_by_vector(doc[tok.i + 3]))


def _occupied(tok: Token) -> tuple[int, str] | None:
    """Where the description of a seat's occupant ending at ``tok`` starts (« le maître du
    Kremlin », « la locataire de la Maison-Blanche »: lexicon/seat_offices.tsv), and the
    office it names (``occupied``): the one who sits there is the person, not the seat."""
    doc = tok.doc
    for k in range(tok.i - 2, max(tok.i - _SEAT_REACH, -1), -1):
        if (office := occupied(doc[k : tok.i + 1].text)) is not None:
            return doc[k].idx, office
    return None


def _index(registry: Registry, start: int) -> int:
    """The index of the first token at or after ``start``."""
    return next((t.i for t in registry.doc if t.idx >= start), len(registry.doc))


def _agrees(gender: str | None, theirs: str | None) -> bool:
    return gender is None or theirs is None or gender == theirs


def _speaks(tok: Token) -> bool:
    """Can the noun ``tok`` heads speak: a role, a relative, a source; a body or a noun of a
    person only as a participant of its clause ("a saisi le tribunal", "a entendu le
    prévenu"), not as a place or a time ("dans son bureau", "à l'hôpital")."""
    if tok.pos_ != "NOUN":
        return False
    if (
        is_role_noun(tok.text)
        or fold(tok.text) in folded("kin_nouns")
        or tok.lower_ in PERSON_NOUNS or tok.lower_ in SOURCE_NOUNS
    ):
        return True
    # « pris en charge », « en qualité de »: a noun with no determiner is no participant
    if not any(c.dep_ == "det" or c.lower_ in _FUSED for c in tok.children):
        return False
    # « les communiqués des putschistes », « sous la surveillance de la police »: the complement
    # of a noun is the author or the agent of what it names
    if tok.dep_ not in _ARGUMENTS and not _complement(tok):
        return False
    # « qui tient un café »: an agent's ending on a thing's noun is no one
    return is_org_noun(tok.text) or (_person_noun(tok) and not thing_by_vector(tok))


@cached
def _where() -> frozenset[str]:
    """The prepositions of a place (lexicon/where_prepositions.txt, with « à », « au »,
    « aux »): the noun after them is where, not who."""
    return A | words("where_prepositions")


def _case(tok: Token) -> str | None:
    """The preposition that opens the phrase ``tok`` heads, in lower case, if any."""
    return next((c.lower_ for c in tok.children if c.dep_ == "case" and c.i < tok.i), None)


def _complement(tok: Token) -> bool:
    """Is ``tok`` a noun's complement after « de » (« le rapport de la mairie », « les
    communiqués des putschistes ») whose noun is itself a participant of its clause, never a
    name (« Claire Morin à la mairie ») nor a place (« au siège du parti », « dans la cour de
    l'école »)?"""
    head = tok.head
    return tok.dep_ == "nmod" and head.i < tok.i and _case(tok) in DE_CONTRACTED and (
        head.pos_ == "NOUN" and head.dep_ in _ARGUMENTS and _case(head) not in _where())


def _person_noun(tok: Token) -> bool:
    """A noun of a person by the word lists, in the plural too (« les putschistes », « les
    manifestants »: the singular's ending); not ``noun_kinds.of_people``, a plural of a group
    that speaks as one, by the lists or the word's vector (``fused_people``)."""
    if "Plur" not in tok.morph.get("Number", []):
        return of_a_person(tok)
    return person_word(written_singular(tok.text))


def determined_gender(head: Token) -> str | None:
    """The gender its determiner shows ("la ministre", which the tagger may read as
    masculine), else the noun's own."""
    det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
    return (article_gender(det.lower_) if det is not None else None) or gender_of(head)


def _phrase(head: Token, start: int) -> Place:
    """The words of the noun phrase ``head`` heads, cut before ``start`` and before a relative
    clause or a comma after the head."""
    doc = head.doc
    lo = min(t.i for t in head.subtree if t.i <= head.i)
    hi = head.i + 1
    for t in doc[head.i + 1 :]:
        if t.idx >= start or t.is_punct or t not in head.subtree or t.dep_ == "acl:relcl":
            break
        hi = t.i + 1
    while lo < head.i and doc[lo].is_punct:
        lo += 1
    # « de la police », « des putschistes », « aux enseignants »: the preposition of a noun's
    # complement or of a person's is not the phrase's; a place's stays (« dans la cour de
    # l'école », « à la préfecture »), and classify reads no one there
    if lo < head.i and doc[lo].dep_ == "case" and (
        _complement(head) or _case(head) not in _where() or _person_noun(head)
    ):
        lo += 1
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def fused_people(doc: Doc, place: Place) -> bool:
    """Are the words at ``place`` a plural noun of people whose article the preposition before
    it holds (« les communiqués des| putschistes »): « les putschistes », a group that speaks
    as one, not the bare noun nor the indefinite « des »?"""
    span = doc.char_span(*place)
    if span is None or len(span) != 1 or span.start == 0:
        return False
    noun, article = span[0], doc[span.start - 1]
    return article.dep_ == "case" and article.lower_ in _FUSED and noun.pos_ == "NOUN" and (
        "Plur" in noun.morph.get("Number", [])) and of_people(noun)


def _group(
    registry: Registry, names: list[tuple[int, int, Person]], at: int
) -> Place | None:
    """Names joined by commas and « et » that end with the one at ``at``: "Paul Morel,
    Marc Dumas et Jean Tissot"."""
    text = text_of(registry.doc)
    ordered = sorted(names)
    k = next((i for i, (lo, _, _) in enumerate(ordered) if lo == at), None)
    if k is None:
        return None
    first = k
    while first > 0 and text[ordered[first - 1][1] : ordered[first][0]].strip() in (
        ",", "et", ", et"
    ):
        first -= 1
    return (ordered[first][0], ordered[k][1]) if first < k else None


def _group_gender(
    registry: Registry, names: list[tuple[int, int, Person]], place: Place
) -> str | None:
    """Women only: "f"; a man among them: "m"; else unknown."""
    genders = {p.gender for lo, _, p in names if place[0] <= lo < place[1]}
    if "m" in genders:
        return "m"
    return "f" if genders == {"f"} else None
