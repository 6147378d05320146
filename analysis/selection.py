"""The report parameters applied to the data: `as_of` and `include_disputed`."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .exceptions import ParameterError

DISPUTED_STATUSES = ("disputed",)


def as_of_date(as_of: str | None, facts: pd.DataFrame) -> pd.Timestamp:
    """The cut-off date: the parameter if given, else the latest date a fact was stated."""
    latest = pd.to_datetime(facts["stated_on"]).max()
    if not as_of:
        return latest
    try:
        cutoff = pd.Timestamp(dt.date.fromisoformat(as_of))
    except ValueError:
        raise ParameterError(f"parameter as_of={as_of!r} is not an ISO date (YYYY-MM-DD)") from None
    earliest = pd.to_datetime(facts["stated_on"]).min()
    if cutoff < earliest:
        raise ParameterError(
            f"parameter as_of={as_of} is before every fact: the earliest is stated on {earliest.date()}"
        )
    return cutoff


def select_facts(facts: pd.DataFrame, as_of: str | None = None, include_disputed: bool = True) -> pd.DataFrame:
    """Facts stated on or before `as_of`, without disputed claims unless `include_disputed`."""
    cutoff = as_of_date(as_of, facts)
    stated = pd.to_datetime(facts["stated_on"])
    keep = stated.isna() | (stated <= cutoff)
    if not include_disputed:
        keep &= ~facts["status"].isin(DISPUTED_STATUSES)
    return facts.loc[keep].reset_index(drop=True)


def select_stated(rows: pd.DataFrame, sources: pd.DataFrame, as_of: str | None, facts: pd.DataFrame) -> pd.DataFrame:
    """Rows (events, structure) whose source was published on or before `as_of`.

    A row's date of statement is its source's date; rows from an undated source
    (the encyclopedia article) are kept, since nothing says when they were stated.
    """
    cutoff = as_of_date(as_of, facts)
    dates = rows["source_id"].map(sources.set_index("source_id")["date"])
    keep = dates.isna() | (pd.to_datetime(dates) <= cutoff)
    return rows.loc[keep].reset_index(drop=True)


def disputed_left_out(facts: pd.DataFrame, as_of: str | None, include_disputed: bool) -> int:
    """How many disputed claims this edition leaves out (0 when they are included)."""
    if include_disputed:
        return 0
    cutoff = as_of_date(as_of, facts)
    stated_on = pd.to_datetime(facts["stated_on"])
    stated = facts.loc[stated_on.isna() | (stated_on <= cutoff)]
    return int(stated["status"].isin(DISPUTED_STATUSES).sum())
