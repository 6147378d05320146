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

from .catalogue import t
from .export import PLOTLY_MIME

CSV_COLUMNS = ["chart_id", "row_id", "table", "value", "value_high", "qualifier", "status", "source_id", "source", "quote", "quote_en"]


def cited_ids_per_chart(executed: Path) -> list[list[str]]:
    """The row ids each chart of an executed notebook cites, in chart order."""
    nb = nbformat.read(str(executed), as_version=4)
    charts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            figure = output.get("data", {}).get(PLOTLY_MIME)
            if figure is not None:
                meta = figure.get("layout", {}).get("meta") or {}
                charts.append(list(meta.get("fact_ids", [])) if isinstance(meta, dict) else [])
    return charts


def chart_csv(chart_id: str, ids: list[str], cited, lang: str) -> str:
    """The cited rows of one chart as CSV text (`cited` is `citations.index()`)."""
    rows = cited.set_index("id")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for rid in ids:
        row = rows.loc[rid]
        value = "" if row["value"] is None or row["value"] != row["value"] else f"{row['value']:g}"
        high = "" if row["value_high"] is None or row["value_high"] != row["value_high"] else f"{row['value_high']:g}"
        writer.writerow([chart_id, rid, row["table"], value, high, row["qualifier"] or "", row["status"] or "",
                         row["source_id"], t("source." + row["source_id"], lang), row["quote"],
                         row["quote_en"] or ""])
    return out.getvalue()


def write_chart_files(folder: Path, name: str, lang: str, executed: Path, images: list[dict]) -> list[Path]:
    """Write `<name>-<n>.svg|png|csv` into `folder` for each chart; return the files written."""
    from .citations import index

    folder.mkdir(parents=True, exist_ok=True)
    ids = cited_ids_per_chart(executed)
    if len(ids) != len(images):
        raise ValueError(f"{executed}: {len(ids)} charts in the notebook but {len(images)} drawn on the page")
    cited = index() if images else None
    written = []
    for n, (chart_ids, image) in enumerate(zip(ids, images), start=1):
        chart_id = f"{name}-{n}"
        for suffix, content in (("svg", image["svg"]), ("png", image["png"]),
                                ("csv", chart_csv(chart_id, chart_ids, cited, lang).encode("utf-8"))):
            path = folder / f"{chart_id}.{suffix}"
            path.write_bytes(content)
            written.append(path)
    return written
