"""Shared fixtures: builds go to temporary folders, never to the project's reports/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


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
