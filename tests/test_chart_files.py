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
         "value_high": None, "qualifier": "at_least", "status": "reported", "period_start": None, "period_end": None,
         "period_status": "unknown", "period_quote": None, "origin_ref": "S002_R01"},
        {"id": "F030", "table": "facts", "source_id": "S002", "quote": "نحو 120 هجومًا", "quote_en": "about 120 attacks",
         "value": 120.0, "value_high": None, "qualifier": "about", "status": "reported",
         "period_start": pd.Timestamp("2023-01-01"), "period_end": pd.Timestamp("2023-12-31"), "period_status": "inferred",
         "period_quote": "العام الماضي", "origin_ref": "S002_R10"},
        {"id": "E003", "table": "events", "source_id": "S000", "quote": "في سبتمبر 2014", "quote_en": "in September 2014",
         "value": None, "value_high": None, "qualifier": None, "status": None, "period_start": pd.Timestamp("2014-09-01"),
         "period_end": None, "period_status": "stated", "period_quote": None, "origin_ref": None},
    ])
    derived = {"F030": {"value": 10.0, "derivation": "≈ 120 ÷ 12 months"}}
    rows = list(csv.DictReader(io.StringIO(chart_csv("01_x-1", ["F001", "F030", "E003"], cited, "en", derived))))
    assert list(rows[0]) == CSV_COLUMNS
    assert rows[0]["value"] == "12000" and rows[0]["qualifier"] == "at_least" and rows[0]["quote"] == "ما لا يقل عن 12 ألف"
    assert rows[0]["source"].startswith("Elham al-Najjar")
    assert rows[0]["quote_en"] == "no fewer than 12 thousand"  # the project's translation, beside the quote
    assert rows[0]["period_known"] == "unknown" and rows[0]["period_start"] == "" and rows[0]["derived_value"] == ""
    assert rows[0]["origin"] == "Independent Arabia, 8 Oct 2024"
    assert (rows[1]["period_start"], rows[1]["period_end"], rows[1]["period_known"]) == ("2023-01-01", "2023-12-31", "inferred")
    assert rows[1]["period_words"] == "العام الماضي" and rows[1]["origin"] == "Alhurra, 4 Sep 2024"
    assert rows[1]["derived_value"] == "10" and rows[1]["derivation"] == "≈ 120 ÷ 12 months"
    assert rows[2]["value"] == "" and rows[2]["table"] == "events" and rows[2]["period_start"] == "2014-09-01"
