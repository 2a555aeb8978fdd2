"""A mixed quote's few marked words, all said by its speaker in another article, where the
outlet's words around the marks say what that quote is about.

« Elle juge le discours « injuste » » in one outlet, « Ce discours était injuste et je le dis
sans détour » in another: one marked word is too little for a fuzzy score, a run or a
rendering of three content words (``marked``, ``said_marks``), and a speaker says one word
of many things (« "inacceptable" » of a blockade and of an injury): the word alone is no
evidence. When every mark of the quote lies word for word in the speaker's own words of the
other (a direct quote, or a mark of a mixed one), and what the marks are said of in the parse
of the outlet's sentence (the noun a marked adjective qualifies, « discours », and the nouns
that depend on it) is in that quote's text too, names aside (two statements of one story name
its people and places both), with no figure of its own (« 12 % » against « 30 % »), the marks
are a fragment of that quote: of one quote an article gives, the closest, not of two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from quotes.group.marked import person_words
from quotes.group.quote_texts import quote_marks
from quotes.group.similarity import content_stems, figures, figures_differ, normalize
from quotes.model import Quote
from quotes.nlp import load_pipeline
from quotes.settings import DEFAULT, Settings

_NOUNS = ("NOUN",)  # a proper noun is a name: the story, not what is said of it
_CAPITALISED = re.compile(r"\b[^\W\d_a-zà-ÿ][\w-]*")  # a word that opens on a capital


def marks_in_context_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                           quotes: Sequence[Quote], options: Settings = DEFAULT, *,
                           marks: Mapping[int, Sequence[str]] | None = None
                           ) -> list[tuple[int, int]]:
    """(a, b), a < b: quotes of one named speaker (``names``: the batch's keys) in two
    articles, one a mixed quote whose marks (normalised, a word alone too) each lie word for
    word in the other's own words (``_own_words``), the nouns the marks are said of in the
    parse (``_context``; not a mark's, not of a name: ``_names``) all in the other quote's
    text (``texts``: each quote's wordings, ``quote_texts``, the whole first; a mixed quote's
    outlet's words too), their figures agreeing (``_figures_differ``); of the quotes one
    article gives, the one that says most of the outlet's words and least else. The sentence
    is parsed by the pipeline of ``options`` (its backend and model), loaded once a process.
    ``marks``: each quote's marks (``quote_texts.quote_marks``), when the caller has them."""
    held = quote_marks(quotes) if marks is None else marks
    # each mixed quote to look for: its marks, padded, their stems, the stems around them and
    # the stems of the names its text gives (``_names``)
    wanted: list[tuple[int, list[str], set[str], set[str], set[str]]] = []
    for n, q in enumerate(quotes):
        if names[n] is None or q.type != "mixed" or not q.fragments:
            continue
        padded = [f" {m} " for m in held[n]]
        marked = set().union(*(content_stems(m) for m in padded))
        if not marked:
            continue  # marks of stop words alone (« "pour nous" ») say nothing of their own
        named = _names(q.span.text)
        around = content_stems(texts[n][0]) - marked - named
        if around:
            wanted.append((n, padded, marked, around, named))
    if not wanted:  # most batches: no marks to look for
        return []
    speakers = {names[n] for n, *_ in wanted}
    own: dict[int, list[str]] = {}
    holding: dict[tuple[str, str], list[int]] = defaultdict(list)  # (speaker, stem): quotes
    for m, name in enumerate(names):
        if name is not None and name in speakers and (
                said := _own_words(quotes[m], texts[m], held.get(m, ()))):
            own[m] = said
            for stem in set().union(*(content_stems(w) for w in said)):
                holding[(name, stem)].append(m)
    found: set[tuple[int, int]] = set()
    for n, padded, marked, around, named in wanted:
        name = names[n] or ""
        # the quotes of the speaker's that say the rarest marked word: few to look at
        best: dict[str, tuple[tuple[int, int], int]] = {}  # article: (rank, quote)
        context: tuple[set[str], set[str]] | None = None
        for m in min((holding.get((name, stem), []) for stem in marked), key=len):
            if quotes[m].article.id == quotes[n].article.id or not all(
                    any(mark in w for w in own[m]) for mark in padded):
                continue
            says = content_stems(texts[m][0])  # a mixed quote's outlet's words too
            if not around & says:
                continue
            if context is None:  # parsed once, and only for a quote that may join
                context = _context(quotes[n], marked, named, options)
            heads, complements = context
            if not heads or not heads <= says or not complements <= says or _figures_differ(
                    texts[n][0], texts[m][0]):
                continue
            rank = (len(around & says), -len(says))  # the other article's closest quote
            if quotes[m].article.id not in best or rank > best[quotes[m].article.id][0]:
                best[quotes[m].article.id] = (rank, m)
        found.update((min(n, m), max(n, m)) for _, m in best.values())
    return sorted(found)


def _figures_differ(outlet: str, other: str) -> bool:
    """Whether the numbers of a mixed quote's whole text (the outlet's words too: « une
    hausse « inacceptable » de 12 % ») and of the other quote's differ (``similarity.figures``,
    ``figures_differ``: « 12 % » and « 30 % »)."""
    return figures_differ([figures(outlet)], [figures(other)])


def _context(q: Quote, marked: set[str], names: set[str], options: Settings
             ) -> tuple[set[str], set[str]]:
    """The content words (``content_stems``) of what the marks are said of in the parse of
    the quote's sentence, and of that noun's complements, names and the marks aside: the noun
    a marked adjective qualifies (« le discours « injuste » »), an attribute's object (« a
    jugé le budget « irresponsable » »), a marked noun's head noun or its complement, a
    marked verb's object; its complements are the nouns that depend on it, or on the marks
    and their verb after them (« une réforme « brutale » pour les agriculteurs »). None when
    the parse gives no such noun."""
    doc = load_pipeline(options.backend, options.model)(q.sentence.text)
    heads: list[Token] = []
    complements: list[Token] = []  # the nouns that depend on them
    for f in q.fragments:
        span = doc.char_span(f.start - q.sentence.start, f.end - q.sentence.start,
                             alignment_mode="expand")
        if span is None or not len(span):
            continue
        inside = {t.i for t in span}
        root, up = span.root, span.root.head
        if root.pos_ in _NOUNS and not (up.pos_ in _NOUNS and up.i not in inside):
            heads += [c for c in root.subtree if c.i not in inside
                      and c.pos_ in _NOUNS]  # its complement: « le « mépris » de la direction »
            heads += [c for c in up.children if c.i > root.i and c.i not in inside
                      and c.pos_ in _NOUNS and c.dep_.startswith("obl")]  # or of its verb
        elif up.pos_ in _NOUNS and up.i not in inside:
            heads.append(up)  # a marked adjective, a participle, a noun's head noun
        else:  # a marked verb, or an attribute (« a jugé le budget « irresponsable » »)
            verbs = [root] + ([up] if up.i not in inside else [])
            while verbs[-1].dep_ == "xcomp" and verbs[-1].head.i not in {v.i for v in verbs}:
                verbs.append(verbs[-1].head)  # « a dit vouloir « agir vite » face à … »
            heads += [c for v in verbs for c in v.children if c.i not in inside
                      and c.pos_ in _NOUNS and (c.dep_ == "obj" or (
                          c.dep_.startswith("nsubj") and (v.i == root.i or (
                              v.i == up.i and root.dep_ == "advmod"))) or (
                          c.dep_.startswith("obl") and c.i > root.i))]
    for h in heads:
        complements += [c for c in h.subtree if c.i != h.i and c.pos_ in _NOUNS]
    aside = marked | names

    def stems(tokens: list[Token]) -> set[str]:
        return content_stems(normalize(" ".join(t.text for t in tokens))) - aside

    head_stems = stems(heads)
    return head_stems, stems(complements) - head_stems


def _names(text: str) -> set[str]:
    """The content words (``content_stems``) of the names a text gives, capitalised words
    (« Corlay », « Vernac »), with a person's title (``marked.person_words``): the story the
    outlets tell, which two statements of it share."""
    return content_stems(normalize(" ".join(_CAPITALISED.findall(text)))) | content_stems(
        " ".join(person_words(text)))


def _own_words(q: Quote, texts: Sequence[str], marks: Sequence[str]) -> list[str]:
    """The speaker's own words of a quote, normalised and padded with a space: a direct
    quote's wording, a mixed quote's ``marks`` (a word alone too); none of an indirect quote,
    which is the outlet's words."""
    if q.type == "direct":
        return [f" {texts[0]} "]
    if q.type == "mixed":
        return [f" {m} " for m in marks]
    return []
