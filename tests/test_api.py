"""The Python API: the README example and the package's help() example run as written."""

import re

from conftest import ROOT

import quotes


def _block(text: str, lang: str) -> str:
    return re.search(rf"```{lang}\n(.*?)```", text, re.S).group(1)


def test_readme_python_example_runs(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    exec(_block(readme.split("## Python API")[1], "python"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Jens Stoltenberg Nous verrons bien"
    assert out[-1].endswith("True")


def test_help_example_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    example = quotes.__doc__.split("\n\n", 1)[1].split("\n\nNames")[0]
    scope: dict = {}
    exec("\n".join(line.removeprefix("    ") for line in example.splitlines()), scope)
    assert (scope["found"][0].speaker.name, scope["found"][0].span.text) == (
        "Jens Stoltenberg", "Nous verrons")
    assert scope["groups"] and all(isinstance(r, quotes.Quote | quotes.Problem)
                                   for r in scope["records"])


def test_one_extractor_serves_many_texts(nlp):
    extractor = quotes.Extractor(nlp=nlp)
    first = extractor.text("« Nous verrons bien la suite », a dit Jens Stoltenberg.",
                           id="a1", outlet="AFP")
    second = extractor.text("« L’alliance restera unie », a déclaré Oana Lungescu.", id="a2")
    assert [(q.article.id, q.article.outlet, q.who) for q in first + second] == [
        ("a1", "AFP", "Jens Stoltenberg"), ("a2", None, "Oana Lungescu")]
    assert first[0].extraction.model and extractor.nlp is nlp


def test_no_public_name_is_both_a_module_and_a_function():
    import importlib.util

    for name in quotes.__all__:
        assert importlib.util.find_spec(f"quotes.{name}") is None, name
