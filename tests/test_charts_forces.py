"""Forces chapter: separate panels per kind of force, qualifiers shown, the plan on a time axis."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import data, fmt
from analysis.catalogue import t
from analysis.charts import forces


def fact(fid, metric, subject, place, value, qualifier="exact", unit="troops", status="reported", stated="2024-01-29",
         topic="forces", claimant="pentagon_officials", source="S004"):
    return {"fact_id": fid, "topic": topic, "metric": metric, "unit": unit, "subject": subject, "place": place,
            "value": float(value), "value_high": float("nan"), "qualifier": qualifier, "status": status,
            "stated_on": pd.Timestamp(stated) if stated else pd.NaT, "claimant": claimant, "source_id": source,
            "quote": f"quote of {fid}", "period_start": pd.NaT, "period_end": pd.NaT, "period_status": "unknown",
            "period_quote": None, "origin_ref": None}


@pytest.fixture
def facts():
    return pd.DataFrame([
        fact("F1", "troops", "us_forces", "iraq", 2500, "about"),
        fact("F2", "troops", "us_forces", "syria", 900),
        fact("F3", "fighters_at_large", "isis", "both", 1000, "nearly", unit="fighters"),
        fact("F4", "staff_per_country", "info_centre", "iraq", 6, unit="members", stated=None, source="S001"),
        fact("F5", "russian_generals_at_centre", "info_centre", "iraq", 2, unit="generals", stated=None, source="S001",
             status="disputed"),
        fact("F9", "border_length", "iraq_syria_border", "both", 600, topic="geography", unit="km"),
    ])


def event(eid, date, precision, theme="withdrawal", end=None, source="S002"):
    return {"event_id": eid, "event_code": f"code_{eid}", "date": pd.Timestamp(date), "precision": precision,
            "end_date": pd.Timestamp(end) if end else pd.NaT, "date_status": "stated", "theme": theme,
            "source_id": source, "quote": f"quote of {eid}"}


@pytest.fixture
def events():
    return pd.DataFrame([
        event("E018", "2025-09-01", "month"), event("E019", "2026-01-01", "year"),
        event("E029", "2024-01-27", "day", source="S004"), event("E002", "2015-09-30", "day", theme="quad_coalition"),
    ])


def test_force_counts_keeps_forces_in_panel_order(facts):
    counts = forces.force_counts(facts)
    assert counts["fact_id"].tolist() == ["F1", "F2", "F3", "F5", "F4"]  # us_forces, isis, info_centre; F9 dropped
    assert counts["panel"].unique().tolist() == ["us_forces", "isis", "info_centre"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_one_panel_per_kind_with_its_own_axis(facts, lang):
    fig = forces.forces_on_the_ground(facts, lang)
    bars = [tr for tr in fig.data if tr.type == "bar" and tr.x and tr.x[0] is not None]
    assert len(bars) == 3
    assert {tr.xaxis for tr in bars} == {"x", "x2", "x3"}
    assert fig.layout.meta["fact_ids"] == ["F1", "F2", "F3", "F4", "F5"]
    assert all("<extra></extra>" in tr.hovertemplate for tr in bars)
    assert "quote of F1" in bars[0].customdata[0][1]


def test_qualifiers_and_dispute_are_visible(facts):
    en = forces.forces_on_the_ground(facts, "en")
    texts = [x for tr in en.data if tr.type == "bar" and tr.text for x in tr.text]
    assert "≈ 2,500" in texts and "900" in texts and "≲ 1,000" in texts
    assert "2 (Disputed)" in texts
    assert "Disputed" in [tr.name for tr in en.data if tr.showlegend]
    info = [tr for tr in en.data if tr.type == "bar" and tr.xaxis == "x3"][0]
    assert "/" in info.marker.pattern.shape  # hatched disputed bar
    ar = forces.forces_on_the_ground(facts, "ar")
    ar_texts = [x for tr in ar.data if tr.type == "bar" and tr.text for x in tr.text]
    assert "نحو 2,500" in ar_texts and "ما يقرب من 1,000" in ar_texts


def test_labels_and_mirroring_per_language(facts):
    facts = facts.copy()
    troops = facts["metric"] == "troops"
    facts.loc[troops, "period_start"], facts.loc[troops, "period_end"] = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-01-31")
    facts.loc[troops, "period_status"], facts.loc[troops, "period_quote"] = "inferred", "ما زالوا"
    facts.loc[facts["fact_id"] == "F2", "period_status"] = "stated"
    en = forces.forces_on_the_ground(facts, "en")
    ar = forces.forces_on_the_ground(facts, "ar")
    assert en.data[0].y == ("Iraq, January 2024, inferred", "Syria, January 2024")
    assert ar.data[0].y == ("العراق، كانون الثاني/يناير 2024، والتاريخ مستنتج", "سوريا، كانون الثاني/يناير 2024")
    assert ar.layout.yaxis.side == "right" and en.layout.yaxis.side == "left"
    assert ar.layout.xaxis.range[0] > ar.layout.xaxis.range[1]  # reversed for Arabic
    # a figure whose period no source states is placed as such, never at its source's date
    unknown = forces.forces_on_the_ground(facts.assign(period_start=pd.NaT, period_end=pd.NaT, period_status="unknown"), "en")
    assert unknown.data[0].y == ("Iraq, period not stated", "Syria, period not stated")
    assert en.layout.title.text != ar.layout.title.text
    assert "US troops" in en.layout.annotations[0].text


def test_headline_is_the_latest_by_the_period_it_refers_to(facts):
    later = fact("F8", "troops", "us_forces", "iraq", 3000, stated="2021-01-01")
    later.update(period_start=pd.Timestamp("2024-06-01"), period_end=pd.Timestamp("2024-06-30"), period_status="stated")
    older = fact("F7", "troops", "us_forces", "iraq", 2000, stated="2024-10-15")
    older.update(period_start=pd.Timestamp("2021-12-01"), period_end=pd.Timestamp("2021-12-31"), period_status="inferred")
    dated = facts.assign(period_start=pd.Timestamp("2024-01-01"), period_end=pd.Timestamp("2024-01-31"))
    assert forces.headline(pd.concat([dated, pd.DataFrame([older])]), "troops", "iraq", "en") == "about 2,500"
    assert forces.headline(pd.concat([dated, pd.DataFrame([later])]), "troops", "iraq", "en") == "3,000"
    assert forces.headline(facts.iloc[0:0], "troops", "iraq", "en") == forces.t("forces.not_stated", "en")


def test_narrative_only_says_what_the_selection_holds(facts):
    keys = [k for k, _ in forces.narrative(facts, "en")]
    assert keys == ["forces.intro_troops", "forces.intro_fighters", "forces.intro_staff", "forces.cannot_show"]
    early = facts[facts["source_id"] == "S001"]
    assert [k for k, _ in forces.narrative(early, "en")] == ["forces.intro_staff", "forces.cannot_show"]
    assert dict(forces.narrative(facts, "ar"))["forces.intro_troops"]["iraq"] == "نحو 2,500"


def test_withdrawal_plan_spans_each_precision_and_the_forecast(facts, events):
    forecast = fact("F27", "years_until_withdrawal", "us_forces", "iraq", 3, unit="years", status="claim",
                    stated="2024-10-15", topic="forecast", source="S002")
    with_forecast = pd.concat([facts, pd.DataFrame([forecast])])
    plan = forces.withdrawal_plan(events, with_forecast)
    # withdrawal theme only, by start; "only after 3 years" has no start, so no place on the time axis
    assert plan["id"].tolist() == ["E029", "E018", "E019"]
    assert forces.forecasts(with_forecast)["fact_id"].tolist() == ["F27"]
    said = dict(forces.text_fact_paragraphs(with_forecast, pd.DataFrame(columns=["area", "source_id"]), "en"))
    assert said["forces.forecast_text"]["years"] == "3" and "2027" not in str(said)
    spans = plan.set_index("id")
    assert spans.loc["E018", "end"] == pd.Timestamp("2025-09-30")
    assert spans.loc["E019", "end"] == pd.Timestamp("2026-12-31")
    assert spans.loc["E029", "end"] == pd.Timestamp("2024-01-27")
    assert set(spans["kind"]) == {"event"}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_withdrawal_timeline_cites_and_marks_precision(facts, events, lang):
    phases = pd.DataFrame([fact("F24", "withdrawal_phases", "us_forces", "iraq", 2, topic="withdrawal", unit="phases")])
    plan = forces.withdrawal_plan(events, facts)
    fig = forces.withdrawal_timeline(plan, phases, lang)
    assert fig.layout.meta["fact_ids"] == ["E018", "E019", "E029", "F24"]
    markers = [tr for tr in fig.data if tr.mode == "markers+text"]
    assert [tr.marker.symbol for tr in markers] == ["diamond", "square", "circle"]
    hovers = " ".join(tr.customdata[0][0] for tr in markers)
    assert ("month" in hovers and "year" in hovers) if lang == "en" else ("الشهر" in hovers and "السنة" in hovers)
    assert any("quote of E018" in tr.customdata[0][1] for tr in markers)
    assert ("two phases" if lang == "en" else "على مرحلتين") in fig.layout.annotations[0].text  # the dual, not "2 phases"
    if lang == "ar":
        assert fig.layout.xaxis.range[0] > fig.layout.xaxis.range[1]
        assert markers[0].text[0].startswith(forces.RLM)


def test_span_end_and_date_as_given():
    assert forces.span_end(pd.Timestamp("2015-01-01"), "year", pd.Timestamp("2017-12-31")) == pd.Timestamp("2017-12-31")
    assert forces.span_end(pd.Timestamp("2024-02-01"), "month") == pd.Timestamp("2024-02-29")
    assert forces.date_as_given(pd.Timestamp("2015-01-01"), "year", "en", pd.Timestamp("2017-12-31")) == "2015–2017"
    assert forces.date_as_given(pd.Timestamp("2025-09-01"), "month", "ar") == "أيلول/سبتمبر 2025"


def test_withdrawal_narrative_follows_the_plan(facts, events):
    empty = forces.withdrawal_plan(events.iloc[0:0], facts)
    assert forces.withdrawal_narrative(empty, facts.iloc[0:0], "en") == [("forces.no_withdrawal", {})]
    plan = forces.withdrawal_plan(events, facts)
    phases = pd.DataFrame([fact("F24", "withdrawal_phases", "us_forces", "iraq", 2, topic="withdrawal", unit="phases")])
    said = dict(forces.withdrawal_narrative(plan, phases, "en"))
    assert said["forces.withdrawal_text"]["phase_one"] == "September 2025"
    assert said["forces.withdrawal_text"]["phase_two"] == "2026"
    assert "forces.forecast_text" not in said


def test_notes_concern_the_shown_rows_and_are_escaped():
    notes = pd.DataFrame([
        {"note_id": "N1", "fact_ids": "F1;F2", "note_en": "a <b> note", "note_ar": "ملاحظة"},
        {"note_id": "N2", "fact_ids": "F8", "note_en": "other", "note_ar": "أخرى"},
    ])
    assert forces.notes_for(notes, ["F2"], "en") == ["a <b> note"]
    assert forces.notes_for(notes, ["F2"], "ar") == ["ملاحظة"]
    box = forces.notes_html(notes, ["F2", "E1"], "ar")
    assert 'dir="rtl"' in box and "ملاحظة" in box and "أخرى" not in box
    assert "&lt;b&gt;" in forces.notes_html(notes, ["F1"], "en")
    assert forces.notes_html(notes, ["F5"], "en") == ""


def test_real_data_reconciles_troops_and_expectations():
    facts = data.facts()
    plan = forces.withdrawal_plan(data.events(), facts)
    ids = forces.chapter_ids(facts, plan, forces.phases_fact(facts))
    assert {"F025", "F033", "F034", "F035", "F014", "E018", "E019", "E020", "F027", "F024"} <= set(ids)
    notes = " ".join(forces.notes_for(data.reconciliation(), ids, "en"))
    assert "2,500" in notes and "2027" not in notes and "no starting point" in notes
    # the argument about withdrawing 2,500 soldiers (a 2021 reference) is not drawn as a troop count
    assert "F025" not in forces.force_counts(facts)["fact_id"].tolist()
    assert forces.text_facts(facts)["fact_id"].tolist() == ["F025", "F031"]
    bars = forces.forces_on_the_ground(facts, "en")
    assert not any("October 2024" in str(tr.y) for tr in bars.data)
    assert forces.disputed_key(False) == "forces.disputed_left_out"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_planned_withdrawal_events_are_hollow_as_the_legend_says(facts, events, lang):
    """An event dated after its source is a plan: drawn hollow, and the legend says so (#14)."""
    sources = pd.DataFrame({"source_id": ["S002", "S004"], "date": pd.to_datetime(["2024-10-15", "2024-01-29"])})
    plan = forces.withdrawal_plan(events, facts, sources)
    assert plan.set_index("id")["planned"].to_dict() == {"E029": False, "E018": True, "E019": True}
    fig = forces.withdrawal_timeline(plan, pd.DataFrame(), lang)
    drawn = {tr.x[0]: tr.marker.symbol for tr in fig.data if tr.mode == "markers+text"}
    assert drawn[pd.Timestamp("2025-09-01")] == "square-open" and drawn[pd.Timestamp("2026-01-01")] == "circle-open"
    assert drawn[pd.Timestamp("2024-01-27")] == "diamond"
    legend = {tr.name: tr.marker.symbol for tr in fig.data if tr.showlegend is not False and tr.name}
    assert legend[t("forces.legend_planned", lang)].endswith("-open")
    assert all(not symbol.endswith("-open") for name, symbol in legend.items() if name != t("forces.legend_planned", lang))
    assert {t(f"forces.legend_{p}", lang) for p in ("day", "month", "year")} <= set(legend)

def test_the_disputed_line_counts_the_chapters_figures():
    facts = data.facts()
    plan, phases = forces.withdrawal_plan(data.events(), facts), forces.phases_fact(facts)
    assert forces.disputed_shown(facts, plan, phases) == 0
    assert forces.disputed_key(True, 0) is None  # said once, on the cover, not in every chapter
    disputed = facts.assign(status=facts["status"].where(facts["metric"] != "troops", "disputed"))
    n = forces.disputed_shown(disputed, plan, phases)
    assert n == 2 and forces.disputed_key(True, n) == "forces.disputed_included_some"


def test_nearly_and_about_are_written_with_different_signs():
    # "nearly 1,000" (ما يقرب من) is just under; "about 2,500" (حوالي) either side
    assert fmt.qualified(1000, "nearly", "en") != fmt.qualified(1000, "about", "en")
    assert fmt.qualified(1000, "nearly", "ar").startswith("ما يقرب من")


def test_centre_staff_figures_say_their_period_is_inferred_not_dated():
    """F014/F015 carry no stated date: the period (October 2015) is inferred from 'working for a
    week'. The sentence is counted from the rows' period_status, never '2 of these figures carry a date'."""
    from analysis import data
    from analysis.catalogue import t
    facts = data.facts()
    staff = facts[facts["metric"].isin(["staff_per_country", "russian_generals_at_centre"])]
    en = forces.staff_dates(staff, "en")
    assert en.startswith("Neither figure carries a stated date") and "inferred" in en and "2015" in en
    assert "مستنتج" in forces.staff_dates(staff, "ar")
    stated = staff.assign(period_status=["stated", "unknown"])
    assert forces.staff_dates(stated, "en") == t("forces.staff_dates_stated", "en", dated=1)
    values = dict(forces.narrative(facts, "en"))["forces.intro_staff"]
    assert "told Reuters" in t("forces.intro_staff", "en", **values)
