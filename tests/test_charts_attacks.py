"""Attacks chapter: periods, monthly rates and charts, on small frames built here (and the real data)."""

from __future__ import annotations

import json
import math
import re

import pandas as pd
import pytest

from analysis import data
from analysis import fmt
from analysis.catalogue import t
from analysis.charts import attacks
from analysis.selection import select_facts

NaT = pd.NaT


def fact(fid, subject, metric, value, qualifier, start, end, stated="2024-10-15", topic="attacks", source="S002"):
    return {
        "fact_id": fid, "topic": topic, "metric": metric, "unit": "attacks", "subject": subject, "place": "both",
        "value": float(value), "value_high": float("nan"), "qualifier": qualifier,
        "period_start": pd.Timestamp(start) if start else NaT, "period_end": pd.Timestamp(end) if end else NaT,
        "stated_on": pd.Timestamp(stated), "claimant": "unnamed_statistics", "status": "reported",
        "source_id": source, "quote": f"quote {fid}", "period_status": "stated" if (start or end) else "unknown",
        "period_quote": f"words {fid}" if (start or end) else None, "origin_ref": None,
    }


@pytest.fixture
def facts():
    return pd.DataFrame([
        fact("A2", "isis", "attacks", 153, "more_than", "2024-01-01", "2024-06-30"),
        fact("A1", "isis", "attacks", 120, "about", "2023-01-01", "2023-12-31"),
        fact("J1", "iraq_us_joint", "joint_operations", 137, "exact", "2024-01-01", "2024-06-30", topic="operations"),
        fact("U1", "iran_backed_groups", "attacks_on_us_positions", 153, "at_least", "2023-10-01", None,
             stated="2024-01-29", source="S004"),
        fact("X1", "us_forces", "troops", 2500, "about", None, None, topic="forces"),
    ])


def test_months_in_period():
    assert attacks.months_in_period("2023-01-01", "2023-12-31") == 12
    assert attacks.months_in_period("2024-01-01", "2024-06-30") == 6
    assert attacks.months_in_period("2024-02-01", "2024-02-29") == 1
    assert attacks.months_in_period("2024-01-15", "2024-02-14") == pytest.approx(31 / (365.25 / 12))
    assert math.isnan(attacks.months_in_period("2023-10-01", NaT))
    with pytest.raises(ValueError):
        attacks.months_in_period("2024-06-30", "2024-01-01")


def test_monthly_rates_divide_by_months_and_keep_the_qualifier(facts):
    rates = attacks.monthly_rates(attacks.period_counts(facts)).set_index("fact_id")
    assert rates.loc["A1", "per_month"] == 10.0
    assert rates.loc["A2", "per_month"] == 25.5
    assert rates.loc["J1", "per_month"] == 22.8
    assert rates.loc["A2", "qualifier"] == "more_than"
    assert attacks.rate_label(25.5, "more_than", "en") == "> 25.5 / month (derived)"
    assert attacks.rate_label(10, "about", "en") == "≈ 10 / month (derived)"
    assert attacks.rate_label(10, "about", "ar") == f"{t('qualifier.about', 'ar')} 10 شهريًا (محسوب)"


def test_series_are_kept_apart(facts):
    counts = attacks.period_counts(facts)
    us = attacks.us_position_attacks(facts)
    assert counts["fact_id"].tolist() == ["A1", "A2", "J1"]
    assert us["fact_id"].tolist() == ["U1"]
    assert set(counts["series"]) == {"isis_attacks", "joint_operations"}


def test_period_labels():
    assert attacks.period_label("2023-01-01", "2023-12-31", "en") == "2023"
    assert attacks.period_label("2024-01-01", "2024-06-30", "en") == "Jan–Jun 2024"
    assert attacks.period_label("2023-10-01", NaT, "en") == "since October 2023"


def test_narrative_values(facts):
    values = attacks.narrative_values(attacks.period_counts(facts), attacks.us_position_attacks(facts), "en")
    assert values["attacks_a"] == "about 120" and values["period_a"] == "2023" and values["months_a"] == "12"
    assert values["attacks_b"] == "more than 153" and values["months_b"] == "6"
    assert values["rate_a"] == "≈ 10 / month (derived)" and values["rate_b"] == "> 25.5 / month (derived)"
    # the ratio keeps both qualifiers and says it is derived
    assert values["ratio"].startswith("about 2.5 times the earlier pace (") and "or more" not in values["ratio"] and "> 25.5" in values["ratio"] and "≈ 10" in values["ratio"]
    assert "derived" in values["ratio"]
    assert values["joint"] == "137"
    assert values["us_attacks"] == "at least 153" and values["us_since"] == "since October 2023"
    assert attacks.has_comparison(attacks.period_counts(facts))
    assert not attacks.has_comparison(attacks.period_counts(facts[facts["fact_id"] != "A1"]))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_stated_chart(facts, lang):
    counts = attacks.period_counts(facts)
    fig = attacks.stated_chart(counts, lang)
    assert fig.layout.meta["fact_ids"] == ["A1", "A2", "J1"]
    names = [tr.name for tr in fig.data]
    assert names == [t("attacks.series_isis_attacks", lang), t("attacks.series_joint_operations", lang)]
    texts = [x for tr in fig.data for x in tr.text]
    if lang == "en":
        assert texts == ["≈ 120", "> 153", "137"]
        assert "2023 (12 months)" in fig.data[0].x
    else:
        assert f"{t('qualifier.more_than', 'ar')} 153" in texts
        assert fig.layout.yaxis.side == "right"
        assert list(fig.layout.xaxis.categoryarray)[0].startswith(attacks.period_label("2024-01-01", "2024-06-30", "ar"))
    assert "quote A1" in json.dumps([list(c) for c in fig.data[0].customdata])
    assert all(tr.hovertemplate.endswith("<extra></extra>") for tr in fig.data)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_rate_chart_is_labelled_derived(facts, lang):
    fig = attacks.rate_chart(attacks.period_counts(facts), lang)
    texts = [x.replace("\u200f", "") for tr in fig.data for x in tr.text]  # RLMs only order the Arabic line
    bar = [t("attacks.rate_label_bar", lang, rate=fmt.qualified(v, q, lang))
           for v, q in ((10, "about"), (25.5, "more_than"), (22.8, "exact"))]
    assert texts == bar and all(t("attacks.axis_rate", lang).split(" ")[-1] in x for x in texts)
    assert fig.layout.annotations[0].text == t("attacks.rate_annotation", lang)
    assert fig.data[0].name == t("attacks.series_isis_attacks_rate", lang)
    assert [float(v) for v in fig.data[0].y] == [10.0, 25.5]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_coverage_chart_keeps_us_position_attacks_a_separate_series(facts, lang):
    fig = attacks.coverage_chart(attacks.period_counts(facts), attacks.us_position_attacks(facts), lang)
    assert fig.layout.meta["fact_ids"] == ["A1", "A2", "J1", "U1"]
    assert fig.layout.barmode == "overlay"  # never stacked
    us = [tr for tr in fig.data if tr.name == t("attacks.series_us_positions", lang)]
    assert len(us) == 1 and list(us[0].y) == [t("attacks.row_us_positions", lang)]
    assert t("attacks.open_period", lang) in us[0].text[0]
    assert us[0].marker.pattern.shape[0] == "-"  # lines across: hatching means "disputed" on every chart
    isis = next(tr for tr in fig.data if tr.name == t("attacks.series_isis_attacks", lang))
    assert t("attacks.row_us_positions", lang) not in isis.y
    if lang == "ar":
        assert fig.layout.xaxis.autorange == "reversed"


def test_real_data():
    facts = select_facts(data.facts(), "", True)
    counts, us = attacks.period_counts(facts), attacks.us_position_attacks(facts)
    assert set(counts["fact_id"]) == {"F026", "F029", "F030"} and us["fact_id"].tolist() == ["F032"]
    rates = attacks.monthly_rates(counts).set_index("fact_id")["per_month"].to_dict()
    assert rates == {"F030": 10.0, "F029": 25.5, "F026": 22.8}
    notes = attacks.reconciliation_notes(data.reconciliation(), [*counts["fact_id"], *us["fact_id"]], "en")
    assert len(notes) == 3 and any("coincidence" in n for n in notes)
    early = select_facts(data.facts(), "2023-12-31", True)
    assert attacks.period_counts(early).empty and attacks.us_position_attacks(early).empty


def test_an_inferred_period_says_so_on_the_axis_and_in_the_prose(facts):
    facts = facts.copy()
    facts.loc[facts["fact_id"] == "A1", "period_status"] = "inferred"
    counts = attacks.period_counts(facts)
    values = attacks.narrative_values(counts, attacks.us_position_attacks(facts), "en")
    assert values["period_a"] == "2023, inferred" and values["period_b"] == "Jan–Jun 2024"
    labels = [attacks.period_axis_label(r, "en") for _, r in counts.iterrows()]
    assert "2023 (inferred, 12 months)" in labels


def test_rate_chart_records_each_derived_value_for_its_data_file(facts):
    fig = attacks.rate_chart(attacks.period_counts(facts), "en")
    derived = fig.layout.meta["derived"]
    assert derived["A1"]["value"] == 10.0 and "÷" in derived["A1"]["derivation"]


def test_arabic_date_axis_names_months_never_iso(facts):
    import re

    counts = attacks.period_counts(facts)
    us = attacks.us_position_attacks(facts)
    fig = attacks.coverage_chart(counts, us, "ar")
    axis = fig.layout.xaxis
    assert axis.tickformat in (None, "") and axis.ticktext, "Arabic date axis needs Arabic tick text"
    assert not any(re.search(r"\d{4}-\d{2}", x) for x in axis.ticktext)
    assert any(m in x for x in axis.ticktext for m in ("يناير", "أبريل", "يوليو", "أكتوبر"))
    assert "Jan 2024" in attacks.coverage_chart(counts, us, "en").layout.xaxis.ticktext


def test_arabic_chart_lines_that_start_with_a_digit_are_marked_right_to_left(facts):
    from analysis.charts.style import RLM, rtl

    assert rtl("137 (الفترة مستنتجة)", "ar").startswith(RLM)
    assert rtl("وحدات مختلفة: لا تصح المقارنة.", "ar").endswith(RLM)
    assert rtl("هجمات داعش", "ar") == "هجمات داعش" and rtl("137 x", "en") == "137 x"
    import re

    for fig in (attacks.coverage_chart(attacks.period_counts(facts), attacks.us_position_attacks(facts), "ar"),
                attacks.stated_chart(attacks.period_counts(facts), "ar")):
        for trace in fig.data:
            for line in (x for text in trace.text for x in text.split("<br>")):
                assert not (re.search(r"[\u0600-\u06ff]", line) and line[:1].isdigit()), line


def test_daily_operations_figure_is_the_analysts_and_not_said_to_be_per_operation():
    """F028: the paper attributes the 5-10 killed or arrested to political analysts (via Alhurra), and
    nothing says 'each' operation: the sentence names the claimant from the data and says so."""
    from analysis import data
    from analysis.catalogue import t
    f = data.facts()
    row = f[f["fact_id"] == "F028"].iloc[0]
    assert row["claimant"] == "political_analysts" and "per_operation" not in row["metric"]
    for lang in ("en", "ar"):
        values, ids = attacks.daily_operations(f, lang)
        text = t("attacks.daily_ops", lang, **values)
        assert ids == ["F028"] and t("claimant.political_analysts", lang) in text
    en = t("attacks.daily_ops", "en", **attacks.daily_operations(f, "en")[0])
    assert "each" not in en and "per operation or per day" in en
    assert "كل منها" not in t("attacks.daily_ops", "ar", **attacks.daily_operations(f, "ar")[0])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_date_axes_name_months_never_iso(lang):
    """Editor's round 2 (N10): the English axis read '2023-01 … 2024-07'."""
    from analysis.charts.style import month_ticks

    ticks = month_ticks("2023-01-15", "2024-06-30", lang)
    assert ticks["tickmode"] == "array" and "tickformat" not in ticks
    assert not any(re.search(r"\d{4}-\d{2}", x) for x in ticks["ticktext"])
    if lang == "en":
        assert ticks["ticktext"][:2] == ["Jan 2023", "Apr 2023"]


def test_prose_writes_qualifiers_in_words_and_months_in_full_charts_keep_digits():
    """Editor's round 2 (N7, N8, R1-18, R1-29, N9): signs only in charts; one number style per place."""
    everything = select_facts(data.facts(), "", True)
    counts, us = attacks.period_counts(everything), attacks.us_position_attacks(everything)
    values = attacks.narrative_values(counts, us, "en")
    intro = t("attacks.intro", "en", **values)
    assert "about 120 attacks in 2023 (year inferred) and more than 153 in January–June 2024" in intro
    assert "six months against twelve" in intro
    assert "about 10 attacks a month against more than 25.5, roughly 2.5 times the earlier pace (rates derived here; each keeps" in intro
    joint = t("attacks.joint", "en", **values)
    assert "(22.8 a month, derived;" in joint
    us_text = t("attacks.us", "en", **values)
    assert "the Washington Post report the analysis cites (25 January 2024)" in us_text
    for text in (intro, joint, us_text):
        assert not re.search(r"[≈><]|/ month|\(\w[^()]*\([^()]*\)[^()]*\)", text), text
    labels = [attacks.period_axis_label(r, "en") for _, r in attacks.monthly_rates(counts).iterrows()
              if r["series"] == "isis_attacks"]
    assert any("(6 months)" in x for x in labels) and any("12 months)" in x for x in labels)
    for key in ("attacks.intro", "attacks.joint", "attacks.us"):  # the Arabic twin still renders
        assert t(key, "ar", **attacks.narrative_values(counts, us, "ar"))


def test_monthly_rates_in_prose_take_their_noun_in_its_plural_form():
    """«نحو 10 هجمات مقابل أكثر من 25.5 هجوم شهريًا» (a decimal takes CLDR "other"), not «نحو 10 شهريًا (محسوب) مقابل …»."""
    import pandas as pd

    from analysis.catalogue import t
    from analysis.charts import attacks as ch

    a = ch.per_month_count(pd.Series({"per_month": 10.0, "qualifier": "about"}), "ar")
    b = ch.per_month_count(pd.Series({"per_month": 25.5, "qualifier": "more_than"}), "ar")
    assert t("attacks.rate_pair", "ar", a=a, b=b) == "نحو 10 هجمات مقابل أكثر من 25.5 هجوم شهريًا"


def test_the_joint_operations_rate_is_prose_outside_the_source_brackets():
    """«…ضد داعش، أي بمعدل شهري محسوب قدره 22.8 عملية (…)», not «(22.8 شهريًا (محسوب)؛ …)» nested."""
    import pandas as pd

    from analysis.catalogue import t
    from analysis.charts import attacks as ch

    n = ch.per_month_count(pd.Series({"per_month": 22.8, "qualifier": "exact"}), "ar")
    assert t("attacks.joint_rate_prose", "ar", n=n) == "بمعدل شهري محسوب قدره 22.8 عملية"
    text = t("attacks.joint", "ar", joint_period="P", joint_claimant="C", joint_source_name="N", joint_origin="O", joint=137, joint_rate="R",
             joint_rate_prose="RP", joint_source="S")
    assert "أي RP (S)" in text and "(R" not in text


def test_coverage_title_counts_the_series_and_the_spans_go_to_the_note():
    """Review 4, item 36: the title was colons inside colons; it now counts the counts, computed,
    and the spans move to the note under the chart."""
    import pandas as pd
    from analysis import data
    from analysis.charts import attacks

    facts = data.facts()
    counts, us = attacks.period_counts(facts), attacks.us_position_attacks(facts)
    title = attacks.coverage_title(pd.concat([counts, us], ignore_index=True), "en")
    n = pd.concat([counts, us])["series"].nunique()
    assert title.endswith("counts over different spans, never added together") and ":" not in title
    assert title.split()[0].istitle()
    spans = attacks.coverage_spans(counts, us, "en")
    assert spans.count(";") == n - 1 and "Jan–Jun 2024" in spans
