"""What a notebook calls to speak to readers: headings, text, cited charts, sources.

Every word comes from the catalogue; every chart must carry the ids of the facts
it shows (`layout.meta.fact_ids`), or `show` raises UncitedFigureError. The facts
shown are remembered so that `sources_section` lists each one with its quote.
"""

from __future__ import annotations

import html

import mistune

import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import HTML, Markdown, display

from . import citations, fmt
from .catalogue import t
from .exceptions import UncitedFigureError

_used_facts: list[str] = []


def setup(lang: str) -> None:
    """Charts as plotly's JSON mimetype (JupyterLab draws it; the report template renders it)."""
    pio.renderers.default = "plotly_mimetype"
    _used_facts.clear()


def heading(key: str, lang: str, level: int = 2, **values) -> None:
    display(Markdown(f"{'#' * level} {t(key, lang, **values)}"))


def text(key: str, lang: str, **values) -> None:
    """A paragraph (Markdown) from the catalogue, with `{name}` placeholders filled."""
    display(Markdown(t(key, lang, **values)))


def cited_fact_ids(fig: go.Figure) -> list[str]:
    meta = fig.layout.meta
    ids = meta.get("fact_ids") if isinstance(meta, dict) else None
    return list(ids or [])


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
    from .alt import describe

    fig.update_layout(meta={**fig.layout.meta, "alt": describe(fig, lang)})  # the chart's text alternative
    display(fig)
    source_ids = sorted(set(cited.loc[cited["id"].isin(ids), "source_id"]))
    display(HTML(f'<p class="caption" dir="{_dir(lang)}">{html.escape(t("ui.sources", lang))}: '
                 f"{html.escape(source_line(source_ids, lang))}</p>"))


def note(key: str, lang: str, **values) -> None:
    """A boxed note (Markdown) from the catalogue: reconciliation, caveats."""
    body = mistune.html(t(key, lang, **values))
    display(HTML(f'<div class="note" dir="{_dir(lang)}">{body}</div>'))


def source_line(source_ids: list[str], lang: str) -> str:
    """The catalogue's citation label of each source (publisher and date), joined."""
    return ("؛ " if lang == "ar" else "; ").join(t(f"source.{sid}", lang) for sid in source_ids)


def sources_section(lang: str) -> None:
    """The closing list of every row shown in this report, with its source and verbatim quote."""
    heading("ui.sources_section", lang, level=2)
    rows = citations.index().set_index("id")
    items = []
    for rid in _used_facts:
        row = rows.loc[rid]
        parts = []
        if row["value"] is not None and row["value"] == row["value"]:
            parts.append(f'<b>{html.escape(fmt.qualified(row["value"], row["qualifier"] or "exact", lang, row["value_high"]))}</b>')
        if row["status"] == "disputed":
            parts.append(html.escape(t("status.disputed", lang)))
        parts.append(html.escape(t("source." + row["source_id"], lang)))
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
