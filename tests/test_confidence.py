"""Speaker confidence: calibrated per attribution path on untuned text, and meaningful on gold."""

import sys
from pathlib import Path

import pytest
from conftest import GOLD, confidence_counts

from quotes import evaluate as ev
from quotes.attribute.confidence import ANY, UNSEEN, backoff, confidence, lookup, path, table

ROOT = Path(__file__).resolve().parents[1]


def test_table_is_read_and_bounded():
    rows = table()
    assert len(rows) >= 10
    assert all(0 < v < 1 for v in rows.values())  # smoothed: no path is certain


def test_path_names_the_deciding_note():
    assert path("pronoun", "person", ("postposed", "pronoun-to-antecedent")) == (
        "pronoun:person:pronoun-to-antecedent"
    )
    assert confidence("explicit", "person", ()) > confidence("unresolved", "unknown", ())


def test_rows_say_how_often_the_path_was_right_on_untuned_text(calibrate):
    """Where the untuned articles show a path ten times or more, its confidence is their share
    right, within 0.1: the development gold, on which the rules were tuned (a pronoun's
    antecedent right 85 times in 85 there), does not lift it. A path far from the other paths
    of its resolution (a name of unknown kind at the cue, right 2 times in 14 where the other
    names at the cue are right about four times in five) may stand further off, but only toward
    them, and no further than its shrinking by ``STRENGTH`` quotes takes it."""
    rows = confidence_counts()
    seen = {key: v for key, v in rows.items() if v[0] >= 10}
    assert len(seen) >= 8
    for key, (n, right, conf) in seen.items():
        share = right / n
        if abs(conf - share) <= 0.1:
            continue
        toward = rows[backoff(key)[-2]][2]  # its resolution's row
        assert min(share, toward) <= conf <= max(share, toward), key
        assert abs(conf - share) <= calibrate.STRENGTH / (n + calibrate.STRENGTH) + 0.01, key


def test_a_path_mostly_right_untuned_is_high_and_one_often_wrong_is_low():
    # a person's name at the cue (right 701 times in 775 untuned) and a title the cast completes
    # (98 in 108) are right about nine times in ten
    assert confidence("explicit", "person", ()) >= 0.85
    assert confidence("title", "person", ()) >= 0.85
    # a name at the cue that is an organisation's is often cut or taken from a longer name
    assert confidence("explicit", "organization", ()) <= 0.7 < confidence("explicit", "person", ())
    # a pronoun's antecedent is wrong more often than a name at the cue
    pronoun = confidence("pronoun", "person", ("pronoun-to-antecedent",))
    assert pronoun < confidence("explicit", "person", ())
    # no speaker found is right only where the gold names no one either (11 times in 78 untuned)
    assert confidence("unresolved", "unknown", ("no-speaker",)) < 0.15


def test_an_unseen_path_falls_back_to_its_kind_then_its_resolution_then_all():
    rows = table()
    assert confidence("explicit", "person", ("people-file",)) == rows[f"explicit:person:{ANY}"]
    assert confidence("title", "organization", ()) == rows[f"title:{ANY}:{ANY}"]
    assert confidence("made-up", "person", ()) == rows[f"{ANY}:{ANY}:{ANY}"]
    assert backoff(f"title:{ANY}:{ANY}") == (f"title:{ANY}:{ANY}", f"{ANY}:{ANY}:{ANY}")
    assert lookup({"explicit:person:": 0.9}, "pronoun:person:") == UNSEEN  # no back-off rows


def test_every_quote_has_a_confidence_and_high_means_right_more_often(seed_records):
    quotes = seed_records[1]
    assert all(0 <= q.speaker.confidence <= 1 for q in quotes)
    gold = ev.load_gold(GOLD / "seeds.jsonl")
    items = ev.from_records(quotes)
    by_item = {id(i): q for i, q in zip(items, quotes, strict=True)}
    pairs = [(g, by_item[id(p)]) for g, p in ev.match(gold, items, ev.LENIENT, False)]

    def right(lo, hi):
        band = [(g, q) for g, q in pairs if lo <= q.speaker.confidence < hi]
        ok = sum(ev.norm_name(g.speaker) == ev.norm_name(q.speaker.name) for g, q in band)
        return ok / len(band) if band else None

    # at >= 0.9 five seed quotes, a description tied to a name, one with a letter too many at
    # the name's end (its extent, not its path): 4 of 5
    high, low = right(0.9, 1.01), right(0.0, 0.5)
    assert high is not None and high >= 0.8
    assert low is None or low < high


def test_every_row_is_a_path_the_pipeline_gives():
    """A row whose note no path names would never be read."""
    from quotes.attribute.confidence import NOTES

    keys = list(table())
    assert keys  # an empty table would pass unread
    for key in keys:
        resolution, kind, note = key.split(":")
        assert resolution and kind and (note in ("", ANY) or note in NOTES), key
        assert ANY not in (resolution, kind) or note == ANY, key  # back-off rows end in *
    assert f"{ANY}:{ANY}:{ANY}" in keys  # a path nothing showed still has a confidence


@pytest.fixture(scope="module")
def calibrate():
    sys.path.insert(0, str(ROOT / "scripts"))
    import calibrate_confidence

    return calibrate_confidence


def test_fit_shrinks_a_rare_path_toward_its_siblings_and_weighs_tuned_gold_down(calibrate):
    right, wrong = ("explicit:person:", True, 1.0), ("explicit:person:", False, 1.0)
    named = [right] * 40
    halved = [("explicit:organization:", ok, 1.0) for ok in (True, False) * 20]
    once = [("explicit:person:interviewer", False, 1.0)]
    tuned = [("explicit:organization:", True, calibrate.DEV_WEIGHT)] * 100
    rows = calibrate.fit(named + halved + once + tuned)
    assert rows["explicit:person:"] >= 0.9  # right 40 times in 40
    assert 0.5 <= rows["explicit:organization:"] < 0.65  # half wrong: tuned gold barely moves it
    assert rows["explicit:person:interviewer"] > 0.7  # one miss; its siblings are all right
    assert rows[f"explicit:person:{ANY}"] > rows[f"explicit:{ANY}:{ANY}"] > rows[
        "explicit:organization:"]
    assert calibrate.fit([wrong] * 5 + [right])["explicit:person:"] < 0.5


def test_outcomes_leave_out_speakers_with_a_confidence_of_their_own(calibrate):
    """A speaker a group's consensus gave carries the vote's share and one the ranker chose
    the ranker's own figure: neither tells how often its path is right."""
    from quotes import evaluate as ev
    from quotes.group.consensus import CONSENSUS
    from quotes.model import ArticleRef, Quote, Span, Speaker

    def quote(name, resolution, evidence=()):
        span = Span(0, 24, "Nous tiendrons la ligne.")
        return Quote(id=name, article=ArticleRef("a1", "a1"), type="direct", span=span,
                     sentence=span, cue=None, evidence=evidence,
                     speaker=Speaker(name, None, None, "person", resolution, confidence=0.5))

    gold = ev.Item("a1", "direct", 0, 24, "Nous tiendrons la ligne.", "Lise Martin", None, None)
    pairs = [(gold, quote("Lise Martin", "pronoun", ("pronoun-to-antecedent",))),
             (gold, quote("Lise Martin", "unresolved", ("pronoun-to-description", CONSENSUS))),
             (gold, quote("Paul Roy", "ranked"))]
    assert calibrate.outcomes(pairs) == [("pronoun:person:pronoun-to-antecedent", True, 1.0)]


def _quote(qid, article, name, role=None, *, resolution="explicit", kind="person",
           evidence=(), start=0, cued=True):
    """A quote as an article's extraction wrote it: its confidence that of its own path."""
    from dataclasses import replace

    from test_grouping import rec

    from quotes.model import Cue, Span

    q = rec(qid, article, f"Propos {qid}", speaker=name, kind=kind, resolution=resolution,
            confidence=confidence(resolution, kind, evidence), start=start)
    cue = Cue("a déclaré", "déclarer", start + 12, start + 21) if cued else None
    return replace(q, cue=cue, sentence=Span(start, start + 30, ""), evidence=evidence,
                   speaker=replace(q.speaker, role=role))


def _female(q):
    from dataclasses import replace

    return replace(q, speaker=replace(q.speaker, gender="female"))


# the batch step gives a quote a speaker another article names: its confidence is that of the
# path that finally gave it, the one scripts/calibrate_confidence.py counts it under
_NAMED = _quote("q-0", "a1", "Claire Morel", "juge d'instruction")
_LEFT = _quote("q-1", "a2", None, "juge d'instruction", resolution="unresolved",
               evidence=("description-unresolved",))


@pytest.mark.parametrize(("case", "batch", "path_after"), [
    ("fires: a description another article names the holder of",
     [_NAMED, _LEFT], "description:person:description-unresolved"),
    ("fires: the uncued quote that goes on from it",
     [_NAMED, _LEFT, _quote("q-2", "a2", None, kind="unknown", resolution="unresolved",
                            evidence=("uncued", "no-cue", "no-speaker"), start=31,
                            cued=False)],
     "continuation:person:no-speaker"),
    ("fires: a plural description, the group another article names with its noun",
     [_quote("q-0", "a1", "Hugo et Clara", "enfants de Marc Fabre"),
      _quote("q-1", "a2", "enfants de Marc Fabre", resolution="pronoun",
             evidence=("pronoun-to-antecedent",))],
     "description:person:pronoun-to-antecedent"),
])
def test_a_speaker_the_batch_gives_has_the_confidence_of_its_final_path(case, batch, path_after):
    from quotes.attribute.batch import link_batch
    from quotes.model import Named

    story = {a: [Named("Marc Fabre")] for a in ("a1", "a2")}
    last = link_batch(batch, story)[-1]
    assert any(e.startswith("batch-description:") for e in last.evidence), case
    sp = last.speaker
    assert path(sp.resolution, sp.kind, last.evidence) == path_after, case
    assert sp.confidence == lookup(table(), path_after), case
    if batch[-1].speaker.resolution == "unresolved":  # a speaker given where none was: surer
        assert sp.confidence > batch[-1].speaker.confidence, case


@pytest.mark.parametrize(("case", "batch"), [
    ("must not: a role from another article, the path unchanged",
     [_NAMED, _quote("q-1", "a2", "Claire Morel")]),
    ("must not: a gender from another article, the path unchanged",
     [_female(_NAMED), _quote("q-1", "a2", "Claire Morel", "juge d'instruction")]),
    ("must not: a description no other article resolves",
     [_quote("q-0", "a1", "Claire Morel", "juge de paix"), _LEFT]),
])
def test_a_speaker_whose_path_the_batch_leaves_keeps_its_confidence(case, batch):
    from dataclasses import replace

    from quotes.attribute.batch import link_batch

    odd = [replace(q, speaker=replace(q.speaker, confidence=0.42)) for q in batch]
    out = link_batch(odd)
    assert [q.speaker.confidence for q in out] == [0.42] * len(odd), case


_KEPT_TABLE = """# confidence ... tuned on them (3 batches, 9 matched quotes), ...
# path\tuntuned seen\tuntuned right\tdevelopment seen\tdevelopment right\tconfidence
explicit:person:\t6\t5\t40\t40\t0.85
pronoun:person:pronoun-to-antecedent\t3\t1\t20\t20\t0.50
description:person:kin-to-name\t0\t0\t1\t1\t0.80
explicit:person:*\t6\t5\t40\t40\t0.85
*:*:*\t9\t6\t61\t61\t0.70
"""


def test_kept_counts_count_as_the_quotes_they_sum(calibrate, tmp_path):
    """``--keep``: a table's untuned counts per path stand for as many quotes right and wrong,
    its back-off rows (sums of its paths) are not counted twice, and its header says how many
    batches they came from."""
    kept_file = tmp_path / "kept.tsv"
    kept_file.write_text(_KEPT_TABLE, encoding="utf-8")
    kept = calibrate.Kept(str(kept_file))
    assert kept.batches == 3
    assert sorted(kept.outcomes) == sorted(
        [("explicit:person:", True, 1.0)] * 5 + [("explicit:person:", False, 1.0)]
        + [("pronoun:person:pronoun-to-antecedent", True, 1.0)]
        + [("pronoun:person:pronoun-to-antecedent", False, 1.0)] * 2)
    # a path a new batch shows adds its quotes to the kept ones
    new = [("explicit:person:", False, 1.0)] * 4
    assert calibrate.fit(kept.outcomes + new)["explicit:person:"] < calibrate.fit(
        kept.outcomes)["explicit:person:"]
    assert calibrate.fit(kept.outcomes + new)["explicit:person:"] == calibrate.fit(
        [("explicit:person:", ok, 1.0) for ok in [True] * 5 + [False] * 5]
        + [o for o in kept.outcomes if o[0] != "explicit:person:"])["explicit:person:"]


def test_a_table_written_with_kept_counts_sums_them_and_says_so(calibrate, tmp_path,
                                                                monkeypatch):
    kept_file, out = tmp_path / "kept.tsv", tmp_path / "confidence.tsv"
    kept_file.write_text(_KEPT_TABLE, encoding="utf-8")
    monkeypatch.setattr(calibrate, "TABLE", out)
    new = [("explicit:person:", False, 1.0), ("title:person:", True, 1.0)]
    dev = [("explicit:person:", True, calibrate.DEV_WEIGHT)]
    calibrate.write([("f4.jsonl", new)], [("seeds", dev)], calibrate.Kept(str(kept_file)),
                    "the fourth batch")
    text = out.read_text(encoding="utf-8")
    header = text.splitlines()[0]
    assert "(4 batches, 11 matched quotes: 3 batches kept" in header
    assert "the fourth batch (2 quotes)" in header
    rows = {ln.split("\t")[0]: ln.split("\t")[1:3] for ln in text.splitlines()[2:]}
    assert rows["explicit:person:"] == ["7", "5"]  # 6 kept and 1 new, 5 right
    assert rows["title:person:"] == ["1", "1"]
    assert rows["*:*:*"] == ["11", "7"]
    assert calibrate.Kept(str(out)).batches == 4  # the next round keeps these in turn


_HAND_TABLE = """# confidence ... tuned on them (3 batches, 9 matched quotes), ...
# path\tuntuned seen\tuntuned right\tdevelopment seen\tdevelopment right\tconfidence
explicit:person:\t6\t5\t40\t40\t0.85
# set by hand, no counts yet: a guess
explicit:organization:document-issuer\t0\t0\t0\t0\t0.69
explicit:person:document-issuer\t0\t0\t0\t0\t0.69
*:*:*\t6\t5\t40\t40\t0.85
"""


def test_a_row_set_by_hand_is_carried_forward_while_its_path_has_no_counts(calibrate, tmp_path,
                                                                           monkeypatch):
    """A rewrite keeps a row set by hand (under « # set by hand », no counts), comment and
    all, while no batch shows its path; once one does, the fitted row replaces it."""
    out = tmp_path / "confidence.tsv"
    out.write_text(_HAND_TABLE, encoding="utf-8")
    monkeypatch.setattr(calibrate, "TABLE", out)
    new = [("explicit:person:", True, 1.0), ("explicit:organization:", False, 1.0)]
    calibrate.write([("f4.jsonl", new)], [("seeds", [])])
    lines = out.read_text(encoding="utf-8").splitlines()
    hand = lines.index("# set by hand, no counts yet: a guess")
    assert lines[hand + 1 : hand + 3] == [
        "explicit:organization:document-issuer\t0\t0\t0\t0\t0.69",
        "explicit:person:document-issuer\t0\t0\t0\t0\t0.69"]
    # a batch shows one of the paths: its fitted row, and the other still by hand
    calibrate.write([("f5.jsonl", [*new, ("explicit:person:document-issuer", True, 1.0)])],
                    [("seeds", [])])
    rows = {ln.split("\t")[0]: ln.split("\t")[1:] for ln in
            out.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")}
    assert rows["explicit:person:document-issuer"][:2] == ["1", "1"]
    assert rows["explicit:organization:document-issuer"] == ["0", "0", "0", "0", "0.69"]
    assert "# set by hand, no counts yet: a guess" in out.read_text(encoding="utf-8")
