"""Rich renderables for the who-said-what report; returns objects, never prints.

Article text is data: it goes into ``rich.text.Text`` (never parsed as markup) after
control characters are replaced, so an article cannot restyle or take over a terminal.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from rich.box import SIMPLE_HEAD
from rich.console import Group as Stack
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from quotes.group.diff import Variant
from quotes.model import Group, Problem, Quote

KEEP = "\u00ad\u200d"  # soft hyphen, zero-width joiner: format characters inside words, emoji
# every control (Cc), format (Cf) and surrogate (Cs) character, and the line and paragraph
# separators: a regex finds them fast in text that has none; ``hidden`` decides by category
# (tests check the cover against unicodedata)
SUSPECTS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff"
    "\U000110bd-\U000110cd\U00013430-\U0001345f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e007f]")


def hidden(ch: str) -> bool:
    """Whether ``ch`` acts instead of showing, on a terminal or a page: a control (ANSI/OSC
    escapes), format (bidi overrides, zero-width) or lone surrogate character, but for
    ``KEEP``. The one definition behind ``safe`` and the HTML report's ``clean``."""
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs") and ch not in KEEP


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in "\n\t":
        return " "
    return f"\\u{ord(ch):04x}" if hidden(ch) or ch in "\u2028\u2029" else ch


def safe(text: str | None) -> str:
    """``text`` as a terminal may show it: every ``hidden`` character, and the line and
    paragraph separators, made visible as ``\\u001b``; tabs and line breaks become spaces.
    The one sanitiser of every article-derived string printed on a terminal."""
    return SUSPECTS.sub(_visible, text) if text else ""


def _speaker_key(q: Quote) -> str:
    if q.who:
        return q.who
    if q.speaker.role:
        return f"({q.speaker.role})"
    return "(unknown speaker)"


def ranked(quotes: list[Quote]) -> list[tuple[str, list[Quote]]]:
    """Speakers, most quoted first (then by name), each with their quotes in input order; a
    quote without a name goes under its role in brackets, else under "(unknown speaker)"."""
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        by_speaker[_speaker_key(q)].append(q)
    return sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def headline(quotes: list[Quote]) -> str:
    """How many quotes, named speakers and articles the report covers (the speakers counted as
    ``quotes extract`` counts them: distinct names; the quotes without one are said apart)."""
    articles = {q.article.id for q in quotes}
    named = {q.who for q in quotes if q.who}
    unnamed = sum(1 for q in quotes if not q.who)
    line = (f"{counted(len(quotes), 'quote')} from {counted(len(named), 'speaker')} in "
            f"{counted(len(articles), 'article')}")
    return line + (f" ({unnamed} without a named speaker)" if unnamed else "")


def counted(n: int, noun: str) -> str:
    """``1 quote``, ``2 quotes``, ``0 quotes``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def shared_groups(groups: list[Group]) -> list[Group]:
    """The groups several outlets carry, those carried most first."""
    return sorted((g for g in groups if g.num_outlets > 1), key=lambda g: (-g.num_outlets, g.id))


def report(
    quotes: list[Quote], problems: list[Problem], groups: list[Group] | None = None
) -> RenderableType:
    """Quotes by gender, overall and per outlet; speakers ranked by number of quotes, each
    with roles, kind, outlets and quotes; then the quotes that several outlets carry, and
    the problems met."""
    speakers = ranked(quotes)
    parts: list[RenderableType] = [Text(headline(quotes), style="bold")]
    if quotes:
        parts.append(gender_section(quotes))
    for name, said in speakers:
        parts.append(_speaker_panel(name, said))
    if groups:
        parts.append(groups_section(groups))
    if problems:
        lines = Text("Problems\n", style="bold yellow")
        for p in problems:
            lines.append(f"{safe(p.source)}: {safe(p.message)}\n")
        parts.append(lines)
    return Stack(*parts)


UNKNOWN_OUTLET = "no outlet"


def outlet_of(q: Quote) -> str:
    """The quote's outlet; articles without one are counted together as one unknown outlet
    (an article id is not an outlet)."""
    return q.article.outlet or UNKNOWN_OUTLET


# ---------------------------------------------------------------------------- gender


@dataclass(frozen=True)
class GenderCount:
    """Quotes of one outlet (or of all) by the gender of their speaker."""

    outlet: str
    women: int = 0
    men: int = 0
    unknown: int = 0  # gender null: groups, organisations, unresolved or unsaid

    @property
    def total(self) -> int:
        return self.women + self.men + self.unknown

    def share(self, n: int) -> float:
        return n / self.total if self.total else 0.0


ALL_OUTLETS = "all outlets"


def known_gender(q: Quote) -> str | None:
    """The speaker's gender if it is one the schema knows (a JSONL may say anything), else
    None: counted as unknown."""
    return q.speaker.gender if q.speaker.gender in ("female", "male") else None


def count_by_gender(quotes: list[Quote]) -> list[GenderCount]:
    """All quotes first, then each outlet (articles without one together), most quotes
    first."""
    counts: dict[str, Counter[str | None]] = defaultdict(Counter)
    for q in quotes:
        counts[outlet_of(q)][known_gender(q)] += 1
    rows = [GenderCount(o, c["female"], c["male"], c[None]) for o, c in counts.items()]
    rows.sort(key=lambda r: (-r.total, r.outlet))
    overall = GenderCount(ALL_OUTLETS, *(sum(getattr(r, g) for r in rows)
                                         for g in ("women", "men", "unknown")))
    return [overall, *rows]


def gender_section(quotes: list[Quote]) -> RenderableType:
    """Quotes by women, men and unknown speakers (count and share), overall and per outlet."""
    table = Table(title="Quotes by gender", box=SIMPLE_HEAD, padding=(0, 1),
                  caption="unknown: groups, organisations, unresolved speakers")
    table.add_column("outlet", ratio=1, overflow="fold")
    for label in ("women", "men", "unknown"):
        table.add_column(label, justify="right", no_wrap=True)
    table.add_column("quotes", justify="right", no_wrap=True)
    rows = count_by_gender(quotes)
    for n, row in enumerate(rows):
        cells = [f"{k} ({row.share(k):.0%})" for k in (row.women, row.men, row.unknown)]
        table.add_row(Text(safe(row.outlet)), *cells, str(row.total),
                      style="bold" if n == 0 else None, end_section=n == 0)
    return table


def _speaker_panel(name: str, said: list[Quote]) -> RenderableType:
    roles = Counter(q.speaker.role for q in said if q.speaker.role)
    kinds = Counter(q.speaker.kind for q in said)
    outlets = sorted({outlet_of(q) for q in said})
    title = Text(safe(name), style="bold cyan")
    title.append(f"  {counted(len(said), 'quote')}", style="default")
    title.append(f"  {safe(kinds.most_common(1)[0][0])}", style="dim")
    lines: list[RenderableType] = []
    for q in said:  # the words, then what they are and where: readable at any width
        lines.append(quoted(q))
        cue = q.cue.text if q.cue else ""
        about = " · ".join(safe(x) for x in (q.type, cue, outlet_of(q)) if x)
        lines.append(Text("  " + about, style="dim"))
    subtitle = Text("; ".join(safe(role) for role, _ in roles.most_common(3)) or "no role given")
    subtitle.append("   outlets: " + ", ".join(safe(o) for o in outlets), style="dim")
    return Panel(Stack(subtitle, *lines), title=title, title_align="left")


def quoted(q: Quote) -> Text:
    """A quote as a reader should see it: a direct quote in « », reported words without marks
    (they are not the speaker's verbatim words), a mixed quote as written (its own marks)."""
    if q.type == "direct":
        return Text("« " + safe(q.span.text) + " »")
    return Text(safe(q.span.text))


# ---------------------------------------------------------------------------- groups and diffs

_STYLES = {"equal": "", "added": "bold green", "dropped": "red strike", "outside": "dim"}
_MARKERS = {
    "equal": ("", ""), "added": ("[+", "+]"), "dropped": ("[-", "-]"), "outside": ("(…", "…)"),
}


def groups_section(groups: list[Group]) -> RenderableType:
    """Quotes carried by several outlets: how many, which, and how far their wordings part."""
    table = Table(title="Quotes carried by several outlets", expand=True, show_lines=False)
    table.add_column("speaker", ratio=2)
    table.add_column("wording (longest)", ratio=6)
    table.add_column("outlets", ratio=3)
    table.add_column("min sim.", justify="right", width=8)
    for g in shared_groups(groups):
        low = min(a.ratio for a in g.appearances)
        table.add_row(
            Text(safe(g.speaker or "(unknown)")),
            Text("« " + safe(g.representative_text) + " »  ") + Text(safe(g.id), style="dim"),
            Text(f"{g.num_outlets}: " + ", ".join(safe(o) for o in g.outlets)),
            Text(f"{low:.0f}"),
        )
    return table


def diff_view(group: Group, aligned: list[Variant], *, color: bool) -> RenderableType:
    """One group's wordings aligned word by word; without colour, changes carry text markers."""
    head = Text(f"{safe(group.id)}  ", style="bold")
    head.append(safe(group.speaker or "(unknown speaker)"), style="cyan")
    head.append(f"  {group.num_mentions} mentions in {group.num_outlets} outlets")
    parts: list[RenderableType] = [
        head, Text("longest: « " + safe(group.representative_text) + " »")
    ]
    for v in aligned:
        a = v.appearance
        label = Text(f"{safe(a.outlet or a.article_id)}  {safe(a.date or 'no date')}  "
                     f"{safe(a.article_id)}  [{safe(a.relation)}]", style="bold" if color else "")
        body = Text("  ")
        if not v.pieces:  # a paraphrase: its own words, shown apart, not aligned
            body.append(safe(a.text), style="italic" if color else "")
        for n, piece in enumerate(v.pieces):
            if n:
                body.append(" ")
            start, end = _MARKERS[piece.op] if not color else ("", "")
            body.append(start + safe(piece.text) + end, style=_STYLES[piece.op] if color else "")
        parts.append(Stack(label, body))
    if not color:
        parts.append(Text("legend: [+added+]  [-dropped-]  (…outside the fragment…)"))
    return Panel(Stack(*parts), expand=True)
