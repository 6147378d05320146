from __future__ import annotations

import re

from analysis.index import render_index, write_index
from analysis.paths import data_dir


def test_index_links_exactly_the_files_that_exist(tmp_path):
    (tmp_path / "ar").mkdir()
    (tmp_path / "en").mkdir()
    for rel in ("ar/01_x.html", "ar/01_x.pdf", "en/01_x.html", "en/02_y.pdf", "en/.02_y.pdf.123.tmp", "en/notes.txt"):
        (tmp_path / rel).write_text("x")
    page = render_index(tmp_path, {"01_x": {"ar": "عنوان", "en": "Title"}})
    links = set(re.findall(r'href="([^"]+)"', page))
    assert links == {"ar/01_x.html", "ar/01_x.pdf", "en/01_x.html", "en/02_y.pdf"}
    assert "عنوان" in page and "Title" in page


def test_write_index_is_atomic_and_leaves_no_temporary_file(tmp_path):
    path = write_index(tmp_path)
    assert path.read_text().startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_index_says_what_changed_in_both_languages_and_links_each_edition(tmp_path):
    import datetime as dt

    from analysis import editions

    current = editions.manifest(data_dir(), {"as_of": "", "include_disputed": True})
    page = render_index(tmp_path, {}, editions.compare(None, current))
    assert "This is the first edition" in page and "هذه هي النسخة الأولى" in page
    editions.record(tmp_path, current, dt.date(2026, 9, 21))
    older = {**current, "facts": {k: v for k, v in current["facts"].items() if k != "F001"}}
    page = render_index(tmp_path, {}, editions.compare(older, current))
    assert "One new figure" in page and "رقم جديد واحد" in page and 'id="change-F001"' in page
    assert set(re.findall(r'href="([^"]+)"', page)) == {"editions/edition-0001.json"}
