"""`coalition-reports quote SOURCE WORDS` as a user runs it."""

from __future__ import annotations

from typer.testing import CliRunner

from analysis import quoting
from analysis.cli import app


def run_cli(*args: str):
    """The command in this process (the sources add tests run it in a fresh one)."""
    return CliRunner().invoke(app, list(args))


def test_prints_the_verbatim_span_and_its_line():
    result = run_cli("quote", "S000", "الحدود الدوليه بين العراق وسوريه البالغه اكثر من 600")
    assert result.exit_code == 0, result.stderr
    head, span = result.stdout.strip().split("\n")
    assert head == "S000 (000_06d20b2a77620d59.txt), line 4, column 293:"
    assert span == "الحدود الدولية بين العراق وسورية البالغة أكثر من 600"


def test_found_twice_names_both_places_and_asks_for_more():
    result = run_cli("quote", "001_61226f1ce0f99ca9.txt", "الدول", "الأربع")
    assert result.exit_code == 1
    assert "found 2 times" in result.stderr and "longer quote" in result.stderr
    assert "line 11" in result.stderr and "line 13" in result.stderr


def test_not_found_names_the_closest_span():
    found = quoting.lookup("S000", "قتلت خلال 5 سنوات 23 الف")
    assert found.matches == [] and found.near.span == "قتلت خلال 4 سنوات 23 ألف"
    assert "the quote has «5» where the source has «4»" in found.near.differences


def test_unknown_source():
    result = run_cli("quote", "S099", "كلمة")
    assert result.exit_code == 1 and "S099" in result.stderr and "known sources" in result.stderr
    assert "Traceback" not in result.stderr
