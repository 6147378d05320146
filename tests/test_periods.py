"""Periods, how they are known, origins and source labels: computed from the data tables."""

from __future__ import annotations

import pandas as pd

from analysis import data, periods


def test_source_labels_are_computed_from_sources_csv():
    assert periods.source_label("S002", "en") == "Elham al-Najjar, 15 Oct 2024"
    assert periods.source_label("S000", "en") == "Al-Araby Al-Jadeed, 2023 (inferred)"
    assert periods.source_label("S001", "en") == "Arabic Wikipedia, undated"
    assert periods.source_label("S004", "en") == "Analysis, not before 29 Jan 2024 (inferred)"
    # change the data, the label changes: no label is typed
    src = data.sources()
    src.loc[src["source_id"] == "S001", ["date", "date_precision", "date_status"]] = [pd.Timestamp("2016-03-01"), "month", "stated"]
    assert periods.source_label("S001", "en", src) == "Arabic Wikipedia, March 2016"
    src.loc[src["source_id"] == "S000", "author_role"] = "author"
    assert periods.source_label("S000", "en", src) == "Zaid Salem, 2023 (inferred)"


def test_period_text_says_how_the_period_is_known():
    facts = data.facts().set_index("fact_id")
    assert periods.period_text(facts.loc["F030"], "en") == "2023 (inferred)"
    assert periods.period_text(facts.loc["F029"], "en") == "Jan–Jun 2024"
    assert periods.period_text(facts.loc["F032"], "en") == "since October 2023 (inferred)"
    assert periods.period_text(facts.loc["F025"], "en") == "December 2021 (inferred)"
    assert periods.period_text(facts.loc["F016"], "en") == "period not stated"
    assert periods.period_text(facts.loc["F004"], "en") == "up to 2018 (inferred)"
    assert periods.period_text(facts.loc["F030"], "ar").endswith("(مستنتج)")


def test_attribution_names_the_outlet_the_source_cites():
    facts = data.facts().set_index("fact_id")
    assert periods.attribution(facts.loc["F030"], "en") == "Elham al-Najjar, 15 Oct 2024, citing Alhurra, 4 Sep 2024"
    assert periods.attribution(facts.loc["F025"], "en") == "Elham al-Najjar, 15 Oct 2024, citing BBC Arabic, 13 Dec 2021"
    # reference [11] is "op. cit." of [9]: it takes that one's outlet and date
    assert periods.attribution(facts.loc["F031"], "en").endswith("citing Alhurra, 22 Sep 2024")
    assert periods.attribution(facts.loc["F022"], "en").endswith("citing Saudi Ministry of Foreign Affairs (undated)")
    assert periods.attribution(facts.loc["F001"], "en") == "Al-Araby Al-Jadeed, 2023 (inferred)"


def test_every_period_quote_is_the_sources_own_words_and_no_unknown_period_has_dates():
    facts = data.facts()
    unknown = facts[facts["period_status"] == "unknown"]
    assert unknown["period_start"].isna().all() and unknown["period_end"].isna().all()
    inferred = facts[facts["period_status"] == "inferred"]
    assert inferred["period_quote"].notna().all()
    assert {"F030", "F032", "F026", "F025"} <= set(inferred["fact_id"])


def test_sources_dates_follow_the_data():
    src = data.sources()
    assert periods.sources_dates(src, "en") == "dated 2020 to 2024, three of these dates inferred from the text, one undated"
    more = src.copy()
    more.loc[more["source_id"] == "S001", ["date", "date_precision", "date_status"]] = [pd.Timestamp("2015-10-01"), "month", "stated"]
    assert periods.sources_dates(more, "en") == "dated 2015 to 2024, three of these dates inferred from the text"
    assert "دون تاريخ" in periods.sources_dates(src, "ar")
