"""Attacks: ISIS attacks per period as stated and per month (derived), joint operations, and
the attacks on US positions by Iran-backed groups, which are another count and never added.

Tidy frames in, tidy frames out (`period_counts`, `us_position_attacks`, `months_in_period`,
`monthly_rates`, `narrative_values`); charts take those frames and a language.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from .. import derive, fmt, periods
from ..catalogue import t
from .casualties import reconciliation_notes  # noqa: F401  (the same rule: notes whose facts are all shown)
from .style import COLORS, mark_derived, month_ticks, number_axis, rtl, styled

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
           "period_start", "period_end", "period_status", "period_quote", "stated_on", "claimant", "origin_ref",
           "source_id", "quote"]


# ---------------------------------------------------------------- wrangling

SHORT_SPAN_DAYS = 150  # a bar shorter than this gets its label outside

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
    """Months a period covers (see `derive.months_in_period`); NaN for an open period."""
    return derive.months_in_period(start, end)


def monthly_rates(counts: pd.DataFrame) -> pd.DataFrame:
    """Adds `months` and `per_month` (count / months, 1 decimal; NaN for an open period).

    The rate keeps the count's qualifier: '> 153 in 6 months' is '> 25.5 a month'.
    """
    out = counts.copy()
    out["months"] = [months_in_period(s, e) for s, e in zip(out["period_start"], out["period_end"])]
    out["per_month"] = (out["value"] / out["months"]).round(1)
    return out


def rate_label(per_month: float, qualifier: str, lang: str) -> str:
    """'≈ 10 / month' (English), 'نحو 10 شهريًا' (Arabic): a derived rate, qualifier kept."""
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
        return f"{fmt.format_pattern(start.date(), 'MMM', lang)}–{fmt.format_pattern(end.date(), 'MMM y', lang)}"
    return f"{fmt.format_pattern(start.date(), 'MMM y', lang)}–{fmt.format_pattern(end.date(), 'MMM y', lang)}"


def period_axis_label(row, lang: str) -> str:
    """The x-axis label of a period: its name, '(inferred)' when the text only implies it, and its months."""
    months = months_in_period(row["period_start"], row["period_end"])
    label = period_label(row["period_start"], row["period_end"], lang)
    inferred = row.get("period_status") == "inferred"
    if math.isnan(months):
        return periods.mark_inferred(label, lang) if inferred else label
    # one bracket: «2023 (مستنتج، 12 شهرًا)», never «2023 (مستنتج) (الأشهر: 12)»
    return t("attacks.period_months", lang, period=label, months=fmt.count(round(months, 1), lang),
             inferred=t("attacks.inferred_prefix", lang) + " " if inferred else "")


def per_month_count(row, lang: str):
    """A monthly rate for a message to place with its noun: it reads as the qualified rate («أكثر من 25.5»)
    and selects the noun's form by its own CLDR category: a decimal is "other" in Arabic (25.5 → «هجوم»,
    22.8 → «عملية»), as Arabic editors write it (review round 4), a whole number its own form."""
    return fmt.count(float(row["per_month"]), lang, row["qualifier"], prose=True)


def has_comparison(counts: pd.DataFrame) -> bool:
    """Whether the edition holds ISIS attack counts for two periods or more (the per-month story)."""
    return int((counts["series"] == "isis_attacks").sum()) >= 2


def narrative_values(counts: pd.DataFrame, us: pd.DataFrame, lang: str) -> dict[str, str]:
    """Placeholders for the prose: first/last ISIS period (`attacks_a`, `period_a`, `rate_a`, …),
    joint operations (`joint`, `joint_period`, `joint_rate`) and the attacks on US positions (`us_*`)."""
    values: dict[str, str] = {"counts_paragraph": t("attacks.counts_paragraph", lang)}
    rates = monthly_rates(counts)
    isis = rates[rates["series"] == "isis_attacks"].sort_values("period_start")
    if not isis.empty:
        for tag, row in (("a", isis.iloc[0]), ("b", isis.iloc[-1])):
            values[f"attacks_{tag}"] = _words(row["value"], row["qualifier"], lang)
            values[f"period_{tag}"] = periods.period_text(row, lang)
            values[f"months_{tag}"] = fmt.count(row["months"], lang)
            values[f"rate_{tag}"] = rate_label(row["per_month"], row["qualifier"], lang)
            # running text: qualifiers in words, months in full, the inference in brackets (signs stay in charts)
            values[f"period_{tag}_prose"] = periods.period_prose(row, lang)
            values[f"rate_{tag}_words"] = fmt.count(row["per_month"], lang, row["qualifier"], prose=True)
            values[f"rate_{tag}_attacks"] = t("attacks.rate_with_noun", lang, n=float(row["per_month"]),
                                               rate=values[f"rate_{tag}_words"])  # 'about 10 attacks'
        # «نحو 10 هجمات مقابل أكثر من 25.5 هجوم شهريًا»: each rate with its noun in its plural form
        values["rate_pair"] = t("attacks.rate_pair", lang, a=per_month_count(isis.iloc[0], lang),
                                b=per_month_count(isis.iloc[-1], lang))
        pair = derive.ratio(counts)
        if pair is not None:
            values["ratio"] = derive.ratio_text(pair, lang)
            values["ratio_words"] = derive.ratio_prose(pair, lang)
        values["source"] = periods.attribution(isis.iloc[0], lang)
        values["source_name"] = periods.named_attribution({"source_id": isis.iloc[0]["source_id"], "origin_ref": None}, lang, capital=True)
        values["claimant"] = t(f"claimant.{isis.iloc[0]['claimant']}", lang)
        # the outlet the paragraph with the ISIS counts cites ('' when none), from origin_ref
        origin = periods.origin_name(isis.iloc[0]["origin_ref"], lang)
        values["attacks_origin"] = t("attacks.origin_clause", lang, origin=origin) if origin else ""
        values["counts_paragraph"] = (t("attacks.counts_paragraph_citing", lang, origin=origin) if origin
                                      else t("attacks.counts_paragraph", lang))
    joint = rates[rates["series"] == "joint_operations"].sort_values("period_start")
    if not joint.empty:
        row = joint.iloc[-1]
        values["joint"] = _words(row["value"], row["qualifier"], lang)
        values["joint_period"] = periods.period_text(row, lang)
        values["joint_source"] = periods.attribution(row, lang)
        values["joint_rate"] = rate_label(row["per_month"], row["qualifier"], lang)
        values["joint_rate_words"] = t("attacks.rate_prose", lang,
                                       rate=fmt.count(row["per_month"], lang, row["qualifier"], prose=True))
        # «أي بمعدل شهري محسوب قدره 22.8 عملية»: outside the brackets of the source, never nested in them
        values["joint_rate_prose"] = t("attacks.joint_rate_prose", lang, n=per_month_count(row, lang))
        values["joint_claimant"] = t(f"claimant.{row['claimant']}", lang)
        values["joint_source_name"] = periods.source_name(row["source_id"], lang)
        values["joint_origin"] = periods.origin_name(row["origin_ref"], lang)
    if not us.empty:
        row = us.iloc[-1]
        values["us_attacks"] = _words(row["value"], row["qualifier"], lang)
        values["us_since"] = periods.period_in_sentence(row, lang)
        values["us_stated"] = periods.origin_text(row["origin_ref"], lang) or periods.source_label(row["source_id"], lang)
        values["us_stated_date"] = periods.origin_date(row["origin_ref"], lang) or periods.source_label(row["source_id"], lang)
        values["us_source"] = periods.attribution(row, lang)
        values["us_claimant"] = t(f"claimant.{row['claimant']}", lang)
    return values


def _words(value: float, qualifier: str, lang: str) -> "fmt.Count":
    """A count for running text ('about 120'), choosing its noun's plural form in the message."""
    return fmt.count(value, lang, qualifier, prose=True)


# ---------------------------------------------------------------- charts

def _period_bars(frame: pd.DataFrame, lang: str, values: str, texts: list[str], derived: bool) -> go.Figure:
    fig = go.Figure()
    # One category per period. The axis says "(inferred)" when every count of that period has an
    # inferred period; when only some have, those bars say it in their own label.
    keys = [(str(r["period_start"]), str(r["period_end"])) for _, r in frame.iterrows()]
    all_of = {k: all(st == "inferred" for kk, st in zip(keys, frame["period_status"]) if kk == k) for k in keys}
    labels, texts = [], list(texts)
    for i, (_, r) in enumerate(frame.iterrows()):
        all_inferred = all_of[keys[i]]
        # an Arabic category that starts with a year («2023 (مستنتج، 12 شهرًا)») is marked right to left
        labels.append(rtl(period_axis_label(r if all_inferred else r.copy().replace({"inferred": "stated"}), lang), lang))
        if r["period_status"] == "inferred" and not all_inferred:
            texts[i] = f"{texts[i]}<br>{t('period.period_inferred_mark', lang)}"
    frame = frame.assign(_label=labels, _text=texts)
    order = list(dict.fromkeys(frame.sort_values("period_start")["_label"]))
    if lang == "ar":
        order = list(reversed(order))  # time runs right to left
    for series in PERIOD_SERIES:
        part = frame[frame["series"] == series]
        if part.empty:
            continue
        name = t(f"attacks.series_{series}" + ("_rate" if derived else ""), lang)
        fig.add_trace(go.Bar(
            x=part["_label"].tolist(), y=part[values].astype(float).tolist(), name=name, text=part["_text"].tolist(),
            textposition="outside", cliponaxis=False, constraintext="none", textfont={"size": 11},
            marker_color=SERIES_COLORS[series],
            customdata=[[q, periods.attribution(r, lang)] for q, (_, r) in zip(part["quote"], part.iterrows())],
            hovertemplate=f"<b>{name}</b> · %{{x}}: %{{text}}<br>%{{customdata[1]}}<br>%{{customdata[0]}}<extra></extra>",
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
    texts = [t("attacks.rate_label_bar", lang, rate=fmt.qualified(r, q, lang))
             for r, q in zip(rates["per_month"], rates["qualifier"])]
    fig = _period_bars(rates, lang, "per_month", texts, derived=True)
    _axis_title(fig, t("attacks.axis_rate", lang), lang)
    fig.add_annotation(
        xref="paper", yref="paper", x=1 if lang == "ar" else 0, y=1.02, yanchor="bottom",
        xanchor="right" if lang == "ar" else "left", showarrow=False,
        text=t("attacks.rate_annotation", lang), font={"size": 12, "color": "#5b6470"},
    )
    fig = styled(fig, lang, rate_title(rates, lang), rates["fact_id"].tolist(), height=420)
    fig.update_layout(margin={"t": 100})
    mark_derived(fig, {r["fact_id"]: (float(r["per_month"]), t("derive.rate_formula", lang,
                        count=fmt.qualified(r["value"], r["qualifier"], lang),
                        divisor=fmt.number(round(r["months"], 1), lang), period=periods.period_text(r, lang)))
                       for _, r in rates.iterrows()})
    return fig


def rate_title(rates: pd.DataFrame, lang: str) -> str:
    """The chart's finding: ISIS attacks per month in the first and the last period, each rate with its
    count's qualifier, and the doubt that stands over the comparison (the first count's area is not stated)."""
    isis = rates[rates["series"] == "isis_attacks"].sort_values("period_start")
    if len(isis) < 2:
        return t("attacks.chart_rate", lang)
    first, last = isis.iloc[0], isis.iloc[-1]
    a, b = float(first["per_month"]), float(last["per_month"])
    key = "attacks.chart_rate_rose" if b > a else ("attacks.chart_rate_fell" if b < a else "attacks.chart_rate_finding")
    return t(key, lang,
             joint_note=t("attacks.chart_rate_joint", lang) if (rates["series"] == "joint_operations").any() else "",
             rate_a=fmt.count(first["per_month"], lang, first["qualifier"], prose=True), period_a=_span(first, lang),
             rate_b=fmt.count(last["per_month"], lang, last["qualifier"], prose=True), period_b=_span(last, lang))


def _span(row, lang: str) -> str:
    """'2023 (inferred)', 'Jan–Jun 2024': a count's period for a title, marked when only inferred."""
    label = period_label(row["period_start"], row["period_end"], lang)
    return f"{label} {t('period.period_inferred_mark', lang)}" if row.get("period_status") == "inferred" else label


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
        # short lines: the count, and under it what is open or inferred (inside the bar; an open
        # period's short bar has them just past its end, where nothing is drawn)
        # a short bar cannot hold its label: the label goes beside it, whole
        outside = open_end | ((pd.to_datetime(ends) - starts).dt.days < SHORT_SPAN_DAYS)
        texts = [
            fmt.qualified(v, q, lang, h) + ("<br>" + t("attacks.open_period", lang) if o else "")
            + ("<br>" + t("period.period_inferred_mark", lang) if st == "inferred" else "")
            for v, q, h, o, st in zip(part["value"], part["qualifier"], part["value_high"], open_end, part["period_status"])
        ]
        spans_text = [periods.period_text(r, lang) + " · " + periods.attribution(r, lang) for _, r in part.iterrows()]
        name = t(f"attacks.series_{series}", lang)
        fig.add_trace(go.Bar(
            y=[label] * len(part), base=starts.dt.strftime("%Y-%m-%d").tolist(), x=spans.tolist(),
            orientation="h", name=name, marker_color=SERIES_COLORS[series],
            # an open period is drawn in lines across (hatching means "disputed" on every chart: `doubt`)
            marker_pattern={"shape": ["-" if o else "" for o in open_end], "fgcolor": "white", "size": 6},
            text=texts, textposition=["outside" if o else "inside" for o in outside], cliponaxis=False,
            insidetextanchor="middle", textfont={"size": 12}, constraintext="none",
            customdata=[[p, q] for p, q in zip(spans_text, part["quote"])],
            hovertemplate=f"<b>{name}</b> · %{{customdata[0]}}: %{{text}}<br>%{{customdata[1]}}<extra></extra>",
        ))
    fig.update_layout(barmode="overlay", bargap=0.45, showlegend=False)
    starts = pd.to_datetime(frame["period_start"])
    ends = pd.to_datetime(frame["period_end"].where(frame["period_end"].notna(), frame["stated_on"]))
    fig.update_xaxes(type="date", autorange="reversed" if rtl else True, automargin=True, range=None,
                     **month_ticks(starts.min(), ends.max(), lang))
    fig.update_yaxes(side="right" if rtl else "left", automargin=True, categoryorder="array",
                     categoryarray=list(reversed(rows)))
    ids = frame["fact_id"].tolist()
    return styled(fig, lang, coverage_title(frame, lang), ids, height=380)


def _coverage_parts(frame: pd.DataFrame, lang: str) -> list[str]:
    """The span each count covers, series by series ('ISIS attacks: 2023 and Jan–Jun 2024')."""
    parts = []
    for series in SERIES.values():
        part = frame[frame["series"] == series].sort_values("period_start")
        if part.empty:
            continue
        spans = fmt.join(list(dict.fromkeys(_span(r, lang) for _, r in part.iterrows())), lang)
        parts.append(t("attacks.coverage_item", lang, series=t(f"attacks.series_{series}", lang), spans=spans))
    return parts


def coverage_title(frame: pd.DataFrame, lang: str) -> str:
    """The chart's finding: how many counts, over different spans, none added to another (the spans
    themselves are in `coverage_note`, under the chart)."""
    parts = _coverage_parts(frame, lang)
    if len(parts) < 2:
        return t("attacks.chart_coverage", lang)
    return t("attacks.chart_coverage_finding", lang, n=len(parts))


def coverage_spans(counts: pd.DataFrame, us: pd.DataFrame, lang: str) -> str:
    """For the note under the coverage chart (`attacks.coverage_note`): the span each count covers,
    'ISIS attacks: 2023 and Jan–Jun 2024; …' ('' when fewer than two counts)."""
    parts = _coverage_parts(pd.concat([counts, us], ignore_index=True), lang)
    return fmt.semicolon(lang).join(parts) if len(parts) >= 2 else ""


# ---------------------------------------------------------------- context and daily operations

CONTEXT_EVENTS = {"strikes": "us_strikes_in_iraq", "killed": "us_soldiers_killed_jordan", "halt": "militias_halt_attacks"}
DAILY_OPS_METRIC = "fighters_killed_or_arrested_in_daily_operations"


def context(events: pd.DataFrame, lang: str) -> tuple[dict[str, str], list[str]]:
    """The escalation the analysis frames the attacks on US positions with: each event's date as the
    source gives it ('January 2024 (inferred)') and the event ids to cite; empty when one is missing."""
    by_code = events.drop_duplicates("event_code").set_index("event_code")
    if not set(CONTEXT_EVENTS.values()) <= set(by_code.index):
        return {}, []
    values = {name: periods.event_date(by_code.loc[code], lang) for name, code in CONTEXT_EVENTS.items()}
    return values, [by_code.loc[code, "event_id"] for code in CONTEXT_EVENTS.values()]


def daily_operations(facts: pd.DataFrame, lang: str) -> tuple[dict[str, str], list[str]]:
    """The militants killed or arrested in daily operations (a range; per operation or per day, the
    source does not say), with who says it (the political analysts the paper cites), period and origin."""
    rows = facts[facts["metric"] == DAILY_OPS_METRIC]
    if rows.empty:
        return {}, []
    row = rows.iloc[0]
    return ({"claimant": t(f"claimant.{row['claimant']}", lang),
             "range": fmt.count(row["value"], lang, row["qualifier"], row["value_high"], prose=True),
             "source": periods.attribution(row, lang), "period": periods.period_text(row, lang)}, [row["fact_id"]])
