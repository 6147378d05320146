from __future__ import annotations

import pandas as pd
import pytest

from analysis import reconcile

NOTES = pd.DataFrame([
    {"note_id": "N2", "fact_ids": "F1;E1", "kind": "k", "note_en": "two <b>", "note_ar": "اثنان"},
    {"note_id": "N1", "fact_ids": "F1", "kind": "k", "note_en": "one", "note_ar": "واحد"},
    {"note_id": "N3", "fact_ids": "", "kind": "k", "note_en": "none", "note_ar": "لا شيء"},
])


def test_all_keeps_notes_whose_every_row_is_shown_in_note_order():
    assert reconcile.select(NOTES, {"F1"}, "all")["note_id"].tolist() == ["N1"]
    assert reconcile.select(NOTES, {"F1", "E1"}, "all")["note_id"].tolist() == ["N1", "N2"]


def test_any_keeps_notes_about_at_least_one_shown_row():
    assert reconcile.select(NOTES, {"E1"}, "any")["note_id"].tolist() == ["N2"]
    assert reconcile.select(NOTES, set(), "any").empty


def test_box_escapes_and_is_empty_without_notes():
    box = reconcile.box([reconcile.text(NOTES.iloc[0], "en")], "en", "Notes & more")
    assert "two &lt;b&gt;" in box and "Notes &amp; more" in box and 'dir="ltr"' in box
    assert reconcile.box([], "ar", "x") == ""


def test_require_is_checked():
    with pytest.raises(ValueError, match="require"):
        reconcile.select(NOTES, set(), "some")
