"""Which common nouns can speak (``attribute.noun_kinds``): a thing or a place is no speaker;
a person, a body, a group or a source is. The nouns of the tables are not seeds of
lexicon/noun_kinds.tsv (their vectors decide), except where said; then sentences where a thing
would have been taken for the speaker."""

import pytest
from conftest import quote_said

from quotes.attribute.noun_kinds import is_thing
from quotes.lexicon import table

THINGS = ["camion", "drapeau", "banderole", "église", "trottoir", "immeuble", "horloge",
          "véhicule", "piscine", "digue", "rivière"]
# must not be things: people, bodies, groups, sources, and nouns whose vector hesitates
SPEAKERS = ["parquet", "famille", "habitants", "riverain", "proche", "commune", "préfecture",
            "infirmière", "collectif", "vidéo", "tribunal", "équipe", "gendarmerie", "conseil",
            "municipalité", "journal", "cabinet", "police", "école", "radio", "quotidien", "ville",
            "fontaine", "lettre", "voisine", "plume", "figure"]


def noun(nlp, word):
    return nlp(f"Le {word} est là.")[1]


@pytest.mark.parametrize("word", THINGS)
def test_a_thing_is_no_speaker(nlp, word):
    assert word not in {seed for seed, _ in table("noun_kinds")}
    assert is_thing(noun(nlp, word))


@pytest.mark.parametrize("word", SPEAKERS)
def test_who_can_speak_is_no_thing(nlp, word):
    assert not is_thing(noun(nlp, word))


ROWS = [
    # a thing the sentence before is about does not speak the uncued quote after it
    ("Le maire Paul Morel a pris la parole sur la place. À midi, une plaque a été dévoilée "
     "devant la mairie. « Nous n’oublierons jamais ceux qui sont partis. »",
     "Nous n’oublierons jamais ceux qui sont partis.", {None, "Paul Morel"}),
    # a name that completes a place's noun is the place's, not a speaker
    ("Ce chiffre vient d'une étude du syndicat installé près de l’avenue de Ségur, rapportait "
     "que « les urgences ferment ».", "« les urgences ferment »", {None}),
    # a document (a seed of the sources) speaks for its author, after « de » or « … par »
    ("Selon une enquête diligentée par l’Association des maires, trente écoles ont fermé.",
     "trente écoles ont fermé", {"Association des maires"}),
    ("Or, une enquête du syndicat, qu’il dirigeait avant de devenir ministre, rapportait que « 40 "
     "services ont fermé ».", "« 40 services ont fermé »", {"syndicat"}),
    # must not fire: an anonymous source, a document with no author named
    ("Selon une source de l’Élysée, le juge a été saisi.", "le juge a été saisi",
     {"une source de l’Élysée"}),
    ("Selon une enquête publiée lundi, la dette a doublé.", "la dette a doublé",
     {"une enquête"}),
    # must not fire: a body named by its place, capitalised
    ("Le Quai d’Orsay a indiqué que « le dialogue continue ».", "« le dialogue continue »",
     {"Quai d’Orsay"}),
    # must not fire: a body, a person described, a source
    ("Le parquet a indiqué que « l’enquête se poursuit ».", "« l’enquête se poursuit »",
     {"parquet"}),
    ("Une riveraine a raconté : « J’ai entendu un grand bruit. »", "J’ai entendu un grand bruit.",
     {"Une riveraine", "une riveraine"}),
]


@pytest.mark.parametrize(("text", "quote", "speakers"), ROWS)
def test_things_do_not_speak(nlp, text, quote, speakers):
    assert quote_said(nlp, text, quote).speaker.name in speakers


# a name after « de » and a noun of lexicon/eponym_nouns.txt is the thing's named after
# someone, no person (``noun_kinds.thing_of``): a description after it stays unresolved, with
# its role; one row an entry. (text, words said, speaker, role)
EPONYMS = [
    ("Le séisme, de magnitude 5 sur l’échelle de Richter, a frappé la ville. « Nous avons eu "
     "peur », a déclaré le maire.", "Nous avons eu peur", None, "maire"),
    ("La maladie de Parkinson touche des milliers de personnes. « Il faut chercher », a dit le "
     "chercheur.", "Il faut chercher", None, "chercheur"),
    ("Le théorème de Pythagore est enseigné partout. « C'est la base », a dit le professeur.",
     "C'est la base", None, "professeur"),
    ("Le syndrome de Down est connu. « C'est fréquent », a déclaré la médecin.",
     "C'est fréquent", None, "médecin"),
    # must not: a known first name and more is a person's name, the thing theirs
    ("La maladie de Paul Roux inquiète ses proches. « Je vais bien », a dit Roux.",
     "Je vais bien", "Paul Roux", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), EPONYMS)
def test_a_thing_named_after_someone_is_no_one(nlp, text, said, speaker, role):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role) == (speaker, role)
