from __future__ import annotations

import csv
import io

import nbformat
import pandas as pd
from nbformat.v4 import new_code_cell, new_notebook, new_output

from analysis.chart_files import CSV_COLUMNS, chart_csv, cited_ids_per_chart
from analysis.export import PLOTLY_MIME


def test_cited_ids_follow_chart_order(tmp_path):
    nb = new_notebook()
    fig = lambda ids: {PLOTLY_MIME: {"data": [], "layout": {"meta": {"fact_ids": ids}}}}
    nb.cells = [
        new_code_cell("", outputs=[new_output("display_data", data=fig(["F001", "F002"])),
                                   new_output("display_data", data={"text/html": "<p>x</p>"})]),
        new_code_cell("", outputs=[new_output("display_data", data=fig(["E003"]))]),
    ]
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, str(path))
    assert cited_ids_per_chart(path) == [["F001", "F002"], ["E003"]]


def test_chart_csv_holds_value_qualifier_source_and_quote():
    cited = pd.DataFrame([
        {"id": "F001", "table": "facts", "source_id": "S002", "quote": "ما لا يقل عن 12 ألف",
         "quote_en": "no fewer than 12 thousand", "value": 12000.0,
         "value_high": None, "qualifier": "at_least", "status": "reported"},
        {"id": "E003", "table": "events", "source_id": "S000", "quote": "في سبتمبر 2014", "quote_en": "in September 2014", "value": None,
         "value_high": None, "qualifier": None, "status": None},
    ])
    rows = list(csv.DictReader(io.StringIO(chart_csv("01_x-1", ["F001", "E003"], cited, "en"))))
    assert list(rows[0]) == CSV_COLUMNS
    assert rows[0]["value"] == "12000" and rows[0]["qualifier"] == "at_least" and rows[0]["quote"] == "ما لا يقل عن 12 ألف"
    assert rows[0]["source"].startswith("Elham al-Najjar")
    assert rows[0]["quote_en"] == "no fewer than 12 thousand"  # the project's translation, beside the quote
    assert rows[1]["value"] == "" and rows[1]["table"] == "events"
