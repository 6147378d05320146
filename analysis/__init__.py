"""Coalition reports: cited, bilingual reports on the coalitions against ISIS.

The public API is re-exported lazily, so that `coalition-reports build` with
nothing to do never imports pandas, plotly or nbconvert.
"""

from __future__ import annotations

from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "run_build": "analysis.build",
    "t": "analysis.catalogue",
    "read_parameters": "analysis.parameters",
    "export_html": "analysis.export",
    "PdfPrinter": "analysis.pdf",
    "CoalitionReportsError": "analysis.exceptions",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
