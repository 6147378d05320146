"""Every number written in the five sources is data or explained in exclusions.csv."""

from __future__ import annotations

import csv
import re
import shutil

import pytest

from analysis import coverage, data
from analysis.exceptions import DataValidationError
from analysis.paths import data_dir
from conftest import copy_catalogue


def test_finds_western_and_arabic_indic_digits():
    nums = coverage.numbers_in_text("قتل 23 ألف\nو١٥٣ هجوماً و2,500 جندي [4]")
    assert [n.text for n in nums] == ["23", "١٥٣", "2,500", "4"]
    assert (nums[1].line, nums[1].col) == (2, 2)
    assert nums[1].value == 153 and nums[2].value == 2500


def test_counts_every_digit_run_in_the_sources():
    """Independent count with a plain regex over the raw files."""
    texts = data.source_texts()
    found = coverage.numbers_by_source()
    for sid, text in texts.items():
        runs = re.findall(r"[0-9\u0660-\u0669\u06F0-\u06F9]+", text)
        assert sum(len(re.findall(r"[0-9\u0660-\u0669\u06F0-\u06F9]+", n.text)) for n in found[sid]) == len(runs), sid
    assert sum(len(v) for v in found.values()) == 158


def test_every_number_is_accounted_for():
    missing = [(n.source_id, n.line, n.col, n.text) for n in coverage.unaccounted()]
    assert missing == []


def test_data_rows_account_for_most_numbers():
    s = coverage.summary()
    assert sum(v["data"] for v in s.values()) > sum(v["exclusion"] for v in s.values())
    assert all(v["none"] == 0 for v in s.values())


def test_no_stale_exclusions():
    assert coverage.unused_exclusions() == []


def test_key_figures_are_quoted_by_facts():
    classified = {(n.source_id, n.text): ref for n, how, ref in coverage.classify() if how == "data"}
    for sid, number in [("S000", "8315"), ("S000", "4471"), ("S002", "153"), ("S004", "153"), ("S002", "10740")]:
        assert classified[(sid, number)].startswith("facts:"), (sid, number)


@pytest.fixture()
def copy_data(tmp_path, monkeypatch):
    for f in data_dir().glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    copy_catalogue(data_dir() / "catalogue", tmp_path / "catalogue")
    monkeypatch.setenv("COALITION_DATA", str(tmp_path))
    return tmp_path


def _drop_rows(path, keep):
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(r for r in rows if keep(r))


def test_removing_a_fact_leaves_its_number_unaccounted(copy_data):
    f = data.facts()
    fid = f.loc[(f.source_id == "S000") & (f.value == 8315), "fact_id"].item()
    _drop_rows(copy_data / "facts.csv", lambda r: r["fact_id"] != fid)
    missing = coverage.unaccounted()
    assert [(n.source_id, n.text) for n in missing] == [("S000", "8315")]
    with pytest.raises(DataValidationError, match=r"000_06d20b2a77620d59.txt, line 30, .*'8315'"):
        data.validate_all()


def test_removing_an_exclusion_leaves_its_number_unaccounted(copy_data):
    _drop_rows(copy_data / "exclusions.csv", lambda r: not (r["source_id"] == "S001" and r["number"] == "19"))
    assert [(n.source_id, n.text) for n in coverage.unaccounted()] == [("S001", "19")]


def test_exclusion_number_must_be_in_its_context(copy_data):
    path = copy_data / "exclusions.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("X001,S000,2015,", "X001,S000,2016,", 1), encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"exclusions.csv, line 2, column 'number'"):
        data.load("exclusions")


def test_number_words_are_found_and_the_committed_ones_explained():
    words = coverage.number_words_in_text("بعد ثماني سنوات من التأسيس")
    assert [(w.text, w.col) for w in words] == [("ثماني", 5)]
    # every number of the committed sources, digits and words, is a data row or an exclusion
    assert coverage.todo() == {} or not any(coverage.todo().values())


def test_an_exclusion_can_explain_a_number_word(copy_data):
    _drop_rows(copy_data / "exclusions.csv", lambda r: r["exclusion_id"] != "X038")
    assert ("S000", "الاثنين") in {(n.source_id, n.text) for items in coverage.todo().values() for n, _ in items}
    assert coverage.unaccounted() == []  # digits only: the build is not blocked by a number word
