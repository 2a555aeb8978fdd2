"""« pour X » as a source inside a sentence (quotes/detect/pour_edges.py): after « , et »,
in a verbless sentence, and the relative « X, pour qui … »; one row per construction, then
the near misses that stay as they were (whom something is for, a purpose, a place)."""

import pytest
from conftest import beside_its_own_quote, quote_said


def row(text, said, speaker, role, qtype="direct"):
    return pytest.param(text, said, speaker, role, qtype)


SOURCES = [
    # after a comma and a coordinator: marks holding a clause are X's words
    row("Le député Marc Lenoir ne mâche pas ses mots : « le texte est un recul », et pour lui, "
        "« le gouvernement vient d'humilier le Parlement ».",
        "le gouvernement vient d'humilier le Parlement", "Marc Lenoir", "député"),
    row("Le conseil a voté le budget, mais pour la CGT, « ce budget est un mensonge ».",
        "ce budget est un mensonge", "CGT", None),
    row("La salle a applaudi, et pour l'entraîneur Marc Lenoir, « cette victoire change tout ».",
        "cette victoire change tout", "Marc Lenoir", "entraîneur"),
    row("Le décret est paru hier, et pour la préfète Anne Roux, « il arrivera trop tard ».",
        "il arrivera trop tard", "Anne Roux", "préfète"),
    # a sentence with no finite verb before « pour X, »
    row("Une victoire, pour le maire Paul Vidal, « qui récompense dix ans d'efforts ».",
        "qui récompense dix ans d'efforts", "Paul Vidal", "maire"),
    row("Un échec cuisant, pour la CGT, « qui n'a rien obtenu de la direction ».",
        "qui n'a rien obtenu de la direction", "CGT", None),
    row("Un soulagement, pour l'avocate Claire Moreau, « qui attendait ce verdict depuis "
        "deux ans ».",
        "qui attendait ce verdict depuis deux ans", "Claire Moreau", "avocate"),
    row("Une erreur de calcul, pour le syndicat Solidaires, « que la direction paiera cher ».",
        "que la direction paiera cher", "Solidaires", None),
    # the relative « X, pour qui … »: X the antecedent, its words after « qui »
    row("Le syndicat a rencontré le préfet Jean Morel, pour qui la fermeture du site « n'est "
        "pas une option ».",
        "la fermeture du site « n'est pas une option »", "Jean Morel", "préfet", "mixed"),
    row("« L'enquête avance », explique la procureure Anne Vial, pour qui « les conditions de "
        "la légitime défense » n'étaient « pas réunies ».",
        "« les conditions de la légitime défense » n'étaient « pas réunies »", "Anne Vial",
        "procureure", "mixed"),
    # the antecedent opens the sentence: the relative ends at its comma, before the main verb
    row("La députée Anne Roux, pour qui « rien n'est joué », votera contre le texte.",
        "rien n'est joué", "Anne Roux", "députée"),
    row("La grève continue, et pour les cheminots de Sud-Rail, « la direction devra céder ».",
        "la direction devra céder", "cheminots de Sud-Rail", None),
    row("La CGT, pour laquelle « la grève doit durer », a appelé à manifester jeudi.",
        "la grève doit durer", "CGT", None),
    row("Le club Lumière a perdu face à l'entraîneur Paul Girard, pour qui « le match était "
        "joué d'avance ».",
        "le match était joué d'avance", "Paul Girard", "entraîneur"),
]


@pytest.mark.parametrize("text, said, speaker, role, qtype", SOURCES)
def test_pour_source_inside_sentence(nlp, text, said, speaker, role, qtype):
    """The words after « pour X » at a clause's edge are X's, with the cue « pour »."""
    quote = quote_said(nlp, text, said)
    assert (quote.type, quote.speaker.name, quote.speaker.role) == (qtype, speaker, role)
    assert quote.cue is not None and quote.cue.text.lower() == "pour"


def test_next_marks_keep_their_own_cue(nlp):
    """« pour X, « … » « … », estime X »: the marks right after the first are the postposed
    cue's, not « pour »'s."""
    text = ("Un soulagement, pour l'avocate Claire Moreau, « qui attendait ce verdict ». « Les "
            "familles sont épuisées », estime l'avocate.")
    quote = quote_said(nlp, text, "Les familles sont épuisées")
    assert quote.cue is not None and quote.cue.text == "estime"


NEAR_MISSES = [
    # whom something is for: marks that hold no clause, or a clause of the narrator's
    "La mairie a commandé des fleurs, et pour les enfants, « des jouets en bois ».",
    "Il a acheté des fleurs, et pour sa mère, il a choisi des roses.",
    "Le stade est plein, et pour le club Lumière, la saison commence enfin.",
    # the narrator's verb comes first: « pour X » is a phrase of that clause
    "Le club a reçu un chèque, pour les victimes, « qui ont tout perdu ».",
    "La ministre a salué le défenseur, pour la France, « de la paix et du dialogue ».",
    "C'est un cadeau, pour ma fille Léa, « qui aura dix ans demain ».",
    # a purpose, a place: no one
    "Le renoncement au vote, pour redonner la main aux élus, « n'a pas permis de calmer la "
    "colère ».",
    "Un match décisif, pour la France, « qui joue sa qualification ».",
    # « pour qui » with no one before it, without marks (whom they voted for), or a question
    "Le maire a pris la parole, pour qui « la ville doit se relever ».",
    "Les habitants ont écrit à Paul Vidal, pour qui ils ont voté en mars.",
    "Le juge a entendu la victime, pour qui le procès sera long.",
    "Il se battra, pour qui voudra l'entendre, jusqu'au bout.",
    # « et pour X, » before a clause of the narrator's, without marks
    "Le budget a été voté, et pour la mairie, une enveloppe de trois millions est prévue.",
    # a condition: nobody is said to hold the view
    "Si, pour le maire Paul Vidal, « le projet est bon », il devra le dire au conseil.",
    "Si pour le maire Paul Vidal le projet est bon, il devra le dire au conseil.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_pour_that_names_no_source(nlp, text):
    """« pour » set off by commas inside these sentences cues nothing."""
    cues = [q.cue.text.lower() for q in beside_its_own_quote(nlp, text) if q.cue is not None]
    assert "pour" not in cues
