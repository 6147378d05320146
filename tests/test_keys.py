"""Every catalogue key the notebooks and the package use has both languages, found statically."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from analysis import keys
from analysis.catalogue import catalogue
from analysis.exceptions import MissingTranslationError
from conftest import FIXTURES, ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_project_uses_only_keys_with_both_languages():
    assert keys.check(NOTEBOOKS) > 50


def test_finds_keys_in_calls_of_notebooks_and_modules():
    namespaces = {k.split(".", 1)[0] for k in catalogue()}
    used = {u.key for u in keys.uses(NOTEBOOKS, namespaces)}
    assert {"evidence.title", "evidence.limits", "findings.title", "ui.page_of", "full.title"} <= used
    assert not any(k.endswith((".csv", ".py", ".ipynb")) for k in used)


def _notebook_using(tmp_path, source: str):
    nb = json.loads((FIXTURES / "notebooks" / "tiny.ipynb").read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "code", "metadata": {}, "source": source, "outputs": [], "execution_count": None})
    path = tmp_path / "uses_key.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def test_a_key_missing_from_the_catalogue_names_notebook_and_cell(tmp_path):
    path = _notebook_using(tmp_path, 'from analysis.report import text\ntext("ui.no_such_key", lang)')
    with pytest.raises(MissingTranslationError) as info:
        keys.check([path])
    assert "uses_key.ipynb, cell 4, line 2: catalogue key 'ui.no_such_key' is not in the catalogue" in str(info.value)


def test_a_key_without_arabic_is_found_before_any_kernel(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    ar = data / "catalogue" / "ar.ftl"
    text = ar.read_text(encoding="utf-8")
    assert re.search(r"^ui-sources_section = .*\n", text, flags=re.M)
    ar.write_text(re.sub(r"^ui-sources_section = .*\n", "", text, flags=re.M), encoding="utf-8")
    monkeypatch.setenv("COALITION_DATA", str(data))
    monkeypatch.setenv("COALITION_BUILD", str(tmp_path / "build"))
    monkeypatch.setenv("COALITION_REPORTS", str(tmp_path / "reports"))
    from analysis.build import run_build

    with pytest.raises(MissingTranslationError, match=r"catalogue key 'ui.sources_section' has no 'ar' text"):
        run_build(only=["01_sources"], say=lambda line: None)
    assert not (tmp_path / "build" / "en").exists() and not (tmp_path / "build" / "ar").exists()
