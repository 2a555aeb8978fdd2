"""The record types: every evidence name a record carries is one ``Evidence`` names."""

from quotes.model import Evidence


def _unnamed(quotes) -> set[str]:
    """The evidence of ``quotes`` no member of ``Evidence`` names (the batch's ``:ID`` off)."""
    values = {e.value for e in Evidence}
    return {e for q in quotes for e in q.evidence if e.partition(":")[0] not in values}


def test_every_seed_evidence_is_named(seed_records):
    _, quotes = seed_records
    assert quotes and not _unnamed(quotes)


def test_every_corpus_evidence_is_named(corpus_records):
    _, quotes = corpus_records
    assert quotes and not _unnamed(quotes)


def test_an_evidence_name_is_its_string():
    assert Evidence.HEADING == "heading" and f"{Evidence.BATCH_ROLE}:a1" == "batch-role:a1"
    assert len({e.value for e in Evidence}) == len(Evidence)
