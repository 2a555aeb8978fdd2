"""Where a speaker's mention and role end, on made-up sentences: a clitic pronoun of the verb is no
part of the subject (quotes/detect/clitics.py), an adjunct of time, occasion or place of speech
after a role noun is no part of the role (quotes/attribute/role_edges.py), and a record (« le
premier X à avoir … ») gives its role noun alone (quotes/attribute/ranks.py), to the person its
copula's subject is (quotes/attribute/narrated_roles.py); the verb's adjunct after an inverted
subject, a participle a « selon » source cuts from its adjuncts, and one of passing words on
with its agent (« interrogée par l'AFP »), are no part of it (quotes/detect/np_ends.py); of two
noun phrases, a determiner opening the second, the speaker's is the second after a preposition
or a body's name, the first after a person's name (quotes/attribute/mentions.py). Rows where the
cut must not happen follow each group."""

import pytest
from conftest import quote_said

from quotes.attribute.mentions import trimmed
from quotes.detect.np_ends import carried_by

MENTIONS = [
    # (text, quote, speaker, mention)
    # ---- a clitic object between a noun subject and its verb, which the parse may hang on
    # the noun or take for the subject
    ("Le syndicat lui rappelle que la grève continuera jusqu'au bout.",
     "la grève continuera jusqu'au bout", "syndicat", "Le syndicat"),
    ("Le collectif nous rappelle que rien ne change dans le quartier.",
     "rien ne change dans le quartier", "collectif", "Le collectif"),
    # must not: a clitic the parse reads right, after a noun or a name
    ("Le ministère leur répète que la règle tient toujours.", "la règle tient toujours",
     "ministère", "Le ministère"),
    ("Anne Roussel lui rappelle que la grève continuera jusqu'au bout.",
     "la grève continuera jusqu'au bout", "Anne Roussel", "Anne Roussel"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "mention"), MENTIONS)
def test_a_clitic_is_no_part_of_the_subject(nlp, text, quote, speaker, mention):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.mention.text if sp.mention else None) == (speaker, mention)


ROLES = [
    # (text, quote, speaker, role)
    # ---- the moment or the occasion of the words after the role noun, or where they were
    # given: no part of the role
    ("Le président Paul Morand a pris la parole. « Nous tiendrons bon », a déclaré le "
     "président en début de séance.", "Nous tiendrons bon", "Paul Morand", "président"),
    ("Le président Paul Morand a pris la parole. « Nous tiendrons bon », a déclaré le "
     "président à l'occasion de ses vœux.", "Nous tiendrons bon", "Paul Morand", "président"),
    ("Le maire Paul Morand a pris la parole. « Nous tiendrons bon », a déclaré le maire en "
     "marge du congrès.", "Nous tiendrons bon", "Paul Morand", "maire"),
    ("« Nous tiendrons bon », a déclaré Paul Morand, président du club en début de séance.",
     "Nous tiendrons bon", "Paul Morand", "président du club"),
    ("« Nous tiendrons bon », a déclaré Paul Morand, président du club au cours de la réunion.",
     "Nous tiendrons bon", "Paul Morand", "président du club"),
    ("« Nous tiendrons bon », a déclaré Anne Roussel, directrice du musée dans un communiqué.",
     "Nous tiendrons bon", "Anne Roussel", "directrice du musée"),
    ("« Nous tiendrons bon », a déclaré Anne Roussel, professeure de droit en fin de carrière.",
     "Nous tiendrons bon", "Anne Roussel", "professeure de droit"),
    # must not: a complement the function has with « en », a place of work after « à »
    ("« Nous tiendrons bon », a déclaré Anne Roussel, ministre en charge de l'Industrie.",
     "Nous tiendrons bon", "Anne Roussel", "ministre en charge de l'Industrie"),
    ("« Nous tiendrons bon », a déclaré le président en exercice de la ligue, Paul Morand.",
     "Nous tiendrons bon", "Paul Morand", "président en exercice de la ligue"),
    ("« Nous tiendrons bon », a déclaré Anne Roussel, directrice en chef du journal.",
     "Nous tiendrons bon", "Anne Roussel", "directrice en chef du journal"),
    ("« Nous tiendrons bon », a déclaré Anne Roussel, journaliste à l'AFP.",
     "Nous tiendrons bon", "Anne Roussel", "journaliste à l'AFP"),
    # ---- a record, what the person was first to do: its role noun alone
    ("Paul Morand est le premier maire de la région à avoir signé la charte. « Nous avançons », "
     "a-t-il dit.", "Nous avançons", "Paul Morand", "maire"),
    ("« Nous avançons », a dit Paul Morand, le premier maire de la région à signer la charte.",
     "Nous avançons", "Paul Morand", "maire"),
    # ... given to the person its copula's subject stands for, not to one its words resemble
    ("Paul Morand a félicité la gagnante. Il est ainsi le premier dirigeant d'un grand pays "
     "européen à avoir salué sa victoire. « Bravo », a-t-il écrit.", "Bravo", "Paul Morand",
     "dirigeant"),
    ("\"Pour une Europe forte.\" Paul Morand a adressé ses félicitations à Anne Roussel. Il est "
     "ainsi le premier dirigeant d'un grand pays européen à avoir salué sa victoire.\n\n"
     "\"Bravo Anne Roussel\", a écrit le président français.\n\n\"Le plus beau retour de "
     "l'Histoire\"\n\nAu même moment, le Premier ministre belge Marc Olier a salué \"le plus "
     "beau retour de l'Histoire\".", "Le plus beau retour de l'Histoire", "Marc Olier",
     "Premier ministre belge"),
    # must not: a rank that is the function's own name, a rank with no record
    ("Le Premier ministre Paul Morand a parlé. « Nous avançons », a-t-il dit.",
     "Nous avançons", "Paul Morand", "Premier ministre"),
    ("« Nous avançons », a dit Paul Morand, premier adjoint au maire de Vannes.",
     "Nous avançons", "Paul Morand", "premier adjoint au maire de Vannes"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role"), ROLES)
def test_what_a_role_leaves_out(nlp, text, quote, speaker, role):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.role) == (speaker, role)


RUN_ONS = [
    # (text, quote, speaker, mention): quotes/detect/np_ends.py
    # ---- the verb's adjunct after an inverted subject (the parse hangs it on the verb): no
    # part of the subject, nor the participle inside it
    ("« Nous partirons demain », a lancé le défenseur belge par le biais d'une vidéo diffusée "
     "sur ses réseaux sociaux.", "Nous partirons demain", None, "le défenseur belge"),
    ("« Nous resterons », a dit le porte-parole du syndicat par la voix de son avocat.",
     "Nous resterons", None, "le porte-parole du syndicat"),
    ("« Nous resterons », a affirmé Louis Aimé par téléphone.", "Nous resterons", "Louis Aimé",
     "Louis Aimé"),
    ("« Nous resterons », a déclaré l'Organisation des Nations unies par communiqué.",
     "Nous resterons", "Organisation des Nations unies", "l'Organisation des Nations unies"),
    # ---- a participle whose adjuncts a « selon » source leaves out goes with them
    ("Selon de nombreux observateurs politiques entendus hier soir et ce matin, Paul Morvan "
     "n'était pas sur le départ.", "Paul Morvan n'était pas sur le départ",
     "de nombreux observateurs politiques", "de nombreux observateurs politiques"),
    # ---- a participle of passing words on with « par » (lexicon/outlet_carriers.tsv, "by"):
    # who reached the source, no part of it
    ("Selon un cadre proche de la direction interrogé par l'AFP, l'usine fermera en mars.",
     "l'usine fermera en mars", "un cadre proche de la direction",
     "un cadre proche de la direction"),
    ("« L'usine fermera », a confié une source syndicale citée par Reuters.", "L'usine fermera",
     "une source syndicale", "une source syndicale"),
    # … after a named person too, who keeps the quote (np_ends.cut_at)
    ("« C'est une erreur », a estimé Paul Vernier interrogé par l'AFP.", "C'est une erreur",
     "Paul Vernier", "Paul Vernier"),
    ("« C'est une erreur », a estimé Marie Dulac interrogée par RTL.", "C'est une erreur",
     "Marie Dulac", "Marie Dulac"),
    ("« C'est une erreur », a confié Paul Vernier cité par Le Monde.", "C'est une erreur",
     "Paul Vernier", "Paul Vernier"),
    ("« Nous ne céderons pas », a assuré Jean Castel cité par Le Figaro.", "Nous ne céderons pas",
     "Jean Castel", "Jean Castel"),
    # must not: a participle of another verb keeps its agent
    ("« La digue a cédé », a dit un ingénieur employé par la mairie.", "La digue a cédé",
     "un ingénieur employé par la mairie", "un ingénieur employé par la mairie"),
    # must not: an agent no outlet (a person, the police, a way of asking) is no carrier
    ("« Je n'ai rien vu », a assuré un témoin interrogé par les enquêteurs.", "Je n'ai rien vu",
     "un témoin interrogé par les enquêteurs", "un témoin interrogé par les enquêteurs"),
    ("« Nous sommes inquiets », a affirmé un habitant cité par le maire.", "Nous sommes inquiets",
     "un habitant cité par le maire", "un habitant cité par le maire"),
    ("« Rien n'est réglé », a dit un diplomate européen interrogé par téléphone.",
     "Rien n'est réglé", "un diplomate européen interrogé par téléphone",
     "un diplomate européen interrogé par téléphone"),
    # must not: a name ending in a participle-like word, an organisation's adjective, a
    # participle with its complement, a « de » complement
    ("« Nous resterons », a affirmé Louis Aimé hier soir.", "Nous resterons", "Louis Aimé",
     "Louis Aimé"),
    ("Selon Paul Aimé, la digue a cédé dans la nuit.", "la digue a cédé dans la nuit",
     "Paul Aimé", "Paul Aimé"),
    ("Selon le Parti socialiste, la digue a cédé dans la nuit.", "la digue a cédé dans la nuit",
     "Parti socialiste", "le Parti socialiste"),
    ("Selon les experts chargés du dossier, la digue a cédé dans la nuit.",
     "la digue a cédé dans la nuit", "experts chargés du dossier",
     "les experts chargés du dossier"),
    ("« Nous resterons », a dit le porte-parole de la préfecture de police.", "Nous resterons",
     None, "le porte-parole de la préfecture de police"),
    # « chez » links a role to its firm, as « de » does; a preposition after a capitalised word
    # naming no person belongs to a name (the row holds the mention whole; the name path still
    # cuts the body's name to « Collectif », an older limit)
    ("« Les marchés vont baisser », a estimé l'économiste chez Natixis Paul Morvan.",
     "Les marchés vont baisser", "Paul Morvan", "l'économiste chez Natixis Paul Morvan"),
    ("« Les plaintes doublent », a déclaré le Collectif contre les violences familiales.",
     "Les plaintes doublent", "Collectif", "le Collectif contre les violences familiales"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "mention"), RUN_ONS)
def test_what_the_verb_governs_is_no_part_of_the_subject(nlp, text, quote, speaker, mention):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.mention.text if sp.mention else None) == (speaker, mention)


PHRASES = [
    # (text, quote, (speaker, kind, role, gender))
    # ---- a determiner right after a noun opens a second noun phrase: after a name left from
    # a complement (« à Radio Laval »), the speaker is the second
    ("La garderie a été touchée. « J'ai aidé à maîtriser le chauffeur », a confié à Radio "
     "Laval un père de famille avant de pleurer.", "J'ai aidé à maîtriser le chauffeur",
     ("un père de famille", "anonymous", None, "male")),
    ("Le magasin a fermé. « Nous partons », a confié à Radio Brest une vendeuse en larmes.",
     "Nous partons", ("une vendeuse", "anonymous", None, "female")),
    # ---- else the first: what follows is a phrase of its own, after a person's name too
    ("La garderie a été touchée. « C'est la classe des grands qui a été touchée », raconte une "
     "autre mère de famille son enfant dans les bras.",
     "C'est la classe des grands qui a été touchée",
     ("une autre mère de famille", "anonymous", None, "female")),
    ("La maison a brûlé. « J'ai tout perdu », a confié Sophie Marlin les larmes aux yeux.",
     "J'ai tout perdu", ("Sophie Marlin", "person", None, "female")),
    # must not: a capitalised article inside a name, a possessive opening the named speaker,
    # a phrase set off by a comma
    ("« Nous tiendrons », a assuré la ministre Anne Le Bihan.", "Nous tiendrons",
     ("Anne Le Bihan", "person", "ministre", "female")),
    ("« Il ne faut pas pleurer », a confié au journal Le Matin son ami Paul Ferrand.",
     "Il ne faut pas pleurer", ("Paul Ferrand", "person", None, "male")),
    ("« Ne soyez pas tristes », a dit le réalisateur Marc Lebel, un ami de la famille.",
     "Ne soyez pas tristes", ("Marc Lebel", "person", "réalisateur", "male")),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), PHRASES)
def test_a_determiner_opens_a_second_phrase(nlp, text, quote, speaker):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.kind, sp.role, sp.gender) == speaker


# (text, the words of a mention, the words left of it)
TRIMMED = [
    # a preposition before the first phrase, a body's name: the second
    ("« Nous voterons », a déclaré avec les élus du département le préfet.",
     "les élus du département le préfet", "le préfet"),
    ("« Nous partons », a confié Radio Brest une vendeuse.", "Radio Brest une vendeuse",
     "une vendeuse"),
    # must not: a person's name, the recogniser's, keeps the first
    ("« J'ai tout perdu », a confié Sophie Marlin les larmes aux yeux.",
     "Sophie Marlin les larmes aux yeux", "Sophie Marlin"),
]


@pytest.mark.parametrize(("text", "words", "kept"), TRIMMED)
def test_which_of_two_phrases_names_the_speaker(nlp, text, words, kept):
    lo = text.index(words)
    start, end = trimmed(nlp(text), lo, lo + len(words))
    assert text[start:end] == kept


@pytest.mark.parametrize(("text", "word", "carried"), [
    ("Une source proche du dossier interrogée par l'AFP confirme.", "interrogée", True),
    ("Un élu cité par la radio confirme.", "cité", True),  # a press noun
    # must not: a finite verb (« relaye par RTL son appel »: through RTL), no « par » after the
    # participle (« sur RTL »: where, not who asked), an agent no outlet
    ("Le collectif relaye par RTL son appel à la grève.", "relaye", False),
    ("Un élu interrogé sur RTL confirme.", "interrogé", False),
    ("Un élu interrogé par le juge confirme.", "interrogé", False),
])
def test_carried_by(nlp, text, word, carried):
    doc = nlp(text)
    assert carried_by(doc, next(t.i for t in doc if t.text == word)) is carried
