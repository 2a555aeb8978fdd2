"""« selon » + a text named by its kind (detect/selon.py, ``_noun_of_kind``): « de » and a bare
noun that says what kind of text it is (« un communiqué de presse ») are passed over to the
« de » naming whose the text is, the source. One row: a sentence -> the source's name, role and
kind. Sentences written for these tests."""

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
])
def test_a_text_named_by_its_kind_speaks_for_its_owner(nlp, source, speaker, role, kind):
    q = quote_said(nlp, f"Selon {source}, {SAID}.", SAID).speaker
    assert (q.name, q.role, q.kind) == (speaker, role, kind)
