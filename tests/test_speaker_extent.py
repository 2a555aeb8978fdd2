"""Where a speaker's mention and role end, on made-up sentences: a clitic pronoun of the verb
is no part of the subject (quotes/detect/clitics.py), an adjunct of time, occasion or place of
speech after a role noun is no part of the role (quotes/attribute/role_edges.py), and a record
(« le premier X à avoir … ») gives its role noun alone (quotes/attribute/ranks.py), to the
person its copula's subject is (quotes/attribute/narrated_roles.py). Rows where the cut must
not happen follow each group."""

import pytest
from conftest import quote_said

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
