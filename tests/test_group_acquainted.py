"""A pair the text alone decides (a weak speaker, a short or generic wording) joins only
articles that name someone or somewhere alike, read from their whole text
(``group.acquainted``, ``attribute.article_names``). Invented names and places throughout."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import lacking

from quotes.attribute.article_names import name_words
from quotes.group.grouping import group_quotes
from quotes.lexicon import words
from quotes.model import Article, ArticleRef, Quote, Span, Speaker
from quotes.pipeline import extract_doc

APPEAL = "Nous allons faire appel"
HARD = "C'est un moment difficile pour nous tous"
LONG = "Nous allons faire appel de cette décision injuste devant la cour dès lundi matin"
UNRESOLVED = {"name": None, "kind": "unknown", "resolution": "unresolved", "confidence": 0.0}


def quote(qid: str, article: str, text: str, names: list[str], **speaker) -> Quote:
    """A direct quote of ``text`` in an article whose whole text names ``names`` (as the
    model's entities and the cast give them)."""
    sp = {**UNRESOLVED, **speaker}
    span = Span(0, len(text), text)
    return Quote(qid, ArticleRef(article, names=name_words(names)), "direct", span, span, None,
                 Speaker(sp["name"], None, None, sp["kind"], sp["resolution"],
                         confidence=sp["confidence"]))


def together(records: list[Quote]) -> bool:
    grouped, _ = group_quotes(records)
    assert len(grouped) == len(records) and all(q.span.text for q in grouped)  # all found
    return len({q.group_id for q in grouped}) == 1 and grouped[0].group_id is not None


STRIKE_A = ["Valmorin", "Corentin Malbec", "SNCF"]
STRIKE_B = ["Brescourt", "Lise Aubrac", "RATP"]


# (why, the two quotes, whether they join)
ROWS = [
    ("two strikes, one short sentence, no voice: apart",
     [quote("q1", "a1", APPEAL, STRIKE_A), quote("q2", "a2", APPEAL, STRIKE_B)], False),
    ("two retirements, one generic sentence of seven words: apart",
     [quote("q1", "a1", HARD, ["Odile Ferrand", "Lorvenne"]),
      quote("q2", "a2", HARD, ["Marc Vidalie", "Saint-Aubrac"])], False),
    ("a fragment of a named speaker's words in another event's article: apart",
     [quote("q1", "a1", f"{APPEAL}, la direction a tort", STRIKE_A, name="Corentin Malbec",
            kind="person", resolution="explicit", confidence=0.93),
      quote("q2", "a2", APPEAL, STRIKE_B)], False),
    ("the same event, its town named in both articles: together",
     [quote("q1", "a1", APPEAL, STRIKE_A), quote("q2", "a2", APPEAL, ["Valmorin"])], True),
    ("an agency and a country in both name no event: apart",
     [quote("q1", "a1", APPEAL, [*STRIKE_A, "AFP", "France"]),
      quote("q2", "a2", APPEAL, [*STRIKE_B, "AFP", "France"])], False),
    ("a long identical sentence joins whatever the articles name",
     [quote("q1", "a1", LONG, STRIKE_A), quote("q2", "a2", LONG, STRIKE_B)], True),
    ("an article that names no one keeps nothing apart",
     [quote("q1", "a1", APPEAL, STRIKE_A), quote("q2", "a2", APPEAL, [])], True),
    ("two voting speakers, the same name: not the text alone",
     [quote("q1", "a1", APPEAL, STRIKE_A, name="Corentin Malbec", kind="person",
            resolution="explicit", confidence=0.93),
      quote("q2", "a2", APPEAL, STRIKE_B, name="Corentin Malbec", kind="person",
            resolution="explicit", confidence=0.93)], True),
    # a description the batch linked to another article's name (« le syndicaliste » given
    # Corentin Malbec's name): that name is the other article's, not this one's
    ("a description linked across articles is no shared name",
     [quote("q1", "a1", APPEAL, STRIKE_A, name="Corentin Malbec", kind="person",
            resolution="explicit", confidence=0.93),
      quote("q2", "a2", APPEAL, STRIKE_B, name="Corentin Malbec", kind="person",
            resolution="description", confidence=0.4)], False),
]


@pytest.mark.parametrize(("why", "records", "joined"), ROWS, ids=[r[0] for r in ROWS])
def test_text_alone_joins_acquainted_articles(why, records, joined):
    assert together(records) is joined
    if not joined:  # the guard holds them apart: without names they would join
        assert together([replace(q, article=ArticleRef(q.article.id)) for q in records])


def test_the_groups_articles_name_the_event():
    """The short quote's article names the town a third article of the group names, not the
    first article: the event's names are those of every article of the group."""
    records = [
        quote("q1", "a1", LONG, STRIKE_A),
        quote("q3", "a3", LONG, ["Corentin Malbec", "Brescourt"]),
        quote("q2", "a2", APPEAL, ["Brescourt"]),
    ]
    assert together(records)


def test_the_place_named_in_the_body_only(nlp):
    """Two articles of one event: the second names the town only in its body, far from its
    quote; its names are read from its whole text, so the unresolved quote joins."""
    first = ("Grève à la plateforme logistique de Valmorin. « Nous allons faire appel », a "
             "déclaré Corentin Malbec, délégué syndical.")
    second = ("« Nous allons faire appel. »\n\nLe conflit dure depuis trois semaines. Les "
              "camions sont bloqués depuis lundi devant l'entrepôt de Valmorin.")
    other = ("« Nous allons faire appel. »\n\nLe conflit dure depuis trois semaines. Les "
             "camions sont bloqués depuis lundi devant l'entrepôt de Brescourt.")
    arts = [Article("a1", first), Article("a2", second), Article("a3", other)]
    found = [q for art in arts for q in extract_doc(art, nlp(art.text)).quotes
             if q.span.text.startswith("Nous allons faire appel")]
    assert [q.article.id for q in found] == ["a1", "a2", "a3"]
    assert "valmorin" in found[1].article.names and "valmorin" not in found[1].sentence.text
    assert found[1].speaker.name is None and found[2].speaker.name is None
    grouped, _ = group_quotes(found)
    assert grouped[0].group_id == grouped[1].group_id is not None
    assert grouped[2].group_id is None  # the other town's strike


@pytest.mark.parametrize(("names", "words_"), [
    (["Corentin Malbec"], {"corentin", "malbec"}),
    (["l’Élysée", "Saint-Aubrac"], {"elysee", "saint-aubrac"}),  # the elided article apart
    (["maire de Lorvenne"], {"lorvenne"}),  # a word in lower case names no one
])
def test_name_words(names, words_):
    assert name_words(names) == words_


# name_stops.txt: (entry, as an article writes it, why it names no event); each row: two
# strikes whose articles both give the entry, and nothing else alike, stay apart; without the
# entry, they join
NAME_STOPS = [
    ("afp", "AFP", "« a indiqué à l'AFP »: the agency any story credits"),
    ("reuters", "Reuters", "« selon Reuters »: an agency"),
    ("bfmtv", "BFMTV", "« interrogé sur BFMTV »: a channel"),
    ("franceinfo", "Franceinfo", "« sur Franceinfo »: a radio"),
    ("parisien", "Le Parisien", "« au Parisien »: a daily"),
    ("figaro", "Le Figaro", "« au Figaro »: a daily"),
    ("ouest-france", "Ouest-France", "« à Ouest-France »: a regional daily"),
    ("france", "France", "« en France »: the country of most stories"),
    ("paris", "Paris", "« à Paris », the capital: where ministries and courts sit"),
    ("europe", "Europe", "« en Europe »: a continent any story names"),
    ("mme", ("Mme Roux", "Mme Faure"), "a title before a name, two women of two stories"),
    ("janvier", "Janvier", "a month, capitalised in a heading"),
    ("fevrier", "Février", "a month"),
    ("mars", "Mars", "a month"),
    ("avril", "Avril", "a month"),
    ("mai", "Mai", "a month"),
    ("juin", "Juin", "a month"),
    ("juillet", "Juillet", "a month"),
    ("aout", "Août", "a month"),
    ("septembre", "Septembre", "a month"),
    ("octobre", "Octobre", "a month"),
    ("novembre", "Novembre", "a month"),
    ("decembre", "Décembre", "a month"),
    ("lundi", "Lundi", "a day opening a sentence the model reads as a name"),
    ("mardi", "Mardi", "a day"),
    ("mercredi", "Mercredi", "a day"),
    ("jeudi", "Jeudi", "a day"),
    ("vendredi", "Vendredi", "a day"),
    ("samedi", "Samedi", "a day"),
    ("dimanche", "Dimanche", "a day"),
    ("republique", "la République", "« le président de la République », « procureur de la "
     "République »: an office, no event"),
    ("etat", "l'État", "« l'État va payer »: any public story"),
    ("gouvernement", "le Gouvernement", "the government, capitalised in a heading"),
    ("assemblee", "l'Assemblée", "the Assembly any political story names"),
    ("senat", "le Sénat", "the Senate any political story names"),
]


@pytest.mark.parametrize(("entry", "written", "why"), NAME_STOPS, ids=[r[0] for r in NAME_STOPS])
def test_name_stops(tmp_path, entry, written, why):
    first, second = written if isinstance(written, tuple) else (written, written)
    records = [quote("q1", "a1", APPEAL, ["Valmorin", first]),
               quote("q2", "a2", APPEAL, ["Brescourt", second])]
    assert entry in name_words([first]) & name_words([second])
    assert not together(records)
    with lacking(tmp_path, "name_stops", entry):
        assert together(records)


def test_every_name_stop_has_a_row():
    rows = [e for e, _, _ in NAME_STOPS]
    assert len(rows) == len(set(rows)) and set(rows) == set(words("name_stops"))
