"""The report template: input hidden, direction on text, plotly.js inlined once, nothing fetched."""

from __future__ import annotations

import re

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.export import PLOTLY_MIME, ReportExporter, plotly_js, script_json

SECRET_SOURCE = "print('code the reader must not see')"


def figure(title: str) -> dict:
    return {"data": [{"type": "bar", "x": [1, 2], "y": [3, 4]}], "layout": {"title": {"text": title}}}


def notebook() -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.cells = [
        new_markdown_cell("# A note for notebook editors"),
        new_code_cell(SECRET_SOURCE, outputs=[
            new_output("display_data", data={"text/markdown": "## عنوان\n\nفقرة أولى\n\n- بند"}),
            new_output("display_data", data={PLOTLY_MIME: figure("first </script><script>alert(1)</script>")}),
            new_output("display_data", data={PLOTLY_MIME: figure("second")}),
            new_output("display_data", data={"text/html": "<table><tr><td>خلية</td></tr></table>"}),
        ]),
    ]
    return nb


def render(lang: str = "ar", self_contained: bool = True) -> str:
    body, _ = ReportExporter(lang=lang, title="عنوان التقرير", self_contained=self_contained).from_notebook_node(notebook())
    return body


def test_input_cells_and_markdown_notes_are_hidden():
    page = render()
    assert "code the reader must not see" not in page
    assert "A note for notebook editors" not in page
    assert "فقرة أولى" in page


def test_language_and_direction():
    page = render("ar")
    assert '<html lang="ar">' in page
    assert page.count('<div class="text" dir="rtl">') == 2  # the markdown and the html output
    assert page.count('<div class="chart" dir="ltr">') == 2
    assert "<body>" in page  # direction is never put on <body> (plotly.js#6837)
    english = render("en")
    assert '<html lang="en">' in english and 'dir="rtl"' not in english.split("<body>", 1)[1]


def test_plotly_js_inlined_once_and_nothing_fetched():
    page = render()
    assert len(re.findall(r"\* plotly\.js v\d", page)) == 1
    # plotly.js names URLs it would use for map layers we never draw; the browser test
    # in test_build proves nothing is requested. Here: the page around the bundle.
    page = page.replace(plotly_js(), "")
    assert not re.search(r"<script[^>]+src=", page)
    assert "require.js" not in page and "MathJax.js" not in page and "cdnjs" not in page and "cdn.jsdelivr" not in page
    assert not re.search(r"<link[^>]+href=\"?https?:", page)
    assert "@import" not in page and "fonts.googleapis" not in page


def test_shared_plotly_js_is_referenced_relatively_once_and_not_inlined():
    page = render(self_contained=False)
    assert "plotly.js v" not in page
    assert re.findall(r'<script[^>]+src="([^"]+)"', page) == ["../assets/plotly.min.js"]


def test_shared_plotly_js_is_written_once_atomically_and_matches_the_package(tmp_path):
    from analysis import build
    from analysis.export import PLOTLY_ASSET, write_plotly_asset

    assert build.PLOTLY_ASSET == PLOTLY_ASSET
    path = write_plotly_asset(tmp_path)
    assert path == tmp_path / "assets" / "plotly.min.js"
    assert path.read_text(encoding="utf-8") == plotly_js()
    before = path.stat().st_mtime_ns
    write_plotly_asset(tmp_path)
    assert path.stat().st_mtime_ns == before  # unchanged content is not rewritten
    assert [p.name for p in path.parent.iterdir()] == ["plotly.min.js"]


def test_printer_strips_either_way_of_loading_plotly_js():
    from analysis.pdf import without_plotly_js

    for self_contained in (True, False):
        stripped = without_plotly_js(render(self_contained=self_contained))
        assert "plotly.js v" not in stripped and "plotly.min.js" not in stripped
        assert "coalitionPlot(" in stripped


def test_charts_have_stable_ids_and_output_is_deterministic():
    first, second = render(), render()
    assert first == second
    assert 'id="chart-1"' in first and 'id="chart-2"' in first


def test_figure_text_cannot_close_the_script_element():
    page = render()
    assert "</script><script>alert(1)" not in page
    assert script_json("</script>") == '"\\u003c/script\\u003e"'


def test_page_without_charts_carries_no_plotly():
    nb = new_notebook()
    nb.cells = [new_code_cell("x", outputs=[new_output("display_data", data={"text/markdown": "text"})])]
    body, _ = ReportExporter(lang="en").from_notebook_node(nb)
    assert "Plotly.newPlot" not in body and "plotly.js v" not in body


def test_printer_refuses_overlapping_or_tiny_chart_text_and_alike_categories():
    import pytest

    from analysis.exceptions import ExportError
    from analysis.pdf import check_categories_apart, check_chart_texts

    def box(text, left, top, size=13):
        return {"text": text, "left": left, "right": left + 12, "top": top, "bottom": top + 14, "size": size}

    fine = [{"id": "chart-1", "title": "T", "texts": [box("19", 0, 0), box("20", 0, 16), box("21", 20, 0)]}]
    check_chart_texts(fine, "page.html")
    with pytest.raises(ExportError, match=r"chart-1 \('T'\): the labels '19' and '20' overlap"):
        check_chart_texts([{"id": "chart-1", "title": "T", "texts": [box("19", 0, 0), box("20", 4, 6)]}], "page.html")
    with pytest.raises(ExportError, match=r"chart-2.*6\.8 pt"):
        check_chart_texts([{"id": "chart-2", "title": "", "texts": [box("tiny", 0, 0, size=9)]}], "page.html")
    cut = dict(box("Al-Araby Al-Jadeed, August 2020 (inferred", 0, 0), holderLeft=0, holderRight=8, inTable=True)
    with pytest.raises(ExportError, match=r"runs out of its table and is cut"):
        check_chart_texts([{"id": "chart-4", "title": "", "texts": [cut]}], "page.html")
    apart = [{"name": "Forces", "look": '["#2f5d8a",null,null,null]'}, {"name": "Attacks", "look": '["#c0713a",null,null,null]'}]
    check_categories_apart([{"id": "chart-1", "title": "T", "categories": apart}], "page.html")
    alike = apart + [{"name": "Structure", "look": '["#2f5d8a",null,null,null]'}]
    with pytest.raises(ExportError, match="'Forces' and 'Structure' are drawn alike"):
        check_categories_apart([{"id": "chart-1", "title": "T", "categories": alike}], "page.html")


def test_the_palette_keeps_every_topic_of_the_overview_apart():
    from analysis import data
    from analysis.charts import overview
    from analysis.charts.style import COLORS

    assert len(set(COLORS)) == len(COLORS)
    topics = data.facts()["topic"].nunique()
    fig = overview.evidence_by_source(data.facts(), "en")
    assert len(fig.data) == topics and topics <= len(COLORS)  # colorway: trace n takes COLORS[n]
