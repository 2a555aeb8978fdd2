from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "fixtures" / "gold"
# the development corpus stays outside the project (third-party text): ../shared/corpus
CORPUS = ROOT.parent / "shared" / "corpus"
# a table column left out of a row: not checked (``None`` expects no value)
ANY = type("Unchecked", (), {"__repr__": lambda self: "ANY"})()


@pytest.fixture(scope="session")
def nlp():
    from quotes.nlp import load_pipeline
    from quotes.settings import DEFAULT

    # the arguments the CLI's Extractor passes: one cache entry, so the model loads once
    return load_pipeline(DEFAULT.backend, DEFAULT.model)


def _extract_folder(nlp, folder):
    """The articles of ``folder`` and their quotes, grouped (``Quote`` records)."""
    from quotes.attribute.batch import link_batch
    from quotes.group.grouping import group_quotes
    from quotes.io.readers import read_articles
    from quotes.model import Article
    from quotes.pipeline import extract

    arts = [a for a in read_articles([str(folder)]) if isinstance(a, Article)]
    batch = link_batch([q for res in extract(arts, nlp) for q in res.quotes])
    grouped, _ = group_quotes(batch)
    return arts, grouped


@pytest.fixture(scope="session")
def seed_records(nlp):
    return _extract_folder(nlp, SEEDS)


@pytest.fixture(scope="session")
def corpus_records(nlp):
    if not (CORPUS / "articles").is_dir():
        pytest.skip(f"development corpus not found at {CORPUS} "
                    "(it lives beside the project, in shared/)")
    return _extract_folder(nlp, CORPUS / "articles")
