"""A prefix an outlet writes apart or hyphenated is joined to its word before candidate keys and
scores (``similarity.normalize``, lexicon ``compound_prefixes``): « néo libéral »,
« néo-libéral » and « néolibéral » are one word, so marks that spell it one way meet the quote
that spells it another. Only the listed prefixes join; two named people still never group, and
another word is still another wording."""

import pytest
from conftest import with_marks

from quotes.group.grouping import group_quotes
from quotes.group.similarity import normalize
from quotes.model import ArticleRef, Quote, Span, Speaker


def rec(qid: str, text: str, speaker: str = "Corinne Valette", marks: tuple[str, ...] = ()
        ) -> Quote:
    """A quote of article ``a<qid>``, its speaker a person named at the cue with confidence."""
    span = Span(0, len(text), text)
    q = Quote(id=f"q{qid}", article=ArticleRef(f"a{qid}", f"a{qid}"), type="direct", span=span,
              sentence=span, cue=None,
              speaker=Speaker(speaker, None, None, "person", "explicit", confidence=0.9))
    return with_marks(q, list(marks))


ROWS = [
    # grouped: marks spell the compound apart, the other outlet's quote joined
    ("marks apart, quote joined",
     [rec("1", "Le gouvernement néolibéral défend la marchandisation des musées de Corvelle"),
      rec("2", "le « gouvernement néo libéral »", marks=("gouvernement néo libéral",))], True),
    # hyphenated marks, joined quote, a past tense
    ("marks hyphenated, quote joined",
     [rec("1", "Nous avons subi une politique ultrasécuritaire pendant dix ans à Brenac"),
      rec("2", "une « politique ultra-sécuritaire »", marks=("politique ultra-sécuritaire",))],
     True),
    # joined marks, a quote that writes the prefix apart, a feminine adjective
    ("marks joined, quote apart",
     [rec("1", "C'est une réforme anti sociale qui frappe d'abord les plus fragiles",
          "Bruno Kessler"),
      rec("2", "une « réforme antisociale »", "Bruno Kessler", marks=("réforme antisociale",))],
     True),
    # another prefix, a future tense, three outlets
    ("three outlets, socio",
     [rec("1", "Ce sera un désastre socio-économique pour toute la vallée de l'Orbe",
          "Aline Mercadier"),
      rec("2", "« un désastre socioéconomique »", "Aline Mercadier",
          marks=("un désastre socioéconomique",)),
      rec("3", "Ce sera un désastre socio économique pour toute la vallée de l'Orbe",
          "Aline Mercadier")], True),
    # pseudo, an organisation speaking
    ("a body, pseudo",
     [rec("1", "Ces réseaux pseudoscientifiques trompent les familles de patients à Lorvan",
          "Ordre des pharmaciens de Lorvan"),
      rec("2", "des « réseaux pseudo-scientifiques »", "Ordre des pharmaciens de Lorvan",
          marks=("réseaux pseudo-scientifiques",))], True),
    # hyper, marks of three words, an imperfect
    ("hyper, an imperfect",
     [rec("1", "Cette hyperprésidence autoritaire étouffait le Parlement de Vessanne",
          "Jules Amaury"),
      rec("2", "« cette hyper-présidence autoritaire »", "Jules Amaury",
          marks=("cette hyper-présidence autoritaire",))], True),
    # apart: the marks say another word than the quote (« libéral », not « néolibéral »)
    ("another word",
     [rec("1", "Le gouvernement néolibéral défend la marchandisation des musées de Corvelle"),
      rec("2", "le « gouvernement libéral »", marks=("gouvernement libéral",))], False),
    # apart: a prefix the list leaves out joins nothing (« contre » is a word of its own)
    ("a prefix not listed",
     [rec("1", "Nous préparons une contreoffensive judiciaire contre la société Varlane"),
      rec("2", "une « contre offensive judiciaire »", marks=("contre offensive judiciaire",))],
     False),
    # apart: two people named with confidence, the same compound in their words
    ("two named people",
     [rec("1", "Le gouvernement néolibéral défend la marchandisation des musées de Corvelle"),
      rec("2", "le « gouvernement néo libéral »", "Hervé Castagne",
          marks=("gouvernement néo libéral",))], False),
    # apart: one outlet's quote denies what the other's marks say
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


@pytest.mark.parametrize(("case", "quotes", "grouped"), ROWS, ids=[r[0] for r in ROWS])
def test_a_compound_is_one_word_however_spelt(case, quotes, grouped):
    out, _ = group_quotes(quotes)
    ids = {q.group_id for q in out}
    assert (len(ids) == 1 and None not in ids) == grouped, case


@pytest.mark.parametrize(("text", "normal"), [
    ("le gouvernement néolibéral", "le gouvernement neoliberal"),
    ("le gouvernement néo-libéral", "le gouvernement neoliberal"),
    ("le « gouvernement néo libéral »", "le gouvernement neoliberal"),
    ("l'ultra-droite", "l ultradroite"),
    # a prefix at the end joins nothing
    ("ils se disent anti", "ils se disent anti"),
    # words that are no prefix of the list stay apart (« pré », « contre »)
    ("le pré salé de la baie", "le pre sale de la baie"),
    ("une contre-attaque", "une contre attaque"),
    # a word that opens on a prefix's letters stays whole
    ("les Antilles et l'antiquité", "les antilles et l antiquite"),
])
def test_normalize_joins_a_listed_prefix_to_its_word(text, normal):
    assert normalize(text) == normal
