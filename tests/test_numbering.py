"""Numbered figures and tables: the label, the title above the chart, and numbers across the full report."""

from __future__ import annotations

import datetime as dt

import nbformat
import plotly.graph_objects as go
from nbformat.v4 import new_code_cell, new_notebook, new_output

from analysis import numbering
from analysis.assemble import PLOTLY_MIME, assemble


def test_title_html_numbers_and_states_the_title_in_both_languages():
    en = numbering.title_html("figure", 4, "ISIS attacks per month: <br>about 10", "en")
    assert '<b class="figure-no" data-kind="figure">Figure 4</b>. ISIS attacks per month: about 10' in en
    ar = numbering.title_html("table", 2, "أعضاء كل تحالف", "ar")
    assert "الجدول 2</b>: أعضاء كل تحالف" in ar
    assert numbering.title_html("table", 1, "four groups", "en").endswith("</b>. Four groups</p>")  # opens with a capital


def test_renumber_rewrites_only_the_label():
    markup = numbering.title_html("table", 1, "Figure 9 is named in the title", "en")
    again = numbering.renumber(markup, 7, "en")
    assert ">Table 7</b>" in again and "Figure 9 is named in the title" in again
    assert numbering.kind_of(again) == "table" and numbering.kind_of("<p>plain</p>") is None


def test_untitled_moves_the_title_out_and_keeps_the_plot_area():
    fig = go.Figure(go.Bar(x=[1], y=[2]))
    fig.update_layout(title={"text": "Killed: about 1,810"}, height=420, margin={"t": 100}, meta={"lang": "en"})
    numbering.untitled(fig)
    assert fig.layout.title.text == "" and fig.layout.meta["title"] == "Killed: about 1,810"
    assert fig.layout.height == 420 and fig.layout.margin.t == 100 - numbering.TITLE_ROOM


def _chapter(path, kinds):
    """A chapter's outputs: a numbered title per kind (numbered 1, 2… within the chapter), a chart after each figure."""
    outputs, counts = [], {"figure": 0, "table": 0}
    for kind in kinds:
        counts[kind] += 1
        outputs.append(new_output("display_data", data={"text/html": numbering.title_html(kind, counts[kind], kind, "en")},
                                  metadata={"coalition": {"kind": f"{kind}-title"}}))
        if kind == "figure":
            outputs.append(new_output("display_data", data={PLOTLY_MIME: {"data": [], "layout": {}}}))
    nb = new_notebook()
    nb.cells = [new_code_cell("", outputs=outputs)]
    nbformat.write(nb, str(path))
    return path


def test_the_full_report_numbers_figures_and_tables_across_chapters(tmp_path):
    a = _chapter(tmp_path / "a.ipynb", ["table", "figure"])
    b = _chapter(tmp_path / "b.ipynb", ["figure", "table", "figure"])
    nb = assemble([("a", "A", a), ("b", "B", b)], "en", {"as_of": ""}, "2024-10-15", dt.date(2025, 1, 1))
    labels = [_label(o.data["text/html"]) for c in nb.cells for o in c.outputs
              if numbering.kind_of(o.get("data", {}).get("text/html", "") or "")]
    assert labels == ["Table 1", "Figure 1", "Figure 2", "Table 2", "Figure 3"]
    # each chapter alone keeps its own numbers
    alone = nbformat.read(str(b), as_version=4)
    assert [_label(o.data["text/html"]) for o in alone.cells[0].outputs if "text/html" in o.data] == [
        "Figure 1", "Table 1", "Figure 2"]


def _label(markup: str) -> str:
    return numbering.LABEL.search(markup).group(0).split(">")[1].split("<")[0]


def test_a_note_above_the_plot_keeps_the_top_margin():
    fig = go.Figure(go.Bar(x=[1], y=[2]))
    fig.update_layout(title={"text": "Plan"}, margin={"t": 105}, meta={"lang": "en"})
    fig.add_annotation(text="a note", xref="paper", yref="paper", x=0, y=1.0, showarrow=False)
    numbering.untitled(fig)
    assert fig.layout.margin.t == 105 and fig.layout.title.text == ""
