"""The build's HTML page and PDF as nbconvert exporters: `coalition_html` and `coalition_pdf`.

Registered as entry points (`nbconvert.exporters` in pyproject.toml), so
`jupyter nbconvert --to coalition_html NOTEBOOK` and JupyterLab's File › Save and
Export Notebook As › "Coalition report (HTML)" / "(PDF)" give the page and the PDF
the build gives: the notebook as saved (the parameters cell as tweaked, validated as
the build validates it), run in a fresh kernel when it carries no outputs (Lab saves
notebooks clean), in the language of its `lang`, with the chapter's title, through
the project's template and PDF printer.
"""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path

from nbconvert.exporters import Exporter

from .exceptions import ExportError
from .execute import KERNEL_NAME


def parameters_of(nb) -> dict:
    """The values the notebook runs with: its parameters cell, then any cell papermill injected."""
    from .parameters import parse_parameters, parameters_cell_source, validate
    from .report import DECLARED

    source = parameters_cell_source(nb)
    if source is None:
        raise ExportError("this notebook has no cell tagged 'parameters': it is not a report notebook")
    values = {name: p.default for name, p in parse_parameters(source).items()}
    for cell in nb.get("cells", []):
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            values.update({n: p.default for n, p in parse_parameters("".join(cell["source"])).items()})
    return validate(DECLARED, values, "parameters cell")


def _has_outputs(nb) -> bool:
    return any(cell.get("outputs") for cell in nb.get("cells", []) if cell.get("cell_type") == "code")


def in_own_thread(function, *args):
    """Call `function` in a thread of its own: Jupyter's server calls exporters from a worker thread
    that sees the server's running event loop, where nbclient's and Playwright's sync APIs refuse to run."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="coalition-export") as pool:
        return pool.submit(function, *args).result()


def run(nb, folder: Path):
    """Execute a copy of `nb` in a fresh kernel, in `folder`; a failing cell is an ExportError."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = copy.deepcopy(nb)
    try:
        NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=600, resources={"metadata": {"path": str(folder)}}).execute()
    except CellExecutionError as exc:
        raise ExportError(f"a cell raised {exc.ename}: {exc.evalue}") from None
    return nb


def prepared(nb, resources: dict | None):
    """(executed notebook, lang, title, name) for the notebook as saved."""
    from .catalogue import t
    from .paths import notebooks_dir

    meta = (resources or {}).get("metadata", {})
    name = meta.get("name") or "report"
    folder = Path(meta.get("path") or notebooks_dir())
    lang = parameters_of(nb)["lang"]
    if not _has_outputs(nb):
        nb = in_own_thread(run, nb, folder)
    title_key = nb.get("metadata", {}).get("coalition", {}).get("title")
    return nb, lang, t(title_key, lang) if title_key else name, name


class CoalitionHTMLExporter(Exporter):
    """The report page, as `coalition-reports build` writes it."""

    export_from_notebook = "Coalition report (HTML)"
    output_mimetype = "text/html"

    def _file_extension_default(self):
        return ".html"

    def from_notebook_node(self, nb, resources=None, **kw):
        from .export import export_html

        resources = self._init_resources(resources)
        executed, lang, title, name = prepared(nb, resources)
        resources["output_extension"] = ".html"
        return export_html(executed, lang, title=title, name="", self_contained=True), resources  # no link to an edition not exported


class CoalitionPDFExporter(Exporter):
    """The report's A4 PDF, printed by the build's printer (headless Chromium)."""

    export_from_notebook = "Coalition report (PDF)"
    output_mimetype = "application/pdf"

    def _file_extension_default(self):
        return ".pdf"

    def from_notebook_node(self, nb, resources=None, **kw):
        from .catalogue import t
        from .export import export_html
        resources = self._init_resources(resources)
        executed, lang, title, name = prepared(nb, resources)
        with tempfile.TemporaryDirectory(prefix="coalition-export-") as tmp:
            page, pdf = Path(tmp) / f"{name}.html", Path(tmp) / f"{name}.pdf"
            page.write_text(export_html(executed, lang, title=title, name="", self_contained=True), encoding="utf-8")
            in_own_thread(_print, page, pdf, t("ui.page_of", lang, page="{page}", total="{total}"), lang)
            output = pdf.read_bytes()
        resources["output_extension"] = ".pdf"
        return output, resources


def _print(page: Path, pdf: Path, footer: str, lang: str) -> None:
    from .pdf import PdfPrinter

    with PdfPrinter() as printer:
        printer.print(page, pdf, footer, lang)
