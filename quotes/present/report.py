"""Rich renderables for the who-said-what report; returns objects, never prints.

Article text is data: it goes into ``rich.text.Text`` (never parsed as markup) after
control characters are replaced, so an article cannot restyle or take over a terminal.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def safe(text: str | None) -> str:
    """``text`` with control characters (ANSI/OSC escapes, bidi controls) made visible."""
    if text is None:
        return ""
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\n\t":
            out.append(" ")
        elif cat in ("Cc", "Cf") and ch not in "\u00ad\u200d":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def _speaker_key(rec: dict[str, Any]) -> str:
    sp = rec["speaker"]
    if sp.get("linked") or sp["name"]:
        return str(sp.get("linked") or sp["name"])
    if sp["role"]:
        return f"({sp['role']})"
    return "(unknown speaker)"


def report(
    records: list[dict[str, Any]], problems: list[dict[str, Any]], groups: list[dict[str, Any]] | None = None
) -> RenderableType:
    """Speakers ranked by number of quotes, each with roles, kind, outlets and quotes;
    then the quotes that several outlets carry, and the problems met."""
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        by_speaker[_speaker_key(rec)].append(rec)
    articles = {r["article"]["id"] for r in records}
    parts: list[RenderableType] = [
        Text(f"{len(records)} quotes from {len(by_speaker)} speakers in {len(articles)} articles", style="bold")
    ]
    ranked = sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for name, recs in ranked:
        roles = Counter(r["speaker"]["role"] for r in recs if r["speaker"]["role"])
        kinds = Counter(r["speaker"]["kind"] for r in recs)
        outlets = sorted({r["article"]["outlet"] or r["article"]["id"] for r in recs})
        title = Text(safe(name), style="bold cyan")
        title.append(f"  {len(recs)} quote{'s' if len(recs) > 1 else ''}", style="default")
        title.append(f"  {kinds.most_common(1)[0][0]}", style="dim")
        table = Table(show_header=True, header_style="dim", expand=True, box=None, pad_edge=False)
        table.add_column("type", width=8, no_wrap=True)
        table.add_column("quote", ratio=5)
        table.add_column("cue", ratio=1)
        table.add_column("article", ratio=1)
        for r in recs:
            cue = r["cue"]["text"] if r["cue"] else ""
            table.add_row(
                Text(r["type"]),
                Text("« " + safe(r["quote"]["text"]) + " »"),
                Text(safe(cue)),
                Text(safe(r["article"]["outlet"] or r["article"]["id"])),
            )
        subtitle = Text("; ".join(safe(role) for role, _ in roles.most_common(3)) or "no role given")
        subtitle.append("   outlets: " + ", ".join(safe(o) for o in outlets), style="dim")
        parts.append(Panel(Group(subtitle, table), title=title, title_align="left"))
    if groups:
        parts.append(groups_section(groups))
    if problems:
        lines = Text("Problems\n", style="bold yellow")
        for p in problems:
            lines.append(f"{safe(p['source'])}: {safe(p['message'])}\n")
        parts.append(lines)
    return Group(*parts)


# ---------------------------------------------------------------------------- groups and diffs

_STYLES = {"equal": "", "added": "bold green", "dropped": "red strike", "outside": "dim"}
_MARKERS = {"equal": ("", ""), "added": ("[+", "+]"), "dropped": ("[-", "-]"), "outside": ("(…", "…)")}


def groups_section(groups: list[dict[str, Any]]) -> RenderableType:
    """Quotes carried by several outlets: how many, which, and how far their wordings part."""
    table = Table(title="Quotes carried by several outlets", expand=True, show_lines=False)
    table.add_column("speaker", ratio=2)
    table.add_column("wording (longest)", ratio=6)
    table.add_column("outlets", ratio=3)
    table.add_column("min sim.", justify="right", width=8)
    for g in sorted(groups, key=lambda g: (-g["num_outlets"], g["group_id"])):
        if g["num_outlets"] < 2:
            continue
        low = min(a["similarity"]["ratio"] for a in g["appearances"])
        table.add_row(
            Text(safe(g["speaker"]["name"] or "(unknown)")),
            Text("« " + safe(g["representative_text"]) + " »  ") + Text(g["group_id"], style="dim"),
            Text(f"{g['num_outlets']}: " + ", ".join(safe(o) for o in g["outlets"])),
            Text(f"{low:.0f}"),
        )
    return table


def diff_view(group: dict[str, Any], aligned: list[Any], *, color: bool) -> RenderableType:
    """One group's wordings aligned word by word; without colour, changes carry text markers."""
    head = Text(f"{group['group_id']}  ", style="bold")
    head.append(safe(group["speaker"]["name"] or "(unknown speaker)"), style="cyan")
    head.append(f"  {group['num_mentions']} mentions in {group['num_outlets']} outlets")
    parts: list[RenderableType] = [head, Text("longest: « " + safe(group["representative_text"]) + " »")]
    for v in aligned:
        label = Text(f"{safe(v.outlet or v.article_id)}  {v.date or 'no date'}  {v.article_id}  [{v.relation}]", style="bold" if color else "")
        body = Text("  ")
        for n, piece in enumerate(v.pieces):
            if n:
                body.append(" ")
            start, end = _MARKERS[piece.op] if not color else ("", "")
            body.append(start + safe(piece.text) + end, style=_STYLES[piece.op] if color else "")
        parts.append(Group(label, body))
    if not color:
        parts.append(Text("legend: [+added+]  [-dropped-]  (…outside the fragment…)"))
    return Panel(Group(*parts), expand=True)
