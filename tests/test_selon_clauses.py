"""« selon X » inside a clause (detect/selon.py ``_open_lead``, selon_lists.py): made-up
sentences, one row a case, each checking the words, the source, its role and gender.

- after a form of avoir or être (lexicon/auxiliaries.txt), whatever tag the parse gives it
  before a comma, and past an opening mark after the source, the clause runs on around the
  aside and is X's whole; so after a verb whose object, in the parse, follows the source;
- a time, or no object, after the source leaves the clause before the aside whole on its own;
- a clause that runs on around the aside stops at the comma before a later cue, whose subject
  the parse may guess among the clause's words or the source's;
- « même si » before « selon X », with or without a comma, is a concession of the narrator's
  (lexicon/concessive_openers.txt): the words after the source are X's, and a que-clause before
  ends there; a condition (« si ») is none;
- a source with no comma after it ends on a stressed pronoun, or before a determiner glued to
  its noun: the clause after it is what it says.
"""

import pytest
from conftest import quotes_of

ROWS = [
    # an auxiliary before the aside, tagged a verb before its comma, or an opening mark after it
    ("Le maire Paul Girard a, selon ses adjoints, tout fait pour sauver l'usine.",
     "Le maire Paul Girard a, selon ses adjoints, tout fait pour sauver l'usine",
     "adjoints", None, None),
    ("Le maire a, selon ses adjoints, tout fait pour sauver l'usine.",
     "Le maire a, selon ses adjoints, tout fait pour sauver l'usine", "adjoints", None, None),
    ("Les négociations ont échoué parce que le patron a, selon les syndicats, refusé toute "
     "hausse.", "Les négociations ont échoué parce que le patron a, selon les syndicats, refusé "
     "toute hausse", "syndicats", None, None),
    ("Le maire Paul Girard a été, selon la préfète Anne Lory, « très clair » sur ce point.",
     "Le maire Paul Girard a été, selon la préfète Anne Lory, « très clair » sur ce point",
     "Anne Lory", "préfète", "female"),
    ("L'homme était, selon ses voisins, parti pêcher sur la rivière avec deux amis.",
     "L'homme était, selon ses voisins, parti pêcher sur la rivière avec deux amis",
     "ses voisins", None, None),
    # a verb whose object, in the parse, follows the source
    ("Le maire a signé, selon ses adjoints, la convention le 3 mai.",
     "Le maire a signé, selon ses adjoints, la convention le 3 mai", "adjoints", None, None),
    # a time, or a clause of its own, after the source: the clause before stands alone
    ("Le chantier a été abandonné, selon ses voisins, le mois dernier.",
     "Le chantier a été abandonné", "ses voisins", None, None),
    ("Le maire est venu, selon ses adjoints, le soir même.", "Le maire est venu", "adjoints",
     None, None),
    ("Le ministre a démissionné, selon le journal, le président ne l'ayant pas retenu.",
     "Le ministre a démissionné", "le journal", None, None),
    ("Le maire a été élu, selon la mairie, le 3 mai.", "Le maire a été élu", "mairie", None,
     None),
    # a later cue ends the clause at its comma, not inside the source nor after itself
    ("Le maire était, selon la préfète Anne Lory, très clair, a rapporté le journal.",
     "Le maire était, selon la préfète Anne Lory, très clair", "Anne Lory", "préfète",
     "female"),
    ("Le bilan était, selon la préfecture, de trois blessés, et le maire Paul Girard a dit que "
     "la route rouvrirait.", "Le bilan était, selon la préfecture, de trois blessés",
     "préfecture", None, None),
    # « même si, selon X, »: X's words after the source, with or without commas
    ("La piscine rouvrira en mai, même si, selon le maire Paul Girard, les artisans manquent.",
     "les artisans manquent", "Paul Girard", "maire", "male"),
    ("Le maire Paul Girard a dit que tout irait bien, même si, selon la préfecture, la saison "
     "est perdue.", "la saison est perdue", "préfecture", None, None),
    ("Le maire Paul Girard a dit que tout irait bien, même si, selon la préfecture, la saison "
     "est perdue.", "tout irait bien", "Paul Girard", "maire", "male"),
    ("Le maire Paul Girard a assuré que la piscine rouvrirait en mai, même si selon lui les "
     "artisans manquent.", "les artisans manquent", "Paul Girard", "maire", "male"),
    ("La préfète Anne Lory a expliqué que le feu était éteint, même si selon elle la vigilance "
     "reste de mise.", "la vigilance reste de mise", "Anne Lory", "préfète", "female"),
    # a conjunction of the narrator's before the comma of « , selon X, »
    ("La grève continue, parce que, selon le syndicat, les salaires restent bloqués.",
     "les salaires restent bloqués", "syndicat", None, None),
    # a source with no comma after it: it ends before a determiner glued to its noun …
    ("Le préfet Marc Roux a assuré que les routes rouvriraient, même si selon les gendarmes la "
     "circulation restera difficile.", "la circulation restera difficile", "gendarmes", None,
     None),
    # … not before one after « de »
    ("La route restera fermée selon le maire de la commune voisine.", "La route restera fermée",
     None, "maire de la commune voisine", None),
    ("Les travaux dureront un an selon le directeur du chantier Paul Girard.",
     "Les travaux dureront un an", "Paul Girard", "directeur du chantier", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_selon_inside_a_clause(nlp, text, said, speaker, role, gender):
    quotes = quotes_of(nlp, text)
    found = [q for q in quotes if q.span.text == said]
    assert found, [q.span.text for q in quotes]
    q = found[0]
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)


# words the old reading cut inside the clause, or gave to a source that swallowed the next
# noun phrase, are no quote
NOT_SAID = [
    ("Le maire a, selon ses adjoints, tout fait pour sauver l'usine.", "Le maire a"),
    ("Le maire était, selon la préfète Anne Lory, très clair, a rapporté le journal.",
     "Le maire était, selon la préfète Anne Lory, très clair, a rapporté le journal"),
    ("La juge a rendu, selon l'avocate Claire Morin, une décision injuste, a rapporté le "
     "journal.", "La juge a rendu, selon l'avocate"),
    ("La piscine rouvrira en mai, même si, selon le maire Paul Girard, les artisans manquent.",
     "La piscine rouvrira en mai"),
    ("Le maire Paul Girard a assuré que la piscine rouvrirait en mai, même si selon lui les "
     "artisans manquent.", "manquent"),
]


@pytest.mark.parametrize(("text", "cut"), NOT_SAID)
def test_no_cut_inside_the_clause(nlp, text, cut):
    assert cut not in [q.span.text for q in quotes_of(nlp, text)]
