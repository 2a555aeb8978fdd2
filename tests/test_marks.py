import pytest

from quotes.detect.marks import find_marked


def inner(text):
    spans, issues = find_marked(text)
    return [(text[m.start : m.end], m.depth, m.close is not None) for m in spans], [
        i.message for i in issues
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a dit « bonjour à tous ».", [("bonjour à tous", 0, True)]),
        ("Il a dit «bonjour».", [("bonjour", 0, True)]),
        ("Il a dit \u00ab\u202fbonjour\u202f\u00bb.", [("bonjour", 0, True)]),
        ("Biden a dit qu’il était “peu probable”.", [("peu probable", 0, True)]),
        (
            '"L’acteur de "Plein soleil" est parti"',
            [('L’acteur de "Plein soleil" est parti', 0, True), ("Plein soleil", 1, True)],
        ),
        ("« Il a dit : “non” », dit-elle.", [("Il a dit : “non”", 0, True), ("non", 1, True)]),
        ("(appelé « Orechnik« ), sans", [("Orechnik", 0, True)]),
        ('Il a dit "oui”.', [("oui", 0, True)]),
        ("Entendez: » À mes frères, merci.", [("À mes frères, merci.", 0, False)]),
        ("‹ petit › mot", [("petit", 0, True)]),
    ],
)
def test_pairs(text, expected):
    assert inner(text)[0] == expected


def test_unclosed_ends_at_paragraph_and_is_reported():
    text = "« Nous verrons. Et après\n\nLa suite « ici »."
    spans, issues = inner(text)
    assert spans[0] == ("Nous verrons. Et après", 0, False)
    assert spans[1] == ("ici", 0, True)
    assert len(issues) == 1 and "never closed" in issues[0]


def test_french_multi_paragraph_quote_is_not_a_problem():
    text = "« Premier paragraphe.\n\n« Second paragraphe. »"
    spans, issues = find_marked(text)
    assert issues == []
    assert spans[0].continues and spans[1].continued


def test_a_quote_run_on_over_unmarked_paragraphs_until_its_closing_mark():
    text = "Elle a dit :\n\n« Premier.\n\nDeuxième, sans marque.\n\nTroisième. », a-t-elle dit."
    spans, issues = inner(text)
    assert spans == [
        ("Premier.", 0, False), ("Deuxième, sans marque.", 0, False), ("Troisième.", 0, True),
    ]
    assert issues == []
    marked, _ = find_marked(text)
    assert marked[0].continues and marked[1].continued and marked[2].continued


def test_no_run_on_when_a_later_paragraph_opens_marks_of_its_own():
    text = "« Premier.\n\nLa suite de l’article.\n\nIl a parlé de « ses » amis. »"
    spans, issues = inner(text)
    assert spans[0] == ("Premier.", 0, False)
    assert any("never closed" in i for i in issues)


def test_stray_closing_mark_is_reported():
    spans, issues = find_marked("texte » seul")
    assert spans == [] and "no opening" in issues[0].message
