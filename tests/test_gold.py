"""Every gold annotation points exactly into its article."""

import json

import pytest
from conftest import CORPUS, GOLD, SEEDS, require_corpus

from quotes import evaluate

KINDS = ("person", "organization", "anonymous", "unknown")


def check(lines, texts):
    for line in lines:
        g = json.loads(line)
        assert texts[g["article"]][g["start"] : g["end"]] == g["text"], g
        assert g["type"] in ("direct", "indirect", "mixed")
        assert g["kind"] in KINDS
        keys = {
            "article",
            "type",
            "text",
            "start",
            "end",
            "speaker",
            "kind",
            "role",
            "cue",
            "group",
        }
        assert set(g) in (keys, keys | {"gender"})  # the second batch adds gender
        assert g.get("gender") in (None, "female", "male")


def test_seed_gold_offsets():
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    lines = (GOLD / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 70
    check(lines, texts)


def test_corpus_gold_offsets():
    require_corpus()
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (CORPUS / "articles").glob("*.txt")}
    lines = (GOLD / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    # corpus.jsonl covers the first batch, ids 101-130, every one of them
    first_batch = {stem for stem in texts if int(stem) <= 130}
    assert {json.loads(line)["article"] for line in lines} == first_batch
    check(lines, texts)


def test_second_batch_and_check_set_gold_offsets():
    require_corpus()
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (CORPUS / "articles").glob("*.txt")}
    meta = [json.loads(line) for line in (CORPUS / "articles.jsonl").read_text().splitlines()]
    check_set = {
        "buzyn-mascarade",
        "johnny-hallyday-mort",
        "federer-interview-rts",
        "refugie-afghan-paris",
        "rue-aubagne-effondrement",
        "belmondo-mort",
    }
    in_check = {m["id"] for m in meta if m["cluster"] in check_set}
    annotated = set()
    for name in ("batch2", "check"):
        lines = (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        check(lines, texts)
        ids = {json.loads(line)["article"] for line in lines}
        assert all(int(i) >= 131 for i in ids)
        assert (ids <= in_check) if name == "check" else not (ids & in_check), name
        annotated |= ids
    # every article of the batch is annotated but the two that quote nobody (179, 186)
    assert {i for i in texts if int(i) >= 131} - annotated == {"179", "186"}


GOOD_GOLD = {"article": "a", "type": "direct", "start": 2, "end": 14, "text": "Nous verrons",
             "speaker": "Jean Dupont"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start": 14, "end": 2}, "span 14:2 cannot be one (end before start"),
        ({"start": -3, "end": 9}, "span -3:9 cannot be one"),
        ({"end": 20}, "span 2:20 is 18 characters, its text 12"),
        ({"start": "2"}, "start of the wrong type"),
        ({"speaker": ["Jean"]}, "speaker of the wrong type"),
        ({"text": None, "article": 7}, "article, text of the wrong type"),
    ],
)
def test_a_gold_span_that_cannot_be_is_an_error_naming_file_and_line(tmp_path, change, message):
    from quotes.errors import InputError
    from quotes.evaluate import load_gold

    f = tmp_path / "gold.jsonl"
    lines = [GOOD_GOLD, {**GOOD_GOLD, **change}]
    f.write_text("".join(json.dumps(g) + "\n" for g in lines), encoding="utf-8")
    with pytest.raises(InputError, match=f"^{f}:2: ") as exc:
        load_gold(f)
    assert message in str(exc.value)


def test_eval_refuses_a_gold_span_past_its_article_naming_file_and_line(tmp_path):
    from typer.testing import CliRunner

    from quotes.cli import app

    (tmp_path / "a.txt").write_text("« Nous verrons », a dit Jean Dupont.", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    past = {**GOOD_GOLD, "start": 100, "end": 112}
    gold.write_text(json.dumps(GOOD_GOLD) + "\n" + json.dumps(past) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(gold), str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert f"{gold}:2: span 100:112 ends past article 'a' (36 characters)" in result.output
    gold.write_text(json.dumps(GOOD_GOLD) + "\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["eval", str(gold), str(tmp_path / "a.txt")]).exit_code == 0


def test_gold_folder_with_a_fifo_or_a_bad_line_is_an_error_never_a_wait(tmp_path):
    import os

    from quotes.errors import InputError
    from quotes.evaluate import load_gold

    f = tmp_path / "a.jsonl"
    f.write_bytes((json.dumps(GOOD_GOLD, ensure_ascii=False) + "\n").encode("cp1252"))
    assert [g.where for g in load_gold(tmp_path)] == [f"{f}:1"]  # cp1252: read, a warning
    f.write_text(json.dumps(GOOD_GOLD) + "\n{broken\n" + json.dumps(GOOD_GOLD) + "\n", "utf-8")
    with pytest.raises(InputError, match=f"^{f}:2: invalid JSON"):
        load_gold(f)
    f.write_text(json.dumps(GOOD_GOLD) + "\n", "utf-8")
    os.mkfifo(tmp_path / "b.jsonl")  # opened for reading, it would wait for a writer forever
    with pytest.raises(InputError, match=r"b.jsonl: cannot read gold \(not a regular file: "):
        load_gold(tmp_path)


def _item(speaker: str, role: str | None) -> evaluate.Item:
    return evaluate.Item("a", "direct", 0, 5, "Bonjour", speaker, role, None)


@pytest.mark.parametrize("gold, pred, kind", [
    (("Anne Roy", "ministre de l'Intérieur"), ("Anne Roy", "Ministre de l’intérieur"), "exact"),
    (("Anne Roy", "ministre de l'Intérieur"), ("Anne Roy", "ministre"), "extent"),
    (("Anne Roy", "maire de Rodez"), ("Anne Roy", None), "missing"),
    (("Anne Roy", "maire de Rodez"), ("Anne Roy", "avocate"), "other"),
])
def test_role_breakdown_says_how_a_role_went(gold, pred, kind):
    counts = evaluate.role_breakdown([(_item(*gold), _item(*pred))])
    assert counts[kind] == 1
    assert sum(counts[k] for k in ("exact", "extent", "missing", "other")) == 1
    assert counts["wrong_speaker"] == 0


def test_role_breakdown_counts_a_role_lost_with_its_speaker():
    counts = evaluate.role_breakdown(
        [(_item("Anne Roy", "maire de Rodez"), _item("Paul Roy", "avocat"))])
    assert counts == {"exact": 0, "extent": 0, "missing": 0, "other": 1, "wrong_speaker": 1}


@pytest.mark.parametrize("gold, pred, kind", [
    ("Anne Roy", "anne roy", "right"),
    ("Anne Roy", None, "unresolved"),
    ("Anne Roy", "Roy", "part"),
    ("Roy", "Anne Roy", "part"),
    ("Anne Roy", "Paul Roy", "wrong"),
    (None, "Paul Roy", "wrong"),
])
def test_speaker_breakdown_tells_unresolved_from_wrong(gold, pred, kind):
    counts = evaluate.speaker_breakdown([(_item(gold, None), _item(pred, None))])
    assert counts[kind] == 1 and sum(counts.values()) == 1
