"""Shared fixtures: builds go to temporary folders, never to the project's reports/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dataclasses import dataclass

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EPOCH = "1790000000"  # a fixed build date (SOURCE_DATE_EPOCH), as a release build would set it


@pytest.fixture
def out_dirs(tmp_path, monkeypatch):
    """COALITION_REPORTS and COALITION_BUILD pointed at tmp_path."""
    reports, build = tmp_path / "reports", tmp_path / "build"
    monkeypatch.setenv("COALITION_REPORTS", str(reports))
    monkeypatch.setenv("COALITION_BUILD", str(build))
    return reports, build


def run_cli(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `coalition-reports ARGS` as a user would, in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "analysis.cli", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@dataclass(frozen=True)
class Built:
    """A finished `coalition-reports build`: its reports/ and build/ folders and the environment it ran in."""

    reports: Path
    build: Path
    env: dict


def build_into(root: Path, *args: str) -> Built:
    """`coalition-reports build ARGS` into ROOT/reports and ROOT/build, with the fixed build date."""
    env = {"COALITION_REPORTS": str(root / "reports"), "COALITION_BUILD": str(root / "build"), "SOURCE_DATE_EPOCH": EPOCH}
    result = run_cli("build", *args, env=env, timeout=1200)
    assert result.returncode == 0, result.stderr[-3000:]
    return Built(root / "reports", root / "build", env)


@pytest.fixture(scope="session")
def full_build(tmp_path_factory) -> Built:
    """Every report (each chapter and the full report, HTML and PDF, Arabic and English), built once per run.

    The end-to-end tests that read a build's output share it; they read it and never change it
    (a build with nothing to do leaves every report as it was).
    """
    return build_into(tmp_path_factory.mktemp("shared-build"))


def copy_catalogue(src: Path, dst: Path) -> None:
    """Copy the catalogue folder `src` to `dst`, and let the copy share `src`'s parsed catalogue.

    Parsing both .ftl files takes a third of a second, and a dozen unit tests copy data/ to
    break it: the copy holds the same bytes with the same modification times (copytree keeps
    them), so it is what a second parse would give. The cache is keyed by folder, mtime and
    size (as `analysis.catalogue._load` keys it): a test that edits the copy gets it parsed anew.
    """
    import shutil

    from analysis import catalogue
    from analysis.i18n import LANGS

    shutil.copytree(src, dst)
    parsed = catalogue._load(src)
    key = [str(dst)] + [((dst / f"{lang}.ftl").stat().st_mtime_ns, (dst / f"{lang}.ftl").stat().st_size) for lang in LANGS]
    catalogue._CACHE[tuple(key)] = parsed


@pytest.fixture(autouse=True)
def _every_source_named_in_full_outside_a_chapter():
    """An `Edition` made in one test starts a chapter's first-mention memory; the next test starts clean."""
    yield
    from analysis import periods

    periods.stop_chapter()
