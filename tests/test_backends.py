"""Choosing the parser: --backend and --model, and one clear line when it is not installed."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS

from quotes.api import Extractor
from quotes.errors import ModelNotAvailable
from quotes.nlp import load_pipeline, model_name
from quotes.settings import Settings


def _quotes(*args: str, hide_stanza: bool = False) -> subprocess.CompletedProcess[str]:
    """The ``quotes`` command in a fresh interpreter, stanza made unimportable if asked."""
    hide = "sys.modules['stanza'] = None; " if hide_stanza else ""
    code = (f"import sys; {hide}sys.argv = ['quotes', *sys.argv[1:]]; "
            "from quotes.cli import main; main()")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=300, cwd=ROOT, check=False)


def test_stanza_backend_without_stanza_is_one_line_naming_what_to_install(tmp_path):
    out = tmp_path / "out.jsonl"
    run = _quotes("extract", str(SEEDS), "--backend", "stanza", "-o", str(out), hide_stanza=True)
    assert run.returncode == 2
    assert run.stdout == "" and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [
        "error: --backend stanza needs stanza: pip install 'quotes[stanza]', then download its "
        "French models with python -c \"import stanza; stanza.download('fr')\""]
    assert not out.exists()


def test_stanza_backend_without_its_models_says_how_to_download_them():
    try:
        load_pipeline("stanza")
    except ModelNotAvailable:
        pass
    else:
        pytest.skip("stanza's French models are installed here")
    run = _quotes("eval", "fixtures/gold/seeds.jsonl", str(SEEDS), "--backend", "stanza")
    assert run.returncode == 2 and "Traceback" not in run.stderr
    (line,) = run.stderr.splitlines()
    assert "stanza" in line and "stanza.download('fr')" in line


@pytest.mark.parametrize("args", [["--model", "fr_core_news_xl"],
                                  ["--backend", "stanza", "--model", "fr_core_news_sm"]])
def test_a_model_that_cannot_be_loaded_is_one_line(args):
    run = _quotes("report", str(SEEDS), *args)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    (line,) = run.stderr.splitlines()
    assert line.startswith("error: ") and args[-1] in line


def test_an_unknown_backend_is_a_usage_error():
    run = _quotes("extract", str(SEEDS), "--backend", "bert")
    assert (run.returncode, run.stderr.strip()) == (
        2, "error: backend 'bert': choose one of spacy, stanza")


def test_model_picks_another_installed_spacy_pipeline_also_in_jobs_workers():
    sentence = "« Nous verrons bien », a déclaré Jens Stoltenberg."
    small = Extractor(Settings(model="fr_core_news_sm"))
    assert model_name(small.nlp).startswith("fr_core_news_sm-")
    assert model_name(small.nlp) != model_name(load_pipeline())
    serial = small.text(sentence)
    texts = [f"{sentence} Il a parlé {n} fois." for n in range(4)]
    parallel = Extractor(Settings(model="fr_core_news_sm", jobs=2, batch_size=1))
    assert parallel.nlp is small.nlp  # one load per process, inherited by the workers
    found = [q for n, t in enumerate(texts) for q in parallel.text(t, id=f"a{n}")]
    assert [(q.span.text, q.who, q.extraction.model) for q in found] == [
        (serial[0].span.text, serial[0].who, model_name(small.nlp))] * 4
