"""A chart's text alternative, written from the figure's own data, in the report's language.

A reader who cannot see a chart gets what it shows (its title and kind) and its numbers,
each with its qualifier in words ("about 2,500", not "≈ 2,500"), series by series. The
text goes on the chart in the HTML (`role="img"` with `aria-label`) and, through it,
into the tagged PDF as the figure's `/Alt`. Every connecting word comes from the catalogue.
"""

from __future__ import annotations

import html
import re

import plotly.graph_objects as go

from . import fmt
from .catalogue import t

MAX_ITEMS = 40  # items listed per series before "and N more"
SIGNS = {"≈": "about", "≥": "at_least", ">": "more_than", "≤": "at_most"}
_TAGS = re.compile(r"<[^>]+>")
_BIDI = re.compile("[\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e]")


def plain(text) -> str:
    """Markup-free, one-line text: tags and bidi marks dropped, <br> as a space."""
    if text is None:
        return ""
    text = re.sub(r"<br\s*/?>", " ", str(text))
    text = html.unescape(_TAGS.sub("", text))
    return " ".join(_BIDI.sub("", text).split())


def words_for_signs(text: str, lang: str) -> str:
    """'≈ 2,500' -> 'about 2,500' (the catalogue's qualifier words)."""
    for sign, qualifier in SIGNS.items():
        text = re.sub(rf"{re.escape(sign)}\s*", t(f"qualifier.{qualifier}", lang) + " ", text)
    return text


def _sep(lang: str) -> tuple[str, str]:
    return ("، ", "؛ ") if lang == "ar" else (", ", "; ")


def _listed(items: list[str], lang: str) -> str:
    comma, _ = _sep(lang)
    shown = [i for i in items if i][:MAX_ITEMS]
    text = comma.join(shown)
    if len(items) > MAX_ITEMS:
        text += comma + t("alt.more", lang, n=len(items) - MAX_ITEMS)
    return text


def _value_text(trace, i: int, value, lang: str) -> str:
    texts = trace.text
    if texts is not None and not isinstance(texts, str) and i < len(texts) and texts[i]:
        return words_for_signs(plain(texts[i]), lang)
    if isinstance(texts, str) and texts:
        return words_for_signs(plain(texts), lang)
    try:
        return fmt.number(float(value), lang)
    except (TypeError, ValueError):
        return plain(value)


def _seq(values) -> list:
    """A trace's array (tuple, list, numpy array or None) as a list."""
    return [] if values is None else list(values)


def _bars(traces: list, lang: str) -> list[str]:
    parts = []
    for trace in traces:
        horizontal = trace.orientation == "h"
        labels, values = (trace.y, trace.x) if horizontal else (trace.x, trace.y)
        items = [f"{plain(label)}: {_value_text(trace, i, value, lang)}"
                 for i, (label, value) in enumerate(zip(_seq(labels), _seq(values)))
                 if value is not None and value == value and value != 0]
        if items:
            name = plain(trace.name)
            parts.append((f"{name}: " if name and not name.startswith("trace ") else "") + _listed(items, lang))
    return parts


def _markers(traces: list, lang: str) -> list[str]:
    """Dated markers (timelines): how many, from when to when, in which rows."""
    points = [(x, y, trace, i) for trace in traces if trace.mode and "markers" in trace.mode
              for i, (x, y) in enumerate(zip(_seq(trace.x), _seq(trace.y))) if x is not None]
    if not points:
        return []
    if all(isinstance(y, str) for _, y, _, _ in points):  # one row per item: say each, with its label
        return [_listed([f"{plain(y)}: {_value_text(trace, i, x, lang)}" for x, y, trace, i in points], lang)]
    years = sorted(str(x)[:4] for x, _, _, _ in points)
    rows = list(dict.fromkeys(plain(trace.name) for _, _, trace, _ in points if trace.name))
    return [t("alt.markers", lang, n=len(points), first=years[0], last=years[-1], rows=_listed(rows, lang))]


def _treemap(trace, lang: str) -> list[str]:
    labels = [plain(label) for label in _seq(trace.labels)]
    parents = _seq(trace.parents)
    ids = _seq(trace.ids) or labels
    by_id = dict(zip(ids, labels))
    children: dict[str, list[str]] = {}
    for node, parent in zip(ids, parents):
        children.setdefault(parent or "", []).append(node)
    _, semi = _sep(lang)
    parts = []
    for root in children.get("", []):
        groups = children.get(root, [])
        described = []
        for group in groups:
            inner = [by_id[c] for c in children.get(group, [])]
            described.append(f"{by_id[group]} ({_listed(inner, lang)})" if inner else by_id[group])
        parts.append(f"{by_id[root]}: {semi.join(described)}" if described else by_id[root])
    return parts


def _table(trace, lang: str) -> list[str]:
    header = [plain(h) for h in _seq(trace.header.values)]
    columns = [_seq(c) for c in _seq(trace.cells.values)]
    rows = list(zip(*columns)) if columns else []
    comma, _ = _sep(lang)
    return [comma.join(f"{h}: {plain(v)}" for h, v in zip(header, row)) for row in rows]


def describe(fig: go.Figure, lang: str) -> str:
    """The text alternative of `fig`: its title, then its numbers or items, series by series."""
    title = plain(fig.layout.title.text) or t("alt.untitled", lang)
    traces = [tr for tr in fig.data if tr.visible in (None, True)]
    parts: list[str] = []
    bars = [tr for tr in traces if tr.type == "bar"]
    if bars:
        parts += _bars(bars, lang)
    scatters = [tr for tr in traces if tr.type == "scatter" and tr.x is not None and any(x is not None for x in _seq(tr.x))]
    if scatters:
        parts += _markers(scatters, lang)
    for trace in traces:
        if trace.type == "treemap":
            parts += _treemap(trace, lang)
        elif trace.type == "table":
            parts += _table(trace, lang)
    _, semi = _sep(lang)
    body = semi.join(p for p in parts if p)
    axis = _value_axis(fig, bars)
    if body and axis:
        body = t("alt.values_in", lang, axis=axis) + semi + body
    body = body[:1].upper() + body[1:]  # it opens a sentence
    return t("alt.chart", lang, title=title, body=body or t("alt.empty", lang))


def _value_axis(fig: go.Figure, bars: list) -> str:
    """The title of the axis the bars' values are read on, when there is one."""
    if not bars:
        return ""
    axis = fig.layout.xaxis if bars[0].orientation == "h" else fig.layout.yaxis
    return plain(axis.title.text) if axis and axis.title else ""
