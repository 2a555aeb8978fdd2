"""The one settings object: defaults, TOML files, and settings that reach the stages."""

import re
from dataclasses import fields
from pathlib import Path

import pytest

from quotes.errors import InputError
from quotes.model import Article
from quotes.pipeline import extract_doc
from quotes.settings import DEFAULT, Settings


def test_toml_overrides_only_what_it_names(tmp_path):
    path = tmp_path / "quotes.toml"
    path.write_text("[quotes]\nthreshold = 80\njobs = 2\n", encoding="utf-8")
    s = Settings.from_toml(path)
    assert (s.threshold, s.jobs) == (80, 2)
    assert s.fragment_threshold == DEFAULT.fragment_threshold


def test_toml_without_table_is_read_too(tmp_path):
    path = tmp_path / "quotes.toml"
    path.write_text('scorer = "ratio"\n', encoding="utf-8")
    assert Settings.from_toml(path).scorer == "ratio"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("treshold = 80\n", "unknown setting(s) treshold"),
        ('jobs = "two"\n', "setting jobs must be int"),
        ("jobs = true\n", "setting jobs must be int"),
        ("jobs = \n", "invalid TOML"),
        ('scorer = "cosine"\n', "scorer 'cosine'"),
        ("jobs = -1\n", "at least 1 (or 0 for auto)"),
        # a negative read size reads all of stdin; NaN and inf cannot be a byte count
        ("max_stdin_mb = -1.0\n", "max_stdin_mb must be above 0"),
        ("max_stdin_mb = nan\n", "max_stdin_mb must be above 0"),
        ("max_stdin_mb = inf\n", "max_stdin_mb must be above 0"),
        # below 0, two articles of one day would report two occasions
        ("occasion_days = -1\n", "occasion_days must be at least 0"),
        # below 0, two articles of one day would tell two stories
        ("story_days = -1\n", "story_days must be at least 0"),
    ],
)
def test_bad_settings_file_is_one_clear_error(tmp_path, body, message):
    path = tmp_path / "quotes.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        Settings.from_toml(path)


def test_missing_settings_file(tmp_path):
    with pytest.raises(InputError, match="cannot read settings"):
        Settings.from_toml(tmp_path / "absent.toml")


def test_with_changes_ignores_unset_flags():
    s = DEFAULT.with_changes(threshold=None, jobs=3)
    assert s.jobs == 3 and s.threshold == DEFAULT.threshold


def test_every_setting_has_a_documented_default():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [f.name for f in fields(Settings) if f"`{f.name}`" not in readme]
    assert not missing, f"settings without a README row: {missing}"


def test_pronoun_lookback_reaches_the_timeline(nlp):
    filler = "La réunion a duré longtemps. " * 6
    text = f"Joe Biden est arrivé mercredi. {filler}« Nous verrons », a-t-il ajouté."
    doc = nlp(text)
    near = extract_doc(Article("t", text), doc).quotes[0]
    assert near.speaker.name == "Joe Biden"
    # the rules alone (the learned ranker would choose among the cast, out of their reach)
    rules = Settings(pronoun_lookback_chars=50, ranker=False)
    short = extract_doc(Article("t", text), nlp(text), settings=rules)
    assert short.quotes[0].speaker.name is None  # the antecedent is out of reach
