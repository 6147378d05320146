"""`sources add`: a new source is checked, normalised, copied, and its row added; bad input changes nothing."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analysis import data, new_source
from analysis.cli import app
from analysis.exceptions import SourceError
from analysis.new_source import Options
from analysis.paths import data_dir

from conftest import FIXTURES, copy_catalogue

BULLETIN = FIXTURES / "new_source" / "bulletin.txt"
TODAY = dt.date(2026, 1, 1)


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """A copy of data/ and an empty user sources folder, through COALITION_DATA and COALITION_USER_SOURCES."""
    folder = tmp_path / "data"
    folder.mkdir()
    for f in data_dir().glob("*.csv"):
        shutil.copy(f, folder / f.name)
    copy_catalogue(data_dir() / "catalogue", folder / "catalogue")
    monkeypatch.setenv("COALITION_DATA", str(folder))
    monkeypatch.setenv("COALITION_USER_SOURCES", str(tmp_path / "sources"))
    data.clear_cache()
    yield folder, tmp_path / "sources"
    data.clear_cache()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_normalise_one_paragraph_a_line():
    text = "عنوان\r\n\r\nسطر أول\r\nيكمل الفقرة\r\n\r\n\r\nفقرة  ثانية\t\n"
    assert new_source.normalise(text) == "عنوان\nسطر أول يكمل الفقرة\nفقرة ثانية\n"
    assert new_source.normalise("سطر\nسطر آخر\n\n") == "سطر\nسطر آخر\n"  # no blank lines: each line is a paragraph
    once = new_source.normalise(text)
    assert new_source.normalise(once) == once


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b" \n\n\t", "empty"),
    (b"\x89PNG\r\n\x1a\n\0\0\0", "binary"),
    ("نص".encode("cp1256") + b"\xff\xfe", "not UTF-8"),
])
def test_refuses_empty_binary_and_non_utf8_files(tmp_path, content, message):
    path = tmp_path / "in.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        new_source.read_text(path)


def test_a_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffنص".encode("utf-8"))
    assert new_source.read_text(path) == "نص"


def test_adds_the_text_the_row_and_the_label(project):
    folder, user = project
    added = new_source.add(BULLETIN, Options(kind="news", date="2025-04-02", date_quote="2 ابريل/نيسان 2025", today=TODAY))
    assert added.source_id == "S005"
    assert (user / "bulletin.txt").read_text(encoding="utf-8").count("\n") == 3
    row = data.sources().set_index("source_id").loc["S005"]
    assert row["date_status"] == "stated" and row["date_precision"] == "day"
    assert row["date_quote"] == "2 أبريل/ نيسان 2025"  # the text's own characters
    # readers' label is computed from the row, as for every source; the catalogue is not written
    assert added.label("en").startswith("News report, ") and "2025" in added.label("en")
    assert added.label("ar").startswith("تقرير إخباري، ") and "2025" in added.label("ar")
    assert "S005" not in (folder / "catalogue" / "ar.ftl").read_text(encoding="utf-8")


def test_an_inferred_date_needs_the_words_that_imply_it(project):
    with pytest.raises(SourceError, match="--because"):
        new_source.add(BULLETIN, Options(kind="news", date_inferred="2025", today=TODAY))
    added = new_source.add(BULLETIN, Options(kind="news", date_inferred="2025", because="من هذا العام", today=TODAY))
    assert added.row["date_status"] == "inferred" and added.row["date_precision"] == "year"
    assert added.label("en") == "News report, 2025, date inferred"


@pytest.mark.parametrize("options, fragment", [
    (dict(kind="blog"), "--kind 'blog'"),
    (dict(kind="news", source_id="S002"), "--id S002: already used by sources.csv, line 4"),
    (dict(kind="news", source_id="5"), "--id '5'"),
    (dict(kind="news", date="2026-02-01"), "--date '2026-02-01': the date is in the future"),
    (dict(kind="news", date="2025-02-30"), "--date '2025-02-30': not a date"),
    (dict(kind="news", date="2025", date_inferred="2025"), "--date and --date-inferred"),
    (dict(kind="news", publisher="nobody"), "--publisher 'nobody': the catalogue has no message publisher-nobody"),
    (dict(kind="news", url="www.example.org"), "--url"),
    (dict(kind="news", date_inferred="2025", because="في العام الماضي"), "--because 'في العام الماضي': not found"),
    (dict(kind="news", author_ar="العراقية"), "found 2 times"),
])
def test_bad_options_name_the_option_and_change_nothing(project, options, fragment):
    folder, user = project
    before = _snapshot(folder)
    with pytest.raises(SourceError) as info:
        new_source.add(BULLETIN, Options(today=TODAY, **options))
    assert fragment in str(info.value)
    assert _snapshot(folder) == before
    assert not user.exists() or not any(user.iterdir())


def test_the_same_text_twice_is_refused(project):
    new_source.add(BULLETIN, Options(kind="news", today=TODAY))
    with pytest.raises(SourceError, match="already registered as S005"):
        new_source.add(BULLETIN, Options(kind="news", today=TODAY))


def test_cli_exit_code_and_message(project, tmp_path):
    folder, _ = project
    before = _snapshot(folder)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(app, ["sources", "add", str(empty), "--kind", "news"])
    assert result.exit_code != 0 and "empty" in result.stderr
    result = CliRunner().invoke(app, ["sources", "add", str(BULLETIN), "--kind", "news", "--date", "2999-01-01"])
    assert result.exit_code == 1 and "--date '2999-01-01': the date is in the future" in result.stderr
    assert "Traceback" not in result.stderr  # (tests/test_walkthrough.py runs the real command)
    assert _snapshot(folder) == before
