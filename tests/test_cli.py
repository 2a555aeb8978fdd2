import json
import re

from typer.testing import CliRunner

from quotes.cli import app

runner = CliRunner()


def test_extract_writes_jsonl_and_reports_bad_files(tmp_path):
    text = "« Nous verrons bien la suite », a déclaré Jens Stoltenberg."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
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


def _records_file(tmp_path):
    from test_grouping import rec

    from quotes.io.records import dumps

    path = tmp_path / "quotes.jsonl"
    records = [
        rec("q-0000000000000001", "a1", "Je n’entends aucune objection ? C’est décidé",
            "Samir al-Nasser", outlet="Le Monde"),
        rec("q-0000000000000002", "a2", "Je n'entends aucune objection ? C'est décidé",
            "Samir al-Nasser", outlet="franceinfo"),
        rec("q-0000000000000003", "a3", "Un tout autre propos sans rapport", "Anne Lindqvist",
            outlet="AFP"),
    ]
    path.write_text("".join(dumps(r) for r in records), encoding="utf-8")
    return path


def test_group_writes_group_ids_and_group_lines(tmp_path):
    src = _records_file(tmp_path)
    out, groups = tmp_path / "grouped.jsonl", tmp_path / "groups.jsonl"
    result = runner.invoke(app, ["group", str(src), "-o", str(out), "--groups-out", str(groups)])
    assert result.exit_code == 0, result.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert recs[0]["group_id"] == recs[1]["group_id"] is not None and recs[2]["group_id"] is None
    (g,) = [json.loads(line) for line in groups.read_text(encoding="utf-8").splitlines()]
    assert g["outlets"] == ["Le Monde", "franceinfo"]
    assert not list(tmp_path.glob("*.part"))  # no temp file left behind


def test_group_rejects_an_unknown_scorer(tmp_path):
    result = runner.invoke(app, ["group", str(_records_file(tmp_path)), "--scorer", "cosine"])
    assert result.exit_code == 2
    assert "scorer 'cosine': choose one of ratio+fragment" in result.output


def test_settings_file_then_flags_on_top(tmp_path):
    src = _records_file(tmp_path)
    config = tmp_path / "quotes.toml"
    config.write_text("[quotes]\nthreshold = 101.0\nfragment_threshold = 101.0\n"
                      "text_first_words = 100\nparaphrase = false\n", "utf-8")
    out = tmp_path / "grouped.jsonl"

    def group_ids(*extra):
        args = ["group", str(src), "-o", str(out), "--config", str(config), *extra]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        return [json.loads(line)["group_id"] for line in out.read_text("utf-8").splitlines()]

    # the file: no similarity, no overlap, no paraphrase: nothing merges
    assert group_ids() == [None, None, None]
    merged = group_ids("--threshold", "75")  # a flag overrides the file
    assert merged[0] == merged[1] is not None


def test_bad_settings_file_is_one_line(tmp_path):
    config = tmp_path / "quotes.toml"
    config.write_text("treshold = 80\n", "utf-8")
    result = runner.invoke(app, ["group", str(_records_file(tmp_path)), "--config", str(config)])
    assert result.exit_code == 2
    assert "unknown setting(s) treshold" in result.output and "Traceback" not in result.output


def test_diff_without_colour(tmp_path):
    args = ["diff", str(_records_file(tmp_path)), "--no-color", "--width", "100"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Samir al-Nasser  2 mentions in 2 outlets" in result.output
    assert "franceinfo" in result.output and "\x1b[" not in result.output


def test_diff_unknown_group_is_one_line(tmp_path):
    result = runner.invoke(app, ["diff", str(_records_file(tmp_path)), "--group", "g-nope"])
    assert result.exit_code == 2
    assert "no group 'g-nope'" in result.output


def test_report_on_seeds_ranks_speakers_and_lists_shared_quotes(tmp_path):
    from conftest import SEEDS

    result = runner.invoke(app, ["report", str(SEEDS), "--width", "120"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    head = re.fullmatch(r"(\d+) quotes from (\d+) speakers in 5 articles"
                        r"(?: \((\d+) without a named speaker\))?", lines[0])
    assert head, lines[0]
    # the report counts quotes and speakers as `quotes extract` does in its summary line
    extracted = runner.invoke(app, ["extract", str(SEEDS), "-o", str(tmp_path / "s.jsonl")])
    summary = re.search(r"(\d+) quotes, (\d+) speakers", extracted.output)
    assert summary and summary.groups() == head.groups()[:2], extracted.output
    first_panel = next(line for line in lines if line.startswith("╭─ "))
    assert "Jens Stoltenberg" in first_panel  # the most quoted speaker comes first
    assert "Quotes carried by several outlets" in result.output
    assert "Joe Biden" in result.output.split("Quotes carried by several outlets")[1]


def test_jobs_give_the_same_bytes(tmp_path):
    from conftest import SEEDS

    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["extract", str(SEEDS), "-o", str(one)]).exit_code == 0
    assert runner.invoke(app, ["extract", str(SEEDS), "-o", str(two), "--jobs", "2"]).exit_code == 0
    assert one.read_bytes() == two.read_bytes()
    assert one.stat().st_size > 10_000


def test_stdin_text_and_empty_stdin():
    text = "« Nous verrons bien la suite », a déclaré Jens Stoltenberg."
    result = runner.invoke(app, ["extract", "-"], input=text)
    assert result.exit_code == 0, result.output
    (rec,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert rec["article"]["id"] == "stdin" and rec["speaker"]["name"] == "Jens Stoltenberg"
    result = runner.invoke(app, ["extract", "-"], input="")  # read, holding nothing: as a file
    assert result.exit_code == 0 and "empty stdin: no text to read" in result.output
    result = runner.invoke(app, ["extract", "-", "--strict"], input="")
    assert result.exit_code == 1


def test_metadata_jsonl_alone_exits_1(tmp_path):
    meta = tmp_path / "metadata.jsonl"
    meta.write_text(json.dumps({"id": "a", "outlet": "AFP"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(meta)])
    assert result.exit_code == 1
    assert "no text field: metadata for which files?" in result.output


def test_version():
    from quotes import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output == f"quotes {__version__}\n"


def test_every_command_help_shows_examples():
    commands = ["extract", "group", "diff", "report", "eval"]
    for args in ([], *([c] for c in commands)):
        result = runner.invoke(app, [*args, "--help"], terminal_width=100)
        assert result.exit_code == 0
        examples = result.output.split("Examples:")[1]
        assert examples.count("quotes ") >= 2, args


def test_eval_errors_show_gold_speaker_and_plain_text(tmp_path):
    from test_grouping import rec

    from quotes.io.records import dumps

    text = "« Nous verrons bien la suite », a déclaré Jens Stoltenberg."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "a", "type": "direct", "start": 2, "end": 28,
                                "text": text[2:28], "speaker": "Oana Lungescu"}) + "\n")
    pred = tmp_path / "pred.jsonl"
    q = rec("q-0000000000000001", "a", text[2:28], "Jens Stoltenberg")
    pred.write_text(dumps(q), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), str(pred), "--errors"])
    assert result.exit_code == 0, result.output
    assert "predicted: Jens Stoltenberg   gold: Oana Lungescu" in result.output
    assert "] Nous verrons bien la suite\n" in result.output  # text, not a repr


def test_report_filters_by_speaker_and_outlet(tmp_path):
    src = _records_file(tmp_path)
    result = runner.invoke(app, ["report", str(src), "--width", "100", "--speaker", "NASSER",
                                 "--outlet", "monde"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 quote from 1 speaker in 1 article")
    assert "Anne Lindqvist" not in result.output


def test_lone_surrogate_in_jsonl_is_replaced_and_the_output_written(tmp_path):
    text = "« Nous verrons bien \\ud800 la suite », a déclaré Jens Stoltenberg."
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "a", "outlet": "Le \\udc00 Monde", "text": "' + text + '"}\n',
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    quote = next(r for r in recs if r["record_type"] == "quote")
    problem = next(r for r in recs if r["record_type"] == "problem")
    assert quote["quote"]["text"] == "Nous verrons bien \ufffd la suite"
    assert quote["article"]["outlet"] == "Le \ufffd Monde"
    assert problem["source"] == f"{src}:1" and "surrogate" in problem["message"]


def test_output_equal_to_an_input_or_another_output_is_refused_before_any_work(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("« Nous verrons », a déclaré Jens Stoltenberg.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    link = tmp_path / "link.txt"
    link.symlink_to(src)
    for args in (["extract", str(src), "-o", str(src)],
                 ["extract", str(src), "-o", str(link)],
                 ["group", str(src), "-o", str(out), "--groups-out", str(out)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, args
        assert "give another output path" in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert src.read_text(encoding="utf-8").startswith("« Nous")
    assert not out.exists()


def test_report_links_the_batch_with_people_no_quote_names(tmp_path):
    """A description in one article goes to the person another article of its days names
    without quoting him, in the report as in `quotes extract --group`."""
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in [
        {"id": "a1", "date": "2024-12-15", "text":
         "Le préfet de Mayotte, François Bieuville, a visité l'île après le passage du cyclone "
         "Chido. « Les routes sont coupées », a déclaré Marc Lenoir.\n"},
        # no name shared (a1's date is read from a quote of its own): a description saying
        # more than its noun, the next day (a bare « le préfet » names no one outside its story)
        {"id": "a2", "date": "2024-12-16", "text":
         "Le cyclone Chido a dévasté Mayotte. « Le bilan sera très lourd », a déclaré le "
         "préfet de Mayotte.\n"},
    ]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", str(articles), "--group", "-o", str(out)])
    names = [json.loads(line)["speaker"]["name"] for line in out.read_text().splitlines()
             if json.loads(line).get("record_type") == "quote"]
    assert names == ["Marc Lenoir", "François Bieuville"]
    result = runner.invoke(app, ["report", str(articles), "--width", "120"])
    assert result.exit_code == 0, result.output
    assert "François Bieuville" in result.output


def test_report_filters_keep_the_problems_of_the_articles_shown_only(tmp_path):
    from quotes.io.records import dumps
    from quotes.model import Problem

    src = _records_file(tmp_path)
    with src.open("a", encoding="utf-8") as out:
        out.write(dumps(Problem("a1.txt", "unclosed « at 10", "a1", "marks")))
        out.write(dumps(Problem("a3.txt", "unclosed « at 20", "a3", "marks")))
        out.write(dumps(Problem("bad.txt", "cannot read: Permission denied", severity="error")))
    result = runner.invoke(app, ["report", str(src), "--width", "100", "--outlet", "afp"])
    assert "a3.txt: unclosed « at 20" in result.output
    assert "a1.txt" not in result.output  # Le Monde's article: not shown under --outlet afp
    assert "bad.txt: cannot read" in result.output  # an input's problem is no one article's
    assert result.exit_code == 1  # the exit code still counts every problem
    result = runner.invoke(app, ["report", str(src), "--width", "100", "--speaker", "nasser"])
    assert "a1.txt: unclosed « at 10" in result.output and "a3.txt" not in result.output
    result = runner.invoke(app, ["report", str(src), "--width", "100"])
    assert "a1.txt" in result.output and "a3.txt" in result.output  # no filter: all of them
