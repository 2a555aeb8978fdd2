"""News pages: main text and metadata from .html files and URLs, never their boilerplate.

Every URL here is served by a local HTTP server on 127.0.0.1 that the test starts and stops:
no test reaches the internet.
"""

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from quotes.cli import app
from quotes.io.readers import read_articles
from quotes.model import Article, Problem

runner = CliRunner()
PAGE = ROOT / "fixtures" / "html" / "page.html"
BOILERPLATE = ("cookies", "vie privée", "Politique", "Rien ne nous arrêtera", "C'est une honte",
               "slogan", "Mentions", "Accueil", "À lire aussi")


class Pages(BaseHTTPRequestHandler):
    def do_GET(self):
        routes = {
            "/page.html": (200, "text/html; charset=utf-8", PAGE.read_bytes()),
            "/data.json": (200, "application/json", b"{}"),
            "/empty.html": (200, "text/html", b"<html><head><title>Vide</title></head></html>"),
        }
        status, kind, body = routes.get(self.path, (404, "text/html", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def local_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)  # port 0: a free port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _check_page(art):
    assert art.title == "Otan : Jens Stoltenberg appelle à l'unité"
    assert (art.outlet, art.author, art.date) == ("Le Quotidien", "Claire Martin", "2024-11-21")
    assert art.url == "https://www.lequotidien.example/monde/otan-unite.html"
    assert "&#x27;" not in art.text and "<p>" not in art.text
    assert not [b for b in BOILERPLATE if b in art.text]


def test_saved_page_gives_its_article_only():
    (art,) = read_articles([str(PAGE)])
    assert art.id == "page"
    _check_page(art)


def test_same_page_from_a_local_server():
    with local_server() as base:
        (art,) = read_articles([f"{base}/page.html"], timeout=5)
    assert art.id.startswith("url-") and art.source.endswith("/page.html")
    _check_page(art)


def test_failed_urls_are_problems_and_the_batch_goes_on():
    with local_server() as base:
        closed = "http://127.0.0.1:9"  # the discard port: nothing listens there
        items = list(read_articles([f"{base}/missing.html", f"{base}/data.json",
                                    f"{base}/empty.html", closed, f"{base}/page.html"],
                                   timeout=5))
    *problems, art = items
    assert isinstance(art, Article) and all(isinstance(p, Problem) for p in problems)
    messages = [p.message for p in problems]
    assert messages[0].startswith("HTTP error 404")
    assert messages[1] == "not an HTML page (content type application/json)"
    assert messages[2] == "no article text found in this page"
    assert messages[3].startswith("unreachable:")
    assert all(p.severity == "error" for p in problems)


def test_html_in_a_folder_is_read(tmp_path):
    (tmp_path / "page.htm").write_bytes(PAGE.read_bytes())
    (art,) = read_articles([str(tmp_path)])
    _check_page(art)


@pytest.fixture
def extracted(tmp_path):
    urls = tmp_path / "urls.txt"
    out, texts = tmp_path / "quotes.jsonl", tmp_path / "texts"
    with local_server() as base:
        urls.write_text(f"# pages to read\n{base}/page.html\n\n{base}/missing.html\n")
        result = runner.invoke(app, ["extract", str(PAGE), "--urls", str(urls), "-o", str(out),
                                     "--texts-out", str(texts)])
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return result, recs, texts


def test_boilerplate_never_becomes_a_quote(extracted):
    result, recs, _ = extracted
    assert result.exit_code == 1  # the missing page
    quotes = [r for r in recs if r["record_type"] == "quote"]
    assert {q["article"]["outlet"] for q in quotes} == {"Le Quotidien"}
    said = " ".join(q["quote"]["text"] for q in quotes)
    assert "Nous verrons bien la suite" in said
    assert not [b for b in BOILERPLATE if b in said]
    (problem,) = [r for r in recs if r["record_type"] == "problem"]
    assert problem["message"].startswith("HTTP error 404")


def test_texts_out_holds_the_text_offsets_index(extracted):
    _, recs, texts = extracted
    quotes = [r for r in recs if r["record_type"] == "quote"]
    assert quotes  # with no quote, no offset would be checked
    for q in quotes:
        text = (texts / f"{q['article']['id']}.txt").read_text(encoding="utf-8")
        assert text[q["quote"]["start"] : q["quote"]["end"]] == q["quote"]["text"]
