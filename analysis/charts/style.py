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


RLM = "\u200f"


def rtl(text, lang: str):
    """Text that plotly draws in its left-to-right SVG, made to read right to left in Arabic: every
    line (split at `<br>`) between right-to-left marks, so a line that starts with a digit
    («137 عملية») keeps the digit on the right and a closing full stop stays at the end (left)."""
    if lang != "ar" or not isinstance(text, str) or not text:
        return text
    return "<br>".join(RLM + line + RLM if _misread(line) else line for line in text.split("<br>"))


_NEUTRAL_END = ".:،؛!?…"


def _misread(line: str) -> bool:
    """An Arabic line a left-to-right layout puts in the wrong order: one that starts with a digit,
    Latin letter or mark («137 (الفترة مستنتجة)», «.وحدات مختلفة»), or ends with a full stop or colon."""
    import re

    bare = re.sub(r"<[^>]+>", "", line).strip()
    if not bare or bare.startswith(RLM) or not re.search(r"[\u0600-\u06ff]", bare):
        return False
    return not re.match(r"[(«]?[\u0600-\u06ff\u202b\u202e]", bare) or bare[-1] in _NEUTRAL_END


def _rtl_figure(fig: go.Figure) -> None:
    """Every text of an Arabic figure that plotly lays out itself: title, annotations (subtitles,
    notes), axis titles, bar texts and legend names. Category labels stay as they are (they are
    the data's own keys)."""
    lay = fig.layout
    if lay.title and lay.title.text:
        lay.title.text = rtl(lay.title.text, "ar")
    for annotation in lay.annotations or ():
        annotation.text = rtl(annotation.text, "ar")
    for axis in [k for k in lay if k.startswith(("xaxis", "yaxis"))]:
        title = lay[axis].title
        if title and title.text:
            title.text = rtl(title.text, "ar")
    for trace in fig.data:
        if getattr(trace, "name", None):
            trace.name = rtl(trace.name, "ar")
        text = getattr(trace, "text", None) if trace.type in ("bar", "scatter") else None
        if isinstance(text, str):
            trace.text = rtl(text, "ar")
        elif text is not None:
            trace.text = [rtl(x, "ar") for x in text]


def month_ticks(start, end, lang: str, every: int = 3) -> dict:
    """A date axis's ticks from `start` to `end`, one every `every` months, as readers write dates:
    «تموز<br>يوليو 2024» in Arabic, 'Jul 2024' in English; never ISO '2024-07'."""
    import pandas as pd
    from ..fmt import format_pattern, month_name

    first = pd.Timestamp(start).to_period("M").to_timestamp()
    first -= pd.DateOffset(months=(first.month - 1) % every)
    ticks = pd.date_range(first, pd.Timestamp(end) + pd.DateOffset(months=every), freq=f"{every}MS")
    if lang == "ar":  # «كانون الثاني<br>يناير 2024»: both names, on two short lines, so neighbours do not touch
        text = [month_name(d.month, lang).replace("/", "<br>", 1) + f" {d.year}" for d in ticks]
    else:
        text = [format_pattern(d, "MMM y", lang) for d in ticks]
    return {"tickmode": "array", "tickvals": [d.strftime("%Y-%m-%d") for d in ticks], "ticktext": text}


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
        # Arabic legends read from the right: the first series stands at the right end (plotly
        # cannot draw the colour key on the label's right; it stays on its left)
        legend={
            # Naskh's tall line boxes overlap between legend rows; the legend uses Noto Sans Arabic
            "font": {"family": "Noto Sans Arabic, Noto Sans, sans-serif"} if rtl else {},
            "orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom",
            "xanchor": "right" if rtl else "left", "x": 1 if rtl else 0,
            **({"traceorder": "reversed"} if rtl else {}),
        },
        meta={"fact_ids": sorted(set(fact_ids)), "lang": lang},
        separators=separators(lang),
    )
    fig.update_xaxes(gridcolor="#e6e9ee", zerolinecolor="#c9ced6")
    fig.update_yaxes(gridcolor="#e6e9ee", zerolinecolor="#c9ced6")
    if rtl:
        _rtl_figure(fig)
    return fig


def mark_derived(fig: go.Figure, derived: dict[str, tuple[float, str]]) -> go.Figure:
    """Record that the chart draws values computed from its cited rows, not stated by them:
    {row id: (value drawn, how it was derived)}; the chart's CSV file carries them."""
    meta = dict(fig.layout.meta or {})
    meta["derived"] = {rid: {"value": value, "derivation": how} for rid, (value, how) in derived.items()}
    fig.update_layout(meta=meta)
    return fig
