"""Output formats: JSONL and CSV chosen by suffix or --format, written atomically."""

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.errors import InputError
from quotes.io.writers import CSV_COLUMNS, format_for, writer

runner = CliRunner()
TEXT = ("« Nous verrons bien la suite », a déclaré Jens Stoltenberg. « L’alliance restera unie "
        "quoi qu’il arrive », a-t-il ajouté.")


@pytest.mark.parametrize(
    ("path", "given", "fmt"),
    [("q.csv", None, "csv"), ("Q.CSV", None, "csv"), ("q.jsonl", None, "jsonl"),
     ("q.out", None, "jsonl"), (None, None, "jsonl"), ("q.jsonl", "csv", "csv"),
     (None, "csv", "csv")],
)
def test_format_from_suffix_or_flag(path, given, fmt):
    assert format_for(Path(path) if path else None, given) == fmt


def test_unknown_format_is_an_input_error():
    with pytest.raises(InputError, match="choose one of jsonl, csv"):
        format_for(None, "xlsx")


def test_csv_rows_are_quotes_only_with_a_bom(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00binary")
    out = tmp_path / "quotes.csv"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1  # b.txt failed; reported on stderr, not as a row
    assert "binary" in result.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r["article_id"], r["speaker"], r["type"]) for r in rows] == [
        ("a", "Jens Stoltenberg", "direct"), ("a", "Jens Stoltenberg", "direct")]
    first = rows[0]
    assert TEXT[int(first["start"]) : int(first["end"])] == first["quote"]
    assert first["cue"] == "a déclaré" and first["group_id"] == "" and first["gender"] == "male"
    assert not list(tmp_path.glob("*.part"))


def test_format_flag_writes_csv_to_stdout_and_jsonl_to_any_name(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.startswith("\ufeffarticle_id,outlet,")
    out = tmp_path / "quotes.txt"
    runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(out)])
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["record_type"] == "quote"
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "xlsx"])
    assert result.exit_code == 2 and "choose one of jsonl, csv" in result.output


def test_a_cell_that_looks_like_a_formula_is_quoted(tmp_path):
    from test_grouping import rec

    out = io.StringIO()
    writer("csv", out)(rec("q-0000000000000001", "a1", "=HYPERLINK(\"x\")", "=cmd"))
    (row,) = csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff")))
    assert row["quote"] == "'=HYPERLINK(\"x\")" and row["speaker"] == "'=cmd"


def test_an_output_file_gets_the_mode_open_would_give_or_keeps_its_own(tmp_path):
    import os

    from quotes.io.writers import atomic_output

    mask = os.umask(0o022)
    os.umask(mask)
    fresh, plain = tmp_path / "fresh.jsonl", tmp_path / "plain.jsonl"
    with atomic_output(fresh) as out:
        out.write("{}\n")
    plain.write_text("{}\n", encoding="utf-8")
    assert fresh.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777 == 0o666 & ~mask
    kept = tmp_path / "kept.jsonl"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    with atomic_output(kept) as out:
        out.write("new")
    assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_text(encoding="utf-8") == "new"
