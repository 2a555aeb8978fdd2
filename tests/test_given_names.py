"""The wider list of given names (lexicon/given_names.tsv, scripts/make_given_names.py).

A person named in full whose gender no word of the text, first_names.tsv nor the batch gives
takes the sex the wider list gives the first name, marked as the name's guess
(``gender-name-model``); the text still wins, a name of both sexes stays null, and the list
never makes a word a person. Every sentence and surname is made up.
"""

from __future__ import annotations

import pytest
from conftest import ANY, assert_gendered

from quotes.attribute.name_model import listed_gender, name_guess
from quotes.attribute.names import first_name_gender
from quotes.lexicon import fold, folded, table

# (sentence, quote, speaker, gender, kind, the name's guess decides)
ROWS = [
    # ---- names the wider list holds and nothing else shows: its sex, marked as a guess
    ("« Le pont rouvrira lundi », a déclaré Clifford Ashby.", "Le pont rouvrira lundi",
     "Clifford Ashby", "male", "person", True),
    ("« Les comptes sont à jour », a assuré Winifred Castaing.", "Les comptes sont à jour",
     "Winifred Castaing", "female", "person", True),
    ("Selon Mildred Oberlin, « rien n'est encore signé ».", "rien n'est encore signé",
     "Mildred Oberlin", "female", "person", True),
    ("« La saison sera longue », a estimé Agatha Pellerin, du service de météorologie.",
     "La saison sera longue", "Agatha Pellerin", "female", "person", True),
    # ---- the text wins over the list
    ("Clifford Ashby est arrivée en retard. « Le pont rouvrira lundi », a-t-elle dit.",
     "Le pont rouvrira lundi", "Clifford Ashby", "female", "person", False),
    ("« Le pont rouvrira lundi », a déclaré le ministre des Transports, Mme Desmond Farrow.",
     "Le pont rouvrira lundi", "Desmond Farrow", "female", "person", False),
    ("« Le pont rouvrira lundi », a déclaré Mildred Oberlin, très ému.",
     "Le pont rouvrira lundi", "Mildred Oberlin", "male", "person", False),
    ("« Nous ferons appel », a annoncé Rupert Vallançon, avocat du club.", "Nous ferons appel",
     "Rupert Vallançon", "male", "person", False),  # the role noun of a named man, as before
    # ---- first_names.tsv comes first (« Lilian », a man's name in French)
    ("« Le pont rouvrira lundi », a déclaré Lilian Ferrand.", "Le pont rouvrira lundi",
     "Lilian Ferrand", "male", "person", False),
    # ---- a masculine noun alone, an organisation, a surname alone: still no gender
    ("« Le pont rouvrira lundi », a déclaré un porte-parole.", "Le pont rouvrira lundi",
     ANY, None, "anonymous", False),
    ("« Le pont rouvrira lundi », a annoncé la Fondation Ambrose Kerlidou.",
     "Le pont rouvrira lundi", ANY, None, "organization", False),
    # ---- a name of the Moby lists that nam_dict gives the other sex (or both) in a country
    # French news covers is left out: men's names in Spain, Catalonia, Italy
    ("« Le match est plié », a assuré Rafa Estrellano.", "Le match est plié",
     "Rafa Estrellano", None, "person", False),
    ("« Le club restera au stade », a déclaré Joan Vilaltella.", "Le club restera au stade",
     "Joan Vilaltella", None, "person", False),
    ("« Le film sortira en mai », a expliqué Nanni Ferraresi.", "Le film sortira en mai",
     "Nanni Ferraresi", None, "person", False),
    ("« Nous avons mal défendu », a reconnu Daniele Carbonaro.", "Nous avons mal défendu",
     "Daniele Carbonaro", None, "person", False),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "gender", "kind", "guessed"), ROWS)
def test_given_names(nlp, text, quote, speaker, gender, kind, guessed):
    assert_gendered(nlp, text, quote, speaker, gender, kind, guessed)


@pytest.mark.parametrize(("first", "answer"), [
    ("Clifford", "m"),
    ("Winifred", "f"),
    ("Winifred-Ann", "f"),  # a compound: its first part
    ("Jody", None),  # in both Moby lists: left out
    ("Andrea", None),  # epicene_names.txt
    ("Hédi", None),  # epicene_names.txt (a man's name in the Maghreb, a woman's in Germany)
    ("Gal", None),  # epicene_names.txt (Israel)
    ("Rafa", None),  # a man's name in Spain: left out
    ("Arda", None),  # a man's name in Turkey: left out
    ("C.", None),  # an initial
])
def test_listed_gender(first, answer):
    assert listed_gender(first) == answer


def test_name_guess_reads_the_wider_list():
    assert name_guess("Bertram Loiseau") == "m"
    assert name_guess("Loiseau") is None  # a surname alone may be anyone's


def test_the_wider_list_is_apart_from_the_others():
    """No name of first_names.tsv (it comes first) nor of epicene_names.txt; one sex a row;
    and the list makes no first name for the rest of the project."""
    rows = table("given_names")
    assert len(rows) > 3000 and all(g in ("f", "m") for _, g in rows)
    listed = {fold(n) for n, _ in table("first_names")}
    names = {fold(n) for n, _ in rows}
    assert not names & listed and not names & folded("epicene_names")
    assert first_name_gender("Clifford") is None
