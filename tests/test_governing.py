"""The subject of a participle, of « avant de » + infinitive or of a verb after « et » is the
governing clause's: the subject the parse missed between « et » or a comma and the verb, past a
relative clause set off by commas or through a name set off by them; the main clause over a noun
or a relative clause's verb the parse hung a participle on, over a noun or an adverb for a gerund,
but the noun's own clause for a gerund no mark sets off from it;
the inverted pronoun of an incise the participle goes on from; the pronoun subject of a que-clause
for a verb after a comma in it with none of its own (its number, tense and auxiliary agreeing,
and not an incise: a noun phrase alone after it).
A participle with a subject of its own keeps it, an impersonal « il » is no one's; a participle
that is no speech verb (« citée par … ») leaves the subject to the verb after it.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, role, gender)
GOVERNING = [
    # fire: the subject the parse missed after a comma, the participle going with that clause
    ("Beaucoup repartent avec des sacs siglés Lumio, d'autres haussent les épaules, jugeant la "
     "visite « sans grand intérêt ».", "la visite « sans grand intérêt »", "d'autres", None,
     None),
    # … the same where the parse hangs that clause on the verb before as its complement
    ("Beaucoup repartent chargés de sacs bleus siglés Vexo, d’autres haussent les épaules, "
     "jugeant la visite « sans grand intérêt ».", "la visite « sans grand intérêt »", "d’autres",
     None, None),
    # … after « et », past a relative clause set off by commas, for « avant de préciser »
    ("Un murmure a parcouru la salle et la présentatrice Claire Vautrin, qui remettait la "
     "coupe, a marqué un temps d'arrêt avant de préciser au micro que « le lauréat recevra son "
     "trophée plus tard ».", "« le lauréat recevra son trophée plus tard »", "Claire Vautrin",
     "présentatrice", "female"),
    # … a participle the parse hung on a noun: the main clause, not the relative clause's noun
    ("Claire Vautrin a jugé lundi « très grave » l'incendie du garage du maire de Sarlac, Paul "
     "Morin, en lien avec le transfert d'un centre de loisirs, qui a provoqué sa démission, "
     "promettant de « mieux protéger » les élus.", "« mieux protéger » les élus",
     "Claire Vautrin", None, "female"),
    # … one the parse hung on a relative clause's verb: the main clause over it
    ("La directrice Hélène Marchand a présenté le bilan annuel, qui a été salué par les élus, "
     "promettant de « poursuivre les efforts ».", "« poursuivre les efforts »",
     "Hélène Marchand", "directrice", "female"),
    # … after « et », through a name set off by commas
    ("L'entraîneur Luc Barbier a félicité ses joueurs et le président du club, Henri Faure, a "
     "promis que « les primes seront versées ».", "« les primes seront versées »",
     "Henri Faure", "président du club", "male"),
    ("Le procureur Denis Arnaud a requis dix ans et l'avocate de la défense, Julie Masson, a "
     "plaidé avant d'affirmer que « la peine est trop lourde ».", "« la peine est trop lourde »",
     "Julie Masson", "avocate de la défense", "female"),
    # … a gerund the parse hung on a noun or an adverb (« tout »): the main clause over it,
    # not the name in the complement before
    ("La ministre de la Justice a officiellement accepté le verdict, sans citer une seule fois "
     "le nom de Paul Morin, tout en appelant ses soutiens à continuer de se battre pour la "
     "justice.", "continuer de se battre pour la justice", None, "ministre de la Justice",
     "female"),
    ("Le syndicat Sud-Rail a accepté l'accord, sans citer une seule fois le nom de Paul Morin, "
     "tout en appelant les cheminots à rester mobilisés.", "rester mobilisés", "Sud-Rail", None,
     None),
    # … a participle after an incise, past a participle clause and a relative one: the incise's
    # inverted pronoun, not the name in between
    ("Le préfet Paul Morin s'est rendu sur la digue. « Les secours restent mobilisés », "
     "a-t-il déclaré, faisant référence à la brigade fluviale, la BFL, qui patrouille depuis "
     "des années sur le fleuve, appelant les élus à « renforcer les moyens ».",
     "renforcer les moyens", "Paul Morin", "préfet", "male"),
    # … a verb after a comma in a que-clause, with no subject of its own: the clause's pronoun,
    # not the object the parse may call a subject; the clause stays one quote
    ("La ministre Claire Vautrin a reçu les syndicats. Elle a déclaré qu'elle avait appelé le "
     "maire Paul Morin, l'avait remercié pour son accueil et avait promis de rouvrir la "
     "maternité.", "elle avait appelé le maire Paul Morin, l'avait remercié pour son accueil et "
     "avait promis de rouvrir la maternité", "Claire Vautrin", "ministre", "female"),
    ("La ministre Claire Vautrin a reçu les syndicats mardi. Elle a affirmé qu'elle avait "
     "rencontré le préfet Paul Morin, l'avait félicité pour son action et avait promis de "
     "renforcer les moyens.", "elle avait rencontré le préfet Paul Morin, l'avait félicité pour "
     "son action et avait promis de renforcer les moyens", "Claire Vautrin", "ministre",
     "female"),
    # must not: a verb after a que-clause that does not agree with its pronoun is an incise
    ("Le maire Paul Morin a reconnu devant les enquêteurs qu'il avait menti, ont annoncé ses "
     "avocats.", "devant les enquêteurs qu'il avait menti", "avocats de Paul Morin", "avocat",
     None),
    # … in the same tense, and more than a noun phrase after it: agreement alone decides
    ("La directrice Claire Vautrin a expliqué qu'elle avait démissionné, avaient confirmé ses "
     "adjoints dans un courrier.", "elle avait démissionné", "Claire Vautrin", "directrice",
     "female"),
    # … whatever the auxiliary, in the same tense (« était arrivée », « l'avait remercié »)
    ("La ministre Claire Vautrin a reçu les syndicats. Elle a déclaré qu'elle était arrivée à "
     "la mairie du maire Paul Morin, l'avait remercié pour son accueil et avait promis de "
     "rouvrir la maternité.", "elle était arrivée à la mairie du maire Paul Morin, l'avait "
     "remercié pour son accueil et avait promis de rouvrir la maternité", "Claire Vautrin",
     "ministre", "female"),
    # must not: a verb in another tense after the comma is no conjunct of the que-clause: an
    # incise in the singular, its subject after it (the parse may miss that subject) …
    ("La directrice Claire Vautrin a rappelé qu'elle avait prévenu le conseil, a souligné son "
     "adjoint Marc Henry.", "elle avait prévenu le conseil", "Claire Vautrin", "directrice",
     "female"),
    ("La directrice a expliqué qu'elle avait démissionné, a précisé l'agence.",
     "elle avait démissionné", None, "directrice", "female"),
    ("Le ministre a assuré qu'il resterait en poste, a indiqué mardi Matignon.",
     "il resterait en poste", None, "ministre", None),
    # … or the main clause's own coordinated verb
    ("La ministre Claire Vautrin a estimé qu'elle avait tenu ses promesses, a salué les agents "
     "et a affirmé que « les crédits seront débloqués ».", "elle avait tenu ses promesses",
     "Claire Vautrin", "ministre", "female"),
    # … nor an incise in the same tense: a noun phrase alone after its verb, up to the full stop
    ("La directrice a expliqué qu'elle avait démissionné, avait précisé l'agence.",
     "elle avait démissionné", None, "directrice", "female"),
    # must not: a participle with a subject of its own after an incise keeps it
    ("Le préfet Paul Morin s'est rendu sur la digue. « Les secours restent mobilisés », "
     "a-t-il déclaré, la ministre Claire Vautrin jugeant pour sa part que « la digue a tenu ».",
     "« la digue a tenu »", "Claire Vautrin", "ministre", "female"),
    # must not: a gerund hung on a relative clause's verb is that clause's (« qui »: its noun)
    ("Le maire Hervé Lucas a visité le chantier avec la directrice Claire Vautrin, qui a "
     "surpris les élus en "
     "affirmant que « la ligne rouvrira en mai ».", "« la ligne rouvrira en mai »",
     "Claire Vautrin", "directrice", "female"),
    # a gerund the parse hung on a noun with no mark before it, in a relative clause's
    # infinitive: the relative clause's, not the main clause's subject (« Ce départ »)
    ("Ce départ attendu a suscité des réactions vives, notamment celle de l'ex-maire Donald "
     "Marchal, qui n'a pas hésité à commenter cette annonce en déclarant : « C'est une faute ».",
     "C'est une faute", "Donald Marchal", "ex-maire", "male"),
    ("Ce départ attendu a suscité des réactions, dont celle de l'ancien président Jean Vidal, "
     "qui n'a pas hésité à commenter la nouvelle en déclarant : « Il a été le pire président ».",
     "Il a été le pire président", "Jean Vidal", "ancien président", "male"),
    # must not: a participle with its own subject; « citée par » is no cue
    ("Le maire Hervé Lucas a reçu les riverains, certains jugeant la réunion « inutile ».",
     "la réunion « inutile »", "certains", None, None),
    ("Jeanne Roy, citée par l'agence Lumio, estime que « la réforme est injuste ».",
     "« la réforme est injuste »", "Jeanne Roy", None, "female"),
    # … nor a main clause whose « il » stands for no one: the words go on with the speaker
    # before
    ("Le maire Hervé Lucas a reçu les riverains. « Le quai est sûr », a affirmé Claire Vautrin. "
     "Selon elle, il manque seulement des dizaines de bouées commandées en mars, assurant que "
     "le port rouvrira en mai.", "le port rouvrira en mai", "Claire Vautrin", None, "female"),
    # … nor a verb right after « et » (its subject is the first verb's), nor after a comma
    # that opens no relative clause
    ("Paul Morin a parlé aux élus et a assuré que « rien n'est joué ».", "« rien n'est joué »",
     "Paul Morin", None, "male"),
    ("Le maire Hervé Lucas a reçu les élus, a assuré que « rien n'est joué ».",
     "« rien n'est joué »", "Hervé Lucas", "maire", "male"),
    ("La sénatrice Claire Vautrin a rejeté le projet de la préfecture, jugeant qu'il « méprise "
     "les habitants ».", "il « méprise les habitants »", "Claire Vautrin", "sénatrice", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), GOVERNING)
def test_governing_clause_subject(nlp, text, said, speaker, role, gender):
    found = quote_said(nlp, text, said).speaker
    assert (found.name if found else None) == speaker
    assert (found.role if found else None) == role
    assert (found.gender if found else None) == gender


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_number_tells_a_conjunct_from_an_incise(nlp):
    """« ont » is not the number of « il »: a plural verb after his que-clause is an incise."""
    from quotes.detect.governing import _agrees

    doc = nlp("Le maire Paul Morin a reconnu qu'il avait menti, ont annoncé ses avocats.")
    assert not _agrees(_word(doc, "annoncé"), _word(doc, "il"))
    doc = nlp("Elle a dit qu'elle avait appelé le maire Paul Morin, l'avait félicité pour son "
              "accueil.")
    assert _agrees(_word(doc, "félicité"), _word(doc, "elle"))


@pytest.mark.parametrize(("text", "shared"), [
    # fire: a conjunct of a que-clause shares its pronoun
    ("Elle a dit qu'elle avait appelé le maire Paul Morin, l'avait félicité pour son accueil.",
     "elle"),
    # must not: after a main clause (no « que »), the rule is not the one to say
    ("Elle avait appelé le maire Paul Morin, l'avait félicité pour son accueil.", None),
])
def test_comma_conjunct_only_in_a_que_clause(nlp, text, shared):
    from quotes.detect.governing import comma_conjunct_subject

    doc = nlp(text)
    found = comma_conjunct_subject(_word(doc, "félicité"))
    assert (doc[found[0] : found[1]].text if found else None) == shared


def test_euphonic_t_is_no_subject_of_the_main_clause(nlp):
    """A participle the parse hung on a noun goes with the main clause over it only through a
    subject the participle may take: the euphonic « -t » the parse may make the incise's only
    subject is none (« insiste-t-elle …, visant le préfet X, appelant … »: not through « -t »)."""
    from quotes.detect.governing import governing_verb

    doc = nlp("« Nous tiendrons », insiste-t-elle devant la presse, visant le préfet Paul Morin, "
              "appelant les élus à « renforcer les moyens ».")
    assert governing_verb(_word(doc, "appelant")) is None
