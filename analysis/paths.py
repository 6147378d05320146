"""Where things live: the project root, its data, its notebooks and outputs.

Every path can be moved with an environment variable, which the tests use to
build into temporary folders.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).resolve() if value else default


def data_dir() -> Path:
    """Tidy CSV files, one table a file (`COALITION_DATA`)."""
    return _env_path("COALITION_DATA", ROOT / "data")


def sources_dir() -> Path:
    """The five Arabic source texts, kept outside the repo (`COALITION_SOURCES`)."""
    return _env_path("COALITION_SOURCES", ROOT.parent / "shared" / "sources")


def user_sources_dir() -> Path:
    """Sources added with `coalition-reports sources add` (`COALITION_USER_SOURCES`).

    Defaults to `../sources/` beside the project, outside the repository like the shared
    folder: sources are cited and quoted, not republished.
    """
    return _env_path("COALITION_USER_SOURCES", ROOT.parent / "sources")


def sources_dirs() -> tuple[Path, ...]:
    """Where a source's file is looked for, in order: the shared sources, then the user's."""
    return (sources_dir(), user_sources_dir())


def notebooks_dir() -> Path:
    """Parameterized notebooks (`COALITION_NOTEBOOKS`)."""
    return _env_path("COALITION_NOTEBOOKS", ROOT / "notebooks")


def reports_dir() -> Path:
    """Generated reports only (`COALITION_REPORTS`)."""
    return _env_path("COALITION_REPORTS", ROOT / "reports")


def build_dir() -> Path:
    """Executed notebooks, cache stamps and the build lock (`COALITION_BUILD`)."""
    return _env_path("COALITION_BUILD", ROOT / "build")


PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
