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
        # a » glued to the word after it, a space before it, opens; the next » closes
        ("Il a dit : * »Nous serons là ».* Puis il est parti.", [("Nous serons là", 0, True)]),
        ("Elle a dit que »tout va bien » hier.", [("tout va bien", 0, True)]),
        # with a « open, a » glued to the next word still closes it
        ("Il a dit « nous verrons »puis il est parti.", [("nous verrons", 0, True)]),
        # a glued » no other » closes in its paragraph is a link line's, no quote
        ("»Lire aussi notre dossier sur les finances locales", []),
        ("»Les chiffres clés de l'édition 2027", []),
        # reversed guillemets: a » glued to the word after it that a « closes
        ("Selon le journal, »plusieurs ministres seront remplacés«, a-t-il dit.",
         [("plusieurs ministres seront remplacés", 0, True)]),
        # a paragraph that goes on a quote opens on a » that another » closes
        ("»Le gouvernement doit entendre la colère », a-t-elle poursuivi.",
         [("Le gouvernement doit entendre la colère", 0, True)]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote opens a sentence while one is left open: that one was never closed, and
        # ends with its sentence; the quotes after it are quotes of their own
        ("Il s’est dit « indigné, « piégé » et « trahi ». « Il y a de la tristesse », "
         "a-t-il confié.",
         [("indigné, « piégé » et « trahi »", 0, False), ("piégé", 1, True),
          ("trahi", 1, True), ("Il y a de la tristesse", 0, True)]),
        # a stop inside the words ends them with it
        ("Elle a lancé « Assez ! « Partez », a-t-elle ajouté.",
         [("Assez !", 0, False), ("Partez", 0, True)]),
        # must not: no sentence of the open quote starts with a mark, it runs to the end
        ("« Nous verrons. Le « grand soir » n’est pas pour demain",
         [("Nous verrons. Le « grand soir » n’est pas pour demain", 0, False),
          ("grand soir", 1, True)]),
        # must not: a closed quote may hold a sentence that opens with a mark
        ("« Il m’a dit non. « Pourquoi ? » Je n’ai rien su. »",
         [("Il m’a dit non. « Pourquoi ? » Je n’ai rien su.", 0, True), ("Pourquoi ?", 1, True)]),
        # must not: a quote that goes on in the next paragraph is open there, not stray
        ("« Premier paragraphe. « Le mot » suit.\n\n« Second paragraphe. »",
         [("Premier paragraphe. « Le mot » suit.", 0, False), ("Le mot", 1, True),
          ("Second paragraphe.", 0, True)]),
    ],
)
def test_a_mark_left_open_ends_where_a_sentence_opens_a_quote(text, expected):
    spans, issues = inner(text)
    assert spans == expected
    assert len(issues) == (1 if "\n" not in text and not expected[0][2] else 0)
