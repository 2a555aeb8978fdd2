"""One spelling per person and body across a batch (quotes/attribute/batch_spellings.py)."""

import pytest

from quotes.api import Extractor, group_batch
from quotes.attribute.batch_spellings import near
from quotes.attribute.people import apply_people, load_people
from quotes.model import Article, Named, Quote

# a mayor three outlets quote, one misspelling his first name (a letter doubled)
MAYOR = (
    "« Nous reconstruirons le pont avant l'hiver », a déclaré Ousmanou Keïta, maire de Vernac.",
    "Selon Ousmanou Keïta, maire de Vernac, « le pont rouvrira en mars ».",
    "« Nous reconstruirons le pont avant l'hiver », a déclaré Ousmannou Keïta, maire de Vernac. "
    "« Les travaux commencent lundi », a-t-il ajouté.",
)
# a chairwoman, one outlet swapping two letters of her surname
CHAIR = (
    "« Le chantier a pris trop de retard », a regretté Aminata Dioubaté, présidente de "
    "l'association des riverains.",
    "Selon Aminata Dioubaté, présidente de l'association des riverains, « le quartier attend "
    "depuis dix ans ».",
    "« Le chantier a pris trop de retard », a regretté Aminata Diuobaté. « Nous irons jusqu'au "
    "bout », a-t-elle promis.",
)
# a company, one outlet dropping a letter of its name
COMPANY = (
    "La société Bertillonne va fermer son usine de Corvel. « Nous n'avons pas d'autre choix », "
    "a indiqué Bertillonne dans un communiqué.",
    "« Le site de Corvel n'est plus rentable », a expliqué la société Bertillonne mardi.",
    "« Nous n'avons pas d'autre choix », a indiqué la société Bertilonne jeudi.",
)


def thrice(words, cue, right, other):
    """Three articles giving one quote: two to ``right``, the third to ``other``."""
    return (f"« {words} », {cue} {right}.", f"« {words} », {cue} {right} lundi.",
            f"« {words} », {cue} {other}.")


def batch(nlp, texts, people=None):
    """The quotes of invented articles a1, a2, … read as one batch, by article id."""
    articles = [Article(f"a{n}", text) for n, text in enumerate(texts, 1)]
    named: dict[str, list[Named]] = {}
    records = list(Extractor(nlp=nlp).records(articles, named=named))
    if people is not None:
        records = apply_people([r for r in records if isinstance(r, Quote)], people)
    quotes, _ = group_batch(records, named=named)
    by_article: dict[str, list[Quote]] = {}
    for q in quotes:
        if isinstance(q, Quote):
            by_article.setdefault(q.article.id, []).append(q)
    return by_article


# texts, article, its quote, speaker, role, gender, the article whose spelling it takes (None:
# its own, no ``batch-spelling``)
ROWS = [
    # a letter doubled in a long first name: the two other articles' spelling
    pytest.param(MAYOR, "a3", 0, "Ousmanou Keïta", "maire de Vernac", "male", "a1", id="doubled"),
    # the quote a pronoun carries on from is that person's too
    pytest.param(MAYOR, "a3", 1, "Ousmanou Keïta", "maire de Vernac", "male", "a1",
                 id="pronoun-after"),
    pytest.param(MAYOR, "a1", 0, "Ousmanou Keïta", "maire de Vernac", "male", None,
                 id="right-spelling-kept"),
    # two letters swapped in a surname; the role the other articles give now reaches her
    pytest.param(CHAIR, "a3", 0, "Aminata Dioubaté", "présidente de l'association des riverains",
                 "female", "a1", id="swapped"),
    pytest.param(CHAIR, "a3", 1, "Aminata Dioubaté", "présidente de l'association des riverains",
                 "female", "a1", id="swapped-pronoun"),
    # a body's name, a letter dropped
    pytest.param(COMPANY, "a3", 0, "Bertillonne", None, None, "a1", id="company"),
    # one article each, each writing it once: the spelling whose first name the list knows
    pytest.param(("« La saison sera longue », a prévenu l'entraîneur Mamadou Kestrel.",
                  "« La saison sera longue », a prévenu l'entraîneur Mammadou Kestrel."),
                 "a2", 0, "Mamadou Kestrel", "entraîneur", "male", "a1", id="tie-known-name"),
    # one article writing it two ways: the way it writes it most
    pytest.param(("« Le pont rouvrira en mars », a déclaré Ousmanou Keïta, maire de Vernac. "
                  "« Les camions passeront ailleurs », a ajouté Ousmannou Keïta. « Nous tiendrons "
                  "les délais », a assuré Ousmanou Keïta.",),
                 "a1", 1, "Ousmanou Keïta", "maire de Vernac", None, "a1", id="one-article"),
    # the article shows neither role nor gender: the batch's, once the name is one
    pytest.param(thrice("Le texte sera voté", "a affirmé", "la sénatrice Yasmina Belkhodja",
                        "Yasmina Belkhojda"),
                 "a3", 0, "Yasmina Belkhodja", "sénatrice", "female", "a1", id="role-gender"),
    # near misses: each article's own name
    # a body's name of fewer than seven letters
    pytest.param(thrice("Les prix vont baisser", "a annoncé", "la société Vortal",
                        "la société Vortel"),
                 "a3", 0, "Vortel", None, None, None, id="short-body"),
    # one article each, no list knowing either spelling: a tie
    pytest.param(("« La saison sera longue », a prévenu l'entraîneur Gaëtan Ferraudin.",
                  "« La saison sera longue », a prévenu l'entraîneur Gaëtan Ferrauding."),
                 "a2", 0, "Gaëtan Ferrauding", "entraîneur", "male", None, id="tie"),
    # a short surname changed by a letter is another name
    pytest.param(thrice("Le budget est tenu", "a assuré", "le maire Paul Dupont",
                        "le maire Paul Dupond"),
                 "a3", 0, "Paul Dupond", "maire", "male", None, id="short-word"),
    # two given names the list knows: two women
    pytest.param(thrice("Le verger a gelé", "a déploré", "Martine Roussel, arboricultrice",
                        "Martina Roussel, arboricultrice"),
                 "a3", 0, "Martina Roussel", "arboricultrice", "female", None, id="two-given"),
    # two edits apart: two names
    pytest.param(thrice("Le quai est fermé", "a annoncé", "le capitaine Louis Castagnaud",
                        "le capitaine Louis Castagneau"),
                 "a3", 0, "Louis Castagneau", "capitaine", "male", None, id="two-edits"),
    # roles that share no role noun: two men
    pytest.param(thrice("Nous avons gagné", "a lancé", "le député Gérard Valentini",
                        "l'attaquant Gérard Valentino"),
                 "a3", 0, "Gérard Valentino", "attaquant", "male", None, id="other-role"),
    # genders the texts show and differ: two people
    pytest.param(thrice("Le vote aura lieu", "a affirmé", "la présidente Dominique Castellane",
                        "le président Dominique Castellanne"),
                 "a3", 0, "Dominique Castellanne", "président", "male", None,
                 id="other-gender"),
    # first names two letters apart, of either gender
    pytest.param(thrice("Je reste au club", "a affirmé", "la joueuse Jeanne Martinot",
                        "le joueur Jean Martinot"),
                 "a3", 0, "Jean Martinot", "joueur", "male", None, id="jean-jeanne"),
    pytest.param(thrice("Rien n'est joué", "a estimé", "Marine Lagardère, candidate",
                        "Marion Lagardère, candidate"),
                 "a3", 0, "Marion Lagardère", "candidate", "female", None, id="marine-marion"),
    # a short first name a letter shorter: both names the list knows
    pytest.param(thrice("La récolte est bonne", "a dit", "l'agriculteur Lamine Sarrouf",
                        "l'agriculteur Amine Sarrouf"),
                 "a3", 0, "Amine Sarrouf", "agriculteur", "male", None, id="lamine-amine"),
]


@pytest.mark.parametrize(("texts", "article", "n", "name", "role", "gender", "source"), ROWS)
def test_a_name_takes_the_spelling_the_batch_writes(nlp, texts, article, n, name, role, gender,
                                                    source):
    q = batch(nlp, texts)[article][n]
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (name, role, gender)
    spelled = [e for e in q.evidence if e.startswith("batch-spelling:")]
    assert spelled == ([f"batch-spelling:{source}"] if source else [])


def test_the_mention_keeps_what_the_article_wrote_and_the_quotes_group(nlp):
    quotes = batch(nlp, MAYOR)
    respelled, right = quotes["a3"][0], quotes["a1"][0]
    assert respelled.speaker.mention is not None
    assert respelled.speaker.mention.text.startswith("Ousmannou Keïta")
    assert respelled.group_id is not None and respelled.group_id == right.group_id
    assert respelled.speaker.linked == "Ousmanou Keïta"


def test_two_people_close_in_name_keep_their_groups_apart(nlp):
    quotes = batch(nlp, next(r.values[0] for r in ROWS if r.id == "other-role"))
    assert quotes["a3"][0].group_id is None or quotes["a3"][0].group_id != quotes["a1"][0].group_id


@pytest.mark.parametrize(("pinned", "a1", "a3"), [
    # the file's spelling is the one every article takes
    ("Ousmanou Keïta", "Ousmanou Keïta", "Ousmanou Keïta"),
    # a pinned name is never respelled, even against the batch's spelling
    ("Ousmannou Keïta", "Ousmannou Keïta", "Ousmannou Keïta"),
])
def test_a_name_a_people_file_pins_is_never_respelled(nlp, tmp_path, pinned, a1, a3):
    path = tmp_path / "people.csv"
    path.write_text(f"name,aliases,role,gender,id\n{pinned},,,male,P1\n", encoding="utf-8")
    quotes = batch(nlp, MAYOR, load_people(path))
    assert quotes["a1"][0].speaker.name == a1
    assert quotes["a3"][0].speaker.name == a3
    pins = [q for qs in quotes.values() for q in qs if "people-file" in q.evidence]
    assert pins and all(q.speaker.name == pinned for q in pins)
    assert not any(e.startswith("batch-spelling") for q in pins for e in q.evidence)


@pytest.mark.parametrize(("a", "b", "one"), [
    ("Ousmanou Keïta", "Ousmannou Keïta", True),  # a letter added
    ("Aminata Dioubaté", "Aminata Diuobaté", True),  # two letters swapped
    ("Bertillonne", "Bertilonne", True),  # a letter dropped, one word
    ("Yannick Belvédrine", "Yannick Belvedrime", True),  # a letter changed, accents aside
    ("Nadia Ferhouni", "Nadia Frehouni", True),  # a swap in a word of seven letters
    ("Abdelkrim Ould-Tarawali", "Abdelkrim Ould Tarawalli", True),  # a hyphen is a space
    ("Paul Dupont", "Paul Dupond", False),  # a change in a short word
    ("Rouvel", "Rouvle", False),  # a name of fewer than seven letters
    ("Ali Terk", "Ali Tekr", False),  # a swap in a word of fewer than five letters
    ("Louis Castagnaud", "Louis Castagneau", False),  # two edits
    ("Martine Roussel", "Martina Roussel", False),  # two given names
    ("Lamine Sarrouf", "Amine Sarrouf", False),  # two given names, short
    ("Paul Vernaux", "Pierre Vernaux", False),  # another first name
    ("Anne Morel Ferrand", "Anne Morel", False),  # a word more: another rule's
    ("Ligue Corvel 12", "Ligue Corvel 13", False),  # digits
    ("ministère de la Culture", "ministre de la Culture", False),  # lower case
    ("Jean-Marc Tessier", "Jean-Marc Teissier", True),  # a long word in a compound name
])
def test_two_names_are_one_spelled_two_ways(a, b, one):
    assert near(a, b) is one
    assert near(b, a) is one
