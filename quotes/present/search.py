"""The quotes a search found, as a table: speaker, role, outlet, date, and the quote with
what matched in bold. Returns a renderable, never prints; article text goes through ``safe``."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from quotes.model import Quote
from quotes.present.report import counted, safe

Hit = tuple[Quote, tuple[tuple[int, int], ...]]  # a quote and the spans of its text that matched


def marked(text: str, spans: tuple[tuple[int, int], ...]) -> Text:
    """``text`` made safe, the ``spans`` (offsets into ``text``) styled as a match."""
    out, at = Text(), 0
    for start, end in spans:
        out.append(safe(text[at:start]))
        out.append(safe(text[start:end]), style="bold reverse")
        at = end
    out.append(safe(text[at:]))
    return out


def search_table(hits: list[Hit], query: str) -> Table:
    """One row per quote, best match first."""
    title = Text(f"{counted(len(hits), 'quote')} for ") + Text(safe(query), style="bold")
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("speaker", ratio=2, overflow="fold")
    table.add_column("role", ratio=2, overflow="fold")
    table.add_column("outlet", ratio=1, overflow="fold")
    table.add_column("date", no_wrap=True)
    table.add_column("quote", ratio=6)
    for q, spans in hits:
        body = marked(q.span.text, spans)
        if q.type == "direct":
            body = Text("« ") + body + Text(" »")
        table.add_row(Text(safe(q.who or "(unknown)")), Text(safe(q.speaker.role)),
                      Text(safe(q.article.outlet or q.article.id)), Text(safe(q.article.date)),
                      body)
    return table
