"""A present participle opening its sentence (« Estimant que …, le tribunal a prononcé … ») is
said by the subject of the main clause after the comma, however the parse hangs the two
clauses; a phrase that cannot speak (« la réforme ») is no one's, and a participle after its
speaker's clause (« …, a dit X, ajoutant que ») keeps that speaker. Made-up sentences.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker)
ROWS = [
    # fire: the main clause's subject after the comma says the words
    ("Le jugement a été rendu lundi. Estimant que le prévenu avait fait preuve d'une « grande "
     "désinvolture », le tribunal a prononcé une peine de deux ans.",
     "le prévenu avait fait preuve d'une « grande désinvolture »", "tribunal"),
    ("Le jugement a été rendu lundi. Estimant que le prévenu avait fait preuve d'une « grande "
     "désinvolture », le tribunal est allé bien au-delà des réquisitions.",
     "le prévenu avait fait preuve d'une « grande désinvolture »", "tribunal"),
    ("Le verdict est tombé mardi. Assurant qu'elle ne renoncerait « en aucune manière » à la "
     "campagne, Anne Morel a demandé un nouveau procès.",
     "elle ne renoncerait « en aucune manière » à la campagne", "Anne Morel"),
    ("Le verdict est tombé mardi. Assurant qu'elle ne renoncerait « en aucune manière » à la "
     "campagne, la présidente du parti Anne Morel a demandé un nouveau procès.",
     "elle ne renoncerait « en aucune manière » à la campagne", "Anne Morel"),
    # must not: a participle after its speaker's clause keeps that speaker
    ("« Nous tiendrons », a dit Paul Garnier, ajoutant que la réforme « se fera quoi qu'il "
     "arrive ».", "la réforme « se fera quoi qu'il arrive »", "Paul Garnier"),
    # must not: a subject inside the words said (« les pompiers seront … ») is not the main
    # clause's; the last subject after a comma, out of marks, is
    ("La crue a duré trois jours. Estimant que si la digue cède, les pompiers seront "
     "« débordés », le maire Hugo Ferrand a ordonné l'évacuation.",
     "si la digue cède, les pompiers seront « débordés »", "Hugo Ferrand"),
    # must not: the subject of a passive main clause is the one the act was done to
    ("L'audience a duré deux heures. Estimant que le prévenu présentait un « danger réel » pour "
     "la victime, Hugo Ferrand a été placé en détention provisoire par le juge.",
     "le prévenu présentait un « danger réel » pour la victime", None),
    ("Le procès s'est achevé lundi. Considérant que l'accusé avait agi avec « une froide "
     "détermination », Hugo Ferrand a été condamné à vingt ans par la cour d'assises.",
     "l'accusé avait agi avec « une froide détermination »", None),
    # must not: a main clause whose subject cannot speak names no one
    ("Le budget a été voté lundi. Estimant que la dépense était « trop lourde », la réforme a "
     "supprimé la taxe.", "la dépense était « trop lourde »", None),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ROWS)
def test_a_fronted_participle_is_said_by_the_main_clause_subject(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
