"""Every report notebook: committed clean, standard parameters, and each parameter matters."""

from __future__ import annotations

import json

import nbformat
import pytest

from analysis.catalogue import t
from analysis.notebooks import read_notebook
from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EARLY = "2023-12-31"  # after the earliest statement (2020), before the 2024 sources


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))]
    assert not dirty, f"{path.name}: cells {dirty} carry outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_declares_the_report_parameters_and_a_title(path):
    nb = read_notebook(path)
    assert nb is not None, f"{path.name} has no parameters cell"
    params = nb.parameters
    assert params["lang"].choices == ("ar", "en")
    assert params["as_of"].is_date and params["as_of"].default == ""
    assert params["include_disputed"].type is bool
    assert nb.title_key, f"{path.name}: metadata.coalition.title names no catalogue key"
    assert t(nb.title_key, "ar") and t(nb.title_key, "en")


def reader_outputs(path) -> list[str]:
    """What a reader sees of an executed notebook: its displayed data, in order."""
    nb = nbformat.read(str(path), as_version=4)
    seen = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            for mime in ("application/vnd.plotly.v1+json", "text/html", "text/markdown"):
                if mime in data:
                    seen.append(json.dumps(data[mime], sort_keys=True, ensure_ascii=False))
    return seen


def run(path, tmp_path, **parameters):
    """Execute through the build's warm-kernel engine: one kernel for every run of the suite."""
    from analysis.execute import execute

    out = tmp_path / f"{path.stem}-{'-'.join(f'{k}={v}' for k, v in parameters.items())}.ipynb"
    execute(path, out, parameters)
    return reader_outputs(out)


def built(full_build, path, lang: str) -> list[str]:
    """What readers see of the shared build's run of `path` in `lang` (default parameters)."""
    return reader_outputs(full_build.build / lang / f"{path.stem}.ipynb")


@pytest.mark.e2e
def test_the_builds_run_is_what_the_engine_gives(full_build, tmp_path):
    """The shared build's executed chapters stand for a run with default parameters (so the test below may compare with them)."""
    path = ROOT / "notebooks" / "08_annex_method.ipynb"
    assert run(path, tmp_path, lang="en") == built(full_build, path, "en")


@pytest.mark.e2e
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_parameter_changes_the_output(path, full_build, tmp_path):
    """lang from the shared build's two runs; as_of and include_disputed each run once in the warm kernel."""
    english, arabic = built(full_build, path, "en"), built(full_build, path, "ar")
    assert english and arabic
    assert english != arabic, "lang=ar gave the same output as lang=en"
    assert run(path, tmp_path, lang="en", as_of=EARLY) != english, f"as_of={EARLY} changed nothing"
    assert run(path, tmp_path, lang="en", include_disputed=False) != english, "include_disputed=false changed nothing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_an_edition_is_made_right_after_the_parameters_and_speaks_for_the_chapter(path):
    from analysis.parameters import parse_parameters, parameters_cell_source
    from analysis.report import DECLARED

    nb = json.loads(path.read_text(encoding="utf-8"))
    assert parse_parameters(parameters_cell_source(nb)) == DECLARED
    code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    assert code[1] == f'from analysis.report import Edition\n\ned = Edition(lang, as_of, include_disputed, name="{path.stem}")'
    later = "\n".join(code[2:])
    assert "report." not in later and "display(" not in later, "chapters speak through ed.text, ed.show, ed.block"
    for name in ("lang", "as_of", "include_disputed"):  # the checked values, never the raw ones
        assert not __import__("re").search(rf"(?<![\w.]){name}\b(?!\s*=)", later), name


def test_a_truncated_notebook_is_named_with_its_position_and_spares_only_of_another(tmp_path):
    import shutil

    from analysis.exceptions import InputFileError
    from analysis.notebooks import discover
    from conftest import FIXTURES

    shutil.copy(FIXTURES / "notebooks" / "tiny.ipynb", tmp_path / "tiny.ipynb")
    text = (FIXTURES / "notebooks" / "tiny.ipynb").read_text(encoding="utf-8")
    (tmp_path / "broken.ipynb").write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(InputFileError, match=r"broken.ipynb, line \d+, column \d+: not valid JSON"):
        discover(tmp_path)
    assert [nb.name for nb in discover(tmp_path, only=["tiny"])] == ["tiny"]
    with pytest.raises(InputFileError, match="broken.ipynb"):
        discover(tmp_path, only=["broken"])
    from analysis.index import report_titles

    assert "full" in report_titles(tmp_path)  # the index is written; the broken notebook is left out


def test_chapters_come_in_a_reader_s_order_with_the_annexes_last():
    """Findings; sources and limits; the coalitions; the mission's end; ISIS today; the human cost;
    conclusion; then the chronology and the method as annexes (the full report follows this order)."""
    from analysis.notebooks import discover

    titles = [nb.title_key for nb in discover()]
    assert titles == ["findings.title", "evidence.title", "structure.title", "forces.title", "attacks.title",
                      "casualties.title", "conclusion.title", "timeline.title", "method.title"]
