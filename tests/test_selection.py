"""The report parameters applied to the data (`analysis.selection`), on tiny frames.

What each notebook does with the selection is checked end to end in
tests/test_notebooks.py (`test_each_parameter_changes_the_output`); this file pins the rules.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.exceptions import ParameterError
from analysis.selection import as_of_date, disputed_left_out, select_facts, select_stated


@pytest.fixture
def facts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "fact_id": ["F1", "F2", "F3", "F4", "F5"],
            "stated_on": ["2020-08-01", "2024-01-29", "2024-10-15", None, "2024-10-15"],
            "status": ["reported", "disputed", "reported", "reported", "disputed"],
        }
    )


@pytest.fixture
def sources() -> pd.DataFrame:
    return pd.DataFrame({"source_id": ["S1", "S2", "S3"], "date": ["2020-08-01", "2024-10-15", None]})


def ids(frame: pd.DataFrame, column: str = "fact_id") -> list[str]:
    return list(frame[column])


def test_no_parameters_keep_every_fact(facts):
    assert ids(select_facts(facts)) == ["F1", "F2", "F3", "F4", "F5"]


def test_as_of_keeps_facts_stated_on_or_before_it_and_the_undated(facts):
    assert ids(select_facts(facts, "2024-01-29")) == ["F1", "F2", "F4"]  # the day itself is kept
    assert ids(select_facts(facts, "2024-01-28")) == ["F1", "F4"]


def test_include_disputed_false_drops_disputed_claims_only(facts):
    assert ids(select_facts(facts, include_disputed=False)) == ["F1", "F3", "F4"]
    assert ids(select_facts(facts, "2024-01-29", include_disputed=False)) == ["F1", "F4"]


def test_disputed_left_out_counts_what_this_edition_drops(facts):
    assert disputed_left_out(facts, "", True) == 0
    assert disputed_left_out(facts, "", False) == 2
    assert disputed_left_out(facts, "2024-01-29", False) == 1  # the later one is not stated yet


def test_the_cut_off_defaults_to_the_latest_statement(facts):
    assert as_of_date("", facts) == pd.Timestamp("2024-10-15")
    assert as_of_date("2023-05-01", facts) == pd.Timestamp("2023-05-01")


@pytest.mark.parametrize(
    "as_of, message",
    [("yesterday", "not an ISO date"), ("2024-13-01", "not an ISO date"), ("1999-01-01", "before every fact")],
)
def test_a_bad_or_too_early_as_of_is_refused_with_the_reason(facts, as_of, message):
    with pytest.raises(ParameterError, match=message):
        select_facts(facts, as_of)


def test_rows_without_a_date_of_their_own_take_their_sources(facts, sources):
    rows = pd.DataFrame({"row": ["a", "b", "c"], "source_id": ["S1", "S2", "S3"]})
    assert ids(select_stated(rows, sources, "", facts), "row") == ["a", "b", "c"]
    assert ids(select_stated(rows, sources, "2024-01-29", facts), "row") == ["a", "c"]  # the undated source is kept


def test_selection_returns_fresh_frames(facts):
    chosen = select_facts(facts, "2024-01-29")
    chosen.loc[0, "status"] = "changed"
    assert list(chosen.index) == [0, 1, 2]
    assert facts.loc[0, "status"] == "reported"
