import json
import os
from dataclasses import replace

import jsonschema
import pytest

from quotes.group.grouping import group_quotes, link_speakers
from quotes.group.similarity import normalize, relation, score_pair
from quotes.io import records as export
from quotes.model import ArticleRef, Cue, Quote, Span, Speaker
from quotes.settings import Settings


def rec(qid, article, text, speaker="Jens Stoltenberg", kind="person", fragments=(), outlet=None,
        resolution="explicit", confidence=0.93, start=0):
    """A quote that is the whole text of its article (from ``start``)."""
    span = Span(start, start + len(text), text)
    return Quote(
        id=qid, article=ArticleRef(article, outlet or article), type="direct", span=span,
        sentence=span, cue=None,
        speaker=Speaker(speaker, None, None, kind, resolution, confidence=confidence),
        fragments=tuple(Span(0, len(f), f) for f in fragments),
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("« C’est décidé »", '"C\'est décidé"'),  # marks and apostrophes
        # case, spacing, punctuation
        ("Je n’entends aucune objection ?", "je n'entends  aucune objection"),
        # cut marks
        ("L’acteur est décédé (…) cette nuit", "L'acteur est décédé [...] cette nuit"),
        ("son cœur", "son coeur"),  # ligatures
        ("Élysée", "elysee"),  # accents
    ],
)
def test_normalize_sets_typography_aside(a, b):
    assert normalize(a) == normalize(b)


def test_normalize_keeps_words():
    assert normalize("Nous ne voulions pas") != normalize("Nous voulions")


def test_fragment_of_a_longer_quote_joins_its_group():
    long_ = ("Nous ne voulions pas couper les applaudissements lorsque nous sommes arrivés dans "
             "l’hémicycle, mais nous sommes surpris")
    short = "Nous ne voulions pas couper les applaudissements […] mais nous sommes surpris"
    records = [rec("q1", "a1", long_, "Lina Tavaro"), rec("q2", "a2", short, "Lina Tavaro")]
    grouped, groups = group_quotes(records)
    assert len(groups) == 1
    assert grouped[0].group_id == grouped[1].group_id is not None


def test_short_common_words_are_no_fragment():
    longer = normalize("Que la joie soit avec vous tous")
    m = score_pair([normalize("la joie")], [longer], Settings())
    assert m is None  # under four words, partial_ratio is not allowed to decide


def test_same_words_different_speakers_stay_apart():
    text = "Nous réaffirmons notre soutien indéfectible à l’Ukraine"
    records = [rec("q1", "a1", text, "Joe Biden"), rec("q2", "a2", text, "Rishi Sunak")]
    _, groups = group_quotes(records)
    assert groups == []


def test_unnamed_speaker_may_join_a_named_one():
    text = "Nous réaffirmons notre soutien indéfectible à l’Ukraine"
    records = [rec("q1", "a1", text, "Joe Biden"), rec("q2", "a2", text, None, kind="unknown")]
    _, groups = group_quotes(records)
    assert len(groups) == 1


def test_mixed_quote_groups_through_its_quoted_fragment():
    mixed = rec("q2", "a2", "il était “peu probable” qu’il ait été tiré depuis la Russie",
                "Joe Biden",
                fragments=["peu probable qu’il ait été tiré depuis la Russie"])
    direct = rec("q1", "a1", "il est peu probable qu’il ait été tiré depuis la Russie",
                 "Joe Biden")
    _, groups = group_quotes([direct, mixed])
    assert len(groups) == 1


def test_different_quotes_of_one_story_stay_apart():
    a = rec("q1", "a1", "Les garanties n'étaient plus réunies", "Sébastien Lemarchand")
    b = rec("q2", "a2", "Il faut toujours placer sa ville avant son camp", "Sébastien Lemarchand")
    assert group_quotes([a, b])[1] == []


def test_group_ids_are_stable_and_order_free():
    records = [rec("q1", "a1", "Je n’entends aucune objection ? C’est décidé",
                   "Samir al-Nasser"),
               rec("q2", "a2", "Je n'entends aucune objection ? C'est décidé", "Samir al-Nasser"),
               rec("q3", "a3", "Tout autre chose, sans rapport aucun", "Samir al-Nasser")]
    first, _ = group_quotes(records)
    again, _ = group_quotes(list(reversed(records)))
    ids = {q.id: q.group_id for q in first}
    assert ids == {q.id: q.group_id for q in again}
    assert ids["q1"] == ids["q2"] and ids["q3"] is None


def test_speakers_link_across_articles():
    linked = link_speakers(
        ["Stoltenberg", "M. Stoltenberg", "Jens Stoltenberg", "Dorval", "Donald Dorval"]
    )
    assert linked["Stoltenberg"] == linked["M. Stoltenberg"] == "Jens Stoltenberg"
    assert linked["Dorval"] == "Donald Dorval"


def test_linked_name_is_the_same_in_every_run():
    import subprocess
    import sys

    code = ("from quotes.group.grouping import link_speakers; "
            "print(link_speakers(['Prévert', 'Roland Francis Prevert', "
            "'Roland Francis Prévert'])['Prévert'])")
    names = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
        for seed in range(6)
    }
    assert names == {"Roland Francis Prévert"}


def test_same_surname_different_people_are_not_merged():
    linked = link_speakers(["Jean Dupont", "Marie Dupont", "Dupont"])
    assert linked["Jean Dupont"] == "Jean Dupont" and linked["Marie Dupont"] == "Marie Dupont"
    assert linked["Dupont"] == "Dupont"  # ambiguous: left as written, not guessed


def test_linking_keeps_the_article_name_and_adds_the_batch_one():
    records = [rec("q1", "a1", "Un texte", "Dorval"),
               rec("q2", "a2", "Autre texte", "Donald Dorval")]
    grouped, _ = group_quotes(records)
    assert grouped[0].speaker.name == "Dorval"
    assert grouped[0].speaker.linked == "Donald Dorval"


def test_group_records_validate_and_name_fragments():
    short = ("il est temps pour moi de passer un cap et de céder la place aux plus "
             "jeunes")
    long_ = "Après douze saisons magnifiques, " + short
    records = [rec("q1", "a1", long_, "Antoine Lebrun", outlet="Dakarpress"),
               rec("q2", "a2", short, "Antoine Lebrun", outlet="Boursorama")]
    _, (group,) = group_quotes(records)
    g = export.to_dict(group)
    jsonschema.Draft202012Validator(export.schema()).validate(g)
    assert g["representative_text"] == group.representative_text == long_
    assert g["num_outlets"] == group.num_outlets == 2
    relations = {a.quote_id: a.relation for a in group.appearances}
    assert relations == {"q1": "same", "q2": "fragment"}
    assert g["schema_org_claim"]["author"] == {"@type": "Person", "name": "Antoine Lebrun"}
    assert export.from_dict(g) == group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est temps pour moi de passer un cap", "same"),
        ("Il est temps pour moi de passer le cap", "variant"),
        ("temps pour moi", "fragment"),
    ],
)
def test_one_rule_names_the_relation_of_a_wording(text, expected):
    longest = normalize("Il est temps pour moi de passer un cap")
    assert relation(normalize(text), longest)[0] == expected


LONG = "Nous ne reculerons pas devant les menaces et nous continuerons à soutenir l’Ukraine"
SHORT = "Nous soutenons l’Ukraine"


@pytest.mark.parametrize(
    ("case", "quotes", "groups", "speakers", "evidence"),
    [
        ("misattributed in one outlet: grouped and repaired",
         [rec("q1", "a1", LONG, "Jens Stoltenberg"), rec("q2", "a2", LONG, "Jens Stoltenberg"),
          rec("q3", "a3", LONG + ".", "Sergueï Lavrov", resolution="pronoun", confidence=0.87)],
         1, ["Jens Stoltenberg"] * 3, [(), (), ("group-consensus",)]),
        ("a description taken for a name in one outlet: grouped, its words kept",
         [rec("q1", "a1", LONG, "Jens Stoltenberg"), rec("q2", "a2", LONG, "Jens Stoltenberg"),
          rec("q3", "a3", LONG, "chef de l’alliance", confidence=0.97)],
         1, ["Jens Stoltenberg"] * 2 + ["chef de l’alliance"], [(), (), ()]),
        ("two people, one short sentence: apart",
         [rec("q1", "a1", SHORT, "Joe Biden"),
          rec("q2", "a2", SHORT, "Rishi Sunak", resolution="pronoun", confidence=0.5)],
         0, ["Joe Biden", "Rishi Sunak"], [(), ()]),
        ("two confidently named people, identical long wording: apart",
         [rec("q1", "a1", LONG, "Joe Biden"), rec("q2", "a2", LONG, "Rishi Sunak")],
         0, ["Joe Biden", "Rishi Sunak"], [(), ()]),
        ("a repeat inside one article: marked, one outlet",
         [rec("q1", "a1", LONG, "Jens Stoltenberg"),
          rec("q2", "a1", LONG, None, kind="unknown", resolution="unresolved", confidence=0.2,
              start=200),
          rec("q3", "a2", LONG, "Jens Stoltenberg")],
         1, ["Jens Stoltenberg"] * 3, [(), ("repeat-in-article", "group-consensus"), ()]),
    ],
)
def test_text_first_grouping_with_speaker_votes(case, quotes, groups, speakers, evidence):
    grouped, found = group_quotes(quotes)
    assert len(found) == groups, case
    assert [q.speaker.name for q in grouped] == speakers, case
    assert [q.evidence for q in grouped] == evidence, case
    if found:
        assert found[0].speaker == "Jens Stoltenberg"
        assert found[0].num_outlets == len({q.article.outlet for q in quotes})


def test_consensus_keeps_the_mention_and_says_how_sure():
    mention = Span(0, 2, "il")
    weak = rec("q3", "a3", LONG, "Sergueï Lavrov", resolution="pronoun", confidence=0.87)
    weak = replace(weak, speaker=replace(weak.speaker, mention=mention))
    quotes = [rec("q1", "a1", LONG), rec("q2", "a2", LONG, confidence=0.95), weak]
    grouped, _ = group_quotes(quotes)
    repaired = grouped[2].speaker
    assert repaired.mention == mention and repaired.resolution == "pronoun"
    assert repaired.confidence == round((0.93 + 0.95) / (0.93 + 0.95 + 0.87), 2)


def test_no_consensus_leaves_speakers_as_extracted():
    quotes = [rec("q1", "a1", LONG), rec("q2", "a2", LONG),
              rec("q3", "a3", LONG, "Sergueï Lavrov", resolution="pronoun", confidence=0.87)]
    grouped, groups = group_quotes(quotes, options=Settings(consensus=False))
    assert len(groups) == 1  # grouped all the same, by the text
    assert [q.speaker.name for q in grouped] == ["Jens Stoltenberg"] * 2 + ["Sergueï Lavrov"]
    assert not any("group-consensus" in q.evidence for q in grouped)


def test_no_consensus_flag_reaches_the_settings(tmp_path):
    from typer.testing import CliRunner

    from quotes.cli import app

    quotes = [rec("q1", "a1", LONG), rec("q2", "a2", LONG),
              rec("q3", "a3", LONG, "Sergueï Lavrov", resolution="pronoun", confidence=0.87)]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(export.dumps(q) for q in quotes), encoding="utf-8")
    for flag, names in (([], {"Jens Stoltenberg"}),
                        (["--no-consensus"], {"Jens Stoltenberg", "Sergueï Lavrov"})):
        out = tmp_path / "out.jsonl"
        result = CliRunner().invoke(app, ["group", str(src), "-o", str(out), *flag])
        assert result.exit_code == 0, result.output
        back = [export.from_dict(json.loads(line)) for line in out.read_text().splitlines()]
        assert {q.speaker.name for q in back} == names


def test_an_indirect_rendering_joins_as_a_paraphrase():
    from quotes.settings import Settings

    direct = rec("q-00000000000000d1", "a1", "Il faudra désormais qu’un autre dirigeant mène "
                 "les négociations avec Bruxelles sur notre départ", speaker="Paul Roy")
    reported = replace(rec("q-00000000000000d2", "a2", "un autre dirigeant devra mener les "
                           "négociations de départ avec Bruxelles", speaker="Paul Roy"),
                       type="indirect")
    other = replace(rec("q-00000000000000d3", "a3", "il restera ministre jusqu'en 2030 au moins",
                        speaker="Paul Roy"), type="indirect")
    quotes, groups = group_quotes([direct, reported, other])
    assert quotes[0].group_id == quotes[1].group_id is not None and quotes[2].group_id is None
    (g,) = groups
    assert {a.quote_id: a.relation for a in g.appearances}["q-00000000000000d2"] == "paraphrase"
    off, _ = group_quotes([direct, reported], options=Settings(paraphrase=False))
    assert off[0].group_id is None  # paraphrase off: wording matches only


def test_a_paraphrase_must_keep_the_numbers():
    direct = rec("q-00000000000000e1", "a1", "Nous allons fermer douze écoles de la ville en "
                 "septembre prochain, faute d’élèves", speaker="Anne Roy")
    said = "la mairie fermera {} écoles de la ville en septembre"
    for number, grouped in (("40", False), ("douze", True)):
        reported = replace(rec("q-00000000000000e2", "a2", said.format(number),
                               speaker="Anne Roy"), type="indirect")
        quotes, _ = group_quotes([direct, reported])
        assert (quotes[1].group_id is not None) == grouped, number


def test_the_figures_of_a_statement_count_as_its_words():
    """An institute's figures told again in other words (« 5,2 % » and « 5.2% » alike) join
    as a paraphrase; two statements of one speaker that give the same two figures of other
    things share no words besides them and stay apart."""
    said = rec("q1", "a1", "Les prix ont progressé de 4,8 % sur un an en juin, après 5,2 % en "
               "mai", speaker="Insee", kind="organization")
    told = replace(rec("q2", "a2", "elle était de 5.2% en mai et elle est désormais estimée à "
                       "4,8 %", speaker="INSEE", kind="organization"), type="indirect")
    quotes, groups = group_quotes([said, told])
    assert quotes[0].group_id == quotes[1].group_id is not None
    assert {a.quote_id: a.relation for a in groups[0].appearances}["q2"] == "paraphrase"
    jobs = rec("q3", "a3", "Le chômage a reculé à 7,1 % après 7,5 % au printemps",
               speaker="Insee", kind="organization")
    pay = replace(rec("q4", "a4", "les salaires ont progressé de 7,1 %, contre 7,5 % l'an "
                      "dernier", speaker="Insee", kind="organization"), type="indirect")
    quotes, _ = group_quotes([jobs, pay])
    assert quotes[0].group_id is None and quotes[1].group_id is None


@pytest.mark.parametrize(("rendering", "said", "together"), [
    # an indirect rendering of two content words that a quote in marks says all of
    (("indirect", "il interjette appel", "Paul Roy"),
     ("direct", "Je pense que la peine est injuste. Nous allons interjeter appel.", "Paul Roy"),
     True),
    (("mixed", "elle « démissionnera » du conseil", "Anne Roy"),
     ("direct", "Je démissionnerai du conseil, c’est décidé", "Anne Roy"), True),
    # two quotes in marks: the one of two words is no rendering of the other
    (("direct", "Un appel interjeté ?", "Paul Roy"),
     ("direct", "Nous allons interjeter appel.", "Paul Roy"), False),
    # a word of the rendering the other does not say
    (("indirect", "il interjette appel jeudi", "Paul Roy"),
     ("direct", "Nous allons interjeter appel.", "Paul Roy"), False),
    # another speaker's words
    (("indirect", "il interjette appel", "Marc Roy"),
     ("direct", "Nous allons interjeter appel.", "Paul Roy"), False),
    # the two words far apart in the other quote
    (("indirect", "il interjette appel", "Paul Roy"),
     ("direct", "L’appel de mes amis à la raison ne m’a pas convaincu, et je refuse de parler "
      "de cette affaire avant la fin de la semaine prochaine, quand nous déciderons "
      "d’interjeter ou non", "Paul Roy"), False),
])
def test_a_short_reported_quote_renders_a_quote_in_marks(rendering, said, together):
    quotes = [replace(rec(f"q{n}", f"a{n}", text, speaker=who), type=kind)
              for n, (kind, text, who) in enumerate((rendering, said))]
    grouped, groups = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together
    if together:
        assert {a.quote_id: a.relation for a in groups[0].appearances}["q0"] == "paraphrase"


@pytest.mark.parametrize(("said", "rendering", "together"), [
    # a rendering that says the other end of the scale: two statements (paraphrase)
    (("direct", "Le trafic des trains régionaux a nettement reculé depuis la grève de janvier",
      "Claire Vidal"), ("indirect", "le trafic régional progresse depuis la grève",
                        "Claire Vidal"), False),
    (("direct", "La croissance économique ralentit fortement dans toute la zone euro",
      "Hugo Marchand"), ("indirect", "l'économie de la zone euro accélère fortement",
                         "Hugo Marchand"), False),
    # ... or one word apart in a wording that would otherwise be a variant
    (("direct", "Les prix de l'énergie sont en forte hausse", "Lina Haddad"),
     ("indirect", "les prix de l'énergie étaient en baisse", "Lina Haddad"), False),
    (("direct", "Les ventes de voitures électriques ont fortement augmenté cette année en "
      "Bretagne", "Yann Le Goff"),
     ("direct", "Les ventes de voitures électriques ont fortement diminué cette année en "
      "Bretagne", "Yann Le Goff"), False),
    # the same end in other words still joins
    (("direct", "Le trafic des trains régionaux a nettement reculé depuis la grève de janvier",
      "Claire Vidal"), ("indirect", "le trafic régional a diminué depuis la grève",
                        "Claire Vidal"), True),
    (("direct", "Les ventes de voitures électriques ont fortement augmenté cette année en "
      "Bretagne", "Yann Le Goff"),
     ("indirect", "les ventes de voitures électriques sont en hausse en Bretagne",
      "Yann Le Goff"), True),
    # a quote that says both ends opposes neither, whichever side it is on
    (("direct", "Les chiffres montrent une baisse du chômage mais une hausse de la précarité "
      "chez les jeunes", "Sophie Lenoir"),
     ("indirect", "le chômage des jeunes est en baisse", "Sophie Lenoir"), True),
    (("direct", "Le chômage des jeunes est en baisse dans toute la région", "Sophie Lenoir"),
     ("indirect", "le chômage baisse mais la précarité augmente chez les jeunes de la région",
      "Sophie Lenoir"), True),
    # two statements of one speaker on one topic, no end of a scale in either
    (("direct", "Nous allons ouvrir deux nouvelles lignes de tramway", "Marc Dubois"),
     ("indirect", "le tramway restera gratuit le dimanche", "Marc Dubois"), False),
])
def test_opposite_ends_of_a_scale_are_two_statements(said, rendering, together):
    quotes = [replace(rec(f"q{n}", f"a{n}", text, speaker=who), type=kind)
              for n, (kind, text, who) in enumerate((said, rendering))]
    grouped, _ = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together


@pytest.mark.parametrize(("rendering", "other", "opposes"), [
    ({(0, 1)}, {(0, 0)}, True),  # a fall for a rise
    ({(0, 1)}, {(0, 0), (0, 1)}, False),  # the other says both
    ({(0, 0), (0, 1)}, {(0, 0)}, False),  # the rendering says both
    ({(1, 0)}, {(0, 1)}, False),  # two scales: a speeding up and a fall
    (set(), {(0, 0)}, False),
])
def test_which_ends_of_a_scale_oppose(rendering, other, opposes):
    from quotes.group.similarity import opposed, scale_ends

    assert opposed(frozenset(rendering), frozenset(other)) == opposes
    assert scale_ends(normalize("Les prix ont reculé, puis la hausse a ralenti")) == {
        (0, 0), (0, 1), (1, 1)}


@pytest.mark.xfail(strict=True, reason="no synonym signal: the md model's word vectors put "
                   "antonyms and sister words (hausse/baisse 0.93, octobre/novembre 0.99) above "
                   "synonyms (hausse/augmentation 0.71, refuser/rejeter 0.74)")
@pytest.mark.parametrize(("said", "rendering"), [
    ("Je rejette fermement cette augmentation des péages", "il refuse la hausse des péages"),
    ("Nous refusons toute hausse des loyers sociaux", "elle rejette l’augmentation des loyers"),
])
def test_a_rendering_in_synonyms_joins(said, rendering):
    quotes = [rec("q0", "a0", said, speaker="Inès Moreau"),
              replace(rec("q1", "a1", rendering, speaker="Inès Moreau"), type="indirect")]
    grouped, _ = group_quotes(quotes)
    assert grouped[0].group_id == grouped[1].group_id is not None


def test_numbers_are_read_whole():
    from quotes.group.content import numbers_in

    assert numbers_in(normalize("à 5,1 % sur un an, 12 000 emplois, 3 fois en 2020")) == {
        "#5.1", "#12.000", "#2020"}  # one digit alone is no figure to place


def test_a_quote_in_five_thousand_articles_is_one_group():
    """Every trigram of a quote carried everywhere is common: it still meets its family
    through the longest wordings, and unrelated quotes of the same story stay apart."""
    full = ("La France ne reconnaîtra jamais l’annexion de ces territoires, quelles que soient "
            "les pressions exercées sur notre diplomatie")
    fragment = "La France ne reconnaîtra jamais l’annexion de ces territoires"
    variant = full.replace("jamais", "pas")
    other = "Nous allons renforcer notre soutien militaire et humanitaire dès la semaine prochaine"
    records = []
    for n in range(5000):
        text = (full, fragment, variant, full.lower())[n % 4]
        speaker = "Emmanuel Marceau" if n % 7 else None  # some outlets leave the pronoun
        records.append(rec(f"q{n}", f"a{n}", text, speaker))
    records += [rec(f"o{n}", f"b{n}", other, "Emmanuel Marceau") for n in range(300)]
    grouped, groups = group_quotes(records)
    assert sorted(g.num_mentions for g in groups) == [300, 5000]
    assert len({q.group_id for q in grouped[:5000]}) == 1
    assert len({q.group_id for q in grouped[5000:]}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two or three words: no trigram in common, one wording
        ("Une « issue » logique", "« Issue » logique"),
        # two outlets cut one statement differently: the passages overlap by a long run
        ("Nous avons tout essayé jusqu’au bout. C’est avec un immense regret que je dois "
         "vous annoncer la fermeture du site, après quarante ans d’activité dans la vallée.",
         "C'est avec un immense regret que je dois annoncer la fermeture du site. Les "
         "salariés seront reçus un par un dès lundi matin par la direction et les syndicats."),
    ],
)
def test_short_and_overlapping_wordings_group(a, b):
    records = [rec("q1", "a1", a, "Anne Lindqvist"), rec("q2", "a2", b, "Anne Lindqvist")]
    grouped, groups = group_quotes(records)
    assert len(groups) == 1 and grouped[0].group_id == grouped[1].group_id


def test_two_statements_sharing_a_few_words_stay_apart():
    a = "Nous avons tout essayé pour sauver le site et ses emplois jusqu’au dernier jour"
    b = "Nous avons tout essayé, mais la direction a refusé chacune de nos propositions"
    records = [rec("q1", "a1", a, "Anne Lindqvist"), rec("q2", "a2", b, "Anne Lindqvist")]
    assert group_quotes(records)[1] == []


@pytest.mark.parametrize(("a", "b", "together"), [
    # must join: two passages of one statement cut differently, overlapping inside a sentence
    ("Le conseil a voté ce soir la rénovation complète de la piscine municipale du quartier "
     "nord. Les plans seront affichés en mairie", "La rénovation complète de la piscine "
     "municipale du quartier nord sera lancée bientôt, avec un bassin plus grand", True),
    ("Merci à tous, et d’abord aux agents de la voirie. Les bénévoles ont nettoyé les berges "
     "du canal pendant tout le week-end, sous une pluie battante",
     "Les bénévoles ont nettoyé les berges du canal pendant tout le week-end. Nous leur devons "
     "beaucoup, et la ville saura s’en souvenir au moment du budget", True),
    # must not join: the words shared run over a sentence's end in one, not in the other
    ("J’ai commis une faute en tant que président du conseil régional. Je ne me défile pas",
     "En tant que président du conseil régional, je ne signerai pas ce budget amputé", False),
    ("Nous avons voté contre au nom de toute la majorité. Je ne regrette rien",
     "Au nom de toute la majorité, je ne peux pas accepter ce tracé de rocade", False),
])
def test_a_shared_run_stays_inside_a_sentence(a, b, together):
    records = [rec("q1", "a1", a, "Anne Lindqvist"), rec("q2", "a2", b, None)]
    grouped, _ = group_quotes(records, options=Settings(paraphrase=False))
    assert (grouped[0].group_id == grouped[1].group_id is not None) is together
    a_, b_ = normalize(a), normalize(b)  # the wordings alone: only the run joins them
    assert score_pair([a_], [b_], Settings(text_first_words=99)) is None


def test_a_long_passage_holding_two_quotes_an_article_gives_apart_joins_them():
    first = ("Ses enfants ont la grande peine d’annoncer le départ de leur père, qui s’est "
             "éteint sereinement dans sa maison entouré des siens")
    second = ("Sa famille vous demande de bien vouloir préserver sa tranquillité dans ce moment "
              "de deuil particulièrement pénible pour chacun de ses proches")
    records = [
        rec("q1", "a1", first, "la famille"), rec("q2", "a1", second, "la famille", start=200),
        # the end of one and the start of the other: it overlaps both, holds neither
        rec("q3", "a2", "Dans un communiqué, ils écrivent : le départ de leur père, qui s’est "
            "éteint sereinement dans sa maison. Sa famille vous demande de bien vouloir préserver "
            "sa tranquillité, précise le texte transmis à la presse", "la famille"),
        rec("q4", "a3", second, "la famille"),
    ]
    grouped, _ = group_quotes(records)
    ids = {q.id: q.group_id for q in grouped}
    # article a1 gives them as two quotes, a2 gives the end of one and the start of the other,
    # in that order, in one quote: one statement, cut at two points (``passages.spanned``)
    assert ids["q1"] == ids["q2"] == ids["q3"] == ids["q4"] is not None
    assert {q.speaker.name for q in grouped} == {"la famille"}
    # without the quote that holds both, the two quotes a1 gives apart stay apart
    grouped, _ = group_quotes([records[0], records[1], records[3]])
    ids = {q.id: q.group_id for q in grouped}
    assert ids["q1"] != ids["q2"] == ids["q4"] is not None


def _mixed(q, fragments):
    return replace(q, type="mixed", fragments=tuple(Span(0, len(f), f) for f in fragments))


_UNKNOWN = {"kind": "unknown", "resolution": "unresolved", "confidence": 0.3}
_ORG = {"kind": "organization", "confidence": 0.85}
SCHOOLS = "Les écoles resteront fermées jusqu’à nouvel ordre dans les communes touchées"
HOUNDING = "Cet acharnement judiciaire contre mes proches doit cesser"


@pytest.mark.parametrize(
    ("case", "quotes", "together"),
    [
        ("one source written in two cases: one speaker",
         [rec("q1", "a1", "Les discussions reprendront la semaine prochaine à Genève",
              "un diplomate de l’ONU", kind="anonymous", confidence=0.85),
          rec("q2", "a2", "Les discussions reprendront la semaine prochaine, à Genève",
              "Un diplomate de l'Onu", kind="anonymous", confidence=0.85)], True),
        ("two organisations named apart, one long wording: one utterance",
         [rec("q1", "a1", SCHOOLS, "la préfecture", **_ORG),
          rec("q2", "a2", SCHOOLS.replace("’", "'"), "les services de l’État", **_ORG)], True),
        ("a person and an organisation, one short wording: apart",
         [rec("q1", "a1", "Les écoles resteront fermées demain", "Anne Morel"),
          rec("q2", "a2", "Les écoles resteront fermées demain", "la préfecture", **_ORG)],
         False),
        ("two weak attributions naming two people: the text decides, as with no name",
         [rec("q1", "a1", "Que la fête commence enfin !", "Jean Martin",
              resolution="continuation", confidence=0.72),
          rec("q2", "a2", "Que la fête commence !", "Paul Durand", resolution="description",
              confidence=0.79)], True),
        ("one word in marks is no wording",
         [_mixed(rec("q1", "a1", "jugé « inacceptable »", None, **_UNKNOWN), ["inacceptable"]),
          _mixed(rec("q2", "a2", "un « inacceptable » chantage", None, **_UNKNOWN),
                 ["inacceptable"])], False),
        ("two words of one speaker, said word for word in another article: a fragment",
         [_mixed(rec("q1", "a1", "un « acharnement judiciaire »", "Claire Dubois",
                     resolution="pronoun", confidence=0.9), ["acharnement judiciaire"]),
          rec("q2", "a2", HOUNDING, "Claire Dubois")], True),
        ("the same two words from someone else: apart",
         [_mixed(rec("q1", "a1", "un « acharnement judiciaire »", "Marc Petit"),
                 ["acharnement judiciaire"]),
          rec("q2", "a2", HOUNDING, "Claire Dubois")], False),
        ("two words in the marks of a longer quote are not a quote of their own",
         [_mixed(rec("q1", "a1", "elle dénonce un « acharnement judiciaire » qui viserait toute "
                     "son équipe municipale", "Claire Dubois"), ["acharnement judiciaire"]),
          rec("q2", "a2", HOUNDING, "Claire Dubois")], False),
        ("a description taken for a name is no name: one long wording joins the named ones",
         [rec("q1", "a1", SCHOOLS, "avocats de la maire", confidence=0.97),
          rec("q2", "a2", SCHOOLS, "Paul Roy et Léa Martin", confidence=0.97)], True),
        ("a described speaker and a continuation: the text decides, as with no name",
         [rec("q1", "a1", "Soyons clairs : personne ne nous fera reculer. On avance", "élu vert",
              kind="unknown", confidence=0.8),
          rec("q2", "a2", "Personne ne nous fera reculer", "Marc Petit",
              resolution="continuation", confidence=0.96)], True),
        ("a described speaker and a named person, one short sentence: apart",
         [rec("q1", "a1", "Les écoles resteront fermées demain", "porte-parole du parti",
              confidence=0.97),
          rec("q2", "a2", "Les écoles resteront fermées demain", "Anne Morel")], False),
        ("an anonymous source keeps its vote: one short sentence with a named person, apart",
         [rec("q1", "a1", "Personne ne nous fera reculer", "un conseiller du maire",
              kind="anonymous", confidence=0.94),
          rec("q2", "a2", "Personne ne nous fera reculer", "Marc Petit",
              resolution="continuation", confidence=0.96)], False),
        ("a person and an organisation, the same long words in marks: one utterance",
         [_mixed(rec("q1", "a1", f"elle assure que « {SCHOOLS} »", "Anne Morel"), [SCHOOLS]),
          _mixed(rec("q2", "a2", f"selon elle, « {SCHOOLS} »", "la préfecture", **_ORG),
                 [SCHOOLS])], True),
        ("a person and an organisation reported in the outlets' words: apart",
         [replace(rec("q1", "a1", "le maire de la ville, Paul Roy, a été placé en garde à vue "
                      "pour des soupçons de fraude", "Anne Morel"), type="indirect"),
          replace(rec("q2", "a2", "le maire de la ville, Paul Roy, a été placé en garde à vue "
                      "mardi soir à Lyon", "la préfecture", **_ORG), type="indirect")], False),
        ("the same with marks around one word only: the marks say too little, apart",
         [_mixed(rec("q1", "a1", "le maire de la ville, Paul Roy, a été placé en garde à vue "
                     "pour une « fraude » présumée", "Anne Morel"), ["fraude"]),
          replace(rec("q2", "a2", "le maire de la ville, Paul Roy, a été placé en garde à vue "
                      "mardi soir à Lyon", "la préfecture", **_ORG), type="indirect")], False),
        ("a short variant that shares a single trigram",
         [rec("q1", "a1", "elle va porter plainte contre la société", "Claire Dubois"),
          rec("q2", "a2", "elle a décidé de porter plainte contre cette société",
              "Claire Dubois")], True),
    ],
)
def test_who_may_join_and_what_is_a_wording(case, quotes, together):
    grouped, _ = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together, case


def test_two_renderings_of_one_statement_are_a_paraphrase():
    """Two translations of one answer share few runs of words but their rare content words;
    another statement of the same speaker on the same story stays apart."""
    first = rec("q1", "a1", "Le club a besoin d’un nouvel entraîneur et d’une autre méthode de "
                "travail après trois saisons", "Luis Garcia")
    second = rec("q2", "a2", "Après trois saisons, l’équipe a besoin d’un autre entraîneur, "
                 "d’une nouvelle méthode", "Luis Garcia")
    other = rec("q3", "a3", "Le club mérite un entraîneur qui gagne des titres", "Luis Garcia")
    grouped, (group,) = group_quotes([first, second, other])
    assert grouped[0].group_id == grouped[1].group_id is not None
    assert grouped[2].group_id is None
    assert {a.quote_id: a.relation for a in group.appearances} == {"q1": "same",
                                                                   "q2": "paraphrase"}
    apart, _ = group_quotes([first, replace(second, speaker=replace(second.speaker,
                                                                    name="Ana Lopez"))])
    assert apart[0].group_id is None  # another speaker's words are no paraphrase


def test_words_the_whole_story_says_weigh_little():
    from quotes.group.paraphrase import paraphrase_score

    rendering, said = {"club", "saison", "entrai"}, {"club", "saison", "stade", "public"}
    assert paraphrase_score(rendering, said, dict.fromkeys(rendering | said, 1.0)) == 2 / 3
    rare = {"club": 0.1, "saison": 0.1, "entrai": 2.0, "stade": 2.0, "public": 2.0}
    assert paraphrase_score(rendering, said, rare) == pytest.approx(0.2 / 2.2)


def test_no_paraphrase_flag_reaches_the_settings(tmp_path):
    from typer.testing import CliRunner

    from quotes.cli import app

    quotes = [rec("q1", "a1", "Le club a besoin d’un nouvel entraîneur et d’une autre méthode "
                  "de travail après trois saisons", "Luis Garcia"),
              rec("q2", "a2", "Après trois saisons, l’équipe a besoin d’un autre entraîneur, "
                  "d’une nouvelle méthode", "Luis Garcia")]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(export.dumps(q) for q in quotes), encoding="utf-8")
    for flag, grouped in (([], True), (["--no-paraphrase"], False)):
        out = tmp_path / "out.jsonl"
        result = CliRunner().invoke(app, ["group", str(src), "-o", str(out), *flag])
        assert result.exit_code == 0, result.output
        ids = [json.loads(line)["group_id"] for line in out.read_text().splitlines()]
        assert (ids[0] == ids[1] is not None) == grouped, flag


def test_paraphrase_index_finds_what_every_pair_would():
    """The rarest-words probes lose nothing: the same pairs as scoring every pair of quotes
    of one speaker in two articles."""
    import math
    import random
    import re
    from collections import Counter

    from quotes.group.content import numbers_in
    from quotes.group.paraphrase import paraphrase_pairs, paraphrase_score, said_together
    from quotes.group.similarity import content_stems

    rng = random.Random(3)
    # with stop words that start like content words: « premier » stands for « premiers »
    vocab = [f"mot{i:02d}" for i in range(40)] + ["2024", "le", "de", "premier", "premiers",
                                                  "personne", "personnel", "ouvert", "ouverture",
                                                  *["jeudi", "soir"] * 5]
    when = {"jeudi", "soir"}  # a word of when one side says alone is left out of its score
    texts = [" ".join(rng.choice(vocab) for _ in range(rng.randint(2, 9))) for _ in range(300)]
    names = [rng.choice(["anne", "paul", "lea", None]) for _ in texts]
    articles = [f"a{rng.randrange(60)}" for _ in texts]
    options = Settings(paraphrase_threshold=0.6, max_shingle_share=10**6)
    found = paraphrase_pairs(texts, names, articles, list(range(len(texts))), options)
    stems = [content_stems(t) | numbers_in(t) for t in texts]  # figures are words too
    df = Counter(w for s in stems for w in s)
    weight = {w: math.log1p(len(texts) / c) for w, c in df.items()}
    expected = set()
    for a in range(len(texts)):
        for b in range(len(texts)):
            if (a != b and names[a] is not None and names[a] == names[b]
                    and articles[a] != articles[b] and len(stems[b]) >= len(stems[a])
                    and len(stems[a] & stems[b]) >= options.paraphrase_min_words
                    and paraphrase_score(stems[a] - (when - stems[b]), stems[b],
                                         weight) >= 0.6 - 1e-9
                    and set(re.findall(r"\d+", texts[a])) <= set(re.findall(r"\d+", texts[b]))
                    # the figures lie anywhere: the words, not they, lie together
                    and (words := stems[a] & stems[b] - numbers_in(texts[a]))
                    and said_together(words, [w[:6] for w in texts[b].split()],
                                      2 * len(texts[a].split()))):
                expected.add((a, b))
    assert expected  # the texts do hold paraphrases
    assert {(a, b) for a, b, _ in found} == expected


def test_one_statement_run_over_two_paragraphs_is_not_given_apart():
    """Two quotes an article gives one after the other, with only a paragraph break between
    them, are one passage: another outlet's quote spanning both joins them."""
    first = ("Nous avons pris cette décision après des semaines de discussions avec les "
             "salariés et leurs représentants")
    second = ("Le site restera ouvert jusqu’à la fin de l’année et chacun se verra proposer "
              "un poste dans la région")
    spanning = ("après des semaines de discussions avec les salariés et leurs représentants. "
                "Le site restera ouvert jusqu’à la fin de l’année, a-t-elle dit")
    records = [rec("q1", "a1", first, "Anne Morel"),
               rec("q2", "a1", second, "Anne Morel", start=len(first) + 2),
               rec("q3", "a2", spanning, "Anne Morel")]
    grouped, _ = group_quotes(records)
    assert grouped[0].group_id == grouped[1].group_id == grouped[2].group_id is not None
    apart = [records[0], replace(records[1], span=Span(len(first) + 40, len(first) + 40 +
                                                       len(second), second)), records[2]]
    # narrator's words between them: two passages, which the other outlet's quote gives as
    # one, in their order (``passages.spanned``)
    grouped, _ = group_quotes(apart)
    assert grouped[0].group_id == grouped[1].group_id == grouped[2].group_id is not None
    # must not fire: the other outlet gives the second passage's words before the first's
    reversed_ = rec("q3", "a2", "Le site restera ouvert jusqu’à la fin de l’année. Nous avons "
                    "pris cette décision après des semaines de discussions", "Anne Morel")
    grouped, _ = group_quotes([apart[0], apart[1], reversed_])
    assert grouped[0].group_id != grouped[1].group_id
    assert grouped[2].group_id in (grouped[0].group_id, grouped[1].group_id)


def test_the_two_halves_around_an_incise_are_not_given_apart():
    """« …, salue Anne Morel. … »: the two halves around the incise share its cue and are one
    passage, so another outlet's quote of the whole statement joins both."""
    first = "Ses chansons parlaient de nous tous et de nos vies de tous les jours"
    second = "De nos joies comme de nos peines, il avait tout dit mieux que personne"
    incise = ", salue Anne Morel. "
    cue = Cue("salue", "saluer", len(first) + 2, len(first) + 7)
    records = [replace(rec("q1", "a1", first, "Anne Morel"), cue=cue),
               replace(rec("q2", "a1", second, "Anne Morel", start=len(first) + len(incise)),
                       cue=cue),
               rec("q3", "a2", f"{first}. {second}", "Anne Morel")]
    wording = Settings(paraphrase=False)  # the wording rules alone
    grouped, _ = group_quotes(records, options=wording)
    assert grouped[0].group_id == grouped[1].group_id == grouped[2].group_id is not None
    # two quotes with cues of their own are two passages, which the other outlet's quote
    # gives as one statement, in their order (``passages.spanned``)
    end = len(first) + len(incise) + len(second)
    other = Cue("ajoute", "ajouter", end + 2, end + 8)
    apart = [records[0], replace(records[1], cue=other), records[2]]
    grouped, _ = group_quotes(apart, options=wording)
    assert grouped[0].group_id == grouped[1].group_id == grouped[2].group_id is not None
    # must not fire: the other outlet's quote gives the second passage before the first
    swapped = rec("q3", "a2", f"{second}. {first}", "Anne Morel")
    grouped, _ = group_quotes([apart[0], apart[1], swapped], options=wording)
    assert grouped[0].group_id != grouped[1].group_id


@pytest.mark.parametrize(
    ("evidence", "together"),
    [
        # a heading in marks above the statement it comes from is no passage of its own:
        # it joins the statement, and with it the other outlet's quote of it
        (("uncued", "heading", "no-speaker"), True),
        # must not fire: the same words quoted in the body, apart from the statement, are a
        # second passage of the article, kept apart as before
        (("uncued", "no-speaker"), False),
    ],
)
def test_a_heading_is_no_passage_of_its_own(evidence, together):
    """« "Le temps est venu" » as a line of its own, then « Après des mois de réflexion, je
    sens que le temps est venu pour moi de passer la main » below it: the heading repeats
    the statement's words and does not keep its article's statement apart from it."""
    heading = "Le temps est venu"
    said = ("Après des mois de réflexion avec le conseil, je sens que le temps est venu pour "
            "moi de passer la main à la fin de la saison")
    other = ("Après des mois de réflexion avec le conseil, je sens que le temps est venu pour "
             "moi de passer la main à la fin de cette saison")
    records = [replace(rec("q1", "a1", heading, None, kind="unknown", resolution="unresolved",
                           confidence=0.05), evidence=evidence),
               rec("q2", "a1", said, "Odile Ferrand", start=60),
               rec("q3", "a2", other, "Odile Ferrand")]
    grouped, _ = group_quotes(records, options=Settings(paraphrase=False))
    assert grouped[1].group_id == grouped[2].group_id is not None
    assert (grouped[0].group_id == grouped[1].group_id) is together


@pytest.mark.parametrize(
    ("rendering", "other", "together"),
    [
        ("elle quitte la présidence du club",
         "je quitte aujourd’hui la présidence de notre club après dix ans", True),
        # the same common words, scattered over a long speech: no rendering of it
        ("c’est le moment pour le club et pour l’équipe",
         "Je veux remercier tout le monde. Ce moment restera gravé, je le dis sincèrement, car "
         "nous avons vécu ensemble de grandes choses pendant ces années et ce club, comme les "
         "supporters et le personnel qui travaille chaque jour dans l’ombre, m’a beaucoup "
         "donné ; je souhaite le meilleur à cette équipe", False),
    ],
)
def test_a_rendering_takes_its_words_from_one_passage(rendering, other, together):
    from quotes.group.paraphrase import said_together
    from quotes.group.similarity import content_stems

    small, big = normalize(rendering), normalize(other)
    shared = content_stems(small) & content_stems(big)
    assert len(shared) >= 3
    words = [w[:6] for w in big.split()]
    assert said_together(shared, words, 2 * len(small.split())) == together


def test_a_stop_word_that_starts_like_a_shared_word_places_it():
    """Words are placed by their first six letters: « premier » (a stop word) near the other
    shared words places « premiers », said far from them."""
    from quotes.group.paraphrase import paraphrase_pairs

    rendering = "mot01 mot02 premiers"
    other = "premiers le de le de le de le de le de mot01 premier mot02 le mot03"
    names, articles = ["anne", "anne"], ["a1", "a2"]
    found = paraphrase_pairs([rendering, other], names, articles, [0, 1], Settings())
    assert [(a, b) for a, b, _ in found] == [(0, 1)]
    far = other.replace("mot01 premier", "mot01 le")  # « premiers » only, ten words away
    assert paraphrase_pairs([rendering, far], names, articles, [0, 1], Settings()) == []


def test_short_wordings_found_as_by_every_pair():
    """Looking short wordings up in one string of each speaker's texts finds exactly the
    pairs that comparing every short wording with every text of that speaker finds."""
    import random

    from quotes.group.short import short_wording_pairs
    from quotes.group.similarity import stop_words

    rng = random.Random(5)
    vocab = ["le", "de", "la", "crise", "justice", "acharnement", "judiciaire", "ce", "doit",
             "cesser", "nous", "irons"]
    texts = [[" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 7)))
              for _ in range(rng.choice([1, 1, 2]))] for _ in range(400)]
    names = [rng.choice(["anne", "paul", None]) for _ in texts]
    articles = [f"a{rng.randrange(40)}" for _ in texts]
    found = short_wording_pairs(texts, names, articles, max_words=4)
    stop = stop_words()
    expected = set()
    for n, own in enumerate(texts):
        if names[n] is None or len(own[0].split()) >= 4:
            continue
        for t in own:
            if len(t.split()) < 2 or all(w in stop for w in t.split()):
                continue
            for m, other in enumerate(texts):
                if (names[m] == names[n] and articles[m] != articles[n]
                        and any(f" {t} " in f" {o} " for o in other)):
                    expected.add((min(n, m), max(n, m)))
    assert len(expected) > 20
    assert found == sorted(expected)


_ELSE = ("Nous avons bien travaillé cette année avec toute l’équipe de la région", "Paul Roy")


@pytest.mark.parametrize(("rendering", "said", "others", "together"), [
    # one word of a short rendering that no other statement of the batch says
    ("il partira à l’automne", "Je resterai en fonctions jusqu’à l’automne, puis un autre "
     "prendra la relève", [_ELSE], True),
    ("elle renonce à son siège de sénatrice", "Je ne serai plus sénatrice à la rentrée, place "
     "aux jeunes", [_ELSE], True),
    # ... said by a third statement too: a word of the story, no evidence
    ("il partira à l’automne", "Je resterai en fonctions jusqu’à l’automne, puis un autre "
     "prendra la relève", [_ELSE, ("L’automne sera chargé pour le gouvernement", "Marc Lenoir")],
     False),
    # ... with no third statement of the speaker to leave it out, rarity tells nothing
    ("il partira à l’automne", "Je resterai en fonctions jusqu’à l’automne, puis un autre "
     "prendra la relève", [], False),
    # two words shared, one of them no other statement of the speaker says
    ("il avait trouvé refuge au Brésil", "Je me trouve à présent au Brésil, libre et en "
     "sécurité", [_ELSE, ("Le Brésil trouve enfin sa place", "Marc Lenoir")], True),
    # ... one word shared only, said by another speaker too
    ("il avait trouvé refuge au Brésil", "Je suis à présent au Brésil, libre et en sécurité",
     [_ELSE, ("Le Brésil trouve enfin sa place", "Marc Lenoir")], False),
    # ... a rendering of four content words: shares too few to tell
    ("il avait trouvé un refuge sûr au Brésil hier", "Je me trouve à présent au Brésil, libre",
     [_ELSE, ("Le Brésil trouve enfin sa place", "Marc Lenoir")], False),
    # ... whatever other speakers say besides
    ("il partira à l’automne", "Je resterai en fonctions jusqu’à l’automne, puis un autre "
     "prendra la relève", [_ELSE, ("Il faut agir vite", "Marc Lenoir")], True),
])
def test_a_short_rendering_joins_by_a_word_of_its_own(rendering, said, others, together):
    quotes = [replace(rec("q0", "a0", rendering, speaker="Paul Roy"), type="indirect"),
              rec("q1", "a1", said, speaker="Paul Roy")]
    quotes += [rec(f"q{n}", f"a{n}", text, speaker=who)
               for n, (text, who) in enumerate(others, start=2)]
    grouped, groups = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together
    if together:
        assert {a.quote_id: a.relation for a in groups[0].appearances}["q0"] == "paraphrase"
    # another speaker's words are never a rendering of these
    other, _ = group_quotes([replace(quotes[0], speaker=replace(quotes[0].speaker,
                                                                name="Marc Lenoir")), *quotes[1:]])
    assert other[0].group_id is None or other[0].group_id != other[1].group_id


_BOAT = "Un chalutier de pêcheurs aurait heurté les rochers au large du cap cette nuit"
_AUTUMN = "Je resterai en fonctions jusqu’à l’automne, puis un autre prendra la relève"


@pytest.mark.parametrize(("rendering", "kind", "said", "together"), [
    # an outlet's few words for a statement join it on a word no other statement says
    ("ce seraient des pêcheurs", "indirect", _BOAT, True),
    ("ce seraient « des pêcheurs »", "mixed", _BOAT, True),
    ("il partira à l’automne", "indirect", _AUTUMN, True),
    # the speaker's own few words, in marks, are another statement of theirs: a fragment
    # of the other would be its words
    ("Ce sont des pêcheurs", "direct", _BOAT, False),
    ("Je partirai à l’automne", "direct", _AUTUMN, False),
])
def test_a_short_direct_quote_is_no_rendering(rendering, kind, said, together):
    fragments = ("des pêcheurs",) if kind == "mixed" else ()
    quotes = [replace(rec("q0", "a0", rendering, speaker="Paul Roy", fragments=fragments),
                      type=kind),
              rec("q1", "a1", said, speaker="Paul Roy"),
              rec("q2", "a2", _ELSE[0], speaker=_ELSE[1])]
    grouped, _ = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together


@pytest.mark.parametrize(("speaker", "kind", "together"), [
    # a body named by a common noun alone may be the person who speaks for it
    ("autorités", "organization", True),
    ("parti", "organization", True),
    # a body that names itself needs a run of words in common with a person's quote
    ("Croix-Rouge", "organization", False),
    ("Autorités Portuaires", "organization", False),
    # a person named by a description is someone else
    ("ministre", "person", False),
])
def test_a_body_named_by_a_common_noun_may_speak_through_a_person(speaker, kind, together):
    said = rec("q1", "a1", "Je pense qu’il y aura sans doute plusieurs centaines de victimes, "
               "peut-être davantage", speaker="Paul Roy", kind="person", confidence=0.97)
    short = rec("q2", "a2", "plusieurs centaines de victimes", speaker=speaker, kind=kind,
                confidence=0.94)
    grouped, _ = group_quotes([said, short])
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together


@pytest.mark.parametrize(("rendering", "said", "together"), [
    # a word of degree or certainty says how surely, not what: the rendering is of two words
    ("il déposera « bien évidemment » un recours", "Nous déposerons un recours devant le "
     "Conseil d’État", True),
    ("elle quittera « absolument et totalement » le conseil", "Je quitte le conseil municipal "
     "dès ce soir", True),
    # a word of content in its place keeps the rendering at four words: too many to tell
    ("il déposera « sans tarder » un recours gracieux", "Nous déposerons un recours devant le "
     "Conseil d’État", False),
])
def test_words_of_degree_are_no_content(rendering, said, together):
    quotes = [replace(rec("q0", "a0", rendering, speaker="Paul Roy"), type="mixed"),
              rec("q1", "a1", said, speaker="Paul Roy"), rec("q2", "a2", *_ELSE)]
    grouped, _ = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together


@pytest.mark.parametrize(("text", "expected"), [
    ("son intention de faire appel", "faire appel"),
    ("sa décision d’exclure le trésorier", "exclure le trésorier"),
    ("leur volonté de saisir la justice", "saisir la justice"),
    # a noun of intention said elsewhere is a word of the wording
    ("une décision personnelle qu’il respecte", "une decision personnelle qu il respecte"),
    ("il a fait part de son intention de partir", "il a fait part de son intention de partir"),
    ("son refus du compromis", "son refus du compromis"),
])
def test_a_reported_clause_opens_without_its_noun_of_intention(text, expected):
    from quotes.group.similarity import unframed

    assert unframed(normalize(text)) == normalize(expected)


@pytest.mark.parametrize(("reports", "others", "grouped"), [
    # short reports of one act, each saying all the words of a shorter one
    (["son intention de faire appel", "il allait faire appel", "faire appel de la condamnation"],
     [_ELSE], {0, 1, 2}),
    # a word of one the other does not say (and the one they share, the story says)
    (["son intention de faire appel", "faire un recours contre la condamnation"],
     [_ELSE, ("Il faut tout faire pour la ville", "Marc Lenoir")], set()),
    # a longer report is no short one: the two words may be any two of its many (here two
    # that a third statement of the speaker says too)
    (["aucun « danger immédiat »", "les premières analyses n’ont montré aucun danger pour la "
      "santé, ni immédiat ni durable, pour les riverains du site"],
     [("le danger immédiat restait l’incendie lui-même, selon les pompiers de la région",
       "Paul Roy")], set()),
])
def test_two_short_reports_of_one_act_join(reports, others, grouped):
    quotes = [replace(rec(f"q{n}", f"a{n}", text, speaker="Paul Roy"), type="indirect")
              for n, text in enumerate(reports)]
    quotes += [replace(rec(f"o{n}", f"b{n}", text, speaker=who), type="indirect")
               for n, (text, who) in enumerate(others)]
    out, _ = group_quotes(quotes)
    ids = [q.group_id for q in out[: len(reports)]]
    together = {n for n, g in enumerate(ids) if g is not None and ids.count(g) > 1}
    assert together == grouped
    # another speaker's report of the same act is not one of these
    other, _ = group_quotes([quotes[0], replace(quotes[1], speaker=replace(
        quotes[1].speaker, name="Marc Lenoir")), *quotes[len(reports):]])
    assert other[0].group_id is None or other[0].group_id != other[1].group_id


@pytest.mark.parametrize(("words", "others", "together"), [
    # the one word they share no other statement of the batch says: rare where a third says
    # something else, even a third of another speaker
    ("« totalement inattendue »", [("Il faut agir vite", "Marc Lenoir")], True),
    # ... in a batch of two statements rarity tells nothing
    ("« totalement inattendue »", [], False),
    # ... a word the third statement says too is the story's, not this one's
    ("« totalement inattendue »", [("Une victoire inattendue pour le club", "Marc Lenoir")],
     False),
])
def test_a_word_rare_in_the_batch_places_a_short_rendering(words, others, together):
    quotes = [replace(rec("q0", "a0", words, speaker="Paul Roy"), type="mixed",
                      fragments=(Span(0, 0, "totalement inattendue"),)),
              replace(rec("q1", "a1", "Une décision « inattendue »", speaker="Paul Roy"),
                      type="mixed", fragments=(Span(0, 0, "inattendue"),))]
    quotes += [rec(f"q{n}", f"a{n}", text, speaker=who)
               for n, (text, who) in enumerate(others, start=2)]
    grouped, _ = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together


_RESPECTS = "Une décision personnelle que le maire respecte, pour qu’il puisse se défendre"


@pytest.mark.parametrize(("mixed", "marked", "said", "together"), [
    # the speaker's marked words, a few cut out, all said together by their quote elsewhere
    ("Le conseil a pris acte mardi du départ de l’adjoint aux finances, une « décision "
     "personnelle, qu’il respecte »", "décision personnelle, qu’il respecte", _RESPECTS, True),
    ("Le club annonce un « recrutement de premier plan pour la défense » cet été",
     "recrutement de premier plan pour la défense", "Nous ferons un recrutement de tout "
     "premier plan pour renforcer la défense", True),
    # a marked word the other quote does not say
    ("Le conseil a pris acte mardi du départ de l’adjoint aux finances, une « décision "
     "personnelle, qu’il regrette »", "décision personnelle, qu’il regrette", _RESPECTS, False),
    # two words of content are too few to place
    ("Le préfet évoque une « décision personnelle »", "décision personnelle", _RESPECTS, False),
    # the words lie far apart in the other quote
    ("Le conseil a pris acte mardi du départ de l’adjoint aux finances, une « décision "
     "personnelle, qu’il respecte »",
     "décision personnelle, qu’il respecte", "Une décision difficile, prise après des semaines "
     "de réflexion avec mon équipe et mes proches, qui reste personnelle et que chacun "
     "respecte", False),
])
def test_marked_words_render_the_quote_they_come_from(mixed, marked, said, together):
    at = mixed.index(marked)
    quotes = [replace(rec("q0", "a0", mixed, speaker="Paul Roy"), type="mixed",
                      fragments=(Span(at, at + len(marked), marked),)),
              rec("q1", "a1", said, speaker="Paul Roy")]
    grouped, groups = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together
    if together:
        assert {a.quote_id: a.relation for a in groups[0].appearances}["q0"] == "paraphrase"
    # the same words of another speaker are not these
    other, _ = group_quotes([quotes[0], replace(quotes[1], speaker=replace(
        quotes[1].speaker, name="Marc Lenoir"))])
    assert other[0].group_id is None or other[0].group_id != other[1].group_id


# weak_words.txt: (entry, a reported rendering where it stands beside the two words of
# content of « Nous déposerons un recours devant le tribunal »)
WEAK_WORDS = [
    ("absolument", "il doit absolument déposer un recours"),
    ("allais", "tu allais déposer un recours"),
    ("allait", "il allait déposer un recours"),
    ("allez", "vous allez déposer un recours"),
    ("bien", "il a bien déposé un recours"),
    ("certainement", "il déposera certainement un recours"),
    ("clairement", "il déposera clairement un recours"),
    ("complètement", "elle déposera un recours, complètement"),
    ("effectivement", "il a effectivement déposé un recours"),
    ("entièrement", "un recours sera déposé, entièrement"),
    ("évidemment", "il déposera évidemment un recours"),
    ("forcément", "il déposera forcément un recours"),
    ("iraient", "ils iraient déposer un recours"),
    ("irait", "il irait déposer un recours"),
    ("naturellement", "il déposera naturellement un recours"),
    ("parfaitement", "il déposera un recours, parfaitement"),
    ("probablement", "il déposera probablement un recours"),
    ("purement", "il déposera un recours, purement et simplement"),
    ("simplement", "il déposera simplement un recours"),
    ("sûrement", "elle déposera sûrement un recours"),
    ("totalement", "il est totalement pour déposer un recours"),
    ("vraiment", "il déposera vraiment un recours"),
]


@pytest.mark.parametrize(("entry", "rendering"), WEAK_WORDS)
def test_weak_word(entry, rendering):
    """All the rendering's words of content are the quote's: it joins (in a batch of two,
    where no word is rare, only a rendering by all its words does)."""
    assert entry in rendering.replace(",", "").split()
    said = rec("q1", "a1", "Nous déposerons un recours devant le tribunal", speaker="Paul Roy")
    told = replace(rec("q0", "a0", rendering, speaker="Paul Roy"), type="indirect")
    grouped, _ = group_quotes([told, said])
    assert grouped[0].group_id == grouped[1].group_id is not None
    # a word of content in its place is a word the quote does not say
    other = replace(told, span=Span(0, 0, rendering.replace(entry, "vite")))
    grouped, _ = group_quotes([other, said])
    assert grouped[0].group_id is None


def test_every_weak_word_has_a_row():
    from quotes.lexicon import words

    assert {e for e, _ in WEAK_WORDS} == set(words("weak_words"))


_FORMULA = "Que la joie soit avec vous tous !"
_ADDRESS = ("Je m’adresse à chacun de vous, à vos familles, à vos villes et à vos villages : que "
            "la joie soit avec vous tous !")


@pytest.mark.parametrize(("records", "together"), [
    # the formula said again at the end of a longer address: the article that gives both
    # apart says they are two, and the formula's group keeps to the formula
    ([("a1", _FORMULA, 0), ("a1", _ADDRESS, 400), ("a2", _FORMULA, 0)], False),
    # the article gives the formula once, inside the address: the formula is a part of it
    ([("a1", _ADDRESS, 400), ("a2", _FORMULA, 0)], True),
    # two paragraphs of one passage are no two quotes given apart
    ([("a1", _FORMULA, 0), ("a1", _ADDRESS, len(_FORMULA) + 2), ("a2", _FORMULA, 0)], True),
])
def test_a_fragment_does_not_join_what_its_article_gives_apart(records, together):
    quotes = [rec(f"q{n}", article, text, "Léon Martin", start=start)
              for n, (article, text, start) in enumerate(records)]
    grouped, _ = group_quotes(quotes)
    address = next(q for q in grouped if q.span.text == _ADDRESS)
    formula = grouped[-1]
    assert (address.group_id == formula.group_id is not None) == together


_BOTH = "Nous ne serons jamais juge et partie dans cette affaire"


@pytest.mark.parametrize(("speakers", "together", "apart"), [
    # a list of people said it with each of them
    (["Claire Vidal et Marc Olivier", "Claire Vidal"], [(0, 1)], []),
    (["Claire Vidal, Marc Olivier et Anne Roy", "Marc Olivier et Anne Roy"], [(0, 1)], []),
    # someone not on the list is someone else
    (["Claire Vidal et Marc Olivier", "Jean Blanc"], [], [(0, 1)]),
    # the list may join one of its people, and never joins two of them to each other
    (["Claire Vidal", "Claire Vidal et Marc Olivier", "Marc Olivier"], [], [(0, 2)]),
])
def test_a_list_of_people_says_what_each_of_them_says(speakers, together, apart):
    quotes = [rec(f"q{n}", f"a{n}", _BOTH, who, confidence=0.95)
              for n, who in enumerate(speakers)]
    ids = [q.group_id for q in group_quotes(quotes)[0]]
    assert all(ids[x] == ids[y] is not None for x, y in together)
    assert all(ids[x] is None or ids[x] != ids[y] for x, y in apart)
    assert len({i for i in ids if i}) == (1 if len(speakers) == 3 else len(together))


@pytest.mark.parametrize(("a", "b", "together"), [
    ("claire vidal et marc olivier", "claire vidal", True),
    ("claire vidal, marc olivier et anne roy", "anne roy et marc olivier", True),
    ("claire vidal et marc olivier", "marc vidal", False),
    ("claire vidal", "marc olivier", False),
])
def test_which_speakers_may_say_one_thing(a, b, together):
    from quotes.group.speakers import may_say_together, several

    assert may_say_together(a, b) == may_say_together(b, a) == together
    assert several(a) != (" et " not in a)


@pytest.mark.parametrize(("rendering", "said", "together"), [
    # lemmas: « exclus » and « exclure » are one word, and so are « confirmé », « confirme »
    ("les frondeurs seront exclus du syndicat",
     "J’ai décidé d’exclure les frondeurs de notre syndicat", True),
    # ... a statement of the speaker on the same topic shares two words only
    ("les frondeurs seront exclus du syndicat",
     "Les frondeurs ont été reçus ce matin au siège du syndicat", False),
    # an infinitive whose forms are stop words (« vu ») is one too: « vois » and « voir »
    # do not make two statements on sales meet
    ("elle voit les ventes de vélos baisser",
     "Je vois les ventes de voitures baisser partout en Europe cette année", False),
    # a date one outlet gives and the speaker does not say is left out of the score
    ("dans la nuit de jeudi à vendredi, elle a confirmé la fermeture du laboratoire",
     "Je confirme la fermeture du laboratoire de Nantes à la fin de l’année", True),
    # ... and leaves too few words to another statement on the same place
    ("dans la nuit de jeudi à vendredi, elle a visité le laboratoire",
     "Je confirme la fermeture du laboratoire de Nantes à la fin de l’année", False),
])
def test_a_rendering_meets_by_lemmas_without_its_dates(rendering, said, together):
    reported = replace(rec("q0", "a0", rendering, speaker="Paul Roy"), type="indirect")
    direct = rec("q1", "a1", said, speaker="Paul Roy")
    grouped, groups = group_quotes([reported, direct])
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together
    if together:
        assert {a.quote_id: a.relation for a in groups[0].appearances}["q0"] == "paraphrase"
    # two people who say the same thing are two statements
    other, _ = group_quotes([replace(reported, speaker=replace(reported.speaker,
                                                               name="Marc Lenoir")), direct])
    assert other[0].group_id is None


@pytest.mark.parametrize(("text", "expected"), [
    ("le chomage a baisse de 3 2 cette annee", {"3 2"}),
    ("12 000 emplois en 2024", {"12 000", "2024"}),
    ("12000 emplois", {"12000"}),
    ("aucun chiffre ici", set()),
])
def test_the_figures_of_a_wording(text, expected):
    from quotes.group.similarity import figures

    assert figures(text) == expected


@pytest.mark.parametrize(("x", "y", "more"), [
    ({"3 2"}, {"4 5"}, True),
    ({"120"}, {"12"}, True),
    ({"12 000"}, {"12000"}, False),  # written apart or together: one number
    ({"12 000", "2024"}, {"12000"}, True),
    ({"10 12"}, {"10", "12"}, False),  # a word between two figures in the other wording
    ({"10"}, {"10 12"}, False),
    (set(), {"12"}, False),
])
def test_which_wording_says_more_numbers(x, y, more):
    from quotes.group.similarity import says_more

    assert says_more(frozenset(x), frozenset(y)) == more


_FEW = "Nous ne lâcherons rien"
_VOTE = "La réforme des retraites sera votée avant l’été par le Parlement"
_JOBS = "Le chômage a baissé de 3,2 % cette année dans notre région"
_DEAD = "Nous avons recensé 120 victimes dans le département depuis samedi"
_MEET = "La réunion des ministres aura lieu le 12 mars à Bruxelles"
_SCHOOLS = "Nous allons devoir fermer 12 écoles maternelles dans les quartiers nord dès la rentrée"


def _mixed(qid: str, article: str, text: str, marked: str, speaker: str) -> Quote:
    return replace(rec(qid, article, text, speaker, fragments=[marked]), type="mixed")


@pytest.mark.parametrize(("a", "b", "together"), [
    # two people who say the same short sentence are two statements
    (rec("q1", "a1", _FEW, "Marie Dubois"), rec("q2", "a2", _FEW, "Paul Girard"), False),
    # ... even where one of them is named with less confidence
    (rec("q1", "a1", _FEW, "Marie Dubois"),
     rec("q2", "a2", _FEW, "Paul Girard", resolution="description", confidence=0.8), False),
    # two quotes of one speaker on one topic are two statements
    (rec("q1", "a1", _VOTE, "Marie Dubois"),
     rec("q2", "a2", "La réforme des retraites pèsera d’abord sur les plus jeunes",
         "Marie Dubois"), False),
    # numbers that differ: two statements, however close the words
    (rec("q1", "a1", _JOBS, "Marie Dubois"),
     rec("q2", "a2", _JOBS.replace("3,2", "4,5"), "Marie Dubois"), False),
    (rec("q1", "a1", _DEAD, "Marie Dubois"),
     rec("q2", "a2", _DEAD.replace("120", "12"), "Marie Dubois"), False),
    (rec("q1", "a1", _MEET, "Marie Dubois"),
     rec("q2", "a2", _MEET.replace("12", "19"), "Marie Dubois"), False),
    # ... as a fragment of a longer quote
    (rec("q1", "a1", f"{_JOBS}, et nous visons 2 % de plus l’an prochain", "Marie Dubois"),
     rec("q2", "a2", "Le chômage a baissé de 4,5 % cette année", "Marie Dubois"), False),
    # ... and in marked words
    (_mixed("q1", "a1", "la maire veut « fermer 40 écoles maternelles » au nord",
            "fermer 40 écoles maternelles", "Marie Dubois"),
     rec("q2", "a2", _SCHOOLS, "Marie Dubois"), False),
    # the same numbers, written another way, or left out by one outlet, are one statement
    (rec("q1", "a1", "Nous créerons 12 000 emplois dans la région d’ici à la fin de l’année",
         "Marie Dubois"),
     rec("q2", "a2", "Nous créerons 12000 emplois dans la région d’ici la fin de l’année",
         "Marie Dubois"), True),
    (rec("q1", "a1", _JOBS, "Marie Dubois"),
     rec("q2", "a2", "Le chômage a baissé cette année dans notre région", "Marie Dubois"), True),
    (rec("q1", "a1", f"{_JOBS}, et nous visons 2 % de plus l’an prochain", "Marie Dubois"),
     rec("q2", "a2", _JOBS, "Marie Dubois"), True),
    (_mixed("q1", "a1", "la maire veut « fermer 12 écoles maternelles » au nord",
            "fermer 12 écoles maternelles", "Marie Dubois"),
     rec("q2", "a2", _SCHOOLS, "Marie Dubois"), True),
    # a narrator's date beside marked words that say none is no number of the quote
    (_mixed("q1", "a1", "le 3 mars, la maire a dit vouloir « fermer des écoles maternelles dans "
            "les quartiers nord »", "fermer des écoles maternelles dans les quartiers nord",
            "Marie Dubois"),
     rec("q2", "a2", "Nous allons devoir fermer des écoles maternelles dans les quartiers nord, "
         "a-t-elle dit le 5 mars", "Marie Dubois"), True),
])
def test_what_must_not_merge(a, b, together):
    grouped, _ = group_quotes([a, b])
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together


NEGATION_WORDS = [
    ("pas", "Je serai candidat à l’élection présidentielle de l’an prochain",
     "Je ne serai pas candidat à l’élection présidentielle de l’an prochain"),
    ("jamais", "Nous signerons cet accord avec les syndicats de la métallurgie",
     "Nous ne signerons jamais cet accord avec les syndicats de la métallurgie"),
    ("rien", "Le gouvernement a tout caché aux familles des victimes de l’incendie",
     "Le gouvernement n’a rien caché aux familles des victimes de l’incendie"),
    ("aucun", "Nous avons un doute sur la sincérité de ce scrutin régional",
     "Nous n’avons aucun doute sur la sincérité de ce scrutin régional"),
    ("aucune", "Cette réforme a une chance d’être adoptée par le Sénat cette année",
     "Cette réforme n’a aucune chance d’être adoptée par le Sénat cette année"),
    ("guère", "Les négociations avancent depuis la reprise des discussions en janvier",
     "Les négociations n’avancent guère depuis la reprise des discussions en janvier"),
    ("ni", "Je soutiens le projet et son financement tel qu’il est présenté",
     "Je ne soutiens ni le projet ni son financement tel qu’il est présenté"),
    ("nullement", "Cette décision remet en cause notre engagement auprès des habitants",
     "Cette décision ne remet nullement en cause notre engagement auprès des habitants"),
]


@pytest.mark.parametrize(("entry", "said", "negation"), NEGATION_WORDS)
def test_a_statement_and_its_negation_are_two(entry, said, negation):
    assert normalize(entry) in normalize(negation).split()
    grouped, _ = group_quotes([rec("q1", "a1", said, "Anne Roy"),
                               rec("q2", "a2", negation, "Anne Roy")])
    assert grouped[0].group_id is None and grouped[1].group_id is None


def test_every_negation_word_has_a_row():
    from quotes.lexicon import folded

    assert {normalize(e) for e, _, _ in NEGATION_WORDS} == set(folded("negation_words"))


@pytest.mark.parametrize(("a", "b"), [
    # a fragment that leaves out a negated clause of the longer quote
    ("Je ne céderai pas aux menaces, et nous irons jusqu’au bout de cette réforme des retraites",
     "nous irons jusqu’au bout de cette réforme des retraites"),
    # a spoken negation without « ne », written with it by another outlet
    ("Je sais pas quoi vous dire ce soir, c’est une immense tristesse pour nous tous",
     "Je ne sais pas quoi vous dire ce soir, c’est une immense tristesse pour nous tous"),
    # two negations: no statement is negated
    ("Nous ne signerons pas cet accord avec les syndicats de la métallurgie",
     "Nous ne signerons jamais cet accord avec les syndicats de la métallurgie"),
    # a passage said in other words, one of them with a negation (two translations)
    ("Je suis désolée, il serait injuste envers vous de maintenir les concerts de cet été à "
     "Paris et à Lyon", "Je suis désolée, ce n’est pas juste de maintenir les concerts de cet "
     "été à Paris et à Lyon"),
])
def test_a_negation_elsewhere_negates_nothing(a, b):
    grouped, _ = group_quotes([rec("q1", "a1", a, "Anne Roy"), rec("q2", "a2", b, "Anne Roy")])
    assert grouped[0].group_id == grouped[1].group_id is not None


EXCLUSION = ("À l’issue de sa réunion de ce matin, le bureau a décidé à l’unanimité "
             "d’exclure Paul Martin du parti pour ses propos")
PART_ROWS = [  # (part, whole, together): a body and the organisation it belongs to
    ("le bureau exécutif du Parti radical", "Parti radical", True),
    ("la direction de Renault", "Renault", True),
    ("le service de presse de l’Élysée", "l'Élysée", True),
    # two bodies of one organisation, or two organisations alike in name: apart
    ("la direction du Parti radical", "le bureau exécutif du Parti radical", False),
    ("le bureau exécutif du Front populaire", "Front national", False),
    ("le ministère de l’Intérieur", "le ministère des Armées", False),
    ("le service de presse du ministère de l’Intérieur", "le ministère des Armées", False),
    # a whole named after its place or owner is no part of it
    ("la Banque de France", "France", False),
]


@pytest.mark.parametrize(("part", "whole", "together"), PART_ROWS)
def test_a_body_of_an_organisation_speaks_for_it(part, whole, together):
    """A fragment too short to share a run of words with the other outlet's quote joins
    when one speaker is a body of the other (« le bureau exécutif du Parti radical » and
    « Parti radical »), never between two bodies or two organisations."""
    org = {"kind": "organization", "confidence": 0.95}
    grouped, _ = group_quotes([rec("q1", "a1", EXCLUSION, whole, **org),
                               rec("q2", "a2", "d’exclure Paul Martin du parti", part, **org)])
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together


def test_two_bodies_of_one_organisation_saying_different_things_stay_apart():
    org = {"kind": "organization", "confidence": 0.95}
    quotes = [rec("q1", "a1", EXCLUSION, "Parti radical", **org),
              rec("q2", "a2", "le congrès du parti se tiendra à Lyon en octobre prochain",
                  "la direction du Parti radical", **org),
              rec("q3", "a3", "d’exclure Paul Martin du parti",
                  "le bureau exécutif du Parti radical", **org)]
    grouped, _ = group_quotes(quotes)
    assert grouped[0].group_id == grouped[2].group_id is not None
    assert grouped[1].group_id is None


@pytest.mark.parametrize(("names", "expected"), [
    # the body's name wins over its organisation's: it says the same and who spoke
    (["Parti radical", "Parti radical", "le bureau exécutif du Parti radical"],
     "le bureau exécutif du Parti radical"),
    # two bodies of it: no choice between them, the votes decide as before
    (["Parti radical", "Parti radical", "le bureau exécutif du Parti radical",
      "la direction du Parti radical"], "Parti radical"),
])
def test_a_group_names_the_body_rather_than_its_organisation(names, expected):
    org = {"kind": "organization", "confidence": 0.95}
    quotes = [rec(f"q{n}", f"a{n}", EXCLUSION + "." * (n % 2), name, **org)
              for n, name in enumerate(names)]
    _, groups = group_quotes(quotes)
    assert len(groups) == 1 and groups[0].speaker == expected


# org_parts.txt: (entry, a body of an organisation, that organisation)
ORG_PARTS = [
    ("bureau", "le bureau politique des Verts", "les Verts"),
    ("cabinet", "le cabinet de la préfecture du Nord", "la préfecture du Nord"),
    ("cellule", "la cellule de crise du Quai d’Orsay", "le Quai d'Orsay"),
    ("comité", "le comité central du Parti communiste", "Parti communiste"),
    ("commission", "la commission des finances de l’Assemblée nationale",
     "l'Assemblée nationale"),
    ("conseil", "le conseil d’administration de Danone", "Danone"),
    ("direction", "la direction générale de la SNCF", "la SNCF"),
    ("état-major", "l’état-major de l’armée de terre", "l'armée de terre"),
    ("présidence", "la présidence de la Commission européenne", "la Commission européenne"),
    ("secrétariat", "le secrétariat général de l’Onu", "l'Onu"),
    ("service", "le service de communication de la préfecture", "la préfecture"),
]


@pytest.mark.parametrize(("entry", "part", "whole"), ORG_PARTS, ids=[r[0] for r in ORG_PARTS])
def test_org_part(entry, part, whole):
    from quotes.group.speakers import speaker_key, wholes

    assert entry in part
    keys = [speaker_key(part), speaker_key(whole)]
    assert wholes(keys) == {keys[0]: keys[1]}
    # the same words heading no body of it: a name of its own
    assert wholes([speaker_key(part.replace(entry, "fondation", 1)), keys[1]]) == {}


def test_every_org_part_has_a_row():
    from quotes.lexicon import fold, folded

    assert {fold(e) for e, _, _ in ORG_PARTS} == set(folded("org_parts"))


_LISTEN = "ils « doivent écouter et comprendre les paysans »"
_LEAVE = "Ils devront partir s’ils ne les écoutent plus"


@pytest.mark.parametrize(("apart", "together"), [
    # a short rendering joins a statement by the one word they share (« écouter »)
    (False, True),
    # ... not when its own article gives that statement too, as a quote of its own: one
    # word in common between two statements the article tells apart is no rendering
    (True, False),
])
def test_a_word_in_common_does_not_join_two_statements_an_article_gives_apart(apart, together):
    rendering = replace(rec("q0", "a0", _LISTEN, speaker="Paul Roy",
                            fragments=("doivent écouter et comprendre les paysans",)),
                        type="mixed")
    quotes = [rendering, rec("q2", "a1", _LEAVE, speaker="Paul Roy"), rec("q3", "a2", *_ELSE)]
    if apart:
        quotes.insert(1, rec("q1", "a0", _LEAVE, speaker="Paul Roy", start=200))
    grouped, _ = group_quotes(quotes)
    by_id = {q.id: q for q in grouped}
    assert (by_id["q0"].group_id == by_id["q2"].group_id is not None) == together
    if apart:  # the statement itself is still carried by both articles
        assert by_id["q1"].group_id == by_id["q2"].group_id is not None


_CLOSING = "Nous fermerons deux ateliers de la plateforme de Saint-Aubin avant la fin de l’hiver"


@pytest.mark.parametrize(("one", "other", "together"), [
    # one name written with and without its hyphen or space names one person
    ("Jean-Luc Mardon", "Jean Luc Mardon", True),
    ("Marie-Anne Terrel", "Marieanne Terrel", True),
    # another first name is another person, who may say the same sentence
    ("Jean-Luc Mardon", "Jean Mardon", False),
    ("Marie-Anne Terrel", "Anne Terrel", False),
])
def test_a_name_written_with_other_spaces_or_hyphens_is_one_person(one, other, together):
    quotes = [rec("q1", "a1", _CLOSING, speaker=one, confidence=0.97),
              rec("q2", "a2", _CLOSING.replace("avant", "d’ici"), speaker=other,
                  confidence=0.97)]
    grouped, _ = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together


@pytest.mark.parametrize(("one", "other", "together"), [
    # a rendering in other words joins a quote of its speaker, whose name one outlet writes
    # in one word and the other in two
    ("Norvalis Chimie France", "Nor Valis Chimie France", True),
    ("Norvalis-Chimie", "Norvalis Chimie", True),
    # ... not a quote of another body
    ("Norvalis Chimie France", "Norvalis Énergie France", False),
])
def test_a_rendering_joins_a_body_whose_name_is_spaced_otherwise(one, other, together):
    rendering = replace(rec("q2", "a2", "avoir décidé de fermer deux ateliers à Saint-Aubin cet "
                            "hiver", speaker=other, kind="organization", confidence=0.97),
                        type="indirect")
    quotes = [rec("q1", "a1", _CLOSING, speaker=one, kind="organization", confidence=0.97),
              rendering]
    grouped, groups = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together
    if together:
        assert {a.quote_id: a.relation for a in groups[0].appearances}["q2"] == "paraphrase"


@pytest.mark.parametrize(("text", "said"), [
    # an incise after an auxiliary, up to the end of the sentence or the next comma
    ("C’est un grand jour, a déclaré la joueuse dans une vidéo publiée lundi. Merci à tous.",
     "C’est un grand jour. Merci à tous."),
    ("Je pense, a-t-il ajouté, que nous avons gagné.", "Je pense, que nous avons gagné."),
    ("Il faut agir, a estimé M. Dubreuil. Dès demain.", "Il faut agir. Dès demain."),
    # an inverted verb with its pronoun
    ("Nous devons agir, poursuit-elle, sans attendre", "Nous devons agir, sans attendre"),
    ("Rien n’est joué, dit-il.", "Rien n’est joué."),
    # not a verb before its subject, which may be the speaker's (« accuse le syndicat de »)
    ("Nous devons agir, explique la ministre. Vite.", None),
    ("Le gouvernement, accuse le syndicat de mentir.", None),
    # not a verb that reports nothing, nor a clause longer than twelve words
    ("Je le dis, et je le répète, nous partirons", None),
    ("Le texte, a voté l’assemblée après un long débat de trois jours sur les amendements du "
     "groupe centriste. Rien", None),
    ("Nous sommes, a-t-il, prêts", None),
])
def test_spoken_sets_the_narrators_incise_aside(text, said):
    from quotes.group.narration import spoken

    assert spoken(text) == (text if said is None else said)


@pytest.mark.parametrize(("long", "short", "other", "together"), [
    # the incise an outlet left inside its span does not keep the speaker's words apart
    ("C’est un grand jour, a déclaré la joueuse dans une vidéo publiée lundi. Merci à tous.",
     "C’est un grand jour. Merci à tous.", None, True),
    ("Nous partirons demain, a-t-elle annoncé jeudi soir devant la presse réunie à Lille. "
     "Rien ne change.",
     "Nous partirons demain. Rien ne change.", None, True),
    # ... but a short sentence two people say stays two quotes
    ("C’est un grand jour, a déclaré la joueuse dans une vidéo publiée lundi. Merci à tous.",
     "C’est un grand jour. Merci à tous.", "Paul Roy", False),
])
def test_a_narrators_incise_inside_a_span_is_no_part_of_the_wording(long, short, other,
                                                                     together):
    quotes = [rec("q1", "a1", long, speaker="Anne Vidal", confidence=0.96),
              rec("q2", "a2", short, speaker=other or "Anne Vidal", confidence=0.96)]
    grouped, _ = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together
    assert grouped[0].span.text == long  # the exported span stays what the article says


_BRIDGE = ("Nous avons reçu les maires ce matin. Le chantier du nouveau pont reprendra en "
           "septembre, et je remercie les riverains.")
_BRIDGE_CUT = ("Je l’ai dit aux élus, le chantier du nouveau pont reprendra bientôt, mais les "
               "horaires de la ligne de bus changent aussi à partir de lundi")
_NURSES = ("Depuis trois semaines, nos infirmières travaillent sans relâche dans les couloirs. Il "
           "faut les soutenir.")
_NURSES_CUT = ("Je le répète devant le conseil d’administration : nos infirmières travaillent sans "
               "relâche, le parking de l’hôpital reste trop petit et la cantine ferme trop tôt")


@pytest.mark.parametrize(("a", "b", "second", "together"), [
    # one speaker, two outlets that cut one statement differently: a run of five words or more,
    # three of them content words, said word for word
    (_BRIDGE, _BRIDGE_CUT, "Anne Lindqvist", True),
    (_NURSES, _NURSES_CUT, "Anne Lindqvist", True),
    # the same run, and no name on the other side: the run alone does not place it
    (_BRIDGE, _BRIDGE_CUT, None, False),
    (_NURSES, _NURSES_CUT, None, False),
    # a run of five words with two content words is a phrase of the story, not a statement
    ("Je suis très fier de l’équipe de France et de chacun de ses joueurs ce soir",
     "Demain matin nous parlerons de l’équipe de France avec le nouveau sélectionneur",
     "Anne Lindqvist", False),
    ("Il faudra voter la loi de finances avant la fin de l’année, sinon tout s’arrête",
     "Nous avons lu la loi de finances et nous y trouvons trop de taxes nouvelles",
     "Anne Lindqvist", False),
])
def test_one_speaker_sharing_a_telling_run_is_one_statement(a, b, second, together):
    kind = "person" if second else "unknown"
    records = [rec("q1", "a1", a, "Anne Lindqvist"), rec("q2", "a2", b, second, kind=kind)]
    grouped, _ = group_quotes(records)
    assert (grouped[0].group_id == grouped[1].group_id is not None) is together
    # without the run, the wordings alone do not match; nor with a scorer asked for alone
    for off in (Settings(run_content=99), Settings(scorer="ratio")):
        assert group_quotes(records, options=off)[0][0].group_id is None


def test_shared_runs_found_as_by_every_pair():
    """The index of each speaker's runs finds the pairs that comparing every run of every
    pair of one speaker's quotes finds, and a run more than ``max_share`` quotes say is no
    evidence."""
    import random

    from quotes.group.short import shared_run_pairs
    from quotes.group.similarity import content_stem, stop_words

    rng = random.Random(7)
    vocab = ["le", "de", "chantier", "pont", "reprendra"]
    texts = [[" ".join(rng.choice(vocab) for _ in range(rng.randint(3, 9)))]
             for _ in range(500)]
    names = [rng.choice(["anne", "paul", None]) for _ in texts]
    articles = [f"a{rng.randrange(60)}" for _ in texts]
    reported = [rng.random() < 0.2 for _ in texts]
    found = shared_run_pairs(texts, names, articles, reported, words=5, content=3,
                             max_share=100)
    stop = stop_words()

    def runs(t):
        w = t.split()
        return {tuple(w[i:i + 5]) for i in range(len(w) - 4)
                if sum(content_stem(x, stop) is not None for x in w[i:i + 5]) >= 3}

    expected = {(n, m) for n in range(len(texts)) for m in range(n + 1, len(texts))
                if names[n] is not None and names[n] == names[m] and articles[n] != articles[m]
                and reported[n] == reported[m] and runs(texts[n][0]) & runs(texts[m][0])}
    assert len(expected) > 5
    assert found == sorted(expected)
    assert shared_run_pairs(texts, names, articles, reported, words=5, content=3,
                            max_share=1) == []


# office_holders.tsv: (body, a holder's noun, the body, a role of the person who holds it):
# one row per holder's noun of each entry
OFFICE_HOLDERS = [
    ("parquet", "procureur", "parquet de Rennes", "procureur de Rennes"),
    ("parquet", "procureure", "parquet de Rennes", "procureure de Rennes"),
    ("ministère", "ministre", "ministère de la Culture", "ministre de la Culture"),
    ("mairie", "maire", "mairie de Brest", "maire de Brest"),
    ("préfecture", "préfet", "préfecture du Calvados", "préfet du Calvados"),
    ("préfecture", "préfète", "préfecture du Calvados", "préfète du Calvados"),
    ("présidence", "président", "présidence de la région", "président de la région"),
    ("présidence", "présidente", "présidence de la région", "présidente de la région"),
    ("rectorat", "recteur", "rectorat de Lille", "recteur de Lille"),
    ("rectorat", "rectrice", "rectorat de Lille", "rectrice de Lille"),
]


@pytest.mark.parametrize(("entry", "holder", "body", "role"), OFFICE_HOLDERS)
def test_a_body_and_who_holds_it_are_one_source(entry, holder, body, role):
    from quotes.group.similarity import normalize
    from quotes.group.speakers import offices

    assert normalize(body).split()[0] == normalize(entry)
    assert normalize(role).split()[0] == normalize(holder)
    assert offices({body}, {"paul roy": {normalize(role)}}) == {body: "paul roy"}


def test_every_office_holder_has_a_row():
    from quotes.lexicon import table

    assert sorted(row[:2] for row in OFFICE_HOLDERS) == sorted(
        (body, noun) for body, nouns in table("office_holders") for noun in nouns.split())


@pytest.mark.parametrize(("body", "roles", "holder"), [
    # the place may follow another complement of the role
    ("parquet de Rennes", {"paul roy": ["procureur de la République de Rennes"]}, "paul roy"),
    # another office of the same place, or the same office of another place: no one
    ("parquet de Rennes", {"paul roy": ["maire de Rennes"]}, None),
    ("parquet de Rennes", {"paul roy": ["procureur de Nantes"]}, None),
    # two people hold it in the batch (a former one, a new one): no choice between them
    ("parquet de Rennes", {"paul roy": ["procureur de Rennes"],
                           "anne morel": ["procureure de Rennes"]}, None),
    # a body named by its own name: its leader speaks for themselves too
    ("Union des éleveurs", {"paul roy": ["président de l'Union des éleveurs"]}, None),
    ("parquet", {"paul roy": ["procureur de Rennes"]}, None),  # which parquet, unsaid
])
def test_which_person_holds_a_body(body, roles, holder):
    from quotes.group.similarity import normalize
    from quotes.group.speakers import offices

    found = offices({body}, {k: {normalize(r) for r in v} for k, v in roles.items()})
    assert found.get(body) == holder


_CHARGED = "Le suspect a été placé en garde à vue mardi soir pour violences aggravées"
_CHARGED_TOLD = "pour violences aggravées, le suspect a été placé mardi soir en garde à vue"


@pytest.mark.parametrize(("role", "together"), [
    ("procureur de Rennes", True),
    ("procureur de la République de Rennes", True),
    ("maire de Rennes", False),  # the mayor of the place is no voice of its parquet
    ("procureur de Nantes", False),
])
def test_a_body_and_its_holder_share_their_statements(role, together):
    holder = rec("q1", "a1", _CHARGED, "Paul Roy")
    holder = replace(holder, speaker=replace(holder.speaker, role=role))
    body = replace(rec("q2", "a2", _CHARGED_TOLD, "parquet de Rennes", kind="organization",
                       confidence=0.98), type="indirect")
    grouped, groups = group_quotes([holder, body])
    assert (grouped[0].group_id == grouped[1].group_id is not None) is together
    if together:  # each keeps its own speaker, the group names the person
        assert [q.speaker.name for q in grouped] == ["Paul Roy", "parquet de Rennes"]
        assert groups[0].speaker == "Paul Roy"


_HEARD = "Nous entendons depuis hier soir le trésorier de l'association Voile Bleue"
_ARRESTED = "Ce matin, les gendarmes ont interpellé deux frères soupçonnés de braquages en série"


@pytest.mark.parametrize(("said", "told", "together"), [
    (_HEARD, "le trésorier de Voile Bleue, une association, était entendu", True),
    (_ARRESTED, "deux frères soupçonnés d'une série de braquages ont été interpellés par les "
                "gendarmes", True),
    # the same case, another statement: the body's words are not all the holder's
    (_HEARD, "une plainte de l'association Voile Bleue vise son trésorier", False),
    (_ARRESTED, "les gendarmes ont fouillé la maison des deux frères soupçonnés de braquages",
     False),
])
def test_a_body_renders_its_holder_only_as_a_whole(said, told, together):
    """A body and the person who holds it are one speaker only through the office: the
    body's reported words join the holder's as a paraphrase only when the holder says every
    content word of them."""
    holder = rec("q1", "a1", said, "Paul Roy")
    holder = replace(holder, speaker=replace(holder.speaker, role="procureur de Quimper"))
    body = replace(rec("q2", "a2", told, "parquet de Quimper", kind="organization",
                       confidence=0.98), type="indirect")
    grouped, _ = group_quotes([holder, body])
    assert (grouped[0].group_id == grouped[1].group_id is not None) is together


@pytest.mark.parametrize(("said", "told", "together"), [
    # one speaker: a rendering in other words joins
    (_HEARD, "le trésorier de Voile Bleue, une association, était entendu", True),
    (_ARRESTED, "les gendarmes ont fouillé la maison des deux frères soupçonnés de braquages",
     True),
    # the same speaker and case, another statement, or other figures: two statements
    (_HEARD, "il ne fera aucun commentaire avant la fin de l'enquête", False),
    ("Les gendarmes ont saisi 12 kilos de résine dans la cave des deux frères",
     "les gendarmes ont saisi 40 kilos de résine dans la cave des deux frères", False),
])
def test_one_speakers_renderings_and_other_statements(said, told, together):
    quotes = [rec("q1", "a1", said, "Paul Roy"),
              replace(rec("q2", "a2", told, "Paul Roy"), type="indirect")]
    grouped, _ = group_quotes(quotes)
    assert (grouped[0].group_id == grouped[1].group_id is not None) is together


_SEIZED = "Des documents comptables ont été saisis mercredi dans les bureaux de la société"


# a body, a role, and whether the one who holds that role holds that body
BODY_HOLDERS = [
    ("parquet de Rennes", "procureur de la République de Rennes", True),
    ("mairie de Brest", "maire de Brest", True),
    ("parquet de Rennes", "procureur de Nantes", False),  # another place's prosecutor
    ("parquet de Rennes", "maire de Rennes", False),  # the mayor is no voice of the parquet
]


@pytest.mark.parametrize(("body_name", "role", "kept"), BODY_HOLDERS)
def test_consensus_leaves_the_holder_of_the_body_it_gives(body_name, role, kept):
    """Two outlets give a statement to a body, a third to the person a description names who
    holds it: the person stays theirs, as the body's voice; anyone else takes the body."""
    bodies = [rec(q, a, _SEIZED, body_name, kind="organization", confidence=0.9)
              for q, a in (("q1", "a1"), ("q2", "a2"))]
    described = rec("q3", "a3", _SEIZED, "Paul Roy", resolution="description", confidence=0.4)
    described = replace(described, speaker=replace(described.speaker, role=role))
    grouped, groups = group_quotes([*bodies, described])
    assert len(groups) == 1
    assert grouped[2].speaker.name == ("Paul Roy" if kept else body_name)
    assert ("group-consensus" in grouped[2].evidence) is not kept


@pytest.mark.parametrize(("body_name", "role", "kept"), BODY_HOLDERS)
def test_consensus_leaves_the_body_of_the_holder_it_gives(body_name, role, kept):
    """The other way round: two outlets give a statement to a person who holds a body, a third
    (« ce dernier » after the body, unsure) to the body: the body stays the article's own, as
    the person spoke for it; a body they do not hold takes the person."""
    people = [replace(rec(q, a, _SEIZED, "Paul Roy", confidence=0.9), speaker=Speaker(
        "Paul Roy", None, role, "person", "explicit", confidence=0.9)) for q, a in
        (("q1", "a1"), ("q2", "a2"))]
    body = rec("q3", "a3", _SEIZED, body_name, kind="organization", resolution="pronoun",
               confidence=0.4)
    grouped, groups = group_quotes([*people, body])
    assert len(groups) == 1
    assert grouped[2].speaker.name == (body_name if kept else "Paul Roy")
    assert ("group-consensus" in grouped[2].evidence) is not kept


_RULING = "Vous avez huit jours pour former un pourvoi devant la cour de cassation"


def _worded(qid, article, name, resolution, gender, words, confidence=0.75, cue=True):
    """A quote whose speaker the words at its cue stand for (a pronoun, a description)."""
    q = rec(qid, article, _RULING, name, resolution=resolution, confidence=confidence)
    speaker = replace(q.speaker, mention=Span(0, len(words), words), gender=gender,
                      kind="person" if name else "unknown")
    return replace(q, speaker=speaker, cue=Cue("a dit", "dire", 0, 5) if cue else None)


_NAMED_MAN = [replace(rec(q, a, _RULING, "Paul Roy", confidence=0.95), speaker=Speaker(
    "Paul Roy", Span(0, 8, "Paul Roy"), None, "person", "explicit", gender="male",
    confidence=0.95)) for q, a in (("q1", "a1"), ("q2", "a2"))]
_WEAK_MAN = [_worded(q, a, "Paul Roy", "description", "male", "l'écrivain", 0.5)
             for q, a in (("q1", "a1"), ("q2", "a2"))]


@pytest.mark.parametrize(
    ("case", "voters", "member", "speaker"),
    [
        ("a feminine description left unresolved: no man's name",
         _NAMED_MAN, _worded("q3", "a3", None, "unresolved", "female",
                             "la présidente de la cour", 0.02), None),
        ("« elle » tied to a woman: she keeps the words",
         _NAMED_MAN, _worded("q3", "a3", "Julie Marchal", "pronoun", "female", "elle"),
         "Julie Marchal"),
        ("no voter, a man named at the cue elsewhere: « la juge » keeps no one",
         _WEAK_MAN, _worded("q3", "a3", None, "unresolved", "female", "la juge", 0.02), None),
        ("« il » tied to another man: the group's speaker",
         _NAMED_MAN, _worded("q3", "a3", "Marc Lenoir", "pronoun", "male", "il"), "Paul Roy"),
        ("a masculine description left unresolved: the group's speaker",
         _NAMED_MAN, _worded("q3", "a3", None, "unresolved", "male", "le juge", 0.02),
         "Paul Roy"),
    ],
)
def test_consensus_gives_no_one_of_the_other_gender(case, voters, member, speaker):
    """Unresolved beats wrong: words at the cue that agree with one gender (« a affirmé la
    présidente », « a-t-elle rappelé ») never take the group's speaker of the other."""
    grouped, groups = group_quotes([*voters, member])
    assert len(groups) == 1, case
    assert grouped[2].speaker.name == speaker, case
    assert grouped[0].speaker.name == "Paul Roy", case


_BODY = [replace(rec(q, a, _RULING, "préfecture du Gard", kind="organization", confidence=0.95),
                 speaker=Speaker("préfecture du Gard", Span(0, 8, "la préfecture du Gard"), None,
                                 "organization", "explicit", confidence=0.95))
         for q, a in (("q1", "a1"), ("q2", "a2"))]


def _described_person(words, gender, role=None):
    q = _worded("q3", "a3", None, "unresolved", gender, words, 0.02)
    return replace(q, speaker=replace(q.speaker, kind="person", role=role))


def _continued(name, gender, role):
    """A quote given, with no words at its cue, to the person the sentence before names."""
    q = rec("q3", "a3", _RULING, name, resolution="continuation", confidence=0.82)
    return replace(q, speaker=replace(q.speaker, gender=gender, role=role), cue=None)


@pytest.mark.parametrize(
    ("case", "voters", "member", "speaker"),
    [
        ("a person described at the cue by a function: no body's name",
         _BODY, _described_person("le chef de la diplomatie", None, "chef de la diplomatie"),
         None),
        ("a person described at the cue by a gender: no body's name",
         _BODY, _described_person("la procureure", "female"), None),
        ("a role that speaks for a body: the body's name",
         _BODY, _described_person("le porte-parole", "male", "porte-parole"),
         "préfecture du Gard"),
        ("a role whose complement names the group's body: the body's name",
         _BODY, _described_person("le directeur de la préfecture du Gard", "male",
                                  "directeur de la préfecture du Gard"), "préfecture du Gard"),
        ("must not: a role whose complement names another body: no body's name",
         _BODY, _described_person("le directeur de l'hôpital du Gard", "male",
                                  "directeur de l'hôpital du Gard"), None),
        ("a continuation of a woman the sentence before names: hers, no body's",
         _BODY, _continued("Léa Fabre", "female", None), "Léa Fabre"),
        ("a continuation of a person by a function: theirs, no body's",
         _BODY, _continued("Marc Aubin", None, "adjoint au maire"), "Marc Aubin"),
        ("must not: a continuation of a role that speaks for the body: the body's name",
         _BODY, _continued("Marc Aubin", "male", "porte-parole de la préfecture"),
         "préfecture du Gard"),
        ("a noun at the cue that shows neither: the body's name",
         _BODY, _described_person("l'opérateur", None), "préfecture du Gard"),
        ("a person described at the cue, the group's speaker a person: theirs",
         _NAMED_MAN, _described_person("le juge", "male"), "Paul Roy"),
        ("words of unknown kind at the cue: the body's name",
         _BODY, _worded("q3", "a3", None, "unresolved", None, "la même source", 0.02),
         "préfecture du Gard"),
    ],
)
def test_consensus_gives_no_body_to_a_person(case, voters, member, speaker):
    """Unresolved beats wrong: words at the cue that describe a person by a function or a
    gender (« a souligné le chef de la diplomatie ») never take the name of the body another
    outlet names."""
    grouped, groups = group_quotes([*voters, member])
    assert len(groups) == 1, case
    assert grouped[2].speaker.name == speaker, case


def _bodies(name, articles):
    """Quotes of the body ``name``, named at the cue, one in each of ``articles``."""
    return [replace(rec(f"q{a[-1]}", a, _RULING, name, kind="organization", confidence=0.95),
                    speaker=Speaker(name, Span(0, 8, name), None, "organization", "explicit",
                                    confidence=0.95)) for a in articles]


_HERAULT = _bodies("préfecture de l'Hérault", ["a1"])
_LILLE = _bodies("rectorat de Lille", ["a1", "a2"])


def _titled(name, role):
    """A quote given through « elle » to a woman whose role the article gives."""
    q = _worded("q3", "a3", name, "pronoun", "female", "elle")
    return replace(q, speaker=replace(q.speaker, role=role))


def _no_one(qid, article):
    """A quote of the group with no speaker and no words at its cue (a line with no cue)."""
    q = rec(qid, article, _RULING, None, resolution="unresolved", confidence=0.02)
    return replace(q, speaker=replace(q.speaker, kind="unknown"), cue=None)


@pytest.mark.parametrize(
    ("case", "voters", "member", "speaker"),
    [
        ("a continuation of a woman keeps hers against a body: the line with no one stays so",
         _BODY, _continued("Léa Fabre", "female", None), None),
        ("« elle » tied to a woman keeps hers against a man: the line with no one stays so",
         _NAMED_MAN, _worded("q3", "a3", "Julie Marchal", "pronoun", "female", "elle"), None),
        ("must not: « il » tied to another man takes the group's: so does the line",
         _NAMED_MAN, _worded("q3", "a3", "Marc Lenoir", "pronoun", "male", "il"), "Paul Roy"),
        ("must not: a role that speaks for the body takes it: so does the line",
         _BODY, _continued("Marc Aubin", "male", "porte-parole de la préfecture"),
         "préfecture du Gard"),
        ("must not: a woman described with no name of her own: the line takes the body's",
         _BODY, _described_person("la procureure", "female"), "préfecture du Gard"),
        ("must not: « elle », the préfète, for the préfecture: the line takes the préfecture",
         _HERAULT, _titled("Hélène Morin", "préfète"), "préfecture de l'Hérault"),
        ("must not: « elle », the rectrice, against two votes for the rectorat: the line takes it",
         _LILLE, _titled("Sylvie Caron", "rectrice"), "rectorat de Lille"),
        ("a préfète of another place is a second candidate: the line stays with no one",
         _HERAULT, _titled("Hélène Morin", "préfète du Gard"), None),
        ("a woman whose role heads no préfecture is a second candidate: the line stays so",
         _HERAULT, _titled("Hélène Morin", "directrice de cabinet"), None),
        ("must not: « elle » given the group's own man is no second candidate: the line takes him",
         _NAMED_MAN, _worded("q3", "a3", "Paul Roy", "pronoun", "female", "elle"), "Paul Roy"),
    ],
)
def test_consensus_gives_no_one_where_a_member_keeps_its_own(case, voters, member, speaker):
    """Unresolved beats wrong: a member that keeps its own person against the group's speaker
    (the other gender, a person where the group's speaker is a body) is a second candidate,
    and a member that names no one takes neither."""
    grouped, groups = group_quotes([*voters, member, _no_one("q4", "a4")])
    assert len(groups) == 1, case
    assert grouped[-1].speaker.name == speaker, case


_CAMPAIGN = ("direct", "Je quitterai la mairie de Valdrôme en mars pour préparer la campagne "
             "régionale, et le conseil municipal élira mon successeur le 14 avril", "Odile Fabre")


@pytest.mark.parametrize(("other", "together"), [
    # a rendering of the statement in other words: it joins (the guard below is reached)
    (("indirect", "elle quittera la mairie de Valdrôme en mars, son successeur étant élu par "
      "le conseil municipal le 14 avril", "Odile Fabre"), True),
    # another statement of one speaker on one story, sharing a number and a name
    (("indirect", "la piscine de Valdrôme rouvrira le 14 avril après les travaux de la "
      "toiture", "Odile Fabre"), False),
    # another speaker on the same topic, in the same words
    (("indirect", "elle quittera la mairie de Valdrôme en mars, son successeur étant élu par "
      "le conseil municipal le 14 avril", "Louis Garnier"), False),
])
def test_a_paraphrase_needs_one_speaker_and_one_statement(other, together):
    """A paraphrase is one speaker's statement in other words: a number and a place two
    statements of one story share, or another person's words on it, join nothing."""
    quotes = [replace(rec(f"q{n}", f"a{n}", text, speaker=who), type=kind)
              for n, (kind, text, who) in enumerate((_CAMPAIGN, other))]
    grouped, groups = group_quotes(quotes)
    assert [q.speaker.name for q in grouped] == [_CAMPAIGN[2], other[2]]
    assert (grouped[0].group_id == grouped[1].group_id is not None) == together
    if together:
        assert {a.quote_id: a.relation for a in groups[0].appearances}["q1"] == "paraphrase"


_FIRM = "« on ne négocie pas sous la menace »"
_LONG = ("Ce ne sont pas des menaces qui tombent comme ça et qui forcent la main du ministère. "
         "Notre méthode, c'est la négociation")


def test_two_statements_every_outlet_gives_apart_stay_apart():
    """« on ne négocie pas sous la menace » said one day, the longer words on the radio the
    next: both outlets give both, apart; the longer words say « menaces » and « négociation »,
    every content word of the marks, yet each wording joins its own and the two stay apart
    (``passages.given_apart``)."""
    quotes = [
        _mixed("q1", "b1", _FIRM, _FIRM.strip("« »"), "Paul Verdier"),
        rec("q2", "b1", _LONG, "Paul Verdier", start=200),
        rec("q3", "b2", "On ne négocie pas sous la menace", "Paul Verdier"),
        rec("q4", "b2", _LONG, "Paul Verdier", start=150),
    ]
    grouped, _ = group_quotes(quotes)
    ids = [q.group_id for q in grouped]
    assert ids[0] == ids[2] is not None and ids[1] == ids[3] is not None
    assert ids[0] != ids[1]


@pytest.mark.parametrize(("written", "said"), [
    # a newsroom's note in brackets is no word of the speaker's, its marker written any way
    ("Il (le président du club, NDLR) nous a promis des vestiaires neufs",
     "Il nous a promis des vestiaires neufs"),
    ("J'ai appris ce matin (lundi, ndlr.) la décision", "J'ai appris ce matin la décision"),
    ("Le club [N.D.L.R. : Valbrune] a tout perdu", "Le club a tout perdu"),
    # other brackets stay: a cut mark, a name the outlet adds with no note, a « sic »
    ("Il faut tenir (…) jusqu'au bout", "Il faut tenir (…) jusqu'au bout"),
    ("Je repense à (Zinedine) Zidane", "Je repense à (Zinedine) Zidane"),
    ("Les joueur [sic] sont fatigués", "Les joueur [sic] sont fatigués"),
])
def test_a_newsroom_note_is_no_word_said(written, said):
    from quotes.group.narration import without_notes

    assert without_notes(written) == said


@pytest.mark.parametrize(("a", "b", "speakers", "together"), [
    # must join: the words another outlet gives run across the note one outlet inserts (its
    # speaker unnamed: the words alone decide)
    ("Nous avions promis (à nos supporters du virage nord, NDLR) un stade plein pour la finale. "
     "Ce sera fait", "Nous avions promis un stade plein pour la finale de la coupe",
     ("Anne Lindqvist", None), True),
    # must not join: the same words, given to two people named with confidence
    ("Nous avions promis (à nos supporters du virage nord, NDLR) un stade plein pour la finale. "
     "Ce sera fait", "Nous avions promis un stade plein pour la finale de la coupe",
     ("Anne Lindqvist", "Hélène Vasseur"), False),
    # must not join: the note's words are all the two quotes share
    ("Nous ne lâcherons rien (sur la réforme des retraites, NDLR) tant que le texte sera là",
     "La réforme des retraites sera votée à l'automne sans aucun changement",
     ("Anne Lindqvist", "Anne Lindqvist"), False),
])
def test_words_around_a_newsroom_note_group(a, b, speakers, together):
    records = [rec("q1", "a1", a, speakers[0]),
               rec("q2", "a2", b, speakers[1], kind="person" if speakers[1] else "unknown")]
    grouped, _ = group_quotes(records, options=Settings(paraphrase=False))
    assert (grouped[0].group_id == grouped[1].group_id is not None) is together
