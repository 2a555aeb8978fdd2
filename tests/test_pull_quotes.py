"""Pull quotes: a paragraph of someone's words in no marks, then the name that signs it.

Sentences written for these tests; names and places are invented.
"""

import pytest
from conftest import OWN_QUOTE, beside_its_own_quote, found_quotes, quote_said

AFTER = "\n\nLes pompiers sont restés sur place toute la nuit."

SIGNED = [
    # the name and a role on a line of their own
    ("La mairie a ouvert un gymnase aux sinistrés.\n\nNous avons tout perdu, mais nous "
     "reconstruirons notre village.\n\nLucie Vernet, maire de Castelroc" + AFTER,
     "Nous avons tout perdu, mais nous reconstruirons notre village.", "Lucie Vernet"),
    # the name alone
    ("Le procès s'est ouvert lundi à Brenac.\n\nJe ne pardonnerai jamais ce qu'il m'a fait "
     "subir pendant toutes ces années\n\nMarion Dussac" + AFTER,
     "Je ne pardonnerai jamais ce qu'il m'a fait subir pendant toutes ces années",
     "Marion Dussac"),
    # the name and a channel closing the paragraph of the words
    ("Le jury a récompensé trois chercheurs.\n\nCela prouve la valeur de nos laboratoires "
     "publics. Hélène Garnier, sur Radio Vernac" + AFTER,
     "Cela prouve la valeur de nos laboratoires publics.", "Hélène Garnier"),
    # words to « vous », a dash before the name
    ("Le club a bouclé sa saison dimanche.\n\nVous pouvez compter sur nous jusqu'au bout de "
     "cette aventure.\n\n— Bernard Olivier, président du club" + AFTER,
     "Vous pouvez compter sur nous jusqu'au bout de cette aventure.", "Bernard Olivier"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), SIGNED)
def test_a_signed_paragraph_is_a_direct_quote_of_its_signer(nlp, text, quote, speaker):
    q = quote_said(nlp, text, quote)
    assert (q.type, q.speaker.name, q.cue) == ("direct", speaker, None)
    assert "pull-quote" in q.evidence


UNSIGNED = [
    # a caption: the narrator's sentence above a name, no first or second person in it
    "Le bâtiment a été entièrement détruit par les flammes.\n\nLucie Vernet, maire de "
    "Castelroc" + AFTER,
    # a name and a clause: the narrator's sentence, no signature
    "Nous avons tout perdu dans cet incendie.\n\nLucie Vernet, qui a tout perdu, témoigne"
    + AFTER,
    # the paragraph above names the signer: the narrator's words about her
    "Lucie Vernet nous a reçus dans sa maison détruite par le feu.\n\nLucie Vernet, maire de "
    "Castelroc" + AFTER,
    # a body, no person's name
    "Nous condamnons fermement cette décision de la direction.\n\nSection syndicale de "
    "Valmor" + AFTER,
]


@pytest.mark.parametrize("text", UNSIGNED)
def test_no_pull_quote_without_a_signature_and_own_words(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


def test_a_byline_closing_the_article_signs_no_quote(nlp):
    text = (OWN_QUOTE.strip() + "\n\nNous reviendrons sur ce dossier dans nos prochaines "
            "éditions.\n\nJulien Marchetti")
    assert [q.span.text for q in found_quotes(nlp, text)] == ["Nous attendons"]


def test_marked_words_above_a_name_stay_their_own_speakers(nlp):
    text = ("« Nous avons tout perdu », a confié une habitante.\n\nLucie Vernet, maire de "
            "Castelroc" + AFTER)
    assert [(q.span.text, q.speaker.name) for q in found_quotes(nlp, text)] == [
        ("Nous avons tout perdu", "une habitante")]
