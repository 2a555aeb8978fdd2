"""An inverted subject after an adjunct that names a medium in marks (quotes/detect/skips.py,
``skip_adjunct``): « », a affirmé sur 'Radio Delta' le PDG du groupe, Marc Olivetti »; the
marks around the medium's name neither end the adjunct nor use up its window, whether single
or double, straight or curly; a capitalised name right after the closing mark is the subject
(« a confié à 'Radio Nord' Paul Tissot »). The pronoun of the next cue then goes to that
subject."""

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
    # a bare name right after the closing mark is the subject, not the medium's name going on
    ("« Je ne me représenterai pas », a confié à 'Radio Nord' Paul Tissot.",
     "Je ne me représenterai pas", "Paul Tissot", None, "male"),
    ("« Je ne me représenterai pas », a soufflé à 'Radio Nord' Anne Roy, la maire.",
     "Je ne me représenterai pas", "Anne Roy", "maire", "female"),
    ("« Je ne me représenterai pas », a confié à \"Ouest Matin\" Paul Tissot.",
     "Je ne me représenterai pas", "Paul Tissot", None, "male"),
    ("« Je ne me représenterai pas », a confié au “Courrier” Paul Tissot.",
     "Je ne me représenterai pas", "Paul Tissot", None, "male"),
    ("« La réforme passera », a assuré au « Monde » Élisabeth Morin.", "La réforme passera",
     "Élisabeth Morin", None, "female"),
    # a determiner after the closing mark, or marks around no medium: as before
    ("« Je ne me représenterai pas », a déclaré au « Parisien » le maire de Brévannes, Paul "
     "Tissot.", "Je ne me représenterai pas", "Paul Tissot", "maire de Brévannes", "male"),
    ("« Je ne me représenterai pas », a confié dans \"Le Courrier\" la députée Inès Garnier.",
     "Je ne me représenterai pas", "Inès Garnier", "députée", "female"),
    ("« Le projet est mort », a lâché sur un ton 'définitif' le président du conseil, Marc "
     "Aubin.", "Le projet est mort", "Marc Aubin", "président du conseil", "male"),
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


def test_the_pronoun_after_a_bare_name_goes_to_it(nlp):
    text = ("« Je ne me représenterai pas », a confié sur 'Radio Nord' Paul Tissot. « Place aux "
            "jeunes », a-t-il ajouté.")
    q = quote_said(nlp, text, "Je ne me représenterai pas")
    assert (q.speaker.name, q.cue.text if q.cue else None) == ("Paul Tissot", "a confié")
    assert quote_said(nlp, text, "Place aux jeunes").speaker.name == "Paul Tissot"
