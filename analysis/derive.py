"""Values no source states, computed here from cited rows, each with its formula and inputs.

Three kinds, each marked wherever it is shown (chart label, sentence, hover, CSV):
- `rate`: a count divided by the months its period covers ("about 120 in 2023" -> "about 10 a
  month"); the count's qualifier is kept, and a period that is itself inferred stays "inferred".
- `ratio`: one rate over another; it keeps both qualifiers ("more than 25.5" over "about 10").
- `inferred_period`: a period read from the source's words ("last year" -> 2023), for every fact
  whose `period_status` is "inferred" (see `periods`).
- `no_end_date`: a span of time from an unknown start ("only after 3 years") stays a span: no end
  date is computed, and the list says so.

`derivations(facts, lang)` is the one table the method chapter lists.
"""

from __future__ import annotations

import math

import pandas as pd

from . import fmt, periods
from .catalogue import t

DAYS_PER_MONTH = 365.25 / 12
# Counts over closed periods that the attacks chapter compares per month: (subject, metric).
RATE_SERIES = (("isis", "attacks"), ("iraq_us_joint", "joint_operations"))
SPAN_METRICS = ("years_until_withdrawal",)
LOWER_BOUNDS = ("more_than", "at_least")


def months_in_period(start, end) -> float:
    """Months a period covers: whole calendar months when it runs from a 1st to a month's last day
    (2023-01-01..2023-12-31 -> 12), else days / (365.25 / 12). NaN when an end is missing."""
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return math.nan
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    if end < start:
        raise ValueError(f"period ends ({end.date()}) before it starts ({start.date()})")
    if start.day == 1 and end.is_month_end:
        return float((end.year - start.year) * 12 + end.month - start.month + 1)
    return ((end - start).days + 1) / DAYS_PER_MONTH


def rate_rows(facts: pd.DataFrame) -> pd.DataFrame:
    """The counts that get a monthly rate, with `months` and `per_month` (1 decimal)."""
    keep = [(s, m) in RATE_SERIES for s, m in zip(facts["subject"], facts["metric"])]
    out = facts.loc[keep].copy()
    out["months"] = [months_in_period(s, e) for s, e in zip(out["period_start"], out["period_end"])]
    out = out[out["months"].notna()]
    out["per_month"] = (out["value"] / out["months"]).round(1)
    return out.sort_values(["subject", "period_start", "fact_id"]).reset_index(drop=True)


def ratio(facts: pd.DataFrame) -> dict | None:
    """The latest ISIS monthly rate over the earliest, when there are two periods: value and inputs."""
    isis = rate_rows(facts)
    isis = isis[(isis["subject"] == "isis") & (isis["metric"] == "attacks")].sort_values("period_start")
    if len(isis) < 2 or not isis.iloc[0]["per_month"]:
        return None
    first, last = isis.iloc[0], isis.iloc[-1]
    value = last["per_month"] / first["per_month"]
    if last["qualifier"] in LOWER_BOUNDS:  # "more than 25.5" over "about 10": 2.55, shown as 2.5, never rounded up
        value = math.floor(value * 10 + 1e-9) / 10
    return {"value": round(value, 1), "num": last, "den": first}


# qualifiers of a denominator that cannot be larger than its number: over these, a lower bound's ratio is one too
NOT_ABOVE = ("exact", "at_most", "nearly")


def or_more(num, den) -> bool:
    """Whether a ratio is itself a lower bound: its numerator is ("more than 25.5") and its denominator
    cannot be larger than stated. Over "about 10" it is not: the earlier count may have been higher."""
    return num["qualifier"] in LOWER_BOUNDS and (den["qualifier"] or "exact") in NOT_ABOVE


def times(value: float, lang: str) -> str:
    """A multiple as editors write it: «مرتين», «مرتين ونصف», «ثلاث مرات», else «2.6 مرة»."""
    whole = math.floor(value)
    if value == whole:
        return t("derive.times", lang, n=int(whole))
    if value - whole == 0.5 and whole >= 1:
        return t("derive.times_half", lang, times=t("derive.times", lang, n=int(whole)))
    return t("derive.times", lang, n=fmt.count(value, lang))


def ratio_text(r: dict, lang: str) -> str:
    """'about 2.6 times (derived from more than 25.5 / month over about 10 / month)': both qualifiers kept."""
    num, den = r["num"], r["den"]
    key = "derive.ratio_text_or_more" if or_more(num, den) else "derive.ratio_text"
    return t(key, lang, ratio=fmt.number(r["value"], lang), times=times(r["value"], lang),
             num=fmt.qualified(num["per_month"], num["qualifier"], lang),
             den=fmt.qualified(den["per_month"], den["qualifier"], lang))


def ratio_prose(r: dict, lang: str) -> str:
    """The ratio for running text, no signs: 'roughly 2.5 times the earlier pace or more (approximate, …)'."""
    key = "derive.ratio_prose_or_more" if or_more(r["num"], r["den"]) else "derive.ratio_prose"
    return t(key, lang, ratio=fmt.number(r["value"], lang), times=times(r["value"], lang))


def derivations(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per derived or inferred value: kind, what it says, formula, input rows."""
    rows = []
    for _, r in rate_rows(facts).iterrows():
        rows.append({
            "kind": "rate", "ids": [r["fact_id"]],
            # «22.8 عملية شهريًا»: the rate with its counted noun, in the form its CLDR category takes
            "value": t(f"derive.rate_value_{r['metric']}", lang, rate=fmt.count(r["per_month"], lang, r["qualifier"])),
            "formula": t("derive.rate_formula", lang, count=fmt.qualified(r["value"], r["qualifier"], lang),
                         divisor=fmt.number(round(r["months"], 1), lang), period=periods.period_text(r, lang)),
        })
    rr = ratio(facts)
    if rr is not None:
        rows.append({
            "kind": "ratio", "ids": [rr["num"]["fact_id"], rr["den"]["fact_id"]],
            "value": ratio_text(rr, lang),
            "formula": t("derive.ratio_formula", lang, num=periods.period_in(rr["num"], lang),
                         den=periods.period_in(rr["den"], lang)),
        })
    for _, r in facts[facts["period_status"] == "inferred"].iterrows():
        rows.append({
            "kind": "inferred_period", "ids": [r["fact_id"]],
            "value": periods.period_text(r, lang),
            "formula": t("derive.inferred_formula", lang, words=r["period_quote"]),
        })
    for _, r in facts[facts["metric"].isin(SPAN_METRICS)].iterrows():
        rows.append({
            "kind": "no_end_date", "ids": [r["fact_id"]],
            "value": t("derive.span_value", lang, years=fmt.count(r["value"], lang)),
            "formula": t("derive.span_formula", lang),
        })
    return pd.DataFrame(rows, columns=["kind", "ids", "value", "formula"])
