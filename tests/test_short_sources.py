"""Short marked words with no cue are the words of the person who is their clause's subject
(``detect.short_sources``); a thing as the subject, or marks that name something after an
article, a possessive or a demonstrative, give no one's words."""

import pytest
from conftest import beside_its_own_quote, found_quotes

# (text, the marked words, speaker, role, gender); cue null
SAID = [
    # the subject of the verb that governs the marks
    ("Après la finale, Paul Verdier ne garde « que du bon » de cette saison.",
     "que du bon", "Paul Verdier", None, "male"),
    # a name, then the marks between commas
    ("Le verdict est tombé jeudi. Feuille en main, Claire Dumontel, « très touchée », a "
     "remercié ses proches.", "très touchée", "Claire Dumontel", None, "female"),
    # the noun of a function as the subject, and the clause after a complement of the noun
    ("Le maire de Tournon, Joseph Barral, a visité le quartier. Le maire « profondément "
     "marqué » par les dégâts est reparti en fin d'après-midi.", "profondément marqué",
     "Joseph Barral", "maire de Tournon", "male"),
]


@pytest.mark.parametrize(("text", "words", "speaker", "role", "gender"), SAID)
def test_short_marks_are_the_subjects_words(nlp, text, words, speaker, role, gender):
    found = [q for q in found_quotes(nlp, text) if q.span.text == words]
    assert found, [q.span.text for q in found_quotes(nlp, text)]
    q = found[0]
    assert (q.type, q.speaker.name, q.cue) == ("direct", speaker, None)
    assert q.speaker.role == role
    assert q.speaker.gender == gender


# the marks as the direct object of their verb: that verb is the cue
OBJECTS = [
    ("Au ministère, Hélène Vasseur a prononcé « quelques phrases brèves » avant de partir.",
     "quelques phrases brèves", "Hélène Vasseur", "a prononcé"),
    ("Le soir même, Hugo Lantier a eu « un mot gentil » pour chaque bénévole.",
     "un mot gentil", "Hugo Lantier", "a eu"),
    # a gerund's object: the subject of the clause it hangs on speaks
    ("Le soir même, Hélène Vasseur est repartie, adressant « toute son amitié » aux bénévoles.",
     "toute son amitié", "Hélène Vasseur", "adressant"),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue"), OBJECTS)
def test_the_verb_of_marked_object_is_the_cue(nlp, text, words, speaker, cue):
    found = [q for q in found_quotes(nlp, text) if q.span.text == words]
    assert found, [q.span.text for q in found_quotes(nlp, text)]
    q = found[0]
    assert (q.type, q.speaker.name, q.cue and q.cue.text) == ("direct", speaker, cue)


NOT_SAID = [
    # a thing or a body as the subject: a term of the narration
    ("La centrale a connu une « panne majeure » cet hiver.", "panne majeure"),
    ("Le vaccin a provoqué trois « effets indésirables » chez des patients âgés.",
     "effets indésirables"),
    # a definite article, a possessive or a demonstrative before the marks: a name
    ("Paul Verdier a repoussé son discours sur le « plan climat » à la semaine prochaine.",
     "plan climat"),
    ("Paul Verdier a plaisanté en arrivant devant ses « juges » lundi.", "juges"),
    ("Paul Verdier a traversé cette « année noire » sans un mot.", "année noire"),
    # a single marked word, or a phrase whose article or preposition stays outside the marks
    ("Faute de « moyens », la présidente Nadia Keller a renoncé au projet.", "moyens"),
    ("Le sénateur Luc Morand a évité lundi des « sujets qui fâchent ».", "sujets qui fâchent"),
    # the complement of a noun, what the subject or its object is
    ("Le juge Alain Morel, qui tient le rôle de doyen « par défaut », a ouvert l'audience.",
     "par défaut"),
    ("Le maire Luc Morand demeure « très réservé » sur ce projet.", "très réservé"),
    # a name before the marks, no comma after them: what the name is called
    ("Le footballeur Paul Dorin, « le roc » pour ses fans, a pris sa retraite.", "le roc"),
    ("Le chanteur Paul Dorin, « prince du rock » pour ses fans, a pris sa retraite.",
     "prince du rock"),
    # a capital after the mark: a title
    ("En recevant un prix pour « Les Nuits blanches », Inès Morand devient une autrice "
     "reconnue.", "Les Nuits blanches"),
    # the marks inside the subject's own words: who speaks, not what is said
    ("Le délégué « export » de la CFDT, Marc Orsini, n'a rien ajouté lundi.", "export"),
]


@pytest.mark.parametrize(("text", "words"), NOT_SAID)
def test_short_marks_that_no_subject_says(nlp, text, words):
    assert not [q for q in beside_its_own_quote(nlp, text) if words in q.span.text]
