"""A present participle set off by a comma after its clause (« X avait diffusé …, affirmant
que », « il ne se faisait aucune illusion …, répétant que ») is said by that clause's subject,
even where the parse hangs it on the noun before it; not by the speaker of the sentence
before. A subject inside marks, or in a que-clause, is not that clause's. Made-up sentences.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

# (text, words said, speaker)
ROWS = [
    # fire: the parse hangs « affirmant » on « messages »; the clause's subject says it
    ("« Le calendrier sera tenu », a assuré Paul Garnier. Un site avait publié mardi soir une "
     "photo floue et des messages connotés adressés à une élue, affirmant qu'ils émanaient de "
     "l'ancienne adjointe au maire.",
     "ils émanaient de l'ancienne adjointe au maire", "un site"),
    # fire: « il » of the clause (read as an empty subject by the parse), not Julie Verdier
    ("Marc Lenoir a quitté le club en juin. « Le calendrier sera tenu », a assuré Julie Verdier. "
     "Sa dernière saison correcte lui avait permis d'éviter la porte, mais il ne se faisait "
     "aucune illusion sur sa situation depuis le début de la saison, répétant de plus qu'il "
     "n'était pas satisfait du mercato.",
     "il n'était pas satisfait du mercato", "Marc Lenoir"),
    # must not: a subject inside the words said is not the clause's
    ("« Le maire nous a menti sur tout », a lancé Paul Garnier, affirmant que le chantier "
     "« n'avancera pas ».", "le chantier « n'avancera pas »", "Paul Garnier"),
    # must not: the subject of a que-clause is not the one who adds
    ("Paul Garnier a dit que la directrice Anne Morel avait quitté la réunion, ajoutant que le "
     "projet était « mort-né ».", "le projet était « mort-né »", "Paul Garnier"),
    # must not, where the participle is hung on a noun (no subject of its own): a clause in
    # marks, a que-clause
    ("« Le calendrier sera tenu », a assuré Paul Garnier. « Un site avait publié mardi soir une "
     "photo floue » et des messages connotés adressés à une élue, affirmant qu'ils émanaient de "
     "l'ancienne adjointe au maire.", "ils émanaient de l'ancienne adjointe au maire",
     "Paul Garnier"),
    ("« Le calendrier sera tenu », a assuré Paul Garnier. Il sait qu'un site avait publié mardi "
     "soir une photo floue et des messages connotés adressés à une élue, affirmant qu'ils "
     "émanaient de l'ancienne adjointe au maire.", "ils émanaient de l'ancienne adjointe au maire",
     "Paul Garnier"),
    # must not: a participle right after the noun of people it describes (« manifestants,
    # scandant »): those people say it, not a subject further up
    ("« Le calendrier sera tenu », a assuré Paul Garnier. Des centaines de manifestants ont "
     "envahi le hall, scandant : « Démission ! »", "Démission !", "des centaines de manifestants"),
    # must not: an impersonal « il » (« il manque des … ») stands for no one: the words go on
    # with the speaker before, not to the man « il » would point back to
    ("Julien Petit dirige le chantier. « Le pont est solide », a déclaré Anne Morel, la maire. "
     "Selon elle, il manque seulement des dizaines de boulons et de rivets neufs commandés en "
     "mai, assurant que les travaux seront finis en juin.",
     "les travaux seront finis en juin", "Anne Morel"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ROWS)
def test_a_set_off_participle_is_said_by_its_clause_subject(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


# (text, words said, speaker): a present participle right after a quote and its comma takes
# the marked words of its object, said by the clause's subject; a finite verb there still has
# its subject after it
MARKED_OBJECT_ROWS = [
    # fire: « évoquant » after marks that close the clause before
    ("Les familles ont pu « dire leur colère », évoquant un « soulagement » pour beaucoup "
     "d'entre elles.", "un « soulagement » pour beaucoup d'entre elles", "familles"),
    ("Le procureur Paul Vernier assure qu'il n'y a pas de « danger », évoquant auprès du journal "
     "une « farce ratée ».", "une « farce ratée »", "Paul Vernier"),
    # fire: a subject that can speak, no phrase of its own before the object
    ("Les élus ont salué un « tournant », évoquant un « miracle » pour la commune.",
     "un « miracle » pour la commune", "élus"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), MARKED_OBJECT_ROWS)
def test_a_participle_after_a_quote_takes_its_marked_object(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


# (text, marked words no one says there): a participle after a quote reports nothing when its
# clause's subject cannot speak, or when a noun phrase of its own comes before the object (its
# subject after it, as after « a confié »); a finite verb there has its subject after it
UNSAID_AFTER_A_QUOTE = [
    # must not: a thing as the clause's subject
    ("Le ciel s'est « assombri », annonçant un « orage » violent.", "orage"),
    ("La mer est restée « calme », promettant une « belle journée » aux plaisanciers.",
     "belle journée"),
    ("Le dossier a été « classé », évoquant un « fiasco » judiciaire.", "fiasco"),
    # must not: « le maire de Vernac » before the object's own determiner
    ("Les élus ont salué un « tournant », évoquant aussitôt le maire de Vernac un « miracle ».",
     "miracle"),
    # must not: a finite verb, then its subject holding marks
    ("« Nous partons », a déclaré le « patron » du club, Léon Mercier.", "patron"),
]


@pytest.mark.parametrize(("text", "unsaid"), UNSAID_AFTER_A_QUOTE)
def test_a_participle_after_a_quote_reports_nothing_no_one_says(nlp, text, unsaid):
    quotes = beside_its_own_quote(nlp, text)
    assert not [q.span.text for q in quotes if unsaid in q.span.text]


def test_a_participle_before_its_subject_leaves_no_speakerless_words(nlp):
    # must not: the subject comes after the participle, beyond the quote
    quotes = beside_its_own_quote(nlp, "« Nous sommes épuisées », confiant leur « ras-le-bol », "
                                  "les infirmières ont manifesté mardi.")
    assert not [q.span.text for q in quotes if q.speaker is None]
