"""The conclusion's points are counted from the edition's rows; a point with nothing to count is left out."""

from __future__ import annotations

import pandas as pd

from analysis import conclusion, data, findings
from analysis.catalogue import t
from analysis.selection import select_facts, select_stated


def _edition(as_of: str = "", include_disputed: bool = True):
    facts = select_facts(data.facts(), as_of, include_disputed)
    sources = select_stated(data.sources(), data.sources(), as_of, data.facts())
    events = select_stated(data.events(), data.sources(), as_of, data.facts())
    return facts, events, sources


def test_the_record_supports_the_findings_the_edition_shows():
    facts, events, sources = _edition()
    kept = findings.selected()
    key, values = conclusion.supports(kept, sources, "en")
    assert values["findings"] == len(kept) and values["sources"] == len(sources)
    for fid in kept["finding_id"]:
        assert t(f"finding_topic.{fid}", "en") in values["topics"]


def test_what_it_cannot_tell_is_counted():
    facts, events, sources = _edition()
    points = dict(conclusion.cannot_tell(facts, events, sources, "en"))
    assert points["conclusion.periods"] == {"unknown": int((facts["period_status"] == "unknown").sum()), "facts": len(facts)}
    assert points["conclusion.disputed"] == {"disputed": int((facts["status"] == "disputed").sum())}
    later = events[pd.to_datetime(events["date"]) > findings.latest_source_date(sources)]
    assert points["conclusion.after"]["n"] == len(later) > 0


def test_points_with_nothing_to_count_are_left_out():
    facts, events, sources = _edition("", include_disputed=False)
    keys = [k for k, _ in conclusion.cannot_tell(facts, events, sources, "ar")]
    assert "conclusion.disputed" not in keys
    facts, events, sources = _edition("2024-02-01")  # before the research paper: no plan is dated after its sources
    keys = [k for k, _ in conclusion.cannot_tell(facts, events, sources, "en")]
    assert "conclusion.after" not in keys and "conclusion.attacks_area" not in keys
