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


def _write(path, text="new\n"):
    from quotes.io.writers import atomic_output

    with atomic_output(path) as out:
        out.write(text)


def test_output_over_a_symlink_writes_through_and_the_link_stays(tmp_path):
    import os

    real = tmp_path / "data" / "quotes.jsonl"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    _write(link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new\n" and real.stat().st_mode & 0o777 == 0o640
    dangling = tmp_path / "next.jsonl"
    dangling.symlink_to(tmp_path / "data" / "next.jsonl")  # names a file not made yet
    _write(dangling)
    assert dangling.is_symlink() and dangling.read_text(encoding="utf-8") == "new\n"
    assert not list(tmp_path.rglob("*.part"))


def test_output_to_a_fifo_writes_through(tmp_path):
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    _write(fifo)
    reader.join(timeout=30)
    assert got == ["new\n"] and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert not list(tmp_path.glob("*.part"))


def test_output_to_a_character_device_writes_through(tmp_path):
    """Like ``-o /dev/null``, on a null device of the test's own (never the system's)."""
    import os
    import stat

    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs CAP_MKNOD")
    _write(device)
    assert stat.S_ISCHR(os.stat(device).st_mode)  # still the device, not a file renamed over it
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(("name", "message"), [
    ("folder", "is a folder: give a file name"), ("nowhere/q.jsonl", "no folder"),
])
def test_an_output_that_cannot_be_written_is_refused_before_any_work(tmp_path, name, message):
    (tmp_path / "folder").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / name)])
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output


def test_a_temp_file_left_by_a_killed_run_is_removed_by_the_next(tmp_path):
    """A real SIGKILL leaves one temp file (nothing can remove it then); the next run to the
    same output removes it, and keeps those of a run still going and of other outputs."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import SEEDS

    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "quotes", "extract", str(SEEDS), "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob("*.part")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    (left,) = tmp_path.glob("*.part")  # nothing can remove it: SIGKILL is not caught
    assert left.name.startswith(f".out.jsonl.{proc.pid}.")
    running = tmp_path / f".out.jsonl.{os.getpid()}.abc.part"  # this process: alive
    other = tmp_path / f".other.jsonl.{proc.pid}.abc.part"  # another output's
    running.write_text("", encoding="utf-8")
    other.write_text("", encoding="utf-8")
    _write(out)
    assert out.read_text(encoding="utf-8") == "new\n"
    assert sorted(tmp_path.glob("*.part")) == sorted([running, other])
