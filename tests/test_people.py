import json

import pytest
from typer.testing import CliRunner

from quotes.attribute.people import GENDER_DIFFERS, People, Person, apply_people, load_people
from quotes.cli import app
from quotes.errors import InputError
from quotes.model import ArticleRef, Quote, Span, Speaker

runner = CliRunner()

PEOPLE = """name,aliases,role,gender,id,notes
Jens Stoltenberg,,secrétaire général de l'Otan,male,,ignored column
Radosław Sikorski,Radoslaw Sikorski,ministre polonais des Affaires étrangères,male,
Vladimir Poutine,Vladimir Putin|Poutine,président russe,male,Q7747
Oana Lungescu,,porte-parole de l'Otan,female,
Marine Le Pen,,,female,
Jean-Marie Le Pen,,,male,
"""


def said(name, mention=None, *, role=None, gender=None, kind="person", evidence=()):
    """A quote by ``name`` (as the article resolved it), written ``mention`` at the cue."""
    text = "« Nous verrons bien. »"
    span = Span(0, len(text), text)
    where = Span(30, 30 + len(mention), mention) if mention else None
    return Quote(
        id="q-0000000000000001", article=ArticleRef("a1", "Le Monde"), type="direct",
        span=span, sentence=span, cue=None, evidence=evidence,
        speaker=Speaker(name, where, role, kind, "explicit", gender=gender),
    )


@pytest.fixture
def people(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    return load_people(path)


@pytest.mark.parametrize(
    ("name", "mention", "expected"),
    [
        ("Jens Stoltenberg", None, "Jens Stoltenberg"),  # the canonical name
        ("JENS STOLTENBERG", None, "Jens Stoltenberg"),  # case
        ("M. Stoltenberg", None, "Jens Stoltenberg"),  # a titled surname
        ("Stoltenberg", None, "Jens Stoltenberg"),  # a bare surname, unique in the file
        ("Radoslaw Sikorski", None, "Radosław Sikorski"),  # an alias
        ("R. Sikorski", None, "Radosław Sikorski"),  # an initial that fits
        ("Poutine", None, "Vladimir Poutine"),  # a one-word alias
        ("Vladimir Putin", None, "Vladimir Poutine"),
        ("Oána Lungescu", None, "Oana Lungescu"),  # accents
        (None, "M. Stoltenberg", "Jens Stoltenberg"),  # no name: the mention as written
        ("Marine Le Pen", None, "Marine Le Pen"),
        ("J. Le Pen", None, "Jean-Marie Le Pen"),  # one Le Pen has a J
        # not matched: another first name, an initial no one has, a surname two people bear
        ("Anne Stoltenberg", None, None),
        ("Anne Stoltenberg", "Mme Stoltenberg", None),  # the article's full name decides
        ("T. Sikorski", None, None),
        ("Le Pen", None, None),
        ("Mme Le Pen", None, None),
        ("Jens", None, None),  # a first name alone
    ],
)
def test_speaker_names_match_the_file(people, name, mention, expected):
    (q,) = apply_people([said(name, mention)], people)
    assert q.speaker.name == (expected or name)
    assert ("people-file" in q.evidence) == (expected is not None)


def test_organisations_and_anonymous_sources_are_left_alone(people):
    for kind in ("organization", "anonymous"):
        q = said("Stoltenberg", kind=kind)
        assert apply_people([q], people) == [q]


def test_the_file_fills_blanks_only(people):
    blank, told = apply_people(
        [said("M. Stoltenberg", evidence=("cue-verb",)),
         said("Vladimir Poutine", role="chef du Kremlin", gender="male")],
        people,
    )
    assert blank.speaker.role == "secrétaire général de l'Otan"
    assert blank.speaker.gender == "male" and blank.speaker.id is None
    assert blank.evidence == ("cue-verb", "people-file")
    assert told.speaker.role == "chef du Kremlin"  # the article's role is kept
    assert told.speaker.id == "Q7747"
    assert told.speaker.mention is None  # as the article wrote it


def test_the_file_pins_gender_and_notes_a_disagreement(people):
    (q,) = apply_people([said("Oana Lungescu", gender="male")], people)
    assert q.speaker.gender == "female"
    assert q.evidence == ("people-file", GENDER_DIFFERS)


def test_applying_twice_changes_nothing_more(people):
    once = apply_people([said("M. Stoltenberg", kind="unknown")], people)
    assert once[0].speaker.kind == "person"
    assert apply_people(once, people) == once


def test_bom_semicolons_and_blank_lines_are_read(tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes("\ufeffName;Gender\n\nOana Lungescu;Female\n".encode())
    (person,) = load_people(path).persons
    assert person == Person("Oana Lungescu", gender="female", line=3)


@pytest.mark.parametrize(
    ("content", "where", "why"),
    [
        ("nom,role\nJens Stoltenberg,x\n", 1, "no 'name' column"),
        ("", 1, "no 'name' column"),
        ("name,gender\nOana Lungescu,femme\n", 2, "gender 'femme': write female, male"),
        ("name,role\n,ministre\n", 2, "no name"),
        ("name,aliases\nJens Stoltenberg,Jens\nJens Weidmann,Jens\n", 3,
         "'Jens' already names 'Jens Stoltenberg' (line 2)"),
        ("name,aliases\nOana Lungescu\nAnna Lungescu,oana lungescu\n", 3, "already names"),
        ('name,role\nJens Stoltenberg,"secrétaire\ngénéral"\nJens Stoltenberg,x\n', 4,
         "already names 'Jens Stoltenberg' (line 3)"),  # a row that spans two lines
        (b"name\n\nJos\xe9 Bov\xe9\n", 3, "not UTF-8"),
        ('name,role\nJens Stoltenberg,x\nOana Lungescu,"porte-parole\nAnne Roy,maire\n', 3,
         'a " opens a cell and is never closed'),  # read to the end without complaint
        ('name;role\nAnne Roy;"maire\n', 2, 'a " opens a cell and is never closed'),
        ('name,role\nAnne Roy,"maire" de Lunel\n', 2, 'a " misplaced?'),
    ],
)
def test_a_bad_file_is_one_line_naming_file_and_line(tmp_path, content, where, why):
    path = tmp_path / "people.csv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_people(path)
    message = str(exc.value)
    assert message.startswith(f"{path}:{where}: ") and why in message and "\n" not in message


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read the people file"):
        load_people(tmp_path / "nope.csv")


def test_people_built_in_code_check_aliases_too():
    clash = r"mine:3: 'bob dylan' already names 'Bob Dylan' \(line 2\)"
    with pytest.raises(InputError, match=clash):
        People([Person("Bob Dylan", line=2), Person("Bob Marley", ("Bob", "bob dylan"), line=3)],
               "mine")


# ---------------------------------------------------------------------------- the command


def test_extract_with_a_people_file(tmp_path):
    (tmp_path / "a.txt").write_text("« C’est peu probable », a déclaré M. Biden.", "utf-8")
    people = tmp_path / "people.csv"
    people.write_text("name,role,gender,id\nJoe Biden,président des États-Unis,male,Q6279\n",
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["extract", str(tmp_path / "a.txt"), "--people", str(people), "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    (rec,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    speaker = rec["speaker"]
    assert (speaker["name"], speaker["id"]) == ("Joe Biden", "Q6279")
    assert speaker["mention"]["text"] == "M. Biden"
    assert speaker["role"] == "président des États-Unis" and speaker["gender"] == "male"
    assert rec["evidence"][-1] == "people-file"


def test_a_bad_people_file_stops_before_extraction(tmp_path):
    people = tmp_path / "people.csv"
    people.write_text("name,gender\nOana Lungescu,F\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    for command in (["extract"], ["report"], ["group"], ["eval", str(gold)]):
        result = runner.invoke(app, [*command, "never-read.txt", "--people", str(people)])
        assert result.exit_code == 2, (command, result.output)
        assert f"{people}:2: gender 'F'" in result.output.replace("\n", "")


def test_group_and_report_read_back_with_a_people_file(tmp_path):
    from quotes.io.records import dumps

    src = tmp_path / "quotes.jsonl"
    src.write_text(dumps(said("Lungescu")) + dumps(said("M. Stoltenberg")), encoding="utf-8")
    people = tmp_path / "people.csv"
    people.write_text(PEOPLE, encoding="utf-8")
    out = tmp_path / "grouped.jsonl"
    result = runner.invoke(app, ["group", str(src), "-o", str(out), "--people", str(people)])
    assert result.exit_code == 0, result.output
    names = [json.loads(line)["speaker"]["name"] for line in out.read_text("utf-8").splitlines()]
    assert names == ["Oana Lungescu", "Jens Stoltenberg"]
    result = runner.invoke(app, ["report", str(src), "--people", str(people), "--width", "60"])
    assert result.exit_code == 0, result.output
    (overall,) = [line.split() for line in result.output.splitlines() if "all outlets" in line]
    assert overall == ["all", "outlets", "1", "(50%)", "1", "(50%)", "0", "(0%)", "2"]


def test_the_file_replaces_a_guess_from_the_first_name_silently(tmp_path):
    """A gender the name model guessed is no article's word: the file's replaces it, with no
    ``people-file-gender-differs``, and the guess's evidence goes; where the file gives no
    gender, the guess stays with its evidence."""
    from quotes.attribute.name_model import NAME_MODEL

    path = tmp_path / "people.csv"
    path.write_text("name,gender\nOksana Kovalenko,male\nNoémia Carvalho,\n", encoding="utf-8")
    listed = load_people(path)
    (q,) = apply_people([said("Oksana Kovalenko", gender="female", evidence=(NAME_MODEL,))],
                        listed)
    assert q.speaker.gender == "male"
    assert q.evidence == ("people-file",)
    (q,) = apply_people([said("Noémia Carvalho", gender="female", evidence=(NAME_MODEL,))],
                        listed)
    assert (q.speaker.gender, q.evidence) == ("female", (NAME_MODEL, "people-file"))


@pytest.mark.parametrize(("case", "kind", "evidence", "followed"), [
    ("fires: a name of unknown kind the file knows as a person", "unknown", (), True),
    ("fires: a person with no note, now found through the file", "person", ("cue-verb",), True),
    ("must not: a note that still decides the path", "person", ("pronoun-to-antecedent",),
     False),
    ("must not: a person the file does not know", "unknown", (), False),
])
def test_the_confidence_follows_the_path_the_file_leaves(people, case, kind, evidence, followed):
    from dataclasses import replace

    from quotes.attribute.confidence import confidence

    name = "Anne Stoltenberg" if case.endswith("not know") else "M. Stoltenberg"
    q = said(name, kind=kind, evidence=evidence)
    q = replace(q, speaker=replace(q.speaker, confidence=0.42))
    (out,) = apply_people([q], people)
    sp = out.speaker
    assert sp.confidence == (confidence(sp.resolution, sp.kind, out.evidence) if followed
                             else 0.42), case
