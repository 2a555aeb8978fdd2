"""Who speaks through a text, and whose relative a kin noun names. Made-up sentences.

A text named again (« le communiqué », « le document publié », « la même source ») speaks for
the author the article gave it: after « de » (« un communiqué de presse de la mairie »: « de
presse » says what kind of text, no author), after « attribué à », the subject of the clause
that named it (« dans un communiqué, la mairie souligne … », « « … », explique la mairie dans
un communiqué »), or the active subject of a verb of issuing it (« Paul Roux a publié un
message », « s'est fendu d'un communiqué », « n'a publié qu'un communiqué », « un communiqué
que la mairie a publié »), never one who received it, read it, is named in it, or did not issue
it (« Anne Morel a reçu une lettre », « le porte-parole a lu un communiqué », « le communiqué
évoque Paul Roux », « Paul Roux n'a pas signé le communiqué »); « le document » and « le
texte » stand for the text named last whatever its noun. « La femme de X » is X's wife, not X;
« la femme d'affaires X » is X. « Le fils de Y » is the one whose mother or father the article
says Y is (« X …, sa mère »), when of the noun's sex.
"""

import pytest
from conftest import confidence_counts, quote_said

from quotes.lexicon import table

# (who, verb, text, the text named again, speaker, kind, gender): a verb of issuing a text
# (lexicon/issuing_verbs.tsv) and what its subject is to the text named again
ISSUED = [
    ("Paul Roux", "a publié", "un message", "le message", "Paul Roux", "person", "male"),
    ("La mairie de Vire", "a diffusé", "un communiqué", "le communiqué", "mairie de Vire",
     "organization", None),
    ("Paul Roux", "a signé", "un communiqué", "le communiqué", "Paul Roux", "person",
     "male"),
    ("La mairie de Vire", "a cosigné", "un communiqué", "le communiqué", "mairie de Vire",
     "organization", None),
    ("Anne Morel", "a adressé", "une lettre au préfet", "la lettre", "Anne Morel",
     "person", "female"),
    ("Anne Morel", "a envoyé", "une lettre au préfet", "la lettre", "Anne Morel", "person",
     "female"),
    ("La mairie de Vire", "a émis", "un communiqué", "le communiqué", "mairie de Vire",
     "organization", None),
    ("La mairie de Vire", "a rendu public", "un communiqué", "le communiqué",
     "mairie de Vire", "organization", None),
    ("La préfecture de l'Orne", "a rendue publique", "une lettre", "la lettre",
     "préfecture de l'Orne", "organization", None),
    ("La mairie de Vire", "a transmis", "un communiqué à la presse", "le communiqué",
     "mairie de Vire", "organization", None),
    # « mettre » issues a text only put « en ligne »
    ("La mairie de Vire", "a mis en ligne", "un communiqué", "le communiqué",
     "mairie de Vire", "organization", None),
    ("Paul Roux", "a posté", "un message sur Facebook", "le message", "Paul Roux",
     "person", "male"),
    ("Anne Morel", "a écrit", "une lettre au préfet", "la lettre", "Anne Morel", "person",
     "female"),
    ("Anne Morel", "a rédigé", "une lettre", "la lettre", "Anne Morel", "person",
     "female"),
    # a verb that takes its text after « de », reflexive (« se fendre d'un communiqué »)
    ("Le maire Paul Roux", "s'est fendu", "d'un communiqué", "le communiqué",
     "Paul Roux", "person", "male"),
    ("La mairie de Vire", "s'est fendue", "d'un communiqué", "le communiqué",
     "mairie de Vire", "organization", None),
    # « ne … que » restricts, no negation
    ("Paul Roux", "n'a publié", "qu'un bref communiqué", "le communiqué", "Paul Roux",
     "person", "male"),
    # the issuer a relative clause on the text names, not the one who received it
    ("Anne Morel", "a reçu", "un communiqué que la mairie de Vire a publié", "le communiqué",
     "mairie de Vire", "organization", None),
    # fire: the text the clause's subject acts with (lexicon/grammar IN_TEXT)
    ("La mairie de Vire", "a répondu par", "un communiqué", "le communiqué",
     "mairie de Vire", "organization", None),
    ("La mairie de Vire", "a répondu via", "un communiqué", "le communiqué",
     "mairie de Vire", "organization", None),
    ("La mairie de Vire", "a répondu avec", "un communiqué", "le communiqué",
     "mairie de Vire", "organization", None),
    # must not: « rendre » without « public » issues nothing
    ("La mairie de Vire", "a rendu", "le communiqué", "le communiqué", "le communiqué",
     "anonymous", None),
    # must not: the one a text speaks of or cites is not its issuer (test_no_issuer_cited)
    ("Le communiqué de la mairie de Vire", "évoque", "Paul Roux", "le communiqué",
     "mairie de Vire", "organization", None),
    # must not: a passive's subject, a negated subject, one who answers a text
    ("Paul Roux", "a été visé par", "un communiqué", "le communiqué", "le communiqué",
     "anonymous", None),
    ("Paul Roux", "n'a pas signé", "le communiqué", "le communiqué", "le communiqué",
     "anonymous", None),
    ("Paul Roux", "n'a jamais publié", "ce message", "le message", "le message",
     "anonymous", None),
    ("Paul Roux", "a réagi à", "un communiqué", "le communiqué", "le communiqué",
     "anonymous", None),
    ("Paul Roux", "ne s'est pas fendu", "d'un communiqué", "le communiqué",
     "le communiqué", "anonymous", None),
    ("Paul Roux", "n'a pas publié", "un seul communiqué", "le communiqué",
     "le communiqué", "anonymous", None),
    ("La mairie de Vire", "a reçu", "un communiqué que Paul Roux a lu", "le communiqué",
     "le communiqué", "anonymous", None),
    # must not: « mettre » without « en ligne » issues nothing
    ("La mairie de Vire", "a mis de côté", "un communiqué", "le communiqué",
     "le communiqué", "anonymous", None),
    # must not: a reader is not the issuer, even a spokesman, who reads others' texts
    # as well as his own
    ("Le porte-parole Paul Roux", "a lu", "un communiqué", "le communiqué",
     "le communiqué", "anonymous", None),
    # must not: a receiver; the author after « du » wrote it
    ("Anne Morel", "a reçu", "une lettre du syndicat", "la lettre", "syndicat",
     "organization", None),
    ("Anne Morel", "a reçu", "une lettre", "la lettre", "la lettre", "anonymous", None),
]

# (text, words said, speaker, kind, gender)
ROWS = [
    # fire: a text attributed to its author, then named again in other words
    ("Le chef rebelle « a accepté la trêve », indique un communiqué attribué à la présidence "
     "tchadienne. Le président « a parlé avec le chef rebelle », relève le document publié en "
     "ligne. « Les discussions ont duré toute la journée », ajoute la même source. « Une "
     "solution est sur la table », poursuit le document.",
     "Une solution est sur la table", "présidence tchadienne", "organization", None),
    ("Le chef rebelle « a accepté la trêve », indique un communiqué attribué à la présidence "
     "tchadienne. Le président « a parlé avec le chef rebelle », relève le document publié en "
     "ligne.", "Le président « a parlé avec le chef rebelle »", "présidence tchadienne",
     "organization", None),
    # fire: « de presse » is the kind of text; the clause's subject issued it
    ("Dans un communiqué de presse, la mairie de Vire souligne avoir fermé le pont. Le "
     "communiqué précise que le pont « sera réparé en juin ».",
     "le pont « sera réparé en juin »", "mairie de Vire", "organization", None),
    # fire: the text one said words in is no part of who said them
    ("Le ministre Paul Roux est arrivé lundi. « Nous condamnons ces propos », a déclaré le "
     "ministre dans un communiqué.", "Nous condamnons ces propos", "Paul Roux", "person", "male"),
    # fire: « « … », explique la mairie dans un communiqué »: the subject set after the verb
    # of the aside issued the text, though the parse reads it as the verb's object
    ("« Les cours reprendront lundi », explique la mairie dans un communiqué. Toujours selon le "
     "communiqué, les élèves de la cantine seront tous accueillis dans le gymnase.",
     "les élèves de la cantine seront tous accueillis dans le gymnase", "mairie",
     "organization", None),
    ("« Les cours reprendront lundi », a annoncé la préfecture de l'Orne dans un communiqué. Le "
     "recteur est venu. « La rentrée aura lieu mardi », précise le communiqué.",
     "La rentrée aura lieu mardi", "préfecture de l'Orne", "organization", None),
    # must not: with no quotation marks closing before the comma, the phrase after the verb is
    # its object, no author
    ("Le maire Paul Roux a réagi, a annoncé la fermeture du pont dans un communiqué. « Le pont "
     "restera fermé jusqu'en juin », précise le communiqué.",
     "Le pont restera fermé jusqu'en juin", "le communiqué", "anonymous", None),
    # must not: a text the phrase after the verb reacts to (« après un communiqué ») is not
    # its own: only « dans » sets the text it spoke in
    ("La tension monte à Vire. « C'est une erreur », a réagi le syndicat Sud après un "
     "communiqué. « Le pont restera fermé jusqu'en juin », précise le communiqué.",
     "Le pont restera fermé jusqu'en juin", "le communiqué", "anonymous", None),
    # fire: « selon le communiqué » names again the text named before it, and « le texte »
    # after it stands for that one's author
    ("« Une cellule d'écoute a été ouverte pour les élèves », précise le communiqué de la "
     "mairie. Le directeur s'est rendu sur place dans la soirée, selon le communiqué. « Personne "
     "n'a été blessé », ajoute le texte.", "Personne n'a été blessé", "mairie", "organization",
     None),
    # must not: a text named as the object of a verb whose subject issued it is that
    # subject's, not a text named again (« la mairie a diffusé le communiqué »)
    ("La mairie de Vire a diffusé le communiqué dans la soirée. « Le pont restera fermé », "
     "précise le communiqué.", "Le pont restera fermé", "mairie de Vire", "organization", None),
    ("Le maire Paul Roux a signé le communiqué lundi. « Le pont restera fermé », précise le "
     "communiqué.", "Le pont restera fermé", "Paul Roux", "person", "male"),
    # fire: the active subject of a verb of issuing the text (lexicon/issuing_verbs.tsv), one
    # row a verb
    *[(f"{who} {verb} {text} lundi. « Le pont restera fermé », précise {again}.",
       "Le pont restera fermé", speaker, kind, gender)
      for who, verb, text, again, speaker, kind, gender in ISSUED],
    # fire: « à travers », a preposition the parse reads as « à » and a fixed word
    ("À travers un communiqué, la mairie de Vire annonce la fermeture du pont. « Le pont "
     "restera fermé », précise le communiqué.", "Le pont restera fermé", "mairie de Vire",
     "organization", None),
    # must not: a text named again as the object of a verb that issues nothing (« a lu le
    # communiqué ») is the one named before, its author's
    ("Un communiqué de la mairie de Vire a été publié lundi. Paul Roux a lu le communiqué mardi. "
     "« Le pont restera fermé », précise le communiqué.", "Le pont restera fermé",
     "mairie de Vire", "organization", None),
    # must not: a text no one is named the author of speaks as itself; a noun inside a quotation
    # is no text of the article
    ("« Les comptes sont faux », affirme le document.", "Les comptes sont faux", "le document",
     "anonymous", None),
    ("« Ce message de la mairie ment », a lancé Paul Roux. « Les comptes sont faux », affirme "
     "le document.", "Les comptes sont faux", "le document", "anonymous", None),
    # fire: « la femme de X » is X's wife, the one of her sex with his surname
    ("Paul Garnier est mort lundi. Claire Garnier s'est exprimée mardi. La femme de Paul Garnier "
     "dénonce « la lenteur » des secours.", "« la lenteur » des secours", "Claire Garnier",
     "person", "female"),
    # fire: « le fils de la chanteuse » after « Marc Dubois …, sa mère »: her son is Marc Dubois
    ("Mardi, Marc Dubois a annoncé la mort de Lucie Vernet, sa mère. La chanteuse s'est éteinte "
     "à 83 ans. Le fils de la chanteuse a simplement écrit : « Maman est partie ».",
     "Maman est partie", "Marc Dubois", "person", "male"),
    # must not: her daughter is not her son; a wife the article does not name stays unnamed
    ("Mardi, Marc Dubois a annoncé la mort de Lucie Vernet, sa mère. La chanteuse s'est éteinte "
     "à 83 ans. La fille de la chanteuse a simplement écrit : « Maman est partie ».",
     "Maman est partie", None, "person", "female"),
    ("Le pompier Paul Garnier est mort lundi. Sa femme a dénoncé « la lenteur » des secours.",
     "« la lenteur » des secours", None, "person", "female"),
    # « la veuve du pompier »: the widow of the firefighter the article names; of no one else
    # when it names none (not the wife of whoever was named last)
    ("Le pompier Marc Roux a été tué lundi à Vire. Sa femme Claire Roux est arrivée mardi. "
     "« Il aimait son métier », a confié la veuve du pompier.", "Il aimait son métier",
     "Claire Roux", "person", "female"),
    ("Un pompier a été tué lundi à Vire. Le maire Paul Roux s'est dit choqué, aux côtés de sa "
     "femme Claire Roux. « Il aimait son métier », a confié la veuve du pompier.",
     "Il aimait son métier", None, "person", "female"),
    # must not: « femme d'affaires », « femme de ménage » are no one's wife
    ("« Le marché reprendra », a déclaré la femme d'affaires Anne Roy.", "Le marché reprendra",
     "Anne Roy", "person", "female"),
    ("Paul Garnier est arrivé lundi. « J'ai vu la fumée », a raconté la femme de ménage de "
     "l'hôtel.", "J'ai vu la fumée", None, "person", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "gender"), ROWS)
def test_who_speaks(nlp, text, said, speaker, kind, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.kind, sp.gender) == (speaker, kind, gender)


def test_an_issuer_has_its_own_evidence_and_confidence(nlp):
    """The issuer a verb of issuing names is an inference past a name at the cue: evidence
    ``document-issuer``, and, while no batch has counted the path (a row set by hand), no more
    confidence than a body named at the cue."""
    from quotes.attribute.confidence import confidence

    q = quote_said(nlp, "Paul Roux a publié un message lundi. « Le pont restera fermé », "
                   "précise le message.", "Le pont restera fermé")
    assert (q.speaker.name, q.evidence[-1]) == ("Paul Roux", "document-issuer")
    assert q.speaker.confidence == confidence("explicit", "person", ("document-issuer",))
    if confidence_counts()["explicit:person:document-issuer"][0] == 0:
        assert q.speaker.confidence <= confidence("explicit", "organization", ())


@pytest.mark.parametrize("verb", ["évoque", "cite"])
def test_no_issuer_cited(nlp, verb):
    """The one a text speaks of or cites is not its issuer: the quote is found, and no person
    speaks it, Paul Roux least of all."""
    sp = quote_said(nlp, f"Un communiqué {verb} Paul Roux lundi. « Le pont restera fermé », "
                    "précise le communiqué.", "Le pont restera fermé").speaker
    assert sp.name != "Paul Roux" and sp.kind != "person"


# each entry of lexicon/issuing_verbs.tsv -> the verb of its row in ISSUED whose subject issues
ISSUING_ROWS = {
    "publier": "a publié", "diffuser": "a diffusé", "signer": "a signé",
    "cosigner": "a cosigné", "adresser": "a adressé", "envoyer": "a envoyé", "émettre": "a émis",
    "rendre_public": "a rendu public", "rendre_publique": "a rendue publique",
    "transmettre": "a transmis", "mettre_ligne": "a mis en ligne", "poster": "a posté",
    "écrire": "a écrit", "rédiger": "a rédigé", "fendre_se|s'|s’": "s'est fendu",
}


def test_every_issuing_verb_has_a_row():
    entries = [row[0] for row in table("issuing_verbs")]
    assert len(entries) == len(set(entries)) and set(entries) == set(ISSUING_ROWS)
    issued = {verb for _, verb, _, _, _, kind, _ in ISSUED if kind != "anonymous"}
    assert set(ISSUING_ROWS.values()) <= issued
