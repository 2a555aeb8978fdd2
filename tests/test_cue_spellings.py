"""Cues bent out of their usual shape (``detect.cue_spellings``) and the clause around a
source or a marked subject: an inverted pronoun written with a hyphen missing (« a t-il
indiqué »), a verb the parse hung on the noun before it (« Un conseiller au ministère parle
de … »), « selon X » set off right after the clause's verb (the clause stays whole), and marks
a word of the clause opens with the clause's own verb right after them (no incise, no quote).
Each table has rows that must not change."""

import pytest
from conftest import quotes_of

F, M = "female", "male"

# (text, quoted words, speaker, cue)
INCISES = [
    # the hyphen before « t » left out
    ("L'avocate Claire Moreau a plaidé longtemps. « La cour a tranché », avait t-elle déclaré.",
     "La cour a tranché", "Claire Moreau", "avait t-elle déclaré"),
    ("Me Paul Vidal plaide. « On juge un homme » a t-il indiqué.",
     "On juge un homme", "Paul Vidal", "a t-il indiqué"),
    ("L'entraîneur Marc Olier était déçu. « Nous avons mal joué », reconnaît t-il.",
     "Nous avons mal joué", "Marc Olier", "reconnaît t-il"),
    ("Les syndicats de Vernac sont en colère. « Nous ne céderons pas », ont t-ils prévenu.",
     "Nous ne céderons pas", "syndicats de Vernac", "ont t-ils prévenu"),
    # the hyphen before the pronoun left out: the pronoun without it is the speaker's mention
    ("Le maire Paul Vidal est arrivé tôt. « Nous partirons demain », a-t il assuré.",
     "Nous partirons demain", "Paul Vidal", "a-t il assuré"),
    # must not change: the hyphens written, a bare « il » of a clause of its own, a « T » in
    # the words
    ("Le maire Paul Vidal est arrivé tôt. « Nous partirons demain », a-t-il assuré.",
     "Nous partirons demain", "Paul Vidal", "a-t-il assuré"),
    ("« Nous partirons », a dit Paul Roux, puis il est sorti.",
     "Nous partirons", "Paul Roux", "a dit"),
    ("« Le plan T est prêt », a dit le maire Paul Vidal.",
     "Le plan T est prêt", "Paul Vidal", "a dit"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), INCISES)
def test_an_incise_with_a_hyphen_left_out_is_read(nlp, text, said, speaker, cue):
    found = [(q.span.text, q.speaker.name, q.cue.text if q.cue else None)
             for q in quotes_of(nlp, text)]
    assert (said, speaker, cue) in found


# (text, quoted words, speaker): the sentence's verb the parse hung on a noun of its subject
HUNG = [
    ("Un conseiller au ministère de l'Économie parle de la « colère froide » qu'il ressent : "
     "« Nous avons tendu la main, personne ne l'a saisie. »",
     "Nous avons tendu la main, personne ne l'a saisie.",
     "un conseiller au ministère de l'Économie"),
    # must not change: the parse read the verb as a verb
    ("Une porte-parole de la mairie de Vernac parle d'une « situation intenable » pour les "
     "riverains.", "une « situation intenable »", "une porte-parole de la mairie de Vernac"),
    ("Une élue de la région Bretagne évoque la « fatigue » qu'elle constate : « Les agents "
     "n'en peuvent plus. »", "Les agents n'en peuvent plus.", "une élue de la région Bretagne"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), HUNG)
def test_a_verb_hung_on_a_noun_keeps_its_subject(nlp, text, said, speaker):
    found = {q.span.text: q for q in quotes_of(nlp, text)}
    assert said in found
    q = found[said]
    assert q.speaker.name == speaker


def test_a_participle_hung_on_a_noun_says_nothing(nlp):
    """« Les propos tenus par le maire … »: a participle of the phrase, no verb of its own."""
    assert quotes_of(nlp, "Les propos tenus par le maire de la « ville » ont choqué.") == []


# (text, the record's words, source): « selon X » set off after the clause's verb
SELON = [
    ("Les prix ont baissé. Cette baisse a permis, selon l'Insee, à la plupart des ménages de "
     "respirer.",
     "Cette baisse a permis, selon l'Insee, à la plupart des ménages de respirer", "Insee"),
    ("La crise a poussé, d'après la mairie, de nombreuses familles à partir.",
     "La crise a poussé, d'après la mairie, de nombreuses familles à partir", "mairie"),
    # must not change: a time after the source, the clause ends with the source, the source's
    # own relative follows, an auxiliary before the aside
    ("Le prix a baissé, selon l'Observatoire des loyers, depuis mars.", "Le prix a baissé",
     "Observatoire des loyers"),
    ("Le feu est éteint, selon les pompiers.", "Le feu est éteint", "pompiers"),
    ("Le feu a été maîtrisé, selon les pompiers, qui sont restés sur place.",
     "Le feu a été maîtrisé", "pompiers"),
    ("Ils auraient, selon la radio, quitté la ville.",
     "Ils auraient, selon la radio, quitté la ville", "la radio"),
]


@pytest.mark.parametrize(("text", "said", "source"), SELON)
def test_selon_after_the_verb_leaves_the_clause_whole(nlp, text, said, source):
    found = [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text) if q.cue and q.cue.text
             in ("selon", "d'après")]
    assert found == [(said, source)]


# marks a word of the clause opens, the clause's verb right after them: no quote, no incise
IN_CLAUSE = [
    "Le docteur Paul Vidal a parlé hier. La décision semble tardive, tant « le retour à la "
    "normale » a repris ses droits depuis des mois.",
    "La commune attend toujours. Depuis que « la saison des pluies » a commencé, la route est "
    "coupée.",
]


@pytest.mark.parametrize("text", IN_CLAUSE)
def test_marks_the_clauses_verb_follows_are_its_subject(nlp, text):
    assert quotes_of(nlp, text) == []


# must not change: marks then a cue with its subject, a que-clause, marks then a verb of their own
KEPT = [
    ("Le vote a eu lieu. « Nous avons gagné » a déclaré le maire Paul Vidal.",
     "Nous avons gagné", "Paul Vidal"),
    ("Le docteur Paul Vidal a parlé hier. Il estime que « la crise du logement » est une urgence.",
     "« la crise du logement » est une urgence", "Paul Vidal"),
    ("Le maire Paul Vidal a tranché : « La ville restera ouverte ».",
     "La ville restera ouverte", "Paul Vidal"),
    # words with a verb of their own after « comme », then the incise with no comma: the
    # sentence is the incise's, mixed
    ("Des travaux étaient prévus, comme « nous avons prévenu les propriétaires depuis des mois » "
     "insiste le maire Paul Vidal.", "Des travaux étaient prévus, comme « nous avons prévenu "
     "les propriétaires depuis des mois »", "Paul Vidal"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), KEPT)
def test_marks_with_a_cue_or_a_clause_of_their_own_stay(nlp, text, said, speaker):
    assert (said, speaker) in [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text)]
