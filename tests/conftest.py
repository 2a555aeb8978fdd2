from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "fixtures" / "gold"


@pytest.fixture(scope="session")
def nlp():
    from quotes.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_records(nlp):
    from quotes import export
    from quotes.extract import extract
    from quotes.ingest import read_articles
    from quotes.model import Article

    arts = [a for a in read_articles([str(SEEDS)]) if isinstance(a, Article)]
    out = []
    for res in extract(arts, nlp):
        out.extend(export.quote_record(q, res.article) for q in res.quotes)
    return arts, out
