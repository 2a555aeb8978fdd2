"""The Python API: quotes from a text, from files, folders and URLs, with one loaded model.

``extract_text`` and ``extract_files`` share one ``Extractor`` made on first use; make your own
to choose the settings or to hold the model in a long-running program. Every quote carries
the tool, version and model that produced it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

from quotes.attribute.batch import link_batch
from quotes.errors import InputError
from quotes.group.grouping import group_quotes, utterances
from quotes.io.lines import file_lines, json_lines
from quotes.io.readers import read_articles
from quotes.io.records import is_records, read_jsonl
from quotes.io.store_reader import is_store, read_store
from quotes.model import Article, Extraction, Group, Named, Problem, Quote
from quotes.nlp import load_pipeline, model_name
from quotes.pipeline import extract
from quotes.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from quotes.attribute.people import People


class Extractor:
    """One loaded pipeline (about 5 s to load) and the settings it runs with; reuse it.

    The pipeline is ``settings.backend`` with ``settings.model`` unless ``nlp`` is given;
    ``ModelNotAvailable`` when it is not installed."""

    def __init__(self, settings: Settings = DEFAULT, nlp: Language | None = None) -> None:
        self.settings = settings
        self.nlp = nlp if nlp is not None else load_pipeline(settings.backend, settings.model)
        self.made_by = Extraction(model=model_name(self.nlp))

    def text(self, text: str, *, id: str = "text", **metadata: str | None) -> list[Quote]:
        """The quotes of one text; ``metadata`` are ``Article`` fields (outlet, url, date…)."""
        article = Article(id, text, **metadata)
        return [r for r in self.records([article]) if isinstance(r, Quote)]

    def files(self, paths: Iterable[str]) -> Iterator[Quote | Problem]:
        """Quote and problem records of files, folders, ``-`` or URLs, streamed in order."""
        return self.records(read_articles(list(paths), timeout=self.settings.fetch_timeout,
                                          max_stdin_mb=self.settings.max_stdin_mb))

    def records(
        self,
        items: Iterable[Article | Problem],
        *,
        done: Callable[[Article], None] | None = None,
        named: dict[str, list[Named]] | None = None,
    ) -> Iterator[Quote | Problem]:
        """Quotes and problems of ``items``, each problem where its input was; ``done`` is
        called after each article (for a progress bar); ``named`` is given the people each
        article names, by article id (for ``group_batch``)."""
        pending: list[Problem] = []

        def only_articles() -> Iterator[Article]:
            for item in items:
                if isinstance(item, Problem):
                    pending.append(item)
                else:
                    yield item

        for result in extract(only_articles(), self.nlp, settings=self.settings):
            while pending:
                yield pending.pop(0)
            for q in result.quotes:
                yield replace(q, extraction=self.made_by)
            yield from result.problems
            if named is not None:
                named[result.article.id] = result.people
            if done is not None:
                done(result.article)
        while pending:
            yield pending.pop(0)


_EVIDENCE_LINES = 20  # lines of a JSONL file read to tell records from articles


def read_records(
    paths: list[str], *, settings: Settings = DEFAULT,
    done: Callable[[Article], None] | None = None, named: dict[str, list[Named]] | None = None,
) -> Iterator[Quote | Problem]:
    """Records for ``paths``: an extracted JSONL or a database written by ``-o quotes.db`` is
    read back as it is (no model loaded for it), everything else is read as articles and
    extracted."""
    stored = [p for p in paths if is_store(Path(p))]
    extracted = []
    for p in paths:
        if p.endswith(".jsonl"):
            records, warning = _is_export(Path(p))
            if warning is not None:
                yield Problem(p, warning)
            if records:
                extracted.append(p)
    for path in stored:
        try:
            yield from read_store(Path(path))
        except InputError as exc:  # a foreign or damaged database: said, and the rest goes on
            why = str(exc).removeprefix(path).lstrip(": ").removeprefix("is ")
            yield Problem(path, why, stage="export", severity="error")
    for path in extracted:
        try:
            with open(path, "rb") as fh:
                yield from read_jsonl(file_lines(fh), path)
        except OSError as exc:
            yield Problem(path, f"cannot read: {exc.strerror}", stage="export", severity="error")
    articles = [p for p in paths if p not in extracted and p not in stored]
    if articles:
        extractor = Extractor(settings)
        yield from extractor.records(read_articles(articles, timeout=settings.fetch_timeout,
                                                   max_stdin_mb=settings.max_stdin_mb),
                                     done=done, named=named)


def _is_export(path: Path) -> tuple[bool, str | None]:
    """Whether a JSONL file holds records to read back (``records.is_records``, from its
    first lines), and why not when the evidence is mixed."""
    try:
        with open(path, "rb") as fh:
            lines = islice(file_lines(fh), _EVIDENCE_LINES)
            return is_records([item[1] for item in json_lines(lines, str(path))
                               if not isinstance(item, Problem)])
    except OSError:
        return False, None  # reported when it is read as articles


def link_and_group(
    quotes: list[Quote], settings: Settings = DEFAULT,
    named: dict[str, list[Named]] | None = None, *, people: People | None = None,
) -> tuple[list[Quote], list[Group]]:
    """The quotes read as one batch (``link_batch``: what one article says of a person serves
    the others), then grouped; the utterances the batch reads are grouped with ``settings``
    too. ``people``: the people file the quotes were matched against (``apply_people``), so
    that a quote given a name it pins by the batch's spelling gets the file's id too."""
    found = partial(utterances, options=settings)
    return group_quotes(link_batch(quotes, named, found, story_days=settings.story_days,
                                   people=people), options=settings)


def group_batch(
    records: list[Quote | Problem], settings: Settings = DEFAULT,
    named: dict[str, list[Named]] | None = None, *, people: People | None = None,
) -> tuple[list[Quote | Problem], list[Group]]:
    """The records in their order, the quotes with group ids and linked speakers; the groups.

    The whole batch is read here, so what one article says of a person serves the others
    (``named``: the people each article names, quoted or not, from ``Extractor.records``;
    ``people``: the people file the quotes were matched against, ``link_and_group``)."""
    quotes, groups = link_and_group([r for r in records if isinstance(r, Quote)], settings, named,
                                    people=people)
    grouped = iter(quotes)
    return [next(grouped) if isinstance(r, Quote) else r for r in records], groups


_SHARED: list[Extractor] = []


def _shared() -> Extractor:
    if not _SHARED:
        _SHARED.append(Extractor())
    return _SHARED[0]


def extract_text(text: str, *, id: str = "text", **metadata: str | None) -> list[Quote]:
    """The quotes of one French text: ``extract_text(text, id="a1", outlet="AFP")``."""
    return _shared().text(text, id=id, **metadata)


def extract_files(paths: Iterable[str]) -> Iterator[Quote | Problem]:
    """Quote and problem records of .txt, .jsonl, .html files, folders, ``-`` and URLs."""
    return _shared().files(paths)
