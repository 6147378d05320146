"""Charts fit a phone and the printed page: no chart text runs past the chart's edge."""

from __future__ import annotations

import shutil

import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from analysis.chart_fit import CLIPPED, PHONE_WIDTH_PX
from analysis.export import PLOTLY_MIME, ReportExporter
from analysis.pdf import PRINTABLE_WIDTH_PX

LONG = "ISIS attacks and joint operations, as the source states them, in the first half of 2024"


def page_with(figure: dict) -> str:
    nb = new_notebook()
    nb.cells = [new_code_cell("", outputs=[new_output("display_data", data={PLOTLY_MIME: figure})])]
    return ReportExporter(lang="en", self_contained=True).from_notebook_node(nb)[0]


def clipped(path, width: int) -> list[dict]:
    """Every chart of the page at `path`, laid out `width` px wide: the texts that run past its edge."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"], headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(path.as_uri(), wait_until="load")
            page.wait_for_function("() => window.coalitionCharts.drawn + window.coalitionCharts.failed"
                                   " >= window.coalitionCharts.pending", timeout=60_000)
            assert page.evaluate("() => window.coalitionCharts.failed") == 0
            return [c for c in page.evaluate(CLIPPED, 1) if c["clipped"]]
        finally:
            browser.close()


@pytest.mark.e2e
@pytest.mark.parametrize("width", [PHONE_WIDTH_PX, PRINTABLE_WIDTH_PX])
def test_long_title_and_bar_label_are_wrapped_to_fit(tmp_path, width):
    figure = {"data": [{"type": "bar", "orientation": "h", "x": [153, 120], "y": ["first half of 2024", "all of 2023"],
                        "text": ["≥ 153 (open period) (period inferred)", "about 120"], "textposition": "outside"}],
              "layout": {"title": {"text": LONG}, "height": 300, "margin": {"l": 120, "r": 40, "t": 70, "b": 40},
                         "annotations": [{"text": LONG, "xref": "paper", "yref": "paper", "x": 0.5, "y": -0.2,
                                          "showarrow": False}]}}
    if width > PHONE_WIDTH_PX:  # on paper, bar labels are placed by the chart functions (charts made for paper)
        del figure["data"][0]["text"]
    path = tmp_path / "chart.html"
    path.write_text(page_with(figure), encoding="utf-8")
    assert clipped(path, width) == []


@pytest.mark.e2e
def test_the_detector_sees_text_cut_by_the_edge(tmp_path):
    """Without the fitting script, plotly cuts the same title: the check would go red."""
    figure = {"data": [{"type": "bar", "x": [1], "y": [2]}], "layout": {"title": {"text": LONG}, "height": 300}}
    page = page_with(figure).replace("  coalitionFit(spec, document", "  (function () {})(spec, document").replace(
        "return coalitionRefit(gd);", "return gd;")
    path = tmp_path / "chart.html"
    path.write_text(page, encoding="utf-8")
    found = clipped(path, PHONE_WIDTH_PX)
    assert found and found[0]["clipped"][0]["text"].startswith("ISIS attacks")


def overlapping(path, width: int) -> list[dict]:
    """Every chart of the page at `path`, laid out `width` px wide: its title, notes or category labels that overlap."""
    from playwright.sync_api import sync_playwright

    from analysis.chart_fit import OVERLAPPING

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"], headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(path.as_uri(), wait_until="load")
            page.wait_for_function("() => window.coalitionCharts.drawn + window.coalitionCharts.failed"
                                   " >= window.coalitionCharts.pending", timeout=60_000)
            return [c for c in page.evaluate(OVERLAPPING, 1) if c["overlapping"]]
        finally:
            browser.close()


CROWDED = {"data": [{"type": "bar", "orientation": "h", "x": [3, 5, 7, 2],
                     "y": [f"Analysis, not before 29 Jan 2024,<br>date inferred {n}" for n in range(4)]}],
           "layout": {"title": {"text": "Claimed ISIS deaths: a disputed claim, shown separately"}, "height": 300,
                      "margin": {"l": 200, "r": 20, "t": 60, "b": 40},
                      "annotations": [{"text": LONG + ", " + LONG, "xref": "paper", "yref": "paper", "x": 0, "y": 1.02,
                                       "xanchor": "left", "yanchor": "bottom", "showarrow": False}]}}


@pytest.mark.e2e
def test_on_a_phone_title_notes_and_category_labels_are_spread_apart(tmp_path):
    path = tmp_path / "chart.html"
    path.write_text(page_with(CROWDED), encoding="utf-8")
    assert overlapping(path, PHONE_WIDTH_PX) == []
    assert clipped(path, PHONE_WIDTH_PX) == []


@pytest.mark.e2e
def test_the_overlap_detector_sees_crowded_labels(tmp_path):
    """Without the spreading step, the same chart's title runs into its note: the check would go red."""
    page = page_with(CROWDED).replace("coalitionSpread(gd, update);", "")
    path = tmp_path / "chart.html"
    path.write_text(page, encoding="utf-8")
    assert overlapping(path, PHONE_WIDTH_PX)
