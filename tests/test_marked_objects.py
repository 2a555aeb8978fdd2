"""Short marked words a speaker is said to use, and records that are whole.

One row per construction: sentence -> (type, quote text, speaker, cue), as in
test_constructions (a column left ``ANY`` is not checked; ``None`` expects no value). The
rows pin ``object_parts`` (the parts of an object holding marks), ``lead_verbs`` (an incise
led by « aime-t-on », « tient-elle à »), the « selon X » of a sentence with no verb, an
incise's verb that is no participle, and reported words that are more than a function word;
the near misses after each keep their reading. Every sentence is invented.
"""

import pytest
import test_constructions as constructions  # its row check, not its rows
from conftest import ANY, beside_its_own_quote, quotes_of


def row(text, qtype, quote, *, speaker=ANY, cue=ANY, marks=()):
    return pytest.param(text, qtype, quote, speaker, cue, marks=marks)


FUSTIGE = ("La ministre Anne Morel a fustigé sur les réseaux un discours « injuste » : « Ce "
           "projet n'aurait jamais vu le jour sans nous. »")
ACCUSE = "La réalisatrice Claire Dumas a accusé le « gouvernement libéral » de négliger la culture."
PART = "Paul Kern, maire de Vernac, a fait part de sa « colère » et de son « indignation »."
EXPRIME = "Anne Morel a exprimé sa « tristesse » et sa « colère »."
SOURCE = ("Selon une source proche du dossier interrogée par la radio et qui a demandé "
          "l'anonymat, environ 300 emplois pourraient être menacés.")

ROWS = [
    # ---- an object holding marks, then a colon and the speaker's own words: two records
    row(FUSTIGE, "mixed", "un discours « injuste »", speaker="Anne Morel", cue="a fustigé"),
    row(FUSTIGE, "direct", "Ce projet n'aurait jamais vu le jour sans nous.",
        speaker="Anne Morel", cue="a fustigé"),
    row("Le maire Paul Kern a qualifié le projet de « désastre » : « Nous ne céderons pas. »",
        "direct", "Nous ne céderons pas.", speaker="Paul Kern", cue="a qualifié"),
    # ---- the object, then « de » and the infinitive a verb flagged « o » takes
    row(ACCUSE, "mixed", "le « gouvernement libéral »", speaker="Claire Dumas", cue="a accusé"),
    row(ACCUSE, "indirect", "négliger la culture", speaker="Claire Dumas", cue="a accusé"),
    # ---- marked nouns after possessives, coordinated: each marked stretch on its own
    row(PART, "mixed", "« colère »", speaker="Paul Kern", cue="a fait part"),
    row(PART, "mixed", "« indignation »", speaker="Paul Kern", cue="a fait part"),
    row(EXPRIME, "mixed", "« tristesse »", speaker="Anne Morel", cue="a exprimé"),
    row(EXPRIME, "mixed", "« colère »", speaker="Anne Morel", cue="a exprimé"),
    # near misses: a word after the marks, an article before the second: one record
    row("Anne Morel a dit son « soulagement » après le vote.",
        "mixed", "son « soulagement » après le vote", speaker="Anne Morel", cue="a dit"),
    row("Anne Morel a exprimé sa « tristesse » et la « colère » des habitants.",
        "mixed", "sa « tristesse » et la « colère » des habitants", speaker="Anne Morel"),
    row("Le ministre Paul Ravel a dénoncé l'opération « Tempête » : « Elle a coûté trop cher. »",
        "direct", "Elle a coûté trop cher.", speaker="Paul Ravel", cue="a dénoncé"),
    # ---- an incise whose verb leads a speech infinitive (lexicon/incise_leads.txt)
    row("La demande est forte, aime-t-on rappeler dans les couloirs.",
        "indirect", "La demande est forte", speaker=None, cue="aime-t-on rappeler"),
    row("La ministre Anne Morel a visité le chantier lundi. C'est une étape, tient-elle à "
        "préciser.", "indirect", "C'est une étape", speaker="Anne Morel",
        cue="tient-elle à préciser"),
    row("La récolte sera bonne, tient à préciser le maire Paul Kern.",
        "indirect", "La récolte sera bonne", speaker="Paul Kern", cue="tient à préciser"),
    row("La récolte sera bonne, doit reconnaître le maire Paul Kern.",
        "indirect", "La récolte sera bonne", speaker="Paul Kern", cue="doit reconnaître"),
    row("Le maire Paul Kern a reçu les grévistes. « Nous irons jusqu'au bout, tient-il à "
        "préciser, quoi qu'il arrive. »", "direct", "Nous irons jusqu'au bout",
        speaker="Paul Kern", cue="tient-il à préciser"),
    # near miss: the lead verb in a main clause is no incise; the infinitive is the cue
    row("Paul Kern tient à préciser que la récolte sera bonne.",
        "indirect", "la récolte sera bonne", speaker="Paul Kern", cue="préciser"),
    # ---- « selon X » in a sentence with no verb: the words on both sides
    row("Les ventes de Dorvel ont chuté. La faute, selon le groupe, à la concurrence "
        "asiatique sur les moteurs.", "indirect",
        "La faute, selon le groupe, à la concurrence asiatique sur les moteurs", cue="selon"),
    row("Les ventes de Dorvel ont chuté. La faute selon le groupe à la concurrence asiatique.",
        "indirect", "La faute selon le groupe à la concurrence asiatique", cue="selon"),
    # near misses: nothing after the source, or a coordinated second phrase
    row("Une hausse de 3 %, selon l'Insee.", "indirect", "Une hausse de 3 %",
        speaker="Insee", cue="selon"),
    row("Des dizaines de routes coupées, selon la préfecture, et des milliers de foyers sans "
        "courant.", "indirect", "Des dizaines de routes coupées", cue="selon"),
    # ---- a source described by « et qui »: its words start after the comma
    row(SOURCE, "indirect", "environ 300 emplois pourraient être menacés",
        speaker="une source proche du dossier interrogée par la radio", cue="Selon"),
    # ---- a participle inside the marks is the speaker's: no incise
    row("« Le camion a percuté trois voitures, continuant sa course, avant de s'arrêter contre "
        "un mur », a ajouté le maire Paul Kern.", "direct",
        "Le camion a percuté trois voitures, continuant sa course, avant de s'arrêter contre un "
        "mur", speaker="Paul Kern", cue="a ajouté"),
    row("« Nous avons roulé toute la nuit, espérant trouver un abri », a raconté Anne Morel.",
        "direct", "Nous avons roulé toute la nuit, espérant trouver un abri",
        speaker="Anne Morel", cue="a raconté"),
]


@pytest.mark.parametrize("text,qtype,quote,speaker,cue", ROWS)
def test_marked_words_and_whole_spans(nlp, text, qtype, quote, speaker, cue):
    constructions.test_construction(nlp, text, qtype, quote, speaker, ANY, ANY, cue)


NOT_QUOTES = [
    # a title, a name in marks after a verb that is no speech
    "Le critique Paul Kern a vu le film « Anatomie d'une chute » hier soir.",
    "L'armée a lancé l'opération « Tempête » dans la nuit.",
    "Le ministre Marc Tallon a visité l'usine « Arc » mardi.",
    # a lead verb before an infinitive that says nothing, and one in a relative
    "Paul Kern tient à visiter l'usine.",
    "Le maire, qui aime rappeler son passé, a visité l'usine.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_quote(nlp, text):
    assert beside_its_own_quote(nlp, text) == []


@pytest.mark.parametrize("text,cut", [
    # what the source's relative holds is no record, nor is a lone « et »
    (SOURCE, "et"),
    (SOURCE, "qui a demandé l'anonymat"),
    # the participle splits nothing
    ("« Le camion a percuté trois voitures, continuant sa course, avant de s'arrêter contre un "
     "mur », a ajouté le maire Paul Kern.", "Le camion a percuté trois voitures"),
    # the selon record is not the words before it alone
    ("Les ventes de Dorvel ont chuté. La faute, selon le groupe, à la concurrence asiatique.",
     "La faute"),
])
def test_no_record_of(nlp, text, cut):
    said = [q.span.text for q in quotes_of(nlp, text)]
    assert said and cut not in said, said
