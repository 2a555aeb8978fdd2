"""A weak speaker's short run of words joins only articles that name someone alike
(``group.acquainted``). Invented names and places throughout."""

import pytest

from quotes.group.acquainted import capitalised_words
from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker

LONG = ("Elle jouait près du bassin, puisqu’elle ne parlait pas anglais (…). Elle est partie "
        "seule vers la digue")
LONG_SENTENCE = f"« {LONG} », selon Corentin Malbec, avocat de la famille à Brescourt."
SHORT = "ne parlait pas anglais"


def quote(qid, article, text, sentence, speaker=None, resolution="unresolved", confidence=0.0):
    start = sentence.index(text)
    return Quote(
        id=qid, article=ArticleRef(article), type="direct",
        span=Span(start, start + len(text), text), sentence=Span(0, len(sentence), sentence),
        cue=None, speaker=Speaker(speaker, None, None, "person" if speaker else "unknown",
                                  resolution, confidence=confidence))


def named(qid, article, text=LONG, sentence=LONG_SENTENCE):
    return quote(qid, article, text, sentence, "Corentin Malbec", "explicit", 0.93)


@pytest.mark.parametrize(("sentence", "together"), [
    # another event: a town and a prosecutor the other article never names
    (f"Le parquet de Valmorin indique que la fillette « {SHORT} ».", False),
    # the same event: the article names the town the other names
    (f"La fillette retrouvée à Brescourt « {SHORT} ».", True),
    # or the lawyer
    (f"Selon l’entourage de Me Malbec, la fillette « {SHORT} ».", True),
])
def test_a_weak_short_run_joins_only_articles_that_name_someone_alike(sentence, together):
    records = [named("q1", "a1"), quote("q2", "a2", SHORT, sentence)]
    grouped, _ = group_quotes(records)
    assert (grouped[0].group_id == grouped[1].group_id is not None) is together
    if not together:
        assert grouped[1].speaker.name is None  # and no consensus gives it the lawyer


def test_the_groups_articles_name_the_event_people():
    """The short quote's article names the town a third article of the group names, not the
    lawyer's article: the event's people are those of every article of the group."""
    third = ("La fillette « ne parlait pas anglais ». Elle jouait près du bassin, puisqu’elle "
             "ne parlait pas anglais, et elle est partie seule vers la digue")
    records = [
        named("q1", "a1"),
        quote("q3", "a3", third, f"« {third} », a expliqué la mairie de Lorvenne, dimanche."),
        quote("q2", "a2", SHORT, f"À Lorvenne, la fillette « {SHORT} »."),
    ]
    grouped, _ = group_quotes(records)
    assert len({q.group_id for q in grouped}) == 1 and grouped[0].group_id is not None


def test_a_long_run_joins_whoever_the_articles_name():
    eight = "Elle jouait près du bassin, puisqu’elle ne parlait pas"  # nine words
    records = [named("q1", "a1"),
               quote("q2", "a2", eight, f"Au port de Valmorin, « {eight} »")]
    grouped, _ = group_quotes(records)
    assert grouped[0].group_id == grouped[1].group_id is not None


@pytest.mark.parametrize(("text", "names"), [
    ("Le parquet de Valmorin indique", {"valmorin"}),  # a sentence's first word is no name
    ("« Nous partons », selon Me Malbec.", {"malbec"}),  # nor a quotation's; « Me » too short
    ("À Brescourt, l’Élysée et l’AFP", {"brescourt", "elysee", "afp"}),  # elided article aside
    ("Il dit que Il faut partir", set()),  # a stop word in capitals names no one
])
def test_capitalised_words(text, names):
    assert capitalised_words(text) == names
