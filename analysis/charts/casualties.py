"""Casualties: the losses of the forces that fought ISIS, and the kill counts claimed apart.

Tidy frames in, tidy frames out (`force_casualties`, `claimed_kills`, `narrative_values`,
`reconciliation_notes`); charts take those frames and a language and return a
styled, cited figure. Disputed claims are never drawn beside reported losses.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from .. import data, fmt, periods
from .. import reconcile
from ..catalogue import in_text, t
from .style import COLORS, number_axis, styled


FORCES = ("sdf", "peshmerga", "iraqi_forces")
METRICS = ("fighters_killed", "fighters_wounded")
CLAIM_METRICS = ("fighters_killed", "leaders_killed")
DISPUTED = "disputed"
# Source 002 says in words, with no number, that "tens of thousands of civilians" died
# (its introduction, the paragraph of the forces' losses): the chapter says it in words.
CIVILIANS_SOURCE = "S002"
METRIC_COLORS = {"fighters_killed": COLORS[0], "fighters_wounded": COLORS[1]}
CLAIM_COLOR = "#8c8c8c"
COLUMNS = ["fact_id", "subject", "metric", "value", "value_high", "qualifier", "status",
           "claimant", "disputed_by", "dispute_quote", "stated_on", "period_start", "period_end", "period_status",
           "period_quote", "origin_ref", "source_id", "quote"]


# ---------------------------------------------------------------- wrangling

def force_casualties(facts: pd.DataFrame) -> pd.DataFrame:
    """Killed and wounded of the forces that fought ISIS (reported, never disputed), in FORCES order."""
    keep = (
        (facts["topic"] == "casualties")
        & facts["subject"].isin(FORCES)
        & facts["metric"].isin(METRICS)
        & (facts["status"] != DISPUTED)
    )
    out = facts.loc[keep, COLUMNS].copy()
    out["_f"] = out["subject"].map(FORCES.index)
    out["_m"] = out["metric"].map(METRICS.index)
    return out.sort_values(["_f", "_m"]).drop(columns=["_f", "_m"]).reset_index(drop=True)


def claimed_kills(facts: pd.DataFrame) -> pd.DataFrame:
    """The disputed kill counts claimed against ISIS (empty when the edition leaves disputed claims out)."""
    keep = (
        (facts["topic"] == "casualties")
        & (facts["subject"] == "isis")
        & facts["metric"].isin(CLAIM_METRICS)
        & (facts["status"] == DISPUTED)
    )
    out = facts.loc[keep, COLUMNS].copy()
    out["_m"] = out["metric"].map(CLAIM_METRICS.index)
    return out.sort_values(["_m", "fact_id"]).drop(columns=["_m"]).reset_index(drop=True)


def civilians_stated(facts: pd.DataFrame) -> bool:
    """Whether the source that speaks of civilian deaths (in words only) is in this edition."""
    return bool((facts["source_id"] == CIVILIANS_SOURCE).any())


# words of source 002 that speak of civilian deaths without a number (listed in exclusions.csv as not a figure)
CIVILIANS_WORDS = "عشرات الآلاف من المدنيين"


def civilians_attribution(forces: pd.DataFrame, lang: str) -> str:
    """Whom the civilians sentence cites: its source, and the outlet its paragraph cites (the origin of a
    forces row quoted from the same paragraph): 'Elham al-Najjar, 15 Oct 2024, citing Independent Arabia, …'."""
    text = data.source_texts().get(CIVILIANS_SOURCE, "")
    paragraph = next((line for line in text.splitlines() if CIVILIANS_WORDS in line), "")
    in_paragraph = [isinstance(q, str) and bool(paragraph) and q in paragraph for q in forces["quote"]]
    same = forces[(forces["source_id"] == CIVILIANS_SOURCE).to_numpy() & pd.Series(in_paragraph, dtype=bool).to_numpy()]
    if same.empty:
        return periods.source_label(CIVILIANS_SOURCE, lang)
    return periods.attribution(same.iloc[0], lang)


def in_words(value: float, qualifier: str, lang: str, high: float | None = None) -> "fmt.Count":
    """A figure for running text: 'at least 12,000' (English) / 'ما لا يقل عن 12,000' (Arabic),
    as a `fmt.Count`, so the message it fills chooses the noun's plural form by its value."""
    return fmt.count(value, lang, qualifier, high, prose=True)


def narrative_values(forces: pd.DataFrame, claims: pd.DataFrame, lang: str) -> dict[str, str]:
    """Placeholders for the chapter's prose: `<subject>_<killed|wounded>`, `claim_<metric>`, sources."""
    values: dict[str, str] = {}
    for row in forces.itertuples(index=False):
        short = row.metric.removeprefix("fighters_")
        values[f"{row.subject}_{short}"] = in_words(row.value, row.qualifier, lang, row.value_high)
    for row in claims.itertuples(index=False):
        values[f"claim_{row.metric}"] = in_words(row.value, row.qualifier, lang, row.value_high)
    if not forces.empty:
        values["source"] = periods.attribution(forces.iloc[0], lang)
        values["source_name"] = periods.named_attribution(forces.iloc[0], lang)
    if not claims.empty:
        first = claims.iloc[0]
        values["claim_source"] = periods.attribution(first, lang)
        values["claimant"] = t(f"claimant.{first['claimant']}", lang)
        end = first["period_end"]  # the claim covers the years up to its announcement (period inferred)
        values["claim_year"] = str(pd.Timestamp(end).year) if not pd.isna(end) else t("period.unknown", lang)
        values["disputed_by"] = t(f"disputed_by.{first['disputed_by']}", lang)
    values["civilians_source"] = civilians_attribution(forces, lang)
    values["civilians_name"] = periods.source_name(CIVILIANS_SOURCE, lang)
    return values


def reconciliation_notes(notes: pd.DataFrame, shown_ids: list[str] | pd.Series, lang: str) -> list[str]:
    """The note text (in `lang`) of each reconciliation note whose facts are ALL shown in this chapter.

    `<`, `>` and `&` are escaped: the text goes into Markdown rendered as HTML (`report.note`).
    """
    return [html.escape(reconcile.text(note, lang), quote=False)
            for _, note in reconcile.select(notes, shown_ids, require="all").iterrows()]


# ---------------------------------------------------------------- charts

def _hover(label_rows: list[str], quotes: list[str]) -> list[list[str]]:
    return [[label, quote] for label, quote in zip(label_rows, quotes)]


def forces_chart(forces: pd.DataFrame, lang: str, civilians: bool = True) -> go.Figure:
    """Killed and wounded per force, grouped horizontal bars, each bar labelled with its qualifier.

    A force with no figure for a metric gets a 'not given' label at zero; `civilians`
    adds a row that says the civilian toll in words (the source gives no number).
    """
    rtl = lang == "ar"
    forces_present = [f for f in FORCES if f in set(forces["subject"])]
    rows = [t(f"subject.{f}", lang) for f in forces_present]
    civ_label = t("casualties.civilians_row", lang)
    categories = rows + ([civ_label] if civilians else [])
    fig = go.Figure()
    not_given = []
    # horizontal groups stack traces bottom-up: add wounded first so "killed" sits on top
    for metric in reversed(METRICS):
        part = forces[forces["metric"] == metric].set_index("subject")
        name = t(f"metric.{metric}", lang)
        ys, xs, texts, custom = [], [], [], []
        for force, label in zip(forces_present, rows):
            if force not in part.index:
                not_given.append((label, metric))
                continue
            r = part.loc[force]
            ys.append(label)
            xs.append(float(r["value"]))
            texts.append(fmt.qualified(r["value"], r["qualifier"], lang, r["value_high"]))
            custom.append([label, r["quote"]])
        fig.add_trace(go.Bar(
            y=ys, x=xs, name=name, orientation="h", marker_color=METRIC_COLORS[metric],
            text=texts, textposition="outside", cliponaxis=False, customdata=custom,
            hovertemplate=f"<b>%{{customdata[0]}}</b> · {name}: %{{text}}<br>%{{customdata[1]}}<extra></extra>",
        ))
    for label, metric in not_given:  # said at zero, beside where the bar would be
        fig.add_annotation(
            x=0, y=label, xref="x", yref="y", yshift=17 if metric == METRICS[0] else -17,
            xshift=-8 if rtl else 8, xanchor="right" if rtl else "left", showarrow=False,
            text=t("casualties.not_given_metric", lang, metric=t(f"metric.{metric}", lang)),
            font={"size": 11, "color": "#5b6470"},
        )
    if civilians:
        fig.add_annotation(
            x=0, y=civ_label, xref="x", yref="y", xanchor="right" if rtl else "left", showarrow=False,
            text=t("casualties.civilians_words", lang), font={"size": 12, "color": "#5b6470"},
        )
        fig.add_trace(go.Bar(  # an invisible bar keeps the civilians row on the axis
            y=[civ_label], x=[0], orientation="h", showlegend=False, hoverinfo="skip",
            marker_color="rgba(0,0,0,0)",
        ))
    xmax = float(forces["value"].max()) if not forces.empty else 1.0
    fig.update_layout(barmode="group", bargap=0.25, legend={"traceorder": "reversed"})
    fig.update_xaxes(
        title=t("casualties.axis_fighters", lang), range=[xmax * 1.3, 0] if rtl else [0, xmax * 1.3],
        automargin=True, **number_axis(lang),
    )
    # the row labels stand clear of the zero line (review round 4)
    fig.update_yaxes(side="right" if rtl else "left", automargin=True, ticklabelstandoff=10,
                     categoryorder="array", categoryarray=list(reversed(categories)))
    return styled(fig, lang, forces_title(forces, lang), forces["fact_id"].tolist(), height=440)


def forces_title(forces: pd.DataFrame, lang: str) -> str:
    """The chart's finding: who lost how many killed, with the source's qualifiers, and how many sources say so."""
    killed = forces[forces["metric"] == METRICS[0]]
    killed = killed.assign(_f=killed["subject"].map({f: i for i, f in enumerate(FORCES)})).sort_values("_f")
    if killed.empty:
        return t("casualties.chart_forces", lang)
    items = [t("casualties.killed_item", lang, force=t(f"subject.{r['subject']}", lang),
               count=in_words(r["value"], r["qualifier"], lang, r["value_high"])) for _, r in killed.iterrows()]
    # the chart also draws the wounded where a source gives them: the title names both
    key = "casualties.chart_forces_finding_wounded" if (forces["metric"] != METRICS[0]).any() else "casualties.chart_forces_finding"
    return t(key, lang, sources=int(forces["source_id"].nunique()),
             killed=("؛ " if lang == "ar" else "; ").join(str(i) for i in items))


def claims_chart(claims: pd.DataFrame, lang: str) -> go.Figure:
    """The kill counts the quadrilateral coalition's room claimed: hatched, grey, marked disputed."""
    rtl = lang == "ar"
    labels = [t(f"casualties.claim_{m}", lang) for m in claims["metric"]]
    texts = [fmt.qualified(v, q, lang, h) for v, q, h in zip(claims["value"], claims["qualifier"], claims["value_high"])]
    status = t("status.disputed", lang)
    custom = [
        [label, quote, t(f"disputed_by.{by}", lang), dq]
        for label, quote, by, dq in zip(labels, claims["quote"], claims["disputed_by"], claims["dispute_quote"])
    ]
    fig = go.Figure(go.Bar(
        y=labels, x=claims["value"].astype(float).tolist(), orientation="h",
        name=t("casualties.legend_disputed", lang),
        marker={"color": "white", "line": {"color": CLAIM_COLOR, "width": 1.5},
                "pattern": {"shape": "/", "fgcolor": CLAIM_COLOR, "size": 8}},
        text=[f"{x} · {status}" for x in texts], textposition="outside", cliponaxis=False,
        customdata=custom, showlegend=True,
        hovertemplate=("<b>%{customdata[0]}</b>: %{text}<br>%{customdata[1]}<br>"
                       f"{t('casualties.disputed_by_label', lang)}: %{{customdata[2]}} — %{{customdata[3]}}<extra></extra>"),
    ))
    if not claims.empty:
        first = claims.iloc[0]
        note = t("casualties.claims_annotation", lang,
                 claimant=in_text(f"claimant.{first['claimant']}", lang),
                 claim_year=str(pd.Timestamp(first["period_end"]).year) if not pd.isna(first["period_end"])
                 else t("period.unknown", lang),
                 disputed_by=t(f"disputed_by.{first['disputed_by']}", lang))
        note_lines = wrap_note(note)
        fig.add_annotation(
            xref="paper", yref="paper", x=1 if rtl else 0, y=1.02, yanchor="bottom",
            xanchor="right" if rtl else "left", align="right" if rtl else "left", showarrow=False,
            text="<br>".join(note_lines), font={"size": 12, "color": "#5b6470"},
        )
        extra_lines = max(0, len(note_lines) - 2)
    xmax = float(claims["value"].max()) if not claims.empty else 1.0
    fig.update_layout(bargap=0.45)
    fig.update_xaxes(range=[xmax * 1.45, 0] if rtl else [0, xmax * 1.45], **number_axis(lang),
                     title=t("casualties.axis_claimed", lang), automargin=True)
    fig.update_yaxes(side="right" if rtl else "left", automargin=True, autorange="reversed")
    fig = styled(fig, lang, t("casualties.chart_claims", lang), claims["fact_id"].tolist(), height=400)
    fig.update_layout(margin={"t": 115 + 16 * (extra_lines if not claims.empty else 0)})
    return fig


NOTE_WIDTH = 80  # characters of 12-px text that fit the narrowest (PDF) chart width


def wrap_note(text: str, width: int = NOTE_WIDTH) -> list[str]:
    """A chart note's lines: its own line breaks kept, each line wrapped so no text runs out of the chart."""
    return [line for part in text.split("<br>")
            for line in (textwrap.wrap(part, width, break_long_words=False) or [part])]
