"""One look for every chart, per language: fonts, margins, title side, citations in meta."""

from __future__ import annotations

import plotly.graph_objects as go

FONTS = {
    "ar": "Noto Naskh Arabic, Noto Sans Arabic, Noto Sans, DejaVu Sans, sans-serif",
    "en": "Noto Sans, DejaVu Sans, Noto Sans Arabic, sans-serif",
}
# Twelve colours a reader can tell apart, so that no two categories of a chart share one
# (the overview has eleven topics).
COLORS = ["#2f5d8a", "#c0713a", "#4f8a5b", "#8a4f7d", "#b59a2d", "#5b6470", "#3d8a8a", "#a34848",
          "#86aed6", "#e2a6c6", "#9cc065", "#6b4a2b"]
HEIGHT = 420


def number_axis(lang: str) -> dict:
    """A value axis as readers of `lang` write numbers: full numbers (30,000, never "30k"), grouped
    with the separators Babel gives the language (Western digits, as the sources). Set it on each
    chart's number axis; date and category axes keep their own format."""
    return {"tickformat": ",~f", "exponentformat": "none", "separatethousands": True,
            "hoverformat": ",~f"}


def separators(lang: str) -> str:
    """plotly's `layout.separators` (decimal, then group) for `lang`, from Babel."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_decimal_symbol(lang, numbering_system="latn") + get_group_symbol(lang, numbering_system="latn")


def styled(fig: go.Figure, lang: str, title: str, fact_ids: list[str], height: int = HEIGHT) -> go.Figure:
    """Apply the house style and record the facts the figure shows (`layout.meta.fact_ids`)."""
    rtl = lang == "ar"
    fig.update_layout(
        title={"text": title, "x": 0.99 if rtl else 0.01, "xanchor": "right" if rtl else "left"},
        font={"family": FONTS[lang], "size": 13, "color": "#1d232b"},
        colorway=COLORS,
        height=height,
        margin={"l": 40, "r": 40, "t": 70, "b": 40},
        paper_bgcolor="white",
        plot_bgcolor="white",
        hoverlabel={"font": {"family": FONTS[lang]}, "align": "right" if rtl else "left"},
        legend={
            # Naskh's tall line boxes overlap between legend rows; the legend uses Noto Sans Arabic
            "font": {"family": "Noto Sans Arabic, Noto Sans, sans-serif"} if rtl else {},
            "orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom",
            "xanchor": "right" if rtl else "left", "x": 1 if rtl else 0,
        },
        meta={"fact_ids": sorted(set(fact_ids)), "lang": lang},
        separators=separators(lang),
    )
    fig.update_xaxes(gridcolor="#e6e9ee", zerolinecolor="#c9ced6")
    fig.update_yaxes(gridcolor="#e6e9ee", zerolinecolor="#c9ced6")
    return fig


def mark_derived(fig: go.Figure, derived: dict[str, tuple[float, str]]) -> go.Figure:
    """Record that the chart draws values computed from its cited rows, not stated by them:
    {row id: (value drawn, how it was derived)}; the chart's CSV file carries them."""
    meta = dict(fig.layout.meta or {})
    meta["derived"] = {rid: {"value": value, "derivation": how} for rid, (value, how) in derived.items()}
    fig.update_layout(meta=meta)
    return fig
