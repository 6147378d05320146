"""The committed form of a notebook: no outputs, no execution counts, the project's kernelspec.

JupyterLab saves (and autosaves) what it shows, outputs included, and may write the
kernelspec of whichever kernel ran the notebook. `pre_save_hook` is installed by
`make lab` (`jupyter_server_config.py` at the project's root): every notebook saved
through Jupyter's contents API is written clean, while Lab keeps showing its outputs.
"""

from __future__ import annotations

KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"name": "python"}
# cell metadata that records a run, not the notebook: dropped; tags and the rest stay
RUN_METADATA = ("execution", "papermill", "scrolled", "collapsed", "jupyter", "ExecuteTime")


def clean(nb: dict) -> dict:
    """`nb` (notebook JSON or NotebookNode) made clean, in place; returned for convenience."""
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        metadata = cell.get("metadata", {})
        for key in RUN_METADATA:
            metadata.pop(key, None)
    metadata = nb.setdefault("metadata", {})
    metadata["kernelspec"] = dict(KERNELSPEC)
    metadata["language_info"] = dict(LANGUAGE_INFO)
    metadata.pop("papermill", None)
    metadata.pop("widgets", None)
    return nb


def pre_save_hook(model: dict, path: str = "", contents_manager=None, **_kwargs) -> None:
    """Jupyter server's `ContentsManager.pre_save_hook`: a notebook is saved in its committed form."""
    if model.get("type") == "notebook" and isinstance(model.get("content"), dict):
        clean(model["content"])
