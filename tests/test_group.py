import jsonschema
import pytest

from quotes.group.grouping import group_records, link_speakers, normalize, score_pair
from quotes.io import records as export
from quotes.settings import Settings


def rec(qid, article, text, speaker="Jens Stoltenberg", kind="person", fragments=(), outlet=None):
    return {
        "record_type": "quote", "id": qid, "group_id": None, "type": "direct",
        "quote": {"text": text, "start": 0, "end": len(text), "truncated": False,
                  "fragments": [{"text": f, "start": 0, "end": len(f)} for f in fragments]},
        "speaker": {"name": speaker, "mention": None, "role": None, "kind": kind, "resolution": "explicit", "linked": None},
        "article": {"id": article, "outlet": outlet or article, "url": None, "date": None, "title": None, "source": None},
    }


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("« C’est décidé »", '"C\'est décidé"'),  # marks and apostrophes
        ("Je n’entends aucune objection ?", "je n'entends  aucune objection"),  # case, spacing, punctuation
        ("L’acteur est décédé (…) cette nuit", "L'acteur est décédé [...] cette nuit"),  # cut marks
        ("son cœur", "son coeur"),  # ligatures
        ("Élysée", "elysee"),  # accents
    ],
)
def test_normalize_sets_typography_aside(a, b):
    assert normalize(a) == normalize(b)


def test_normalize_keeps_words():
    assert normalize("Nous ne voulions pas") != normalize("Nous voulions")


def test_fragment_of_a_longer_quote_joins_its_group():
    long_ = "Nous ne voulions pas interrompre l’ovation lorsque nous sommes entrés dans la salle, mais nous sommes déconcertés"
    short = "Nous ne voulions pas interrompre l’ovation […] mais nous sommes déconcertés"
    grouped, groups = group_records([rec("q1", "a1", long_, "Anne Rasmussen"), rec("q2", "a2", short, "Anne Rasmussen")])
    assert len(groups) == 1
    assert grouped[0]["group_id"] == grouped[1]["group_id"] is not None


def test_short_common_words_are_no_fragment():
    m = score_pair([normalize("la paix")], [normalize("Que la paix soit avec vous tous")], Settings())
    assert m is None  # under four words, partial_ratio is not allowed to decide


def test_same_words_different_speakers_stay_apart():
    text = "Nous réaffirmons notre soutien indéfectible à l’Ukraine"
    _, groups = group_records([rec("q1", "a1", text, "Joe Biden"), rec("q2", "a2", text, "Rishi Sunak")])
    assert groups == []


def test_unnamed_speaker_may_join_a_named_one():
    text = "Nous réaffirmons notre soutien indéfectible à l’Ukraine"
    _, groups = group_records([rec("q1", "a1", text, "Joe Biden"), rec("q2", "a2", text, None, kind="unknown")])
    assert len(groups) == 1


def test_mixed_quote_groups_through_its_quoted_fragment():
    mixed = rec("q2", "a2", "il était “peu probable” qu’il ait été tiré depuis la Russie", "Joe Biden",
                fragments=["peu probable qu’il ait été tiré depuis la Russie"])
    direct = rec("q1", "a1", "il est peu probable qu’il ait été tiré depuis la Russie", "Joe Biden")
    _, groups = group_records([direct, mixed])
    assert len(groups) == 1


def test_different_quotes_of_one_story_stay_apart():
    a = rec("q1", "a1", "Les conditions n'étaient plus remplies", "Sébastien Lecornu")
    b = rec("q2", "a2", "Il faut toujours préférer son pays à son parti", "Sébastien Lecornu")
    assert group_records([a, b])[1] == []


def test_group_ids_are_stable_and_order_free():
    records = [rec("q1", "a1", "Je n’entends aucune objection ? C’est décidé", "Sultan al-Jaber"),
               rec("q2", "a2", "Je n'entends aucune objection ? C'est décidé", "Sultan al-Jaber"),
               rec("q3", "a3", "Tout autre chose, sans rapport aucun", "Sultan al-Jaber")]
    first, _ = group_records(records)
    again, _ = group_records(list(reversed(records)))
    ids = {r["id"]: r["group_id"] for r in first}
    assert ids == {r["id"]: r["group_id"] for r in again}
    assert ids["q1"] == ids["q2"] and ids["q3"] is None


def test_speakers_link_across_articles():
    linked = link_speakers(["Stoltenberg", "M. Stoltenberg", "Jens Stoltenberg", "Trump", "Donald Trump"])
    assert linked["Stoltenberg"] == linked["M. Stoltenberg"] == "Jens Stoltenberg"
    assert linked["Trump"] == "Donald Trump"


def test_same_surname_different_people_are_not_merged():
    linked = link_speakers(["Jean Dupont", "Marie Dupont", "Dupont"])
    assert linked["Jean Dupont"] == "Jean Dupont" and linked["Marie Dupont"] == "Marie Dupont"
    assert linked["Dupont"] == "Dupont"  # ambiguous: left as written, not guessed


def test_linking_keeps_the_article_name_and_adds_the_batch_one():
    grouped, _ = group_records([rec("q1", "a1", "Un texte", "Trump"), rec("q2", "a2", "Autre texte", "Donald Trump")])
    assert grouped[0]["speaker"]["name"] == "Trump"
    assert grouped[0]["speaker"]["linked"] == "Donald Trump"


def test_group_records_out_validates_and_names_fragments():
    long_ = "Après dix années incroyables, il est temps pour moi de tourner une page et de laisser place à la nouvelle génération"
    short = "il est temps pour moi de tourner une page et de laisser place à la nouvelle génération"
    records = [rec("q1", "a1", long_, "Antoine Griezmann", outlet="Dakarpress"),
               rec("q2", "a2", short, "Antoine Griezmann", outlet="Boursorama")]
    grouped, groups = group_records(records)
    (g,) = list(export.group_records_out(grouped, groups))
    jsonschema.Draft202012Validator(export.schema()).validate(g)
    assert g["representative_text"] == long_
    assert g["num_outlets"] == 2
    relations = {a["quote_id"]: a["relation"] for a in g["appearances"]}
    assert relations == {"q1": "same", "q2": "fragment"}
    assert g["schema_org_claim"]["author"] == {"@type": "Person", "name": "Antoine Griezmann"}
