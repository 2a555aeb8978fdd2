"""A body and a person whose role names it (its director, its spokeswoman) speak as one source:
their quotes may join, the text deciding (``joining.officer``), as the FBI's « tentative
d'assassinat » and its field director's words. A role naming another body, or the body's town
alone, ties no one; two people named with confidence never group; and two outlets copying one
lead (the same words of the outlet around different marks) while quoting different speakers
(a union and a minister, two prefectures) stay apart."""

import pytest
from conftest import with_marks

from quotes.group.grouping import group_quotes
from quotes.group.joining import officer
from quotes.model import ArticleRef, Quote, Span, Speaker

_PERSON, _BODY = "person", "organization"


def rec(qid: str, text: str, speaker: str, kind: str = _PERSON, role: str | None = None,
        marks: tuple[str, ...] = (), resolution: str = "explicit", confidence: float = 0.9,
        type_: str = "direct") -> Quote:
    """A quote of article ``a<qid>``, said by ``speaker`` (a ``kind``, with its ``role``)."""
    span = Span(0, len(text), text)
    q = Quote(id=f"q{qid}", article=ArticleRef(f"a{qid}", f"a{qid}"), type=type_, span=span,
              sentence=span, cue=None,
              speaker=Speaker(speaker, None, role, kind, resolution, confidence=confidence))
    return with_marks(q, list(marks))


_BREAK_IN = "Ce soir, nous avons eu ce que nous appelons une tentative d'effraction contre le dépôt"
_LEAD = ("les routes départementales du secteur resteront fermées jusqu'à nouvel ordre en raison "
         "des crues")

ROWS = [
    # grouped: the director's direct words hold the body's marks
    ("director and body",
     [rec("1", _BREAK_IN, "Mathis Orlan", role="directeur de l'antenne de Sarrance de la "
          "Brigade fluviale"),
      rec("2", "les faits étaient bien une « tentative d'effraction »", "Brigade fluviale",
          _BODY, marks=("tentative d'effraction",))], True),
    # a spokeswoman, a feminine role, the body named with its article in the role
    ("spokeswoman and body",
     [rec("1", "Il s'agit d'une erreur de calcul regrettable que nous allons corriger",
          "Louise Ferrand", role="porte-parole de l'Office des eaux de Tréval"),
      rec("2", "l'office a reconnu « une erreur de calcul »", "Office des eaux de Tréval",
          _BODY, marks=("une erreur de calcul",))], True),
    # a future tense, a company, three outlets (two quote the body)
    ("chairwoman, body, three outlets",
     [rec("1", "Nous fermerons le site de Brenac avant la fin de l'année prochaine",
          "Nadia Sorel", role="présidente de Laiteries Varlane"),
      rec("2", "le groupe « fermera le site de Brenac »", "Laiteries Varlane", _BODY,
          marks=("fermera le site de Brenac",)),
      rec("3", "Laiteries Varlane « fermera le site de Brenac » avant la fin de l'année",
          "Laiteries Varlane", _BODY, marks=("fermera le site de Brenac",))], True),
    # an unnamed spokesman whose role names the body, a passé composé
    ("anonymous spokesman and body",
     [rec("1", "Nous avons suspendu toutes les livraisons vers le port de Kerlaouen",
          "un porte-parole", "anonymous", role="porte-parole de la Coopérative du Val d'Aure"),
      rec("2", "la coopérative « a suspendu toutes les livraisons »",
          "Coopérative du Val d'Aure", _BODY, marks=("a suspendu toutes les livraisons",))],
     True),
    # a masculine delegate, an imperfect, the body's marks of four words
    ("delegate and body, an imperfect",
     [rec("1", "Les moulins de la vallée manquaient de blé depuis le mois de mars",
          "Yves Carrel", role="délégué général de la Fédération des meuniers"),
      rec("2", "les moulins « manquaient de blé depuis mars »", "Fédération des meuniers",
          _BODY, marks=("manquaient de blé depuis",))], True),
    # apart: the officer's words and the body's, another number
    ("officer and body, another number",
     [rec("1", "Nous supprimerons 300 emplois sur le site de Brenac d'ici la fin de l'année",
          "Nadia Sorel", role="présidente de Laiteries Varlane"),
      rec("2", "Nous supprimerons 500 emplois sur le site de Brenac d'ici la fin de l'année",
          "Laiteries Varlane", _BODY)], False),
    # apart: the body denies what its officer says
    ("officer and body, one negated",
     [rec("1", "Nous fermerons le site de Brenac avant la fin de l'année prochaine",
          "Nadia Sorel", role="présidente de Laiteries Varlane"),
      rec("2", "Nous ne fermerons pas le site de Brenac avant la fin de l'année prochaine",
          "Laiteries Varlane", _BODY)], False),
    # apart: the role names another body
    ("a role naming another body",
     [rec("1", _BREAK_IN, "Mathis Orlan", role="directeur de la Garde côtière de Sarrance"),
      rec("2", "les faits étaient bien une « tentative d'effraction »", "Brigade fluviale",
          _BODY, marks=("tentative d'effraction",))], False),
    # apart: the role names the body's town alone
    ("a role naming the town alone",
     [rec("1", _BREAK_IN, "Mathis Orlan", role="maire de Sarrance"),
      rec("2", "les faits étaient bien une « tentative d'effraction »",
          "Brigade fluviale de Sarrance", _BODY, marks=("tentative d'effraction",))], False),
    # apart: the officer and the body, on two different statements
    ("officer and body, two statements",
     [rec("1", "Nous rouvrirons le dépôt de Sarrance dès lundi matin aux bateliers",
          "Mathis Orlan", role="directeur de la Brigade fluviale"),
      rec("2", "les faits étaient bien une « tentative d'effraction »", "Brigade fluviale",
          _BODY, marks=("tentative d'effraction",))], False),
    # apart: a lawyer (her role names her client) and the client through a pronoun, a short
    # sentence both may say: two people
    ("a role naming a person",
     [rec("1", "C'est une décision injuste et brutale", "Louise Ferrand",
          role="avocate de Marc Tellier"),
      rec("2", "C'est une décision injuste et brutale", "Marc Tellier", resolution="pronoun",
          confidence=0.4)], False),
    # apart: two people named with confidence, one's role naming the other's company
    ("two named people",
     [rec("1", "Nous fermerons le site de Brenac avant la fin de l'année prochaine",
          "Nadia Sorel", role="présidente de Laiteries Varlane"),
      rec("2", "Nous fermerons le site de Brenac avant la fin de l'année prochaine",
          "Paul Garnier", role="directeur de Laiteries Varlane")], False),
    # copied lead, apart: a union and a minister, each outlet's marks its own speaker's
    ("copied lead, union and minister",
     [rec("1", _LEAD + ", selon le syndicat qui dénonce « un abandon des communes »",
          "Syndicat des agents routiers", _BODY, marks=("un abandon des communes",),
          type_="mixed"),
      rec("2", _LEAD + ", a indiqué le ministre, qui promet « des moyens exceptionnels »",
          "Hugo Marchal", role="ministre des Transports",
          marks=("des moyens exceptionnels",), type_="mixed")], False),
    # copied lead, apart: two prefectures of two towns
    ("copied lead, two prefectures",
     [rec("1", _LEAD + ", annonce la préfecture, qui parle d'« une situation inédite »",
          "préfecture de Valmont", _BODY, marks=("une situation inédite",), type_="mixed"),
      rec("2", _LEAD + ", annonce la préfecture, qui demande « la plus grande prudence »",
          "préfecture de Saint-Oran", _BODY, marks=("la plus grande prudence",),
          type_="mixed")], False),
    # copied lead, apart: the prefect of one town and the prefecture of another
    ("copied lead, a prefect and another prefecture",
     [rec("1", _LEAD + ", annonce la préfète, qui parle d'« une situation inédite »",
          "Claire Morvan", role="préfète de Saint-Oran",
          marks=("une situation inédite",), type_="mixed"),
      rec("2", _LEAD + ", annonce la préfecture, qui demande « la plus grande prudence »",
          "préfecture de Valmont", _BODY, marks=("la plus grande prudence",),
          type_="mixed")], False),
]


@pytest.mark.parametrize(("case", "quotes", "grouped"), ROWS, ids=[r[0] for r in ROWS])
def test_a_body_and_its_officer_speak_as_one(case, quotes, grouped):
    out, _ = group_quotes(quotes)
    ids = {q.group_id for q in out}
    assert (len(ids) == 1 and None not in ids) == grouped, case
    if grouped:  # the text joins, it renames no one
        assert [q.speaker.name for q in out] == [q.speaker.name for q in quotes]


@pytest.mark.parametrize(("role", "body", "tied"), [
    ("directeur du bureau de Corlay de l'Agence fluviale", "Agence fluviale", True),
    ("porte-parole de l'Office des eaux", "l'Office des eaux", True),
    ("directeur du bureau de Corlay", "Agence fluviale", False),
    ("maire de Corlay", "mairie de Corlay", False),
    # a body with no name, or an article alone, is named in no role
    ("porte-parole de la mairie", None, False),
    ("porte-parole de la mairie", "la", False),
])
def test_officer_reads_the_body_in_the_role(role, body, tied):
    person = Speaker("Mathis Orlan", None, role, _PERSON, "explicit", confidence=0.9)
    assert officer(person, Speaker(body, None, None, _BODY, "explicit", confidence=0.7)) == tied
