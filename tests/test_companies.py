"""A definite company noun said to speak is a company the article named before it
(``attribute.companies``). « la société », « le distributeur »: the one named last, never a
person named in between. « le fabricant de pneumatiques », a singular noun with a bare trade
(``traded``, a maker's or a trader's noun): the company the article is about, one it named by
a company noun, the one named most, of two named as often the subject; never an outlet, an
agency, a union, a club nor a competitor named alone; no one when there is none or two
companies tie, never a person named before. Plurals and complements with an article are no
company. One row: text -> the quote, then speaker and kind."""

import pytest
from conftest import ANY, quotes_of

from quotes.attribute import companies

LEAD = "La société Vendimo va fermer deux sites, a regretté le ministre Paul Morel. "
TESSARO = "Le groupe Tessaro va fermer son usine de Vierzon. "
SAID = "« Nous n'avions plus le choix », a expliqué le fabricant de pneumatiques."
CHOICE = "Nous n'avions plus le choix"

ROWS = [
    (LEAD + "Le fabricant de pneumatiques a annoncé vouloir « préserver l'emploi ».",
     "préserver l'emploi", "Vendimo", "organization"),
    (LEAD + SAID, CHOICE, "Vendimo", "organization"),
    # the nouns lexicon/company_nouns.txt marks « trade »
    (LEAD + "« Nous n'avions plus le choix », a expliqué le constructeur de camions.",
     CHOICE, "Vendimo", "organization"),
    (LEAD + "« Nous n'avions plus le choix », a expliqué l'équipementier d'électroménager.",
     CHOICE, "Vendimo", "organization"),
    (LEAD + "« Nous n'avions plus le choix », a expliqué le distributeur de jouets.",
     CHOICE, "Vendimo", "organization"),
    # lexicon/company_nouns.txt: « distributeur »
    (LEAD + "« Nous n'avions plus le choix », a expliqué le distributeur.",
     CHOICE, "Vendimo", "organization"),
    # the company the article is about, past the others it names after it: an outlet, an
    # agency, a union, a club, a competitor (none named by a company noun)
    (TESSARO + "Le Monde a révélé l'information mardi. " + SAID, CHOICE, "Tessaro",
     "organization"),
    (TESSARO + "Selon l'agence Reuters, la décision était attendue. " + SAID, CHOICE,
     "Tessaro", "organization"),
    (TESSARO + "La CGT dénonce un « gâchis ». " + SAID, CHOICE, "Tessaro", "organization"),
    (TESSARO + "Le syndicat FO appelle à la grève. " + SAID, CHOICE, "Tessaro", "organization"),
    (TESSARO + "Le PSG a perdu son sponsor. " + SAID, CHOICE, "Tessaro", "organization"),
    (TESSARO + "Le club de Vierzon perd son sponsor, le FC Vierzon. " + SAID, CHOICE,
     "Tessaro", "organization"),
    (TESSARO + "Michelin, son concurrent, a refusé de commenter. " + SAID, CHOICE, "Tessaro",
     "organization"),
    ("Le groupe Tessaro a annoncé lundi la fermeture de son usine de Vierzon, qui emploie 240 "
     "salariés. La CGT a aussitôt appelé à un rassemblement devant le site. « C'est une "
     "trahison », a dénoncé Marc Lefèvre, délégué syndical. Le fabricant de pneumatiques "
     "assure de son côté avoir « tout tenté » pour sauver le site.", "tout tenté", "Tessaro",
     "organization"),
    (TESSARO + "L'information a été révélée par l'AFP. Le fabricant de pneumatiques a annoncé "
     "vouloir « préserver l'emploi ».", "préserver l'emploi", "Tessaro", "organization"),
    # two companies: the subject when named as often; no one when both are
    ("Le groupe Tessaro a racheté la société Brivane en 2019. " + SAID, CHOICE, "Tessaro",
     "organization"),
    ("La société Brivane et le groupe Tessaro ont signé un accord. " + SAID, CHOICE, None, ANY),
    # no one company: no one, never a person or a competitor named before
    ("La société Brivane et le groupe Tessaro ont signé un accord, a annoncé le ministre Paul "
     "Morel. " + SAID, CHOICE, None, "organization"),
    ("Les ventes de Noël reculent, a regretté le ministre Paul Morel. « Nous n'avions plus le "
     "choix », a expliqué le fabricant de jouets.", CHOICE, None, "organization"),
    ("Le groupe Jouetek va fermer son site de Vierzon. Le groupe Ludiva, son concurrent, en "
     "profite : Ludiva embauche et Ludiva ouvre une usine. « Nous n'avions plus le choix », a "
     "expliqué le fabricant de jouets.", CHOICE, None, "organization"),
    # near misses that must not change: a noun of people after « de » is a group of people,
    # no company named is the words themselves, a name after the noun is that name, a person
    # in a complement of the company noun is that person
    (LEAD + "« Nous resterons », a dit le groupe de salariés.",
     "Nous resterons", "groupe de salariés", "organization"),
    ("« Les trains partiront à l'heure », précise la société de transport.",
     "Les trains partiront à l'heure", "société de transport", "organization"),
    # « société », « groupe », « loueur » are no maker's nor trader's noun: no trade after them
    (TESSARO + "« Les trains partiront à l'heure », précise la société de transport.",
     "Les trains partiront à l'heure", "société de transport", "organization"),
    (LEAD + "« Nous n'avions plus le choix », a expliqué le groupe de luxe.",
     CHOICE, "groupe de luxe", "organization"),
    (TESSARO + "« Les voitures manquent », regrette le loueur de voitures.",
     "Les voitures manquent", None, ANY),
    # a thing named by a company noun (lexicon/company_lookalikes.txt)
    ("La société Vendimo va fermer deux sites. « Les rayons sont vides », a expliqué le "
     "distributeur automatique.", "Les rayons sont vides", None, ANY),
    (LEAD + "« Nous n'avions plus le choix », a expliqué la société Kelvion.",
     CHOICE, "Kelvion", "organization"),
    (LEAD + "« Le délai est court », a déclaré le patron de l'enseigne, Luc Berthon.",
     "Le délai est court", "Luc Berthon", "person"),
    # many are no one company; a complement with an article is another firm or a thing;
    # « enseigne de vaisseau » is a naval rank
    ("La société Vendimo va fermer deux sites. « Nous n'avions plus le choix », ont expliqué "
     "les fabricants de meubles.", CHOICE, "fabricants de meubles", ANY),
    ("La société Vendimo va fermer deux sites. « Nous n'avions plus le choix », ont expliqué "
     "ces fabricants de meubles.", CHOICE, "ces fabricants de meubles", ANY),
    ("La société Vendimo va fermer deux sites. « Nous n'avions plus le choix », ont expliqué "
     "les distributeurs.", CHOICE, "distributeurs", ANY),
    ("La société Vendimo va fermer deux sites. « Nous n'avions plus le choix », ont expliqué "
     "les fabricants.", CHOICE, "fabricants", ANY),
    ("La société Vendimo va fermer deux sites. « Nous n'avions plus le choix », ont expliqué "
     "les groupes pétroliers.", CHOICE, "groupes pétroliers", ANY),
    ("La société Vendimo va fermer deux sites. « Les rayons sont vides », a expliqué le "
     "distributeur de la marque.", "Les rayons sont vides", None, ANY),
    ("La société Vendimo va fermer deux sites. « Nous n'avions plus le choix », a expliqué le "
     "fabricant de la pièce défectueuse.", CHOICE, None, ANY),
    (TESSARO + "« Je resterai à bord », a déclaré l'enseigne de vaisseau.",
     "Je resterai à bord", "enseigne de vaisseau", ANY),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), ROWS)
def test_a_company_noun_is_the_company(nlp, text, quote, speaker, kind):
    (q,) = [q for q in quotes_of(nlp, text) if quote in q.span.text]
    assert q.speaker.name == speaker
    if kind is not ANY:
        assert q.speaker.kind == kind


# « de » and a noun after a company noun that is no maker's nor trader's: no trade (``traded``)
NO_TRADE = ["le groupe de travail", "le groupe d'experts", "la société de transport",
            "le loueur de voitures", "l'entreprise de nettoyage"]


@pytest.mark.parametrize("words", NO_TRADE)
def test_no_trade_after_a_company_noun_of_no_maker(nlp, words):
    doc = nlp(f"« Nous resterons », a dit {words}.")
    head = next(t for t in doc if companies.company_noun(t.text))
    span = doc[head.i - 1 : head.i + 3]  # the article, the noun, « de » and its noun
    assert not companies.traded(span, head)
