"""A body and a person whose role names it (« ancien directeur de … », « délégué syndical de
… », « avocate de … ») are two sources: grouping ties them by no such role (only a role of
speaking for the body does, tests/test_group_voiced.py), and these rows pin the speaker checks
that keep them apart today. A person quoting the body's words to reject or mock
them, a former officer, an opposition councillor, a lawyer, a « secrétaire d'État » beside
« l'État »: apart. Two outlets copying one lead (the same words of the outlet around
different marks) while quoting different speakers (a union and a minister, two prefectures)
stay apart too."""

import pytest
from conftest import quote_record

from quotes.group.grouping import group_quotes
from quotes.model import Quote

_PERSON, _BODY = "person", "organization"


def rec(qid: str, text: str, speaker: str, kind: str = _PERSON, role: str | None = None,
        marks: tuple[str, ...] = (), resolution: str = "explicit", confidence: float = 0.9,
        type_: str = "direct") -> Quote:
    """A quote of article ``a<qid>``, said by ``speaker`` (a ``kind``, with its ``role``)."""
    return quote_record(qid, text, speaker, kind, role, marks, resolution, confidence, type_)


_NIGHT = "Cette nuit, des inconnus ont voulu forcer les grilles de notre entrepôt du quai Nord"
_LEAD = ("les routes départementales du secteur resteront fermées jusqu'à nouvel ordre en raison "
         "des crues")

ROWS = [
    # a former director repeats the body's words to reject them
    ("a former director",
     [rec("1", "la gendarmerie de Vessanne a parlé d'« un acte de malveillance parfaitement "
          "isolé »", "gendarmerie de Vessanne", _BODY,
          marks=("un acte de malveillance parfaitement isolé",), type_="mixed"),
      rec("2", "On nous parle d'un acte de malveillance parfaitement isolé, mais personne n'y "
          "croit", "Gilles Aubrac", role="ancien directeur de la gendarmerie de Vessanne")]),
    # a union delegate at the company mocks its words
    ("a union delegate at the company",
     [rec("1", "Varlane justifie les départs par « une adaptation indispensable de nos "
          "effectifs »", "Varlane", _BODY,
          marks=("une adaptation indispensable de nos effectifs",), type_="mixed"),
      rec("2", "Ils appellent ça une adaptation indispensable de nos effectifs, nous appelons "
          "ça des licenciements", "Samia Berrada", role="déléguée syndicale de Varlane à Brenac")]),
    # an opposition councillor sitting at the town hall
    ("an opposition councillor",
     [rec("1", "la mairie de Corlay annonce « la fermeture temporaire de la médiathèque »",
          "mairie de Corlay", _BODY, marks=("la fermeture temporaire de la médiathèque",),
          type_="mixed"),
      rec("2", "La fermeture temporaire de la médiathèque est une faute grave",
          "Hélène Castagne", role="conseillère d'opposition à la mairie de Corlay")]),
    # « l'État » found inside « secrétaire d'État »
    ("a secretary of State",
     [rec("1", "l'État promet « une aide rapide et massive aux éleveurs »", "l'État", _BODY,
          marks=("une aide rapide et massive aux éleveurs",), type_="mixed"),
      rec("2", "Nous apporterons une aide rapide et massive aux éleveurs touchés par la grêle",
          "Paul Verdier", role="secrétaire d'État chargé de l'Élevage")]),
    # a lawyer of the body
    ("the body's lawyer",
     [rec("1", "la Régie des eaux dénonce « une grève illégale et parfaitement injustifiée »",
          "Régie des eaux", _BODY, marks=("une grève illégale et parfaitement injustifiée",),
          type_="mixed"),
      rec("2", "C'est une grève illégale et parfaitement injustifiée, et nous saisirons le juge",
          "Sophie Lenormand", role="avocate de la Régie des eaux")]),
    # apart: the officer's words and the body's, another number
    ("officer and body, another number",
     [rec("1", "Nous supprimerons 300 emplois sur le site de Brenac d'ici la fin de l'année",
          "Nadia Sorel", role="présidente de Laiteries Varlane"),
      rec("2", "Nous supprimerons 500 emplois sur le site de Brenac d'ici la fin de l'année",
          "Laiteries Varlane", _BODY)]),
    # apart: the body denies what its officer says
    ("officer and body, one negated",
     [rec("1", "Nous fermerons le site de Brenac avant la fin de l'année prochaine",
          "Nadia Sorel", role="présidente de Laiteries Varlane"),
      rec("2", "Nous ne fermerons pas le site de Brenac avant la fin de l'année prochaine",
          "Laiteries Varlane", _BODY)]),
    # apart: the role names another body
    ("a role naming another body",
     [rec("1", _NIGHT, "Mathis Orlan", role="directeur de la Garde côtière de Sarrance"),
      rec("2", "il s'agit bien d'« une tentative pour forcer les grilles »", "Brigade fluviale",
          _BODY, marks=("une tentative pour forcer les grilles",), type_="mixed")]),
    # apart: the role names the body's town alone
    ("a role naming the town alone",
     [rec("1", _NIGHT, "Mathis Orlan", role="maire de Sarrance"),
      rec("2", "il s'agit bien d'« une tentative pour forcer les grilles »",
          "Brigade fluviale de Sarrance", _BODY,
          marks=("une tentative pour forcer les grilles",), type_="mixed")]),
    # apart: the officer and the body, on two different statements
    ("officer and body, two statements",
     [rec("1", "Nous rouvrirons le dépôt de Sarrance dès lundi matin aux bateliers",
          "Mathis Orlan", role="directeur de la Brigade fluviale"),
      rec("2", "il s'agit bien d'« une tentative pour forcer les grilles »", "Brigade fluviale",
          _BODY, marks=("une tentative pour forcer les grilles",), type_="mixed")]),
    # apart: a lawyer (her role names her client) and the client through a pronoun, a short
    # sentence both may say: two people
    ("a role naming a person",
     [rec("1", "C'est une décision injuste et brutale", "Louise Ferrand",
          role="avocate de Marc Tellier"),
      rec("2", "C'est une décision injuste et brutale", "Marc Tellier", resolution="pronoun",
          confidence=0.4)]),
    # apart: two people named with confidence, one's role naming the other's company
    ("two named people",
     [rec("1", "Nous fermerons le site de Brenac avant la fin de l'année prochaine",
          "Nadia Sorel", role="présidente de Laiteries Varlane"),
      rec("2", "Nous fermerons le site de Brenac avant la fin de l'année prochaine",
          "Paul Garnier", role="directeur de Laiteries Varlane")]),
    # copied lead, apart: a union and a minister, each outlet's marks its own speaker's
    ("copied lead, union and minister",
     [rec("1", _LEAD + ", selon le syndicat qui dénonce « un abandon des communes »",
          "Syndicat des agents routiers", _BODY, marks=("un abandon des communes",),
          type_="mixed"),
      rec("2", _LEAD + ", a indiqué le ministre, qui promet « des moyens exceptionnels »",
          "Hugo Marchal", role="ministre des Transports",
          marks=("des moyens exceptionnels",), type_="mixed")]),
    # copied lead, apart: two prefectures of two towns
    ("copied lead, two prefectures",
     [rec("1", _LEAD + ", annonce la préfecture, qui parle d'« une situation inédite »",
          "préfecture de Valmont", _BODY, marks=("une situation inédite",), type_="mixed"),
      rec("2", _LEAD + ", annonce la préfecture, qui demande « la plus grande prudence »",
          "préfecture de Saint-Oran", _BODY, marks=("la plus grande prudence",),
          type_="mixed")]),
    # copied lead, apart: the prefect of one town and the prefecture of another
    ("copied lead, a prefect and another prefecture",
     [rec("1", _LEAD + ", annonce la préfète, qui parle d'« une situation inédite »",
          "Claire Morvan", role="préfète de Saint-Oran",
          marks=("une situation inédite",), type_="mixed"),
      rec("2", _LEAD + ", annonce la préfecture, qui demande « la plus grande prudence »",
          "préfecture de Valmont", _BODY, marks=("la plus grande prudence",),
          type_="mixed")]),
]


@pytest.mark.parametrize("reverse", [False, True], ids=["in order", "reversed"])
@pytest.mark.parametrize(("case", "quotes"), ROWS, ids=[r[0] for r in ROWS])
def test_a_body_and_people_whose_role_names_it_stay_apart(case, quotes, reverse):
    given = quotes[::-1] if reverse else quotes
    out, _ = group_quotes(given)
    grouped = [q.group_id for q in out if q.group_id]  # a quote alone may carry no group
    assert len(out) == len(given) and len(set(grouped)) == len(grouped), case
    assert [q.speaker.name for q in out] == [q.speaker.name for q in given]
