"""`analysis.paths`: every folder the build reads or writes, each movable by its variable."""

from __future__ import annotations

import pytest

from analysis import paths

FOLDERS = {
    "COALITION_DATA": (paths.data_dir, paths.ROOT / "data"),
    "COALITION_SOURCES": (paths.sources_dir, paths.ROOT.parent / "shared" / "sources"),
    "COALITION_USER_SOURCES": (paths.user_sources_dir, paths.ROOT.parent / "sources"),
    "COALITION_NOTEBOOKS": (paths.notebooks_dir, paths.ROOT / "notebooks"),
    "COALITION_REPORTS": (paths.reports_dir, paths.ROOT / "reports"),
    "COALITION_BUILD": (paths.build_dir, paths.ROOT / "build"),
}


@pytest.mark.parametrize("variable", FOLDERS)
def test_each_folder_has_its_default_and_follows_its_variable(variable, tmp_path, monkeypatch):
    function, default = FOLDERS[variable]
    monkeypatch.delenv(variable, raising=False)
    assert function() == default
    monkeypatch.setenv(variable, str(tmp_path / "moved" / ".." / "here"))
    assert function() == tmp_path / "here"  # resolved, absolute
    monkeypatch.setenv(variable, "")
    assert function() == default  # an empty variable is no setting


def test_sources_are_looked_for_in_the_shared_folder_first(tmp_path, monkeypatch):
    monkeypatch.setenv("COALITION_SOURCES", str(tmp_path / "shared"))
    monkeypatch.setenv("COALITION_USER_SOURCES", str(tmp_path / "mine"))
    assert paths.sources_dirs() == (tmp_path / "shared", tmp_path / "mine")


def test_the_template_ships_inside_the_package():
    assert paths.TEMPLATES_DIR.parent == paths.PACKAGE_DIR and paths.TEMPLATES_DIR.is_dir()
