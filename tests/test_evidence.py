"""Evidence entries: each quote once, numbered, linked both ways with charts."""

from __future__ import annotations

import pandas as pd

from analysis import evidence

CITED = pd.DataFrame([
    {"id": "M1", "table": "members", "source_id": "S001", "quote": "نص مشترك", "quote_en": "shared words", "value": None,
     "value_high": None, "qualifier": None, "status": None},
    {"id": "W1", "table": "working_groups", "source_id": "S001", "quote": "نص مشترك", "quote_en": "shared words", "value": None,
     "value_high": None, "qualifier": None, "status": None},
    {"id": "F1", "table": "info_centre", "source_id": "S002", "quote": "نحو 2500", "quote_en": "about 2500", "value": 2500.0,
     "value_high": None, "qualifier": "about", "status": "disputed"},
])


def test_rows_quoting_the_same_words_make_one_entry_in_order_of_first_use():
    items = evidence.entries(["F1", "M1", "W1", "F1"], CITED)
    assert [e.rows for e in items] == [["F1"], ["M1", "W1"]]


def test_source_line_links_each_entry_number_and_numbers_the_figure():
    numbers = {e.key: n for n, e in enumerate(evidence.entries(["F1", "M1"], CITED), start=1)}
    line = evidence.caption_html(["M1", "W1", "F1"], CITED, numbers, "en", figure=3)
    assert "Figure 3" in line and '<a href="#ev-1">1</a>' in line and '<a href="#ev-2">2</a>' in line
    assert line.count("#ev-2") == 1  # two rows, one quote: one number


def test_entry_gives_values_source_quote_translation_and_links_back():
    items = evidence.entries(["F1", "M1", "W1"], CITED)
    numbers = {e.key: n for n, e in enumerate(items, start=1)}
    uses = {items[0].key: [("chart-2", 2)], items[1].key: [("chart-1", 1), ("chart-4", 4)]}
    en = evidence.list_html(items, numbers, uses, CITED, "en")
    assert '<li id="ev-1" value="1">' in en and '<li id="ev-2" value="2">' in en
    assert '<span id="M1"></span><span id="W1"></span>' in en  # row ids stay link targets
    assert en.count("نص مشترك") == 1 and "shared words" in en and "≈ 2,500" in en
    assert 'href="#chart-1"' in en and 'href="#chart-4"' in en and 'href="#chart-2"' in en
    ar = evidence.list_html(items, numbers, uses, CITED, "ar")
    assert "shared words" not in ar and 'dir="rtl"' in ar and "الشكل 4" in ar
