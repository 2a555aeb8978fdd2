"""Who a cue's arguments name: an adjective that is an adjunct's whole noun (« a déclaré en
français la juge ») ends the adjunct, so the subject is the phrase after it, not a name in a
later complement (« à l'attention de M. X »); an infinitive or a finite verb ends it too (« a
déclaré aux médias avoir arrêté le chauffeur »: no inverted subject); a « selon Y » after an
incise whose subject is an inverted pronoun (« », a-t-elle écrit sur Facebook selon Y ») only
relays that incise's words; « Pour X, présent à Lyon, … »: what describes X, set off by commas,
is neither X nor X's view; a noun opening its sentence that the parse made the root, before a
finite verb with no subject (« Son avocat, Me X, était présent lors de … »), is that verb's
subject, whom a pronoun after it takes up; « Y rapporte que X a écrit vendredi : « … » »: the
que-clause only says who spoke, X's words are the marks. « la mère de X, Y », a description and
its name: in test_kin_names. Made-up sentences.
"""

import pytest
from conftest import quotes_of

# (text, words said, speaker, cue)
ARGUMENTS = [
    # fire: an adjective right after the adjunct's preposition, a determiner after it
    ("« Vous pouvez faire appel », a déclaré en français la présidente à l'attention de M. "
     "Morel, après la lecture du jugement.", "Vous pouvez faire appel", None, "a déclaré"),
    ("« Le jugement est confirmé. Vous avez dix jours pour faire appel », a déclaré en "
     "français la juge à l'attention de Paul Morel.",
     "Le jugement est confirmé. Vous avez dix jours pour faire appel", None, "a déclaré"),
    # must not: an adjunct with its own noun, then the subject
    ("« Nous reviendrons », a déclaré dans la soirée le maire Paul Roux.", "Nous reviendrons",
     "Paul Roux", "a déclaré"),
    # fire: an infinitive ends the adjunct: the role after it is its object, not an inverted
    # subject; the subject set off before the cue, with a relative clause in its apposition
    ("Un camion a percuté une école mardi.\n\nKarim Belmadi, un voisin qui habite à côté de "
     "l'école, a déclaré aux médias avoir arrêté le chauffeur du camion.\n\n« On a plongé sur "
     "lui », a-t-il raconté.", "avoir arrêté le chauffeur du camion", "Karim Belmadi",
     "a déclaré"),
    ("Un camion a percuté une école mardi.\n\nKarim Belmadi, un voisin qui habite à côté de "
     "l'école, a déclaré aux médias avoir arrêté le chauffeur du camion.\n\n« On a plongé sur "
     "lui », a-t-il raconté.", "On a plongé sur lui", "Karim Belmadi", "a-t-il raconté"),
    # must not: the adjunct, then the inverted subject; a participle inside the adjunct
    ("« Le feu a pris vite », a déclaré aux médias le voisin Karim Belmadi.",
     "Le feu a pris vite", "Karim Belmadi", "a déclaré"),
    ("« Le feu a pris vite », a déclaré lors d'une réunion organisée à Lyon le maire Paul Roux.",
     "Le feu a pris vite", "Paul Roux", "a déclaré"),
    # must not: a verb of the adjunct's noun (a relative clause, a participle), or the cue's
    # infinitive where the cue has no subject before it, then the inverted subject
    ("« Nous reviendrons », a déclaré aux habitants qui l'attendaient le maire Paul Roux.",
     "Nous reviendrons", "Paul Roux", "a déclaré"),
    ("« Nous reviendrons », a assuré devant les élus venus l'écouter le maire Paul Roux.",
     "Nous reviendrons", "Paul Roux", "a assuré"),
    ("« Nous reviendrons », a déclaré aux médias vouloir revenir le maire Paul Roux.",
     "Nous reviendrons", "Paul Roux", "a déclaré"),
    # fire: « selon Y » after an incise with an inverted pronoun: the pronoun's words
    ("La mère de Paul Roux, Anne Roux, a parlé lundi. « Il allait bien », a-t-elle écrit sur "
     "Facebook selon le journal Le Progrès.", "Il allait bien", "Anne Roux", "a-t-elle écrit"),
    ("La maire Anne Roux a parlé lundi. « Le pont tiendra », a-t-elle assuré, selon le site "
     "Lyon Info.", "Le pont tiendra", "Anne Roux", "a-t-elle assuré"),
    # must not: « selon Y » with no incise: Y's words
    ("La maire Anne Roux a parlé lundi. Le pont tiendra jusqu'en mai, selon le site Lyon Info.",
     "Le pont tiendra jusqu'en mai", "Lyon Info", "selon"),
    # fire: « Pour X, <description>, <clause> »
    ("Le maire a parlé. Pour le ministre Marc Petit, présent à Lyon ce vendredi, Paul Roux "
     "devrait « payer pour ses fautes ».", "Paul Roux devrait « payer pour ses fautes »",
     "Marc Petit", "Pour"),
    ("Le maire a parlé. Pour la ministre Anne Roy, présente à Nantes, le port devrait « rouvrir "
     "vite ».", "le port devrait « rouvrir vite »", "Anne Roy", "Pour"),
    # must not: « Pour X, » with the clause right after it
    ("Le maire a parlé. Pour le ministre Marc Petit, Paul Roux devrait « payer pour ses "
     "fautes ».", "Paul Roux devrait « payer pour ses fautes »", "Marc Petit", "Pour"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), ARGUMENTS)
def test_what_a_cues_arguments_name(nlp, text, said, speaker, cue):
    quotes = quotes_of(nlp, text)
    found = [q for q in quotes if q.span.text == said]
    assert [(q.speaker.name, q.cue.text if q.cue else None) for q in found] == [(speaker, cue)], [
        (q.span.text, q.speaker.name) for q in quotes]
    # the words are no one else's as well: no second quote holds them
    assert not [q for q in quotes if q is not found[0] and q.span.start <= found[0].span.start
                and found[0].span.end <= q.span.end], [(q.span.text, q.cue) for q in quotes]


# (text, words said, speaker, roles)
ROOTLESS = [
    # fire: « était présent lors de … » parsed with the subject as the sentence's root
    ("La juge Anne Roy a lu la peine. « Vous avez compris », a lancé la juge. L'écrivain Paul "
     "Morel, entouré de policiers, n'a pas cillé.\nSon avocat, Me Luc Blanc, était aussi présent "
     "lors de l'énoncé du délibéré. Juste avant le verdict, il a dénoncé « un dossier vide ».",
     "un dossier vide", "Luc Blanc", ["avocat"]),
    ("La maire Anne Roy a ouvert la séance. « Le budget est voté », a annoncé la maire. Le "
     "préfet Paul Morel, venu de Lyon, n'a rien dit.\nSon adjoint, Luc Blanc, était aussi "
     "présent lors de l'énoncé du vote. Juste après, il a dénoncé « un budget vide ».",
     "un budget vide", "Luc Blanc", ["adjoint"]),
    # must not: the finite verb of a que-clause under a participle has a subject of its own
    ("La juge Anne Roy a lu la peine. L'écrivain Paul Morel, entouré de policiers, n'a pas "
     "cillé.\nUne grande fierté pour l'écrivain, expliquant qu'il s'agissait d'un « choc ». Il a "
     "dénoncé « un dossier vide ».", "un dossier vide", "Paul Morel", ["écrivain"]),
    # must not: a heading before a colon, then a clause whose second verb shares its subject
    ("Bilan : Lumia renoue avec les ventes mais ferme deux usines\n\nLa directrice générale de "
     "Lumia, Claire Noël, a présenté les comptes. « Nous avons tenu », a-t-elle déclaré.\n\nLa "
     "patronne du groupe, 52 ans, a justifié les fermetures. « Nous ne pouvons pas garder des "
     "usines vides », a-t-elle affirmé.", "Nous ne pouvons pas garder des usines vides",
     "Claire Noël", ["directrice générale de Lumia", "patronne du groupe"]),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles"), ROOTLESS)
def test_a_subject_the_parse_made_the_root(nlp, text, said, speaker, roles):
    found = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert [(q.speaker.name, [r.text for r in q.speaker.roles]) for q in found] == [
        (speaker, roles)]


# (text, every quote found as (words said, speaker))
RELAYS = [
    # fire: the que-clause holds a cue and its subject, whose words run on past it
    ("Le Progrès rapporte que Anne Roux a écrit dans un message sur Facebook vendredi : « Je ne "
     "veux pas de fleurs. Il était heureux ».",
     [("Je ne veux pas de fleurs. Il était heureux", "Anne Roux")]),
    ("Le journal rapporte que la maire Anne Roux a déclaré lundi : « Nous ne céderons pas ».",
     [("Nous ne céderons pas", "Anne Roux")]),
    # must not: the inner cue's words inside the que-clause; a que-clause with no cue
    ("Le préfet Paul Morel a indiqué que la maire Anne Roux avait promis que l'école "
     "« rouvrirait ».",
     [("la maire Anne Roux avait promis que l'école « rouvrirait »", "Paul Morel")]),
    ("Le journal rapporte que la maire Anne Roux a démissionné lundi.",
     [("la maire Anne Roux a démissionné lundi", "journal")]),
]


@pytest.mark.parametrize(("text", "found"), RELAYS)
def test_a_relay_of_who_spoke_is_no_quote(nlp, text, found):
    assert [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text)] == found
