"""Who speaks for a body (``attribute.representatives``): « la représentante du parquet » is the
one the article, else the batch, gives an office heading the parquet (« vice-procureure de
Brenac »), and that office, not the description, is the role her quotes show; never the
holder of another body's office, nor one of the other gender."""

import pytest
from conftest import quotes_of
from test_batch_spellings import batch

from quotes.attribute.representatives import represents


@pytest.mark.parametrize(("description", "role", "fits"), [
    ("représentante du parquet", "vice-procureure de Brenac", True),  # a prefix aside
    ("le représentant du parquet de Brenac", "procureur de la République", True),
    ("représentant du ministère public", "procureur de Brenac", True),  # the parquet's other name
    ("représentante de la préfecture", "préfète du Cantal", True),
    ("représentant de la mairie", "maire de Brenac", True),
    # must not: another body's office, a body the list lacks, no complement, no representative
    ("représentant de la préfecture", "maire de Brenac", False),
    ("représentant du parquet", "avocat général", False),
    ("représentante de l'association", "présidente de l'association", False),
    ("représentant", "procureur de Brenac", False),
    ("procureur", "procureur de Brenac", False),
    ("porte-parole du parquet", "procureur de Brenac", False),
])
def test_a_representative_fits_the_office_heading_the_body(description, role, fits):
    assert represents(description, role) is fits


PROSECUTOR = ("« Le gîte n'était pas aux normes », a déclaré la vice-procureure de Brenac, "
              "Claire Morvan. « Les travaux n'étaient pas déclarés », a précisé la représentante "
              "du parquet. « Rien n'était prévu », a-t-elle ajouté. « L'enquête continue », a "
              "conclu Mme Morvan.")


# text, quote, speaker, role (None: no speaker)
ROWS = [
    # the description, a pronoun after it, her title: the one named with the office, and the
    # office is the role each quote shows
    (PROSECUTOR, "Les travaux n'étaient pas déclarés", "Claire Morvan",
     "vice-procureure de Brenac"),
    (PROSECUTOR, "Rien n'était prévu", "Claire Morvan", "vice-procureure de Brenac"),
    (PROSECUTOR, "L'enquête continue", "Claire Morvan", "vice-procureure de Brenac"),
    ("« La route rouvrira en mars », a déclaré le préfet de l'Orne, Marc Tellier. « Les "
     "travaux commencent lundi », a assuré le représentant de la préfecture.",
     "Les travaux commencent lundi", "Marc Tellier", "préfet de l'Orne"),
    ("« La route rouvrira en mars », a déclaré le procureur de Brenac, Marc Tellier. « Les "
     "travaux commencent lundi », a indiqué le représentant du ministère public.",
     "Les travaux commencent lundi", "Marc Tellier", "procureur de Brenac"),
    # must not: the holder of another body's office; a man for « la représentante »
    ("« La route rouvrira en mars », a déclaré le maire de Brenac, Marc Tellier. « Les "
     "travaux commencent lundi », a assuré le représentant de la préfecture.",
     "Les travaux commencent lundi", None, "représentant de la préfecture"),
    ("« La route rouvrira en mars », a déclaré le procureur de Brenac, Marc Tellier. « Les "
     "travaux commencent lundi », a assuré la représentante du parquet.",
     "Les travaux commencent lundi", None, "représentante du parquet"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), ROWS)
def test_a_representative_is_the_holder_of_the_body_s_office(nlp, text, said, speaker, role):
    (q,) = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert (q.speaker.name, q.speaker.role) == (speaker, role)


@pytest.mark.parametrize(("office", "name"), [
    ("vice-procureure de Brenac", "Claire Morvan"),
    # must not: another body's office in the other article
    ("maire de Brenac", None),
])
def test_a_representative_the_article_never_names_is_the_one_the_batch_gives_the_office(
        nlp, office, name):
    # two articles of one story: both name the owner
    texts = (f"« Le gîte n'était pas aux normes », a déclaré Claire Morvan, {office}. Paul "
             "Tissot, le propriétaire, a été entendu.",
             "Paul Tissot, le propriétaire du gîte, a été entendu. « Les travaux n'étaient pas "
             "déclarés », a précisé la représentante du parquet.")
    (q,) = batch(nlp, texts)["a2"]
    assert q.speaker.name == name
