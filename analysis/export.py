"""Notebook -> self-contained HTML, through nbconvert and the project's template.

Plotly 6+ puts only its JSON mimetype in a notebook's outputs, which nbconvert's
own templates drop (plotly/plotly.py#5365). `PlotlyPreprocessor` turns each such
output into a `<figure>` holding a div with a stable id and a `Plotly.newPlot`
call. plotly.js is one shared file beside the pages (`reports/assets/plotly.min.js`,
referenced relatively, so a page opened from disk works offline), or, for a page
to mail on its own (`self_contained`), inlined once. Nothing is fetched from the
network (no require.js, no MathJax, no CDN), and two builds of the same notebook
give the same bytes.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path

from nbconvert.exporters import HTMLExporter
from nbconvert.preprocessors import Preprocessor
from traitlets import Bool, Unicode

from .paths import TEMPLATES_DIR
from .report import EDITOR_ONLY

PLOTLY_MIME = "application/vnd.plotly.v1+json"
TEMPLATE_NAME = "coalition"
from .i18n import DIRECTION, other as other_lang
# Where the shared copy of plotly.js lives, relative to reports/, and as a page
# in reports/<lang>/ refers to it.
PLOTLY_ASSET = "assets/plotly.min.js"
PLOTLY_SRC = "../" + PLOTLY_ASSET


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """The plotly.js bundle that ships with the plotly package (read once)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def script_json(value: object) -> str:
    """JSON safe to put inside a <script> element (no `</script>` breakout)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def chart_html(figure: dict, chart_id: str) -> str:
    """The markup of one chart: a div and the call that draws it, counted for the PDF step."""
    spec = {
        "data": figure.get("data", []),
        "layout": figure.get("layout", {}),
        "config": {"responsive": True, "displaylogo": False, **figure.get("config", {})},
    }
    meta = figure.get("layout", {}).get("meta")
    alt = meta.get("alt") if isinstance(meta, dict) else None
    # A figure named by its text alternative: screen readers read the label (a figure, not
    # role="img", may hold the chart's interactive controls); the PDF printer turns it into
    # one image whose alt is the label, tagged /Figure with /Alt.
    if alt:
        return (
            f'<figure class="chart" dir="ltr" aria-label="{html.escape(alt)}"><div id="{html.escape(chart_id)}" class="plotly-graph-div"></div>'
            f"<script>coalitionPlot({json.dumps(chart_id)}, {script_json(spec)});</script></figure>"
        )
    return (
        f'<div class="chart" dir="ltr"><div id="{html.escape(chart_id)}" class="plotly-graph-div"></div>'
        f"<script>coalitionPlot({json.dumps(chart_id)}, {script_json(spec)});</script></div>"
    )


class PlotlyPreprocessor(Preprocessor):
    """Replace each plotly JSON output with HTML that draws it; number the charts."""

    def preprocess(self, nb, resources):
        count = 0
        for cell in nb.cells:
            if cell.get("cell_type") != "code":
                continue
            # what the notebook shows its editors only (JupyterLab's styles, the keys it used)
            cell.outputs = [o for o in cell.get("outputs", []) if not o.get("metadata", {}).get(EDITOR_ONLY)]
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if PLOTLY_MIME in data:
                    count += 1
                    chart_id = f"chart-{count}"
                    data["text/html"] = chart_html(data.pop(PLOTLY_MIME), chart_id)
                    for other in ("text/plain", "image/png", "image/svg+xml"):
                        data.pop(other, None)
                    output.setdefault("metadata", {})["coalition_chart"] = chart_id
        resources["chart_count"] = count
        return nb, resources


class ReportExporter(HTMLExporter):
    """HTML with input cells hidden, text directed by language, plotly.js inlined once."""

    lang = Unicode("en", help="Edition language: ar or en").tag(config=True)
    title = Unicode("", help="Document title; default: the notebook's name").tag(config=True)
    report_name = Unicode("", help="File name of the report, without extension, for the link to the other edition").tag(config=True)
    self_contained = Bool(False, help="Inline plotly.js instead of referring to the shared copy").tag(config=True)

    extra_template_basedirs = [str(TEMPLATES_DIR)]

    def _template_name_default(self):
        return TEMPLATE_NAME

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.exclude_input = True
        self.exclude_input_prompt = True
        self.exclude_output_prompt = True
        self.anchor_link_text = ""
        self.exclude_anchor_links = True  # nbconvert's empty "¶" links have no accessible name (WCAG link-name)
        self.register_preprocessor(PlotlyPreprocessor(), enabled=True)

    def from_notebook_node(self, nb, resources=None, **kw):
        resources = self._init_resources(resources)
        resources["lang"] = self.lang
        resources["dir"] = DIRECTION.get(self.lang, "ltr")
        resources["report_title"] = self.title
        resources["plotly_js"] = plotly_js
        resources["plotly_src"] = None if self.self_contained else PLOTLY_SRC
        resources["other_edition"] = other_edition(self.lang, self.report_name) if self.report_name else None
        return super().from_notebook_node(nb, resources, **kw)


def other_edition(lang: str, name: str) -> dict:
    """The link from one edition of a report to the other language's, named in the reader's
    language («النسخة الإنجليزية» in the Arabic edition)."""
    from .catalogue import t

    other = other_lang(lang)
    return {"href": f"../{other}/{name}.html", "lang": other, "dir": DIRECTION[lang], "label_lang": lang,
            "label": t("ui.other_edition", lang)}


def plotly_script_tags() -> tuple[str, str]:
    """The two ways a page loads plotly.js: the shared file's tag and the inlined bundle's."""
    return f'<script src="{PLOTLY_SRC}"></script>', f"<script>{plotly_js()}</script>"


def export_html(notebook, lang: str, title: str = "", name: str = "", self_contained: bool = False) -> str:
    """Render an executed notebook (a path or a NotebookNode) to an HTML page.

    The page loads plotly.js from the shared copy (`write_plotly_asset`) unless
    `self_contained`, which inlines it.
    """
    import nbformat

    if isinstance(notebook, (str, Path)):
        name = name or Path(notebook).stem
        notebook = nbformat.read(str(notebook), as_version=4)
    exporter = ReportExporter(lang=lang, title=title or name, report_name=name, self_contained=self_contained)
    body, _ = exporter.from_notebook_node(notebook)
    return body


def write_plotly_asset(reports: Path) -> Path:
    """Write the shared plotly.js into `reports/assets/` atomically (only when it differs)."""
    import os

    target = Path(reports) / PLOTLY_ASSET
    content = plotly_js().encode("utf-8")
    if target.is_file() and target.stat().st_size == len(content) and target.read_bytes() == content:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_bytes(content)
    os.replace(tmp, target)
    return target
