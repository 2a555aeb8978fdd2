"""Reading inputs: encodings, JSONL lines, folders; every failure is a problem, never a crash."""

import codecs
import json
import os

import pytest

from quotes.io.readers import decode, read_articles
from quotes.model import Article, Problem

TEXT = "« C’est décidé », a déclaré Sultan al-Jaber. Ça coûte 5 € à l’État."


def read(*paths):
    items = list(read_articles([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Article)], [
        i for i in items if isinstance(i, Problem)
    ]


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (TEXT.encode("utf-8"), None),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), None),
        (TEXT.encode("utf-16"), None),  # with a BOM
        (TEXT.replace("’", "'").replace("€", "EUR").encode("latin-1"), None),
        (TEXT.encode("cp1252"), None),
    ],
)
def test_encodings_decode_to_the_same_text(data, why):
    text, problem = decode(data)
    assert problem is why
    assert "C’est décidé" in text or "C'est décidé" in text
    assert "\ufeff" not in text


def test_binary_is_refused_with_a_reason():
    text, why = decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert text is None and "binary" in why


def test_empty_and_blank_files_are_problems_not_articles(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    arts, problems = read(tmp_path)
    assert arts == []
    assert sorted(p.source.rsplit("/", 1)[-1] for p in problems) == ["blank.txt", "empty.txt"]
    assert all("empty" in p.message for p in problems)


def test_jsonl_bad_lines_are_reported_by_number_and_the_rest_is_read(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Premier article."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "a", "text": "Même id."}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "d", "text": "Dernier article.", "outlet": "AFP", "date": "2025-01-01"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    arts, problems = read(path)
    assert [a.id for a in arts] == ["a", "d"]
    assert arts[1].outlet == "AFP" and arts[1].date == "2025-01-01"
    where = {p.source.rsplit(":", 1)[-1]: p.message for p in problems}
    assert set(where) == {"2", "3", "4", "5", "6"}
    assert "invalid JSON" in where["2"] and "no 'text'" in where["3"] and "no 'text'" in where["4"]
    assert "duplicate" in where["5"] and "not a JSON object" in where["6"]


def test_metadata_jsonl_beside_txt_files(tmp_path):
    (tmp_path / "x1.txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(
        json.dumps({"id": "x1", "outlet": "Le Monde", "url": "https://e.fr/1"}), encoding="utf-8"
    )
    arts, problems = read(tmp_path)
    assert problems == [] and arts[0].outlet == "Le Monde" and arts[0].url == "https://e.fr/1"


def test_folder_with_loops_unreadable_and_other_files(tmp_path):
    (tmp_path / "ok.txt").write_text("Un article.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")  # not an article file: ignored
    (tmp_path / "fake.txt").write_bytes(b"\x00\x01\x02")  # an article name, binary content
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    secret = tmp_path / "secret.txt"
    secret.write_text("caché", encoding="utf-8")
    secret.chmod(0)
    try:
        arts, problems = read(tmp_path)
    finally:
        secret.chmod(0o644)
    names = sorted(a.id for a in arts)
    assert "ok" in names and "fake" not in names
    assert any("binary" in p.message and p.source.endswith("fake.txt") for p in problems)
    if os.geteuid() != 0:  # root reads any file; others get a problem for it
        assert any(p.source.endswith("secret.txt") and "cannot read" in p.message for p in problems)


def test_missing_path_is_a_problem(tmp_path):
    arts, problems = read(tmp_path / "absent.txt")
    assert arts == [] and problems[0].message == "no such file or directory"


def test_line_endings_are_kept_as_they_are(tmp_path):
    (tmp_path / "crlf.txt").write_bytes("« Un »,\r\na dit X.\rFin.".encode())
    arts, _ = read(tmp_path)
    assert arts[0].text == "« Un »,\r\na dit X.\rFin."


def test_unreadable_file_is_a_problem_and_the_rest_is_read(tmp_path, monkeypatch):
    from pathlib import Path

    (tmp_path / "a.txt").write_text("Lisible.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Illisible.", encoding="utf-8")
    real = Path.read_bytes

    def denied(self):
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    arts, problems = read(tmp_path)
    assert [a.id for a in arts] == ["a"]
    assert (
        problems[0].source.endswith("b.txt")
        and problems[0].message == "cannot read: Permission denied"
    )


def read_stdin(monkeypatch, data: bytes):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    return read("-")


def test_stdin_plain_text_is_one_article(monkeypatch):
    arts, problems = read_stdin(monkeypatch, b"{pas du JSON}\n\n" + TEXT.encode())
    assert problems == []
    assert [(a.id, a.source) for a in arts] == [("stdin", "-")]
    assert arts[0].text.endswith(TEXT)


def test_stdin_jsonl_is_detected_by_its_first_line(monkeypatch):
    lines = ["", json.dumps({"id": "a", "text": TEXT, "outlet": "AFP"}), "{broken"]
    arts, problems = read_stdin(monkeypatch, "\n".join(lines).encode())
    assert [(a.id, a.outlet) for a in arts] == [("a", "AFP")]
    assert [p.source for p in problems] == ["-:3"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty stdin"),
        (b" \n\n", "empty stdin"),
        (b'{"id": "a", "outlet": "AFP"}\n', "no text field: metadata for which files?"),
        (b"\x00\x01", "binary"),
    ],
)
def test_stdin_that_holds_no_article_is_an_error(monkeypatch, data, message):
    arts, problems = read_stdin(monkeypatch, data)
    assert arts == []
    (problem,) = problems
    assert message in problem.message and problem.severity == "error"


def test_stdin_over_the_limit_is_refused(monkeypatch):
    from quotes.io import readers

    monkeypatch.setattr(readers, "MAX_STDIN_BYTES", 10)
    arts, (problem,) = read_stdin(monkeypatch, TEXT.encode())
    assert arts == [] and "larger than" in problem.message


def test_metadata_jsonl_alone_is_an_error_but_not_beside_its_files(tmp_path):
    meta = tmp_path / "metadata.jsonl"
    meta.write_text(json.dumps({"id": "a", "outlet": "AFP"}) + "\n", encoding="utf-8")
    arts, (problem,) = read(meta)
    assert arts == [] and problem.message.startswith("no text field: metadata for which files?")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    arts, problems = read(meta, tmp_path / "a.txt")
    assert problems == [] and [a.outlet for a in arts] == ["AFP"]
    arts, problems = read(tmp_path)
    assert problems == [] and [a.outlet for a in arts] == ["AFP"]


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ('{"id": "deep", "text": "x", "v": ' + "[" * 10_000 + "]" * 10_000 + "}", "too deep"),
        ('{"id": "big", "text": "x", "n": ' + "9" * 5_000 + "}", "number too long"),
    ],
)
def test_jsonl_line_beyond_parser_limits_is_a_problem_and_the_rest_is_read(tmp_path, bad, why):
    f = tmp_path / "a.jsonl"
    good = json.dumps({"id": "ok", "text": "Un article."})
    f.write_text("\n".join([bad, good]) + "\n", encoding="utf-8")
    arts, problems = read(f)
    assert [a.id for a in arts] == ["ok"]
    assert [p.source for p in problems] == [f"{f}:1"]
    assert why in problems[0].message


def test_jsonl_line_over_the_size_limit_is_skipped_by_number(tmp_path, monkeypatch):
    from quotes.io import lines

    monkeypatch.setattr(lines, "MAX_LINE_CHARS", 100)
    f = tmp_path / "a.jsonl"
    rows = [{"id": "big", "text": "x" * 500}, {"id": "ok", "text": "Un article."}]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    arts, problems = read(f)
    assert [a.id for a in arts] == ["ok"]
    assert [p.source for p in problems] == [f"{f}:1"] and "longer than" in problems[0].message


def test_deep_json_on_stdin_is_a_problem_not_a_crash(monkeypatch):
    import io
    import sys

    data = ("[" * 10_000 + "]" * 10_000 + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    arts, problems = read("-")
    assert [a.id for a in arts] == ["stdin"] and problems == []


def test_odd_things_named_jsonl_beside_a_txt_never_block_and_are_reported(tmp_path):
    sub = tmp_path / "articles"
    sub.mkdir()
    (sub / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(sub / "fifo.jsonl")  # would block forever if opened for reading
    (sub / "folder.jsonl").mkdir()
    (sub / "broken.jsonl").symlink_to(tmp_path / "nowhere")
    (tmp_path / "loop.jsonl").symlink_to(tmp_path / "loop.jsonl")  # one folder above
    arts, problems = read(sub / "a.txt")
    assert [a.id for a in arts] == ["a"]
    names = sorted(p.source.rsplit("/", 1)[-1] for p in problems)
    assert names == ["broken.jsonl", "fifo.jsonl", "folder.jsonl", "loop.jsonl"]
    assert all("metadata file ignored" in p.message for p in problems)


def test_two_files_named_alike_in_two_folders_get_two_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"Texte de {folder}.", encoding="utf-8")
    arts = [a for a in read_articles([str(tmp_path)]) if isinstance(a, Article)]
    assert [a.id for a in arts] == ["x", "b/x"]
    assert [a.text for a in arts] == ["Texte de a.", "Texte de b."]
