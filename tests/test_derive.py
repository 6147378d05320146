"""Derived and inferred values: computed from cited rows, each with its formula and inputs."""

from __future__ import annotations

import math

import pandas as pd

from analysis import data, derive


def test_rates_ratio_inferred_periods_and_spans_are_listed():
    table = derive.derivations(data.facts(), "en")
    kinds = table.groupby("kind")["ids"].apply(list).to_dict()
    assert sorted(i for ids in kinds["rate"] for i in ids) == ["F026", "F029", "F030"]
    assert kinds["ratio"] == [["F029", "F030"]]
    assert ["F030"] in kinds["inferred_period"] and ["F032"] in kinds["inferred_period"]
    assert kinds["no_end_date"] == [["F027"]]
    rate = table[(table["kind"] == "rate") & (table["ids"].map(lambda i: i == ["F030"]))].iloc[0]
    assert rate["value"] == "≈ 10 attacks / month (derived)" and "≈ 120" in rate["formula"] and "12" in rate["formula"]
    span = table[table["kind"] == "no_end_date"].iloc[0]
    assert "2027" not in span["value"] + span["formula"] and "no starting point" in span["formula"]


def test_the_ratio_keeps_both_qualifiers():
    pair = derive.ratio(data.facts())
    # 25.5 (more than) / 10 (about) = 2.55, approximate: "about 10" may have been more, so never "or more"
    assert pair["value"] == 2.5
    text = derive.ratio_text(pair, "en")
    assert "> 25.5" in text and "≈ 10" in text and "derived" in text and "or more" not in text
    # over an exact earlier count, a lower bound's ratio is a lower bound too
    exact = {**pair, "den": {**pair["den"], "qualifier": "exact"}}
    assert "or more" in derive.ratio_text(exact, "en")


def test_months_in_period():
    assert derive.months_in_period("2023-01-01", "2023-12-31") == 12
    assert math.isnan(derive.months_in_period("2023-10-01", pd.NaT))


def test_a_changed_count_changes_the_derived_values():
    facts = data.facts()
    facts.loc[facts["fact_id"] == "F030", "value"] = 60.0
    pair = derive.ratio(facts)
    assert pair["value"] == round(25.5 / 5.0, 1)


def test_arabic_multiples_read_as_words_with_half():
    """«نحو مرتين ونصف الوتيرة السابقة», not «نحو 2.5 مرة قدر الوتيرة السابقة»."""
    from analysis import derive

    assert [derive.times(v, "ar") for v in (1.5, 2, 2.5, 3, 2.6)] == ["مرة ونصف", "مرتين", "مرتين ونصف", "ثلاث مرات", "2.6 مرة"]
    text = derive.ratio_text({"value": 2.5, "num": {"per_month": 25.5, "qualifier": "more_than"},
                              "den": {"per_month": 10.0, "qualifier": "exact"}}, "ar")
    assert text.startswith("نحو مرتين ونصف الوتيرة السابقة أو أكثر") and "2.5 مرة" not in text
