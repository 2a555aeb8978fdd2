from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "fixtures" / "gold"
# the development corpus stays outside the project (third-party text): ../shared/corpus
CORPUS = ROOT.parent / "shared" / "corpus"
# a table column left out of a row: not checked (``None`` expects no value)
ANY = type("Unchecked", (), {"__repr__": lambda self: "ANY"})()


def require_corpus():
    """Skip the calling test, saying why, where the development corpus is absent."""
    if not (CORPUS / "articles").is_dir():
        pytest.skip(f"development corpus not found at {CORPUS} "
                    "(it lives beside the project, in shared/)")


def confidence_counts() -> dict[str, tuple[int, int, float]]:
    """Each row of quotes/attribute/confidence.tsv: its untuned seen and right, and its
    confidence."""
    from importlib import resources

    text = resources.files("quotes.attribute").joinpath("confidence.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    return {cols[0]: (int(cols[1]), int(cols[2]), float(cols[-1])) for cols in rows}


def whole_article_quote(qid, article, text, kind="direct", name="Paul Ferrand", gender="m"):
    """A quote that is the whole text of its article, said by ``name`` (a mayor)."""
    from quotes.model import ArticleRef, Quote, Span, Speaker

    span = Span(0, len(text), text)
    return Quote(id=qid, article=ArticleRef(article, article), type=kind, span=span,
                 sentence=span, cue=None,
                 speaker=Speaker(name, None, "maire", "person", "explicit",
                                 gender=gender, confidence=0.93))


def with_marks(quote, marks):
    """``quote`` as a mixed quote whose ``marks`` (words of its text) are the speaker's own:
    the fragments grouping reads (``tests/test_group_*``)."""
    from dataclasses import replace

    from quotes.model import Span

    if not marks:
        return quote
    start, text = quote.span.start, quote.span.text
    return replace(quote, type="mixed", fragments=tuple(
        Span(start + text.index(m), start + text.index(m) + len(m), m) for m in marks))


def assert_groups(grouped, together, apart):
    """Each pair (by index) of ``together`` in one group, each of ``apart`` not."""
    for a, b in together:
        assert grouped[a].group_id == grouped[b].group_id is not None, (a, b)
    for a, b in apart:
        assert grouped[a].group_id != grouped[b].group_id, (a, b)


def quote_record(qid: str, text: str, speaker: str | None, kind: str = "person",
                 role: str | None = None, marks: tuple[str, ...] = (),
                 resolution: str = "explicit", confidence: float = 0.9, type_: str = "direct"):
    """A quote of article ``a<qid>`` whose whole text is its span, said by ``speaker`` (a
    ``kind``, with its ``role``; None: unresolved), ``marks`` the marked stretches it holds."""
    from quotes.model import ArticleRef, Quote, Span, Speaker

    span = Span(0, len(text), text)
    who = (Speaker(speaker, None, role, kind, resolution, confidence=confidence) if speaker
           else Speaker(None, None, None, "unknown", "unresolved"))
    q = Quote(id=f"q{qid}", article=ArticleRef(f"a{qid}", f"a{qid}"), type=type_, span=span,
              sentence=span, cue=None, speaker=who)
    return with_marks(q, list(marks))


@contextmanager
def lacking(tmp_path, name: str, entry: str) -> Iterator[None]:
    """Inside the block, lexicon/NAME.txt is read without ``entry`` (its marks after a tab
    too), the rest of the list kept."""
    from quotes.lexicon import entries, use_folder

    kept = [e for e in entries(f"{name}.txt") if e.split("\t", 1)[0].lower() != entry]
    (tmp_path / f"{name}.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
    use_folder(tmp_path)
    try:
        yield
    finally:
        use_folder(None)


def name_span(nlp, text, name):
    """``text`` parsed, and the span of the first ``name`` in it."""
    doc = nlp(text)
    at = text.index(name)
    ent = doc.char_span(at, at + len(name))
    assert ent is not None
    return ent


def labelled(nlp, text, *ents):
    """``text`` parsed, its entities replaced by ``ents``: (words, label), in text order."""
    doc = nlp(text)
    spans, at = [], 0
    for words, label in ents:
        lo = text.index(words, at)
        at = lo + len(words)
        spans.append(doc.char_span(lo, at, label=label))
    doc.ents = spans
    return doc


def quotes_of(nlp, text):
    """The quotes of one text, read as a one-article batch."""
    from quotes.model import Article
    from quotes.pipeline import extract_doc

    return extract_doc(Article("t", text), nlp(text)).quotes


def assert_speaker_fields(nlp, text, said, *want):
    """The first quote of ``text`` whose words are ``said`` has the speaker's name, kind and
    role ``want`` (each unchecked where ``ANY``)."""
    found = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert found, [q.span.text for q in quotes_of(nlp, text)]
    s = found[0].speaker
    got = (s.name, s.kind, s.role)
    assert all(w is ANY or g == w for g, w in zip(got, want, strict=True)), got


def speaker_row(case, text, said, speaker, kind, role=ANY):
    """One row of a table read by ``assert_speaker_fields``: its id says what the row shows."""
    return pytest.param(text, said, speaker, kind, role, id=case)


def assert_gendered(nlp, text, said, speaker, gender, kind, guessed):
    """The one quote of ``text`` whose words are ``said`` has that speaker (unless ``ANY``),
    gender and kind, and the name's guess decided its gender or not (``guessed``)."""
    from quotes.attribute.name_model import NAME_MODEL

    (q,) = [q for q in quotes_of(nlp, text) if q.span.text == said]
    if speaker is not ANY:
        assert q.speaker.name == speaker
    assert (q.speaker.gender, q.speaker.kind) == (gender, kind)
    assert (NAME_MODEL in q.evidence) is guessed


def found_quotes(nlp, text):
    """The quotes of ``text``, failing where there is none: a row saying what no quote of a
    text is (« no quote has speaker X ») proves nothing on a text that gave no quote at all."""
    quotes = quotes_of(nlp, text)
    assert quotes, "nothing extracted"
    return quotes


# a quote of a text's own, in a paragraph after a text whose right answer is « no quote »
OWN_QUOTE = "\n\n« Nous attendons », a dit Luc Bernard."


def beside_its_own_quote(nlp, text):
    """The quotes of ``text`` read with ``OWN_QUOTE`` after it, but that one, which must be
    found and said by Luc Bernard: a row saying ``text`` gives no quote (or none of a kind)
    then fails on an extractor that gave nothing at all."""
    quotes = found_quotes(nlp, text + OWN_QUOTE)
    assert [q.speaker.name for q in quotes if q.span.text == "Nous attendons"] == [
        "Luc Bernard"], [q.span.text for q in quotes]
    return [q for q in quotes if q.span.text != "Nous attendons"]


def quote_said(nlp, text, said):
    """The first quote of ``text`` whose words are ``said``; fails, listing the quotes found,
    where there is none."""
    quotes = found_quotes(nlp, text)
    found = [q for q in quotes if q.span.text == said]
    assert found, [q.span.text for q in quotes]
    return found[0]


@pytest.fixture(scope="session")
def nlp():
    from quotes.nlp import load_pipeline
    from quotes.settings import DEFAULT

    # the arguments the CLI's Extractor passes: one cache entry, so the model loads once
    return load_pipeline(DEFAULT.backend, DEFAULT.model)


def _extract_folder(nlp, folder):
    """The articles of ``folder`` and their results, extracted in this process."""
    from quotes.io.readers import read_articles
    from quotes.model import Article
    from quotes.pipeline import extract
    from quotes.settings import Settings

    arts = [a for a in read_articles([str(folder)]) if isinstance(a, Article)]
    return arts, list(extract(arts, nlp, settings=Settings(jobs=1)))


def _grouped(arts, results):
    """The articles and their quotes, linked over the batch and grouped (``Quote`` records)."""
    from quotes.api import link_and_group

    # who each article names, quoted or not, as `quotes extract --group` passes it
    grouped, _ = link_and_group([q for res in results for q in res.quotes],
                                named={res.article.id: res.people for res in results})
    return arts, grouped


@pytest.fixture(scope="session")
def seed_records(nlp):
    return _grouped(*_extract_folder(nlp, SEEDS))


@pytest.fixture(scope="session")
def corpus_results(nlp):
    """Every article of the development corpus and its ``Result``, from one process: what
    the gate scores, and what worker processes and a Dask cluster must give too."""
    require_corpus()
    return _extract_folder(nlp, CORPUS / "articles")


@pytest.fixture(scope="session")
def corpus_records(corpus_results):
    return _grouped(*corpus_results)
