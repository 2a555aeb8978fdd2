"""Which stretches are parsed: nothing of a text that cannot hold a quote, and never a stretch
where a rule would have found one."""

import pytest
from conftest import CORPUS, SEEDS, require_corpus
from test_attribution import ROWS as ATTRIBUTIONS
from test_constructions import ROWS as CONSTRUCTIONS

from quotes.detect.marks import paragraphs
from quotes.detect.passages import may_quote, plan
from quotes.lexicon import reporting_verbs
from quotes.model import Article
from quotes.pipeline import extract, extract_doc
from quotes.settings import Settings

SAID = "Le ministre sous-entend que la réforme était nécessaire pour le pays."


def test_every_form_a_cue_is_read_at_may_quote():
    missed = [f for f in reporting_verbs() if not may_quote(f"Hier, il {f} cela.")]
    assert not missed, missed[:10]
    assert may_quote("Le ministre sous-entend-il cela ?") and may_quote("D’après lui, non.")
    assert may_quote("Mais pour Anne Roy, maire de Lens, le projet arrive trop tard.")
    assert not may_quote("Le stade, rénové pour 2026.\nIl ouvrira en mai.")
    # the turns of an interview, which need no mark and no verb
    assert may_quote("Anne Vidal : Pas du tout. Personne ne s’y attendait.")
    assert may_quote("Vous vous y attendiez ?")


def test_every_construction_that_gives_a_quote_may_quote():
    # a cue added to the rules with its table row but not to may_quote fails here
    rows = [r.values for r in CONSTRUCTIONS] + [r.values for r in ATTRIBUTIONS]
    texts = [text for text, *_ in rows]
    assert len(texts) > 100
    assert [t for t in texts if not may_quote(t)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le CAC 40 a fini en hausse de 0,8 % à 5.640 points.", False),
        ("Le président a dit qu'il viendrait.", True),
        ("Il viendra, selon son entourage.", True),
        ("Le film « Mektoub » reste en tête.", True),
        ("   \n", False),
    ],
)
def test_a_text_that_cannot_hold_a_quote_is_not_parsed(text, expected):
    assert plan(text) == ([(0, len(text))] if expected else [])


def _paragraphs_without_cue():
    folders = [SEEDS, CORPUS / "articles"]
    texts = [p.read_text(encoding="utf-8") for f in folders if f.is_dir() for p in f.glob("*.txt")]
    return [t[lo:hi] for t in texts for lo, hi in paragraphs(t) if not may_quote(t[lo:hi])]


def test_where_may_quote_says_no_the_rules_find_nothing(nlp):
    # the article itself, parsed whole, would give nothing either: so skipping it loses nothing
    require_corpus()
    paras = _paragraphs_without_cue()
    assert len(paras) > 20
    for para, doc in zip(paras, nlp.pipe(paras), strict=True):
        found = extract_doc(Article("p", para), doc)
        assert (found.quotes, found.problems, found.rejected) == ([], [], []), para


def test_a_long_text_keeps_a_quote_cued_by_a_hyphened_verb(nlp):
    filler = "Il faisait beau ce matin sur la ville et les enfants jouaient.\n\n" * 40
    text = filler + SAID + "\n\n" + filler
    opts = Settings(max_passage_chars=1_000)  # parsed by stretches, as a book would be
    (res,) = list(extract([Article("long", text)], nlp, settings=opts))
    assert [(q.cue.text if q.cue else None, q.span.text) for q in res.quotes] == [
        ("sous-entend", "la réforme était nécessaire pour le pays")
    ]
