"""Editions: the record each build used, and what changed since the previous edition."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil

import pytest

from analysis import editions
from analysis.paths import data_dir
from conftest import copy_catalogue

PARAMS = {"lang": "en", "as_of": "", "include_disputed": True}
DAY = dt.date(2026, 9, 21)


@pytest.fixture()
def folders(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    for f in data_dir().glob("*.csv"):
        shutil.copy(f, data / f.name)
    copy_catalogue(data_dir() / "catalogue", data / "catalogue")
    monkeypatch.setenv("COALITION_DATA", str(data))
    return data, tmp_path / "reports"


def _edit_facts(data, change):
    path = data / "facts.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    rows = change(rows) or rows
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_manifest_digests_every_row(folders):
    data, _ = folders
    m = editions.manifest(data, PARAMS)
    assert len(m["sources"]) == 5 and len(m["facts"]) >= 30
    assert m["facts"]["F001"]["value"] == "600" and len(m["facts"]["F001"]["digest"]) == 16
    assert m["rows"]["events"] and "lang" not in m["parameters"]


def test_first_edition_then_nothing_then_changes(folders):
    data, reports = folders
    current, ch = editions.changes(reports, data, PARAMS)
    assert ch.first
    assert editions.record(reports, current, DAY) is not None
    assert editions.record(reports, current, DAY) is None  # same record: no new edition
    current, ch = editions.changes(reports, data, PARAMS)
    assert ch.first  # still compared with nothing: the only edition is this record

    def change(rows):
        rows[0]["value"] = "650"                  # F001 600 -> 650
        rows[1]["quote"] = rows[1]["quote"]       # unchanged
        rows[2]["note"] = "edited note"           # F003: same value, other details
        return [r for r in rows if r["fact_id"] != "F005"]  # F005 removed
    _edit_facts(data, change)
    current, ch = editions.changes(reports, data, PARAMS)
    assert not ch.first and ch.since == DAY.isoformat()
    assert [(f, old["value"], new["value"]) for f, old, new in ch.changed_facts] == [("F001", "600", "650"), ("F003", "8", "8")]
    assert [f for f, _ in ch.removed_facts] == ["F005"]
    assert ch.new_facts == [] and ch.new_sources == []
    editions.record(reports, current, DAY + dt.timedelta(days=1))
    again = editions.changes(reports, data, PARAMS)[1]
    assert again.changed_facts == ch.changed_facts  # a rebuild compares with the edition before, not itself


def test_editions_compare_only_with_the_same_parameters(folders):
    data, reports = folders
    editions.record(reports, editions.manifest(data, PARAMS), DAY)
    past = {**PARAMS, "as_of": "2020-12-31"}
    current, ch = editions.changes(reports, data, past)
    assert ch.first
    assert len(current["facts"]) < len(editions.manifest(data, PARAMS)["facts"])  # as_of selects


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_render_in_both_languages(folders, lang):
    data, reports = folders
    first = editions.render(editions.changes(reports, data, PARAMS)[1], lang)
    assert ("first edition" in first) if lang == "en" else ("النسخة الأولى" in first)
    editions.record(reports, editions.manifest(data, PARAMS), DAY)
    _edit_facts(data, lambda rows: [{**rows[0], "value": "650"}, *rows[1:]])
    page = editions.render(editions.changes(reports, data, PARAMS)[1], lang)
    assert "650" in page and "600" in page
    visible = re.sub(r"<[^>]+>", " ", page)
    assert not re.search(r"\b[SF]\d{3}\b", visible), visible  # row ids are anchors, never text
    assert 'id="change-F001"' in page
    assert f'dir="{"rtl" if lang == "ar" else "ltr"}"' in page


def test_render_words_for_readers_and_a_same_day_edition_undated(folders):
    data, reports = folders
    editions.record(reports, editions.manifest(data, PARAMS), DAY)
    _edit_facts(data, lambda rows: [rows[0], rows[1], {**rows[2], "note": "edited note"}, *rows[3:]])
    ch = editions.changes(reports, data, PARAMS)[1]
    page = re.sub(r"<[^>]+>", " ", editions.render(ch, "en", built=DAY + dt.timedelta(days=1)))
    assert "One figure was reworded (value unchanged):" in page
    assert "built on" in page  # another day: dated
    same = re.sub(r"<[^>]+>", " ", editions.render(ch, "en", built=DAY))
    assert "built on" not in same and "Compared with the previous edition." in same  # a date alone tells nothing
    assert "row" not in page.lower()
