"""News pages in: ``.html`` files and ``http(s)://`` URLs -> ``Article`` (or a ``Problem``).

trafilatura finds the article's main text, without navigation, cookie banners, related links,
comments or footers, and its metadata: title, author, date, site name (the outlet) and
canonical URL. Offsets index that extracted text, not the HTML, so ``--texts-out`` writes it
beside the quotes. A URL that cannot be fetched, answers with an HTTP error, is not HTML or
holds no article text is one ``Problem``; the batch goes on. trafilatura is a reader, not a
language model: nothing here parses language.
"""

from __future__ import annotations

import hashlib
import re
import urllib.error
import urllib.request
from pathlib import Path

from quotes.errors import InputError
from quotes.model import Article, Problem

HTML_SUFFIXES = (".html", ".htm")
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAGE_BYTES = 20 * 2**20  # news pages are well under a few MB; this bounds a runaway answer
USER_AGENT = "quotes (French news quotation extractor)"


_HTML_START = re.compile(r"\ufeff?\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_PART = re.compile(r"<(head|body|title|meta)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """A page: it opens with ``<!DOCTYPE html`` or ``<html`` and has a head, body, title or
    meta tag (a text that merely starts with the word ``<html>`` has none)."""
    return bool(_HTML_START.match(text[:4096]) and _HTML_PART.search(text[:65536]))


def is_url(raw: str) -> bool:
    return raw.startswith(("http://", "https://"))


def url_list(path: Path) -> list[str]:
    """The URLs of a ``--urls`` file: one a line; blank lines and ``#`` comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the URL list ({exc})") from None
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    bad = [u for u in urls if not is_url(u)]
    if bad:
        raise InputError(f"{path}: not an http(s) URL: {bad[0]}")
    return urls


def url_id(url: str) -> str:
    """A stable, file-name-safe article id for a URL."""
    return "url-" + hashlib.sha1(url.encode()).hexdigest()[:12]


def from_html(html: str | bytes, source: str, art_id: str, url: str | None = None
              ) -> Article | Problem:
    """The article a page holds: its main text and metadata; a ``Problem`` when it has none."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True,
        favor_precision=True,  # boilerplate that slips in would be read as quotes
    )
    meta = {k: getattr(doc, k, None) or None for k in ("text", "sitename", "url", "date",
                                                         "title", "author")}
    text = meta["text"] or ""
    if not text.strip():
        return Problem(source, "no article text found in this page", art_id, severity="error")
    return Article(
        art_id, text, outlet=meta["sitename"], url=meta["url"] or url, date=meta["date"],
        title=meta["title"], source=source, author=meta["author"],
    )


def read_html_file(path: Path, source: str, art_id: str) -> Article | Problem:
    """A saved page as the article ``art_id``; its bytes go to trafilatura, which reads the
    charset."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Problem(source, f"cannot read: {exc.strerror}", severity="error")
    if not data.strip():
        return Problem(source, "empty file: no text to read", art_id)
    return from_html(data, source, art_id)


def fetch(url: str, *, timeout: float) -> Article | Problem:
    """The article at ``url``, fetched with ``timeout`` seconds per connection and read."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    art_id = url_id(url)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            kind = answer.headers.get_content_type()
            if kind not in HTML_TYPES:
                return Problem(url, f"not an HTML page (content type {kind})", art_id,
                               severity="error")
            data = answer.read(MAX_PAGE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        return Problem(url, f"HTTP error {exc.code} ({exc.reason})", art_id, severity="error")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, OSError) and reason.strerror:  # not "[Errno 111] Connection …"
            reason = reason.strerror
        return Problem(url, f"unreachable: {reason}", art_id, severity="error")
    if len(data) > MAX_PAGE_BYTES:
        return Problem(url, f"page larger than {MAX_PAGE_BYTES // 2**20} MB; skipped", art_id,
                       severity="error")
    return from_html(data, url, art_id, url)
