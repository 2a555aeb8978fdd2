"""The package reads as its pipeline: imports only go down the stages, modules stay small."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quotes"

# the order data flows; a module may import from its own stage or from an earlier one
STAGES = [
    ("errors", "settings", "model", "lexicon"),
    ("io", "nlp"),
    ("detect",),
    ("attribute",),
    ("pipeline", "scale"),
    ("group",),
    ("api", "present", "evaluate", "component"),
    ("cli", "__init__", "__main__"),
]
RANK = {name: n for n, names in enumerate(STAGES) for name in names}


def stage_of(module: str) -> str:
    """quotes.detect.frames -> detect; quotes.pipeline -> pipeline."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        yield ".".join(rel.parts).removesuffix(".__init__"), path


def imported(path: Path, module: str):
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            if base == "quotes":
                yield from (f"quotes.{a.name}" for a in node.names)
            elif base.startswith("quotes."):
                yield base
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("quotes."))


@pytest.mark.parametrize(("module", "path"), list(modules()), ids=lambda v: str(v))
def test_imports_only_go_down(module, path):
    mine = RANK[stage_of(module)]
    later = [
        other
        for other in imported(path, module)
        if stage_of(other) in RANK and RANK[stage_of(other)] > mine
    ]
    assert not later, f"{module} imports from later stages: {later}"


@pytest.mark.parametrize(("module", "path"), list(modules()), ids=lambda v: str(v))
def test_module_has_one_job_and_stays_small(module, path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 400, f"{module}: split it by job"
    assert ast.get_docstring(ast.parse(text)) or path.name == "__main__.py", module


def test_every_stage_folder_says_what_enters_and_leaves():
    for folder in ("io", "nlp", "detect", "attribute", "scale", "group", "present"):
        doc = ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text()))
        assert doc and "In:" in doc and "Out:" in doc, folder


def test_known_stages_cover_the_package():
    assert {stage_of(m) for m, _ in modules()} <= set(RANK)


def test_only_nlp_loads_or_constructs_a_parser():
    calls = ("spacy.load(", "spacy.blank(", "stanza.Pipeline(")
    scripts = sorted((PACKAGE.parent / "scripts").glob("*.py"))
    elsewhere = [str(path) for module, path in [*modules(), *(("scripts", p) for p in scripts)]
                 if stage_of(module) != "nlp" and any(c in path.read_text(encoding="utf-8")
                                                      for c in calls)]
    assert not elsewhere, f"load parsers through quotes.nlp.load_pipeline: {elsewhere}"
