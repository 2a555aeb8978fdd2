"""Inputs a user gives by mistake or twice, and what the commands make of them: flags that
take no value, a people file that breaks, the same input twice, an output folder that is an
input, empty inputs. A URL is served by the local server of test_html on 127.0.0.1."""

import json
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


def test_a_file_given_twice_is_read_once_with_a_warning(tmp_path):
    from quotes.io.readers import read_articles
    from quotes.model import Article, Problem

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAID, encoding="utf-8")
    (folder / "b.txt").write_text(SAID.replace("Claire", "Anne"), encoding="utf-8")
    a = str(folder / "a.txt")
    got = list(read_articles([a, str(folder), a]))
    assert [x.id for x in got if isinstance(x, Article)] == ["a", "b"]
    warned = [x for x in got if isinstance(x, Problem)]
    assert [(p.severity, p.message) for p in warned] == [
        ("warning", f"given twice (also as {a}); read once")] * 2
    assert {p.source for p in warned} == {str(folder / "a.txt")}


def test_a_url_given_twice_is_fetched_once_with_a_warning(tmp_path):
    from test_html import local_server

    out = tmp_path / "quotes.jsonl"
    with local_server() as base:
        url = f"{base}/page.html"
        result = runner.invoke(app, ["extract", url, url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{url}: given twice (also as {url}); read once" in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    quotes = [r for r in records if r["record_type"] == "quote"]
    assert quotes and len({r["article"]["id"] for r in quotes}) == 1
    assert len({r["id"] for r in quotes}) == len(quotes)  # each quote once
    assert "duplicate" not in result.output


@pytest.mark.parametrize(("inputs", "texts"), [
    (["in"], "in"),  # page.txt beside page.html: a second article next run
    (["in"], "in/texts"),  # inside a folder that is read whole
    (["in/page.html"], "in"),  # beside an input file
    (["other.txt", "in/"], "in/./"),
])
def test_a_texts_folder_where_inputs_are_read_is_refused(tmp_path, monkeypatch, inputs, texts):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("quotes.api.read_records", _no_work)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(f"<html><body><p>{SAID}</p></body></html>")
    (tmp_path / "other.txt").write_text(SAID, encoding="utf-8")
    result = runner.invoke(app, ["extract", *inputs, "--texts-out", texts, "-o", "out.jsonl"])
    assert result.exit_code == 2, result.output
    assert "where inputs are read from" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["page.html"]


@pytest.mark.parametrize(("inputs", "texts"), [
    (["in/page.html"], "texts"),  # beside the input's folder, not in it
    (["other.txt"], "texts"),  # in the folder of an input file, not beside it
])
def test_a_texts_folder_apart_from_the_inputs_is_written(tmp_path, monkeypatch, inputs, texts):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(f"<html><body><p>{SAID}</p></body></html>")
    (tmp_path / "other.txt").write_text(SAID, encoding="utf-8")
    result = runner.invoke(app, ["extract", *inputs, "--texts-out", texts, "-o", "out.jsonl"])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "texts").iterdir())) == 1
