"""The preview: what a saved change rebuilds, and the page it serves reloads itself."""

from __future__ import annotations

from analysis.export import plotly_js
from analysis.paths import PACKAGE_DIR, data_dir, notebooks_dir
from analysis.preview import PLOTLY_URL, affected, with_reload

NAMES = ["01_sources", "04_isis_today"]


def test_a_notebook_save_rebuilds_that_notebook_only():
    assert affected({(1, str(notebooks_dir() / "04_isis_today.ipynb"))}, NAMES) == (["04_isis_today"], False)
    assert affected({(1, str(notebooks_dir() / "07_annex_chronology.ipynb"))}, NAMES) == ([], False)


def test_data_catalogue_and_template_rebuild_every_previewed_report():
    for path in (data_dir() / "facts.csv", data_dir() / "catalogue" / "ar.ftl",
                 PACKAGE_DIR / "templates" / "coalition" / "report.css"):
        assert affected({(2, str(path))}, NAMES) == (NAMES, False), path


def test_package_code_restarts_the_kernel():
    assert affected({(2, str(PACKAGE_DIR / "charts" / "attacks.py"))}, NAMES) == (NAMES, True)


def test_the_served_page_polls_for_a_new_version_and_loads_plotly_once_from_the_server():
    page = with_reload(f"<html><head><script>{plotly_js()}</script></head><body><p>x</p></body></html>")
    assert "/__version" in page and "location.reload()" in page
    assert plotly_js() not in page and f'<script src="{PLOTLY_URL}"></script>' in page
