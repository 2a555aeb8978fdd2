"""A paragraph in no marks, in the first person, after a paragraph that ends with a colon and
speaks of someone in the third person, is that person's words: a direct quote, cue null, the
speaker the voice carried to it (quotes/detect/colon_extracts.py). Not a list or a table after
a colon, not a narrative paragraph in the third person, not a columnist's own words after their
own colon, not a paragraph with marks (the marks' rules read it).

Sentences written for these tests; names are invented.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

from quotes.model import Evidence

LEAD = ("L'entraîneur Paul Morel s'est exprimé lundi après la défaite de Vernac en demi-finale."
        "\n\n")
SAID = ("Je pense d'abord à nos supporters, qui nous suivent partout. Nous avons manqué "
        "d'efficacité en seconde période.")

# (case, text, the words said, the speaker)
FIRES = [
    ("a pronoun, then « Extrait: »",
     LEAD + f"Il revient ensuite sur la défaite. Extrait:\n\n{SAID}", SAID, "Paul Morel"),
    ("a name as the colon's subject",
     f"Vernac a perdu lundi.\n\nAnne Vidal, la capitaine, est revenue sur le match :\n\n{SAID}",
     SAID, "Anne Vidal"),
    ("an aside in brackets at its end is no part of the words",
     LEAD + f"Il a d'abord parlé des supporters. Extrait:\n\n{SAID} (il s'interrompt, ému).",
     SAID, "Paul Morel"),
]


@pytest.mark.parametrize(("text", "said", "speaker"),
                         [pytest.param(*row[1:], id=row[0]) for row in FIRES])
def test_a_first_person_paragraph_after_a_colon_is_the_speakers(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.speaker.kind, q.cue) == ("direct", speaker, "person", None)
    assert q.speaker.gender in ("male", "female")
    assert Evidence.COLON_EXTRACT in q.evidence


# (case, text, words that are no quote)
NOT_SAID = [
    ("a list after a colon",
     LEAD + "Il a listé les changements prévus :\n\n- Nous jouerons à domicile en mars et en "
     "avril, devant nos supporters.", "Nous jouerons"),
    ("a narrative paragraph in the third person",
     LEAD + "Il revient ensuite sur la défaite. Extrait:\n\nLe match a basculé en seconde "
     "période, quand Vernac a encaissé deux buts en cinq minutes.", "Le match a basculé"),
    ("a columnist's own colon",
     "Je me suis posé une question simple après ce match, comme le font nos lecteurs :\n\nNous "
     "avons manqué d'efficacité en seconde période, et je ne comprends pas pourquoi.",
     "Nous avons manqué"),
    ("a line of a table, no stop at its end",
     LEAD + "Il a donné les chiffres de la saison :\n\nNos buts marqués à domicile et nos buts "
     "encaissés à l'extérieur : 12 et 9", "Nos buts"),
    ("a thing as the colon's subject: the terms of a text",
     "Les syndicats et la direction de Brivex ont signé un accord mercredi. Le texte prévoit :"
     "\n\nUne hausse de salaire de 3 % pour tous les salariés, une prime de 1 000 euros et deux "
     "jours de congé supplémentaires pour nous tous.", "Une hausse de salaire"),
    ("a thing as the colon's subject: a list of stages",
     "Le Tour de Vernac partira de Brenac. Les étapes annoncées mardi par les organisateurs "
     "sont les suivantes :\n\nBrenac - Brenac, contre-la-montre de 19 km. Nous passerons ensuite "
     "par Lorvenne et Valmorin.", "Brenac - Brenac"),
    ("a presenter's question after a colon: the interviewer's, not the one asked",
     "Le ministre Paul Garnier était l'invité du journal de 20 heures. Le présentateur l'a "
     "interrogé sur sa candidature :\n\nÊtes-vous candidat à la présidentielle, oui ou non, et "
     "pouvez-vous nous le dire ce soir ?\n\nLe ministre a répondu qu'il n'avait rien décidé.",
     "Êtes-vous candidat"),
    ("a statement a spokesman reads out: the words are its author's, not the reader's",
     "Après les incidents du match de samedi, le porte-parole du club, Julien Arnal, a lu un "
     "communiqué de la direction :\n\nNous condamnons fermement les violences commises par une "
     "minorité de supporters. Nous porterons plainte contre les auteurs identifiés.",
     "Nous condamnons"),
    ("a letter read out in court: the victim's words, not the presiding judge's",
     "L'audience a repris jeudi matin. Le président du tribunal a donné lecture de la lettre "
     "de la victime, Camille Perret, absente des débats :\n\nJe ne pardonnerai jamais ce qu'il "
     "m'a fait subir. J'ai perdu mon travail, mes amis et ma confiance en moi.",
     "Je ne pardonnerai"),
]


@pytest.mark.parametrize(("text", "words"), [pytest.param(*row[1:], id=row[0]) for row in NOT_SAID])
def test_no_extract_where_the_colon_introduces_none(nlp, text, words):
    found = beside_its_own_quote(nlp, text)
    assert not [q for q in found if q.span.text.startswith(words)], [q.span.text for q in found]
    assert not [q for q in found if Evidence.COLON_EXTRACT in q.evidence]
