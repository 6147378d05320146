"""Forces and withdrawal: US troops, ISIS fighters at large, the information centre's staff, the plan.

Troops, fighters and centre staff are different kinds of people counted by different
claimants: they get separate panels (each with its own axis), never one shared scale.
The withdrawal plan is drawn on a time axis, each date to the precision its source gives.
"""

from __future__ import annotations

import html
import re
import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .. import fmt, periods, reconcile
from ..catalogue import has, t
from .style import COLORS, number_axis, styled

FORCES_TOPIC = "forces"
PANEL_ORDER = ["us_forces", "isis", "info_centre"]
WITHDRAWAL_THEME = "withdrawal"
WITHDRAWAL_TOPIC = "withdrawal"
FORECAST_METRIC = "years_until_withdrawal"
PRECISION_SYMBOLS = {"day": "diamond", "month": "square", "year": "circle"}
STATUS_PATTERNS = {"reported": "", "claim": ".", "disputed": "/"}
DISPUTED_COLOR = "#a34848"


# ---------------------------------------------------------------- small shared helpers

def wrap(text: str, width: int = 34) -> str:
    """Escape `text` for plotly and break it into lines of about `width` characters (`<br>`);
    never inside brackets («(سبتمبر 2025)» stays on one line), never inside a two-word month's name
    («كانون الثاني», «تشرين الأول»)."""
    text = re.sub(r"(كانون|تشرين) (الأول|الثاني)", "\\1\u00a0\\2", str(text))
    text = re.sub(r"\([^()]{1,24}\)", lambda m: m.group(0).replace(" ", "\u00a0"), text)
    lines = textwrap.wrap(text, width=width, break_long_words=False) or [""]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


RLM = "\u200f"


def bidi(text: str, lang: str) -> str:
    """Text that plotly draws in a left-to-right SVG: Arabic gets a leading right-to-left mark,
    so that '27 يناير 2024' is not drawn with the day after the year."""
    return RLM + text if lang == "ar" else text


def span_end(date: pd.Timestamp, precision: str, end_date: pd.Timestamp | None = None) -> pd.Timestamp:
    """The last day a date given to `precision` can mean (or the end of its stated range)."""
    last = end_date if end_date is not None and not pd.isna(end_date) else date
    if precision == "year":
        return pd.Timestamp(year=last.year, month=12, day=31)
    if precision == "month":
        return (pd.Timestamp(year=last.year, month=last.month, day=1) + pd.offsets.MonthEnd(1)).normalize()
    return pd.Timestamp(last)


def date_as_given(date: pd.Timestamp, precision: str, lang: str, end_date: pd.Timestamp | None = None,
                  relation: str | None = None) -> str:
    """'September 2025', '2026', '2015–2017', 'after 2026': the date written to the precision the
    source gives, and 'after' when the source places the event after it."""
    text = fmt.date(date, lang, precision)
    if end_date is not None and not pd.isna(end_date):
        text = f"{text}–{fmt.date(end_date, lang, precision)}"
    return periods.after(text, lang) if relation == "after" else text


OPEN_END = pd.DateOffset(years=1)  # how far past its date an "after …" event's open span is drawn


def notes_for(reconciliation: pd.DataFrame, ids: list[str], lang: str) -> list[str]:
    """The reconciliation notes (text in `lang`) that concern any of `ids`, in note order."""
    return [reconcile.text(note, lang) for _, note in reconcile.select(reconciliation, ids, require="any").iterrows()]


def notes_html(reconciliation: pd.DataFrame, ids: list[str], lang: str) -> str:
    """Those notes as one escaped HTML box (class `note`), headed by the catalogue's title."""
    return reconcile.box(notes_for(reconciliation, ids, lang), lang, t("forces.notes_title", lang))


def chapter_ids(facts: pd.DataFrame, plan: pd.DataFrame, phases: pd.DataFrame) -> list[str]:
    """The ids of every row the chapter shows (for the reconciliation notes that concern them)."""
    return (force_counts(facts)["fact_id"].tolist() + plan["id"].tolist() + phases["fact_id"].tolist()
            + forecasts(facts)["fact_id"].tolist() + text_facts(facts)["fact_id"].tolist())


def disputed_key(include_disputed: bool, shown_disputed: int = 0) -> str | None:
    """The catalogue line on disputed claims this chapter needs: that the edition leaves them out, or
    that some figure it shows is one (counted from the rows shown, not assumed). None when the edition
    includes them and the chapter shows none: the cover says once that disputed claims are in."""
    if not include_disputed:
        return "forces.disputed_left_out"
    return "forces.disputed_included_some" if shown_disputed else None


def disputed_shown(facts: pd.DataFrame, plan: pd.DataFrame, phases: pd.DataFrame) -> int:
    """How many of the figures this chapter shows are disputed claims."""
    ids = set(chapter_ids(facts, plan, phases))
    return int(facts[facts["fact_id"].isin(ids)]["status"].eq("disputed").sum())


# ---------------------------------------------------------------- forces on the ground

def force_counts(facts: pd.DataFrame) -> pd.DataFrame:
    """The head counts of topic `forces`, with the panel (subject) each belongs to, in panel order."""
    rows = facts[facts["topic"] == FORCES_TOPIC].copy()
    order = {s: i for i, s in enumerate(PANEL_ORDER)}
    rows["panel"] = rows["subject"]
    rows["panel_rank"] = rows["panel"].map(lambda s: order.get(s, len(order)))
    rows = rows.sort_values(["panel_rank", "panel", "metric", "place", "stated_on", "fact_id"], na_position="first")
    return rows.drop(columns="panel_rank").reset_index(drop=True)


def bar_label(row: pd.Series, panel_rows: pd.DataFrame, lang: str) -> str:
    """What a bar is: the metric when a panel mixes metrics, else the place and the period the figure
    refers to ('Iraq, January 2024 (inferred)'; 'period not stated'), never its source's date."""
    if panel_rows["metric"].nunique() > 1:
        return t(f"metric.{row['metric']}", lang)
    place = t(f"place.{row['place']}", lang)
    when = periods.period_text(row, lang)
    return f"{place}، {when}" if lang == "ar" else f"{place}, {when}"


def value_text(row: pd.Series, lang: str) -> str:
    """The number with its qualifier ('≈ 2,500', 'نحو 2,500'), and the status when not plainly reported."""
    text = fmt.qualified(row["value"], row["qualifier"] or "exact", lang, row.get("value_high"))
    if row["status"] in ("disputed", "claim"):
        status = t("status." + row["status"], lang)
        text += f" ({status})"
    return text


def panel_title(subject: str, unit: str, lang: str) -> str:
    key = f"forces.panel_{subject}"
    if has(key):
        return t(key, lang)
    return f"{t(f'subject.{subject}', lang)} ({t(f'unit.{unit}', lang)})"


def _hover_head(row: pd.Series, label: str, lang: str) -> str:
    return t("forces.hover_fact", lang, label=html.escape(label), value=html.escape(value_text(row, lang)),
             period=html.escape(periods.period_text(row, lang)),
             claimant=html.escape(t(f"claimant.{row['claimant']}", lang)),
             source=html.escape(periods.attribution(row, lang)))


def forces_on_the_ground(facts: pd.DataFrame, lang: str) -> go.Figure:
    """One panel of horizontal bars per kind of force (own axis, own unit), qualifiers on the bars."""
    counts = force_counts(facts)
    rtl = lang == "ar"
    panels = [p for p in dict.fromkeys(counts["panel"])]
    sizes = [max(1, int((counts["panel"] == p).sum())) for p in panels] or [1]
    fig = make_subplots(rows=max(1, len(panels)), cols=1, vertical_spacing=0.21,
                        row_heights=[s / sum(sizes) for s in sizes],
                        subplot_titles=[panel_title(p, counts.loc[counts["panel"] == p, "unit"].iloc[0], lang)
                                        for p in panels] or None)
    statuses_seen: set[str] = set()
    for i, panel in enumerate(panels, start=1):
        rows = counts[counts["panel"] == panel]
        labels = [bar_label(r, rows, lang) for _, r in rows.iterrows()]
        color = COLORS[PANEL_ORDER.index(panel) if panel in PANEL_ORDER else (i - 1) % len(COLORS)]
        colors = [DISPUTED_COLOR if s == "disputed" else color for s in rows["status"]]
        statuses_seen |= set(rows["status"])
        fig.add_trace(go.Bar(
            y=labels, x=rows["value"].tolist(), orientation="h", showlegend=False,
            name=panel_title(panel, rows["unit"].iloc[0], lang),
            marker={"color": colors, "pattern": {"shape": [STATUS_PATTERNS.get(s, "") for s in rows["status"]]}},
            text=[value_text(r, lang) for _, r in rows.iterrows()], textposition="outside", cliponaxis=False,
            customdata=[[bidi(_hover_head(r, lab, lang), lang), wrap(r["quote"], 60)] for lab, (_, r) in zip(labels, rows.iterrows())],
            hovertemplate="%{customdata[0]}<br>«%{customdata[1]}»<extra></extra>",
        ), row=i, col=1)
        units = (t(f"forces.axis_{panel}", lang) if has(f"forces.axis_{panel}")
                 else " / ".join(t(f"unit.{u}", lang) for u in dict.fromkeys(rows["unit"])))
        top = float(rows["value"].max()) if len(rows) else 1.0
        fig.update_xaxes(title={"text": units, "standoff": 4}, range=[top * 1.35, 0] if rtl else [0, top * 1.35],
                         row=i, col=1, **number_axis(lang))
    for status in ("claim", "disputed"):
        if status in statuses_seen:
            fig.add_trace(go.Bar(x=[None], y=[None], name=t(f"status.{status}", lang), showlegend=True,
                                 marker={"color": DISPUTED_COLOR if status == "disputed" else "#ffffff",
                                         "line": {"color": "#1d232b", "width": 1},
                                         "pattern": {"shape": STATUS_PATTERNS[status]}}))
    for annotation in fig.layout.annotations:  # subplot titles run with the text
        annotation.update(x=1 if rtl else 0, xanchor="right" if rtl else "left", font={"size": 13})
    fig.update_yaxes(side="right" if rtl else "left", automargin=True)
    fig.update_xaxes(automargin=True)
    fig.update_layout(bargap=0.35)
    fig.add_annotation(text=wrap(t("forces.units_caveat", lang), 80), xref="paper", yref="paper", x=1 if rtl else 0,
                       xanchor="right" if rtl else "left", y=1.0, yanchor="bottom", yshift=24, showarrow=False,
                       align="right" if rtl else "left", font={"size": 11, "color": "#5b6470"})
    fig = styled(fig, lang, t("forces.chart_title", lang), counts["fact_id"].tolist(), height=560)
    fig.update_layout(margin={"t": 125})  # room for the title above the two-line note
    return fig


def headline_row(facts: pd.DataFrame, metric: str, place: str | None = None, subject: str | None = None):
    """The fact the narrative quotes for a metric: the latest by the period it refers to (None if none)."""
    rows = facts[facts["metric"] == metric]
    if place is not None:
        rows = rows[rows["place"] == place]
    if subject is not None:
        rows = rows[rows["subject"] == subject]
    if rows.empty:
        return None
    key = rows["period_end"].fillna(rows["period_start"])
    return rows.assign(_k=key).sort_values(["_k", "stated_on", "fact_id"], na_position="first").iloc[-1]


def headline(facts: pd.DataFrame, metric: str, place: str | None, lang: str, subject: str | None = None) -> str:
    """A figure for the narrative, with its qualifier ('≈ 2,500'); 'not stated' when no row holds it."""
    row = headline_row(facts, metric, place, subject)
    if row is None:
        return t("forces.not_stated", lang)
    return fmt.count(row["value"], lang, row["qualifier"], row["value_high"], prose=True)


def narrative(facts: pd.DataFrame, lang: str) -> list[tuple[str, dict[str, str]]]:
    """The chapter's opening paragraphs as (catalogue key, placeholders), only those the selected facts allow."""
    def present(metric: str) -> bool:
        return bool((facts["metric"] == metric).any())

    paragraphs: list[tuple[str, dict[str, str]]] = []
    if present("troops"):
        row = headline_row(facts, "troops", "iraq")
        row = row if row is not None else headline_row(facts, "troops")
        paragraphs.append(("forces.intro_troops", {"iraq": headline(facts, "troops", "iraq", lang),
                                                   "syria": headline(facts, "troops", "syria", lang),
                                                   "period": periods.period_text(row, lang),
                                                   "source": periods.attribution(row, lang),
                                                   "source_name": periods.named_attribution(row, lang),
                                                   "quoted": periods.quoted_attribution(row, lang)}))
    if present("fighters_at_large"):
        row = headline_row(facts, "fighters_at_large")
        paragraphs.append(("forces.intro_fighters", {"fighters": headline(facts, "fighters_at_large", None, lang),
                                                     "period": periods.estimate_period(row, lang),
                                                     "source": periods.bracket_attribution(row, lang)}))
    if present("staff_per_country"):
        staff = facts[facts["metric"].isin(["staff_per_country", "russian_generals_at_centre"])]
        paragraphs.append(("forces.intro_staff", {"staff": headline(facts, "staff_per_country", None, lang),
                                                  "generals": headline(facts, "russian_generals_at_centre", None, lang),
                                                  "dates": staff_dates(staff, lang)}))
    paragraphs.append(("forces.cannot_show", {}))
    return paragraphs


def staff_dates(staff: pd.DataFrame, lang: str) -> str:
    """What the centre-staff figures say about their date, counted from the rows: a period the source
    states is a date; an inferred period is not, and the sentence names it as inferred."""
    inferred = staff[staff["period_status"] == "inferred"]
    if len(staff) and len(inferred) == len(staff) and len({(a, b) for a, b in zip(inferred["period_start"], inferred["period_end"])}) == 1:
        key = "forces.staff_dates_both_inferred" if len(staff) == 2 else "forces.staff_dates_all_inferred"
        return t(key, lang, period=periods.period_text(inferred.iloc[0], lang))
    return t("forces.staff_dates_stated", lang, dated=int((staff["period_status"] == "stated").sum()))


# ---------------------------------------------------------------- facts the chapter gives in words

TEXT_METRICS = ("troops_withdrawal_argued", "shia_leaders_against_withdrawal_share")


def text_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts the chapter states in sentences, not bars: the argument about withdrawing 2,500 soldiers
    (a 2021 reference, not a count at the paper's date) and the Shia leaders opposed to withdrawal."""
    return facts[facts["metric"].isin(TEXT_METRICS)].sort_values("fact_id").reset_index(drop=True)


def forecasts(facts: pd.DataFrame) -> pd.DataFrame:
    """The forecast spans ('only after 3 years'): not placed on the time axis, since no start is given."""
    return facts[facts["metric"] == FORECAST_METRIC].sort_values("fact_id").reset_index(drop=True)


def text_fact_paragraphs(facts: pd.DataFrame, pockets: pd.DataFrame, lang: str) -> list[tuple[str, dict]]:
    """Sentences for `text_facts`, the forecast and the ISIS pockets, each with its period and origin."""
    out: list[tuple[str, dict]] = []
    for _, r in text_facts(facts).iterrows():
        out.append((f"forces.text_{r['metric']}", {
            "value": fmt.qualified(r["value"], r["qualifier"], lang, r["value_high"], unit=r["unit"]),
            "period": periods.period_text(r, lang), "source": periods.bracket_attribution(r, lang),
            "source_name": periods.named_attribution({"source_id": r["source_id"], "origin_ref": None}, lang, capital=True)}))
    for _, r in forecasts(facts).iterrows():
        origin = periods.origin_name(r["origin_ref"], lang)
        same_paper = t("forces.same_paper_citing", lang, origin=origin) if origin else t("forces.same_paper", lang)
        out.append(("forces.forecast_text", {"years": fmt.count(r["value"], lang), "same_paper": same_paper,
                                             "source": periods.bracket_attribution(r, lang)}))
    if not pockets.empty:
        out.append(("forces.pockets_text", {
            "areas": fmt.join([t(f"area.{a}", lang) for a in pockets["area"]], lang),
            "n": len(pockets), "source": periods.source_label(pockets["source_id"].iloc[0], lang)}))
    return out


# ---------------------------------------------------------------- the withdrawal plan

def withdrawal_plan(events: pd.DataFrame, facts: pd.DataFrame, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tidy rows for the plan's timeline: the withdrawal events, by date.

    Columns: id, kind (event), start, end, precision, end_date, status, date_status, source_id, quote, value, planned.
    `planned` is true for an event dated after the source that states it (a plan, drawn hollow);
    it needs `sources` (their dates), else it is false.
    An event spans the period its precision allows. The analysts' forecast ("only after 3 years") is
    not on the time axis: it gives no starting point, so it has no place on a date scale (`forecasts`).
    """
    ev = events[events["theme"] == WITHDRAWAL_THEME]
    stated = ev["source_id"].map(sources.set_index("source_id")["date"]) if sources is not None else pd.Series(pd.NaT, index=ev.index)
    planned = (stated.notna() & (ev["date"] > stated)).to_dict()
    rows = []
    for i, r in ev.iterrows():
        relation = r.get("date_relation") if isinstance(r.get("date_relation"), str) else None
        end = span_end(r["date"], r["precision"], r["end_date"])
        if relation == "after":  # "after 2026": starts when that year ends, open-ended
            start, end = end, end + OPEN_END
        else:
            start = r["date"]
        rows.append({
            "id": r["event_id"], "kind": "event", "start": start, "end": end, "date": r["date"],
            "precision": r["precision"], "end_date": r["end_date"], "relation": relation, "status": "reported",
            "date_status": r["date_status"], "source_id": r["source_id"],
            "origin_ref": r.get("origin_ref") if isinstance(r.get("origin_ref"), str) else None,
            "quote": r["quote"], "value": None, "planned": bool(planned[i]),
        })
    columns = ["id", "kind", "start", "end", "date", "precision", "end_date", "relation", "status", "date_status",
               "source_id", "origin_ref", "quote", "value", "planned"]
    plan = pd.DataFrame(rows, columns=columns)
    return plan.sort_values(["start", "id"]).reset_index(drop=True)


def phases_fact(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts of topic `withdrawal` that count the plan's phases."""
    return facts[(facts["topic"] == WITHDRAWAL_TOPIC) & (facts["metric"] == "withdrawal_phases")]


def plan_label(row: pd.Series, lang: str) -> str:
    return t(f"event.{row['id']}", lang)


def withdrawal_timeline(plan: pd.DataFrame, phases: pd.DataFrame, lang: str) -> go.Figure:
    """The withdrawal plan on one time axis: a lane per item, spans as wide as each date's precision."""
    rtl = lang == "ar"
    fig = go.Figure()
    labels = [wrap(plan_label(r, lang), 30 if rtl else 34) for _, r in plan.iterrows()]
    shown_legend: set[str] = set()
    for label, (_, r) in zip(labels, plan.iterrows()):
        when = date_as_given(r["date"], r["precision"], lang, r["end_date"], r["relation"])
        if r["date_status"] == "inferred":
            when = periods.mark_inferred(when, lang)
        legend = r["precision"]
        name = t(f"forces.legend_{r['precision']}", lang)
        color = COLORS[0]
        # the span the date can mean (a month, a year, a stated range)
        if r["end"] > r["start"]:
            fig.add_trace(go.Scatter(
                x=[r["start"], r["end"]], y=[label, label], mode="lines", hoverinfo="skip", showlegend=False,
                line={"color": color, "width": 9, "dash": "dot" if r["relation"] == "after" else "solid"}, opacity=0.35,
            ))
        head = t("forces.hover_event", lang, date=html.escape(when),
                 precision=html.escape(t("forces.precision_word_" + r["precision"], lang)),
                 label=wrap(plan_label(r, lang), 60), source=html.escape(periods.attribution(r, lang)))
        hollow = bool(r.get("planned", False))
        fig.add_trace(go.Scatter(
            x=[r["start"]], y=[label], mode="markers+text", name=name, legendgroup=legend,
            showlegend=legend not in shown_legend and not hollow,
            marker={"symbol": PRECISION_SYMBOLS.get(r["precision"], "circle") + ("-open" if hollow else ""), "size": 13,
                    "color": color,
                    "line": {"color": color, "width": 2} if hollow else {"color": "#1d232b", "width": 1}},
            text=[bidi(html.escape(when), lang)], textfont={"size": 11},
            textposition="top center",
            customdata=[[bidi(head, lang), wrap(r["quote"], 60)]],
            hovertemplate="%{customdata[0]}<br>«%{customdata[1]}»<extra></extra>",
        ))
        if not hollow:
            shown_legend.add(legend)
    for precision in dict.fromkeys(plan.loc[plan.get("planned", pd.Series(False, index=plan.index)).astype(bool), "precision"]):
        if precision not in shown_legend:  # a precision only planned events have: its shape, filled, in the legend
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=t(f"forces.legend_{precision}", lang),
                                     marker={"symbol": PRECISION_SYMBOLS.get(precision, "circle"), "size": 13, "color": COLORS[0],
                                             "line": {"color": "#1d232b", "width": 1}}))
            shown_legend.add(precision)
    if "planned" in plan and plan["planned"].any():  # the legend says what hollow means
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=t("forces.legend_planned", lang),
                                 marker={"symbol": "circle-open", "size": 13, "color": COLORS[0], "line": {"width": 2}}))
    ids = plan["id"].tolist()
    if not phases.empty:
        row = phases.iloc[0]
        ids += phases["fact_id"].tolist()
        fig.add_annotation(text=wrap(t("forces.phases_note", lang, n=fmt.count(row["value"], lang)), 80), xref="paper",
                           yref="paper", x=1 if rtl else 0, xanchor="right" if rtl else "left", y=1.0, yanchor="bottom", yshift=6,
                           showarrow=False, font={"size": 11, "color": "#5b6470"})
    if len(plan):
        lo, hi = plan["start"].min() - pd.DateOffset(years=1), plan["end"].max() + pd.DateOffset(years=1)
        fig.update_xaxes(range=[hi, lo] if rtl else [lo, hi])
    fig.update_xaxes(type="date", dtick="M24", tickformat="%Y", automargin=True)
    fig.update_yaxes(side="right" if rtl else "left", automargin=True, autorange="reversed", tickfont={"size": 11})
    height = min(520, max(360, 150 + 62 * len(plan)))
    fig = styled(fig, lang, timeline_title(plan, lang), ids, height=height)
    fig.update_layout(margin={"t": 105, "b": 70})
    return fig


def timeline_title(plan: pd.DataFrame, lang: str) -> str:
    """The chart's finding: the years the plan spans and how many of its steps were still plans when dated."""
    if plan.empty:
        return t("forces.timeline_title", lang)
    planned = int(plan["planned"].astype(bool).sum()) if "planned" in plan else 0
    latest = plan.loc[plan["start"].idxmax()]
    last = str(pd.Timestamp(latest["start"]).year)
    if latest.get("relation") == "after":  # 'to after 2026': the source's own words for an open end
        last = t("forces.timeline_last_after", lang, year=str(pd.Timestamp(latest["date"]).year))
    return t("forces.timeline_finding", lang, first=str(pd.Timestamp(plan["start"].min()).year),
             last=last, planned=planned)


def withdrawal_narrative(plan: pd.DataFrame, phases: pd.DataFrame, lang: str) -> list[tuple[str, dict[str, str]]]:
    """The paragraphs on the plan as (catalogue key, placeholders), only those the selected rows allow."""
    events = plan[plan["kind"] == "event"].set_index("id")
    paragraphs: list[tuple[str, dict[str, str]]] = []
    if plan.empty:
        return [("forces.no_withdrawal", {})]
    if {"E018", "E019"} <= set(events.index) and not phases.empty:
        paragraphs.append(("forces.withdrawal_text", {
            "phases": fmt.count(phases["value"].iloc[0], lang),
            "source": periods.attribution(phases.iloc[0], lang),
            "source_name": periods.named_attribution(phases.iloc[0], lang, capital=True, subject=True),
            "phase_one": date_as_given(events.loc["E018", "date"], events.loc["E018", "precision"], lang),
            "phase_two": date_as_given(events.loc["E019", "date"], events.loc["E019", "precision"], lang),
        }))
    if "E036" in events.index:
        month = date_as_given(events.loc["E036", "date"], events.loc["E036", "precision"], lang)
        if events.loc["E036", "date_status"] == "inferred":
            # the text names the month ("after the November elections"); the year is read from the context
            month = t("period.prose_year_inferred", lang, text=month)
        paragraphs.append(("forces.bases_text", {"month": month}))
    if "E035" in events.index:
        paragraphs.append(("forces.commission_text", {
            "date": fmt.date(events.loc["E035", "start"], lang, "day")
            if events.loc["E035", "date_status"] != "inferred" else
            periods.mark_inferred(fmt.date(events.loc["E035", "start"], lang, "day"), lang),
            "source": periods.source_label(events.loc["E035", "source_id"], lang),
            "source_name": periods.named_attribution(events.loc["E035"].rename({"id": "event_id"}), lang, capital=True,
                                                    subject=True)}))
    return paragraphs
