"""Que-clauses a cue reports one after the other, a comma and « et que » between them (or a
comma alone in a series that « , et que » closes): a record each, with the cue's speaker; with
no comma, inside marks, with no « que » opening the first, or a « que » that is no second
clause of the cue, one record. Made-up sentences."""

import pytest
from conftest import quotes_of

SPLIT = [
    # two indirect clauses
    ("La maire Odile Ferrand a annoncé que le scrutin se tiendra le 3 mai, et que d'ici là, "
     "elle continuerait à siéger au conseil.",
     [("indirect", "le scrutin se tiendra le 3 mai", "Odile Ferrand"),
      ("indirect", "d'ici là, elle continuerait à siéger au conseil", "Odile Ferrand")]),
    # each clause with marks of its own: two mixed records
    ("Le médecin Paul Vernat explique que les plaies du skieur « étaient superficielles », et "
     "qu'il a « perdu l'usage d'un doigt ».",
     [("mixed", "les plaies du skieur « étaient superficielles »", "Paul Vernat"),
      ("mixed", "il a « perdu l'usage d'un doigt »", "Paul Vernat")]),
    # the first clause holding an indirect question: the cut is still at « , et que »
    ("Le recteur Marc Lavoine a déclaré qu'une enquête avait été ouverte pour examiner comment "
     "les candidats ont été recrutés, et qu'un comité aurait lieu.",
     [("indirect", "une enquête avait été ouverte pour examiner comment les candidats ont été "
       "recrutés", "Marc Lavoine"),
      ("indirect", "un comité aurait lieu", "Marc Lavoine")]),
    # a series « que A, que B, et que C »: the comma alone parts the clauses before the last
    ("Le maire Paul Garnier a annoncé que le pont rouvrira en mai, que la route sera refaite, "
     "et que le marché reviendra place Vauban.",
     [("indirect", "le pont rouvrira en mai", "Paul Garnier"),
      ("indirect", "la route sera refaite", "Paul Garnier"),
      ("indirect", "le marché reviendra place Vauban", "Paul Garnier")]),
    # punctuation right after the second « que »: the clause starts after it
    ("Le député Paul Garnier a assuré que le texte serait voté, et que, « quoi qu'il arrive », "
     "il irait jusqu'au bout.",
     [("indirect", "le texte serait voté", "Paul Garnier"),
      ("mixed", "« quoi qu'il arrive », il irait jusqu'au bout", "Paul Garnier")]),
    # a verb of saying inside the second clause is reported too: it ends nothing
    ("La voisine Odile Ferrand a raconté que son fils était rentré tard, et qu'il n'avait rien "
     "dit de la soirée.",
     [("indirect", "son fils était rentré tard", "Odile Ferrand"),
      ("indirect", "il n'avait rien dit de la soirée", "Odile Ferrand")]),
    # each clause with marks, the parse hanging the second verb on the cue
    ("Le docteur Loïc Marest explique que les brûlures du cycliste « sont superficielles », et "
     "qu'il a « perdu deux dents ». Il restera deux jours à l'hôpital.",
     [("mixed", "les brûlures du cycliste « sont superficielles »", "Loïc Marest"),
      ("mixed", "il a « perdu deux dents »", "Loïc Marest")]),
    # the second « que » tagged a pronoun but the clause's mark: still a second clause, here
    # after a first clause in marks
    ("Le préfet Loïc Marest a néanmoins affirmé que \"la crue est sous contrôle\", et que la "
     "police surveille les quais.",
     [("mixed", "\"la crue est sous contrôle\"", "Loïc Marest"),
      ("indirect", "la police surveille les quais", "Loïc Marest")]),
    # the second clause quoted from its « que » on: the marks open its record, with it
    ("La rectrice Odile Ferrand a confirmé qu'une « première alerte était connue », et « qu'une "
     "enquête avait été ouverte » par la mairie.",
     [("mixed", "une « première alerte était connue »", "Odile Ferrand"),
      ("mixed", "« qu'une enquête avait été ouverte » par la mairie", "Odile Ferrand")]),
    # a blank before the comma stays out of the first clause
    ("Le préfet Loïc Marest a signalé que la crue est sous contrôle , et que les pompiers "
     "tiennent les digues.",
     [("indirect", "la crue est sous contrôle", "Loïc Marest"),
      ("indirect", "les pompiers tiennent les digues", "Loïc Marest")]),
]


@pytest.mark.parametrize(("text", "said"), SPLIT)
def test_que_clauses_after_a_comma_are_two_quotes(nlp, text, said):
    assert [(q.type, q.span.text, q.speaker.name) for q in quotes_of(nlp, text)] == said


# must not fire: no comma before « et que », the « et que » inside marks, a « que » that is no
# second clause of the cue (a relative, one of a verb or noun inside the clause, « qu'importe »),
# a clause the cue does not open with « que », a comma and « que » with no « et que » after
WHOLE = [
    ("Le maire Paul Vernat a indiqué que la crue était « sous contrôle » et que les habitants "
     "pouvaient regagner leur domicile.",
     [("mixed", "la crue était « sous contrôle » et que les habitants pouvaient regagner leur "
       "domicile", "Paul Vernat")]),
    ("La juge Odile Ferrand a estimé que le prévenu avait « menti, et que tout le monde le "
     "savait ».",
     [("mixed", "le prévenu avait « menti, et que tout le monde le savait »", "Odile Ferrand")]),
    # the marks hold « , et « qu' »: the speaker's own words, one quote
    ("La rectrice Odile Ferrand a confirmé qu'une « première alerte était connue, et qu'une "
     "enquête avait été ouverte » par la mairie.",
     [("mixed", "une « première alerte était connue, et qu'une enquête avait été ouverte » par "
       "la mairie", "Odile Ferrand")]),
    # a relative « que » after a stretch a relative opens (the tagger reads a pronoun)
    ("Le maire Paul Garnier a affirmé que la salle, qui compte 300 places, et que la ville a "
     "rénovée en 2021, restera ouverte.",
     [("indirect", "la salle, qui compte 300 places, et que la ville a rénovée en 2021, restera "
       "ouverte", "Paul Garnier")]),
    # the tagger's relative pronoun, no relative before it
    ("Le maire Paul Garnier a affirmé que la salle, rénovée en 2021, et que la ville loue aux "
     "associations, restera ouverte.",
     [("indirect", "la salle, rénovée en 2021, et que la ville loue aux associations, restera "
       "ouverte", "Paul Garnier")]),
    # a stretch a relative opens, the « que » after it read as a conjunction
    ("La maire Odile Ferrand a assuré que le stade, qui date de 1960, et que le club loue chaque "
     "été, sera vendu.",
     [("indirect", "le stade, qui date de 1960, et que le club loue chaque été, sera vendu",
       "Odile Ferrand")]),
    # the second clause goes with « craignaient que », not with the cue
    ("La maire Odile Ferrand a expliqué que les habitants craignaient que l'eau monte encore, "
     "et que les digues cèdent dans la nuit.",
     [("indirect", "les habitants craignaient que l'eau monte encore, et que les digues cèdent "
       "dans la nuit", "Odile Ferrand")]),
    # the second clause goes with « le fait que », inside the subject
    ("Le ministre Paul Garnier a rappelé que le fait que les prix montent, et que les salaires "
     "stagnent, pèse sur les ménages.",
     [("indirect", "le fait que les prix montent, et que les salaires stagnent, pèse sur les "
       "ménages", "Paul Garnier")]),
    # a noun's « que » clause in the first clause (lexicon/completive_nouns.txt): the « , et que »
    # may go on with it; the tagger's pronoun, then its conjunction
    ("Le maire Paul Vernet a affirmé que tout repose sur l'idée que « la ville grandira », et "
     "que la police suivra.",
     [("mixed", "tout repose sur l'idée que « la ville grandira », et que la police suivra",
       "Paul Vernet")]),
    ("Le maire Paul Vernet a affirmé que la ville vit dans la crainte que le fleuve déborde, et "
     "que les pompiers tiennent les digues.",
     [("indirect", "la ville vit dans la crainte que le fleuve déborde, et que les pompiers "
       "tiennent les digues", "Paul Vernet")]),
    # « qu'importe » opens no clause
    ("L'avocat Paul Garnier a estimé que le dossier était vide, et qu'importe l'avis du parquet.",
     [("indirect", "le dossier était vide, et qu'importe l'avis du parquet", "Paul Garnier")]),
    # the cue's « que » does not open the quote: an infinitive first
    ("Le maire Paul Garnier a promis de rouvrir le pont avant l'été, et que la route sera "
     "refaite.",
     [("indirect", "rouvrir le pont avant l'été, et que la route sera refaite", "Paul Garnier")]),
    # a comma and « que » that no « , et que » closes
    ("Le maire Paul Garnier a annoncé que le pont rouvrira en mai, que la route sera refaite.",
     [("indirect", "le pont rouvrira en mai, que la route sera refaite", "Paul Garnier")]),
    # the narrator's own verb after the comma ends the quote and opens none
    ("La présidente Anne Lozach a déclaré que la piscine était fermée, et a quitté la salle.",
     [("indirect", "la piscine était fermée", "Anne Lozach")]),
]


@pytest.mark.parametrize(("text", "said"), WHOLE)
def test_other_que_clauses_stay_one_quote(nlp, text, said):
    assert [(q.type, q.span.text, q.speaker.name) for q in quotes_of(nlp, text)] == said
