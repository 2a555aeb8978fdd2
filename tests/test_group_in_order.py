"""Two quotes in marks of one speaker in two articles that share few content words, yet say
half the words of the shorter in the same order within a passage of the other: one outlet cut
the statement, the other gave it with a few words more (``short.in_order``)."""

import pytest
from conftest import whole_article_quote

from quotes.group.grouping import group_quotes
from quotes.group.short import in_order
from quotes.model import Quote

_LONG = ("Ce fut une belle saison pour la ville. Il faut remercier nos bénévoles, ils ont tout "
         "donné. L'an prochain, nous ferons encore mieux.")


def said(qid: str, article: str, text: str, kind: str = "direct") -> Quote:
    """A quote of Paul Ferrand (a man), the whole text of its article."""
    return whole_article_quote(qid, article, text, kind, "Paul Ferrand", "m")


@pytest.mark.parametrize(("a", "b", "share"), [
    ("remercier par dessus tout nos benevoles", "je veux remercier nos benevoles ils", 0.5),
    ("la ville pour nos benevoles", "nos benevoles pour la ville", 0.4),  # in order only
    # a word said far before the others is no part of their passage
    ("nous remercions la ville", "nous avons tout donne cette annee et ils disent la ville",
     0.5),
    ("", "un mot", 0.0),
])
def test_in_order(a, b, share):
    assert in_order(a, b) == pytest.approx(share)


@pytest.mark.parametrize(("short", "kind", "one"), [
    # the same words, a few more in one outlet: one statement
    ("remercier par-dessus tout nos bénévoles", "direct", True),
    # the same two content words in another order, among other words: another statement
    ("Nos bénévoles, on devra bien les remercier comme il se doit", "direct", False),
])
def test_a_quote_cut_or_lengthened(short, kind, one):
    quotes, _ = group_quotes([said("q1", "a1", short, kind), said("q2", "a2", _LONG)])
    assert all(q.speaker.name == "Paul Ferrand" and q.speaker.gender == "m"
               and q.speaker.role == "maire" for q in quotes)
    assert (quotes[0].group_id == quotes[1].group_id is not None) == one
