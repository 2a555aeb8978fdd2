"""A postposed cue whose inverted subject is followed by a clause of its own, or whose name the
tagger misread: made-up sentences, one row a case.

- a subordinate clause right after the subject, with no comma (« a déclaré Paul Lemaire
  lorsqu'il … », « a assuré le maire quand … »): the subject ends where the clause opens
  (lexicon/np_stops.txt), its apposed role too, and a name inside that clause is never who
  speaks nor takes the subject's role as its title;
- a person's name whose first word was tagged as a verb (« a renchéri Marine Le Guen »): the
  name's entity is the subject, its particle with it;
- a comma typed between the cue and a capitalised name (« a affirmé, Paul Lemaire à la radio »,
  ``skips.stray_comma``): the name is the subject, up to a present participle after it; not a
  name that opens a clause of its own (a finite verb, or a participle's clause a comma closes:
  the subject comes after it), nor a common noun.
"""

import pytest
from conftest import lacking, quote_said, quotes_of

PRE = "Le conseil municipal de Vernac a voté le budget mardi. "

# (text, words said, speaker, role, gender)
SAID = [
    (PRE + "« Nous ne lâcherons rien », a déclaré Paul Lemaire lorsqu'il a pris la parole.",
     "Nous ne lâcherons rien", "Paul Lemaire", None, "male"),
    (PRE + "« Nous ne lâcherons rien », a lancé la syndicaliste Sophie Le Goff lorsqu'elle est "
     "sortie du tribunal.", "Nous ne lâcherons rien", "Sophie Le Goff", "syndicaliste", "female"),
    (PRE + "« Nous ne lâcherons rien », a déclaré Anne Vidal lorsqu’elle a pris la parole.",
     "Nous ne lâcherons rien", "Anne Vidal", None, "female"),
    (PRE + "« Le chantier reprendra en mai », a affirmé Jean Castel lorsque la séance a repris.",
     "Le chantier reprendra en mai", "Jean Castel", None, "male"),
    (PRE + "« Le chantier reprendra en mai », a promis Jean Castel quand les riverains l'ont "
     "interrogé.", "Le chantier reprendra en mai", "Jean Castel", None, "male"),
    (PRE + "« Ce n'est pas à la hauteur », a renchéri Marine Le Guen, alors qu'elle avait "
     "soutenu le projet la veille.", "Ce n'est pas à la hauteur", "Marine Le Guen", None,
     "female"),
    # the subject after an aside set off by commas ends at the clause as well
    (PRE + "« Nous ne lâcherons rien », a déclaré, devant la presse, Rachid Benali lorsqu'il "
     "est arrivé.", "Nous ne lâcherons rien", "Rachid Benali", None, "male"),
    # an apposed role ends where the clause opens
    (PRE + "« Le budget sera voté », a déclaré Paul Roux, maire de Vernac lorsqu'il a ouvert "
     "la séance.", "Le budget sera voté", "Paul Roux", "maire de Vernac", "male"),
    # a capitalised « Quand » is a surname, not the conjunction: a guard row
    (PRE + "« Le port sera rénové », a déclaré Olivier Quand, maire de Sorlac.",
     "Le port sera rénové", "Olivier Quand", "maire de Sorlac", "male"),
    # « alors qu' » without a comma already ended the subject: a guard row
    (PRE + "« Ce n'est pas à la hauteur », a regretté Paul Girard alors qu'il avait soutenu "
     "le projet.", "Ce n'est pas à la hauteur", "Paul Girard", None, "male"),
]

# a comma typed between the cue and a name after it (skips.stray_comma): the name speaks
STRAY_COMMA = [
    (PRE + "« Nous ne lâcherons rien », a affirmé, Paul Lemaire à la radio.",
     "Nous ne lâcherons rien", "Paul Lemaire", None, "male"),
    ("La romancière Claire Vidal a reçu le prix. C'est un « très grand honneur » et une « lourde "
     "charge », a affirmé, Claire Vidal à la télévision.",
     "C'est un « très grand honneur » et une « lourde charge »", "Claire Vidal", "romancière",
     "female"),
    # a present participle after the name: with no comma to close its clause, the name stops
    # there; with one, the clause is set aside and the subject follows it
    (PRE + "« Le verdict est tombé », a commenté, France Info citant une source judiciaire.",
     "Le verdict est tombé", "France Info", None, None),
    (PRE + "« Je ne démissionnerai pas », a répété, Lyon restant son fief, le maire sortant.",
     "Je ne démissionnerai pas", None, "maire sortant", None),
]

# must not: after such a comma, a name that opens a clause of its own, or a common noun
STRAY_NOT = [
    (PRE + "« Nous ne lâcherons rien », a affirmé, Marseille a répondu.", "Marseille"),
    (PRE + "« Nous ne lâcherons rien », a affirmé, le lendemain de la grève.", "lendemain"),
    (PRE + "« Je ne démissionnerai pas », a répété, Lyon restant son fief, le maire sortant.",
     "Lyon"),
]


# a name inside the subordinate clause is not who speaks, nor does the subject's role before
# it become that name's title: the subject stays (speaker, role)
NOT_BY = [
    (PRE + "« Le budget sera voté », a assuré le maire quand Paul Girard l'a interpellé.",
     "Le budget sera voté", "Paul Girard", None, "maire"),
    (PRE + "« Le budget sera voté », a assuré Anne Morel lorsque Paul Girard l'a interpellée.",
     "Le budget sera voté", "Paul Girard", "Anne Morel", None),
    (PRE + "« Le dossier est complet », a indiqué le procureur quand Lucien Baraduc a été "
     "déféré.", "Le dossier est complet", "Lucien Baraduc", None, "procureur"),
    (PRE + "« Le dossier est complet », a indiqué la juge quand Lucien Baraduc a été déféré.",
     "Le dossier est complet", "Lucien Baraduc", None, "juge"),
]

# a quote followed by a sentence whose subject comes first (no inverted subject) has no cue
UNCUED = [
    (PRE + "« Nous ne lâcherons rien » Antoine Vernier n'a pas voulu commenter la décision.",
     "Nous ne lâcherons rien"),
]


@pytest.mark.parametrize("text, said, speaker, role, gender", SAID + STRAY_COMMA)
def test_the_subject_before_its_clause(nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert "postposed" in q.evidence
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)


@pytest.mark.parametrize("text, said, name, speaker, role", NOT_BY)
def test_not_the_clause_s_name(nlp, text, said, name, speaker, role):
    q = quote_said(nlp, text, said)
    assert "postposed" in q.evidence
    assert q.speaker.name != name
    assert (q.speaker.name, q.speaker.role) == (speaker, role)


@pytest.mark.parametrize("text, said", UNCUED)
def test_subject_first_is_no_cue(nlp, text, said):
    q = quote_said(nlp, text, said)
    assert "postposed" not in q.evidence
    assert q.speaker.name != "Antoine Vernier"


# each clause opener of lexicon/np_stops.txt, with the row that needs it
NEEDS = {"lorsqu'": 0, "lorsqu’": 2, "lorsque": 3, "quand": 4}


@pytest.mark.parametrize("entry, row", NEEDS.items())
def test_each_opener_is_needed(nlp, tmp_path, entry, row):
    text, said, speaker, _, _ = SAID[row]
    assert entry in text
    with lacking(tmp_path, "np_stops", entry):
        quotes = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert [q.speaker.name for q in quotes] != [speaker]


@pytest.mark.parametrize("text, name", STRAY_NOT)
def test_no_subject_after_a_stray_comma_that_is_none(nlp, text, name):
    quotes = quotes_of(nlp, text)
    assert quotes  # the words are found: only who says them is in question
    assert all(name not in (q.speaker.name or "") for q in quotes)
