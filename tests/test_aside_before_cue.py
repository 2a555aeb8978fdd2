"""An aside of the narrator's in paired dashes or brackets between the reported words and a
postposed cue: the cue is found past it and the reported words end before it. Dashes or
brackets inside the marks, a gloss in brackets and a single dash are no aside."""

import pytest
from conftest import quote_said, quotes_of


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        # em dashes, then a comma; unmarked words
        ("La collecte des déchets ne sera pas perturbée — du moins pas cette semaine —, a "
         "indiqué le porte-parole de la ville, Marc Tessier.",
         "La collecte des déchets ne sera pas perturbée", "Marc Tessier", "a indiqué"),
        # em dashes and no comma
        ("Les travaux ne visent aucun quartier en particulier — du moins pour le moment — a "
         "précisé la ministre Julie Caron.",
         "Les travaux ne visent aucun quartier en particulier", "Julie Caron", "a précisé"),
        # en dashes
        ("Le festival sera reporté – faute de bénévoles –, a annoncé la présidente Claire "
         "Dubois.", "Le festival sera reporté", "Claire Dubois", "a annoncé"),
        # brackets holding a clause of the narrator's, a cue verb inside them
        ("Il n'y a aucune manœuvre (l'agence le répète depuis lundi), a assuré le commissaire "
         "Paul Roy.", "Il n'y a aucune manœuvre", "Paul Roy", "a assuré"),
        # marked words, then the aside in brackets
        ("« Nous ne céderons rien » (la formule revient souvent chez lui), a lancé le maire, "
         "Jean Vachon.", "Nous ne céderons rien", "Jean Vachon", "a lancé"),
        # mixed words, dashes and no comma before the cue
        ("« C'est un choix prudent » de suspendre les travaux du chantier Ormeau — qui touche "
         "notamment l'ancien maire Luc Bérubé — a martelé le directeur, Henri Lavoie.",
         "« C'est un choix prudent » de suspendre les travaux du chantier Ormeau",
         "Henri Lavoie", "a martelé"),
    ],
)
def test_aside_skipped_before_a_postposed_cue(nlp, text, quote, speaker, cue):
    q = quote_said(nlp, text, quote)
    assert (q.speaker.name, q.cue.text) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # dashes inside the speaker's own words stay in them
        ("« Nous avons tout essayé — vraiment tout — », a dit le syndicaliste Marc Olivier.",
         "Nous avons tout essayé — vraiment tout —", "Marc Olivier"),
        # a bracket that is part of the quote
        ("« Je ne suis pas candidat (rires) », a répondu le sénateur Louis Caron.",
         "Je ne suis pas candidat (rires)", "Louis Caron"),
        # a single dash opening a list
        ("Il reste trois chantiers – l'emploi, la santé et l'école, a expliqué la candidate "
         "Marie Brun.", "Il reste trois chantiers – l'emploi, la santé et l'école", "Marie Brun"),
        # a gloss in brackets, no aside
        ("Les suspects sont entendus par la Sûreté provinciale (SP), a précisé une source "
         "policière.", "Les suspects sont entendus par la Sûreté provinciale (SP)",
         "une source policière"),
        # a dash inside a name
        ("Le contrat de Jean–Pierre Roy sera prolongé, a indiqué le club.",
         "Le contrat de Jean–Pierre Roy sera prolongé", "club"),
    ],
)
def test_no_aside(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name == speaker


@pytest.mark.parametrize(
    "text", ["— Nous partirons demain, a dit Paul Martin.",
             "— Nous partirons demain —, a dit Paul Martin."])
def test_dialogue_dash_is_no_aside(nlp, text):
    # a dash that opens the line: the words after it are the speaker's, whole
    found = [q for q in quotes_of(nlp, text) if "Nous partirons demain" in q.span.text]
    assert found and found[0].speaker.name == "Paul Martin"
