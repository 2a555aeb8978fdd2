"""Inputs a user gives by mistake or twice, and what the commands make of them: flags that
take no value, a people file that breaks, the same input twice, an output folder that is an
input, empty inputs. A URL is served by the local server of test_html on 127.0.0.1."""

import re

import pytest
from typer.testing import CliRunner

from quotes.cli import app

runner = CliRunner()
SAID = "« Nous tiendrons parole », a déclaré Claire Dubois, maire de Lunel.\n"


def _no_work(*args, **kwargs):
    raise AssertionError("articles were read: the input should have been refused first")


@pytest.mark.parametrize("command", ["extract", "report", "group"])
def test_help_shows_flags_without_a_value(command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "<bool>" not in result.output
    assert re.search(r"--help\s+Show this message", result.output)


@pytest.mark.parametrize("args", [
    ["extract", "{src}", "--group", "true", "-o", "{out}"],
    ["extract", "{src}", "--strict", "yes"],
    ["report", "{src}", "--no-consensus", "false"],
    ["group", "{src}", "--no-paraphrase", "False", "-o", "{out}"],
])
def test_a_value_after_a_flag_is_refused_before_any_work(tmp_path, monkeypatch, args):
    from quotes.cli import common

    src, out = tmp_path / "a.txt", tmp_path / "out.jsonl"
    src.write_text(SAID, encoding="utf-8")
    monkeypatch.setattr("quotes.api.read_records", _no_work)
    monkeypatch.setattr(common, "count_articles", _no_work, raising=False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [a.format(src=src, out=out) for a in args])
    assert result.exit_code == 2, result.output
    assert "takes no value" in result.output and len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_a_file_named_like_a_flag_value_is_still_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "yes").write_text(SAID, encoding="utf-8")
    result = runner.invoke(app, ["extract", "yes"])
    assert result.exit_code == 0, result.output
    assert "Claire Dubois" in result.output
