"""What a run shows on stderr: problems once per kind, grouped counts, one summary line."""

import io
import json

from rich.console import Console

from quotes.cli.progress import Run, count_articles, kind_of
from quotes.model import Problem


def console():
    return Console(file=io.StringIO(), width=120, force_terminal=False)


def unclosed(article, line):
    return Problem(f"{article}.txt", f"line {line}: « never closed: the quote ends at its "
                   "paragraph end", article, "marks")


def test_a_warning_is_printed_once_per_kind_then_counted():
    c = console()
    run = Run(c, 3)
    for n, art in enumerate(["a", "b", "c"]):
        run.problem(unclosed(art, n + 2))
    run.problem(Problem("d.txt", "extraction failed: boom", "d", "extract", severity="error"))
    run.close(7, 2)
    lines = c.file.getvalue().splitlines()
    assert lines[0] == "a.txt: line 2: « never closed: the quote ends at its paragraph end"
    assert lines[1] == "d.txt: extraction failed: boom"  # errors are always printed
    assert "in 3 articles; see the problem records" in lines[2]
    assert lines[3].startswith("7 quotes, 2 speakers, 4 problems of 2 kinds, ")
    assert len(lines) == 4


def test_no_bar_when_stderr_is_not_a_terminal():
    c = console()
    run = Run(c, 10)
    run.article_done()
    assert run.bar is None


def test_kind_drops_the_line():
    assert kind_of(unclosed("a", 12)) == "« never closed: the quote ends at its paragraph end"


def test_count_articles(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>x</p>", encoding="utf-8")
    rows = [{"id": "1", "text": "x"}, {"id": "2", "text": "y"}, {"id": "3", "outlet": "m"}]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 4  # the metadata line is no article
    for encoding in ("utf-16", "utf-32"):  # with their BOM, as the readers take them
        other = tmp_path / encoding
        other.mkdir()
        (other / "d.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding=encoding)
        assert count_articles([str(other)]) == 2, encoding
    assert count_articles(["-"]) is None
    assert count_articles(["https://example.org/a"]) is None
    upper = tmp_path / "upper"  # read whatever the case of the name's ending: counted so
    upper.mkdir()
    (upper / "a.TXT").write_text("x", encoding="utf-8")
    (upper / "b.HTML").write_text("<p>x</p>", encoding="utf-8")
    assert count_articles([str(upper)]) == 2
