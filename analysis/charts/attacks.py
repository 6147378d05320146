"""Attacks: ISIS attacks per period as stated and per month (derived), joint operations, and
the attacks on US positions by Iran-backed groups, which are another count and never added.

Tidy frames in, tidy frames out (`period_counts`, `us_position_attacks`, `months_in_period`,
`monthly_rates`, `narrative_values`); charts take those frames and a language.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from babel.dates import format_date

from .. import fmt
from ..catalogue import t
from .casualties import reconciliation_notes  # noqa: F401  (the same rule: notes whose facts are all shown)
from .style import COLORS, number_axis, styled

# series: (subject, metric) -> series code (catalogue `attacks.series_<code>`)
SERIES = {
    ("isis", "attacks"): "isis_attacks",
    ("iraq_us_joint", "joint_operations"): "joint_operations",
    ("iran_backed_groups", "attacks_on_us_positions"): "us_positions",
}
PERIOD_SERIES = ("isis_attacks", "joint_operations")  # counted over closed periods, compared per month
SERIES_COLORS = {"isis_attacks": COLORS[7], "joint_operations": COLORS[0], "us_positions": COLORS[4]}
DAYS_PER_MONTH = 365.25 / 12
COLUMNS = ["fact_id", "series", "subject", "metric", "place", "value", "value_high", "qualifier",
           "period_start", "period_end", "stated_on", "claimant", "source_id", "quote"]


# ---------------------------------------------------------------- wrangling

def _select(facts: pd.DataFrame, series: tuple[str, ...]) -> pd.DataFrame:
    codes = [SERIES.get((s, m)) for s, m in zip(facts["subject"], facts["metric"])]
    out = facts.assign(series=codes)
    out = out.loc[out["series"].isin(series), COLUMNS].copy()
    out["_s"] = out["series"].map(list(SERIES.values()).index)
    return out.sort_values(["_s", "period_start", "fact_id"]).drop(columns="_s").reset_index(drop=True)


def period_counts(facts: pd.DataFrame) -> pd.DataFrame:
    """ISIS attacks and joint operations against ISIS: counts over stated periods."""
    return _select(facts, PERIOD_SERIES)


def us_position_attacks(facts: pd.DataFrame) -> pd.DataFrame:
    """Attacks on US positions by Iran-backed groups: another attacker, another target, kept apart."""
    return _select(facts, ("us_positions",))


def months_in_period(start, end) -> float:
    """Months a period covers: whole calendar months when it runs from a 1st to a month's last day
    (2023-01-01..2023-12-31 -> 12, 2024-01-01..2024-06-30 -> 6), else days / (365.25 / 12).
    NaN when either end is missing (an open period has no length)."""
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return math.nan
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    if end < start:
        raise ValueError(f"period ends ({end.date()}) before it starts ({start.date()})")
    if start.day == 1 and end.is_month_end:
        return float((end.year - start.year) * 12 + end.month - start.month + 1)
    return ((end - start).days + 1) / DAYS_PER_MONTH


def monthly_rates(counts: pd.DataFrame) -> pd.DataFrame:
    """Adds `months` and `per_month` (count / months, 1 decimal; NaN for an open period).

    The rate keeps the count's qualifier: '> 153 in 6 months' is '> 25.5 a month'.
    """
    out = counts.copy()
    out["months"] = [months_in_period(s, e) for s, e in zip(out["period_start"], out["period_end"])]
    out["per_month"] = (out["value"] / out["months"]).round(1)
    return out


def rate_label(per_month: float, qualifier: str, lang: str) -> str:
    """'≈ 10 / month' (English), 'نحو 10 شهرياً' (Arabic): a derived rate, qualifier kept."""
    return t("attacks.rate_label", lang, rate=fmt.qualified(per_month, qualifier, lang))


def period_label(start, end, lang: str) -> str:
    """'2023', 'Jan–Jun 2024', 'since October 2023' (open period)."""
    start = pd.Timestamp(start)
    if end is None or pd.isna(end):
        return t("attacks.since", lang, date=fmt.date(start.date(), lang, "month"))
    end = pd.Timestamp(end)
    if start.day == 1 and start.month == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        return str(start.year)
    if start.year == end.year:
        return f"{format_date(start.date(), 'MMM', locale=lang)}–{format_date(end.date(), 'MMM y', locale=lang)}"
    return f"{format_date(start.date(), 'MMM y', locale=lang)}–{format_date(end.date(), 'MMM y', locale=lang)}"


def period_axis_label(row, lang: str) -> str:
    """The x-axis label of a period: its name and how many months it covers."""
    months = months_in_period(row["period_start"], row["period_end"])
    label = period_label(row["period_start"], row["period_end"], lang)
    if math.isnan(months):
        return label
    return t("attacks.period_months", lang, period=label, months=fmt.number(round(months, 1), lang))


def has_comparison(counts: pd.DataFrame) -> bool:
    """Whether the edition holds ISIS attack counts for two periods or more (the per-month story)."""
    return int((counts["series"] == "isis_attacks").sum()) >= 2


def narrative_values(counts: pd.DataFrame, us: pd.DataFrame, lang: str) -> dict[str, str]:
    """Placeholders for the prose: first/last ISIS period (`attacks_a`, `period_a`, `rate_a`, …),
    joint operations (`joint`, `joint_period`, `joint_rate`) and the attacks on US positions (`us_*`)."""
    values: dict[str, str] = {}
    rates = monthly_rates(counts)
    isis = rates[rates["series"] == "isis_attacks"].sort_values("period_start")
    if not isis.empty:
        for tag, row in (("a", isis.iloc[0]), ("b", isis.iloc[-1])):
            values[f"attacks_{tag}"] = _words(row["value"], row["qualifier"], lang)
            values[f"period_{tag}"] = period_label(row["period_start"], row["period_end"], lang)
            values[f"months_{tag}"] = fmt.count(row["months"], lang)
            values[f"rate_{tag}"] = rate_label(row["per_month"], row["qualifier"], lang)
        first, last = isis.iloc[0]["per_month"], isis.iloc[-1]["per_month"]
        if first and not math.isnan(first) and not math.isnan(last):
            values["ratio"] = fmt.number(round(last / first, 1), lang)
        values["source"] = t(f"source.{isis.iloc[0]['source_id']}", lang)
        values["claimant"] = t(f"claimant.{isis.iloc[0]['claimant']}", lang)
    joint = rates[rates["series"] == "joint_operations"].sort_values("period_start")
    if not joint.empty:
        row = joint.iloc[-1]
        values["joint"] = _words(row["value"], row["qualifier"], lang)
        values["joint_period"] = period_label(row["period_start"], row["period_end"], lang)
        values["joint_rate"] = rate_label(row["per_month"], row["qualifier"], lang)
        values["joint_claimant"] = t(f"claimant.{row['claimant']}", lang)
    if not us.empty:
        row = us.iloc[-1]
        values["us_attacks"] = _words(row["value"], row["qualifier"], lang)
        values["us_since"] = fmt.date(row["period_start"], lang, "month")
        values["us_stated"] = fmt.date(row["stated_on"], lang, "month")
        values["us_source"] = t(f"source.{row['source_id']}", lang)
        values["us_claimant"] = t(f"claimant.{row['claimant']}", lang)
    return values


def _words(value: float, qualifier: str, lang: str) -> "fmt.Count":
    """A count for running text ('about 120'), choosing its noun's plural form in the message."""
    return fmt.count(value, lang, qualifier, prose=True)


# ---------------------------------------------------------------- charts

def _period_bars(frame: pd.DataFrame, lang: str, values: str, texts: list[str], derived: bool) -> go.Figure:
    fig = go.Figure()
    periods = frame.sort_values("period_start")
    order = list(dict.fromkeys(period_axis_label(r, lang) for _, r in periods.iterrows()))
    if lang == "ar":
        order = list(reversed(order))  # time runs right to left
    frame = frame.assign(_label=[period_axis_label(r, lang) for _, r in frame.iterrows()], _text=texts)
    for series in PERIOD_SERIES:
        part = frame[frame["series"] == series]
        if part.empty:
            continue
        name = t(f"attacks.series_{series}" + ("_rate" if derived else ""), lang)
        fig.add_trace(go.Bar(
            x=part["_label"].tolist(), y=part[values].astype(float).tolist(), name=name, text=part["_text"].tolist(),
            textposition="outside", cliponaxis=False, marker_color=SERIES_COLORS[series],
            marker_pattern={"shape": "." if derived else "", "fgcolor": "white", "size": 6},
            customdata=[[q] for q in part["quote"]],
            hovertemplate=f"<b>{name}</b> · %{{x}}: %{{text}}<br>%{{customdata[0]}}<extra></extra>",
        ))
    top = float(frame[values].max()) if not frame.empty else 1.0
    fig.update_layout(barmode="group", bargap=0.3)
    fig.update_xaxes(categoryorder="array", categoryarray=order, automargin=True)
    fig.update_yaxes(range=[0, top * 1.22], automargin=True, side="right" if lang == "ar" else "left", **number_axis(lang))
    return fig


def _axis_title(fig: go.Figure, text: str, lang: str) -> None:
    """The value axis title, in English only: in Arabic the axis is on the right, where a rotated
    title lands on the tick labels; the chart title and legend already say what the values are."""
    if lang != "ar":
        fig.update_yaxes(title={"text": text, "standoff": 10})


def stated_chart(counts: pd.DataFrame, lang: str) -> go.Figure:
    """ISIS attacks and joint operations per period, as the source states them (qualifier on each bar)."""
    texts = [fmt.qualified(v, q, lang, h) for v, q, h in zip(counts["value"], counts["qualifier"], counts["value_high"])]
    fig = _period_bars(counts, lang, "value", texts, derived=False)
    _axis_title(fig, t("attacks.axis_stated", lang), lang)
    return styled(fig, lang, t("attacks.chart_stated", lang), counts["fact_id"].tolist(), height=420)


def rate_chart(counts: pd.DataFrame, lang: str) -> go.Figure:
    """The same counts per month (derived: count / months covered), labelled '≈ 10 / month'."""
    rates = monthly_rates(counts).dropna(subset=["per_month"])
    texts = [rate_label(r, q, lang) for r, q in zip(rates["per_month"], rates["qualifier"])]
    fig = _period_bars(rates, lang, "per_month", texts, derived=True)
    _axis_title(fig, t("attacks.axis_rate", lang), lang)
    fig.add_annotation(
        xref="paper", yref="paper", x=1 if lang == "ar" else 0, y=1.02, yanchor="bottom",
        xanchor="right" if lang == "ar" else "left", showarrow=False,
        text=t("attacks.rate_annotation", lang), font={"size": 12, "color": "#5b6470"},
    )
    fig = styled(fig, lang, t("attacks.chart_rate", lang), rates["fact_id"].tolist(), height=420)
    fig.update_layout(margin={"t": 100})
    return fig


def coverage_chart(counts: pd.DataFrame, us: pd.DataFrame, lang: str) -> go.Figure:
    """What each count covers in time: one row per series, one bar per period, the count on it.

    The attacks on US positions are their own series and row (another attacker, another
    target): nothing is stacked or summed. An open period ('since October 2023') is drawn
    to the date it was stated, hatched, and said so.
    """
    rtl = lang == "ar"
    frame = pd.concat([counts, us], ignore_index=True)
    fig = go.Figure()
    rows = []
    for series in SERIES.values():
        part = frame[frame["series"] == series]
        if part.empty:
            continue
        label = t(f"attacks.row_{series}", lang)
        rows.append(label)
        open_end = part["period_end"].isna()
        ends = part["period_end"].where(~open_end, part["stated_on"])
        starts = pd.to_datetime(part["period_start"])
        spans = (pd.to_datetime(ends) + pd.Timedelta(days=1) - starts).dt.total_seconds() * 1000
        texts = [
            fmt.qualified(v, q, lang, h) + (" " + t("attacks.open_period", lang) if o else "")
            for v, q, h, o in zip(part["value"], part["qualifier"], part["value_high"], open_end)
        ]
        periods = [period_label(s, e, lang) for s, e in zip(part["period_start"], part["period_end"])]
        name = t(f"attacks.series_{series}", lang)
        fig.add_trace(go.Bar(
            y=[label] * len(part), base=starts.dt.strftime("%Y-%m-%d").tolist(), x=spans.tolist(),
            orientation="h", name=name, marker_color=SERIES_COLORS[series],
            marker_pattern={"shape": ["/" if o else "" for o in open_end], "fgcolor": "white", "size": 6},
            text=texts, textposition=["outside" if o else "inside" for o in open_end], cliponaxis=False,
            insidetextanchor="middle", textfont={"size": 12},
            customdata=[[p, q] for p, q in zip(periods, part["quote"])],
            hovertemplate=f"<b>{name}</b> · %{{customdata[0]}}: %{{text}}<br>%{{customdata[1]}}<extra></extra>",
        ))
    fig.update_layout(barmode="overlay", bargap=0.45, showlegend=False)
    fig.update_xaxes(type="date", autorange="reversed" if rtl else True, automargin=True,
                     tickformat="%Y-%m", dtick="M3", range=None)
    fig.update_yaxes(side="right" if rtl else "left", automargin=True, categoryorder="array",
                     categoryarray=list(reversed(rows)))
    ids = frame["fact_id"].tolist()
    return styled(fig, lang, t("attacks.chart_coverage", lang), ids, height=380)
