from rich.console import Console

from quotes.model import ArticleRef, Quote, Span, Speaker
from quotes.present.report import GenderCount, count_by_gender, gender_section, report


def said(n, gender, outlet="Le Monde", article="a1", kind="person"):
    text = f"Citation numéro {n}"
    span = Span(0, len(text), text)
    return Quote(
        id=f"q-{n:016x}", article=ArticleRef(article, outlet), type="direct", span=span,
        sentence=span, cue=None,
        speaker=Speaker(f"Personne {n}", None, None, kind, "explicit", gender=gender),
    )


QUOTES = [
    said(1, "female"), said(2, "female"), said(3, "male"), said(4, None, kind="organization"),
    said(5, "male", outlet="AFP"), said(6, "male", outlet="AFP"),
    said(7, "female", outlet=None, article="art-7"),  # no outlet: counted as unknown
]


def render(renderable, width=60):
    console = Console(width=width, record=True, color_system=None, highlight=False)
    console.print(renderable)
    return console.export_text()


def rows(text):
    """The table's rows as their words, by first word."""
    return {line.split()[0]: line.split() for line in text.splitlines() if line.strip()}


def test_counts_overall_then_each_outlet_by_size():
    assert count_by_gender(QUOTES) == [
        GenderCount("all outlets", women=3, men=3, unknown=1),
        GenderCount("Le Monde", women=2, men=1, unknown=1),
        GenderCount("AFP", women=0, men=2, unknown=0),
        GenderCount("no outlet", women=1, men=0, unknown=0),
    ]
    overall = count_by_gender(QUOTES)[0]
    assert overall.total == 7 and round(overall.share(overall.women), 3) == 0.429


def test_the_section_at_sixty_columns():
    text = render(gender_section(QUOTES))
    assert all(len(line) <= 60 for line in text.splitlines())
    assert "…" not in text  # nothing cut
    table = rows(text)
    assert table["all"] == ["all", "outlets", "3", "(43%)", "3", "(43%)", "1", "(14%)", "7"]
    assert table["Le"] == ["Le", "Monde", "2", "(50%)", "1", "(25%)", "1", "(25%)", "4"]
    assert table["AFP"] == ["AFP", "0", "(0%)", "2", "(100%)", "0", "(0%)", "2"]
    assert table["no"] == ["no", "outlet", "1", "(100%)", "0", "(0%)", "0", "(0%)", "1"]
    assert "art-7" not in text  # an article id is not an outlet
    assert table["outlet"] == ["outlet", "women", "men", "unknown", "quotes"]


def test_the_report_starts_with_gender():
    text = render(report(QUOTES, []))
    assert text.index("Quotes by gender") < text.index("Personne 1")
    assert "7 quotes from 7 speakers in 2 articles" in text


def test_an_outlet_name_cannot_restyle_the_terminal():
    quotes = [said(1, "female", outlet="AFP\x1b[31m\u202e")]
    narrow, wide = render(gender_section(quotes)), render(gender_section(quotes), width=100)
    assert not {"\x1b", "\u202e"} & set(narrow + wide)
    assert rows(wide)["AFP\\u001b[31m\\u202e"][1:3] == ["1", "(100%)"]


def test_no_quotes_no_section():
    assert "Quotes by gender" not in render(report([], []))


def typed(kind, text):
    span = Span(0, len(text), text)
    return Quote(
        id="q-00000000000000aa", article=ArticleRef("a1", "Le Monde"), type=kind, span=span,
        sentence=span, cue=None, speaker=Speaker("Anne Morin", None, None, "person", "explicit"),
    )


def test_only_direct_quotes_are_shown_in_marks():
    from quotes.present.report import quoted

    assert quoted(typed("direct", "Nous tiendrons")).plain == "« Nous tiendrons »"
    assert quoted(typed("indirect", "la route serait rouverte")).plain == (
        "la route serait rouverte"  # reported words are not the speaker's verbatim words
    )
    mixed = "il était « peu probable » que le missile vienne de Russie"
    assert quoted(typed("mixed", mixed)).plain == mixed  # its own marks, none added


def test_report_is_readable_at_sixty_columns():
    text = render(report([typed("indirect", "la route serait rouverte " * 6)], []), width=60)
    assert max(len(line) for line in text.splitlines()) <= 60
    assert "indirect · Le Monde" in text
    assert "« la route" not in text


def test_articles_without_an_outlet_are_one_unknown_outlet_not_their_ids():
    quotes = [said(1, "female", outlet=None, article="002"),
              said(2, "male", outlet=None, article="003"), said(3, "male", outlet="AFP")]
    assert count_by_gender(quotes)[1:] == [
        GenderCount("no outlet", women=1, men=1, unknown=0),
        GenderCount("AFP", women=0, men=1, unknown=0),
    ]
    text = render(report(quotes, []), width=100)
    assert "no outlet" in text
    assert not {"002", "003"} & set(text.replace("·", " ").split())
