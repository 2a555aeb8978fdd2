"""Pull quotes in no marks, signed by the name of who said them (detect/pull_quotes.py).

Sentences written for these tests: the words, then the name after a dash on their line, on a
line with no verb after their last sentence, or on the next line alone.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

SIGNED = [
    # a dash and the name at the end of the line; « on » says it is someone's words
    ("Le ministre a visité l'usine de Vernac lundi. Paul Morel a passé une heure avec les "
     "anciens salariés.\n\nOn s'est parfois fait avoir collectivement - Paul Morel\n\n"
     "Un échange en petit comité.",
     "On s'est parfois fait avoir collectivement", "Paul Morel", "ministre", "male"),
    # a line with no verb after the last sentence: the name, then where it was said
    ("Sur la radio, la ministre de la Recherche Anne Vidal se dit fière de cette "
     "récompense.\n\nCela montre la qualité de nos formations en physique. Anne Vidal, sur "
     "Radio Nord\n\nLe prix sera remis en décembre.",
     "Cela montre la qualité de nos formations en physique.", "Anne Vidal",
     "ministre de la Recherche", "female"),
    # the words alone, the name and a role on the next line
    ("La séance s'est achevée dans la confusion. Marie Roux a quitté la salle.\n\n"
     "Nous ne voulions pas interrompre la séance, mais nous sommes déçus.\n\n"
     "Marie Roux, présidente de l'association\n\nLe vote aura lieu demain.",
     "Nous ne voulions pas interrompre la séance, mais nous sommes déçus.", "Marie Roux",
     "présidente de l'association", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), SIGNED)
def test_a_signed_pull_quote_is_the_signers_direct_quote_with_no_cue(
        nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.speaker.role, q.speaker.gender, q.cue) == (
        "direct", speaker, role, gender, None)


UNSIGNED = [
    # a byline: the name is written nowhere else in the article
    "Le conseil municipal a voté le budget lundi soir après un long débat.\n\n"
    "Nous reviendrons sur ce dossier dans notre prochaine édition - Jean Roux",
    # the narrator's words, no first person nor « on », before a name line
    "Le conseil municipal a voté le budget lundi soir. Anne Vidal a défendu le projet.\n\n"
    "Le projet a été adopté à une large majorité.\n\nAnne Vidal, maire de Vernac",
    # a heading after a paragraph: the line holds a verb
    "Nous avons attendu trois heures devant la mairie. Paul Morel était là aussi.\n\n"
    "Paul Morel prend la parole",
    # words in marks are the narrator quoting: their cue decides, no signature
    "Paul Morel a visité l'usine.\n\n« Nous serons là » - Paul Morel, ministre",
    # a place, no person's name, after the words
    "Le maire Paul Morel a parlé aux habitants. Ils attendent des réponses.\n\n"
    "Nous attendons des réponses depuis des mois. Vernac, le 3 mai",
    # one word alone signed by a name: a caption
    "Paul Morel a visité l'usine.\n\nNous - Paul Morel",
]


@pytest.mark.parametrize("text", UNSIGNED)
def test_no_pull_quote_without_a_speakers_words_signed_by_a_name_of_the_article(nlp, text):
    quotes = beside_its_own_quote(nlp, text)
    assert not [q for q in quotes if "signed-line" in q.evidence], [
        (q.span.text, q.speaker.name) for q in quotes]
