"""Who speaks when a cue's subject names nobody, when the words said name their own speaker,
and the names and roles set beside a name (apposed nationality, a bracketed acronym).

Sentences written for these tests: sentence -> (quote text, speaker, role, gender)."""

import pytest
from conftest import beside_its_own_quote, quote_said

from quotes.attribute.bodies import spells, spells_reordered

ROWS = [
    # a finite cue the parse hung on a noun's complement as its modifier (« rapporte » read as
    # a modifier of « Premier ministre »): the whole noun phrase is its subject, not the
    # complement, nor the name the clause reports on (``subjects._finite_modifier``)
    ("L'entourage du Premier ministre rapporte que Paul Morel a tenu à appeler le maire.",
     "Paul Morel a tenu à appeler le maire", "l'entourage du Premier ministre", None, None),
    ("La famille du Premier ministre affirme que Paul Morel a reçu des menaces.",
     "Paul Morel a reçu des menaces", "famille du Premier ministre", None, None),
    # must not: a subject the parse reads whole stays as it is
    ("Le cabinet du ministre Paul Roux indique que la réforme sera votée.",
     "la réforme sera votée", "cabinet de Paul Roux", None, None),
    # a negative subject names nobody: the postposed cue's speaker, the clause after « mais »
    ("Le directeur Paul Roux reconnaît que des bactéries ont été trouvées en mai, mais rien "
     "n'indiquait que les lots étaient contaminés, affirme-t-il dans un entretien.",
     "rien n'indiquait que les lots étaient contaminés", "Paul Roux", "directeur", "male"),
    ("La ministre Claire Dubois admet que le calendrier a glissé, mais personne ne dit que la "
     "réforme est abandonnée, assure-t-elle.",
     "personne ne dit que la réforme est abandonnée", "Claire Dubois", "ministre", "female"),
    ("Aucun expert n'affirme que le pont va céder, a déclaré l'ingénieure Lucie Martin.",
     "Aucun expert n'affirme que le pont va céder", "Lucie Martin", "ingénieure", "female"),
    # the words said name their own speaker as subject: the pronoun of the cue after them
    ("Marie Leroy ne sera pas candidate aux prochaines élections et a choisi son adjoint pour "
     "lui succéder, annonce-t-elle dans un entretien au journal local.",
     "Marie Leroy ne sera pas candidate aux prochaines élections et a choisi son adjoint pour "
     "lui succéder", "Marie Leroy", None, "female"),
    ("Le maire Jean Roux a réuni son conseil. Jean Roux quittera la mairie en juin, "
     "annonce-t-il dans la presse locale.",
     "Jean Roux quittera la mairie en juin", "Jean Roux", "maire", "male"),
    # another person the pronoun may stand for: not the one the words speak of
    ("Le juge Paul Martin a entendu les témoins. Marie Leroy a menti, affirme-t-il.",
     "Marie Leroy a menti", "Paul Martin", "juge", "male"),
    # a noun and its nationality set beside a name is a role
    ("Paul Diallo, le coureur français, ne sera pas aux Jeux. Diallo avait déclaré en avril "
     "qu'il avait consommé des compléments sans le savoir.",
     "il avait consommé des compléments sans le savoir", "Paul Diallo", "coureur français",
     "male"),
    ("Anna Kowalska, la nageuse polonaise, a été suspendue. Kowalska a affirmé qu'elle n'avait "
     "jamais triché.",
     "elle n'avait jamais triché", "Anna Kowalska", "nageuse polonaise", "female"),
    # an inverted subject whose first name the tagger took for a verb: the name, not the body
    # the sentence before named
    ("La sonde Kestrel-2 s'est posée mercredi sur la Lune, a annoncé l'Agence varnienne de "
     "l'espace (AVE). « C'est un jour historique pour notre pays », s'est félicité le Premier "
     "ministre varnien Rajendra Pavi.", "C'est un jour historique pour notre pays",
     "Rajendra Pavi", "Premier ministre varnien", "male"),
    ("La sonde Kestrel-2 s'est posée mercredi sur la Lune, a annoncé l'Agence varnienne de "
     "l'espace (AVE). « C'est le cri de victoire d'un pays nouveau », a déclaré le Premier "
     "ministre Mahendra Soli, qui a brandi le drapeau.",
     "C'est le cri de victoire d'un pays nouveau", "Mahendra Soli", "Premier ministre", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_speaker(nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)


NAMES = [
    # the recogniser's name cut before its small-letter words, that the acronym spells
    ("Selon l’Agence mondiale antidopage (AMA), ces substances sont interdites en compétition.",
     "ces substances sont interdites en compétition", "Agence mondiale antidopage"),
    ("D’après l’Office national antifraude (ONA), les faux billets circulent depuis mars.",
     "les faux billets circulent depuis mars", "Office national antifraude"),
    # the acronym of the name in another language, its initials in another order; the
    # acronym alone later is that body
    ("La banquise recule depuis mars, a annoncé l’Institut nordique pour la recherche polaire "
     "(NPRI).", "La banquise recule depuis mars", "Institut nordique pour la recherche polaire"),
    ("La sonde Aurora-2 a atteint le pôle, a annoncé l’Organisation nordique pour la recherche "
     "polaire (NPRO). « Nous y sommes », a écrit le NPRO dans un message.",
     "Nous y sommes", "Organisation nordique pour la recherche polaire"),
    # « à » and an elided « l' » are small words the acronym leaves out
    ("La sonde a atteint le pôle, a annoncé l'Office nordique à la recherche polaire (NPRO). "
     "« Nous y sommes », a écrit le NPRO dans un message.",
     "Nous y sommes", "Office nordique à la recherche polaire"),
    ("La sonde a atteint le pôle, a annoncé l'Agence nordique de l'énergie polaire (NPEA). "
     "« Nous y sommes », a écrit la NPEA dans un message.",
     "Nous y sommes", "Agence nordique de l'énergie polaire"),
    # two bodies an article ties to one acronym: the mention is the one tied last before it
    ("La tempête a fait rage, a indiqué l'Agence météorologique de Norlande (NMA). La côte a "
     "reculé, a ajouté l'Autorité nordique de la mer (NMA). « Les digues tiennent », a écrit le "
     "NMA dans un message.", "Les digues tiennent", "Autorité nordique de la mer"),
    ("La tempête a fait rage, a indiqué l'Agence météorologique de Norlande (NMA). « Les digues "
     "tiennent », a écrit le NMA dans un message. La côte a reculé, a ajouté l'Autorité nordique "
     "de la mer (NMA).", "Les digues tiennent", "Agence météorologique de Norlande"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), NAMES)
def test_spelled_name(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.kind, q.speaker.gender) == (speaker, "organization", None)


@pytest.mark.parametrize(("check", "acronym", "name", "spelt"), [
    # in another order (its name in another language), the small words left out
    (spells_reordered, "NPRI", "Institut nordique pour la recherche polaire", True),
    (spells_reordered, "SNA", "Agence spatiale du Nordland", True),
    (spells_reordered, "NPRO", "Office nordique à la recherche polaire", True),
    (spells_reordered, "NPEA", "Agence nordique de l'énergie polaire", True),
    (spells_reordered, "NPEA", "Agence nordique de l’énergie polaire", True),
    # must not: other letters, a letter short, two initials only (too weak a tie)
    (spells_reordered, "NASA", "Agence nordique pour la recherche polaire", False),
    (spells_reordered, "NPR", "Institut nordique pour la recherche polaire", False),
    (spells_reordered, "NI", "Institut nordique", False),
    # in order, the small words taken or left: an elided « l' », « et », « à »
    (spells, "AIEA", "Agence internationale de l'énergie atomique", True),
    (spells, "ANLEP", "Agence nordique de l'énergie polaire", True),
    (spells, "ANPR", "Agence nordique et polaire de recherche", True),
    (spells, "ONAR", "Office nordique à la recherche", True),
    (spells, "ONR", "Office nordique à la recherche", True),
    # must not: a capitalised word is never left out
    (spells, "AEP", "Agence nordique de l'énergie polaire", False),
])
def test_acronym_spelled(check, acronym, name, spelt):
    assert check(acronym, name) is spelt


def test_no_speaker_for_a_negative_subject_alone(nlp):
    """« Rien n'indique que … » with no cue after it is nobody's claim."""
    text = "Rien n'indique que la digue va céder cet hiver."
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []
