"""An inverted subject after an adjunct that names a medium in marks (quotes/detect/skips.py,
``skip_adjunct``): « », a affirmé sur 'Radio Delta' le PDG du groupe, Marc Olivetti »; the
marks around the medium's name neither end the adjunct nor use up its window, whether single
or double, straight or curly. The pronoun of the next cue then goes to that subject."""

import pytest
from conftest import quote_said

# (text, words said, speaker, role, gender)
MARKED = [
    ("« Je regrette que le réseau ne puisse pas suivre », a affirmé sur 'Radio Delta' le PDG "
     "du groupe ferroviaire, Marc Olivetti.", "Je regrette que le réseau ne puisse pas suivre",
     "Marc Olivetti", "PDG du groupe ferroviaire", "male"),
    ("« Nous ne céderons rien », a déclaré à \"Ouest Matin\" la ministre des Transports, "
     "Claire Dumas.", "Nous ne céderons rien", "Claire Dumas", "ministre des Transports",
     "female"),
    ("« La saison sera longue », a confié dans ‘Le Courrier’ l'entraîneur du club, Hugo "
     "Barral.", "La saison sera longue", "Hugo Barral", "entraîneur du club", "male"),
    ("« Le budget sera tenu », a assuré mardi sur “Radio Vernac” la maire de Vernac, Inès "
     "Morvan.", "Le budget sera tenu", "Inès Morvan", "maire de Vernac", "female"),
    ("« Les urgences saturent », avait expliqué à 'La Voix du Sud' le directeur de l'hôpital, "
     "Luc Ferrand.", "Les urgences saturent", "Luc Ferrand", "directeur de l'hôpital", "male"),
    # near misses, no marks: as before
    ("« Nous ne céderons rien », a déclaré à l'AFP le ministre des Transports, Marc Olivetti.",
     "Nous ne céderons rien", "Marc Olivetti", "ministre des Transports", "male"),
    ("« Nous discuterons », a affirmé sur France Inter la maire de Vernac, Claire Dumas.",
     "Nous discuterons", "Claire Dumas", "maire de Vernac", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), MARKED)
def test_inverted_subject_after_a_marked_medium(nlp, text, said, speaker, role, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.role, who.gender) == (speaker, role, gender)


def test_the_pronoun_after_goes_to_that_subject(nlp):
    text = ("« Le réseau tiendra », a assuré Paul Berthier, directeur général de Ferlis.\n\n"
            "« Je regrette ce mouvement », a affirmé sur 'Radio Delta' le PDG du groupe, Marc "
            "Olivetti. « Si je convaincs un agent, cent voyageurs de plus partiront », a-t-il "
            "expliqué.")
    first = quote_said(nlp, text, "Je regrette ce mouvement").speaker
    second = quote_said(nlp, text, "Si je convaincs un agent, cent voyageurs de plus "
                                   "partiront").speaker
    assert (first.name, second.name) == ("Marc Olivetti", "Marc Olivetti")
