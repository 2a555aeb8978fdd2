"""« selon » + a text named by its kind (detect/selon.py, ``_noun_of_kind``): « de » and a bare
noun that says what kind of text it is (« un communiqué de presse », lexicon/text_kinds.txt)
are passed over to the « de » naming whose the text is, the source; any other noun after « de »
is the source (« les propos de proches du suspect »). One row: a sentence -> the source's name,
role and kind. Sentences written for these tests."""

import pytest
from conftest import quote_said

SAID = "la route restera fermée jusqu'à lundi"


@pytest.mark.parametrize(("source", "speaker", "role", "kind"), [
    # the kind of text passed over: the préfet, described; the mairie, a body
    ("un communiqué de presse du préfet de l'Aude", None, "préfet de l'Aude", "person"),
    ("un communiqué de presse de la mairie", "mairie", None, "organization"),
    # must not change: the text's owner right after its noun
    ("les explications du maire", None, "maire", "person"),
    ("un communiqué de la mairie", "mairie", None, "organization"),
    # must not: a noun of people after « de » is the source, not a kind of text
    ("les propos de proches du suspect", "proches du suspect", None, "person"),
    ("les déclarations de témoins du drame", "témoins du drame", None, "unknown"),
    ("le témoignage de voisins de la victime", "voisins de la victime", None, "unknown"),
    ("les estimations de syndicats de la police", "syndicats de la police", None,
     "organization"),
    ("les déclarations d'habitants du quartier", "habitants du quartier", None, "person"),
    ("des propos de militants du syndicat", "militants du syndicat", None, "person"),
    ("un communiqué d'avocats de la famille", "avocats de la famille", None, "person"),
    ("les explications de responsables du club", "responsables du club", None, "person"),
])
def test_a_text_named_by_its_kind_speaks_for_its_owner(nlp, source, speaker, role, kind):
    q = quote_said(nlp, f"Selon {source}, {SAID}.", SAID).speaker
    assert (q.name, q.role, q.kind) == (speaker, role, kind)
