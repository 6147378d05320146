"""What a notebook calls to speak to readers: headings, text, cited charts, sources.

Every word comes from the catalogue; every chart must carry the ids of the facts
it shows (`layout.meta.fact_ids`), or `show` raises UncitedFigureError. The facts
shown are remembered so that `sources_section` lists each one with its quote.
"""

from __future__ import annotations

import html

import mistune

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import HTML, Markdown, display

from . import citations, data, fmt, periods
from .catalogue import t
from .exceptions import UncitedFigureError

_used_facts: list[str] = []


def setup(lang: str) -> None:
    """Charts as plotly's JSON mimetype (JupyterLab draws it; the report template renders it)."""
    pio.renderers.default = "plotly_mimetype"
    _used_facts.clear()


COMPUTED = "coalition_computed"  # output metadata: the numbers code put into the text


def computed_numbers(values: dict) -> list[str]:
    """The numbers (digit runs) in the values filled into a sentence: what code, not the catalogue,
    wrote. The output-side coverage check accounts for a number in a report with this list."""
    from .output_coverage import numbers_in_line
    return sorted({n for v in values.values() for n in numbers_in_line(str(v))})


def heading(key: str, lang: str, level: int = 2, **values) -> None:
    display(Markdown(f"{'#' * level} {t(key, lang, **values)}"), metadata={COMPUTED: computed_numbers(values)})


def text(key: str, lang: str, **values) -> None:
    """A paragraph (Markdown) from the catalogue, with `{name}` placeholders filled."""
    display(Markdown(t(key, lang, **values)), metadata={COMPUTED: computed_numbers(values)})


def block(markup: str, numbers=()) -> None:
    """An HTML block built by code (a table, a list of notes), with the counts it computed."""
    from .output_coverage import numbers_in_line
    display(HTML(markup), metadata={COMPUTED: sorted({n for v in numbers for n in numbers_in_line(str(v))})})


def cited_fact_ids(fig: go.Figure) -> list[str]:
    meta = fig.layout.meta
    ids = meta.get("fact_ids") if isinstance(meta, dict) else None
    return list(ids or [])


def cite(ids, lang: str) -> None:
    """Record rows a sentence states (not a chart), so the sources list quotes them; prints
    their sources in a caption, as under a chart."""
    ids = [i for i in ids if i]
    if not ids:
        return
    cited = citations.index()
    unknown = sorted(set(ids) - set(cited["id"]))
    if unknown:
        raise UncitedFigureError(f"text cites rows that no data table holds: {', '.join(unknown)}")
    _used_facts.extend(i for i in ids if i not in _used_facts)
    display(HTML(f'<p class="caption" dir="{_dir(lang)}">{html.escape(t("ui.sources", lang))}: '
                 f"{html.escape(source_line(cited[cited['id'].isin(ids)], lang))}</p>"))


def show(fig: go.Figure, lang: str) -> None:
    """Display a chart and, under it, the sources of the rows it shows (publisher and date)."""
    ids = cited_fact_ids(fig)
    title = fig.layout.title.text or "(untitled)"
    if not ids:
        raise UncitedFigureError(f"chart {title!r} shows figures with no row ids in layout.meta.fact_ids")
    cited = citations.index()
    unknown = sorted(set(ids) - set(cited["id"]))
    if unknown:
        raise UncitedFigureError(f"chart {title!r} cites rows that no data table holds: {', '.join(unknown)}")
    _used_facts.extend(i for i in ids if i not in _used_facts)
    display(fig)
    display(HTML(f'<p class="caption" dir="{_dir(lang)}">{html.escape(t("ui.sources", lang))}: '
                 f"{html.escape(source_line(cited[cited['id'].isin(ids)], lang))}</p>"))


def note(key: str, lang: str, **values) -> None:
    """A boxed note (Markdown) from the catalogue: reconciliation, caveats."""
    body = mistune.html(t(key, lang, **values))
    display(HTML(f'<div class="note" dir="{_dir(lang)}">{body}</div>'), metadata={COMPUTED: computed_numbers(values)})


def source_line(rows: pd.DataFrame, lang: str) -> str:
    """The citation label of each source of `rows` (publisher and date), with the outlets it cites
    for them ('Elham al-Najjar, 15 Oct 2024, citing RT Arabic, 27 Sep 2024'), joined."""
    labels = []
    for sid in sorted(set(rows["source_id"])):
        origins = [o for o in dict.fromkeys(rows.loc[rows["source_id"] == sid, "origin_ref"]) if isinstance(o, str) and o]
        label = periods.source_label(sid, lang)
        if origins:
            label = t("period.citing", lang, source=label,
                      origin=fmt.join(list(dict.fromkeys(periods.origin_text(o, lang) for o in sorted(origins))), lang))
        labels.append(label)
    return fmt.semicolon(lang).join(labels)


def sources_section(lang: str) -> None:
    """The closing list of every row shown in this report, with its source and verbatim quote."""
    heading("ui.sources_section", lang, level=2)
    rows = citations.index().set_index("id")
    details = data.info_centre().set_index("item_id")["detail"]
    items = []
    for rid in _used_facts:
        row = rows.loc[rid]
        parts = []
        # a centre item's number means nothing alone ('1'): it is written with what it counts
        # ('6 · Members per country'), and a frequency by its word alone ('Monthly')
        if row["table"] == "info_centre" and row["unit"] == "per_month":
            parts.append(f'<b>{html.escape(t("detail." + details[rid], lang))}</b>')
        elif row["value"] is not None and row["value"] == row["value"]:
            unit = row["unit"] if row["table"] == "facts" else None
            parts.append(f'<b>{html.escape(fmt.qualified(row["value"], row["qualifier"] or "exact", lang, row["value_high"], unit=unit))}</b>')
        if row["table"] == "info_centre" and row["unit"] != "per_month" and row["value"] == row["value"] and row["value"] is not None:
            parts.append(html.escape(t("detail." + details[rid], lang)))
        if row["status"] == "disputed":
            parts.append(html.escape(t("status.disputed", lang)))
        if row["table"] == "facts":
            # "period not stated" stands alone, never "Period: period not stated"
            parts.append(html.escape(periods.period_text(row, lang) if row["period_status"] == "unknown"
                                     else t("period.label", lang, period=periods.period_text(row, lang))))
        parts.append(html.escape(periods.attribution(row, lang)))
        # the row id is the item's anchor (links, chart CSVs), never text readers see
        items.append(
            f'<li id="{html.escape(rid)}">{" · ".join(parts)}<br>'
            f'<span class="quote" lang="ar" dir="rtl">«{html.escape(row["quote"])}»</span>{_translation(row, lang)}</li>'
        )
    display(HTML(f'<ol class="sources" dir="{_dir(lang)}">' + "".join(items) + "</ol>"))


def _translation(row, lang: str) -> str:
    """In the English edition, the project's reviewed translation under the Arabic quote, marked as
    ours; the Arabic edition shows the source's words only."""
    if lang == "ar" or not isinstance(row.get("quote_en"), str) or not row["quote_en"]:
        return ""
    return (f'<br><span class="translation" lang="en"><i>{html.escape(t("ui.translation_mark", lang))}</i> '
            f'“{html.escape(row["quote_en"])}”</span>')


def _dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"
