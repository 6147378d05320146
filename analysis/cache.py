"""Cache keys: a report is rebuilt only when one of its inputs changed.

The inputs of a report are its notebook, its parameter values, the data files,
the source texts the data are checked against, the package code and the
template, and the versions of the libraries that render it. Only the standard
library is used here, so that a no-change build never imports the heavy stack.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .paths import PACKAGE_DIR, data_dir, sources_dir, user_sources_dir

RENDERING_LIBRARIES = ("plotly", "nbconvert", "papermill", "pandas", "pandera", "playwright")


def _files(folder: Path, patterns: tuple[str, ...]) -> list[Path]:
    if not folder.is_dir():
        return []
    found = {p for pattern in patterns for p in folder.rglob(pattern) if p.is_file()}
    return sorted(p for p in found if "__pycache__" not in p.parts)


def digest_files(files: list[Path], base: Path) -> str:
    """One hash over the names (relative to `base`) and bytes of `files`."""
    h = hashlib.sha256()
    for path in files:
        h.update(str(path.relative_to(base)).encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


CATALOGUE_FOLDER = "catalogue"  # catalogue.FOLDER_NAME, without importing fluent


def shared_inputs_digest(data: Path, sources: Path) -> str:
    """What every report depends on: data, sources (shared and the user's), package code, template, library versions."""
    return _shared_inputs_digest(data, sources, user_sources_dir())


def report_inputs_digest(data: Path, sources: Path) -> str:
    """`shared_inputs_digest` without the catalogue: a report's stamp depends on the text of the
    messages it used only (`catalogue.digest` of the keys its stamp lists)."""
    return _shared_inputs_digest(data, sources, user_sources_dir(), with_catalogue=False)


@lru_cache(maxsize=8)
def _shared_inputs_digest(data: Path, sources: Path, user_sources: Path, with_catalogue: bool = True) -> str:
    versions = {}
    for name in RENDERING_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    parts = {
        "data": digest_files([p for p in _files(data, ("*",))
                              if with_catalogue or p.relative_to(data).parts[0] != CATALOGUE_FOLDER], data),
        "sources": digest_files(_files(sources, ("*.txt",)), sources),
        "user_sources": digest_files(_files(user_sources, ("*.txt",)), user_sources),
        "code": digest_files(_files(PACKAGE_DIR, ("*.py", "*.j2", "*.css", "*.json")), PACKAGE_DIR),
        "versions": versions,
        "python": sys.version_info[:2],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def notebook_digest(notebook: Path) -> str:
    """What of a notebook can reach its report: its metadata and its code and raw cells (source and
    metadata). Markdown cells are notes for its editors, which no report shows (the template drops them)."""
    try:
        nb = json.loads(Path(notebook).read_bytes())
        cells = [[c.get("cell_type"), c.get("source"), c.get("metadata", {})] for c in nb.get("cells", [])
                 if c.get("cell_type") != "markdown"]
        kept = {"metadata": nb.get("metadata", {}), "cells": cells, "nbformat": [nb.get("nbformat"), nb.get("nbformat_minor")]}
    except (ValueError, AttributeError, TypeError):  # not a notebook: its bytes (running it will say why)
        return hashlib.sha256(Path(notebook).read_bytes()).hexdigest()
    return hashlib.sha256(json.dumps(kept, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def report_key(notebook: Path, lang: str, parameters: dict, shared: str | None = None) -> str:
    """The cache key of one report: one notebook in one language with its parameters."""
    if shared is None:
        shared = report_inputs_digest(data_dir(), sources_dir())
    h = hashlib.sha256()
    h.update(notebook_digest(notebook).encode())
    h.update(json.dumps({"lang": lang, "parameters": parameters}, sort_keys=True, default=str).encode())
    h.update(shared.encode())
    return h.hexdigest()


def read_stamp(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def is_fresh(stamp: dict, key: str, outputs: dict[str, Path]) -> bool:
    """True when the stamp was written for `key` and every wanted output exists."""
    built = set(stamp.get("formats", []))
    return stamp.get("key") == key and set(outputs) <= built and all(p.exists() for p in outputs.values())
