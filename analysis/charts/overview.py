"""Overview charts: what the evidence is made of."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from .. import periods
from ..catalogue import t
from .forces import wrap
from .style import number_axis, styled


def evidence_by_source(facts: pd.DataFrame, lang: str) -> go.Figure:
    """Cited figures per source, stacked by topic (one bar per source)."""
    counts = facts.groupby(["source_id", "topic"]).size().rename("n").reset_index()
    sources = sorted(counts["source_id"].unique())
    # source labels on two short lines, so a phone's narrow chart never cuts them
    labels = [wrap(periods.source_label(sid, lang), 24) for sid in sources]
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
    fig.update_yaxes(side="right" if rtl else "left", automargin=True)
    fig = styled(fig, lang, t("overview.chart_title", lang), facts["fact_id"].tolist(), height=460)
    # it counts the data's rows, not what anyone claims: no "whose figures" line (`report.Edition.show`)
    fig.update_layout(meta={**fig.layout.meta, "counts_rows": True})
    return fig
