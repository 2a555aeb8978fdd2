"""A definite company noun said to speak is the company the article named last before it
(``attribute.companies.referring``), a complement of common words saying its trade included
(« le fabricant de pneumatiques »); never a person named in between, never a group of people.
One row: text -> the quote, then speaker and kind."""

import pytest
from conftest import quotes_of

LEAD = "La société Vendimo va fermer deux sites, a regretté le ministre Paul Morel. "

ROWS = [
    (LEAD + "Le fabricant de pneumatiques a annoncé vouloir « préserver l'emploi ».",
     "préserver l'emploi", "Vendimo", "organization"),
    (LEAD + "« Nous n'avions plus le choix », a expliqué le fabricant de pneumatiques.",
     "Nous n'avions plus le choix", "Vendimo", "organization"),
    (LEAD + "« Nous n'avions plus le choix », a expliqué le constructeur de l'automobile.",
     "Nous n'avions plus le choix", "Vendimo", "organization"),
    (LEAD + "« Nous n'avions plus le choix », a expliqué le groupe de luxe.",
     "Nous n'avions plus le choix", "Vendimo", "organization"),
    # lexicon/company_nouns.txt: « distributeur », « enseigne »
    (LEAD + "« Nous n'avions plus le choix », a expliqué le distributeur.",
     "Nous n'avions plus le choix", "Vendimo", "organization"),
    (LEAD + "« Nous n'avions plus le choix », a expliqué l'enseigne de bricolage.",
     "Nous n'avions plus le choix", "Vendimo", "organization"),
    # near misses that must not change: a noun of people after « de » is a group of people,
    # no company named is the words themselves, a name after the noun is that name, a person
    # in a complement of the company noun is that person
    (LEAD + "« Nous resterons », a dit le groupe de salariés.",
     "Nous resterons", "groupe de salariés", "organization"),
    ("« Les trains partiront à l'heure », précise la société de transport.",
     "Les trains partiront à l'heure", "société de transport", "organization"),
    (LEAD + "« Nous n'avions plus le choix », a expliqué la société Kelvion.",
     "Nous n'avions plus le choix", "Kelvion", "organization"),
    (LEAD + "« Le délai est court », a déclaré le patron de l'enseigne, Luc Berthon.",
     "Le délai est court", "Luc Berthon", "person"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), ROWS)
def test_a_company_noun_is_the_company(nlp, text, quote, speaker, kind):
    (q,) = [q for q in quotes_of(nlp, text) if quote in q.span.text]
    assert (q.speaker.name, q.speaker.kind) == (speaker, kind)
