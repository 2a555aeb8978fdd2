"""Quotations inside a quote (``quotes.group.nested``) and variants one article gives apart."""

import pytest
from test_grouping import rec

from quotes.group.grouping import group_quotes
from quotes.group.nested import inner_spans, split_inner
from quotes.group.similarity import normalize
from quotes.settings import DEFAULT, Settings

STATEMENT = ("Le syndicat est d'accord avec la ministre, à une nuance près : 'il faut savoir "
             "conclure une négociation quand on a obtenu gain de cause'")
_UNKNOWN = {"kind": "unknown", "resolution": "unresolved", "confidence": 0.3}
_ORG = {"kind": "organization", "confidence": 0.85}


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (STATEMENT, ["il faut savoir conclure une négociation quand on a obtenu gain de cause"]),
        ("Je l'ai dit hier : « nous ne céderons jamais sur les salaires » et je le redis",
         [" nous ne céderons jamais sur les salaires "]),
        ('Elle m\'a répondu "tout le monde sera servi demain matin", puis elle est partie',
         ["tout le monde sera servi demain matin"]),
        # apostrophes are no marks
        ("L'homme d'aujourd'hui n'a plus l'habitude qu'on l'attende", []),
        # a title or a term in marks is no quotation of someone
        ('Il a joué dans "Les Ombres" et dans "Nuit blanche" avec elle', []),
        # a straight mark before a space closes, it opens nothing
        ('la fin " . Il appelle à une " reprise', []),
        # apostrophes before the mark that opens: the one that opens is still found
        ("L'élu d'Arles m'a écrit (‘nous reviendrons dès lundi prochain’) hier",
         ["nous reviendrons dès lundi prochain"]),
        ("'Le marché ouvrira ses portes samedi', l'annonce est tombée",
         ["Le marché ouvrira ses portes samedi"]),
        ("C'est l'avis qu'il a donné :\n\"la route restera fermée cet hiver\"",
         ["la route restera fermée cet hiver"]),
        ("Qu'on l'écoute — ‹ chacun aura sa part du travail › — aujourd'hui",
         [" chacun aura sa part du travail "]),
        # one that opens, none that closes it: apostrophes, a mark after a space
        ("Aujourd'hui l'équipe n'a 'pas fini ' son travail d'été", []),
        # a mark that opens and is never closed is passed over: the search goes on from the
        # next mark, and a quotation after it is still found
        ("« Aujourd'hui l'équipe dit 'nous finirons le chantier avant l'été' à Vernay",
         ["nous finirons le chantier avant l'été"]),
    ],
)
def test_inner_quotations_of_a_quote(text, inner):
    assert [text[a:b] for a, b in inner_spans(text)] == inner


@pytest.mark.parametrize(
    ("said", "inner", "own"),
    [
        # the whole quote in marks: its inner quotation is the quote's own wording, nothing
        # of its own left
        (" « Nous rouvrirons la piscine de Vernay dès le printemps » ",
         ["nous rouvrirons la piscine de vernay des le printemps"], ""),
        ("“L’école d’Aubrac fermera ses portes en juin”",
         ["l ecole d aubrac fermera ses portes en juin"], ""),
        # words of its own around the marks: the quotation and those words apart
        ("Je l'ai dit hier : « nous ne céderons jamais sur les salaires » et je le redis",
         ["nous ne cederons jamais sur les salaires"], "je l ai dit hier et je le redis"),
        ("« Le port restera ouvert cet hiver » et « la digue sera réparée au printemps »",
         ["le port restera ouvert cet hiver", "la digue sera reparee au printemps"], "et"),
    ],
)
def test_inner_quotations_normalised_and_cut_out(said, inner, own):
    q = rec("q1", "a1", said)
    assert split_inner(q, said, normalize)[:2] == (inner, own)
    if not own:
        assert inner == [normalize(said)]


def _group(records, options=DEFAULT):
    grouped, _ = group_quotes(records, options=options)
    return {q.id: q.group_id for q in grouped}


@pytest.mark.parametrize(
    ("case", "other", "joins"),
    [
        # a part of what the statement quotes is its first speaker's words, not a fragment
        ("part of the inner quotation", "Il faut savoir conclure une négociation", False),
        ("part, cut differently", "il faut savoir conclure une négociation, a-t-elle dit", False),
        # the inner quotation whole: the statement, its frame cut by another outlet
        ("inner quotation whole",
         "Il faut savoir conclure une négociation... quand on a obtenu gain de cause", True),
        # a part of the statement's own words still joins it
        ("part of its own words", "Le syndicat est d'accord avec la ministre, à une nuance près",
         True),
    ],
)
def test_a_part_of_what_a_statement_quotes_is_no_fragment_of_it(case, other, joins):
    # as a fragment only: the paraphrase step would join the statement's own words by their
    # content words, whatever the fragment rules say
    ids = _group([
        rec("q1", "a1", STATEMENT, "Union des artisans", **_ORG),
        rec("q2", "a2", STATEMENT, "Union des artisans", **_ORG),
        rec("q3", "a3", other, "Union des artisans", **_ORG),
    ], Settings(paraphrase=False))
    assert ids["q1"] == ids["q2"] is not None
    assert (ids["q3"] == ids["q1"]) is joins, case


REPLY = ("J'ai dit au maire que c'était la honte, et Léa m'a répondu « viens, on s'en va », "
         "alors je me suis levée")


_NOBODY = {"kind": "unknown", "resolution": "unresolved", "confidence": 0.0}


@pytest.mark.parametrize(
    ("other", "speaker", "joins"),
    [
        # a short inner quotation of another voice, given alone by another speaker or by no
        # one: the reply of that voice, not the statement its frame cut
        ("Viens, on s'en va", {"speaker": "Léa Morel"}, False),
        ("Viens, on s'en va", {"speaker": None, **_NOBODY}, False),
        # ... or by the statement's own speaker: a reply given to the one who reports it
        ("Viens, on s'en va", {"speaker": "Marie Lenoir"}, False),
        # a short quote that is all in marks is its own wording: it joins its repeat
        (REPLY, {"speaker": "Marie Lenoir"}, True),
    ],
)
def test_a_short_inner_quotation_alone_is_no_statement_of_the_speaker(other, speaker, joins):
    ids = _group([
        rec("q1", "a1", REPLY, "Marie Lenoir"),
        rec("q2", "a2", other, **speaker),
    ], Settings(paraphrase=False))
    assert (ids["q1"] == ids["q2"] is not None) is joins


OWN_WORDS = "J'ai dit aux joueurs « je ne partirai pas » et je suis restée"


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        # the speaker's own short words, given alone by another outlet of the same speaker
        (OWN_WORDS, {"speaker": "Valérie Nguyen"}),
        ("Je lui ai dit en face « je ne voterai jamais ce texte », et je suis sorti de la salle",
         {"speaker": "Valérie Nguyen"}),
        # ... or of no one: a first-person reporting clause before the marks says they are hers
        (OWN_WORDS, {"speaker": None, **_NOBODY}),
    ],
)
def test_a_short_inner_quotation_of_the_speaker_joins_it_given_alone(said, speaker):
    inner = split_inner(rec("q1", "a1", said), said, normalize).inner[0]
    ids = _group([
        rec("q1", "a1", said, "Valérie Nguyen"),
        rec("q2", "a2", inner.capitalize(), **speaker),
    ], Settings(paraphrase=False))
    assert ids["q1"] == ids["q2"] is not None


@pytest.mark.parametrize(
    ("said", "mine"),
    [
        ("Je lui ai dit en face « je ne voterai jamais ce texte », et je suis sorti", True),
        ("J'ai répondu : « non, jamais de la vie »", True),
        (REPLY, False),  # « et Léa m'a répondu »: another voice
        ("Le maire a lancé « on ne lâche rien du tout » hier", False),
        # another clause between « je » and the verb: another voice's words
        ("Je sais qu'il a dit « on ne lâche rien du tout »", False),
        ("Je ne comprends pas pourquoi il a répondu « non, jamais de la vie »", False),
    ],
)
def test_inner_quotations_the_speaker_reports_as_their_own(said, mine):
    assert bool(split_inner(rec("q1", "a1", said), said, normalize).mine) is mine


def test_a_short_quote_all_in_marks_joins_its_wording():
    ids = _group([rec("q1", "a1", "« Viens, on s'en va »", "Marie Lenoir"),
                  rec("q2", "a2", "Viens, on s'en va", "Marie Lenoir")])
    assert ids["q1"] == ids["q2"] is not None


FORMULA = "Il faut savoir quitter la scène dès que le public a applaudi"
TWIST = "Il faut savoir quitter la scène quand on a été applaudi"  # ratio 80 to FORMULA


@pytest.mark.parametrize(
    ("case", "speakers"),
    [
        # one speaker's two wordings may still render each other (README, Paraphrase)
        ("two weak speakers", [{"speaker": "un témoin", **_UNKNOWN},
                               {"speaker": "un voisin", **_UNKNOWN}]),
        ("a person and a weak organisation",
         [{"speaker": "Paul Girard"}, {"speaker": "la troupe", **_ORG, "confidence": 0.3}]),
    ],
)
def test_a_variant_joins_no_two_quotes_one_article_gives_apart(case, speakers):
    formula, twist = speakers
    ids = _group([
        rec("q1", "a1", FORMULA, **formula),
        rec("q2", "a1", TWIST, start=300, **twist),
        rec("q3", "a2", FORMULA, **formula),
        rec("q4", "a3", TWIST, **twist),
    ])
    assert ids["q1"] == ids["q3"] is not None, case
    assert ids["q2"] == ids["q4"] is not None, case
    assert ids["q1"] != ids["q2"], case


def test_a_variant_still_joins_where_no_article_gives_both():
    ids = _group([rec("q1", "a1", FORMULA, "un témoin", **_UNKNOWN),
                  rec("q2", "a2", TWIST, "un voisin", **_UNKNOWN)])
    assert ids["q1"] == ids["q2"] is not None
