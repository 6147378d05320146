"""Timeline chapter: one axis, a lane per theme, one marker per event however many sources date it."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import periods
from analysis import data
from analysis.charts import timeline
from analysis.selection import select_stated


def event(eid, code, date, precision, theme, source, end=None, status="stated"):
    return {"event_id": eid, "event_code": code, "date": pd.Timestamp(date), "precision": precision,
            "end_date": pd.Timestamp(end) if end else pd.NaT, "date_status": status, "theme": theme,
            "source_id": source, "quote": f"quote <of> {eid}"}


@pytest.fixture
def sources():
    return pd.DataFrame({"source_id": ["S000", "S001", "S002"],
                         "date": [pd.Timestamp("2023-01-01"), pd.NaT, pd.Timestamp("2024-10-15")]})


@pytest.fixture
def events():
    return pd.DataFrame([
        event("E001", "intl_coalition_formed", "2014-09-01", "month", "intl_coalition", "S000"),
        event("E012", "intl_coalition_formed", "2014-01-01", "year", "intl_coalition", "S001"),
        event("E017", "intl_coalition_formed", "2014-09-10", "day", "intl_coalition", "S002"),
        event("E010", "isis_appeared", "2003-01-01", "year", "isis", "S001"),
        event("E003", "airspace_air_bridge", "2015-01-01", "year", "quad_coalition", "S000", end="2017-12-31"),
        event("E018", "withdrawal_phase_one_ends", "2025-09-01", "month", "withdrawal", "S002"),
        event("E027", "abdul_mahdi_government_resigned", "2019-12-01", "month", "politics", "S000", status="inferred"),
    ])


def test_same_event_code_is_one_row_at_its_most_precise_date(events, sources):
    groups = timeline.event_groups(events, sources)
    assert len(groups) == 5
    intl = groups.set_index("code").loc["intl_coalition_formed"]
    assert intl["event_ids"] == ["E001", "E012", "E017"]
    assert intl["source_ids"] == ["S000", "S001", "S002"]
    assert intl["start"] == pd.Timestamp("2014-09-10") and intl["precision"] == "day"
    assert groups["no"].tolist() == [1, 2, 3, 4, 5]
    assert groups["code"].tolist()[0] == "isis_appeared"


def test_spans_and_plans(events, sources):
    groups = timeline.event_groups(events, sources).set_index("code")
    assert groups.loc["airspace_air_bridge", "end"] == pd.Timestamp("2017-12-31")
    assert groups.loc["isis_appeared", "end"] == pd.Timestamp("2003-12-31")
    assert groups.loc["withdrawal_phase_one_ends", "planned"]  # dated after its 2024 source
    assert not groups.loc["isis_appeared", "planned"]  # undated source: not called a plan


def test_lanes_in_order_of_first_appearance(events, sources):
    groups = timeline.event_groups(events, sources)
    assert timeline.lanes(groups) == ["isis", "intl_coalition", "quad_coalition", "politics", "withdrawal"]


def test_stagger_separates_close_markers_in_a_lane(sources):
    close = pd.DataFrame([event("E1", "a", "2018-01-01", "year", "quad_coalition", "S000"),
                          event("E2", "b", "2018-01-01", "year", "quad_coalition", "S000"),
                          event("E3", "c", "2018-01-01", "year", "isis", "S000")])
    groups = timeline.event_groups(close, sources)
    offsets = timeline.stagger(groups)
    quad = offsets[groups["theme"] == "quad_coalition"].tolist()
    assert len(set(quad)) == 2
    assert offsets[groups["theme"] == "isis"].tolist() == [0.0]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_chart_one_axis_lanes_labels_and_citations(events, sources, lang):
    groups = timeline.event_groups(events, sources)
    fig = timeline.timeline_chart(groups, events, lang)
    assert fig.layout.meta["fact_ids"] == sorted(events["event_id"])
    assert list(fig.layout.yaxis.ticktext) == [timeline.t(f"theme.{th}", lang) for th in timeline.lanes(groups)]
    markers = [tr for tr in fig.data if tr.mode == "markers+text"]
    assert sum(len(tr.x) for tr in markers) == 5  # three sources of one event: one marker
    intl = [tr for tr in markers if tr.name == timeline.t("theme.intl_coalition", lang)][0]
    head, body = intl.customdata[0]
    assert timeline.t("event_code.intl_coalition_formed", lang) in head
    assert body.count("«") == 3 and "quote &lt;of&gt; E017" in body
    assert ("day" in body and "month" in body and "year" in body) if lang == "en" else \
        ("اليوم" in body and "الشهر" in body and "السنة" in body)
    assert intl.marker.symbol[0] == "diamond" and intl.marker.size[0] > 11  # several sources: larger
    withdrawal = [tr for tr in markers if tr.name == timeline.t("theme.withdrawal", lang)][0]
    assert withdrawal.marker.symbol[0] == "square-open"  # planned
    assert fig.layout.xaxis.rangeslider.visible
    assert all("<extra></extra>" in tr.hovertemplate for tr in markers)
    names = [tr.name for tr in fig.data if tr.showlegend]
    assert timeline.t("timeline.legend_planned", lang) in names and timeline.t("timeline.legend_year", lang) in names
    if lang == "ar":
        assert fig.layout.xaxis.range[0] > fig.layout.xaxis.range[1]
        assert fig.layout.yaxis.side == "right"
        assert head.startswith(timeline.RLM)


def test_single_source_event_uses_its_own_label(events, sources):
    groups = timeline.event_groups(events, sources)
    row = groups.set_index("code").loc["isis_appeared"]
    assert timeline.label(row, "en") == timeline.t("event.E010", "en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_events_table_lists_every_source_escaped(events, sources, lang):
    groups = timeline.event_groups(events, sources)
    table = timeline.events_table_html(groups, events, lang)
    assert table.count("<tr>") == 1 + len(groups)
    assert 'id="E001"' in table and 'id="E012"' in table and 'id="E017"' in table
    assert "(E001)" not in table  # ids are anchors, not text
    assert periods.source_label("S002", lang).replace("&", "&amp;") in table
    assert timeline.t("timeline.inferred", lang) in table
    assert timeline.t("timeline.planned_note", lang).replace("'", "&#x27;") in table
    assert ('dir="rtl"' in table) == (lang == "ar")
    if lang == "en":
        assert "2015–2017" in table and "September 2025" in table


def test_table_escapes_markup(sources):
    evil = pd.DataFrame([event("<i>1", "isis_appeared", "2003-01-01", "year", "isis", "S001"),
                         event("<i>2", "isis_appeared", "2003-01-01", "year", "isis", "S000")])
    groups = timeline.event_groups(evil, sources)
    table = timeline.events_table_html(groups, evil, "en")
    assert "<i>" not in table and 'id="&lt;i&gt;1"' in table


def test_narrative_values(events, sources):
    groups = timeline.event_groups(events, sources)
    values = timeline.narrative_values(groups, events, sources, "en")
    assert values["n"] == 7 and values["groups"] == 5 and values["multi"] == 1 and values["planned"] == 1
    assert values["first"] == "2003" and values["last"] == "September 2025" and values["sources"] == 3
    assert timeline.narrative_values(groups.iloc[0:0], events.iloc[0:0], sources, "en")["groups"] == 0


def test_real_data_as_of_drops_later_sources():
    facts, sources = data.facts(), data.sources()
    full = timeline.event_groups(select_stated(data.events(), sources, "", facts), sources)
    early = timeline.event_groups(select_stated(data.events(), sources, "2023-12-31", facts), sources)
    # one row per distinct event: the same event dated by several sources shares one code (ISIS's
    # seizure of Iraqi territory in 2014, the al-Qaim crossing in 2018, the two coalitions' founding)
    assert len(full) == data.events()["event_code"].nunique() == 31 and len(early) < len(full)
    assert int((full["event_ids"].map(len) > 1).sum()) == 4
    assert "withdrawal_phase_one_ends" in set(full["code"]) and "withdrawal_phase_one_ends" not in set(early["code"])
    note = timeline.notes_html(data.reconciliation(), full, "en")
    assert "30 September 2015" in note and "10 September 2014" in note


def test_each_timeline_note_sits_under_the_heading_of_its_kind():
    sources, facts = data.sources(), data.facts()
    full = timeline.event_groups(select_stated(data.events(), sources, "", facts), sources)
    page = timeline.notes_html(data.reconciliation(), full, "en")
    dating, _, rest = page.partition("Different expectations")
    # the analyst's "after 3 years" is an expectation, not a date of one event
    assert "One event, several dates" in dating and "3 years" not in dating and "three years" not in dating
    assert rest


def test_disputed_line_names_the_disputer_of_the_announced_claim_and_counts_the_events():
    """The sentence under the timeline names who disputes the claim an event announces (the fact's
    disputed_by), never a typed 'observers', and counts such events from the data."""
    from analysis.catalogue import t
    events = pd.DataFrame([event("E1", "quad_kill_claim", "2018-01-01", "year", "quad_coalition", "S000"),
                           event("E2", "quad_coalition_formed", "2015-09-30", "day", "quad_coalition", "S000")])
    facts = pd.DataFrame([{"status": "disputed", "disputed_by": "sceptics_and_the_article", "source_id": "S000",
                           "quote": "x quote <of> E1 y", "period_quote": None},
                          {"status": "disputed", "disputed_by": "observers", "source_id": "S001",
                           "quote": "quote <of> E2", "period_quote": None}])
    key, values = timeline.disputed_line(True, 0, events, facts, "en")
    text = t(key, "en", **values)
    assert values["n"] == 1 and "one event" in text
    assert t("disputed_by.sceptics_and_the_article", "en") in text and "bserver" not in text
    key, values = timeline.disputed_line(True, 0, events, facts.iloc[1:], "ar")
    assert values["n"] == 0 and "مراقب" not in t(key, "ar", **values)
    facts.loc[1, "source_id"] = "S000"
    assert timeline.disputed_line(True, 0, events, facts, "en")[1]["n"] == 2


def test_the_real_kill_claim_event_is_disputed_by_the_sceptics_not_observers():
    key, values = timeline.disputed_line(True, 0, data.events(), data.facts(), "en")
    assert values["n"] == 1 and "Observers" not in values["disputers"] and "sceptical" in values["disputers"]


def test_an_event_with_a_possibility_modality_reads_as_a_possibility_with_who_raises_it(sources):
    from analysis.catalogue import t
    evs = pd.DataFrame([event("E020", "us_forces_may_stay_in_harir", "2026-01-01", "year", "withdrawal", "S002"),
                        event("E018", "withdrawal_phase_one_ends", "2025-09-01", "month", "withdrawal", "S002")])
    evs["modality"] = ["possibility", None]
    evs["raised_by"] = ["iraqi_officials", None]
    evs["origin_ref"] = [None, None]
    groups = timeline.event_groups(evs, sources)
    html = timeline.events_table_html(groups, evs, "en")
    assert t("timeline.possibility_note_by", "en", raised_by=t("raised_by.iraqi_officials", "en")) in html
    assert html.count(t("timeline.planned_note", "en")) == 1  # E2 stays a plan
    assert "احتمال يذكره مسؤولون عراقيون" in timeline.events_table_html(groups, evs, "ar")
    real = data.events()
    assert real.loc[real["event_id"] == "E020", "modality"].iloc[0] == "possibility"


def test_events_table_names_the_outlet_the_source_cites(sources):
    """Rows whose event has an origin_ref say 'citing …' in the source column (periods.attribution)."""
    evs = data.events()
    groups = timeline.event_groups(evs, data.sources())
    html = timeline.events_table_html(groups, evs, "en")
    cited = evs[evs["origin_ref"].notna()]
    assert len(cited) and all(periods.attribution(r, "en") in html.replace("&#x27;", "'") for _, r in cited.iterrows())
    assert "citing" in html


def test_the_us_call_for_a_coalition_is_not_the_coalition_being_formed():
    """E012 (Arabic Wikipedia: «دعت الإدارة الأمريكية لتشكيل تحالفا دوليا») is a call, its own event."""
    evs = data.events()
    assert evs.loc[evs["event_id"] == "E012", "event_code"].iloc[0] == "us_calls_for_coalition"
    formed = timeline.event_groups(evs, data.sources())
    formed = formed[formed["code"] == "intl_coalition_formed"].iloc[0]
    assert "E012" not in formed["event_ids"] and "S001" not in formed["source_ids"]


def test_an_event_after_a_date_follows_the_events_on_it():
    """Editor's round 2 (R1-58): 'after 2026' was numbered before '2026'."""
    from analysis import data as _data
    from analysis.charts import timeline as _tl

    groups = _tl.event_groups(_data.events(), _data.sources())
    order = list(groups["code"])
    assert order.index("withdrawal_phase_two_ends") < order.index("us_forces_may_stay_in_harir")


def test_each_date_sits_level_with_the_source_that_gives_it():
    """Editor's round 2 (N12): stacked dates and sources drifted out of step when a cell wrapped."""
    import re as _re

    from analysis import data as _data
    from analysis.charts import timeline as _tl

    events = _data.events()
    groups = _tl.event_groups(events, _data.sources())
    table = _tl.events_table_html(groups, events, "en")
    assert "<br>" not in table
    rows = _re.findall(r"<tr[^>]*>(.*?)</tr>", table)
    pairs = [_re.findall(r"<td>(.*?)</td>", r) for r in rows if r.startswith("<td>") and "rowspan" not in r]
    assert ["10 September 2014", '<span id="E017">Elham al-Najjar, 15 Oct 2024</span>'] in pairs


def test_the_biggest_theme_is_called_most_only_when_it_is_a_majority():
    import pandas as pd
    from analysis.charts.timeline import top_share
    assert top_share(pd.Series([8, 5, 4]), 33) == "largest"
    assert top_share(pd.Series([8, 8, 4]), 33) == "tied"
    assert top_share(pd.Series([20, 13]), 33) == "most"


def test_a_number_never_lands_on_the_next_marker_in_its_row():
    """Review 5 #14: «27» was printed on «31», «30» on «33»: a number whose later side is taken goes to the
    other side (or above/below), in both directions of the axis."""
    day = pd.Timestamp
    groups = pd.DataFrame({"no": [1, 2, 3], "event_ids": [["E1"], ["E2"], ["E3"]],
                           "start": [day("2010-01-01"), day("2024-01-01"), day("2024-09-01")],
                           "end": [day("2010-01-01"), day("2024-01-01"), day("2024-09-01")]})
    ys = {0: 0.0, 1: 0.0, 2: 0.0}
    for rtl, later in ((True, "middle left"), (False, "middle right")):
        pos = timeline.label_positions(groups, ys, rtl)
        assert pos[0] == later == timeline.label_position(0, rtl)  # nothing beside it: the later side
        assert pos[1] != later                                   # the marker of 3 sits on its later side
    # a dated span drawn through a number's place moves the number off it
    groups.loc[0, "end"] = day("2016-01-01")
    assert timeline.label_positions(groups, ys, False)[0] != "middle right"
