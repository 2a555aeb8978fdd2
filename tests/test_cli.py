import json

from typer.testing import CliRunner

from quotes.cli import app

runner = CliRunner()


def test_extract_writes_jsonl_and_reports_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("« Nous verrons bien la suite », a déclaré Jens Stoltenberg.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1  # one file failed, the other was processed
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    quotes = [r for r in recs if r["record_type"] == "quote"]
    problems = [r for r in recs if r["record_type"] == "problem"]
    assert quotes[0]["speaker"]["name"] == "Jens Stoltenberg"
    assert problems[0]["source"].endswith("b.txt") and "binary" in problems[0]["message"]


def test_missing_path_is_one_clear_line(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.output
