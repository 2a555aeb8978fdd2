"""Reading inputs: encodings, JSONL lines, folders; every failure is a problem, never a crash."""

import codecs
import json
import os

import pytest

from quotes.io.decode import decode
from quotes.io.readers import read_articles
from quotes.model import Article, Problem

TEXT = "« C’est décidé », a déclaré Samir al-Nasser. Ça coûte 5 € à l’État."


def read(*paths):
    items = list(read_articles([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Article)], [
        i for i in items if isinstance(i, Problem)
    ]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16-le"),  # with a BOM
        (TEXT.replace("’", "'").replace("€", "EUR").encode("latin-1"), "cp1252"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(data, encoding):
    read = decode(data)
    assert read.encoding == encoding and read.error is None
    assert (read.warning is not None) == (encoding == "cp1252")  # not UTF-8: said
    assert "C’est décidé" in read.text or "C'est décidé" in read.text
    assert "\ufeff" not in read.text


def test_binary_is_refused_with_a_reason():
    read = decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert read.text is None and "binary" in read.error


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


def test_a_folder_reads_article_names_in_any_case(tmp_path):
    (tmp_path / "a.TXT").write_text("Un article.", encoding="utf-8")
    (tmp_path / "b.Jsonl").write_text(json.dumps({"id": "b", "text": "Un autre."}) + "\n",
                                      encoding="utf-8")
    (tmp_path / "c.PNG").write_bytes(b"\x89PNG\x00")  # not an article file: ignored
    arts, problems = read(tmp_path)
    assert sorted(a.id for a in arts) == ["a", "b"] and problems == []


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
        (b'{"id": "a", "outlet": "AFP"}\n', "no text field: metadata for which files?"),
        (b"\x00\x01", "binary"),
    ],
)
def test_stdin_that_holds_no_article_is_an_error(monkeypatch, data, message):
    arts, problems = read_stdin(monkeypatch, data)
    assert arts == []
    (problem,) = problems
    assert message in problem.message and problem.severity == "error"


@pytest.mark.parametrize("data", [b"", b" \n\n"])
def test_empty_stdin_is_a_warning_as_an_empty_file_is(monkeypatch, tmp_path, data):
    arts, problems = read_stdin(monkeypatch, data)
    assert arts == []
    (problem,) = problems
    assert "empty stdin: no text to read" in problem.message and problem.severity == "warning"
    (tmp_path / "a.txt").write_bytes(data)
    (from_file,) = read_articles([str(tmp_path / "a.txt")])
    assert (from_file.message, from_file.severity) == ("empty file: no text to read", "warning")


def test_stdin_over_the_limit_is_refused_having_read_no_more(monkeypatch):
    import io
    import sys

    class Endless(io.RawIOBase):  # `yes | quotes extract -`: never ends
        given = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"y" * len(buffer)
            self.given += len(buffer)
            return len(buffer)

    endless = Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    items = list(read_articles(["-"], max_stdin_mb=1))
    assert [(p.source, p.severity) for p in items] == [("-", "error")]
    assert "stdin is larger than 1 MB (setting max_stdin_mb)" in items[0].message
    assert endless.given < 2 * 2**20  # read up to the limit, then stopped


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


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "cp1252"])
def test_a_jsonl_of_articles_in_another_encoding_is_read_as_articles(tmp_path, encoding):
    rows = [{"id": "a", "text": TEXT}, {"id": "b", "text": "Déjà lu à Orléans."}]
    f = tmp_path / "articles.jsonl"
    f.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode(encoding))
    (tmp_path / "c.txt").write_text("Un article à côté.", encoding="utf-8")
    for given in ([f], [tmp_path]):  # named alone (not metadata), or found beside a .txt
        arts, problems = read(*given)
        texts = {a.id: a.text for a in arts}
        assert texts["a"] == TEXT and texts["b"] == "Déjà lu à Orléans."
        assert not [p for p in problems if p.severity == "error"]
    if encoding == "cp1252":  # each line said, by number
        assert [(p.source, p.message) for p in problems] == [
            (f"{f}:{n}", "not UTF-8: read as cp1252 (Windows Western European)") for n in (1, 2)]


def test_a_utf32_text_file_is_not_read_as_utf16(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.encode("utf-32"))
    arts, problems = read(tmp_path)
    assert [a.text for a in arts] == [TEXT] and problems == []


def test_one_bad_byte_in_a_utf8_file_is_replaced_and_located(tmp_path):
    head, tail = TEXT.encode()[:12], TEXT.encode()[12:]
    (tmp_path / "a.txt").write_bytes(head + b"\xe9" + tail)
    arts, problems = read(tmp_path)
    assert arts[0].text == head.decode() + "\ufffd" + tail.decode()  # accents intact
    assert [(p.article_id, p.message) for p in problems] == [
        ("a", "1 byte(s) not UTF-8 (at byte 12) replaced with U+FFFD")]


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_its_byte(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as fh:
        fh.write(TEXT.encode())
    with open(os.path.join(folder, b"vide\xff.txt"), "wb") as fh:
        fh.write(b"")
    arts, problems = read(tmp_path)
    assert [(a.id, a.source, a.text) for a in arts] == [
        ("caf\\xe9", f"{tmp_path}/caf\\xe9.txt", TEXT)]
    assert [(p.source, p.article_id) for p in problems] == [(f"{tmp_path}/vide\\xff.txt",
                                                             "vide\\xff")]
    for shown in (arts[0].id, arts[0].source, problems[0].source):
        shown.encode("utf-8")  # printable and writable: no lone surrogate left


def test_a_line_separator_inside_a_stdin_json_string_does_not_cut_the_line(monkeypatch):
    lines = [json.dumps({"id": "a", "text": f"Un\u2028deux\x85{TEXT}"}, ensure_ascii=False),
             json.dumps({"id": "b", "text": TEXT})]
    arts, problems = read_stdin(monkeypatch, "\n".join(lines).encode())
    assert [a.id for a in arts] == ["a", "b"] and problems == []
