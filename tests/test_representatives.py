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
    ("représentant du parquet de Brenac", "procureur de Brenac", True),  # the same place
    # must not: another place; another body (« parquet général »); a body whose head is not
    # its representative (préfecture, mairie, présidence, ministère)
    ("représentant du parquet de Vernac", "procureur de Brenac", False),
    ("représentant du parquet général", "procureur de Brenac", False),
    ("représentante de la préfecture", "préfète du Cantal", False),
    ("représentant de la mairie", "maire de Brenac", False),
    ("représentant de la mairie de Vernac", "maire de Brenac", False),
    ("représentant de la présidence", "président de la République", False),
    ("représentant du ministère", "ministre de l'Intérieur", False),
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


PROSECUTOR = ("« Le hangar n'était pas conforme », a déclaré la vice-procureure de Brenac, "
              "Claire Morvan. « Les plans n'étaient pas déposés », a précisé la représentante "
              "du parquet. « Rien n'était prévu », a-t-elle ajouté. « L'enquête continue », a "
              "conclu Mme Morvan.")


# text, quote, speaker, role (None: no speaker)
ROWS = [
    # the description, a pronoun after it, her title: the one named with the office, and the
    # office is the role each quote shows
    (PROSECUTOR, "Les plans n'étaient pas déposés", "Claire Morvan",
     "vice-procureure de Brenac"),
    (PROSECUTOR, "Rien n'était prévu", "Claire Morvan", "vice-procureure de Brenac"),
    (PROSECUTOR, "L'enquête continue", "Claire Morvan", "vice-procureure de Brenac"),
    # the subject of the sentence before, a deputy prosecutor, speaks for the parquet too
    ("« La route rouvrira en mars », a déclaré le procureur de Brenac, Marc Tellier. Le "
     "vice-procureur, Paul Rivière, suit le dossier. « Les travaux commencent lundi », a "
     "assuré le représentant du parquet.", "Les travaux commencent lundi", "Paul Rivière",
     "vice-procureur"),
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
    # must not: another town's body; the parquet général; the head of the presidency, of a
    # ministry, of the préfecture
    ("« Le pont sera refait », a déclaré le maire de Brenac, Paul Rivière. « Nous n'avons pas "
     "été consultés », a regretté le représentant de la mairie de Vernac.",
     "Nous n'avons pas été consultés", None, "représentant de la mairie de Vernac"),
    ("« La route rouvrira en mars », a déclaré le procureur de Brenac, Marc Tellier. « Le "
     "dossier est solide », a estimé le représentant du parquet de Vernac.",
     "Le dossier est solide", None, "représentant du parquet de Vernac"),
    ("« L'enquête est ouverte », a déclaré le procureur de Brenac, Marc Tellier, en 2022. "
     "Devant la cour d'appel, lundi, le représentant du parquet général a requis trois ans. "
     "« Les faits sont établis », a-t-il souligné.",
     "Les faits sont établis", None, "représentant du parquet général"),
    ("« La réforme passera », a déclaré le président de la République, Emmanuel Vernier. « Le "
     "dialogue continue », a assuré le représentant de la présidence.",
     "Le dialogue continue", None, "représentant de la présidence"),
    ("« La loi passera », a déclaré le ministre de l'Intérieur, Marc Tellier. « Le dialogue "
     "continue », a assuré le représentant du ministère.",
     "Le dialogue continue", None, "représentant du ministère"),
    ("« La route rouvrira en mars », a déclaré le préfet de l'Orne, Marc Tellier. « Les "
     "travaux commencent lundi », a assuré le représentant de la préfecture.",
     "Les travaux commencent lundi", None, "représentant de la préfecture"),
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
    texts = (f"« Le hangar n'était pas conforme », a déclaré Claire Morvan, {office}. Paul "
             "Tissot, le propriétaire, a été entendu.",
             "Paul Tissot, le propriétaire du hangar, a été entendu. « Les plans n'étaient pas "
             "déposés », a précisé la représentante du parquet.")
    (q,) = batch(nlp, texts)["a2"]
    assert q.speaker.name == name
