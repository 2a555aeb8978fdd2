"""Run the stages in order: Article -> marks -> parse -> candidates -> speakers -> [Quote]."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from quotes.attribute import ranking, speakers
from quotes.attribute.anaphora import last_spoke
from quotes.attribute.apposed import apposed_role_nouns
from quotes.attribute.article_names import article_names
from quotes.attribute.capacity import with_capacity
from quotes.attribute.carry_voices import asks, request
from quotes.attribute.cast import Registry, Role
from quotes.attribute.cast_roles import cast_roles
from quotes.attribute.confidence import confidence
from quotes.attribute.gender import subject_sex
from quotes.attribute.headed import heading_speaker, resumed_by
from quotes.attribute.headings import heading_speakers
from quotes.attribute.intro import named_next
from quotes.attribute.joined_sources import joined_sources
from quotes.attribute.owned_groups import owned_group
from quotes.attribute.quote_records import GENDERS, quote_evidence, quote_record, shifted
from quotes.attribute.role_extent import merged
from quotes.attribute.role_initials import role_initials
from quotes.attribute.shared_subjects import shared_words
from quotes.attribute.signed import signature
from quotes.attribute.speaking import (
    a_person_speaks,
    people_kind,
    sentence_around,
    speaker_of,
    subjectless,
)
from quotes.attribute.spelled_names import (
    outlet_cut,
    phrase_cut,
    spelled_out,
    title_cut,
    whole_words,
)
from quotes.attribute.timeline import Timeline, heard_at
from quotes.attribute.weighed import weighed_genders
from quotes.detect import candidates as detect
from quotes.detect import passages
from quotes.detect.context import make_context
from quotes.detect.cue_carry import carried_cues
from quotes.detect.heading_subjects import heading_subjects
from quotes.detect.marks import find_marked, paragraphs, prose_starts
from quotes.detect.narrator_subjects import sentence_subjects
from quotes.lexicon import fold, folded
from quotes.lexicon.roles import article_roles, is_role_noun
from quotes.lexicon.short_forms import article_initials
from quotes.model import Article, Evidence, Named, Problem, Quote, Span
from quotes.nlp.doc import entities, release, set_entities
from quotes.settings import DEFAULT, Settings


@dataclass
class Result:
    """What one article gave: its quotes, its problems, marked text set aside, and the
    people it names (for the batch)."""

    article: Article
    quotes: list[Quote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rejected: list[detect.Rejected] = field(default_factory=list)
    people: list[Named] = field(default_factory=list)
    ranked: list[ranking.Ranked] = field(default_factory=list)  # each quote's candidates


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def extract_doc(
    article: Article, doc: Doc, *, first_line: int = 1, settings: Settings = DEFAULT
) -> Result:
    """Quotes of one parsed article (or stretch of one, whose first line is ``first_line``),
    read with the role nouns it teaches (``apposed``, and the initials it writes for a role:
    ``role_initials``) besides the lexicon's."""
    _drop_markers_and_ordinals(doc)
    whole_words(doc)
    title_cut(doc)  # « le procureur de |Vernac| |Denis Morel| »: the place closes the title
    outlet_cut(doc)  # « à l'|Agence France-Presse| |Marc Delorme| »: given to the outlet
    phrase_cut(doc)  # before an acronym lengthens the name again (« pour la recherche »)
    spelled_out(doc)
    # « le SG » after « le Secrétaire général X »
    initials = role_initials(doc.text)
    read = {fold(w) for w, role in initials.items() if role.words}
    learned = apposed_role_nouns(doc, settings.role_vector_margin) | read
    with article_roles(learned), article_initials(initials):
        return _extract_doc(article, doc, first_line, settings)


def _drop_markers_and_ordinals(doc: Doc) -> None:
    """Drop the entities that name no one: a newsroom's note (« (…, NDLR) »,
    lexicon/editorial_markers.txt), whatever the recogniser says, so that a description is
    read as if it were not there; and an entity of one word the tagger reads as an ordinal,
    wherever it stands (« Sixième des championnats, X … », capitalised as a sentence opens)."""
    markers = folded("editorial_markers")
    ents = entities(doc)
    kept = [e for e in ents if fold(e.text).replace(".", "").strip() not in markers
            and not (len(e) == 1 and "Ord" in e[0].morph.get("NumType", []))]
    if len(kept) < len(ents):
        set_entities(doc, kept)


def _extract_doc(article: Article, doc: Doc, first_line: int, settings: Settings) -> Result:
    text = article.text
    result = Result(article)
    paras = list(paragraphs(text))
    marked, issues = find_marked(text, paras)
    for issue in issues:
        result.problems.append(
            Problem(
                article.source or article.id,
                f"line {_line_of(text, issue.offset) + first_line - 1}: {issue.message}",
                article.id,
                "marks",
                issue.offset,
            )
        )
    starts = prose_starts(text, paras)  # a photo's credit is no paragraph between
    ctx = make_context(doc, marked, paras, settings)
    cands, result.rejected = detect.candidates(ctx)

    def outside(pos: int) -> bool:
        return not any(m.start <= pos < m.end for m in marked)

    # the subject of a cue the marks hold too (« … », écrit Paul Roux. « … » with no mark
    # closing before the incise) names the speaker: one of the cast, like a name outside them
    speaking = [c.frame.subject for c in cands if c.frame and c.frame.subject]

    # the name that signs a post is no mention a pronoun or a description takes (« — Paul
    # Roux (@proux) 3 mai 2024 », then « « … », a-t-il dit »); the post stays the signer's
    signatures = [s for c in cands if (s := signature(c)) is not None]

    def cast_outside(pos: int) -> bool:
        if any(lo <= pos < hi for lo, hi in signatures):
            return False
        return outside(pos) or any(lo <= pos < hi for lo, hi in speaking)

    registry = Registry(doc, outside=cast_outside, settings=settings)
    timeline = Timeline(registry, settings)
    contents = [(c.start, c.end) for c in cands]
    events: list[tuple[int, int, detect.Candidate | tuple[int, int]]] = []
    for subj in sentence_subjects(ctx, contents):
        if not any(lo <= subj[0] < hi for lo, hi in signatures):  # a post's signer: no one the
            events.append((subj[0], 0, subj))  # narration speaks of, whose voice goes on after
    for cand in cands:
        anchor = cand.frame.subject[0] if cand.frame and cand.frame.subject else cand.start
        events.append((anchor, 1, cand))
    resolved: dict[int, tuple[speakers.Resolved, tuple[str, ...], speakers.Resolved]] = {}
    shared = shared_words(cands)  # one pronoun before two cues says the words of both
    subjects: list[speakers.Resolved] = []  # narrator-level subjects, resolved
    gendered: list[speakers.Resolved] = []  # those whose gender may be the person's
    for pos, _, item in sorted(events, key=lambda e: (e[0], e[1])):
        para = bisect_right(starts, pos)
        if isinstance(item, tuple):
            who = speakers.classify(doc, item[0], item[1], registry)
            sentence = sentence_around(text, *item)
            who, _note = timeline.resolve(who, pos, sentence=sentence, mention=item)
            timeline.add(pos, who, para)
            subjects.append(who)
            if who.described is None or any(map(is_role_noun, who.described.split()[:3])):
                gendered.append(who)  # « La durée de la fermeture est indéterminée », tied to
                # the one just named, no role noun: says nothing of their gender
            continue
        subject = item.frame.subject if item.frame else None
        who, notes, mention = speaker_of(doc, item, registry, timeline, para,
                                         shared.get(subject) if subject else None)
        who = owned_group(doc, item, who, registry, timeline) or who  # « ses services »: whose
        who = joined_sources(doc, item, who, registry) or who  # « X et une source judiciaire »
        resolved[id(item)] = (with_capacity(doc, who, item.start, outside), notes, mention)
        # words cued from the paragraph before (its colon) are heard where they stand
        if (at := heard_at(item.start, item.frame)) is not None:
            pos, para = at, bisect_right(starts, at)
        # the signer speaks the post's words, and those only: a post is left out of the
        # timeline, unless its signer spoke last before it (their voice goes on past it)
        if signature(item) is None or _spoke_last(timeline, pos, who):
            timeline.add(pos, who, para, spoke=True,
                         cued=item.frame is not None and item.frame.subject is not None,
                         said=(item.start, item.end), voiced=not request(doc, item),
                         asks=asks(item, text))
    # one cast: every role a person is given anywhere in the article reaches each of their quotes
    mentions_read = speaking + [item for _, _, item in events if isinstance(item, tuple)]
    people = [r for r, _, _ in resolved.values()] + subjects
    said = [(c.start, c.end, resolved[id(c)][0]) for c in cands]
    roles = cast_roles(doc, timeline, people, outside, mentions_read, said)
    # a heading's name speaks the uncued words under it (``headed``): read only when some are
    headings, named_since, voiced = [], [], set()
    if any(c.frame is None for c in cands):
        headings = heading_subjects(ctx)
        named_since = [e.pos for e in timeline.entries] + [pos for pos, _ in registry.mentions]
        voiced = {who.name for c in cands if c.frame and c.frame.subject
                  and (who := resolved[id(c)][0]).name}
    final = []
    for cand in cands:
        who, notes, mention = resolved[id(cand)]
        if Evidence.PRONOUN_UNRESOLVED in notes and cand.frame and cand.frame.subject:
            # the name may come after the pronoun: "« … », assure-t-il. … Marc Delorme"
            person = a_person_speaks(doc, cand)
            who, note = timeline.resolve(mention, cand.frame.subject[0], person=person, content=(
                shared.get(cand.frame.subject, (cand.start, cand.end))))
            notes = (note,) if note else notes
        uncued = cand.frame is None and (Evidence.NO_SPEAKER in notes
                                         or Evidence.SPEAKER_FROM_PREVIOUS_SENTENCE in notes)
        narrated = [(e.pos, e.who.name) for e in timeline.entries if not e.spoke] if uncued else []
        if uncued and Evidence.NO_SPEAKER in notes and (headed := heading_speaker(
                doc, registry, headings, (cand.start, cand.end), named_since, voiced)):
            who, notes = headed, (Evidence.HEADING_SUBJECT,)  # « Paul Morel sur … ¶ « Je … » »
        elif uncued and (witness := named_next(registry, narrated, cand.start, cand.end)):
            # « « … » Jeanne Morel habite au troisième. »: the witness named next (``intro``)
            bare = speakers.Resolved(None, None, "person", "continuation")
            who, notes = speakers.of_person(witness, bare), (Evidence.SPEAKER_FROM_NEXT,)
        elif Evidence.NO_SPEAKER in notes and Evidence.CARRY_ENDED not in notes and (
                uncued or subjectless(doc, cand)):
            # a quote that opens the article or a paragraph, before anyone speaks: the one
            # who speaks next in the paragraph ("« Je ne lâche rien. » Le maire, Paul Morel, a
            # réagi lundi …"); so do words after an infinitive no one is the subject of
            # (« Les traces permettent de conclure que … ». Paul Morel a ajouté …); not words
            # after a speaker the timeline could not name (``Timeline.previous``)
            para = bisect_right(starts, cand.start)
            after = timeline.following(cand.end, para, person=a_person_speaks(doc, cand))
            if after is None and uncued and Evidence.HEADING not in cand.evidence:
                # « Le plan social ¶ « … » ¶ Laurent Vidal regrette … »: the heading cut the
                # carry, the paragraph after names who spoke (``headed.resumed_by``)
                after = resumed_by(timeline, paras, (cand.start, cand.end),
                                   settings.heading_max_words)
            if after is not None:
                who = replace(after, resolution="continuation")
                notes = (Evidence.SPEAKER_FROM_NEXT,)
        if who.kind == "unknown" and {Evidence.QUESTION, Evidence.SIGNED_LINE} & {*cand.evidence}:
            why = ("an interview's question nobody named asks" if Evidence.QUESTION in
                   cand.evidence else "a pull quote nobody named signs (a byline's, a credit's)")
            result.rejected.append(detect.Rejected(cand.start, cand.end, why))
            continue
        if who.name in roles:
            who = replace(who, roles=merged(who.roles, roles[who.name]))
        final.append((cand, who, notes))
    final = heading_speakers(text, final, marked)  # « « … » » as a heading: who says those words
    if settings.ranker:  # where the rules' path is weak, the learned ranker's choice
        final = _ranked(doc, registry, timeline, paras, final, resolved, roles, result, settings)
    # one person, one gender: what one quote's agreement shows ("a-t-elle ajouté", "s'est
    # dite") holds for that person's other quotes in the article
    shown = _genders([who for _, who, _ in final] + gendered)
    # one whose mentions disagree (« la vice-présidente X », « X s'est engagé »): the votes
    weighed = weighed_genders(registry.people, [who for _, who, _ in final])
    for cand, who, notes in final:
        if who.kind == "person" and who.number == "s" and who.name in weighed:
            who = replace(who, gender=weighed[who.name])
            notes = (*notes, Evidence.GENDER_WEIGHED)
        elif who.kind == "person" and who.number == "s" and who.gender is None:
            who = replace(who, gender=shown.get(who.name or ""))
        if cand.frame and (sex := subject_sex(doc, cand.frame.subject, who.kind, who.number)):
            who = replace(who, gender=sex)  # « insiste le beau-frère de X »: a man, whoever X is
        who = people_kind(who)  # "les éboueurs": people, though no pronoun stands for them
        result.quotes.append(quote_record(article, cand, who, notes, settings.role_place_chars))
    result.quotes = carried_cues(text, result.quotes)
    # the names of the whole text and the title travel with each quote's article, for grouping
    if result.quotes:
        named_ref = replace(article.ref, names=article_names(
            doc, (p.name for p in registry.people), article.ref.title))
        result.quotes = [replace(q, article=named_ref) for q in result.quotes]
    result.people = [
        Named(p.name, tuple(dict.fromkeys(p.role_texts())), GENDERS.get(p.gender or ""),
              tuple(Span(start, end, said) for said, start, end in p.roles))
        for p in registry.people
    ]
    release(doc)
    return result


def _spoke_last(timeline: Timeline, pos: int, who: speakers.Resolved) -> bool:
    """Is ``who``, who signs the post at ``pos``, the last speaker before it? « « … », a
    déclaré Anne Roy. ¶ … — Anne Roy (@anneroy) ¶ « … » »: the words after the post go on
    with her voice."""
    last = last_spoke(timeline.entries, pos)
    return last is not None and who.name is not None and last.who.name == who.name


_UNCARRIED = frozenset({Evidence.CARRY_ENDED, Evidence.CARRY_NOT_ACROSS})


def _ranked(
    doc: Doc, registry: Registry, timeline: Timeline, paras: list[tuple[int, int]],
    final: list[tuple[detect.Candidate, speakers.Resolved, tuple[str, ...]]],
    resolved: dict[int, tuple[speakers.Resolved, tuple[str, ...], speakers.Resolved]],
    roles: dict[str, tuple[Role, ...]], result: Result, settings: Settings,
) -> list[tuple[detect.Candidate, speakers.Resolved, tuple[str, ...]]]:
    """The quotes with the ranker's speaker where it overrules the rules (``ranking``); each
    quote's candidates are kept on ``result.ranked`` (scripts/train_ranker.py reads them)."""
    result.ranked = ranking.rank_quotes(doc, registry, timeline, paras, [
        (c, w, resolved[id(c)][2], confidence(w.resolution, w.kind, quote_evidence(c, notes)))
        for c, w, notes in final
    ])
    out = []
    for (cand, who, notes), r in zip(final, result.ranked, strict=True):
        # never the carry the rules ended (``Timeline.previous``): another's words
        # nor a voice from the paragraph before that the timeline would not carry across
        chosen = None if _UNCARRIED & set(notes) else ranking.overrule(r, settings)
        if chosen is not None and chosen.name != who.name:
            more = roles.get(chosen.name or "", ())
            who, notes = replace(chosen, roles=merged(chosen.roles, more)), (
                *notes, "ranker")
        out.append((cand, who, notes))
    return out


def _genders(people: list[speakers.Resolved]) -> dict[str, str]:
    """The gender each named person is given somewhere, when it is always the same."""
    seen: dict[str, set[str]] = {}
    for who in people:
        if who.kind == "person" and who.number == "s" and who.name and who.gender:
            seen.setdefault(who.name, set()).add(who.gender)
    return {name: g.pop() for name, g in seen.items() if len(g) == 1}


def _failed(art: Article, exc: Exception) -> Result:
    message = f"extraction failed: {type(exc).__name__}: {exc}"
    return Result(
        art, problems=[Problem(art.source or art.id, message, art.id, "extract", severity="error")]
    )


def extract(
    articles: Iterable[Article], nlp: Language, *, settings: Settings = DEFAULT
) -> Iterator[Result]:
    """Quotes of each article, streamed in input order; one failing article never stops the rest.

    Long articles are parsed in stretches (``passages.plan``); their quotes come back with
    offsets into the whole text. With ``settings.dask`` (a scheduler address or ``local``) the
    articles are extracted on a Dask cluster, with ``settings.jobs`` > 1 in worker processes
    (0: as many as the cores, unless the input is small); either way, workers parse and extract
    whole partitions and send back only the results, and the output is the same, in the same
    order, as in one process.
    """
    if settings.dask:
        from quotes.scale.cluster import extract_on_cluster

        yield from extract_on_cluster(articles, nlp, settings)
        return
    jobs = settings.jobs
    if jobs == 0:
        from quotes.scale import auto_jobs

        articles, jobs = auto_jobs(articles, settings)
    if jobs > 1:
        from quotes.scale.processes import extract_in_processes

        yield from extract_in_processes(articles, nlp, settings, jobs)
        return
    yield from _extract_serial(articles, nlp, settings)


def _extract_serial(articles: Iterable[Article], nlp: Language, opts: Settings) -> Iterator[Result]:
    pending = iter(articles)

    def stretches() -> Iterator[tuple[str, tuple[Article, int, int, int]]]:
        for art in pending:
            parts = passages.plan(art.text, max_chars=opts.max_passage_chars)
            if not parts:  # nothing to parse: still one (empty) result for the article
                yield "", (art, 0, 0, 1)
            for n, (lo, hi) in enumerate(parts):
                yield art.text[lo:hi], (art, lo, n, len(parts))

    current: Result | None = None
    docs = nlp.pipe(stretches(), as_tuples=True, batch_size=opts.batch_size)
    for doc, (art, offset, n, total) in docs:
        if n == 0:
            current = Result(art)
        assert current is not None
        # an article whose earlier stretch failed is reported once: its later stretches are skipped
        if not (current.problems and current.problems[-1].severity == "error"):
            try:
                stretch = replace(art, text=doc.text)
                line = _line_of(art.text, offset)
                part = extract_doc(stretch, doc, first_line=line, settings=opts)
                current.quotes.extend(shifted(q, art, offset) for q in part.quotes)
                current.problems.extend(
                    replace(p, start=None if p.start is None else p.start + offset)
                    for p in part.problems
                )
                current.rejected.extend(
                    detect.Rejected(r.start + offset, r.end + offset, r.reason)
                    for r in part.rejected
                )
                current.people.extend(part.people)
                current.ranked.extend(
                    replace(r, start=r.start + offset, end=r.end + offset) for r in part.ranked
                )
            except Exception as exc:  # isolate the article, report it, go on
                current = _failed(art, exc)
        if n == total - 1:
            yield current
