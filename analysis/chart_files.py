"""Every chart of a report as files readers can reuse: SVG, PNG and the cited data as CSV.

Charts are named by a stable id, `<report>-<n>`, n counting the report's charts in
order (the same numbering as the `chart-<n>` divs of the HTML). The images come
from the printing page, where each chart is already drawn (`Plotly.toImage`); the
CSV holds the cited rows behind the chart: id, value, qualifier, status, source
and the verbatim quote.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import nbformat

from .export import PLOTLY_MIME

CSV_COLUMNS = ["chart_id", "row_id", "table", "value", "value_high", "qualifier", "status",
               "period_start", "period_end", "period_known", "period_words", "origin",
               "derived_value", "derivation", "source_id", "source", "quote", "quote_en"]


def chart_metas(executed: Path) -> list[dict]:
    """The `layout.meta` of each chart of an executed notebook, in chart order."""
    nb = nbformat.read(str(executed), as_version=4)
    metas = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            figure = output.get("data", {}).get(PLOTLY_MIME)
            if figure is not None:
                meta = figure.get("layout", {}).get("meta") or {}
                metas.append(meta if isinstance(meta, dict) else {})
    return metas


def cited_ids_per_chart(executed: Path) -> list[list[str]]:
    """The row ids each chart of an executed notebook cites, in chart order."""
    return [list(meta.get("fact_ids", [])) for meta in chart_metas(executed)]


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    try:
        import pandas as pd
        if pd.isna(value):
            return ""
        if isinstance(value, pd.Timestamp):
            return value.date().isoformat()
    except (TypeError, ValueError):
        pass
    return str(value)


def chart_csv(chart_id: str, ids: list[str], cited, lang: str, derived: dict | None = None) -> str:
    """The cited rows of one chart as CSV text (`cited` is `citations.index()`): each row's value,
    the period it refers to, how that period is known, whom the source cites, and, when the chart
    draws a value computed from the row (`derived`, from `layout.meta.derived`), that value and how."""
    from .periods import origin_text, source_label

    rows = cited.set_index("id")
    derived = derived or {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for rid in ids:
        row = rows.loc[rid]
        value = "" if row["value"] is None or row["value"] != row["value"] else f"{row['value']:g}"
        high = "" if row["value_high"] is None or row["value_high"] != row["value_high"] else f"{row['value_high']:g}"
        drawn = derived.get(rid, {})
        known = _cell(row["period_status"])
        writer.writerow([chart_id, rid, row["table"], value, high, _cell(row["qualifier"]), _cell(row["status"]),
                         _cell(row["period_start"]), _cell(row["period_end"]), known,
                         _cell(row["period_quote"]), origin_text(row["origin_ref"], lang),
                         "" if not drawn else f"{drawn['value']:g}", drawn.get("derivation", ""),
                         row["source_id"], source_label(row["source_id"], lang), row["quote"],
                         _cell(row.get("quote_en"))])
    return out.getvalue()


def write_chart_files(folder: Path, name: str, lang: str, executed: Path, images: list[dict]) -> list[Path]:
    """Write `<name>-<n>.svg|png|csv` into `folder` for each chart; return the files written."""
    from .citations import index

    folder.mkdir(parents=True, exist_ok=True)
    metas = chart_metas(executed)
    ids = [list(meta.get("fact_ids", [])) for meta in metas]
    if len(ids) != len(images):
        raise ValueError(f"{executed}: {len(ids)} charts in the notebook but {len(images)} drawn on the page")
    cited = index() if images else None
    written = []
    for n, (chart_ids, meta, image) in enumerate(zip(ids, metas, images), start=1):
        chart_id = f"{name}-{n}"
        table = chart_csv(chart_id, chart_ids, cited, lang, meta.get("derived"))
        for suffix, content in (("svg", image["svg"]), ("png", image["png"]), ("csv", table.encode("utf-8"))):
            path = folder / f"{chart_id}.{suffix}"
            path.write_bytes(content)
            written.append(path)
    return written
