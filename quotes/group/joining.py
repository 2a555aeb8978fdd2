"""Who may join whom: speakers vote, the text decides.

Two quotes whose wordings match join unless their speakers keep them apart: two different
people named with confidence never join; a confident speaker and another name join only on a
long run of words both speakers said, or, when the other is weak, on words one of them said
found near whole in the other's, or, two bodies, on words of their own near the same, one
body's name in the other's or one wording saying no content word the other lacks; two weak
speakers (a pronoun, a continuation, a description taken for a name) leave it to the
text, as no name does; so does a speaker that names no one
(an anonymous source, a body named by common nouns alone) where the whole wordings are alike
and the other is no person either (a person's quote in the outlets' words shares the story's
words with anyone's, and a person's name is not to be given up for a source's); and so do
a body an outlet describes in lower case and another speaker, no person, whose whole
wordings share a long run (``one_report``): one report, whoever each outlet names.
A weak speaker and a body named at
the cue (a statement one outlet gives the ministry, another, through a pronoun, to the person
it speaks of) join when a marked fragment of the body's, of three content words or more, lies
whole in what the weak speaker's quote gives as said: no person holds them.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from quotes.group.consensus import bare_noun, named_person, names_no_one, votes
from quotes.group.content import word_stem
from quotes.group.owned_keys import persons_unit
from quotes.group.similarity import content_stems, normalize, shares_run
from quotes.group.speakers import may_say_together
from quotes.model import Quote
from quotes.settings import Settings


def open_voices(quotes: Sequence[Quote]) -> tuple[list[bool], list[bool]]:
    """Each quote's speaker that names no one (``names_no_one``: it votes, yet may be anyone
    of the story), and each that keeps no pair apart (a body unnamed, ``bare_noun``, or
    someone's services, ``persons_unit``), found once for the pair loop (``admitted``)."""
    return ([names_no_one(q.speaker) for q in quotes],
            [bare_noun(q.speaker) or persons_unit(q.speaker) for q in quotes])


def admitted(a: int, b: int, names: list[str | None], quotes: Sequence[Quote],
             texts: list[list[str]], options: Settings, nobody: Sequence[bool],
             anyone: Sequence[bool]) -> str | None:
    """How quotes ``a`` and ``b`` (their speakers' keys ``names``, their normalised ``texts``)
    may join: ``"speakers"`` when their speakers allow it (``_speakers_allow``); ``"words"``
    when only the words do, one of them naming no one (``names_no_one``) and neither a
    person, their whole wordings alike (``_alike``), or two speakers neither a person, one a
    body named in lower case (a body an outlet describes, « direction du groupe français »),
    whose whole wordings are one report (``one_report``): the same words may be another
    event's, and the caller asks the two articles to name one event (``acquainted.one_event``),
    or, for such a long run, a person or body alike that their speakers name
    (``acquainted.acquainted``: a town both name is no one alike); None when they may
    not. Two bodies each named (« préfecture de Valmont », « préfecture de Saint-Oran ») are
    two voices, whatever lead two outlets copy. ``nobody``, ``anyone``: each quote's
    ``open_voices``, found once by the caller."""
    if _speakers_allow(a, b, names, quotes, texts, options, anyone):
        return "speakers"
    sa, sb = quotes[a].speaker, quotes[b].speaker
    no_one = (nobody[a], nobody[b])
    if "person" in (sa.kind, sb.kind):
        return None
    if any(no_one) and _alike(texts[a][0], texts[b][0], options, whole=all(no_one)):
        return "words"  # « une source policière » may be anyone of the story
    if any(s.kind == "organization" and (s.name or "").islower() for s in (sa, sb)) and (
            one_report(texts[a][:1], texts[b][:1], options)):
        return "words"  # one long report: « la direction du groupe » is the company's
    return None


def _speakers_allow(a: int, b: int, names: list[str | None], quotes: Sequence[Quote],
                    texts: list[list[str]], options: Settings, anyone: Sequence[bool]) -> bool:
    """Whether the speakers of ``a`` and ``b`` allow them to join: agreeing or unnamed
    speakers may, and so may two weak ones (``consensus.votes``); different names, one of them
    confident, only when they are not two confidently named people and the wordings share
    ``text_first_words`` words of the speakers' own (``_own_words``), or, one weak and the
    other a body, hold a marked fragment of the body's whole in the weak one's own words
    (``_body_marks``); or, when one of the two is weak, when words one speaker said lie near
    whole in the other's (``_said_within``); or, two bodies, when the words of their own do
    (an outlet that edits a statement's verb, « ne peut pas » for « n'a pas pu », breaks its
    runs, not its words: ``_relayed``)."""
    sa, sb = quotes[a].speaker, quotes[b].speaker
    if None in (names[a], names[b]) or anyone[a] or anyone[b]:
        return True  # a body unnamed, or someone's services: any voice of the story
    if names[a] == names[b] or may_say_together(names[a] or "", names[b] or ""):
        return True  # the same, or one of a list of people
    weak = not votes(sa, options), not votes(sb, options)
    if all(weak):
        return True
    if named_person(sa, options) and named_person(sb, options):
        return False
    own_a, own_b = _own_words(quotes[a], texts[a]), _own_words(quotes[b], texts[b])
    if any(weak) and _body_marks(*((b, own_a) if weak[0] else (a, own_b)), quotes, texts,
                                 options):
        return True
    if any(shares_run(x, y, options.text_first_words) for x in own_a for y in own_b):
        return True
    if sa.kind == sb.kind == "organization" and _relayed(own_a, own_b, names[a] or "",
                                                         names[b] or "", options):
        return True  # one body's statement relayed by another, or one body named two ways
    return any(weak) and (_said_within(own_a, texts[b], options)
                          or _said_within(own_b, texts[a], options))


def one_report(x: Sequence[str], y: Sequence[str], options: Settings) -> bool:
    """Whether a wording of ``x`` and one of ``y`` (normalised) share a run of
    ``report_runs`` times ``text_first_words`` words in a row (``Settings``): one report, no
    formula another event says too."""
    words = options.report_runs * options.text_first_words
    return any(shares_run(a, b, words) for a in x for b in y)


def _alike(x: str, y: str, options: Settings, *, whole: bool) -> bool:
    """Whether two quotes' whole normalised wordings are alike, whoever's words they hold: a
    run of ``text_first_words`` words in a row, or the shorter, of that many words or more,
    near the longer or inside it (``_said_within``); and, when ``whole`` (neither speaker names
    anyone), the same words whole however few, a pair the text alone then decides
    (``acquainted``). A short sentence a person says, named or through a pronoun (« Les
    écoles resteront fermées demain »), is what a body or a source says of the story too."""
    return (whole and x == y) or shares_run(x, y, options.text_first_words) or _said_within(
        [x], [y], options)


def _body_marks(body: int, own: list[str], quotes: Sequence[Quote], texts: list[list[str]],
                options: Settings) -> bool:
    """Whether quote ``body``'s speaker is a body (it speaks through people, its head, its
    spokesman) and one of its marked fragments, of ``body_marks_words`` content words or more,
    lies whole in ``own``, the words a weak speaker's quote gives as said. A direct quote's
    whole text is no mark (« Toute la lumière doit être faite » opens many statements), nor is
    a fragment of fewer content words; an anonymous source is a person unnamed, who votes."""
    if quotes[body].speaker.kind != "organization":
        return False
    return any(any(f" {m} " in f" {o} " for o in own)  # the cheap test first
               and len(content_stems(m)) >= options.body_marks_words for m in texts[body][1:])


def _said_within(own: list[str], other: list[str], options: Settings) -> bool:
    """Whether a wording a speaker said (``_own_words``) and a wording of another outlet's
    quote, the shorter of ``text_first_words`` words or more, are near the same or one lies in
    the other (``threshold``, ``fragment_threshold``): an outlet that reports a statement in
    the speaker's exact words (« une plainte visant "la vente de lots de terrain jamais
    viabilisés par la commune" ») gives the words, whoever its weak attribution names."""
    for x in own:
        for y in other:
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if len(short.split()) < options.text_first_words:
                continue
            if (fuzz.ratio(x, y) >= options.threshold
                    or fuzz.partial_ratio(short, long_) >= options.fragment_threshold):
                return True
    return False


def _relayed(own_a: list[str], own_b: list[str], name_a: str, name_b: str,
             options: Settings) -> bool:
    """Whether two bodies' own words are one statement, one body relaying the other's or one
    body named two ways: near the same (``_said_within``), and either one name holds the
    other whole (« SNCF », « SNCF Réseau ») or one wording says no content word the other
    does not (``content.word_stem``: a verb's other tense, « ne pourra pas » for « n'a pas
    pu », is one word). Two bodies' statements in one mould differ in what each says: «
    fermer son site » and « maintenir son site », « tribune nord » and « tribune sud »."""
    x, y = f" {normalize(name_a)} ", f" {normalize(name_b)} "
    named_in = x in y or y in x
    for one in own_a:
        for other in own_b:
            if not _said_within([one], [other], options):
                continue
            if named_in:
                return True
            said = [{s for w in t.split() if (s := word_stem(w))} for t in (one, other)]
            if said[0] <= said[1] or said[1] <= said[0]:
                return True
    return False


def _own_words(q: Quote, texts: list[str]) -> list[str]:
    """The wordings of a quote (``quote_texts``) that are the speaker's own: all of a
    direct one, the marked fragments of a mixed one, none of an indirect one. Two outlets that
    report two people in their own words share the story's words (« le ministre de la Justice,
    Paul Roy, ») and not what either said."""
    return texts if q.type == "direct" else texts[1:]
