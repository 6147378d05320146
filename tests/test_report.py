"""The sources list and the source lines under charts (analysis/report.py)."""

from __future__ import annotations

from analysis import citations, report


def _sources_list(monkeypatch, ids, lang):
    shown = []
    monkeypatch.setattr(report, "display", lambda obj, **_: shown.append(getattr(obj, "data", str(obj))))
    monkeypatch.setattr(report, "_used_facts", list(ids))
    report.sources_section(lang)
    return shown[-1]


def test_sources_list_never_says_period_twice_nor_shows_a_bare_number(monkeypatch):
    page = _sources_list(monkeypatch, ["F001", "C020", "C017"], "en")
    assert "period: period not stated" not in page.lower()
    assert "<b>1</b>" not in page and "Monthly" in page and "six members per country" in page
    page_ar = _sources_list(monkeypatch, ["F001"], "ar")
    assert "الفترة: الفترة" not in page_ar


def test_an_event_with_a_cited_outlet_shows_it_in_the_list_and_under_the_chart(monkeypatch):
    page = _sources_list(monkeypatch, ["E020", "E032"], "en")
    assert "citing RT Arabic" in page and "citing CNN" in page
    cited = citations.index()
    line = report.source_line(cited[cited["id"].isin(["E020", "F027", "F031"])], "en")
    assert line.count("Alhurra") == 1 and "RT Arabic" in line
