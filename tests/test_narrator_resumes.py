"""Where an infinitive's words end (quotes/detect/narrator_resumes.py): at the first finite verb
with no subject of its own, the narrator's, not at a noun the parse reads as a verb: a verb's
object with its determiner (« a proposé de diversifier l'offre, « … » »: « offre »), so the
marked infinitive after it is the same words. Every sentence is made up. One row: text -> the
quote, its speaker.
"""

import pytest
from conftest import quotes_of

ROWS = [
    # ---- a determined object read as a finite verb ends nothing
    ("La CGT a proposé de diversifier l'offre, « de travailler sur d'autres gammes de "
     "produits ».", "diversifier l'offre, « de travailler sur d'autres gammes de produits »",
     "CGT"),
    # must not fire: the narrator's verb, bare or after a clitic, ends the words
    ("Le syndicat a proposé de réduire la cadence et demande une réponse.",
     "réduire la cadence", "syndicat"),
    ("Paul Roux assure avoir écrit au ministre et l'attend depuis mardi.",
     "avoir écrit au ministre", "Paul Roux"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROWS)
def test_infinitive_end(nlp, text, quote, speaker):
    found = quotes_of(nlp, text)
    assert [q.span.text for q in found] == [quote]
    assert found[0].speaker.name == speaker


# A relative on a fronted source (« Selon / D'après / Pour X, qui V … , main clause »): the
# relative's words end at the comma that closes it, and the source's record keeps the main
# clause. One row: text -> the records (words, cue), all said by ``speaker``.
FRONTED = [
    ("Selon le patron de Renault, Luc Bernier, qui reconnaît avoir été « surpris par la "
     "baisse », les ventes « devraient repartir » au printemps et l'usine de Flins reste "
     "ouverte.", [("avoir été « surpris par la baisse »", "reconnaît"),
                  ("les ventes « devraient repartir » au printemps et l'usine de Flins reste "
                   "ouverte", "Selon")], "Luc Bernier"),
    # the main clause's subject parsed as the infinitive's object: its verb tells the clause
    ("Selon la maire de Valbrune, Claire Dumas, qui assure avoir vécu « la pire nuit de (sa) "
     "carrière », trois écoles de la ville « sont fermées jusqu'à nouvel ordre » et le gymnase "
     "municipal reste ouvert aux sinistrés.",
     [("avoir vécu « la pire nuit de (sa) carrière »", "assure"),
      ("trois écoles de la ville « sont fermées jusqu'à nouvel ordre » et le gymnase municipal "
       "reste ouvert aux sinistrés", "Selon")], "Claire Dumas"),
    ("D'après le président du FC Nantes, Paul Morel, qui affirme avoir « reçu des menaces de "
     "mort », ces supporters « ne sont plus les bienvenus » et la tribune Loire restera fermée "
     "samedi.", [("avoir « reçu des menaces de mort »", "affirme"),
                 ("ces supporters « ne sont plus les bienvenus » et la tribune Loire restera "
                  "fermée samedi", "D'après")], "Paul Morel"),
    ("Pour la ministre de l'Agriculture, Sophie Lambert, qui dit avoir « entendu la colère », "
     "les représentants des agriculteurs « seront reçus à Matignon » et le plan d'aide est "
     "maintenu.", [("avoir « entendu la colère »", "dit"),
                   ("les représentants des agriculteurs « seront reçus à Matignon » et le plan "
                    "d'aide est maintenu", "Pour")], "Sophie Lambert"),
    # a que-clause: its own verb, then the main clause's
    ("Selon la procureure de Lorient, Anne Vidal, qui estime que l'enquête « avance vite », le "
     "suspect « n'a pas dit toute la vérité » et sa garde à vue est prolongée de vingt-quatre "
     "heures.", [("l'enquête « avance vite »", "estime"),
                 ("le suspect « n'a pas dit toute la vérité » et sa garde à vue est prolongée "
                  "de vingt-quatre heures", "Selon")], "Anne Vidal"),
    ("D'après la présidente de la région, Valérie Morin, qui explique que le lycée « a été "
     "endommagé », les cours « reprendront lundi » et l'internat reste fermé.",
     [("le lycée « a été endommagé »", "explique"),
      ("les cours « reprendront lundi » et l'internat reste fermé", "D'après")],
     "Valérie Morin"),
    # a clause the marks hold whole is the speaker's: its verb is not the main clause's
    ("Selon le préfet Marc Roux, qui assure avoir vu « des gens qui pleuraient dans la rue », "
     "les secours « sont arrivés trop tard ».",
     [("avoir vu « des gens qui pleuraient dans la rue »", "assure"),
      ("les secours « sont arrivés trop tard »", "Selon")], "Marc Roux"),
    # must not fire: no comma after the relative's words, which run on as before
    ("D'après le président du club, Paul Morel, qui affirme avoir « reçu des menaces de mort » "
     "et porté plainte samedi à Nantes.",
     [("avoir « reçu des menaces de mort » et porté plainte samedi à Nantes", "affirme")],
     "Paul Morel"),
    # must not fire: a « qui » clause that is no cue's; the source's words are the main clause
    ("Selon la maire de Ribes, Claire Dumas, qui dirige la commune depuis 2014, les travaux "
     "« seront terminés en mai » et la route rouvrira.",
     [("les travaux « seront terminés en mai » et la route rouvrira", "Selon")],
     "Claire Dumas"),
    # must not fire: no fronted source (the narrator's verb after the comma ends the words)
    ("Le maire de Ribes, Paul Roux, qui assure avoir « tout tenté », attend la décision du "
     "préfet.", [("avoir « tout tenté »", "assure")], "Paul Roux"),
    # must not fire: a list's comma in the relative's words is not where they end (two commas:
    # the words run on as before)
    ("Selon la maire, Claire Dumas, qui dit avoir vu des maisons, des écoles et des routes "
     "détruites, la ville « ne s'en remettra pas avant des années ».",
     [("avoir vu des maisons, des écoles et des routes détruites, la ville « ne s'en remettra "
       "pas avant des années »", "dit")], "Claire Dumas"),
]


@pytest.mark.parametrize(("text", "records", "speaker"), FRONTED)
def test_relative_on_a_fronted_source(nlp, text, records, speaker):
    # the source's record « qui » of a sentence with no main clause is another fault's
    found = [q for q in quotes_of(nlp, text) if q.span.text != "qui"]
    assert [(q.span.text, q.cue.text) for q in found] == records
    assert {q.speaker.name for q in found} == {speaker}


def test_relative_on_a_fronted_source_after_a_paragraph(nlp):
    # the parse runs the paragraph before into the sentence: the source still opens it
    text = ('"Mon bâtiment a été cassé à l\'intérieur, à l\'extérieur, il est fissuré de partout", '
            "a notamment témoigné à l'AFP Brahim, habitant du quartier des Sablons.\n\nSelon le "
            'maire de la ville Olivier Roux, qui assure avoir eu "la peur de (sa) vie", deux '
            'clochers du village "sont prêts à tomber" et le dernier étage de l\'hôtel de ville '
            "est inaccessible.")
    found = [(q.span.text, q.cue.text) for q in quotes_of(nlp, text) if q.span.start > 100]
    assert found == [('avoir eu "la peur de (sa) vie"', "assure"),
                     ('deux clochers du village "sont prêts à tomber" et le dernier étage de '
                      "l'hôtel de ville est inaccessible", "Selon")]
