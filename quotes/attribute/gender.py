"""What the words around a name say of the person's gender.

A title right before the name or as its first word ("Mme Le Pen", "M. Dupuis"), and the
agreement of a participle or adjective the name is the subject of, with être ("Marine Le Pen
s'est dite ravie", "X est arrivée"; with avoir a participle never agrees with its subject), of
the attribute after « se dire » (« s'est dit prête »), of one set after the name by a comma or
opening the clause right before it (« Encore émue, X »), or a noun of a sex apposed to it or
set before it (« sa mère Anne »). A role noun's gender is read in ``roles`` when the lexicon
has both its forms, else from an agent noun's ending (``ending_gender``: « trésorière »,
« trésorier »); a first name's in ``names``. An unnamed person's mention says a woman by its
feminine form only (``unnamed_gender``): French uses the masculine for anyone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.ellipsis import left_out, them
from quotes.attribute.one_of import one_of_mention
from quotes.attribute.relations import kin_gender
from quotes.attribute.role_words import words_of
from quotes.attribute.roles import article_gender, gender_of, noun_gender
from quotes.lexicon import agent_lookalike, cached, endings, fold, folded, is_org_noun, noun_genders
from quotes.lexicon.grammar import (
    DE_CONTRACTED,
    ELIDED_ARTICLE,
    FEMALE_TITLES,
    FEMININE_ADJ_ENDINGS,
    FEMININE_ARTICLES,
    FEMININE_PERSON_ENDINGS,
    MALE_TITLES,
    PASSIVE_AUX,
    UNAGREED_PARTICIPLES,
    A,
)
from quotes.lexicon.nominal import nominal_gender, person_adjective
from quotes.lexicon.roles import gender_endings, is_role_noun
from quotes.nlp.doc import INITIALS, one_line


def title_gender(ent: Span) -> str | None:
    """Mme / M. right before the name (or as its first word)."""
    doc = ent.doc
    words = [doc[ent.start - 1].text] if ent.start > 0 else []
    words.append(doc[ent.start].text)
    if any(w in FEMALE_TITLES for w in words):
        return "f"
    if any(w in MALE_TITLES for w in words) and not _initialled(doc):
        return "m"
    return None


def role_title_gender(ent: Span) -> str | None:
    """The gender a role noun written right before the name shows, by its article or its
    form (« la sergente Lacasse », « le sergent Lacasse », « l'avocate Roux »)."""
    doc = ent.doc
    if ent.start == 0:
        return None
    noun = doc[ent.start - 1]
    if not noun.is_lower or not is_role_noun(noun.text):
        return None
    said = article_gender(doc[noun.i - 1].lower_) if noun.i > 0 else None
    return said or noun_gender(noun.text) or ending_gender(noun.text)


def _initialled(doc: Doc) -> bool:
    """Does the article write first names as initials (« A. Roux »)? Then « M. » before a
    name may be one too (« M. Petrova », Maria), and says no gender. Read once per document."""
    known = doc.user_data.get(INITIALS)
    if known is None:
        known = doc.user_data[INITIALS] = any(
            len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."
            and t.text not in MALE_TITLES and t.i + 1 < len(doc) and doc[t.i + 1].is_title
            for t in doc)
    return bool(known)


def ending_gender(noun: str) -> str | None:
    """The gender an agent noun's ending shows (« trésorière », « éleveuse », « chercheur »):
    an ending of lexicon/gender_endings.tsv whose two forms are both agent endings
    (lexicon/agent_endings.txt), « -ière »/« -ier », « -rice »/« -teur », « -euse »/« -eur »,
    « -ienne »/« -ien », « -ante »/« -ant »; not « -ère » (« confrère »), « -aine »
    (« capitaine »), « -ate » (« diplomate »), which end nouns of either gender. The caller
    has made sure the noun is a role; an epicene one (« secrétaire ») says nothing."""
    w = fold(noun)
    for fem, masc in _agent_gender_endings():
        if w.endswith(fem):
            return "f"
        if w.endswith(masc):
            return "m"
    return None


@cached
def _agent_gender_endings() -> tuple[tuple[str, str], ...]:
    """The (feminine, masculine) endings of gender_endings.tsv that are both agent endings."""
    agents = endings("agent_endings")
    return tuple((f, m) for f, m in gender_endings() if f.endswith(agents) and m.endswith(agents))


def agreeing_gender(tok: Token) -> str | None:
    """The gender a participle or adjective agreeing with one person shows by its form: a
    participle's spelling (« émue », « arrivé »: the tagger may read « émue » as masculine or
    « sonnée » as a finite verb), an adjective's feminine ending (« ravie », « heureuse »,
    FEMININE_ADJ_ENDINGS) or its masculine form without « -e » (« prêt »). None for a plural, a
    form of both genders (« jeune », « fidèle ») and one the press leaves unagreed (« dit »)."""
    low = tok.lower_
    part = "Part" in tok.morph.get("VerbForm", [])
    if tok.morph.get("Number", []) == ["Plur"] or low.endswith(("s", "ant")) or (
            low in UNAGREED_PARTICIPLES or (part and tok.morph.get("Tense", []) == ["Pres"])):
        return None  # a present participle agrees with no one (« enseignant à Dijon »)
    if part or (tok.pos_ in ("VERB", "AUX") and low.endswith(("é", "ée"))):
        return "f" if low.endswith("e") else "m"
    gender = tok.morph.get("Gender", [])
    if tok.pos_ != "ADJ" or not gender:
        return None
    if low.endswith(FEMININE_ADJ_ENDINGS):
        return "f"
    return "m" if gender[0] == "Masc" and not low.endswith("e") else None


def elided_gender(head: Token, inside: Span | None = None) -> str | None:
    """The gender of a person's noun after an elided article (« l'édile », « l'ex-ministre »,
    « l'ancienne ministre »), which shows none: the noun's own form when the lexicon has both
    (« l'élue », ``noun_gender``) or its agent ending does (« l'enquêtrice »), else, for a
    noun of either gender, what the adjectives agreeing with it show (« l'édile parisienne »,
    « l'ancienne ministre »), never the tagger's guess at the noun (« édile », « ministre »:
    masculine whoever they name). None when they show none or disagree. With ``inside``, only
    the adjectives within that span count (a role's own words, not the quote's)."""
    said = noun_gender(head.text) or ending_gender(head.text)
    if said is not None:
        return said
    shown = {g for t in head.children
             if t.dep_ == "amod" and t.pos_ == "ADJ"
             and (inside is None or inside.start <= t.i < inside.end)
             and (g := agreeing_gender(t)) is not None}
    return shown.pop() if len(shown) == 1 else None


def mention_gender(first: Token, head: Token) -> str | None:
    """The gender a mention's determiner ``first`` and noun ``head`` show of the one it names:
    the article's (« la ministre », « le juge »), else, after an elided one, the role noun's
    own form or its adjectives' agreement (``elided_gender``); for a word a determiner makes a
    person's description (« l'Insoumise », « l'écologiste », lexicon.nominal) only the article,
    its own form or its adjectives, never the tagger's guess; else the parse's reading of a
    common noun; none for a noun feminine whoever it names (« la victime », « la star »: the
    article agrees with the word) nor for a proper name (« l'Élysée »)."""
    if grammatical([head.lower_]):
        return None
    if (said := article_gender(first.lower_)) is not None:
        return said
    if head.pos_ == "NOUN" and first.lower_ in ELIDED_ARTICLE and is_role_noun(head.text):
        return elided_gender(head)
    if person_adjective(head.text):  # « l'écologiste »: none; the tagger's guess is no one's
        return (nominal_gender(head.text) or elided_gender(head)
                if first.lower_ in ELIDED_ARTICLE else None)
    return gender_of(head) if head.pos_ == "NOUN" else None


def text_agreement(ent: Span) -> str | None:
    """What an agreement with the name says: as the subject (``subject_agreement``), set
    after it by a comma (``apposed_agreement``) or opening the clause before it
    (``fronted_agreement``)."""
    return (subject_agreement(ent) or apposed_agreement(ent) or fronted_agreement(ent)
            or kin_title(ent))


def kin_title(ent: Span) -> str | None:
    """The sex a kinship noun right before the name says, after its determiner: « son père
    Paul » (a man), « sa mère Anne », « la sœur Lise » (a woman); lexicon/noun_genders.tsv."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 2].pos_ != "DET":
        return None
    return kin_gender(doc[ent.start - 1])


def mention_sex(doc: Doc, mention: tuple[int, int] | None) -> str | None:
    """The sex the noun heading a cue's subject (its character offsets) names, after its
    determiner and adjectives: « le beau-père de Lina », « sa mère »
    (lexicon/noun_genders.tsv); the mention's own word, whoever the article ties it to. None
    for a name (« Anne Roy »), a noun of either sex (« le proche de … ») or a pronoun."""
    span = doc.char_span(*mention, alignment_mode="expand") if mention else None
    if span is None or not len(span) or span[0].pos_ != "DET":
        return None
    k = span.start + 1
    while k < span.end and doc[k].pos_ == "ADJ":
        k += 1
    return kin_gender(doc[k]) if k < span.end else None


def subject_sex(doc: Doc, subject: tuple[int, int] | None, kind: str, number: str) -> str | None:
    """The sex the cue's subject noun names (``mention_sex``), for a speaker resolved as one
    person; none for a group or several (« se sont défendus la mère et l'oncle »: the first
    noun is not all of them), whose gender no one noun says."""
    return mention_sex(doc, subject) if kind == "person" and number == "s" else None


def apposed_agreement(ent: Span) -> str | None:
    """The gender of an adjective or participle set after the name by a comma, adverbs
    aside, or a noun of a sex: "a raconté Vidal, très émue" (a woman), "Vidal, âgé de 40
    ans", "Vidal, père de famille" (a man)."""
    doc = ent.doc
    k = ent.end + 1
    if k >= len(doc) or doc[ent.end].text != ",":
        return None
    while k < len(doc) - 1 and doc[k].pos_ == "ADV":
        k += 1
    return agreeing_gender(doc[k]) or kin_gender(doc[k])


def fronted_agreement(ent: Span) -> str | None:
    """The gender of a participle or adjective opening the clause that a comma ends right
    before the name, adverbs aside: « Encore émue, Vidal raconte », « Interrogé hier, Vidal
    a dit », or a noun of a sex (« Mère de trois enfants, Vidal »); not a clause opened by
    another word (« Dans la salle, Vidal »)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return None
    k = ent.start - 2
    while k > 0 and doc[k - 1].text not in _BREAKS and not doc[k].is_sent_start:
        k -= 1
    if k > 0 and doc[k - 1].text == "(":
        return None  # « du syndicat (chrétien), Anne Roy »: the body's adjective, not hers
    while k < ent.start - 1 and doc[k].pos_ == "ADV":
        k += 1
    if k >= ent.start - 1:
        return None
    return (agreeing_gender(doc[k]) if doc[k].pos_ in ("VERB", "AUX", "ADJ") else None) or (
        kin_gender(doc[k]))


_BREAKS = frozenset({",", ".", ";", ":", "!", "?", "«", "»", "(", ")", '"', "—", "–"})


def subject_agreement(ent: Span) -> str | None:
    """The gender of a participle or adjective the name is the subject of, when it agrees:
    "Marine Le Pen s'est dite ravie", "X est arrivée" (with être on the verb's or the name's
    line, never with avoir), and of the attribute after it (« s'est dit prête »); none when the
    two disagree."""
    doc = ent.doc
    for tok in ent:
        if not tok.dep_.startswith("nsubj"):
            continue
        head = tok.head
        if head.pos_ not in ("VERB", "ADJ") or head.i < tok.i:
            continue
        # a reflexive clitic stands for être only before a participle: « s'inquiète », read
        # as an adjective, is a verb in the present and agrees with no one; an auxiliary on a
        # line of neither the participle nor the name is the parser's bridge between two
        # (« … qu'elle le sera (VIDÉO) » over the heading « X sort de … », read « X sera
        # sorti »): none of this verb; a line cut inside the sentence (« X est ¶ arrivée »)
        # leaves the auxiliary on the name's line, and it agrees
        with_etre = any(
            c.dep_ in ("aux", "aux:pass", "cop") and c.lower_ in PASSIVE_AUX
            and (one_line(doc, c, head) or one_line(doc, tok, c)) for c in head.children
        ) or (head.pos_ == "VERB" and any(c.dep_ == "expl:comp" for c in head.children))
        if not with_etre:
            continue
        agreeing = "Part" in head.morph.get("VerbForm", []) or head.pos_ == "ADJ"
        said = with_attribute(head, agreeing_gender(head) if agreeing else None)
        if said:
            return said.pop() if len(said) == 1 else None
    return None


def with_attribute(tok: Token, said: str | None) -> set[str]:
    """The genders a verb or adjective that says ``said`` and the attributes after it show
    (« s'est dit prête »): one when they agree, two when they disagree, none when no word
    shows one."""
    attributes = (agreeing_gender(c) for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i)
    return {g for g in (said, *attributes) if g is not None}


def unnamed_gender(span: Span) -> str | None:
    """The gender an unnamed person's mention shows, from the words before its complement.

    A feminine determiner before a noun of a person says a woman: « une habitante », « une
    proche », « une sage-femme ». A masculine one says nothing, French using it for anyone
    (« un policier », « un proche »), unless the noun names a sex (« un homme »,
    lexicon/noun_genders.tsv); nor does a noun feminine whoever it names (« une source », « une
    victime »), nor one of no person (« une entreprise »). « Une autre » after « une maman »
    shows the gender of the noun it leaves out (``ellipsis.left_out``); « une de ses voisines »
    that of the noun after « une de ses », « l'une d'elles » that of the group it is one of
    (``_one_of``: « les infirmières », a woman; « les victimes », no one's)."""
    if (noun := left_out(span)) is not None:
        return unnamed_gender(noun)
    words, one_of = _one_of(span)
    toks: list[Token] = []
    for tok in words:  # "une habitante du quartier", "un proche, qui …": up to the complement
        if tok.pos_ in ("ADP", "PUNCT", "PRON", "VERB", "AUX") and toks:
            break
        toks.append(tok)
    head = [t.lower_.removesuffix("s") if one_of and k else t.lower_ for k, t in enumerate(toks)]
    if grammatical(head):
        return None
    sexes = noun_genders()
    said = {sexes[w] for w in head if w in sexes}
    if said & {"f", "m"}:
        return "f" if "f" in said else "m"
    # after « une de ses » the last word is a noun, whatever the tagger reads (« voisines »)
    tags = [t.pos_ for t in toks[:-1]] + ["NOUN" if one_of else toks[-1].pos_]
    person = any(_woman_noun(w, tag) or sexes.get(w) == "person"
                 for w, tag in zip(head[1:], tags[1:], strict=True))
    return "f" if person and head[0] in FEMININE_ARTICLES else None


def _one_of(span: Span) -> tuple[list[Token], bool]:
    """The words of a mention, « une de ses voisines », « l'une des voisines » read as « une
    voisines », the pronoun « une » as the determiner of the plural noun its « de » leads to
    (True), « l'une d'elles » after « les infirmières » as « une infirmières », the group it
    is one of (``ellipsis.them``, True), else as written (False)."""
    j, one = one_of_mention(span)
    if one is None:
        return list(span), False
    group = them(span)
    return [span[j], *(span[one[0] :] if group is None else group)], True


def _woman_noun(low: str, pos: str) -> bool:
    """ "policière", "habitante", "journaliste" (lowered, tagged ``pos``): a noun that can name
    a woman; not a participle (« une version nuancée »), a body (« une société »), a noun of a
    man's ending (« une rumeur ») nor one whose other gender is no word (« la matière »)."""
    if is_role_noun(low):
        return True
    return (
        pos == "NOUN" and not is_org_noun(low) and not agent_lookalike(low)
        and low.endswith(FEMININE_PERSON_ENDINGS)
    )


def neutral_head(text: str) -> bool:
    """Is the noun of a role or a mention, before its complement, one feminine whoever it
    names (« victime », « star du club »)? Its article then says nothing of the person; one
    in the complement does not count (« la porte-parole de la victime »: hers)."""
    head: list[str] = []
    for w in words_of(text.lower()):
        if w in _DE or w in A:
            break
        head.append(w)
    return grammatical(head)


def grammatical(words: list[str]) -> bool:
    """Is one of ``words`` a noun feminine whoever it names (« une source », « la victime »)?
    Its determiner, pronoun and participles then agree with the word, not the person."""
    return any(noun_genders().get(w) == "any" for w in words)


def plural_noun_gender(noun: str) -> str | None:
    """The gender a plural noun of people shows (« Plusieurs enseignants »): its role-noun
    pair, a noun feminine whoever it names, or « -e » making a woman's noun of it
    (« habitant(e)s »)."""
    one = noun.removesuffix("s")
    return noun_gender(one) or ("f" if grammatical([one]) else None) or (
        "m" if (one + "e").endswith(FEMININE_PERSON_ENDINGS) else None)


_DE = DE_CONTRACTED | {"d"}  # « d' » split off its word


def described_gender(gender: str | None, words: str) -> str | None:
    """The gender a record gives a person only described, whom the article never names: the
    description's own feminine (« la présidente du syndicat »), or the sex its noun names
    (« l'homme »); none for a masculine noun, its agreement and « il » after it (« le
    procureur adjoint »: French uses the masculine for anyone, GUIDELINES), for a noun feminine
    whoever it names (« la victime »: its determiner and pronoun agree with the word) and for
    a circle of relatives (« sa famille », « son entourage », lexicon/kin_nouns.txt: a group).
    ``words``: the mention's, its role's and its description's; a word a « de » governs
    says neither (« l'avocate de la famille »: a woman, no circle; « l'avocat du père »)."""
    every = words_of(words.lower())
    low = [w for k, w in enumerate(every) if _DE.isdisjoint(every[max(0, k - 2) : k])]
    sexes = noun_genders()
    said = {sexes[w] for w in low if w in sexes}
    if "any" in said:
        return None
    if said & {"f", "m"}:
        return "f" if "f" in said else "m"
    kin = folded("kin_nouns")  # those of one sex are in noun_genders.tsv: the rest are circles
    return None if gender == "m" or any(fold(w) in kin for w in low) else gender
