"""Short marked words a speaker is said to use, and records that are whole.

One row per construction: sentence -> (type, quote text, speaker, cue), as in
test_constructions (a column left ``ANY`` is not checked; ``None`` expects no value). The
rows pin ``object_parts`` (the parts of an object holding marks; no record of whom the verb
addresses), ``lead_verbs`` (an incise led by « aime-t-on », « tient-elle à »; a main clause
keeps its infinitive as cue), the « selon X » of a sentence with no verb
(``selon_verbless``), an incise's verb that is no participle, and ``said_nothing`` (reported
words that are only conjunctions, or none at all in empty marks; short que-clauses of common
words stay records), and the marks of a sentence of their own before the words a postposed cue
reports (``postposed.cut_off``), and the agent after « par » of a passive participle whose object
holds marks (``agents.agent_after``), or before its complement (``agents.agent_first``:
« qualifié par X de « … » », « accusée par X d'avoir … »); the near misses after each keep their
reading. Every sentence is invented.
"""

import pytest
import test_constructions as constructions  # its row check, not its rows
from conftest import ANY, beside_its_own_quote, quotes_of

from quotes.detect.agents import agent_after
from quotes.detect.said_nothing import no_words, said_nothing


def row(text, qtype, quote, *, speaker=ANY, cue=ANY, marks=()):
    return pytest.param(text, qtype, quote, speaker, cue, marks=marks)


FUSTIGE = ("La ministre Anne Morel a fustigé sur les réseaux un discours « injuste » : « Ce "
           "projet n'aurait jamais vu le jour sans nous. »")
ACCUSE = "La réalisatrice Claire Dumas a accusé le « gouvernement libéral » de négliger la culture."
PART = "Paul Kern, maire de Vernac, a fait part de sa « colère » et de son « indignation »."
EXPRIME = "Anne Morel a exprimé sa « tristesse » et sa « colère »."
SOURCE = ("Selon une source proche du dossier interrogée par la radio et qui a demandé "
          "l'anonymat, environ 300 emplois pourraient être menacés.")
GILETS = "Le préfet Alain Roussel a demandé aux « gilets jaunes » de quitter le rond-point."
SYSTEME = "La ministre Claire Vasseur a reproché au « système » de broyer les gens."
LOI = "La ministre Claire Vasseur a accusé le « projet » de loi de créer des inégalités."
ALLIE = "La maire Julie Ferrand a accusé son « ancien allié » de trahir la ville."
COLERE = "La maire Julie Ferrand a exprimé sa « colère » : « C'est inadmissible. »"
FIGURES = "Deux mille manifestants selon la police, dix mille selon les syndicats."
SCEPTIQUES = ("Le préfet Alain Roussel a reçu les élus. « Nous avons tenu parole, insiste-t-il, "
              "et nous continuerons. » Les habitants sont sceptiques, tient à préciser la maire "
              "Julie Ferrand.")
PAROLE = ("Le préfet Alain Roussel a reçu les élus. « Nous avons tenu parole. » Les habitants "
          "sont sceptiques, {cue} à la mairie.")
POURQUOI = "« Pourquoi nous ? » La décision est prise, précise la maire Anne Roy."
TWO_STOPPED = ("« Nous partirons. » « Nous reviendrons. » La décision est prise, précise la maire "
               "Anne Roy.")
CONSEIL = "La ministre Claire Vasseur a accusé le « Conseil d'État » de bloquer la réforme."
EN_POSTE = "Une affluence record, selon le maire, en poste depuis 2014."

ROWS = [
    # ---- an object holding marks, then a colon and the speaker's own words: two records
    row(FUSTIGE, "mixed", "un discours « injuste »", speaker="Anne Morel", cue="a fustigé"),
    row(FUSTIGE, "direct", "Ce projet n'aurait jamais vu le jour sans nous.",
        speaker="Anne Morel", cue="a fustigé"),
    row("Le maire Paul Kern a qualifié le projet de « désastre » : « Nous ne céderons pas. »",
        "direct", "Nous ne céderons pas.", speaker="Paul Kern", cue="a qualifié"),
    # a possessive alone before the object's marks is the narrator's, as without the colon
    row(COLERE, "mixed", "« colère »", speaker="Julie Ferrand", cue="a exprimé"),
    row(COLERE, "direct", "C'est inadmissible.", speaker="Julie Ferrand", cue="a exprimé"),
    # ---- the object, then « de » and the infinitive a verb flagged « o » takes
    row(ACCUSE, "mixed", "le « gouvernement libéral »", speaker="Claire Dumas", cue="a accusé"),
    row(ACCUSE, "indirect", "négliger la culture", speaker="Claire Dumas", cue="a accusé"),
    # a compound noun's « de » after the marks stays with the object; a lone possessive is
    # left out
    row(LOI, "mixed", "le « projet » de loi", speaker="Claire Vasseur", cue="a accusé"),
    row(LOI, "indirect", "créer des inégalités", speaker="Claire Vasseur", cue="a accusé"),
    # near miss: a complement with a name or a determiner after the marks is none of the
    # object's record
    row("La cinéaste Anne Morel a accusé le « gouvernement libéral » de Paul Girod de négliger "
        "la culture.", "mixed", "le « gouvernement libéral »", speaker="Anne Morel",
        cue="a accusé"),
    row(ALLIE, "mixed", "« ancien allié »", speaker="Julie Ferrand", cue="a accusé"),
    row(ALLIE, "indirect", "trahir la ville", speaker="Julie Ferrand", cue="a accusé"),
    # whom the verb addresses (« à », « au », « aux ») is no record: the request alone
    row(GILETS, "indirect", "quitter le rond-point", speaker="Alain Roussel", cue="a demandé"),
    row(SYSTEME, "indirect", "broyer les gens", speaker="Claire Vasseur", cue="a reproché"),
    row("La ministre Claire Vasseur a demandé aux « Amis du parc » de patienter.",
        "indirect", "patienter", speaker="Claire Vasseur", cue="a demandé"),
    # … nor is a name in marks after the article: the request alone
    row(CONSEIL, "indirect", "bloquer la réforme", speaker="Claire Vasseur", cue="a accusé"),
    row("La ministre Claire Vasseur a accusé la « Banque de France » de bloquer la réforme.",
        "indirect", "bloquer la réforme", speaker="Claire Vasseur", cue="a accusé"),
    # ---- marked nouns after possessives, coordinated: one series from the first marks to
    # the last, the first possessive left out (GUIDELINES, « A series of marked stretches
    # after one cue »)
    row(PART, "mixed", "« colère » et de son « indignation »", speaker="Paul Kern",
        cue="a fait part"),
    row(EXPRIME, "mixed", "« tristesse » et sa « colère »", speaker="Anne Morel",
        cue="a exprimé"),
    # near misses: a word after the marks, an article before the second: one record
    row("Anne Morel a dit son « soulagement » après le vote.",
        "mixed", "son « soulagement » après le vote", speaker="Anne Morel", cue="a dit"),
    row("Anne Morel a exprimé sa « tristesse » et la « colère » des habitants.",
        "mixed", "sa « tristesse » et la « colère » des habitants", speaker="Anne Morel"),
    row("Le ministre Paul Ravel a dénoncé l'opération « Tempête » : « Elle a coûté trop cher. »",
        "direct", "Elle a coûté trop cher.", speaker="Paul Ravel", cue="a dénoncé"),
    # ---- an incise whose verb leads a speech infinitive (lexicon/incise_leads.tsv)
    row("La demande est forte, aime-t-on rappeler dans les couloirs.",
        "indirect", "La demande est forte", speaker=None, cue="aime-t-on rappeler"),
    row("La ministre Anne Morel a visité le chantier lundi. C'est une étape, tient-elle à "
        "préciser.", "indirect", "C'est une étape", speaker="Anne Morel",
        cue="tient-elle à préciser"),
    row("La récolte sera bonne, tient à préciser le maire Paul Kern.",
        "indirect", "La récolte sera bonne", speaker="Paul Kern", cue="tient à préciser"),
    row("La récolte était bonne, devait reconnaître le maire Paul Kern.",
        "indirect", "La récolte était bonne", speaker="Paul Kern", cue="devait reconnaître"),
    row("Le maire Paul Kern a reçu les grévistes. « Nous irons jusqu'au bout, tient-il à "
        "préciser, quoi qu'il arrive. »", "direct", "Nous irons jusqu'au bout",
        speaker="Paul Kern", cue="tient-il à préciser"),
    # near miss: the lead verb in a main clause is no incise; the infinitive's cue, written
    # whole with its semi-auxiliary (GUIDELINES: `a tenu à saluer`), is the cue
    row("Paul Kern tient à préciser que la récolte sera bonne.",
        "indirect", "la récolte sera bonne", speaker="Paul Kern", cue="tient à préciser"),
    # … nor after a subject set off by commas, an aside or a relative clause
    row("Le maire Paul Girod, lui, tient à préciser que la route sera rouverte jeudi.",
        "indirect", "la route sera rouverte jeudi", speaker="Paul Girod",
        cue="tient à préciser"),
    row("La ministre Claire Vasseur, qui a reçu les élus, tient à préciser que la réforme "
        "continue.", "indirect", "la réforme continue", speaker="Claire Vasseur",
        cue="tient à préciser"),
    row("Les élus, eux, tiennent à rappeler que le budget est voté.",
        "indirect", "le budget est voté", cue="tiennent à rappeler"),
    # marks that end a sentence before the words an incise reports are their own speaker's
    row(SCEPTIQUES, "direct", "Nous avons tenu parole", speaker="Alain Roussel",
        cue="insiste-t-il"),
    row(SCEPTIQUES, "direct", "et nous continuerons.", speaker="Alain Roussel",
        cue="insiste-t-il"),
    row(SCEPTIQUES, "indirect", "Les habitants sont sceptiques", speaker="Julie Ferrand",
        cue="tient à préciser"),
    row(PAROLE.format(cue="aime-t-on rappeler"), "direct", "Nous avons tenu parole.",
        speaker="Alain Roussel"),
    row(PAROLE.format(cue="rappelle-t-on"), "direct", "Nous avons tenu parole.",
        speaker="Alain Roussel"),
    row(PAROLE.format(cue="rappelle-t-on"), "indirect", "Les habitants sont sceptiques",
        cue="rappelle-t-on"),
    # … however short, when they stand as a sentence: the cue's speaker, the cue null
    row(POURQUOI, "direct", "Pourquoi nous ?", speaker="Anne Roy", cue=None),
    row(POURQUOI, "indirect", "La décision est prise", speaker="Anne Roy", cue="précise"),
    row("« Nous reviendrons. » La décision est prise, précise la maire Anne Roy.", "direct",
        "Nous reviendrons.", speaker="Anne Roy", cue=None),
    row("La maire Anne Roy a reçu les habitants. « Pourquoi nous ? » Les habitants ne "
        "comprennent pas, constate-t-elle.", "direct", "Pourquoi nous ?", speaker="Anne Roy"),
    row(TWO_STOPPED, "direct", "Nous partirons.", speaker="Anne Roy", cue=None),
    row(TWO_STOPPED, "direct", "Nous reviendrons.", speaker="Anne Roy", cue=None),
    row(TWO_STOPPED, "indirect", "La décision est prise", speaker="Anne Roy", cue="précise"),
    row("« Nous partirons », a lancé la maire Anne Roy. « Nous reviendrons. » La décision est "
        "prise, ajoute-t-elle.", "direct", "Nous reviendrons.", speaker="Anne Roy"),
    # near misses: marks after the narrator's words are the verb's before them; marks inside
    # the clause stay in its record
    row("Les habitants crient « Assez ! » La décision est prise, précise la maire Anne Roy.",
        "direct", "Assez !", speaker="habitants", cue="crient"),
    row("Le « Pourquoi nous ? » des habitants est entendu, précise la maire Anne Roy.", "mixed",
        "Le « Pourquoi nous ? » des habitants est entendu", speaker="Anne Roy", cue="précise"),
    # ---- « selon X » in a sentence with no verb: the words on both sides
    row("Les ventes de Dorvel ont chuté. La faute, selon le groupe, à la concurrence "
        "asiatique sur les moteurs.", "indirect",
        "La faute, selon le groupe, à la concurrence asiatique sur les moteurs", cue="selon"),
    row("Les ventes de Dorvel ont chuté. La faute selon le groupe à la concurrence asiatique.",
        "indirect", "La faute selon le groupe à la concurrence asiatique", cue="selon"),
    row("Les ventes de Dorvel ont chuté. La faute, d'après le groupe, à la concurrence "
        "asiatique.", "indirect", "La faute, d'après le groupe, à la concurrence asiatique",
        cue="d'après"),
    # near misses: nothing after the source, or a coordinated second phrase
    row("Une hausse de 3 %, selon l'Insee.", "indirect", "Une hausse de 3 %",
        speaker="Insee", cue="selon"),
    row("Des dizaines de routes coupées, selon la préfecture, et des milliers de foyers sans "
        "courant.", "indirect", "Des dizaines de routes coupées", cue="selon"),
    row("Aucune victime, selon les pompiers, à ce stade.", "indirect",
        "Aucune victime, selon les pompiers, à ce stade", speaker="pompiers", cue="selon"),
    # a label before a colon is the narrator's
    row("Inondations : des dégâts, selon la préfecture, dans tout le département.", "indirect",
        "des dégâts, selon la préfecture, dans tout le département", cue="selon"),
    # what describes the source after it is no part of the claim: the words before it
    row("Un record d'affluence, selon les organisateurs, ravis de la fréquentation.",
        "indirect", "Un record d'affluence", cue="selon"),
    row("Trois blessés selon les pompiers dépêchés sur place.", "indirect", "Trois blessés",
        cue="selon"),
    row("Un record d'affluence, selon le maire de Vernac Paul Girod, interrogé lundi.",
        "indirect", "Un record d'affluence", speaker="Paul Girod", cue="selon"),
    row("Un record d'affluence selon les organisateurs du festival Jazz en baie.",
        "indirect", "Un record d'affluence", cue="selon"),
    # … nor does how long the source has held its place; a « depuis » heading the phrase
    # dates the claim
    row(EN_POSTE, "indirect", "Une affluence record", cue="selon"),
    row("Un succès, selon la directrice, à la tête du festival depuis dix ans.", "indirect",
        "Un succès", cue="selon"),
    row("Aucune victime, selon les pompiers, depuis le début de l'incendie.", "indirect",
        "Aucune victime, selon les pompiers, depuis le début de l'incendie", cue="selon"),
    # two « selon » in the sentence: each figure its own source's
    row(FIGURES, "indirect", "Deux mille manifestants", speaker="police", cue="selon"),
    row(FIGURES, "indirect", "dix mille", speaker="syndicats", cue="selon"),
    # ---- a source described by « et qui »: its words start after the comma
    row(SOURCE, "indirect", "environ 300 emplois pourraient être menacés",
        speaker="une source proche du dossier", cue="Selon"),  # not who asked: np_ends.carried_by
    row("Selon un proche du maire, et qui préfère rester anonyme, le projet sera abandonné.",
        "indirect", "le projet sera abandonné", speaker="un proche du maire", cue="Selon"),
    # ---- short reported words of common words are records: only conjunctions say nothing
    row("Le maire Paul Girod a dit qu'il était là.", "indirect", "il était là",
        speaker="Paul Girod", cue="a dit"),
    row("La ministre Claire Vasseur a dit qu'elle était seule.", "indirect",
        "elle était seule", speaker="Claire Vasseur", cue="a dit"),
    row("Le maire Paul Girod a assuré qu'il sait tout.", "indirect", "il sait tout",
        speaker="Paul Girod", cue="a assuré"),
    row("Selon la préfecture, ils étaient deux mille.", "indirect", "ils étaient deux mille",
        cue="Selon"),
    row("Ils étaient deux mille, selon la préfecture.", "indirect", "Ils étaient deux mille",
        cue="selon"),
    # ---- a participle inside the marks is the speaker's: no incise
    row("« Le camion a percuté trois voitures, continuant sa course, avant de s'arrêter contre "
        "un mur », a ajouté le maire Paul Kern.", "direct",
        "Le camion a percuté trois voitures, continuant sa course, avant de s'arrêter contre un "
        "mur", speaker="Paul Kern", cue="a ajouté"),
    row("« Nous avons roulé toute la nuit, espérant trouver un abri », a raconté Anne Morel.",
        "direct", "Nous avons roulé toute la nuit, espérant trouver un abri",
        speaker="Anne Morel", cue="a raconté"),
    # ---- a passive participle's object holding marks, its agent after them: the agent's
    # words, which stop before « par »
    row("Le ministre a présenté la loi sur l'eau, une réforme dénoncée comme un « passage en "
        "force » par les syndicats agricoles.", "mixed", "comme un « passage en force »",
        speaker="syndicats agricoles", cue="dénoncée"),
    row("Le ministre a présenté la loi sur l'eau, une réforme dénoncée comme un « passage en "
        "force » par ses opposants au lendemain d'une grève.", "mixed",
        "comme un « passage en force »", speaker="opposants", cue="dénoncée"),
    # must not: no agent, the words run on with no one named
    row("Le ministre a présenté la loi sur l'eau, une réforme dénoncée comme un « passage en "
        "force ».", "mixed", "comme un « passage en force »", speaker=None, cue="dénoncée"),
    # ---- the agent before the complement (agents.agent_first): after « de », the marked
    # stretch with the words before it in its phrase, or, for a verb whose object takes an
    # infinitive, the infinitive's clause up to the comma closing the apposition
    row("Le vote porte sur le budget, qualifié par les syndicats notamment de texte « de pure "
        "rigueur ».", "mixed", "texte « de pure rigueur »", speaker="syndicats", cue="qualifié"),
    row("Le projet, qualifié par les syndicats de « provocation inutile », sera examiné lundi.",
        "mixed", "« provocation inutile »", speaker="syndicats", cue="qualifié"),
    row("Le projet a été qualifié par les syndicats de « provocation inutile ».", "mixed",
        "« provocation inutile »", speaker="syndicats", cue="a été qualifié"),
    row("Le conseil a voté la motion contre la direction, accusée par les syndicats d'être "
        "restée sourde aux demandes.", "indirect", "être restée sourde aux demandes",
        speaker="syndicats", cue="accusée"),
    row("Le maire, accusé par les syndicats d'avoir menti, a démissionné.", "indirect",
        "avoir menti", speaker="syndicats", cue="accusé"),
    # the agent's own « de » complement is the agent's; the participle's « de » comes after it
    row("Le verdict, qualifié par les avocats de Morel de « déni de justice », a été confirmé.",
        "mixed", "« déni de justice »", speaker="avocats de Morel", cue="qualifié"),
    row("Le verdict, qualifié par les syndicats de Renault de « honte absolue », a été "
        "confirmé.", "mixed", "« honte absolue »", speaker="syndicats de Renault",
        cue="qualifié"),
    row("Le verdict, qualifié par les avocats de la défense de « montage grossier », a été "
        "confirmé.", "mixed", "« montage grossier »", speaker="avocats de la défense",
        cue="qualifié"),
    # the apposition goes on after the infinitive with « puis » and a participle
    row("Le défenseur, accusé par son entraîneur d'avoir triché, puis suspendu, a quitté le "
        "club.", "indirect", "avoir triché", speaker=None, cue="accusé"),
]


@pytest.mark.parametrize("text,qtype,quote,speaker,cue", ROWS)
def test_marked_words_and_whole_spans(nlp, text, qtype, quote, speaker, cue):
    constructions.test_construction(nlp, text, qtype, quote, speaker, ANY, ANY, cue)


AGENTS = [
    # the agent after the marks: its noun and the adjectives right after it
    ("Une réforme dénoncée comme un « passage en force » par les syndicats agricoles.",
     "les syndicats agricoles"),
    # must not: an agent before the marks is no speaker of them
    ("Une réforme dénoncée par ses opposants comme un « passage en force ».", None),
    ("Une réforme dénoncée par les syndicats pour son « passage en force » au Sénat.", None),
]


@pytest.mark.parametrize("text,agent", AGENTS)
def test_a_passive_agent_after_the_marks(nlp, text, agent):
    doc = nlp(text)
    (tok,) = [t for t in doc if t.text == "dénoncée"]
    found = agent_after(tok, text.index("»") + 1)
    assert (text[found[0][0]:found[0][1]] if found else None) == agent


NOT_QUOTES = [
    # an agent before the complement with no marks after « de » nor an infinitive, an agent
    # that is a time, an infinitive after a verb whose object takes none
    "Le projet, qualifié par les syndicats de dangereux, sera examiné lundi.",
    "Le projet, qualifié par le passé de « provocation inutile », a été maintenu.",
    "Le texte, critiqué par les syndicats de ne rien changer, sera examiné lundi.",
    # a title, a name in marks after a verb that is no speech
    "Le critique Paul Kern a vu le film « Anatomie d'une chute » hier soir.",
    "L'armée a lancé l'opération « Tempête » dans la nuit.",
    "Le ministre Marc Tallon a visité l'usine « Arc » mardi.",
    # a lead verb before an infinitive that says nothing, and one in a relative
    "Paul Kern tient à visiter l'usine.",
    "Le maire, qui aime rappeler son passé, a visité l'usine.",
    # a lead verb before a verb of belief; « devoir » in the present: a duty or a plan
    "Le budget sera tenu, veut-il croire.",
    "La situation s'améliore, doit-on constater.",
    "Le chantier reprendra lundi, doit annoncer le préfet Alain Roussel mardi.",
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
    # whom the verb addresses is no record
    (GILETS, "aux « gilets jaunes »"),
    (SYSTEME, "au « système »"),
    # nor is the préfet's quote the incise's after it
    (SCEPTIQUES, "« Nous avons tenu parole, insiste-t-il, et nous continuerons. » Les habitants "
     "sont sceptiques"),
    # nor is a name in marks, nor marks that stand as a sentence, one record with the words
    # after them
    (CONSEIL, "le « Conseil d'État »"),
    (POURQUOI, "« Pourquoi nous ? » La décision est prise"),
    # nor is the source's time in its place the claim's
    (EN_POSTE, "Une affluence record, selon le maire, en poste depuis 2014"),
    # nor does one « selon » take the other's figure
    (FIGURES, "Deux mille manifestants selon la police, dix mille"),
    # the selon record is not the words before it alone
    ("Les ventes de Dorvel ont chuté. La faute, selon le groupe, à la concurrence asiatique.",
     "La faute"),
])
def test_no_record_of(nlp, text, cut):
    said = [q.span.text for q in quotes_of(nlp, text)]
    assert said and cut not in said, said


@pytest.mark.parametrize("text,lo,hi,nothing", [
    ("Selon X, et qui part, B.", 9, 11, True),  # the « et » a source's relative leaves
    ("mais, et", 0, 8, True),
    ("il était là", 0, 11, False),  # common words: something said
    ("ils étaient deux mille", 0, 22, False),
    ("« Et ? »", 0, 8, False),  # marked words are the speaker's
])
def test_said_nothing(text, lo, hi, nothing):
    assert (said_nothing(text, lo, hi) is not None) is nothing


# marks with nothing in them are no record, whatever frames them (« Selon lui : « » »: the
# « selon » frame's words are the empty marks, ``said_nothing.no_words``); marks with words in
# them, however short, keep theirs
@pytest.mark.parametrize("text", [
    "Selon lui : « »",
    "Le maire Paul Roux a parlé lundi. Selon lui : « ».",
    "Le maire Paul Roux a déclaré : « »",
])
def test_no_record_of_empty_marks(nlp, text):
    said = [q.span.text for q in quotes_of(nlp, text)]
    assert not [w for w in said if not w.strip()], said


@pytest.mark.parametrize("text,lo,hi,nothing", [
    ("Selon lui : « »", 14, 14, True),
    ("Selon lui : «  »", 13, 15, True),
    ("Selon lui : « Non. »", 14, 18, False),  # one word is something said
])
def test_no_words(text, lo, hi, nothing):
    assert (no_words(text, lo, hi) is not None) is nothing
