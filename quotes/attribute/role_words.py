"""The words of a role as roles are compared: its role nouns (« heads »), the content words
beside them (« stems »), the heads a kind noun covers (« l'élu »: « maire », « député » …), an
acronym against the words it stands for.
"""

from __future__ import annotations

from quotes.lexicon import bounded, cached, capitalised, fold, folded, in_capitals, singular, table
from quotes.lexicon.grammar import DE_BARE, FORMER, NAME_LINKS, A
from quotes.lexicon.roles import gender_endings, is_role_noun, role_kinds, role_prefix


def stems(text: str) -> set[str]:
    """Content words of a role, role nouns and function words left out, cut to five letters."""
    return {fold(w)[:5] for w in _content_words(text)}


def party_form(word: str) -> str:
    """A word as a party's name is compared: folded, in the masculine singular, without its
    final « e » (« radicaux », « radicale »: « radical »; « conservatrice »: « conservateur »;
    « vertes »: « vert »)."""
    w = singular(word)
    w = w[:-3] + "al" if w.endswith("aux") else w
    for fem, masc in gender_endings():
        if w.endswith(fem):
            w = w[: -len(fem)] + masc
            break
    return w.removesuffix("e")


@cached
def party_adjectives() -> frozenset[str]:
    """lexicon/party_adjectives.txt, each in its ``party_form``: « socialiste »."""
    return frozenset(party_form(w) for w in folded("party_adjectives"))


def word_forms(text: str) -> set[str]:
    """Content words of a role, role nouns and function words left out, each whole in its
    ``party_form`` (« communauté » is not « communiste », « radicaux » is « radical »)."""
    return {party_form(w) for w in _content_words(text)}


def shared_words(a: str, b: str) -> int:
    """How many content words of role ``a`` stand in role ``b``: whole, in their
    ``party_form`` (« communauté » is not « communiste »), or a country and its adjective by
    their first five letters (lexicon/nationalities.txt: « Norvège », « norvégien »)."""
    theirs = [(party_form(v), v) for v in _content_words(b)]  # each word's form read once
    ours = {(party_form(w), w) for w in _content_words(a)}
    return len({form for form, w in ours
                if any(form == their_form or _country_pair(w, v) for their_form, v in theirs)})


def _country_pair(a: str, b: str) -> bool:
    """Are the words a country and its adjective, by their first five letters
    (lexicon/nationalities.txt: « Norvège », « norvégien »)?"""
    known = folded("nationalities")
    return fold(a)[:5] == fold(b)[:5] and any(singular(w) in known for w in (a, b))


def heads(text: str) -> set[str]:
    """Role nouns of a role, cut to five letters; "ex-ministre" is a "ministre" of before, a
    "sapeur-pompier" a "pompier", a "médecin-urgentiste" both a "médecin" and an "urgentiste"."""
    return {_cut(n) for n in head_nouns(text)}


def own_heads(text: str) -> set[str]:
    """``heads`` of the role nouns before the role's first complement (« de », « du », « des »,
    « au », « aux », « à »): « porte-parole des pompiers » is a porte-parole, the pompiers the
    body they speak for; « adjoint au maire » is no maire."""
    words = words_of(text)
    end = next((i for i, w in enumerate(words) if i and fold(w) in _COMPLEMENT_LINKS), len(words))
    return heads(" ".join(words[:end]))


_COMPLEMENT_LINKS = DE_BARE | {fold(w) for w in A}  # folded: « d' » is « d », « à » is « a »


def head_nouns(text: str) -> set[str]:
    """Role nouns of a role, whole, folded and without « ex- » (``heads`` before the cut)."""
    found = set()
    for w in words_of(text):
        nouns = [w] if is_role_noun(w) else [p for p in w.split("-") if is_role_noun(p)]
        found |= {fold(n).removeprefix("ex-") for n in nouns}
    return found


def head_key(noun: str) -> str:
    """A role noun as ``heads`` compares it: folded, without « ex- », cut to five letters."""
    return _cut(fold(noun).removeprefix("ex-"))


def _cut(noun: str) -> str:
    """A folded role noun cut to five letters past a prefix of role_prefixes.txt: the
    « vice-procureure » is a « vice-procu », no « vice-présidente » (« vice- »)."""
    prefix, rest = role_prefix(noun)
    return f"{prefix}-{rest[:5]}" if prefix else noun[:5]


def kind_heads(text: str) -> set[str] | None:
    """The heads of a role with those its kind nouns cover ("l'élu": "maire", "député", …;
    lexicon/role_kinds.tsv); None when a noun of it covers any role ("le responsable")."""
    own = heads(text)
    for w in words_of(text):
        covered = role_kinds().get(fold(w), frozenset())
        if "*" in covered:
            return None
        own |= {head_key(c) for c in covered}
    return own


def kin_heads(text: str) -> set[str]:
    """The heads of a role with those its kind nouns cover and those of the nouns one kind
    covers with it (lexicon/role_kinds.tsv: « le bourgmestre » with the « maire », both an
    « édile »); none when a noun of it covers any role."""
    own = kind_heads(text)
    if not own:
        return set()
    mine = heads(text)
    for covered in role_kinds().values():
        keys = {head_key(c) for c in covered if c != "*"}
        if keys & mine:
            own |= keys
    return own


def kinds_of(text: str) -> set[str]:
    """The heads of the kind nouns that cover a role noun of a bare description (« le
    réalisateur » is a « cinéaste », « la procureure » a « magistrate »), read the other way
    round from ``kind_heads``: a person the article gives the kind noun may be the one the
    description names. Only the pairs of lexicon/kind_members.tsv, whose every holder is of the
    kind (a « capitaine » may be no « joueur »), and none for a description saying more than its
    noun (« le capitaine des Verts », « le conseiller du ministre »: only a role of its own noun
    confirms the complement)."""
    if stems(text) or len(head_nouns(text)) > 1:
        return set()
    covering = _covering()
    return {kind for h in heads(text) for kind in covering.get(h, ())}


def covers(kind: str, noun: str) -> bool:
    """Is the role noun ``kind`` (either number) a kind noun whose every holder the noun ``noun``
    is one of (lexicon/kind_members.tsv: « magistrates » over « juges »)? A group described
    by both (« les deux juges … », « les magistrates ») is one group."""
    return head_key(singular(kind)) in _covering().get(head_key(singular(noun)), ())


@cached
def _covering() -> dict[str, frozenset[str]]:
    """lexicon/kind_members.tsv read the other way: a covered noun's head -> the heads of the
    kind nouns covering it."""
    found: dict[str, set[str]] = {}
    for kind, covered in table("kind_members"):
        for c in covered.split():
            found.setdefault(head_key(c), set()).add(head_key(kind))
    return {h: frozenset(kinds) for h, kinds in found.items()}


def joint(description: str, role: str) -> bool:
    """Is one of the two a second role held beside the other, both covered by one kind noun
    (lexicon/joint_roles.tsv: « la défenseure » and the « capitaine de l'équipe »)? Only a
    second role of a team is (``_of_team``): the « capitaine du chalutier » plays no position."""
    own, theirs = heads(description), heads(role)
    for covered, second in _joint_pairs():
        if (own & second and theirs & covered and _of_team(description, second)) or (
                theirs & second and own & covered and _of_team(role, second)):
            return True
    return False


@cached
def _joint_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """lexicon/joint_roles.tsv as head keys: (the roles a kind noun covers, the second roles)."""
    return tuple((frozenset(head_key(c) for c in role_kinds().get(fold(kind), ())),
                  frozenset(head_key(c) for c in beside.split()))
                 for kind, beside in table("joint_roles"))


def _of_team(text: str, second: frozenset[str]) -> bool:
    """Does the complement of the role noun of ``second`` in ``text`` name a team: a noun of
    lexicon/team_nouns.txt (« capitaine de l'équipe ») or a name (« capitaine des Bleues »,
    « du FC Vernay »), not a bare title nor a crew or a unit (« capitaine des pompiers »)?"""
    words = words_of(text)
    for i, w in enumerate(words):
        if is_role_noun(w) and head_key(w) in second:
            rest = [v for v in words[i + 1 : i + 4] if fold(v) not in _ARTICLES]
            if rest and fold(words[i + 1]) in _ARTICLES:
                return fold(rest[0]) in folded("team_nouns") or capitalised(rest[0])
    return False


_ARTICLES = frozenset({"de", "du", "des", "d", "la", "l", "les"})  # « de l'équipe », « des Bleues »


def served(role: str) -> set[str]:
    """The heads of the function kinds whose body the role's officer noun heads (« secrétaire
    général de la CGT-Cheminots »: « syndicaliste »; lexicon/function_bodies.tsv)."""
    found = served_body(role)
    return {head_key(found[0])} if found else set()


def serves(description: str, role: str) -> bool:
    """Does a description whose noun is a function kind (« le syndicaliste ») name one the
    role makes an officer of a body of that kind: any such body for the bare noun, the body
    it names otherwise (« le syndicaliste de FO » is no « secrétaire général de la CGT »)?"""
    kind = body_of(description)
    if kind is None or (found := served_body(role)) is None:
        return False
    return found[0] == kind[0] and kind[1] in (None, found[1])


@bounded(4096)
def served_body(role: str) -> tuple[str, str] | None:
    """(kind noun, body name folded) when the role's first role noun is an officer noun of the
    kind and the body's name is its complement: right after it, or after its words of no capital
    (« secrétaire général de la CGT », « délégué CFDT »); none for a past role (« ancien »,
    « ex- »), a noun of no officer (« avocat de la CGT ») or a link that names a counterpart
    (« avec », « face à »): lexicon/function_bodies.tsv."""
    ws = _bare_words(role)
    if any(former(w) for w in ws):
        return None
    at = next((i for i, w in enumerate(ws) if is_role_noun(w)), None)
    if at is None:
        return None
    for noun, officers, _ in _function_kinds():
        if fold(ws[at]) not in officers:
            continue
        for i in range(at + 1, len(ws)):
            if fold(ws[i]) in _COUNTERPART:
                return None
            if ws[i][:1].isupper():
                body = body_named(ws[i:], noun)
                return (noun, body) if body else None
    return None


def body_named(ws: list[str], noun: str) -> str | None:
    """The body of the ``noun``'s kind that capitalised words starting ``ws`` name, folded:
    a name as listed, one of two words (« Force ouvrière »), a part of a hyphenated name before
    or after its hyphen (« CGT-Cheminots », « SNES-FSU »), or a listed prefix (« SUD- »)."""
    names = next((b for n, _, b in _function_kinds() if n == noun), frozenset())
    for i, w in enumerate(ws):
        if not w[:1].isupper():
            return None
        parts = w.split("-")
        tried = [w, *([f"{w} {ws[i + 1]}"] if i + 1 < len(ws) else []), parts[0], parts[-1]]
        tried += [parts[0] + "-"] if len(parts) > 1 else []
        found = next((fold(t) for t in tried if fold(t) in names), None)
        if found:
            return found
    return None


@bounded(4096)
def body_of(description: str) -> tuple[str, str | None] | None:
    """(kind noun, body folded or None) of a description whose noun is a function kind of
    lexicon/function_bodies.tsv: None for the body of a bare one (« le syndicaliste »), the body
    it names (« le syndicaliste de la CGT »); None for the whole when it says anything else
    (« le syndicaliste belge »)."""
    ws = _bare_words(description)
    kinds = {n for n, _, _ in _function_kinds()}
    at = next((i for i, w in enumerate(ws) if fold(w) in kinds), None)
    if at is None:
        return None
    noun, rest = fold(ws[at]), [w for w in ws[at + 1 :] if w]
    if not rest:
        return noun, None
    named = [w for w in rest if fold(w) not in NAME_LINKS | {"l", "d"}]
    body = body_named(named, noun)
    said = body is not None and all(w[:1].isupper() or fold(w) in body.split() for w in named)
    return (noun, body) if said else None


def _bare_words(text: str) -> list[str]:
    """The words of ``text`` without the punctuation around them."""
    return [w.strip(",.;:()«»") for w in words_of(text)]


def former(word: str) -> bool:
    """Does ``word`` say a role is over (« ancien », « anciennes », « ex-ministre »)?"""
    low = fold(word)
    return low in _FORMER or low.startswith("ex-")


_FORMER = FORMER | {"anciens", "anciennes"}
_COUNTERPART = frozenset({"avec", "face", "contre", "aupres", "chez", "pour", "sans"})


@cached
def officer_heads() -> frozenset[str]:
    """The officer nouns of lexicon/function_bodies.tsv as ``heads`` keys (« président »,
    « secrétaire »): nouns whose kind the body they serve says (« président de la CFDT »: a
    syndicaliste; « président de la 12e chambre »: a magistrat), not the noun alone."""
    return frozenset(head_key(o) for _, officers, _ in _function_kinds() for o in officers)


@cached
def _function_kinds() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """lexicon/function_bodies.tsv: a kind noun, its officer nouns, the names of its bodies
    (all folded)."""
    return tuple(
        (fold(noun), frozenset(fold(o) for o in officers.split(", ")),
         frozenset(fold(b) for b in bodies.split(", ")))
        for noun, officers, bodies in table("function_bodies")
    )


def words_of(text: str) -> list[str]:
    """The words of a text, split at apostrophes too ("l'élu": "l", "élu")."""
    return text.replace("’", " ").replace("'", " ").split()


def words_after(role: str) -> list[str]:
    """The words of a role after its first role noun (« président du club de rugby »: du,
    club, de, rugby)."""
    words = words_of(role)
    first = next((i for i, w in enumerate(words) if head_nouns(w)), len(words))
    return words[first + 1 :]


def _content_words(text: str) -> list[str]:
    """The words of a role, as written, that are neither role nouns nor function words."""
    return [w for w in words_of(text)
            if len(w) > 2 and fold(w) not in NAME_LINKS and not is_role_noun(w)]


def acronym_match(a: str, b: str) -> int:
    """ "président de la FFF" and "président de la Fédération française de football"."""

    def initials(text: str) -> str:
        return "".join(w[0] for w in _content_words(text)).upper()

    caps = {w for w in (a + " " + b).split() if in_capitals(w)}
    return int(any(c in (initials(a), initials(b)) for c in caps))


def names_place(text: str) -> bool:
    """Does a role name its body or place ("présidente du FN", "préfet du Var"), rather than
    leave it to the context ("présidente du parti", "préfet")? A capitalised word after the
    first says so."""
    words = words_of(text)[1:]
    return any(capitalised(w) for w in words)


def founding(role: str) -> bool:
    """Is the role only what the person once did ("le cofondateur du parti"), which says
    nothing of the office they hold now (lexicon/founding_roles.txt)?"""
    return _all_heads_in(role, "founding_roles")


def schooling(role: str) -> bool:
    """Is the role a pupil's or a student's standing (« étudiant de HEC »,
    lexicon/schooling_nouns.txt), held beside other functions?"""
    return _all_heads_in(role, "schooling_nouns")


def _all_heads_in(role: str, name: str) -> bool:
    """Are the role's heads all heads of the word list ``name``?"""
    own = heads(role)
    return bool(own) and own <= _list_heads(name)


@cached
def _list_heads(name: str) -> frozenset[str]:
    """The heads of a word list's entries, cut by ``head_key``."""
    return frozenset(head_key(w) for w in folded(name))
