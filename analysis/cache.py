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


def shared_inputs_digest(data: Path, sources: Path) -> str:
    """What every report depends on: data, sources (shared and the user's), package code, template, library versions."""
    return _shared_inputs_digest(data, sources, user_sources_dir())


@lru_cache(maxsize=4)
def _shared_inputs_digest(data: Path, sources: Path, user_sources: Path) -> str:
    versions = {}
    for name in RENDERING_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    parts = {
        "data": digest_files(_files(data, ("*",)), data),
        "sources": digest_files(_files(sources, ("*.txt",)), sources),
        "user_sources": digest_files(_files(user_sources, ("*.txt",)), user_sources),
        "code": digest_files(_files(PACKAGE_DIR, ("*.py", "*.j2", "*.css", "*.json")), PACKAGE_DIR),
        "versions": versions,
        "python": sys.version_info[:2],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def report_key(notebook: Path, lang: str, parameters: dict, shared: str | None = None) -> str:
    """The cache key of one report: one notebook in one language with its parameters."""
    if shared is None:
        shared = shared_inputs_digest(data_dir(), sources_dir())
    h = hashlib.sha256()
    h.update(Path(notebook).read_bytes())
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
