"""Every dated event on one time axis, a lane per theme, each date to the precision its source gives.

The same event dated by several sources (one `event_code`) is drawn once, at its most precise
date, and cites every source (hover and list). Events dated after the source that states them
are plans, drawn hollow. Under the chart, `events_table_html` lists the same content for print.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from .. import periods, reconcile
from ..catalogue import t
from .forces import RLM, bidi, date_as_given, span_end, wrap
from .style import COLORS, styled

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
SYMBOLS = {"day": "diamond", "month": "square", "year": "circle"}
STAGGER = [0.0, 0.27, -0.27]
CLOSE = pd.Timedelta(days=700)  # markers closer than this in one lane are staggered

__all__ = ["RLM", "event_groups", "lanes", "timeline_chart", "events_table_html", "narrative_values", "notes_html", "disputed_key", "disputed_announcements", "disputed_line"]


def event_groups(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per event (event_code), drawn at its most precise date, numbered by date.

    Columns: no, code, theme, event_ids, source_ids, date, precision, end_date, start, end, planned,
    possibility, raised_by (an event the source reports as something that may happen, and who says so).
    `planned` is true when the date lies after the date of every source that states it (a plan, not a fact).
    """
    source_dates = sources.set_index("source_id")["date"]
    rows = []
    for code, group in events.groupby("event_code", sort=False):
        group = group.assign(rank=group["precision"].map(PRECISION_RANK)).sort_values(["rank", "date", "event_id"])
        best = group.iloc[0]
        stated = group["source_id"].map(source_dates)
        planned = bool(stated.notna().all() and (group["date"] > stated).all())
        # a possibility the source reports ("may remain"), with who raises it: not a plan
        possible = group[group["modality"] == "possibility"] if "modality" in group else group.iloc[0:0]
        raised_by = possible["raised_by"].dropna().iloc[0] if not possible.empty and possible["raised_by"].notna().any() else None
        rows.append({
            "code": code, "theme": best["theme"], "event_ids": sorted(group["event_id"]),
            "source_ids": sorted(dict.fromkeys(group["source_id"])), "date": best["date"],
            "precision": best["precision"], "end_date": best["end_date"], "start": best["date"],
            "end": span_end(best["date"], best["precision"], best["end_date"]), "planned": planned,
            "possibility": not possible.empty, "raised_by": raised_by,
            "after": best.get("date_relation") == "after",
        })
    columns = ["code", "theme", "event_ids", "source_ids", "date", "precision", "end_date", "start", "end", "planned",
               "possibility", "raised_by", "after"]
    # "after 2026" comes after "2026": an event placed after a date sorts behind events on that date
    frame = pd.DataFrame(rows, columns=columns).sort_values(["start", "after", "code"]).reset_index(drop=True)
    frame.insert(0, "no", range(1, len(frame) + 1))
    return frame


def lanes(groups: pd.DataFrame) -> list[str]:
    """Themes in the order they first appear in time."""
    return list(dict.fromkeys(groups.sort_values(["start", "no"])["theme"]))


def stagger(groups: pd.DataFrame) -> pd.Series:
    """A small vertical offset for markers that would sit on top of each other in a lane."""
    offsets = pd.Series(0.0, index=groups.index)
    for _, lane in groups.groupby("theme"):
        last, step = None, 0
        for idx, row in lane.sort_values("start").iterrows():
            step = step + 1 if last is not None and row["start"] - last < CLOSE else 0
            offsets[idx] = STAGGER[step % len(STAGGER)]
            last = row["start"]
    return offsets


# the printed chart's geometry (the narrowest it is drawn), as shares of the x range and in lane units
CHAR_W, LABEL_PAD = 0.016, 0.006      # a digit of the 10 px number, and the gap before it
LABEL_H = 0.24                        # the number's height
MARK_W, MARK_H = 0.014, 0.13          # half a marker (size 11); a several-source marker (size 15) is wider
BIG_W, BIG_H = 0.019, 0.17
SPAN_H = 0.08                         # half the 8 px band of a dated span


def label_position(offset: float, rtl: bool) -> str:
    """A marker's number by default: beside it, level with it, on the later-date side."""
    return "middle left" if rtl else "middle right"


def _overlap(a, b) -> float:
    w = min(a[1], b[1]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[2], b[2])
    return w * h if w > 0 and h > 0 else 0.0


def label_positions(groups: pd.DataFrame, ys: dict, rtl: bool) -> dict:
    """Where each marker's number goes so that it lands on no other marker, number or dated span
    (review round 5: «27», «28», «30»–«33» printed on the withdrawal lane's markers; «10», «15» on the
    grey band). The later-date side first, then the earlier side, then above or below (away from the
    lane's middle); when every place is taken, the one that covers least. `ys`: index -> y (lanes)."""
    if groups.empty:
        return {}
    lo = (groups["start"].min() - pd.DateOffset(years=1)).value
    hi = (groups["end"].max() + pd.DateOffset(years=1)).value

    def sx(when) -> float:  # the share of the plot's width from its left edge
        share = (pd.Timestamp(when).value - lo) / (hi - lo)
        return 1 - share if rtl else share

    marks, spans = {}, []
    for idx, r in groups.iterrows():
        big = len(r["event_ids"]) > 1
        w, h = (BIG_W, BIG_H) if big else (MARK_W, MARK_H)
        x, y = sx(r["start"]), ys[idx]
        marks[idx] = (x - w, x + w, y - h, y + h)
        if r["end"] > r["start"]:
            a, b = sorted((x, sx(r["end"])))
            spans.append((idx, (a, b, y - SPAN_H, y + SPAN_H)))
    placed: dict = {}
    taken: list = []
    later, earlier = ("middle left", "middle right") if rtl else ("middle right", "middle left")
    order = sorted(groups.index, key=lambda i: (ys[i], groups.at[i, "start"]))
    for idx in order:
        x0, x1, y0, y1 = marks[idx]
        y = (y0 + y1) / 2
        lw = CHAR_W * len(str(groups.at[idx, "no"])) + LABEL_PAD
        boxes = {
            "middle left": (x0 - lw, x0, y - LABEL_H / 2, y + LABEL_H / 2),
            "middle right": (x1, x1 + lw, y - LABEL_H / 2, y + LABEL_H / 2),
            "top center": ((x0 + x1 - lw) / 2, (x0 + x1 + lw) / 2, y0 - LABEL_H, y0),
            "bottom center": ((x0 + x1 - lw) / 2, (x0 + x1 + lw) / 2, y1, y1 + LABEL_H),
        }
        offset = y - round(y)
        vertical = ["bottom center", "top center"] if offset > 0 else ["top center", "bottom center"]
        best, cost = later, None
        for where in [later, earlier] + vertical:
            box = boxes[where]
            if box[0] < 0 or box[1] > 1:
                continue
            c = sum(_overlap(box, m) for j, m in marks.items() if j != idx)
            c += sum(_overlap(box, sp) for j, sp in spans)
            c += sum(_overlap(box, o) for o in taken)
            if cost is None or c < cost - 1e-12:
                best, cost = where, c
            if c == 0:
                break
        placed[idx] = best
        taken.append(boxes[best])
    return placed


def label(group: pd.Series, lang: str) -> str:
    """The event's label: the generic one when several sources date it, else the source's own."""
    if len(group["event_ids"]) > 1:
        return t(f"event_code.{group['code']}", lang)
    return t(f"event.{group['event_ids'][0]}", lang)


def future_note(group: pd.Series, lang: str) -> str:
    """'— planned', or, for an event the source reports as something that may happen, '— possibility
    raised by Iraqi officials' (who raises it, from the data)."""
    if group.get("possibility", False):
        raised = group.get("raised_by")
        if isinstance(raised, str) and raised:
            return t("timeline.possibility_note_by", lang, raised_by=t(f"raised_by.{raised}", lang))
        return t("timeline.possibility_note", lang)
    return t("timeline.planned_note", lang)


def _dated(row: pd.Series, lang: str) -> str:
    relation = row.get("date_relation")
    text = date_as_given(row["date"], row["precision"], lang, row["end_date"], relation if isinstance(relation, str) else None)
    if row["date_status"] == "inferred":
        text += " " + t("timeline.inferred", lang)
    return text


def _hover(group: pd.Series, events: pd.DataFrame, lang: str) -> list[str]:
    rows = events[events["event_id"].isin(group["event_ids"])].sort_values("event_id")
    head = t("timeline.hover_head", lang, no=group["no"], label=wrap(label(group, lang), 60),
             theme=html.escape(t(f"theme.{group['theme']}", lang)))
    if len(rows) > 1:
        head += "<br>" + html.escape(t("timeline.several_sources", lang, n=len(rows)))
    if group["planned"] or group.get("possibility", False):
        head += "<br>" + html.escape(future_note(group, lang))
    parts = []
    for _, r in rows.iterrows():
        parts.append(t("timeline.hover_source", lang, date=html.escape(_dated(r, lang)),
                       precision=html.escape(t(f"timeline.precision_word_{r['precision']}", lang)),
                       source=html.escape(periods.attribution(r, lang)))
                     + "<br>«" + wrap(r["quote"], 60) + "»")
    return [bidi(head, lang), bidi("<br>".join(parts), lang)]


def timeline_chart(groups: pd.DataFrame, events: pd.DataFrame, lang: str) -> go.Figure:
    """One time axis, one lane per theme; spans as wide as each date's precision; numbered markers."""
    rtl = lang == "ar"
    order = lanes(groups)
    lane_of = {theme: i for i, theme in enumerate(order)}
    offsets = stagger(groups)
    positions = label_positions(groups, {i: lane_of[groups.at[i, "theme"]] + offsets[i] for i in groups.index}, rtl)
    fig = go.Figure()
    for theme in order:
        rows = groups[groups["theme"] == theme]
        color = COLORS[lane_of[theme] % len(COLORS)]
        ys = [lane_of[theme] + offsets[i] for i in rows.index]
        xs_span, ys_span = [], []
        for y, (_, r) in zip(ys, rows.iterrows()):
            if r["end"] > r["start"]:
                xs_span += [r["start"], r["end"], None]
                ys_span += [y, y, None]
        if xs_span:
            fig.add_trace(go.Scatter(x=xs_span, y=ys_span, mode="lines", hoverinfo="skip", showlegend=False,
                                     line={"color": color, "width": 8}, opacity=0.35))
        fig.add_trace(go.Scatter(
            x=rows["start"].tolist(), y=ys, mode="markers+text", name=t(f"theme.{theme}", lang), showlegend=False,
            marker={"symbol": [SYMBOLS.get(p, "circle") + ("-open" if planned else "")
                               for p, planned in zip(rows["precision"], rows["planned"])],
                    "size": [15 if len(ids) > 1 else 11 for ids in rows["event_ids"]], "color": color,
                    "line": {"color": "#1d232b", "width": [2 if len(ids) > 1 else 0.5 for ids in rows["event_ids"]]}},
            text=[str(n) for n in rows["no"]], textposition=[positions[i] for i in rows.index],
            textfont={"size": 10, "color": "#1d232b"},
            customdata=[_hover(r, events, lang) for _, r in rows.iterrows()],
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
        ))
    # the legend says what the marker shapes mean
    legend = [(t(f"timeline.legend_{p}", lang), {"symbol": s, "size": 10, "color": "#5b6470"}) for p, s in SYMBOLS.items()]
    # the key's shape is the one the several-source markers take (their most precise date), when they share one
    several = {SYMBOLS.get(p, "circle") for p, ids in zip(groups["precision"], groups["event_ids"]) if len(ids) > 1}
    legend.append((t("timeline.legend_several", lang),
                   {"symbol": several.pop() if len(several) == 1 else "circle", "size": 14, "color": "#ffffff",
                    "line": {"color": "#1d232b", "width": 2}}))
    if groups["planned"].any():
        legend.append((t("timeline.legend_planned", lang),
                       {"symbol": "circle-open", "size": 10, "color": "#5b6470", "line": {"width": 2}}))
    for name, marker in legend:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=name, marker=marker, showlegend=True))
    if len(groups):
        lo, hi = groups["start"].min() - pd.DateOffset(years=1), groups["end"].max() + pd.DateOffset(years=1)
        fig.update_xaxes(range=[hi, lo] if rtl else [lo, hi])
    fig.update_xaxes(type="date", dtick="M36", tick0="2002-01-01", tickformat="%Y", automargin=True,
                     rangeslider={"visible": True, "thickness": 0.05, "bgcolor": "#f3f6f9"})
    fig.update_yaxes(tickvals=list(range(len(order))), ticktext=[t(f"theme.{th}", lang) for th in order],
                     range=[len(order) - 0.15, -0.95], side="right" if rtl else "left", automargin=True,
                     zeroline=False, showgrid=True)
    ids = [i for ids in groups["event_ids"] for i in ids]
    height = min(620, max(380, 220 + 44 * len(order)))
    fig = styled(fig, lang, chart_title(groups, lang), ids, height=height)
    # room for the title and, under it, the three-row legend: they never touch (editor round 2, R1-5)
    fig.update_layout(margin={"t": 160, "b": 30}, legend={"y": 1.0, "yanchor": "bottom", "yref": "paper"})
    return fig


def events_table_html(groups: pd.DataFrame, events: pd.DataFrame, lang: str) -> str:
    """The events by date as an escaped HTML table: number, date as each source gives it, event, theme, source."""
    direction = "rtl" if lang == "ar" else "ltr"
    heads = "".join(f"<th>{html.escape(t(f'timeline.col_{c}', lang))}</th>"
                    for c in ("no", "date", "event", "theme", "source"))
    body = []
    for _, g in groups.iterrows():
        rows = events[events["event_id"].isin(g["event_ids"])].sort_values("event_id")
        # one table row per source, so each date stays level with the source that gives it;
        # the number, event and theme span them. The event id is an anchor, never text readers see.
        pairs = [(html.escape(_dated(r, lang)),
                  f'<span id="{html.escape(r["event_id"])}">{html.escape(periods.attribution(r, lang))}</span>')
                 for _, r in rows.iterrows()]
        event = html.escape(label(g, lang))
        if g["planned"] or g.get("possibility", False):
            event += f" <i>{html.escape(future_note(g, lang))}</i>"
        theme = html.escape(t("theme." + g["theme"], lang))
        span = f' rowspan="{len(pairs)}"' if len(pairs) > 1 else ""
        (date, cited), rest = pairs[0], pairs[1:]
        body.append(f"<tr><td{span}>{g['no']}</td><td>{date}</td><td{span}>{event}</td><td{span}>{theme}</td>"
                    f"<td>{cited}</td></tr>")
        body += [f'<tr class="same-event"><td>{d}</td><td>{c}</td></tr>' for d, c in rest]
    return (f'<table class="events" dir="{direction}"><thead><tr>{heads}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")


def chart_title(groups: pd.DataFrame, lang: str) -> str:
    """The chart's finding: how many distinct events, over which years, and the theme with the most."""
    if groups.empty:
        return t("timeline.chart_title", lang)
    first, last = groups.iloc[0], groups.sort_values("end").iloc[-1]
    top = groups["theme"].value_counts(sort=True)
    return t("timeline.chart_finding", lang, groups=len(groups),
             first=date_as_given(first["date"], first["precision"], lang),
             last=date_as_given(last["date"], last["precision"], lang),
             top_theme=t(f"theme.{top.index[0]}", lang), top_n=int(top.iloc[0]),
             share=t(f"timeline.share_{top_share(top, len(groups))}", lang))


def top_share(counts: pd.Series, total: int) -> str:
    """How the biggest theme stands: a majority ("most"), tied with another ("tied"), or only the largest."""
    top = int(counts.iloc[0])
    if 2 * top > total:
        return "most"
    if len(counts) > 1 and int(counts.iloc[1]) == top:
        return "tied"
    return "largest"


def narrative_values(groups: pd.DataFrame, events: pd.DataFrame, sources: pd.DataFrame, lang: str) -> dict[str, object]:
    """Placeholders of the chapter's prose, from the selected events."""
    if groups.empty:
        return {"n": 0, "groups": 0, "multi": 0, "first": "", "last": "", "planned": 0, "themes": 0, "sources": 0}
    first, last = groups.iloc[0], groups.sort_values("end").iloc[-1]
    return {
        "n": len(events), "groups": len(groups), "multi": int((groups["event_ids"].map(len) > 1).sum()),
        "first": date_as_given(first["date"], first["precision"], lang),
        "last": date_as_given(last["date"], last["precision"], lang),
        "planned": int(groups["planned"].sum()), "themes": groups["theme"].nunique(),
        "sources": events["source_id"].nunique(),
    }


def notes_html(reconciliation: pd.DataFrame, groups: pd.DataFrame, lang: str) -> str:
    """The reconciliation notes on the events shown (one event, several dates), as an escaped HTML box."""
    ids = [i for ids in groups["event_ids"] for i in ids]
    notes = reconcile.select(reconciliation, ids, require="any")
    # each note under the heading of its kind: only dating notes under "One event, several dates"
    boxes = []
    for kind in dict.fromkeys(notes["kind"]):
        title = t("timeline.notes_title", lang) if kind == DATING_KIND else t(f"kind.{kind}", lang)
        boxes.append(reconcile.box([reconcile.text(n, lang) for _, n in notes[notes["kind"] == kind].iterrows()], lang, title))
    return "".join(boxes)


DATING_KIND = "same_event_different_precision"


def disputed_key(include_disputed: bool) -> str:
    return "timeline.disputed_included" if include_disputed else "timeline.disputed_left_out"


def disputed_announcements(events: pd.DataFrame, facts: pd.DataFrame) -> list[tuple[pd.Series, list[str]]]:
    """The events that announce a disputed claim: an event whose quote lies within the quote (or
    period quote) of a disputed fact from the same source. Each with the codes of who disputes it."""
    disputed = facts[facts["status"] == "disputed"]
    found = []
    for _, ev in events.iterrows():
        quote = str(ev["quote"]).strip()
        by = [row["disputed_by"] for _, row in disputed.iterrows()
              if row["source_id"] == ev["source_id"] and quote
              and any(quote in str(row[c]) for c in ("quote", "period_quote") if not pd.isna(row[c]))]
        if by:
            found.append((ev, list(dict.fromkeys(by))))
    return found


def disputed_line(include_disputed: bool, left_out: int, events: pd.DataFrame, facts: pd.DataFrame,
                  lang: str) -> tuple[str, dict]:
    """The line on disputed claims under the timeline, counted from the data: how many claims this
    edition leaves out, or which events announce a disputed claim and who disputes it."""
    from .. import fmt
    if not include_disputed:
        return "timeline.disputed_left_out", {"n": left_out}
    found = disputed_announcements(events, facts)
    labels = list(dict.fromkeys(t(f"event_code.{ev['event_code']}", lang) for ev, _ in found))
    disputers = list(dict.fromkeys(d for _, by in found for d in by))
    return "timeline.disputed_included", {
        "n": len(labels), "events": fmt.join(labels, lang),
        "disputers": fmt.join([t(f"disputed_by.{d}", lang) for d in disputers], lang)}


def territory(facts: pd.DataFrame, events: pd.DataFrame, lang: str) -> tuple[dict[str, str], list[str]]:
    """The territory ISIS held and lost, which frames the timeline: the third of Iraq held in June
    2014, the recovery Baghdad announced, the years of campaigns, the share of the region retaken."""
    from .. import fmt, periods

    def one(metric):
        rows = facts[facts["metric"] == metric]
        return None if rows.empty else rows.iloc[0]

    held, share, years = one("territory_share_held"), one("territory_share_liberated"), one("campaign_duration")
    recovered = events[events["event_code"] == "iraq_territory_recovered"]
    if held is None or share is None or years is None or recovered.empty:
        return {}, []
    rec = recovered.iloc[0]
    values = {
        "held_when": periods.period_label(held["period_start"], held["period_end"], lang),
        "third": fmt.qualified(held["value"], "exact", lang, unit=held["unit"]),
        "recovered": periods.event_date(rec, lang), "years": fmt.count(years["value"], lang),
        "share": fmt.qualified(share["value"], share["qualifier"], lang, unit=share["unit"]),
        "s000": periods.source_label(held["source_id"], lang), "s002": periods.attribution(share, lang),
    }
    return values, [held["fact_id"], rec["event_id"], years["fact_id"], share["fact_id"]]
