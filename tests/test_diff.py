from rich.console import Console

from quotes.group.diff import Piece, align, variants
from quotes.model import Appearance, Group
from quotes.present.report import diff_view

LONG = "Après douze saisons magnifiques, il est temps pour moi de passer un cap"


def test_align_marks_added_and_dropped_words():
    pieces = align("il était peu probable que le missile vienne de Russie",
                   "il était “peu probable” qu’il vienne de Russie")
    assert Piece("dropped", "que le missile") in pieces
    assert Piece("added", "qu’il") in pieces
    assert pieces[0] == Piece("equal", "il était “peu probable”")


def test_fragment_ends_are_outside_not_dropped():
    pieces = align(LONG, "il est temps pour moi", fragment=True)
    assert pieces[0] == Piece("outside", "Après douze saisons magnifiques,")
    assert pieces[-1] == Piece("outside", "de passer un cap")
    assert not [p for p in pieces if p.op == "dropped"]


def _group():
    short = "Il est temps désormais pour moi de passer un cap"
    return Group(
        "g-000000000001", LONG, "Antoine Lebrun", (), "person",
        (Appearance("q1", "105", "Dakarpress", None, "2024-09-30", LONG, "direct", "same",
                    100.0, 100.0),
         Appearance("q2", "104", "Boursorama", None, "2024-09-30", short, "direct", "fragment",
                    80.0, 95.0)),
    )


def render(color):
    console = Console(width=80, record=True, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None)
    g = _group()
    console.print(diff_view(g, variants(g), color=color))
    return console.export_text(styles=color)


def test_diff_without_colour_is_readable_plain_text():
    out = render(color=False)
    assert "\x1b[" not in out
    assert "[+désormais+]" in out
    assert "(…Après douze saisons magnifiques,…)" in out
    assert "Boursorama  2024-09-30  104  [fragment]" in out
    assert "legend:" in out


def test_diff_with_colour_uses_styles_not_markers():
    out = render(color=True)
    assert "\x1b[" in out  # ANSI styles
    assert "[+désormais+]" not in out
    assert "désormais" in out


def test_long_quotes_wrap_within_the_width():
    out = render(color=False)
    assert max(len(line) for line in out.splitlines()) <= 80
