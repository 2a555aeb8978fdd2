"""Hostile and odd input: extraction never crashes, offsets always point into the text."""

import json
import os
import unicodedata

import pytest
from rich.console import Console
from typer.testing import CliRunner

from quotes.cli import app
from quotes.io import records as export
from quotes.model import Article, Problem
from quotes.pipeline import extract
from quotes.present.report import report, safe

runner = CliRunner()


def run(nlp, text, aid="t"):
    (res,) = list(extract([Article(aid, text)], nlp))
    return res


def check_offsets(text, quotes):
    """Every span of every quote is exactly the text at its offsets."""
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.span.text
        assert text[q.sentence.start : q.sentence.end] == q.sentence.text
        if q.cue:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker.mention:
            m = q.speaker.mention
            assert text[m.start : m.end] == m.text


ODD = {
    "only marks": "« » “ ” \" \" ‹ › « « » »",
    "unbalanced": "« Un début sans fin, a-t-il dit. Puis » un mot » et « encore.",
    "crossed": "« Il a dit “ceci » et cela”, a déclaré Jean Dupont.",
    "apostrophes as quotes": "'Je viens', a dit l'homme. ‘Bien sûr’, répond-elle.",
    "guillemets as brackets": "Le prix «TTC» reste «hors» débat «selon» les usages.",
    "next paragraph close": "« Une phrase ouverte\n\nqui se ferme plus loin », a dit Paul Leroy.",
    "zero width and bidi":
        "« Nous\u200b verrons\u202e », a\u2066 déclaré\u2069 Jean\u200d Dupont.",
    "mixed line endings": "« Un », a dit Jean Dupont.\r\n« Deux », a-t-il ajouté.\rFin.",
    "control characters": "« Danger \x1b[31mrouge\x1b[0m \x07 », a déclaré Jean Dupont.",
    "markup":
        "« [bold]Gras[/bold] et [link=https://evil.example]lien[/link] », a dit Jean Dupont.",
}


@pytest.mark.parametrize("name", sorted(ODD))
def test_odd_text_never_crashes_and_offsets_hold(nlp, name):
    text = ODD[name]
    res = run(nlp, text)
    assert not [p for p in res.problems if p.severity == "error"]
    check_offsets(text, res.quotes)


def test_ten_thousand_unbalanced_marks(nlp):
    text = "« mot " * 10_000
    res = run(nlp, text)
    check_offsets(text, res.quotes)
    assert len([p for p in res.problems if p.stage == "marks"]) >= 1


def test_megabyte_paragraph_without_punctuation_is_not_parsed_whole(nlp):
    # ~1.1 MB, one paragraph, no cue
    text = ("lorem ipsum dolor sit amet consectetur " * 30_000).strip()
    assert len(text) > 1_000_000
    res = run(nlp, text)
    assert res.quotes == [] and not res.problems


def test_long_article_keeps_exact_offsets_in_every_stretch(nlp):
    filler = "Le marché était calme ce jour-là et rien ne bougeait.\n\n" * 4_000  # ~230 kB
    quote = "« Nous verrons bien », a déclaré Jean Dupont.\n\n"
    text = filler + quote + filler + quote
    res = run(nlp, text)
    assert len(res.quotes) == 2
    check_offsets(text, res.quotes)
    assert all(q.speaker.name == "Jean Dupont" for q in res.quotes)


def test_a_failing_article_does_not_stop_the_batch(nlp, monkeypatch):
    from quotes import pipeline as stage

    real = stage.extract_doc

    def flaky(article, doc, **kw):
        if "PANNE" in doc.text:
            raise RuntimeError("boom")
        return real(article, doc, **kw)

    monkeypatch.setattr(stage, "extract_doc", flaky)
    arts = [Article("a", "« Nous verrons bien », a dit Jean Dupont."),
            Article("b", "PANNE ici, a-t-il dit."),  # a cue: the article is parsed
            Article("c", "« Rien ne change », a dit Paul Leroy.")]
    results = list(extract(arts, nlp))
    assert [r.article.id for r in results] == ["a", "b", "c"]
    assert results[1].problems[0].severity == "error" and "boom" in results[1].problems[0].message
    assert results[0].quotes and results[2].quotes


def test_terminal_output_neutralises_escapes_and_markup(nlp):
    text = ODD["control characters"] + " " + ODD["markup"]
    res = run(nlp, text)
    assert any("\x1b" in q.span.text for q in res.quotes)  # kept intact in the data
    assert any("\\u001b" in export.dumps(q) for q in res.quotes)  # JSON-escaped in the JSONL
    console = Console(width=200, record=True, force_terminal=False)
    console.print(report(res.quotes, []))
    out = console.export_text()
    assert "\x1b" not in out and "\x07" not in out
    assert "\\u001b[31mrouge" in out  # shown, not executed
    assert "[bold]Gras[/bold]" in out and "[link=https://evil.example]" in out  # printed literally


def test_safe_makes_controls_visible():
    assert safe("a\x1b]8;;http://x\x07b\u202ec") == "a\\u001b]8;;http://x\\u0007b\\u202ec"


def test_safe_shows_every_control_format_surrogate_and_separator_character():
    # the HTML report's clean() strips the same characters: one definition, checked for both
    # in tests/test_report_html.py against the same unicodedata categories
    shown = [chr(c) for c in range(0x110000) if chr(c) not in "\n\t\u00ad\u200d"
             and unicodedata.category(chr(c)) in ("Cc", "Cf", "Cs", "Zl", "Zp")]
    assert len(shown) > 2000
    assert safe("é" + "".join(shown) + "\u00ad\u200d\n\t«") == (
        "é" + "".join(f"\\u{ord(ch):04x}" for ch in shown) + "\u00ad\u200d  «")


def test_an_article_cannot_forge_report_lines(nlp):
    text = "« Fin\n\n42 quotes from 1 speakers in 1 articles », a dit Jean Dupont."
    res = run(nlp, text)
    console = Console(width=200, record=True)
    console.print(report(res.quotes, []))
    lines = console.export_text().splitlines()
    assert not any(line.startswith("42 quotes from") for line in lines)


def test_strict_turns_warnings_into_failure(tmp_path):
    (tmp_path / "a.txt").write_text("« Jamais fermé, a dit Jean Dupont.", encoding="utf-8")
    relaxed = runner.invoke(app, ["extract", str(tmp_path)])
    strict = runner.invoke(app, ["extract", str(tmp_path), "--strict"])
    assert relaxed.exit_code == 0 and strict.exit_code == 1
    problems = [json.loads(x) for x in relaxed.stdout.splitlines() if '"problem"' in x]
    assert problems[0]["message"].startswith("line 1: « never closed")


def test_unexpected_error_is_one_line_without_debug(monkeypatch, capsys):
    import sys

    from quotes import cli

    def broken(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli.extract, "article_records", broken)
    monkeypatch.setattr(sys, "argv", ["quotes", "extract", "x.txt"])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert "RuntimeError: disk on fire" in err and "--debug" in err and "Traceback" not in err
    monkeypatch.setattr(sys, "argv", ["quotes", "--debug", "extract", "x.txt"])
    with pytest.raises(RuntimeError):
        cli.main()


def test_interrupted_output_leaves_no_partial_file(tmp_path, monkeypatch):
    from quotes import cli

    (tmp_path / "a.txt").write_text("« Un », a dit Jean Dupont.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous complete run\n", encoding="utf-8")

    def interrupted(paths, *, progress, settings, texts=None, run=None, read=None,
                    named=None):  # its args
        yield Problem("a.txt", "half way")
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.extract, "article_records", interrupted)
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 130  # interrupted (a wrong call to the fake would exit 1)
    assert out.read_text(encoding="utf-8") == "previous complete run\n"  # untouched
    assert not list(tmp_path.glob("*.part"))


def test_fifty_megabyte_article_finishes_with_bounded_memory():
    """Peak memory for 50 MB stays within a few times the text itself over a 5 MB run."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).parent / "helpers" / "long_article.py"

    def run_mb(mb):
        out = subprocess.run([sys.executable, str(script), str(mb)], capture_output=True,
                             text=True, check=True)
        quotes, peak = map(int, out.stdout.split())
        return quotes, peak

    small_quotes, small_peak = run_mb(5)
    big_quotes, big_peak = run_mb(50)
    assert small_quotes == big_quotes == 10
    # the 50 MB text itself is ~100 MB in memory
    assert big_peak - small_peak < 250, (small_peak, big_peak)


def test_sigterm_during_output_leaves_no_partial_file(tmp_path):
    """A real SIGTERM: the previous output stays whole and no temporary file is left."""
    import signal
    import subprocess
    import sys
    import time

    from conftest import SEEDS

    out = tmp_path / "out.jsonl"
    out.write_text("previous complete run\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "quotes", "extract", str(SEEDS), "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob("*.part")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "finished before it could be interrupted"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    assert out.read_text(encoding="utf-8") == "previous complete run\n"
    assert not list(tmp_path.glob("*.part"))


def test_sigterm_right_after_the_temp_file_is_made_leaves_none(tmp_path, monkeypatch):
    """The narrowest window: SIGTERM as soon as the temp file exists, before the block that
    removes it on failure has begun. The signal waits until that block holds the file."""
    import signal
    import tempfile

    from quotes.cli import _terminate
    from quotes.io import writers

    made = tempfile.mkstemp

    def mkstemp_then_sigterm(*args, **kwargs):
        made_now = made(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGTERM)
        return made_now

    out = tmp_path / "out.jsonl"
    out.write_text("previous complete run\n", encoding="utf-8")
    monkeypatch.setattr(writers.tempfile, "mkstemp", mkstemp_then_sigterm)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        with pytest.raises(SystemExit), writers.atomic_output(out) as fh:
            fh.write("half")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert out.read_text(encoding="utf-8") == "previous complete run\n"
    assert not list(tmp_path.glob("*.part"))


def test_eval_errors_show_article_ids_through_safe():
    from quotes.evaluate import Item
    from quotes.present.errors import error_lines

    evil = "a\x1b]8;;http://x\x07\u202e\x9b2J"
    gold = [Item(evil, "direct", 0, 5, "Bonjour", "Jean\x1b[2J", None, None, None, None, None)]
    lines = "\n".join(error_lines(gold, [], {}))
    assert "\x1b" not in lines and "\u202e" not in lines and "\x9b" not in lines
    assert safe(evil) in lines


def test_a_worker_killed_by_the_system_costs_only_its_own_articles(nlp, monkeypatch):
    """SIGKILL (as the out-of-memory killer sends it) in a --jobs worker: no hang, the batch
    is retried once alone, then reported; the other articles come back in order."""
    import os
    import signal

    from quotes import pipeline
    from quotes.model import Article
    from quotes.settings import Settings

    real = pipeline._extract_serial

    def deadly(articles, nlp_, opts):
        if any(a.id == "boom" for a in articles):
            os.kill(os.getpid(), signal.SIGKILL)
        yield from real(articles, nlp_, opts)

    monkeypatch.setattr(pipeline, "_extract_serial", deadly)
    said = "« Nous verrons bien la suite des événements », a déclaré Jens Stoltenberg."
    arts = [Article("a", said), Article("boom", said), Article("c", said)]
    results = list(pipeline.extract(arts, nlp, settings=Settings(jobs=2, batch_size=1)))
    assert [r.article.id for r in results] == ["a", "boom", "c"]
    assert results[0].quotes and results[2].quotes and not results[1].quotes
    assert "worker process died" in results[1].problems[0].message


def _spoiled_records(tmp_path):
    """An extracted JSONL whose second and fourth lines are malformed records."""
    from test_cli import _records_file

    path = _records_file(tmp_path)
    good = path.read_text(encoding="utf-8").splitlines()
    wrong_type = json.loads(good[2])
    wrong_type["speaker"]["name"] = {"not": "a name"}
    bad_offsets = json.loads(good[2])
    bad_offsets["quote"]["start"] = 40
    lines = [good[0], json.dumps({"record_type": "quote", "id": "q-1"}), good[1],
             json.dumps(wrong_type), json.dumps(bad_offsets), good[2]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["report", "group", "diff", "eval"])
def test_a_malformed_record_is_a_problem_line_and_the_rest_goes_on(tmp_path, command):
    src = _spoiled_records(tmp_path)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "a3", "type": "direct", "start": 0, "end": 33,
                                "text": "Un tout autre propos sans rapport"}) + "\n", "utf-8")
    args = {"report": ["report", str(src), "--width", "200"], "group": ["group", str(src)],
            "diff": ["diff", str(src), "--no-color", "--width", "200"],
            "eval": ["eval", str(gold), str(src)]}[command]
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, result.output  # warnings: the records that remain are read
    assert f"{src}:2: missing field 'quote'; line skipped" in result.output
    assert f"{src}:4: speaker is not a string; line skipped" in result.output
    assert f"{src}:5: quote: offsets 40:33 do not fit its 33 characters" in result.output
    assert "Traceback" not in result.output
    kept = {"report": "Samir al-Nasser", "group": '"q-0000000000000003"',
            "diff": "Le Monde", "eval": "P=1.000 R=1.000"}[command]
    assert kept in result.output


def test_the_stdin_limit_is_a_setting_and_over_it_is_one_error(tmp_path):
    config = tmp_path / "quotes.toml"
    config.write_text("max_stdin_mb = 0.001\n", encoding="utf-8")  # about 1 kB
    text = "« Nous verrons bien », a dit Jean Dupont.\n"
    result = runner.invoke(app, ["extract", "-", "--config", str(config)], input=text * 100)
    assert result.exit_code == 1
    assert "-: stdin is larger than 0.001 MB (setting max_stdin_mb)" in result.output
    result = runner.invoke(app, ["extract", "-", "--config", str(config)], input=text)
    assert result.exit_code == 0 and '"Jean Dupont"' in result.output


TERMINAL_ATTACKS = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e\u2066\u2028\u2029\x85"


def test_every_terminal_printer_shows_controls_from_records_as_escapes(tmp_path):
    """C0, C1, bidi and line separators in any field of a record read back (kind, outlet,
    date, speaker, text, id) never reach the terminal raw: report, diff, problem lines."""
    from dataclasses import replace

    from test_grouping import rec

    from quotes.io.records import dumps

    evil = TERMINAL_ATTACKS
    quotes = [
        rec("q-0000000000000001", f"a1{evil}", f"Je n’entends aucune objection{evil}",
            f"Sultan{evil}", kind=f"person{evil}", outlet=f"Le Monde{evil}"),
        rec("q-0000000000000002", "a2", "Je n’entends aucune objection", f"Sultan{evil}",
            outlet="franceinfo"),
    ]
    quotes[0] = replace(quotes[0], article=replace(quotes[0].article, date=f"2024{evil}"))
    src = tmp_path / "quotes.jsonl"
    problem = {"record_type": "problem", "source": f"src{evil}", "message": "m",
               "article_id": None, "stage": "export", "offset": None, "severity": "warning"}
    src.write_text("".join(dumps(q) for q in quotes) + json.dumps(problem) + "\n", "utf-8")
    for args in (["report", str(src), "--width", "300"],
                 ["diff", str(src), "--no-color", "--width", "300"],
                 ["group", str(src), "-o", str(tmp_path / "out.jsonl")]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert not set("\x1b\x07\x9b\u202e\u2066\u2028\u2029\x85") & set(result.output), args
        assert "src\\u001b]0;pwned\\u0007" in result.output  # the problem line, made visible
        if args[0] != "group":
            assert "Sultan\\u001b]0;pwned" in result.output and "\\u202e" in result.output


def test_a_one_line_error_shows_controls_and_markup_of_a_path_literally(tmp_path):
    out = tmp_path / "[bold]no\x1b[2Jdir" / "q.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 2
    assert "[bold]no\\u001b[2Jdir" in result.output and "\x1b" not in result.output
