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
    keep = pd.to_datetime(facts["stated_on"]) <= cutoff
    if not include_disputed:
        keep &= ~facts["status"].isin(DISPUTED_STATUSES)
    return facts.loc[keep].reset_index(drop=True)
