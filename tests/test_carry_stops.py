"""Words in marks with no cue go on with the voice before them, unless their own sentence gives
them a speaker (quotes/attribute/carry_stops.py): marks that open on the verb of a clause whose
subject, a name of the cast or a body, the narrator wrote before them are that subject's
words, whoever spoke before (``clause-subject``, no cue). A description, a pronoun or a thing
as that subject, or marks that open on no verb, leave the carry as it was. The name that signs
an embedded post is no subject of the narration (quotes/pipeline.py): the words after the post
are never the signer's by a carry."""

import pytest
from conftest import quote_said

from quotes.model import Evidence

# (text, words said, speaker, kind, gender)
OWN_SUBJECT = [
    # a body, present tense, across a paragraph, another person's quote before
    ("« Nous ouvrirons une classe », a promis le directeur Marc Olivier.\n\n"
     "Pour sa part, la Ligue vernacoise des droits humains « salue la mémoire d'un militant "
     "courageux. » Elle compte 300 membres.",
     "Pour sa part, la Ligue vernacoise des droits humains « salue la mémoire d'un militant "
     "courageux. »", "Ligue vernacoise des droits humains", "organization", None),
    # a body in the same paragraph, a negation and an auxiliary before the verb
    ("« Le pont rouvrira en mai », a assuré la préfète Inès Morvan dans la matinée. Ensuite, "
     "l'Union brenacoise des droits humains « n'a pas caché sa colère face à ce report, un de "
     "plus. » Elle compte 300 membres.",
     "Ensuite, l'Union brenacoise des droits humains « n'a pas caché sa colère face à ce "
     "report, un de plus. »", "Union brenacoise des droits humains", "organization", None),
    # a body, a reflexive verb
    ("« Nous tiendrons bon », a affirmé la capitaine Léa Fournier. Dans la foulée, "
     "l'Association des supporters humains « s'est dite inquiète, très inquiète. » Elle "
     "compte mille membres.",
     "Dans la foulée, l'Association des supporters humains « s'est dite inquiète, très "
     "inquiète. »", "Association des supporters humains", "organization", None),
    # a person with an apposition, masculine, after a woman's quote
    ("« Nous tiendrons bon », a affirmé la capitaine Léa Fournier. Dans la foulée, Paul "
     "Garnier, élu des quartiers humains, « s'est dit inquiet, très inquiet. » Il vit à Vernac.",
     "Dans la foulée, Paul Garnier, élu des quartiers humains, « s'est dit inquiet, très "
     "inquiet. »", "Paul Garnier", "person", "male"),
    # a person named after a description, past tense
    ("« Le pont rouvrira en mai », a assuré la préfète Inès Morvan. Ensuite, l'avocat des "
     "familles, Me Paul Garnier, « a dénoncé un report, un de plus. » Il avait plaidé.",
     "Ensuite, l'avocat des familles, Me Paul Garnier, « a dénoncé un report, un de plus. »",
     "Paul Garnier", "person", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "gender"), OWN_SUBJECT)
def test_the_subject_of_the_marks_own_clause_speaks(nlp, text, said, speaker, kind, gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.kind, q.speaker.gender) == (speaker, kind, gender)
    assert Evidence.CLAUSE_SUBJECT in q.evidence
    assert q.cue is None


# (text, words said, speaker): near misses, the carry stays as it was
CARRIED = [
    # a description as the subject: the prosecutor tells what the man did
    ("« Il a frappé deux fois », a expliqué le procureur Hervé Lucas. L'homme « a ensuite pris "
     "la fuite à pied ».", "L'homme « a ensuite pris la fuite à pied »", "Hervé Lucas"),
    # a thing as the subject
    ("« Les prix montent », a constaté l'économiste Anne Roy. L'inflation « s'est envolée "
     "depuis janvier ».", "L'inflation « s'est envolée depuis janvier »", "Anne Roy"),
    # a pronoun as the subject: the one before, as a pronoun says
    ("« Je n'ai rien vu », a raconté la gardienne Nadia Ferrer.\n\nElle « n'a rien entendu "
     "non plus cette nuit-là ».", "n'a rien entendu non plus cette nuit-là",
     "Nadia Ferrer"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), CARRIED)
def test_no_clause_subject_of_the_cast_leaves_the_carry(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == speaker
    assert Evidence.CLAUSE_SUBJECT not in q.evidence


def test_a_clause_another_verb_governs_gives_its_subject_nothing(nlp):
    # « juge que X « … » »: the marks' clause is the object of another verb; its subject is
    # whom the words speak of (the carry decides, not this rule)
    text = ("Le directeur de Brenac, Hugo Lenoir, a répondu aux élus. Le directeur juge aussi "
            "que Marc Petit « ignore tout du dossier et de ses enjeux ».")
    q = quote_said(nlp, text, "Marc Petit « ignore tout du dossier et de ses enjeux »")
    assert Evidence.CLAUSE_BEGUN_OUTSIDE in q.evidence
    assert Evidence.CLAUSE_SUBJECT not in q.evidence


def test_marks_on_no_verb_give_their_clause_subject_nothing(nlp):
    # « sa « propre concurrence » »: a noun in marks; the carry decides, not the subject
    text = ("« Le site est rentable », insiste le maire Gilles Barrault. Mais l'entreprise "
            "Valtor a créé sa « propre concurrence au détriment des sites français, et de ses "
            "salariés. » Le site fermera en mai.")
    q = quote_said(nlp, text, "propre concurrence au détriment des sites français, et de ses "
                   "salariés.")
    assert Evidence.CLAUSE_SUBJECT not in q.evidence
    assert Evidence.SPEAKER_FROM_PREVIOUS_SENTENCE in q.evidence


def test_a_posts_signer_is_no_subject_a_carry_goes_on_with(nlp):
    text = ('"Je voudrais parler à mon frère", a également dit Anne Roy face au tribunal.\n\n'
            '"Je cherche à comprendre comment cet homme a pu en arriver là. Comment a-t-il pu me '
            'mentir ?". — Marc Petit (@MarcPetit) October 23, 2024\n\n'
            '"Nous avons eu vingt ans de vie commune, j\'ai été une sœur heureuse."')
    q = quote_said(nlp, text, "Nous avons eu vingt ans de vie commune, j'ai été une sœur "
                   "heureuse.")
    assert q.speaker.name in (None, "Anne Roy")  # was the signer, by a carry across
    assert Evidence.CARRY_ACROSS not in q.evidence or q.speaker.name == "Anne Roy"
