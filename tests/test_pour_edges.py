"""« pour X » as a source inside a sentence (quotes/detect/pour_edges.py): after « , et »,
in a verbless sentence, and the relative « X, pour qui … »; one row per construction, then
the near misses that stay as they were (whom something is for, a purpose, a place)."""

import pytest
from conftest import beside_its_own_quote, found_quotes, quote_said


def row(text, said, speaker, role, qtype="direct"):
    return pytest.param(text, said, speaker, role, qtype)


SOURCES = [
    # after a comma and a coordinator: marks holding a clause are X's words
    row("Le député Marc Lenoir hausse le ton : « le texte est un recul », et pour lui, « ce "
        "ministre a trahi sa parole ».",
        "ce ministre a trahi sa parole", "Marc Lenoir", "député"),
    row("Le conseil a voté le budget, mais pour la CGT, « ce budget est un mensonge ».",
        "ce budget est un mensonge", "CGT", None),
    row("La salle a applaudi, et pour l'entraîneur Marc Lenoir, « cette victoire change tout ».",
        "cette victoire change tout", "Marc Lenoir", "entraîneur"),
    row("Le décret est paru hier, et pour la préfète Anne Roux, « il arrivera trop tard ».",
        "il arrivera trop tard", "Anne Roux", "préfète"),
    # a sentence with no finite verb before « pour X, »
    row("Une victoire, pour le maire Paul Vidal, « c'est la fin de dix ans d'attente ».",
        "c'est la fin de dix ans d'attente", "Paul Vidal", "maire"),
    # marks opening on « qui » whose verb agrees with the lead noun, not with X
    row("Un échec cuisant, pour les syndicats, « qui a coûté trois semaines de salaire ».",
        "qui a coûté trois semaines de salaire", "syndicats", None),
    # the relative « X, pour qui … »: X the antecedent, its words after « qui »
    row("Le syndicat a rencontré le préfet Jean Morel, pour qui la fermeture du site « n'est "
        "pas une option ».",
        "la fermeture du site « n'est pas une option »", "Jean Morel", "préfet", "mixed"),
    row("« Les travaux reprendront lundi », annonce l'architecte Anne Vial, pour qui « les "
        "normes de sécurité » restaient « largement respectées ».",
        "« les normes de sécurité » restaient « largement respectées »", "Anne Vial",
        "architecte", "mixed"),
    # the relative ends at the comma that closes it, whatever comes before X
    row("La députée Anne Roux, pour qui « rien n'est joué », votera contre le texte.",
        "rien n'est joué", "Anne Roux", "députée"),
    row("Les ouvriers attendent le ministre Luc Perrin, pour qui « rien n'est encore décidé », "
        "et le préfet.",
        "rien n'est encore décidé", "Luc Perrin", "ministre"),
    row("La grève continue, et pour les cheminots de Sud-Rail, « la direction devra céder ».",
        "la direction devra céder", "cheminots de Sud-Rail", None),
    row("La CGT, pour laquelle « la grève doit durer », a appelé à manifester jeudi.",
        "la grève doit durer", "CGT", None),
    row("Le club Lumière a perdu face à l'entraîneur Paul Girard, pour qui « le match était "
        "joué d'avance ».",
        "le match était joué d'avance", "Paul Girard", "entraîneur"),
    # « lesquels », « lesquelles »: the plural head noun, not the place its « de » names
    row("Les agriculteurs de la Beauce, pour lesquels « la récolte est perdue », réclament des "
        "aides.",
        "la récolte est perdue", "agriculteurs de la Beauce", None),
    row("Les agricultrices de la Drôme, pour lesquelles « la récolte est perdue », réclament "
        "des aides.",
        "la récolte est perdue", "agricultrices de la Drôme", None),
]


@pytest.mark.parametrize("text, said, speaker, role, qtype", SOURCES)
def test_pour_source_inside_sentence(nlp, text, said, speaker, role, qtype):
    """The words after « pour X » at a clause's edge are X's, with the cue « pour »."""
    quote = quote_said(nlp, text, said)
    assert (quote.type, quote.speaker.name, quote.speaker.role) == (qtype, speaker, role)
    assert quote.cue is not None and quote.cue.text.lower() == "pour"


ONE_RECORD = [
    # (sentence, the one record's words, speaker, cue): a postposed incise, or the verb whose
    # subject X is, owns the marks; « pour » adds no second record over them nor cuts the
    # incise's clause
    ("Le texte passe, et pour la syndicaliste Agnès Roy, « les salariés seront les grands "
     "perdants », a-t-elle ajouté.",
     "les salariés seront les grands perdants", "Agnès Roy", "a-t-elle ajouté"),
    ("Le texte passe, et pour le syndicat, « les salariés seront les grands perdants », a "
     "déclaré sa secrétaire générale Agnès Roy.",
     "Le texte passe, et pour le syndicat, « les salariés seront les grands perdants »",
     "Agnès Roy", "a déclaré"),
    ("Une injustice, pour l'avocate Claire Moreau, « qui n'a rien à voir avec le droit », "
     "a-t-elle martelé.",
     "Une injustice, pour l'avocate Claire Moreau, « qui n'a rien à voir avec le droit »",
     None, "a-t-elle martelé"),
    ("Le ministre Luc Perrin, pour qui « rien n'est encore décidé », recevra les syndicats "
     "lundi, a indiqué son cabinet.",
     "Le ministre Luc Perrin, pour qui « rien n'est encore décidé », recevra les syndicats "
     "lundi", "cabinet de Luc Perrin", "a indiqué"),  # « son cabinet »: the minister's
    ("Les agriculteurs, pour lesquels « la saison est perdue », réclament des aides.",
     "la saison est perdue", "agriculteurs", "pour"),
    # a verb before X: the verb right after the relative's own comma is an incise
    ("La commission a entendu la ministre Anne Dufour, pour qui « le budget tient », a "
     "rapporté Le Monde.",
     "La commission a entendu la ministre Anne Dufour, pour qui « le budget tient »",
     "Le Monde", "a rapporté"),
    ("Le juge a reçu l'avocate Claire Moreau, pour qui « le dossier est vide », a précisé le "
     "tribunal.",
     "Le juge a reçu l'avocate Claire Moreau, pour qui « le dossier est vide »",
     "tribunal", "a précisé"),
]


@pytest.mark.parametrize("text, said, speaker, cue", ONE_RECORD)
def test_one_record_over_the_marks(nlp, text, said, speaker, cue):
    """One record per marked stretch: the outer cue's keeps its whole clause."""
    quotes = found_quotes(nlp, text)
    assert [(q.span.text, q.speaker.name, q.cue.text if q.cue else None) for q in quotes] == [
        (said, speaker, cue)]


X_OWN_VERB = [
    # (sentence, every record as (words, speaker, cue)): where X opens the sentence, the verb
    # after « X, pour qui « … », » is X's own cue, beside the « pour » record
    ("La ministre Anne Dufour, pour qui « le budget tient », affirme que les syndicats se "
     "trompent.",
     [("le budget tient", "Anne Dufour", "pour"),
      ("les syndicats se trompent", "Anne Dufour", "affirme")]),
    ("La ministre Anne Dufour, pour qui « le budget tient », a déclaré lundi qu'elle ne "
     "reculerait pas.",
     [("le budget tient", "Anne Dufour", "pour"),
      ("elle ne reculerait pas", "Anne Dufour", "a déclaré")]),
    ("Le maire Paul Vidal, pour qui « la ville doit changer », estime que le plan est prêt.",
     [("la ville doit changer", "Paul Vidal", "pour"),
      ("le plan est prêt", "Paul Vidal", "estime")]),
    ("La ministre Anne Dufour, pour qui « le budget tient », a ajouté : « Nous ne reculerons "
     "pas ».",
     [("le budget tient", "Anne Dufour", "pour"),
      ("Nous ne reculerons pas", "Anne Dufour", "a ajouté")]),
    ("Les agriculteurs, pour lesquels « la saison est perdue », ont déclaré : « Nous "
     "bloquerons les routes ».",
     [("la saison est perdue", "agriculteurs", "pour"),
      ("Nous bloquerons les routes", "agriculteurs", "ont déclaré")]),
]


@pytest.mark.parametrize("text, records", X_OWN_VERB)
def test_x_own_verb_after_the_relative(nlp, text, records):
    """« X, pour qui « … », affirme que … »: the verb is refused only as an incise."""
    quotes = found_quotes(nlp, text)
    assert [(q.span.text, q.speaker.name, q.cue.text if q.cue else None)
            for q in quotes] == records


def test_x_own_verb_with_an_object_before_the_colon(nlp):
    """« Les agriculteurs, pour lesquels « … », lancent un appel : « … » »: « lancent » is a
    cue for the marks after the colon (its speaker, « un appel », is still wrong, as before
    the relative was read: a known limit)."""
    text = ("Les agriculteurs, pour lesquels « la saison est perdue », lancent un appel : "
            "« Aidez-nous avant l'hiver ».")
    first = quote_said(nlp, text, "la saison est perdue")
    assert (first.speaker.name, first.cue.text if first.cue else None) == (
        "agriculteurs", "pour")
    second = quote_said(nlp, text, "Aidez-nous avant l'hiver")
    assert second.cue is not None and second.cue.text == "lancent"


def test_next_marks_keep_their_own_cue(nlp):
    """« pour X, « … » « … », estime X »: the marks right after the first are the postposed
    cue's, not « pour »'s."""
    text = ("Un soulagement, pour l'avocate Claire Moreau, « c'est un verdict juste ». « Les "
            "familles sont épuisées », estime l'avocate.")
    quote = quote_said(nlp, text, "Les familles sont épuisées")
    assert quote.cue is not None and quote.cue.text == "estime"
    first = quote_said(nlp, text, "c'est un verdict juste")
    assert first.speaker.name == "Claire Moreau" and first.cue is not None


def test_next_marks_without_a_period(nlp):
    """« Pour X, « A » « B », estime X »: B, the marks right after A, is no part of the view
    « Pour » opens (the barrier at the next marks in pour.pour_frame)."""
    text = ("Pour l'avocate Claire Moreau, « le verdict est juste » « Les familles sont "
            "épuisées », estime l'avocate.")
    quotes = found_quotes(nlp, text)
    first = quote_said(nlp, text, "le verdict est juste")
    assert (first.speaker.name, first.cue.text if first.cue else None) == (
        "Claire Moreau", "Pour")
    assert not any(q.span.text == "Les familles sont épuisées" and q.cue is not None
                   and q.cue.text.lower() == "pour" for q in quotes)


# « Si » and « comme » before « pour X, « … » » keep the reading they had before « pour X »
# was read inside a sentence: « si » is as often a contrast (« Si pour la ministre, « … », les
# syndicats en doutent ») and « comme » a cause as a condition, and nothing here tells them apart
LEADS = [
    ("Si pour la ministre Anne Dufour, « le budget est tenable », les syndicats en doutent "
     "fortement.", "Anne Dufour"),
    ("Comme, pour le maire Paul Vidal, « la ville doit changer », le conseil a adopté son plan.",
     "Paul Vidal"),
]


@pytest.mark.parametrize("text, speaker", LEADS)
def test_si_and_comme_leads_keep_pour(nlp, text, speaker):
    """The marks after « Si / Comme, pour X, » are X's, cue « pour »."""
    quotes = [q for q in found_quotes(nlp, text) if q.cue is not None]
    assert [(q.speaker.name, q.cue.text.lower()) for q in quotes] == [(speaker, "pour")]


def near(text, said=None, speaker=None, not_x=None):
    """A near miss: ``said`` (None: no quote but the row's own) stays, said by ``speaker`` or,
    where the old reading of the sentence stays and is no endorsed answer, by anyone but X."""
    return pytest.param(text, said, speaker, not_x)


NEAR_MISSES = [
    # whom something is for: marks that hold no clause, or a clause of the narrator's
    near("La mairie a commandé des fleurs, et pour les enfants, « des jouets en bois ».",
         "des jouets en bois", not_x="enfants"),
    near("Il a acheté des fleurs, et pour sa mère, il a choisi des roses."),
    near("Le stade est plein, et pour le club Lumière, la saison commence enfin."),
    # the narrator's verb comes first: « pour X » is a phrase of that clause
    near("Le club a reçu un chèque, pour les victimes, « qui ont tout perdu ».",
         "qui ont tout perdu", not_x="victimes"),
    near("La ministre a salué le défenseur, pour la France, « de la paix et du dialogue ».",
         "le défenseur, pour la France, « de la paix et du dialogue »", not_x="France"),
    near("C'est un cadeau, pour ma fille Léa, « qui aura dix ans demain ».",
         "qui aura dix ans demain"),
    # a purpose, a place: no one
    near("Le renoncement au vote, pour redonner la main aux élus, « n'a pas permis de calmer "
         "la colère ».",
         "Le renoncement au vote, pour redonner la main aux élus, « n'a pas permis de calmer "
         "la colère »"),
    near("Un match décisif, pour la France, « qui joue sa qualification ».",
         "qui joue sa qualification"),
    # marks opening on « qui » whose antecedent is X describe X: they are not X's view
    near("Un échec cuisant, pour la CGT, « qui n'a rien obtenu de la direction ».",
         "qui n'a rien obtenu de la direction"),
    near("Un coup dur, pour le maire Hugo Brun, « qui comptait sur cette subvention ».",
         "qui comptait sur cette subvention"),
    near("Une défaite amère, pour les supportrices Léa Martin et Inès Caron, « qui espéraient "
         "bien mieux ».", "qui espéraient bien mieux"),
    near("Un soulagement, pour l'avocate Claire Moreau, « qui attendait ce verdict depuis "
         "deux ans ».", "qui attendait ce verdict depuis deux ans"),
    # « pour qui » with no one before it, without marks (whom they voted for), or a question
    # (the maire is named by the quote the test adds after the sentence, « a dit Luc Bernard »)
    near("Le maire a pris la parole, pour qui « la ville doit se relever ».",
         "la ville doit se relever", "Luc Bernard"),
    near("Les habitants ont écrit à Paul Vidal, pour qui ils ont voté en mars."),
    near("Le juge a entendu la victime, pour qui le procès sera long."),
    near("Il se battra, pour qui voudra l'entendre, jusqu'au bout."),
    # « , et pour qui »: a relative joined to nothing names no antecedent
    near("Les élus ont écouté la maire Anne Roux, et pour qui « la ville doit changer ».",
         "la ville doit changer"),
    # « et pour X, » before a clause of the narrator's, without marks
    near("Le budget a été voté, et pour la mairie, une enveloppe de trois millions est prévue."),
    near("Si pour le maire Paul Vidal le projet est bon, il devra le dire au conseil."),
]


@pytest.mark.parametrize("text, said, speaker, not_x", NEAR_MISSES)
def test_pour_that_names_no_source(nlp, text, said, speaker, not_x):
    """« pour » set off by commas inside these sentences cues nothing; the record left is
    the one named."""
    quotes = beside_its_own_quote(nlp, text)
    assert not any(q.cue is not None and q.cue.text.lower() == "pour" for q in quotes)
    if said is None:
        assert quotes == []
        return
    assert [q.span.text for q in quotes] == [said]
    if not_x is None:
        assert quotes[0].speaker.name == speaker
    else:
        assert not_x not in (quotes[0].speaker.name or "")
