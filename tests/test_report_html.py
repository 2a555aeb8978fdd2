"""`quotes report --html`: one self-contained page, read back with the stdlib HTML parser."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from quotes.cli import app
from quotes.group.diff import variants
from quotes.group.grouping import group_quotes
from quotes.io.records import dumps
from quotes.model import ArticleRef, Problem, Quote, Span, Speaker
from quotes.present.html import clean, html_report, web_url

runner = CliRunner()
VOID = {"meta", "br", "img", "input", "link", "hr", "area", "base", "col", "embed", "source",
        "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def all(self, tag=None, cls=None, **attrs):
        return [n for n in self.iter() if n is not self and (tag is None or n.tag == tag)
                and (cls is None or cls in (n.attrs.get("class") or "").split())
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def one(self, tag=None, cls=None, **attrs):
        found = self.all(tag, cls, **attrs)
        assert len(found) == 1, (tag, cls, attrs, len(found))
        return found[0]

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)


class Page(HTMLParser):
    """The page as a tree; every start tag and attribute seen is kept for the checks."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.root = self.here = Node("#root", {}, None)
        self.source = source
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.here)
        self.here.children.append(node)
        if tag not in VOID:
            self.here = node

    def handle_startendtag(self, tag, attrs):
        self.here.children.append(Node(tag, dict(attrs), self.here))

    def handle_endtag(self, tag):
        node: Node | None = self.here
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None and node.parent is not None, f"stray </{tag}>"
        self.here = node.parent

    def handle_data(self, data):
        self.here.children.append(data)

    def section(self, name: str) -> Node:
        return self.root.one("section", id=name)

    def bars(self, chart: str) -> dict[tuple[str, str], int]:
        svg = self.root.one("svg", data_chart=chart)
        return {(r.attrs["data-row"], r.attrs["data-key"]): int(r.attrs["data-value"])
                for r in svg.all("rect", cls="bar")}


def said(n, speaker, gender, outlet, text, *, url=None, date="2024-11-26", role=None,
         kind="person", type_="direct", title=None, article=None):
    span = Span(0, len(text), text)
    return Quote(
        id=f"q-{n:016x}", article=ArticleRef(article or f"a{n}", outlet, url, date, title),
        type=type_, span=span, sentence=span, cue=None,
        speaker=Speaker(speaker, None, role, kind, "explicit", gender=gender, confidence=0.93),
    )


UKRAINE = "Nous ne laisserons pas tomber l'Ukraine, quoi qu'il arrive dans les mois qui viennent"
BATCH = [
    said(1, "Anne Morin", "female", "Le Monde", UKRAINE, url="https://www.lemonde.fr/a1",
         title="Le soutien à Kiev"),
    said(2, "Anne Morin", "female", "AFP", UKRAINE.replace("pas", "jamais")),
    said(3, "Anne Morin", "female", "franceinfo", "Nous ne laisserons pas tomber l'Ukraine",
         url="ftp://example.org/a3", date=None),
    said(4, "Paul Durand", "male", "Le Monde", "La réforme sera votée avant l'été"),
    said(5, "Paul Durand", "male", "AFP", "Le texte est prêt depuis des semaines"),
    said(6, "CGT", None, "AFP", "la mobilisation continuera", kind="organization",
         type_="indirect"),
    said(7, None, None, "Le Monde", "les discussions avancent", role="un diplomate",
         kind="anonymous", type_="indirect"),
]


@pytest.fixture(scope="module")
def batch():
    quotes, groups = group_quotes(BATCH)
    return quotes, groups, Page(html_report(quotes, [], groups))


def test_the_page_has_its_sections_and_one_row_per_quote(batch):
    quotes, _, page = batch
    for name in ("gender", "outlets", "speakers", "groups"):
        assert page.section(name).all("h2"), name
    assert "problems" not in page.source  # none given: no section, no menu entry
    assert [a.attrs["href"] for a in page.root.one("nav").all("a")] == [
        "#gender", "#outlets", "#speakers", "#groups"]
    rows = page.section("speakers").all("tr", cls="quote")
    assert len(rows) == len(quotes) == 7
    assert {r.attrs["id"] for r in rows} == {f"quote-{q.id}" for q in quotes}
    assert ("7 quotes from 3 speakers in 7 articles (1 without a named speaker)"
            in page.root.one("header").text)


def test_who_is_quoted_most_comes_in_the_report_order(batch):
    _, _, page = batch
    ranking = page.section("speakers").one("table", cls="ranking").one("tbody").all("tr")
    cells = [[td.text for td in tr.all("td")] for tr in ranking]
    assert [c[1:4] for c in cells] == [
        ["Anne Morin", "3", "female"], ["Paul Durand", "2", "male"],
        ["(un diplomate)", "1", "unknown"], ["CGT", "1", "unknown"]]
    anne = page.root.one("section", id="speaker-1")
    assert len(anne.all("tr", cls="quote")) == 3


def test_gender_charts_count_quotes_and_distinct_speakers(batch):
    _, _, page = batch
    assert page.bars("gender-quotes") == {
        ("female", "female"): 3, ("male", "male"): 2, ("unknown", "unknown"): 2}
    assert page.bars("gender-speakers") == {
        ("female", "female"): 1, ("male", "male"): 1, ("unknown", "unknown"): 2}
    figures = [t.text for t in page.root.one("svg", data_chart="gender-quotes").all("text")]
    assert figures == ["female", "3 (43%)", "male", "2 (29%)", "unknown", "2 (29%)"]


def test_outlet_chart_splits_each_outlet_by_gender(batch):
    _, _, page = batch
    bars = page.bars("outlets")
    assert bars == {
        ("Le Monde", "female"): 1, ("Le Monde", "male"): 1, ("Le Monde", "unknown"): 1,
        ("AFP", "female"): 1, ("AFP", "male"): 1, ("AFP", "unknown"): 1,
        ("franceinfo", "female"): 1, ("franceinfo", "male"): 0, ("franceinfo", "unknown"): 0}
    rects = page.root.one("svg", data_chart="outlets").all("rect")
    widths = {(r.attrs["data-row"], r.attrs["data-key"]): float(r.attrs["width"]) for r in rects}
    assert widths["franceinfo", "male"] == 0 < widths["franceinfo", "female"]
    assert widths["AFP", "female"] == widths["franceinfo", "female"]  # one scale for all


def test_group_wordings_side_by_side_with_the_diff_alignment(batch):
    quotes, groups, page = batch
    group = next(g for g in groups if g.num_outlets == 3)
    block = page.root.one("article", id=f"group-{group.id}")
    wordings = block.all("div", cls="wording")
    assert len(wordings) == group.num_mentions == 3
    for v, div in zip(variants(group), wordings, strict=True):
        assert div.attrs["data-relation"] == v.appearance.relation
        for op, tag in (("added", "ins"), ("dropped", "del")):
            assert [n.text for n in div.all(tag)] == [p.text for p in v.pieces if p.op == op]
        outside = [n.text for n in div.all("span", cls="outside")]
        assert outside == [p.text for p in v.pieces if p.op == "outside"]
    assert "jamais" in block.one("p", cls="longest").text  # the longest wording (AFP's)
    monde = next(d for d in wordings if "Le Monde" in d.text)
    assert [n.text for n in monde.all("ins")] == ["pas"]
    assert [n.text for n in monde.all("del")] == ["jamais"]
    franceinfo = next(d for d in wordings if "franceinfo" in d.text)
    assert franceinfo.attrs["data-relation"] == "fragment"
    assert [n.text for n in franceinfo.all("span", cls="outside")] == [
        "quoi qu'il arrive dans les mois qui viennent"]
    # from a quote to its group, and from a wording back to its quote
    row = page.root.one("tr", id=f"quote-{quotes[0].id}")
    assert row.one("a", href=f"#group-{group.id}")
    assert monde.one("a", href=f"#quote-{quotes[0].id}")
    assert monde.one("a", href="https://www.lemonde.fr/a1")


def test_every_quote_links_to_its_article_or_names_it(batch):
    _, _, page = batch
    first = page.root.one("tr", id="quote-q-0000000000000001")
    link = first.one("a", href="https://www.lemonde.fr/a1")
    assert link.text == "Le soutien à Kiev" and link.attrs["rel"] == "noopener noreferrer"
    afp = page.root.one("tr", id="quote-q-0000000000000002")
    assert not [a for a in afp.all("a") if not a.attrs["href"].startswith("#")]
    assert "AFP · 2024-11-26 · a2" in afp.text
    ftp = page.root.one("tr", id="quote-q-0000000000000003")  # not a web URL: no link
    assert not [a for a in ftp.all("a") if "ftp" in a.attrs["href"]]
    assert "franceinfo · a3" in ftp.text


def _external(page: Page) -> list[str]:
    """Every reference that would reach the network, bar the article links."""
    refs = []
    for n in page.root.iter():
        for name, value in n.attrs.items():
            if name in ("src", "srcset", "data", "poster", "action", "xlink:href") or (
                    name == "href" and not (value or "").startswith("#")):
                refs.append(f"{n.tag} {name}={value}")
    styles = "".join(s.text for s in page.root.all("style"))
    refs += re.findall(r"@import|url\(", styles)
    refs += [f"script {s.attrs}" for s in page.root.all("script")]
    refs += [f"link {s.attrs}" for s in page.root.all("link")]
    return refs


def test_nothing_is_fetched_when_the_page_opens(batch):
    _, _, page = batch
    # the one article with a URL, linked from its quote and from its group's wording
    assert _external(page) == ["a href=https://www.lemonde.fr/a1"] * 2
    csp = page.root.one("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert csp.startswith("default-src 'none'")


EVIL = '<script>alert("x")</script></td></tr><img src=x onerror=alert(1)>'
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
                "p", "ul", "li", "nav", "a", "section", "svg", "g", "text", "rect", "table",
                "thead", "tbody", "tr", "th", "td", "span", "br", "article", "div", "ins",
                "del", "i", "footer"}


def _evil_batch():
    evil = [
        said(1, '<script>alert(1)</script>Anne "Morin', "female", "<b>AFP</b>\x1b[31m",
             "Il a dit " + EVIL, url="javascript:alert(1)", title="</title><script>x</script>",
             article='a1"><script>'),
        said(2, "Paul\u202e Durand", "male", 'Le Monde" onmouseover="alert(1)',
             "<iframe src=https://evil.example/></iframe> et la suite",
             url='https://ex.org/a?b="><script>alert(1)</script>', date="<i>2024</i>"),
        said(3, "Léa Roux", "<svg onload=alert(1)>", "AFP", "Une phrase ordinaire\x00 ici",
             url=" data:text/html,<script>alert(1)</script>"),
    ]
    problems = [Problem("<script>src.txt</script>", "bad </li><script>alert(1)</script>")]
    return evil, problems


def test_article_markup_stays_text():
    evil, problems = _evil_batch()
    source = html_report(evil, problems, [], filters=["speaker: <script>"])
    page = Page(source)
    assert {n.tag for n in page.root.iter()} - {"#root"} <= ALLOWED_TAGS
    assert not [(n.tag, k) for n in page.root.iter() for k in n.attrs if k.startswith("on")]
    assert _external(page) == ['a href=https://ex.org/a?b="><script>alert(1)</script>']
    assert not {"\x1b", "\u202e", "\x00"} & set(source)
    rows = page.section("speakers").all("tr", cls="quote")
    assert len(rows) == 3 and all(len(r.all("td")) == 3 for r in rows)  # "</td>" broke nothing
    first = page.root.one("tr", id='quote-q-0000000000000001')
    assert "Il a dit " + EVIL in first.text  # shown as the article wrote it
    assert "</title><script>x</script>" not in first.text  # not a web URL: no link, no title
    assert 'a1"><script>' in first.text and "<b>AFP</b>[31m" in first.text
    assert "<iframe src=https://evil.example/></iframe>" in page.section("speakers").text
    assert "<script>alert(1)</script>Anne \"Morin" in page.section("speakers").text
    assert page.bars("gender-quotes")["unknown", "unknown"] == 1  # an unknown gender value
    assert sum(page.bars("outlets").values()) == 3  # counted there too
    assert "bad </li><script>alert(1)</script>" in page.section("problems").text
    assert "speaker: <script>" in page.root.one("header").text


def test_every_control_format_or_surrogate_character_is_stripped():
    doomed = [chr(c) for c in range(0x110000)
              if unicodedata.category(chr(c)) in ("Cc", "Cf", "Cs")]
    kept = "".join(" " if ch in "\t\n\r" else ch for ch in doomed if ch in "\t\n\r\u00ad\u200d")
    assert kept == "   \u00ad\u200d"  # tab, line feed, carriage return as spaces; in words
    assert clean("Le « texte »" + "".join(doomed) + " fin") == "Le « texte »" + kept + " fin"


@pytest.mark.parametrize(("url", "kept"), [
    ("https://www.lemonde.fr/a", True), ("HTTP://example.org", True),
    ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False), ("data:text/html,x", False),
    ("//evil.example/a", False), ("https://", False), ("http://exa mple.org", False),
    ("https://ex.org/\u202ea", False), ("http://[::1", False), ("", False), (None, False),
])
def test_only_web_urls_become_links(url, kept):
    assert (web_url(url) is not None) is kept


def test_no_quotes_is_still_a_page():
    page = Page(html_report([], [], []))
    assert not page.root.all("svg") and not page.root.all("tr", cls="quote")
    assert "0 quotes from 0 speakers in 0 articles" in page.root.one("header").text


# ---------------------------------------------------------------------------- the command


def test_report_html_on_seeds(tmp_path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(SEEDS), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = Page(out.read_text(encoding="utf-8"))
    headline = page.root.one("header").text
    count = int(re.search(r"(\d+) quotes from \d+ speakers in 5 articles", headline)[1])
    assert len(page.root.all("tr", cls="quote")) == count > 0
    assert sum(page.bars("gender-quotes").values()) == count
    assert sum(page.bars("outlets").values()) == count
    assert "AFP" in {row for row, _ in page.bars("outlets")}
    groups = page.section("groups").all("article", cls="group")
    assert any("Joe Biden" in g.one("h3").text for g in groups)
    assert all(len(g.all("div", cls="wording")) >= 2 for g in groups)
    assert _external(page) == []  # the seeds have no URLs
    assert f"{out}: {count} quotes" in result.output


def _records(tmp_path, quotes):
    path = tmp_path / "quotes.jsonl"
    path.write_text("".join(dumps(q) for q in quotes), encoding="utf-8")
    return path


def test_report_html_to_stdout_with_filters(tmp_path):
    src = _records(tmp_path, BATCH)
    result = runner.invoke(app, ["report", str(src), "--html", "-", "--outlet", "afp"])
    assert result.exit_code == 0, result.output
    page = Page(result.stdout)
    assert len(page.root.all("tr", cls="quote")) == 3  # the AFP quotes
    assert set(page.bars("outlets")) == {("AFP", g) for g in ("female", "male", "unknown")}
    assert "outlet: afp" in page.root.one("header").text
    # a shared quote is kept when one outlet's wording is: all its wordings are shown
    assert len(page.section("groups").all("div", cls="wording")) == 3
    paul = runner.invoke(app, ["report", str(src), "--html", "-", "--speaker", "durand"])
    assert "groups" not in [s.attrs.get("id") for s in Page(paul.stdout).root.all("section")]


def test_evil_records_read_back_stay_text(tmp_path):
    evil, _ = _evil_batch()
    result = runner.invoke(app, ["report", str(_records(tmp_path, evil)), "--html", "-"])
    assert result.exit_code == 0, result.output
    page = Page(result.stdout)
    assert {n.tag for n in page.root.iter()} - {"#root"} <= ALLOWED_TAGS
    assert len(page.root.all("tr", cls="quote")) == 3
    assert "Il a dit " + EVIL in page.section("speakers").text


def test_an_interrupted_render_leaves_the_existing_page(tmp_path, monkeypatch):
    import quotes.present.html

    src = _records(tmp_path / "", BATCH)
    out = tmp_path / "report.html"
    out.write_text("the previous report", encoding="utf-8")

    def interrupted(*args, **kwargs):
        assert list(tmp_path.glob(".report.html.*.part"))  # the new page is being written
        raise SystemExit(143)  # what SIGTERM raises (quotes.cli.main)

    monkeypatch.setattr(quotes.present.html, "html_report", interrupted)
    result = runner.invoke(app, ["report", str(src), "--html", str(out)])
    assert result.exit_code == 143
    assert out.read_text(encoding="utf-8") == "the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.jsonl", "report.html"]


def test_html_output_equal_to_the_input_is_refused(tmp_path):
    src = _records(tmp_path, BATCH)
    result = runner.invoke(app, ["report", str(src), "--html", str(src)])
    assert result.exit_code == 2 and "give another output path" in result.output
    assert src.read_text(encoding="utf-8").startswith("{")
