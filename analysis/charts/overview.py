"""Overview charts: what the evidence is made of."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from .. import fmt, periods
from ..catalogue import t
from .forces import wrap
from .style import number_axis, styled
from .style import rtl as rtl_text


def evidence_by_source(facts: pd.DataFrame, lang: str) -> go.Figure:
    """Cited figures per source, stacked by topic (one bar per source)."""
    counts = facts.groupby(["source_id", "topic"]).size().rename("n").reset_index()
    sources = sorted(counts["source_id"].unique())
    # source labels on two short lines, so a phone's narrow chart never cuts them
    # each line read right to left in Arabic: a line ending in «،» keeps the comma at its end (left)
    # the source's name on its own line and its date under it, with no comma left at a line's end
    sep = "، " if lang == "ar" else ", "
    labels = [rtl_text("<br>".join(wrap(part, 24) for part in periods.source_label(sid, lang).split(sep, 1)), lang)
              for sid in sources]
    fig = go.Figure()
    for topic, rows in counts.groupby("topic", sort=True):
        by_source = rows.set_index("source_id")["n"].reindex(sources, fill_value=0)
        topic_label = t(f"topic.{topic}", lang)
        fig.add_trace(
            go.Bar(
                y=labels,
                x=by_source.to_list(),
                name=topic_label,
                orientation="h",
                hovertemplate=f"{topic_label}: %{{x}}<br>%{{y}}<extra></extra>",
            )
        )
    rtl = lang == "ar"
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title=t("overview.axis_facts", lang), autorange="reversed" if rtl else True, **number_axis(lang))
    fig.update_yaxes(side="right" if rtl else "left", automargin=True, ticklabelstandoff=10)  # clear of the zero line
    fig = styled(fig, lang, overview_title(facts, lang), facts["fact_id"].tolist(), height=460)
    # it counts the data's rows, not what anyone claims: no "whose figures" line (`report.Edition.show`)
    fig.update_layout(meta={**fig.layout.meta, "counts_rows": True})
    return fig


def overview_title(facts: pd.DataFrame, lang: str) -> str:
    """The chart's finding: which source most cited figures come from, and how many of all
    ('Most of the cited figures come from … (20 of 35)'; 'The largest share …' when under half)."""
    per_source = facts.groupby("source_id").size().sort_values(ascending=False, kind="stable")
    if len(per_source) < 2 or per_source.iloc[0] == per_source.iloc[1]:
        return t("overview.chart_title", lang)
    n, total = int(per_source.iloc[0]), int(per_source.sum())
    key = "overview.chart_title_most" if 2 * n > total else "overview.chart_title_largest"
    return t(key, lang, source=periods.source_name(per_source.index[0], lang, flat=True),
             top=fmt.number(n, lang), all=fmt.number(total, lang))
