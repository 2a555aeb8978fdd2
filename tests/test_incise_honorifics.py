"""An incise whose speaker opens on the honorific « Me » (lexicon/titles.txt, read with its
capital) gives that speaker (quotes/detect/incises.py, speaker_phrases.np_after): the parse reads
« Me » as the pronoun « me », which an incise's subject never is; « mon avocat », « me » in
lower case stay the words of the one quoted.

Sentences written for these tests; names are invented.
"""

import pytest
from conftest import found_quotes

LEAD = "Le tribunal a rendu sa décision mardi.\n\n"
A, B = "Cette décision va être frappée d'appel", "Nous irons jusqu'au bout."

HONORIFIC = [
    (f"« {A}, a annoncé Me Paul Lévy. {B} »", "Paul Lévy", None),
    (f"« {A}, a annoncé Me Paul Lévy, avocat du club. {B} »", "Paul Lévy", "avocat du club"),
    (f"« {A}, a assuré Me Lévy. {B} »", "Lévy", None),
]


@pytest.mark.parametrize(("text", "speaker", "role"), HONORIFIC)
def test_an_incise_after_the_honorific_me_gives_its_speaker(nlp, text, speaker, role):
    found = {q.span.text: q for q in found_quotes(nlp, LEAD + text)}
    assert found[A].speaker.name == speaker
    assert found[A].speaker.role == role
    assert found[B].speaker.name == speaker


def test_a_possessive_of_the_first_person_is_no_incise(nlp):
    text = f"« {A}, a dit mon avocat. {B} »"
    assert [q.span.text for q in found_quotes(nlp, LEAD + text)] == [
        f"{A}, a dit mon avocat. {B}"]


# (words, do they speak as one person): the honorific « Me » / « Mes » before a name is no « me »
SPEAKING_AS_ONE = [
    ("Le dossier de Me Lévy est complet", False),
    ("Mes Roy et Vidal ont plaidé toute la journée", False),
    ("Nous avons longuement parlé avec Me Paul Lévy", False),
    ("J'ai longuement parlé avec Me Paul Lévy", True),
    ("Me voilà enfin libre", True),
    ("Mes enfants sont rentrés hier", True),
    ("Il me l'a dit hier", True),
]


@pytest.mark.parametrize(("words", "one"), SPEAKING_AS_ONE)
def test_the_honorific_me_is_no_first_person(nlp, words, one):
    from quotes.attribute.agreement import first_person

    assert first_person(nlp(words), 0, len(words)) is one
