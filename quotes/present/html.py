"""The who-said-what report as one self-contained HTML page for an editor; returns a string.

In: the records ``report.report`` takes (quotes already filtered), ranked and counted by the
same functions. Out: a page with inline CSS and inline SVG charts, and no script, font, image
or stylesheet from elsewhere (its Content-Security-Policy forbids them too), so it opens
offline. Everything an article gives (text, ids, outlet, speaker, url, title) is data: control
characters are stripped, then ``html.escape`` runs; only an http(s) URL becomes a link.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from html import escape
from urllib.parse import urlsplit

from quotes import __version__
from quotes.group.diff import Variant, variants
from quotes.model import Group, Problem, Quote
from quotes.present.report import (
    SUSPECTS,
    count_by_gender,
    counted,
    headline,
    hidden,
    known_gender,
    outlet_of,
    ranked,
    shared_groups,
)

GENDERS = ("female", "male", "unknown")  # the page's keys; unknown is ``gender: null``


def _drop(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in "\n\t\r":
        return " "
    return "" if hidden(ch) else ch


def clean(text: str | None) -> str:
    """``text`` without control, format (bidi) or lone surrogate characters; tabs and line
    breaks become spaces."""
    return SUSPECTS.sub(_drop, text) if text else ""


def h(text: str | None) -> str:
    """Article-given ``text`` as inert HTML: cleaned, then escaped (quotes too, for attributes)."""
    return escape(clean(text), quote=True)


_SPACE = re.compile(r"\s")


def web_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL with a host and no space or control character, else
    None: ``javascript:``, ``data:`` and the like never reach an ``href``."""
    if not url:
        return None
    url = url.strip()
    if _SPACE.search(url) or clean(url) != url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _link(url: str | None, label: str) -> str:
    """``label`` (already HTML) linked to ``url`` when it is a web URL, else as it is."""
    safe_url = web_url(url)
    if safe_url is None:
        return label
    return f'<a href="{escape(safe_url, quote=True)}" rel="noopener noreferrer">{label}</a>'


def _gender(q: Quote) -> str:
    return known_gender(q) or "unknown"


def speaker_gender(said: list[Quote]) -> str:
    """A speaker's gender: the one most of their quotes give, else unknown."""
    given = Counter(g for g in map(known_gender, said) if g)
    return given.most_common(1)[0][0] if given else "unknown"


# ---------------------------------------------------------------------------- charts

_WIDTH, _LABEL, _ROW, _BAR = 640, 190, 24, 16
_AREA = _WIDTH - _LABEL - 110  # room for the figures after the longest bar


def _short(label: str, size: int = 26) -> str:
    return label if len(label) <= size else label[: size - 1] + "…"


def bar_chart(name: str, title: str, rows: list[tuple[str, list[tuple[str, int]]]],
              *, whole: int | None = None) -> str:
    """A horizontal bar chart as inline SVG: one row per label, its bar stacked from
    ``(gender, count)`` segments; each segment is a ``rect`` with ``data-row``, ``data-key``
    and ``data-value``. With ``whole``, each row's figure also gives its share of it."""
    top = max((sum(n for _, n in segs) for _, segs in rows), default=0) or 1
    height = len(rows) * _ROW + 4
    out = [f'<svg class="chart" data-chart="{name}" viewBox="0 0 {_WIDTH} {height}" '
           f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>']
    for n, (label, segments) in enumerate(rows):
        y = n * _ROW + 2
        total = sum(count for _, count in segments)
        figure = f"{total} ({total / whole:.0%})" if whole else str(total)
        out.append(f'<g class="row"><title>{h(label)}: {figure}</title>'
                   f'<text x="{_LABEL - 8}" y="{y + 12}" text-anchor="end">'
                   f"{h(_short(clean(label)))}</text>")
        x = float(_LABEL)
        for key, count in segments:
            what = h(label) if label == key else f"{h(label)}, {key}"
            width = count / top * _AREA
            out.append(f'<rect class="bar {key}" data-row="{h(label)}" data-key="{key}" '
                       f'data-value="{count}" x="{x:.1f}" y="{y}" width="{width:.1f}" '
                       f'height="{_BAR}"><title>{what}: {count}</title></rect>')
            x += width
        out.append(f'<text x="{x + 6:.1f}" y="{y + 12}">{figure}</text></g>')
    out.append("</svg>")
    return "".join(out)


def _legend() -> str:
    keys = "".join(f'<span class="key {g}"></span>{g} ' for g in GENDERS)
    return f'<p class="legend">{keys}<span class="note">unknown: groups, organisations, ' \
           "unresolved or unsaid</span></p>"


def gender_section(quotes: list[Quote], speakers: list[tuple[str, list[Quote]]]) -> str:
    """Quotes, then distinct speakers, by gender (female, male, unknown)."""
    said = Counter(_gender(q) for q in quotes)
    people = Counter(speaker_gender(s) for _, s in speakers)
    charts = [
        bar_chart("gender-quotes", "Quotes by gender",
                  [(g, [(g, said[g])]) for g in GENDERS], whole=len(quotes)),
        bar_chart("gender-speakers", "Speakers by gender",
                  [(g, [(g, people[g])]) for g in GENDERS], whole=len(speakers)),
    ]
    return ('<section id="gender"><h2>By gender</h2>'
            f"<h3>Quotes</h3>{charts[0]}<h3>Speakers</h3>{charts[1]}{_legend()}</section>")


def outlet_section(quotes: list[Quote]) -> str:
    """Quotes per outlet, most first, each bar split by the gender of the speakers."""
    rows = [(r.outlet, [("female", r.women), ("male", r.men), ("unknown", r.unknown)])
            for r in count_by_gender(quotes)[1:]]
    chart = bar_chart("outlets", "Quotes by outlet", rows)
    return f'<section id="outlets"><h2>By outlet</h2>{chart}{_legend()}</section>'


# ---------------------------------------------------------------------------- speakers


def quoted(q: Quote) -> str:
    """The words as HTML; a direct quote in « », as ``report.quoted`` shows it."""
    words = h(q.span.text)
    return f"« {words} »" if q.type == "direct" else words


def article_cell(q: Quote) -> str:
    """Where the quote was published: linked to the article's URL when it has a web one."""
    a = q.article
    meta = " · ".join(h(x) for x in (a.outlet, a.date, a.id) if x)
    if web_url(a.url) is None:
        return f'<span class="meta">{meta}</span>'
    return f'{_link(a.url, h(a.title) or "article")}<br><span class="meta">{meta}</span>'


def _speaker_rows(speakers: list[tuple[str, list[Quote]]]) -> Iterable[str]:
    for n, (name, said) in enumerate(speakers, 1):
        roles = Counter(q.speaker.role for q in said if q.speaker.role)
        outlets = sorted({outlet_of(q) for q in said})
        yield (f'<tr><td class="num">{n}</td><td><a href="#speaker-{n}">{h(name)}</a></td>'
               f'<td class="num">{len(said)}</td><td>{speaker_gender(said)}</td>'
               f"<td>{'; '.join(h(r) for r, _ in roles.most_common(3))}</td>"
               f"<td>{', '.join(h(o) for o in outlets)}</td></tr>")


def _quote_row(q: Quote, shown: dict[str, Group]) -> str:
    how = " · ".join(h(x) for x in (q.type, q.cue.text if q.cue else None) if x)
    group = shown.get(q.group_id or "")
    also = (f'<br><a href="#group-{h(group.id)}">{group.num_outlets} outlets</a>'
            if group is not None else "")
    return (f'<tr class="quote" id="quote-{h(q.id)}"><td class="words" lang="fr">{quoted(q)}'
            f"</td><td>{how}{also}</td><td>{article_cell(q)}</td></tr>")


def speakers_section(speakers: list[tuple[str, list[Quote]]], shown: dict[str, Group]) -> str:
    """Who is quoted most, then each speaker's quotes, each linked to its article."""
    out = ['<section id="speakers"><h2>Who is quoted most</h2>'
           '<table class="ranking"><thead><tr><th>#</th><th>speaker</th><th>quotes</th>'
           "<th>gender</th><th>roles</th><th>outlets</th></tr></thead><tbody>",
           *_speaker_rows(speakers), "</tbody></table>"]
    for n, (name, said) in enumerate(speakers, 1):
        kind = Counter(q.speaker.kind for q in said).most_common(1)[0][0]
        out.append(f'<section class="speaker" id="speaker-{n}"><h3>{h(name)} '
                   f'<span class="meta">{counted(len(said), "quote")} · '
                   f"{h(kind)}</span></h3><table><thead><tr><th>quote</th><th>kind</th>"
                   "<th>article</th></tr></thead><tbody>")
        out.extend(_quote_row(q, shown) for q in said)
        out.append("</tbody></table></section>")
    out.append("</section>")
    return "".join(out)


# ---------------------------------------------------------------------------- groups

_TAGS = {"equal": ("", ""), "added": ("<ins>", "</ins>"), "dropped": ("<del>", "</del>"),
         "outside": ('<span class="outside">', "</span>")}


def wording(v: Variant, rows: set[str]) -> str:
    """One outlet's wording, aligned word by word with the longest (``group.diff``)."""
    a = v.appearance
    head = " · ".join(h(x) for x in dict.fromkeys((a.outlet, a.date, a.article_id)) if x)
    where = _link(a.url, head)
    if a.quote_id in rows:
        where += f' <a href="#quote-{h(a.quote_id)}">quote</a>'
    if v.pieces:
        words = " ".join(f"{_TAGS[p.op][0]}{h(p.text)}{_TAGS[p.op][1]}" for p in v.pieces)
    else:  # a paraphrase: its own words, not aligned
        words = f"<i>{h(a.text)}</i>"
    return (f'<div class="wording" data-relation="{h(a.relation)}"><p class="meta">{where} '
            f'<span class="relation">{h(a.relation)}</span></p><p lang="fr">{words}</p></div>')


def groups_section(groups: list[Group], rows: set[str]) -> str:
    """Each quote several outlets carry: their wordings side by side."""
    out = ['<section id="groups"><h2>Quotes carried by several outlets</h2><p class="legend">'
           "Each wording against the longest: <ins>added</ins> <del>dropped</del> "
           '<span class="outside">beyond the fragment</span> <i>paraphrase</i></p>']
    for g in groups:
        out.append(f'<article class="group" id="group-{h(g.id)}"><h3>'
                   f"{h(g.speaker or '(unknown speaker)')} <span class=\"meta\">"
                   f"{g.num_mentions} wordings in {g.num_outlets} outlets · {h(g.id)}</span></h3>"
                   f'<p class="longest" lang="fr">« {h(g.representative_text)} »</p>'
                   '<div class="wordings">')
        out.extend(wording(v, rows) for v in variants(g))
        out.append("</div></article>")
    out.append("</section>")
    return "".join(out)


# ---------------------------------------------------------------------------- the page

_CSP = "default-src 'none'; style-src 'unsafe-inline'"
_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;
max-width:72rem;padding:1rem 1.5rem;color:#1b1b1b;background:#fff}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;margin-top:2.5rem}
nav a{margin-right:1rem}.meta{color:#666;font-size:.85em;font-weight:normal}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #e4e4e4}
td.num{text-align:right}td.words{width:60%}
svg.chart{width:100%;max-width:52rem;height:auto;display:block;font-size:12px}
svg.chart text{fill:#1b1b1b}
.female{fill:#e69f00;background:#e69f00}.male{fill:#0072b2;background:#0072b2}
.unknown{fill:#999;background:#999}
.legend .key{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 .8em}
.wordings{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.75rem}
.wording{border:1px solid #ddd;border-radius:4px;padding:.3rem .7rem}
.longest{font-style:italic}.relation{border:1px solid #ccc;border-radius:3px;padding:0 .3em}
ins{background:#d5f5dc;text-decoration:none}del{background:#fbd8d8}
.outside{color:#888}
@media print{nav{display:none}section.speaker,article.group{break-inside:avoid}}
"""


def html_report(quotes: list[Quote], problems: list[Problem], groups: list[Group] | None = None,
                *, filters: Iterable[str] = ()) -> str:
    """The page: headline, charts by gender and by outlet, who is quoted most with every quote
    linked to its article, the wordings of each quote several outlets carry, the problems.
    ``filters`` are shown under the headline (e.g. "speaker: buzyn")."""
    speakers = ranked(quotes)
    carried = shared_groups(groups or [])
    title = headline(quotes)
    given = "".join(f"<li>{h(f)}</li>" for f in filters)
    sections: list[tuple[str, str, str]] = []  # id, name in the menu, html
    if quotes:
        sections += [("gender", "By gender", gender_section(quotes, speakers)),
                     ("outlets", "By outlet", outlet_section(quotes))]
    shown = {g.id: g for g in carried}
    sections.append(("speakers", "Who is quoted most", speakers_section(speakers, shown)))
    if carried:
        sections.append(("groups", "Quoted by several outlets",
                         groups_section(carried, {q.id for q in quotes})))
    if problems:
        items = "".join(f"<li>{h(p.source)}: {h(p.message)}</li>" for p in problems)
        sections.append(("problems", "Problems",
                         f'<section id="problems"><h2>Problems</h2><ul>{items}</ul></section>'))
    nav = "".join(f'<a href="#{key}">{name}</a>' for key, name, _ in sections)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Who said what: {escape(title)}</title><style>{_CSS}</style></head><body>"
            f"<header><h1>Who said what</h1><p>{escape(title)}</p>"
            + (f'<ul class="filters meta">{given}</ul>' if given else "")
            + f"</header><nav>{nav}</nav>{''.join(html for _, _, html in sections)}"
            f'<footer class="meta"><p>quotes {escape(__version__)}</p></footer></body></html>\n')
