"""From the words naming a speaker to a canonical speaker, role and kind.

``classify`` reads one mention on its own: a name (completed from the cast), an organisation,
an anonymous source, a description, or a pronoun; what a mention cannot say alone is left to
``quotes.attribute.timeline``. The name and the role inside a mention's words are found by
``quotes.attribute.mention_names``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from quotes.attribute import companies, descriptions, groups, mentions, name_shape, offices, outlets
from quotes.attribute.ages import aged, apposed_age, without_age
from quotes.attribute.capital_heads import headed_name
from quotes.attribute.cast import Person, Registry
from quotes.attribute.circles import circle_name, circle_source, is_circle, members
from quotes.attribute.descriptions import complement, kin_owner, of, of_a_person
from quotes.attribute.ellipsis import elliptic_name
from quotes.attribute.firm_parts import company_speaker
from quotes.attribute.gender import described_gender, mention_gender, unnamed_gender
from quotes.attribute.handles import handle_person, without_handle
from quotes.attribute.held_roles import held_description
from quotes.attribute.inhabitants import inhabitant, undecided
from quotes.attribute.kin_ties import described_before
from quotes.attribute.mention_names import apposed_body, name_at_end, proper_after, role_in_mention
from quotes.attribute.mentions import without_determiner
from quotes.attribute.name_spans import name_spans, no_ones_name
from quotes.attribute.named_relatives import named_relative
from quotes.attribute.names import first_name_gender, lone_person
from quotes.attribute.noun_kinds import of_people, says_nothing, silent_head
from quotes.attribute.org_descriptions import described_org
from quotes.attribute.orgs import name_article, numbered
from quotes.attribute.plural_nouns import one_in_full, plural_group
from quotes.attribute.resolved import UNKNOWN as UNKNOWN
from quotes.attribute.resolved import Resolved as Resolved
from quotes.attribute.resolved import of_person as of_person
from quotes.attribute.role_extent import merged, role_span
from quotes.attribute.roles import article_gender, gender_of
from quotes.attribute.seats import seat as seat_of
from quotes.attribute.sources import (
    author_before,
    finding,
    outlet_of,
    possessed,
    said_before_more_fully,
    said_by,
    unsigned,
)
from quotes.attribute.units import unit_speaker
from quotes.detect.indefinite_subjects import indefinite_pronoun
from quotes.detect.interviews import topic
from quotes.lexicon import capitalised, fold, folded, is_org_noun, strip_title, titles, words
from quotes.lexicon.grammar import (
    DEFINITE,
    DEMONSTRATIVES,
    FAMILY_NOUNS,
    KIN_OWNERS,
    LATTER,
    ONE,
    ONE_OF,
    POSSESSIVES,
    PRONOUNS,
    SOURCE_NOUNS,
)
from quotes.lexicon.kin import relatives
from quotes.lexicon.outlets import is_press_noun
from quotes.lexicon.roles import is_role_noun
from quotes.model import Resolution
from quotes.nlp.doc import entities, sentence_case, text_of


def classify(doc: Doc, start: int, end: int, registry: Registry) -> Resolved:
    """Speaker for the words ``text[start:end]`` alone (pronouns and descriptions left open).

    A verb, a pronoun that names nobody, a preposition or a number is never a name: such
    words give an unresolved speaker (the mention stays on the quote), not a wrong one.
    """
    text = text_of(doc)
    if "\n" in text[start:end]:  # "Doctrine nucléaire\n\nMoscou": a heading is not the subject
        start = text.rindex("\n", start, end) + 1
    start, end = mentions.trimmed(doc, start, end)
    end = apposed_age(text, start, end)  # « La Rémoise, 33 ans »: the two words alone say who
    start = mentions.first_name_before(doc, start, end)  # "Marine | Le Gall"
    if (account := handle_person(text[start:end], registry.people)) is not None:
        return of_person(account, Resolved(account.name, None, "person", "explicit", "s"))
    end = start + without_handle(text[start:end])  # an account no one of the cast holds
    span = mentions.char_span(doc, start, end)
    if span is None or not text[start:end].strip():
        return UNKNOWN
    if topic(span) and end < len(text) and text[end:].lstrip().startswith(":"):
        return UNKNOWN  # "Salaires : …", a heading
    if (body := apposed_body(span)) is not None:  # « un autre syndicat, le SNALC »: the SNALC
        return classify(doc, body, end, registry)
    parts = [classify(doc, *p, registry) for p in mentions.negated_list(doc, start, end) or ()]
    if parts and all(p.kind == "person" and p.name and p.number == "s" for p in parts):
        names = [p.name for p in parts if p.name]
        return Resolved(mentions.joined(names), None, "person", "explicit", "p")
    # « un communiqué attribué | à la présidence »: the participle's complement, cut off the
    # mention, names the author
    wide = doc[span.start : mentions.participle_end(doc, span.start, span.end)]
    if (said := said_by(wide)) is not None:  # "l'annonce du camerlingue Lorenzi": Lorenzi's
        return classify(doc, said, max(end, wide.end_char), registry)
    outlet = outlet_of(span)
    if outlet is not None:  # "nos confrères de l'AFP": the outlet, whatever the recogniser says
        who = classify(doc, outlet[0], end, registry)
        name = f"{outlet[1]}{who.name}" if who.name else None  # "du Monde": Le Monde
        return replace(who, name=name, kind="organization", role=None)
    owned = possessed(span)  # « sa page Facebook », « ses dires »: read once, for both
    if (author := author_before(span, owned)) is not None:  # after "un communiqué du parti"
        return replace(classify(doc, author.start, author.end, registry), issued=author.issued)
    if owned is not None:  # « selon sa page Facebook »: its owner's, as a pronoun
        return Resolved(None, None, "unknown", "pronoun", owned[0])
    # « selon le journal », « la chaîne qatarie »: the one outlet or body the article names so
    if (described := outlets.described_outlet(span) or described_org(span)) is not None:
        return Resolved(described, None, "organization", "explicit")
    named = outlets.outlet_name(text, start, end)  # an outlet's name: no one's
    who = (_classify(doc, start, end, span, registry) if named is None
           else Resolved(named, None, "organization", "explicit"))
    raw = who.name is not None and registry.person(who.name) is None  # not a name of the cast
    if raw and who.resolution == "explicit" and not mentions.name_like(span):
        return replace(UNKNOWN, role=who.role)
    return who


def _classify(doc: Doc, start: int, end: int, span: Span, registry: Registry) -> Resolved:
    text = text_of(doc)[start:end].strip()
    low = fold(text)
    if low == "on":  # "a-t-on déclaré", "on constate": an indefinite, no one of the cast
        return UNKNOWN
    if low in PRONOUNS:
        gender, number = PRONOUNS[low]
        return Resolved(None, None, "unknown", "pronoun", number, gender)
    if low in LATTER:
        gender, number = LATTER[low]
        return Resolved(None, None, "unknown", "pronoun", number, gender, latter=True)
    seat = seat_of(text)  # « la rue de Grenelle »: the ministry, its proper name no gender
    body = seat or registry.alias_of(without_determiner(text)) or registry.body_named(span)
    if body is not None:  # "le ministère public" (the parquet), « le CHMV », « l'hôpital »
        gender = article_gender(span[0].lower_) or (None if seat else gender_of(span.root))
        return Resolved(body, None, "organization", "explicit", "s", gender)
    if (unit := unit_speaker(span, registry, classify)) is not None:  # « l'équipe de Paul Morel »
        return Resolved(unit[0], None, "organization", "explicit", unit[1])
    first = span[0]
    tokens = [t for t in span if not t.is_punct]
    names = [
        e
        for e in name_spans(doc)
        if e.label_ == "PER" and start <= e.start_char and e.end_char <= end
        and not no_ones_name(e)  # "la COP28", "l'avenue de Ségur", "Maître"
    ]
    if not names:  # a name the cast reads where the recogniser saw none: "Léa, elle, …"
        names = [n for pos, hi in registry.ends.items() if start <= pos and hi <= end
                 and (n := doc.char_span(pos, hi)) is not None]
    # "un membre de la famille Roux": the family's name, no one of it by name
    names = [n for n in names if not (n.start > 0 and doc[n.start - 1].lower_ in FAMILY_NOUNS)]
    titled = first.text in titles() and len(span) > 1
    if (
        not names
        and len(tokens) >= 2
        and all(t.pos_ == "PROPN" and t.is_title for t in tokens)
        and not any(t.ent_type_ in ("ORG", "LOC") for t in tokens)
    ):
        names = [span]  # a full name the recogniser missed: "Rishi Sunak"
    if not names and mentions.surname_after_first_name(span):
        names = [span]  # "Marine Le Gall", the first name taken for a noun
    if not names and (tail := name_at_end(span, registry)) is not None:
        names = [tail]  # "la présidente du parti Anne Le Goff", the name not recognised
    last = tokens[-1] if tokens else None
    if (
        not names and last is not None and last.i > span.start + 1
        and doc[last.i - 1].text == "," and first.pos_ == "DET"
        and first_name_gender(last.text) is not None
    ):
        names = [doc[last.i : last.i + 1]]  # "Une habitante du quartier, Fatima": her name
    with_age = aged(text) and not any(is_role_noun(t.text) for t in tokens)
    before: list[str | None] = []  # genders of the people named so far: two words read them
    people = registry.people_before(start)
    national = len(tokens) == 2 and inhabitant(
        first, tokens[1], before := [p.gender for p in people], recognised=bool(names),
        borne=any(fold(p.name or "").endswith(" " + fold(text)) for p in people)
    )  # a name stays one, not « Le Croate »; « Yann Le Grec … Le Grec » is his
    if ((with_age and not names) or national) and first.lower_ in DEFINITE:  # "le Croate"
        # "le Suisse de 41 ans", "la Serbe": someone the article names, not her country
        words_ = without_age(without_determiner(text)).strip()
        gender = "f" if first.lower_ == "la" else "m" if first.lower_ == "le" else None
        unsure = national and undecided(first, before)  # two women named, then « La Lyonnaise »
        return Resolved(None, None, "person", "unresolved" if unsure else "description", "s",
                        gender, described=words_)
    office_role = offices.office_mention(span)
    if office_role is not None:  # "le garde des Sceaux", "le Saint-Père": no role noun
        gender = article_gender(first.lower_)
        return Resolved(None, office_role[0], "person", "description", "s", gender,
                        roles=(office_role,))
    if not names and silent_head(tokens):  # « a prédit une censure », « un autobus a foncé »
        return UNKNOWN
    sourced = any(t.lower_ in SOURCE_NOUNS for t in span) or unsigned(span)
    anonymous = sourced or first.lower_ in words("anonymous") or mentions.elliptic(tokens) or any(
        low.startswith(w + " ") for w in folded("anonymous")) or indefinite_pronoun(tokens)
    if not names and first.lower_ in DEFINITE and mentions.crowd(tokens):
        # « a scandé la foule »: many people who speak as one, named by the noun
        return Resolved(without_determiner(text), None, "person", "explicit", "p")
    if says_nothing(span, bool(names)):  # "une stèle a été dévoilée", "(l'avenue de) Ségur"
        return UNKNOWN
    number = "s" if first.lower_ in ONE or low.startswith(ONE_OF) else "p"
    if anonymous and (circle := members(span)) is not None:  # « un proche de X »: not X
        theirs = (next(iter(people), None) if circle.owner is None
                  else _whose(doc, circle.owner, end, registry)[1])
        name = circle_name(doc, span.start, text, circle.words, theirs.name if theirs else None)
        return Resolved(name, None, "anonymous", "explicit", number,
                        circle.gender or unnamed_gender(span))
    if anonymous and not names:
        # the mention names an unidentified source, not a function it holds: "un responsable
        # de l'Otan", "une source policière" have no role; a participle completing its noun
        # stays in it with its complement ("un responsable de l'usine installée | à Brest")
        if (stop := mentions.participle_end(doc, span.start, span.end)) > span.end:
            text = doc[span.start : stop].text
        else:  # « un autre » after « un habitant », « l'un d'eux » after « des membres »
            text = elliptic_name(span, text)
        return Resolved(sentence_case(doc, span.start, text), None, "anonymous", "explicit",
                        number, unnamed_gender(span))
    head = mentions.head_noun(tokens)
    if (band := groups.group_of(registry.groups, span, head, names)) is not None:
        return Resolved(band.name, band.said_role, band.kind, "explicit", "p")  # "ses enfants"
    owner_at = kin_owner(span, head)
    if head is not None and owner_at is not None:  # "l'entourage du ministre": theirs
        whose, person = _whose(doc, owner_at, end, registry)
        if is_circle(head):  # an unnamed source: its owner's full name, or as written
            return circle_source(doc, span, text, head, person)
        if whose.resolution == "description" and whose.role:
            person = registry.named_with(whose.role, owner_at) or registry.match_description(
                whose.role, owner_at)
        one = relatives().get(fold(head.text))
        if one is not None:  # "le mari de Martine Castel": the one the article names so;
            # « la veuve du policier »: the policeman's, the one named last when of his gender
            # and not brought in unnamed (``described_before``), else no one's
            if person is None and whose.resolution == "description" and whose.role:
                person = described_before(doc, registry, whose.role, whose.gender,
                                          owner_at, one[0])
            how: Resolution = "description" if person else "unresolved"
            return Resolved(None, None, "person", how, "s", one[1],
                            kin=(one[0], person.name) if person else None)
        kin = f"{head.text} {of(person.name)}" if person else without_determiner(text)
        plural = "p" if "Plur" in head.morph.get("Number", []) else "s"
        return Resolved(kin, None, "person", "explicit", plural)
    if head is not None and is_circle(head) and first.lower_ not in POSSESSIVES:
        return circle_source(doc, span, text, head, None)  # « l'entourage présidentiel »: no one's
    sex = article_gender(first.lower_)
    member = descriptions.family_member(span, head, registry, sex) if head is not None else None
    if member is not None:  # "le patriarche de la famille Roux": the one Roux of his gender
        return of_person(member, Resolved(None, None, "person", "description", "s", sex))
    # "l'avocate de Julie K.", "le maire, ami de l'éleveur Paul Roux": the name is the
    # complement, the speaker is the described one
    described = (
        head is not None and is_role_noun(head.text) and bool(names)
        and complement(names[0], head.i + 1)
    )
    together = mentions.coordinated(doc, names, registry)
    if together is not None and not described:  # "Paul Morel et Anne Roy ont déclaré"
        return Resolved(together, None, "person", "explicit", "p")
    if (together is None and not described and len(names) > 1 and head is not None
            and complement(names[0], head.i + 1) and doc[names[-1].start - 1].text == ","):
        names = names[-1:]  # "la mère de Paul Roux, Anne Roux": the one set off, not whose
    if (names or titled) and not described:
        return _person(doc, start, end, span, names[0] if names else None, registry)
    if head is None:
        return Resolved(without_determiner(text), None, "unknown", "explicit")
    if name_article(doc, first.i) and all(capitalised(t.text) for t in tokens[1:]):
        # « Dès lundi, Les Indépendants annoncent »: a capitalised article mid-sentence opens a
        # body's name (« Les Echos », « La Voie Neuve »), no plural of people
        number = "p" if "Plur" in head.morph.get("Number", []) else "s"
        return Resolved(text, None, "organization", "explicit", number)
    alone = len(tokens) == 1 and (head.pos_ == "PROPN" or head.is_title)  # tagger: "Mowgli" NOUN
    if alone and registry.person(head.text, at=head.idx) is not None:
        return _person(doc, start, end, span, span, registry)  # "Depardieu" alone
    if alone and (lone := lone_person(head)) is not None:  # "se souvient Bob, 11 ans"
        return Resolved(head.text, None, "person", "explicit", "s", lone or None)
    plural = "p" if "Plur" in head.morph.get("Number", []) else "s"
    gender = mention_gender(first, head)  # « la victime »: none; « l'Élysée »: none
    one = relatives().get(fold(head.text))
    if one is not None and (relative := named_relative(registry, first, head)) is not None:
        return relative  # « selon la mère »: a kin noun alone
    if one is not None and first.lower_ in ("son", "sa", "leur") and plural == "s":  # "son mari"
        return Resolved(None, None, "person", "description", "s", one[1], kin=(one[0], None))
    if fold(head.text) in folded("kin_nouns") and first.lower_ in KIN_OWNERS and not (
            mentions.two_phrases(text)):  # « les enfants et les parents »: no one's
        owner = people
        if is_circle(head):  # « son entourage »: an unnamed source, as written when no one's
            return circle_source(doc, span, text, head, owner[0] if owner else None)
        if owner:  # "ses trois enfants" -> "enfants d'Alain Delon"; the gender a noun of a
            return Resolved(  # sex gives, none for a circle (« sa famille »: the noun's)
                f"{head.text} {of(owner[0].name)}", None, "person", "explicit", plural,
                described_gender(gender, head.text))
    if (firm := company_speaker(span, head, registry, start, len(tokens))) is not None:
        return Resolved(firm[0], None, "organization", firm[1], plural, gender)  # « la direction »
    role_noun = is_role_noun(head.text)
    if role_noun or (plural == "p" and first.lower_ == "les" and of_people(head)):
        found = role_span(doc, span.start, mentions.participle_end(doc, span.start, span.end))
        role = found[0] if found else without_determiner(text)
        if plural == "p":  # « les enquêteurs », « ses avocats »: a group (``plural_group``)
            return plural_group(doc, span, head, registry, start=start, text=text,
                                role_noun=role_noun, gender=gender)
        own = (found,) if found else ()
        owned = first.lower_ in POSSESSIVES
        return Resolved(None, role, "person", "description", "s", gender, roles=own, owned=owned)
    # « la pilote d'essai, désormais astronaute »: the one the article names so, never the
    # description kept as a name
    if first.lower_ in DEFINITE and head.is_lower and head.pos_ == "NOUN" and plural == "s" \
            and not is_org_noun(head.text) \
            and (holder := descriptions.holder(registry, span, head, gender)) is not None:
        return held_description(holder, span, head, gender, without_determiner(text))
    proper, words_ = proper_after(head, span), without_determiner(text)
    if proper is not None:  # "le journal Les Echos", "l'agence Reuters": the name says who
        return Resolved(proper, None, "organization", "explicit", plural, gender)
    if head.is_lower and plural == "s" and first.lower_ in DEFINITE and descriptions.person_word(
            descriptions.compound(head)):  # "la coiffeuse" (tagged PROPN), "l'aide-soignante"
        return Resolved(None, None, "person", "description", "s", gender, described=words_)
    if (
        is_org_noun(head.text)
        or head.ent_type_ in ("ORG", "LOC", "MISC")
        or (head.pos_ == "PROPN" and head.ent_type_ != "PER")
    ):
        ent = next((e for e in entities(doc) if e.start <= head.i < e.end
                    and e.label_ != "PER" and e.start_char >= start), None)
        # a title that starts with its article keeps it mid-sentence: "…, note La Croix."
        titled_name = (
            ent is not None
            and ent.start_char == start
            and ent.label_ in ("ORG", "MISC")
            and capitalised(ent.text)
            and not (
                ent.start == 0 or doc[ent.start - 1].is_sent_end or doc[ent.start - 1].text in ".\n"
            )
        )
        if ent is not None and "\n" in ent.text:
            ent = None  # the recogniser ran a heading into the name after it
        # « Le Courrier jeudi »: the day the recogniser ran into the name is not in it
        if ent is not None and numbered(doc, ent.end) and ent.end_char < end:
            ent = doc[ent.start : ent.end + 1]  # « le SDIS 31 »: its number is its name's
        said_as = name_shape.untimed(ent).text if ent is not None else text
        reach = registry.settings.body_name_reach_words  # « Centre » of « Centre d'alerte … »
        said_as = headed_name(ent, head, end, reach) or said_as
        named = said_as if titled_name else None
        name = (
            companies.run_name(span, registry.companies)  # « NordChem Plastics France »
            or registry.org_name(head, start)
            or named
            or without_determiner(said_as)
        )
        return Resolved(name, None, "organization", "explicit", plural, gender)
    if first.lower_ in DEFINITE | DEMONSTRATIVES and (
        of_a_person(head) or registry.named_with(words_, start) is not None
    ):
        # "le retraité", "l'homme d'affaires", "le milieu lyonnais" (after "le milieu lyonnais
        # Théo Garnier"): someone the article names, described by words that are no function
        return Resolved(None, None, "person", "description", "s", gender, described=words_)
    if first.lower_ in POSSESSIVES and head.pos_ == "NOUN" and plural == "s":
        # "son adversaire": someone's, whom these words do not name
        return Resolved(None, None, "person", "description", "s", gender, described=words_,
                        owned=True)
    given = descriptions.introduced(head) if first.lower_ in DEFINITE | DEMONSTRATIVES else None
    if given is not None:  # "le site d'investigation" after "le site Mediapart"
        who = classify(doc, *given, registry)  # an outlet, whatever the recogniser says
        return replace(who, kind="organization", gender=None) if is_press_noun(
            head.text) and who.name else who
    if finding(span, head):  # « d'après l'autopsie »: an anonymous source, as written
        fuller = said_before_more_fully(span)  # « toujours selon les premiers éléments »
        if fuller is not None:  # read as any mention is: « le rapport de la Cour »: the Cour's
            return classify(doc, fuller.start_char, fuller.end_char, registry)
        return Resolved(sentence_case(doc, span.start, text), None, "anonymous", "explicit",
                        plural)
    return Resolved(without_determiner(text), None, "unknown", "explicit", plural, gender)


def _whose(doc: Doc, at: int, end: int, registry: Registry) -> tuple[Resolved, Person | None]:
    """The words from ``at`` (« de | Paul Roux ») read alone, and the person they name."""
    whose = classify(doc, at, end, registry)
    return whose, registry.person(whose.name) if whose.kind == "person" and whose.name else None


def _person(doc: Doc, start: int, end: int, span: Span, name: Span | None,
            registry: Registry) -> Resolved:
    name_text = name.text if name is not None else " ".join(t.text for t in span[1:])
    bare = " ".join(strip_title(name_text.split()))
    person = registry.person(name_text, at=name.start_char if name is not None else None)
    canonical = person.name if person else bare
    found = role_in_mention(doc, start, end, name)  # the others travel in ``roles``
    if found and person is not None:  # the cast's reading of the same words, when it has one
        found = next((r for r in person.roles if r[1] == found[1]), found)
    role, own = (found[0], (found,)) if found else (None, ())
    if role:  # « l'un de ses avocats »
        role = one_in_full(doc, span, role, registry) or role
    how: Resolution = "explicit" if fold(canonical) == fold(bare) else "title"
    if person is None:  # a name the cast lacks: its first name may still show the gender
        gender = first_name_gender(bare.split()[0]) if " " in bare else None
        return Resolved(canonical, role, "person", how, "s", gender, roles=own)
    done = of_person(person, Resolved(canonical, role, "person", how, "s"))
    return replace(done, roles=merged(done.roles, own))
