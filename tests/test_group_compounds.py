"""A prefix one outlet writes apart or hyphenated is joined to its word, before candidate keys,
scores and sentence parts (``normal.normalize``, lexicon ``compound_prefixes``), only where
the grouping run holds the evidence: another quote says the joined form as one word
(``normal.compounds``). « néo libéral » then meets « néolibéral ». The join stays inside one
run of words (a hyphen or one space, no punctuation between), a prefix must open its word
(« garanti que » is no « anti »), and a form no other quote says is read as written (« un
pseudo pour »). Two named people still never group, and another word is another wording."""

import pytest
from conftest import quote_record

from quotes.api import Extractor, link_and_group
from quotes.group.grouping import group_quotes
from quotes.group.normal import compounds, normalize
from quotes.model import Quote


def rec(qid: str, text: str, speaker: str | None = "Corinne Valette",
        marks: tuple[str, ...] = (), type_: str = "direct") -> Quote:
    """A quote of article ``a<qid>``, its speaker a person named at the cue with confidence
    (None: unresolved)."""
    return quote_record(qid, text, speaker, marks=marks, type_=type_)


_BUDGET = "Ce budget néolibéral sacrifie les bibliothèques de quartier de Corvelle"
_PSEUDO = ("Cet homme se dissimulait derrière un pseudo pour harceler les bénévoles du club "
           "depuis des mois")

ROWS = [
    # grouped: marks spell the compound apart, the other outlet's quote joined
    ("marks apart, quote joined",
     [rec("1", _BUDGET),
      rec("2", "un « budget néo libéral »", marks=("budget néo libéral",), type_="mixed")],
     True),
    # the marks in capitals, hyphenated
    ("capitals",
     [rec("1", _BUDGET),
      rec("2", "un « BUDGET NÉO-LIBÉRAL »", marks=("BUDGET NÉO-LIBÉRAL",), type_="mixed")],
     True),
    # hyphenated marks, joined quote, a past tense
    ("marks hyphenated, quote joined",
     [rec("1", "Nous avons subi une politique ultrasécuritaire pendant dix ans à Brenac"),
      rec("2", "une « politique ultra-sécuritaire »", marks=("politique ultra-sécuritaire",),
          type_="mixed")], True),
    # joined marks, a quote that writes the prefix apart, a feminine adjective
    ("marks joined, quote apart",
     [rec("1", "C'est une réforme anti sociale qui frappe d'abord les plus fragiles",
          "Bruno Kessler"),
      rec("2", "une « réforme antisociale »", "Bruno Kessler", marks=("réforme antisociale",),
          type_="mixed")], True),
    # « l'ultra droite » after an elision, an imperfect
    ("after an elision",
     [rec("1", "Les militants de l'ultra droite occupaient la place du marché de Vessanne",
          "Jules Amaury"),
      rec("2", "des militants « de l'ultradroite occupaient la place du marché »",
          "Jules Amaury", marks=("de l'ultradroite occupaient la place du marché",),
          type_="mixed")], True),
    # another prefix, a future tense, three outlets
    ("three outlets, socio",
     [rec("1", "Ce sera un désastre socio-économique pour toute la vallée de l'Orbe",
          "Aline Mercadier"),
      rec("2", "« un désastre socioéconomique »", "Aline Mercadier",
          marks=("un désastre socioéconomique",), type_="mixed"),
      rec("3", "Ce sera un désastre socio économique pour toute la vallée de l'Orbe",
          "Aline Mercadier")], True),
    # pseudo, an organisation speaking
    ("a body, pseudo",
     [rec("1", "Ces réseaux pseudoscientifiques trompent les familles de patients à Lorvan",
          "Ordre des pharmaciens de Lorvan"),
      rec("2", "des « réseaux pseudo-scientifiques »", "Ordre des pharmaciens de Lorvan",
          marks=("réseaux pseudo-scientifiques",), type_="mixed")], True),
    # a stand-alone « pseudo » before « pour »: no quote says « pseudopour », the text reads
    # as written, and the marks lie whole in the quote (as without any join)
    ("a stand-alone pseudo",
     [rec("1", _PSEUDO, "Régis Montel"),
      rec("2", "un internaute qui « se dissimulait derrière un pseudo »", "Régis Montel",
          marks=("se dissimulait derrière un pseudo",), type_="mixed")], True),
    # two long quotes, one unresolved, sharing a run of ten words with the compound in it, in
    # the second sentence of one: the sentence parts read the join as keys and scores do
    ("a shared run across the compound",
     [rec("1", "Le maire ment depuis des mois aux habitants. Ce budget néo libéral sacrifie les "
          "bibliothèques de quartier de Corvelle sans la moindre concertation. Nous saisirons "
          "le tribunal administratif dès lundi.", "Jules Amaury"),
      rec("2", "Ce budget néolibéral sacrifie les bibliothèques de quartier de Corvelle, et "
          "personne au conseil municipal ne semble s'en émouvoir aujourd'hui", None)], True),
    # apart: the marks say another word than the quote (« libéral », not « néolibéral »)
    ("another word",
     [rec("1", _BUDGET),
      rec("2", "un « budget libéral »", marks=("budget libéral",), type_="mixed")], False),
    # apart: a prefix the list leaves out joins nothing (« contre » is a word of its own)
    ("a prefix not listed",
     [rec("1", "Nous préparons une contreoffensive judiciaire contre la société Varlane"),
      rec("2", "une « contre offensive judiciaire »", marks=("contre offensive judiciaire",),
          type_="mixed")], False),
    # apart: two people named with confidence, the same compound in their words
    ("two named people",
     [rec("1", _BUDGET),
      rec("2", "un « budget néo libéral »", "Hervé Castagne", marks=("budget néo libéral",),
          type_="mixed")], False),
    # apart: one outlet's quote denies what the other's says
    ("one denies",
     [rec("1", "Ce n'est pas une réforme antisociale que nous présentons aux habitants",
          "Bruno Kessler"),
      rec("2", "C'est une réforme anti-sociale que nous présentons aux habitants",
          "Bruno Kessler")], False),
    # apart: the compound is shared, the rest is another statement
    ("the compound alone shared",
     [rec("1", "La dérive ultrasécuritaire de la majorité inquiète les maires de Brenac"),
      rec("2", "Nous refusons toute dérive ultra-sécuritaire dans les lycées du département")],
     False),
]


@pytest.mark.parametrize("reverse", [False, True], ids=["in order", "reversed"])
@pytest.mark.parametrize(("case", "quotes", "grouped"), ROWS, ids=[r[0] for r in ROWS])
def test_a_compound_is_one_word_however_spelt(case, quotes, grouped, reverse):
    given = quotes[::-1] if reverse else quotes
    out, _ = group_quotes(given)
    ids = {q.group_id for q in out}
    assert (len(ids) == 1 and None not in ids) == grouped, case
    named = [g.speaker.name is not None for g in given]  # an unresolved one may take a name
    assert [q.speaker.name for q, n in zip(out, named, strict=True) if n] == [
        g.speaker.name for g, n in zip(given, named, strict=True) if n], case  # no one renamed


@pytest.mark.parametrize(("text", "joined", "normal"), [
    ("le budget néolibéral", {"neoliberal"}, "le budget neoliberal"),
    ("le budget néo-libéral", {"neoliberal"}, "le budget neoliberal"),
    ("le « budget néo libéral »", {"neoliberal"}, "le budget neoliberal"),
    ("un BUDGET NÉO LIBÉRAL", {"neoliberal"}, "un budget neoliberal"),
    ("l'ultra-droite", {"ultradroite"}, "l ultradroite"),
    ("les anti-\ncasseurs", {"anticasseurs"}, "les anticasseurs"),
    # no evidence, no join: the text as written (« néo libéral » where no quote says it joined)
    ("le budget néo-libéral", set(), "le budget neo liberal"),
    ("le budget néo libéral", {"ultradroite"}, "le budget neo liberal"),
    # punctuation between: never joined (a comma, a mark, a bracket, two spaces)
    ("ils sont anti, et fiers de l'être", {"antiet"}, "ils sont anti et fiers de l etre"),
    ("un « pseudo » pour", {"pseudopour"}, "un pseudo pour"),
    ("l'ultra (droite)", {"ultradroite"}, "l ultra droite"),
    ("l'ultra  droite", {"ultradroite"}, "l ultra droite"),
    # a prefix opens its word: « garanti que » holds the letters of « anti que »
    ("il a garanti que le site rouvrira", {"antique"}, "il a garanti que le site rouvrira"),
    # a prefix at the end joins nothing
    ("ils se disent anti", {"anti"}, "ils se disent anti"),
    # words that are no prefix of the list stay apart (« pré », « contre »)
    ("le pré salé de la baie", {"presale"}, "le pre sale de la baie"),
    ("une contre-attaque", {"contreattaque"}, "une contre attaque"),
    # a word that opens on a prefix's letters stays whole
    ("les Antilles et l'antiquité", {"antilles"}, "les antilles et l antiquite"),
])
def test_normalize_joins_a_listed_prefix_where_the_run_says_it_joined(text, joined, normal):
    assert normalize(text, joined) == normal


def words(*texts: str) -> tuple[list[list[str]], list[list[str]]]:
    """Each text as a quote's one wording: as written, and normalised."""
    return [[t] for t in texts], [[normalize(t)] for t in texts]


@pytest.mark.parametrize(("texts", "joins"), [
    # the other outlet says « néolibéral »: the quote writing it apart joins it
    (("Ce budget néolibéral sacrifie", "un « budget néo libéral »"), {1: {"neoliberal"}}),
    (("un « budget néo libéral »", "Ce budget néolibéral sacrifie"), {0: {"neoliberal"}}),
    # each side joins what the other says joined
    (("l'ultra droite et les néolibéraux", "l'ultradroite et les néo-libéraux"),
     {0: {"ultradroite"}, 1: {"neoliberaux"}}),
    # no quote says « pseudopour »: no join
    (("derrière un pseudo pour harceler", "derrière un pseudo"), {}),
    # the joined form only in the same quote: no evidence from the run
    (("un budget néo-libéral, un budget néolibéral", "un budget de crise"), {}),
    # a comma between: the form is not offered
    (("nous sommes anti, et le disons", "un antiet"), {}),
    # « garanti que » offers no « antique »
    (("il a garanti que tout irait bien", "un vase antique"), {}),
])
def test_compounds_take_their_evidence_from_another_quote(texts, joins):
    assert compounds(*words(*texts)) == {n: frozenset(f) for n, f in joins.items()}


def test_a_stand_alone_prefix_keeps_the_group_and_the_speaker(nlp):
    """Through the whole pipeline: « pseudo » standing alone before « pour » is no compound
    (no quote says « pseudopour »), so the marks' words stay words of the quote: the two
    articles group, and the mixed quote takes the mayor's name from the batch."""
    texts = ["Le maire a dénoncé un internaute qui « se dissimulait derrière un pseudo » sur "
             "les réseaux.",
             "« Cet homme se dissimulait derrière un pseudo pour harceler les bénévoles du club "
             "depuis des mois », a déclaré Régis Montel, maire de Vauclair."]
    ex = Extractor(nlp=nlp)
    quotes = [q for n, t in enumerate(texts) for q in ex.text(t, id=f"a{n}")]
    out, _ = link_and_group(quotes)
    (marks,) = [q for q in out if q.article.id == "a0"]
    (said,) = [q for q in out if q.article.id == "a1"]
    assert marks.group_id is not None and marks.group_id == said.group_id
    assert marks.speaker.name == said.speaker.name == "Régis Montel"
