"""Bad input gets a clear message, a non-zero exit, and the previous reports stay as they were."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, run_cli

pytestmark = pytest.mark.e2e
TINY = FIXTURES / "notebooks"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A good build of the tiny notebook (HTML and PDF, both languages) to protect."""
    root = tmp_path_factory.mktemp("good")
    env = {"COALITION_NOTEBOOKS": str(TINY), "COALITION_REPORTS": str(root / "reports"), "COALITION_BUILD": str(root / "build")}
    result = run_cli("build", env=env)
    assert result.returncode == 0, result.stderr
    return root, env


@pytest.fixture
def workspace(good, tmp_path):
    """A copy of the good build, of data/ and of the sources, ready to be broken."""
    root, _ = good
    shutil.copytree(root / "reports", tmp_path / "reports")
    shutil.copytree(root / "build", tmp_path / "build")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT.parent / "shared" / "sources", tmp_path / "sources")
    env = {
        "COALITION_NOTEBOOKS": str(TINY),
        "COALITION_REPORTS": str(tmp_path / "reports"),
        "COALITION_BUILD": str(tmp_path / "build"),
        "COALITION_DATA": str(tmp_path / "data"),
        "COALITION_SOURCES": str(tmp_path / "sources"),
    }
    return tmp_path, env, snapshot(tmp_path / "reports")


def edit_csv(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def column(rows, name):
    return rows[0].index(name)


MALFORMED = {
    "missing column": (lambda r: (lambda i: [row.pop(i) for row in r])(column(r, "unit")), ["facts.csv", "unit"]),
    "text in a numeric column": (lambda r: r[3].__setitem__(column(r, "value"), "many"), ["facts.csv, line 4", "'value'", "many"]),
    "unknown source id": (lambda r: r[2].__setitem__(column(r, "source_id"), "S999"), ["facts.csv, line 3", "'source_id'", "S999"]),
    "quote not in its source": (lambda r: r[5].__setitem__(column(r, "quote"), "نص لا يرد في المصدر"), ["facts.csv, line 6", "'quote'"]),
    "duplicate id": (lambda r: r[4].__setitem__(column(r, "fact_id"), r[3][column(r, "fact_id")]), ["facts.csv, line 5", "'fact_id'"]),
}


@pytest.mark.parametrize("case", MALFORMED, ids=list(MALFORMED))
def test_malformed_data_names_file_line_and_column(workspace, case):
    root, env, before = workspace
    change, expected = MALFORMED[case]
    edit_csv(root / "data" / "facts.csv", change)
    result = run_cli("build", "--force", env=env)
    assert result.returncode == 1, result.stderr
    for text in expected:
        assert text in result.stderr, f"{text!r} not in: {result.stderr}"
    assert snapshot(root / "reports") == before
    assert not list((root / "build").glob("*/*.ipynb.tmp*"))


@pytest.mark.parametrize(
    "args, expected, code",
    [
        (["-p", "nosuch=1"], "unknown parameter 'nosuch'", 2),
        (["-p", "fail=perhaps"], "expected true or false", 2),
        (["-p", "pause=soon"], "expected float", 2),
        (["--lang", "fr"], "valid languages are ar, en", 2),
        (["-p", "lang=fr"], "choose languages with --lang", 2),
        (["-p", "fail=true"], "ValueError: failure requested by the test", 1),
    ],
)
def test_bad_parameter_or_failing_notebook(workspace, args, expected, code):
    root, env, before = workspace
    result = run_cli("build", "--force", *args, env=env)
    assert result.returncode == code, result.stderr
    assert expected in result.stderr
    assert snapshot(root / "reports") == before


def test_as_of_before_every_fact_is_refused_before_any_kernel(tmp_path):
    env = {"COALITION_REPORTS": str(tmp_path / "r"), "COALITION_BUILD": str(tmp_path / "b")}
    result = run_cli("build", "--only", "00_overview", "-p", "as_of=1999-01-01", env=env)
    assert result.returncode == 2
    assert "as_of=1999-01-01 is before every fact" in result.stderr
    assert not (tmp_path / "b" / "en").exists()


def test_missing_chromium_still_builds_html_and_says_how_to_get_one(workspace, tmp_path):
    root, env, before = workspace
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**env, "PATH": str(Path(sys.executable).parent), "PLAYWRIGHT_BROWSERS_PATH": str(empty)}
    result = run_cli("build", "--force", "--lang", "en", "-p", "label=renamed", env=env)
    assert result.returncode == 1, result.stderr
    assert "cannot start a browser for the PDF step" in result.stderr
    assert "apt-get install chromium" in result.stderr and "playwright install chromium" in result.stderr
    html = root / "reports" / "en" / "tiny.html"
    assert "renamed chart en" in html.read_text(encoding="utf-8"), "the HTML was not rebuilt"
    assert (root / "reports" / "en" / "tiny.pdf").read_bytes() == before["en/tiny.pdf"], "the old PDF was touched"


def test_two_builds_at_once_wait_for_each_other(workspace):
    root, env, _ = workspace
    command = [sys.executable, "-m", "analysis.cli", "build", "--force", "--format", "html", "-p", "pause=3"]
    import os

    full_env = {**os.environ, **env}
    first = subprocess.Popen(command, cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    second = subprocess.Popen(command, cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out1, err1 = first.communicate(timeout=240)
    out2, err2 = second.communicate(timeout=240)
    assert first.returncode == 0 and second.returncode == 0, err1 + err2
    assert "waiting for another build" in err2
    for lang in ("ar", "en"):
        page = (root / "reports" / lang / "tiny.html").read_text(encoding="utf-8")
        assert page.rstrip().endswith("</html>")
    assert not [p for p in (root / "reports").rglob(".*tmp")]


def test_markup_in_data_is_escaped_and_inert(workspace):
    """A quote holding <script> and an onerror attribute shows as text and runs nothing."""
    from playwright.sync_api import sync_playwright

    from analysis.pdf import CHARTS_DONE, CHROMIUM_ARGS, find_chromium

    root, env, _ = workspace
    evil = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    with (root / "sources" / "002_ae775055e4532064.txt").open("a", encoding="utf-8") as handle:
        handle.write("\n" + evil + "\n")
    def add(rows):
        row = list(rows[1])
        row[column(rows, "fact_id")] = "F999"
        row[column(rows, "value")] = "2"
        row[column(rows, "qualifier")] = "exact"
        row[column(rows, "quote")] = evil
        row[column(rows, "source_id")] = "S002"
        rows.append(row)
    edit_csv(root / "data" / "facts.csv", add)
    env = {**env, "COALITION_NOTEBOOKS": str(ROOT / "notebooks")}
    result = run_cli("build", "--only", "00_overview", "--lang", "en", "--format", "html", env=env)
    assert result.returncode == 0, result.stderr
    page_path = root / "reports" / "en" / "00_overview.html"
    page = page_path.read_text(encoding="utf-8")
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page
    assert '<img src=x onerror=' not in page and "<script>window.pwned" not in page
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        tab = browser.new_page()
        tab.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        tab.goto(page_path.as_uri(), wait_until="load")
        tab.wait_for_function(CHARTS_DONE)
        assert tab.evaluate("window.pwned === undefined")
        assert "window.pwned=1" in tab.inner_text("body")
        browser.close()


def test_read_only_reports_folder_fails_cleanly(workspace, monkeypatch, capsys):
    """Publishing into a folder that refuses writes: named error, exit 1, old reports intact.

    CI runs as root, which chmod cannot stop, so the refusal is made where the
    build writes: every write into reports/ raises PermissionError.
    """
    import os

    from analysis import build as build_module
    from analysis.cli import app
    from typer.testing import CliRunner

    root, env, before = workspace
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    reports = str(root / "reports")
    real_copy = shutil.copyfile

    def refusing_copy(src, dst, *a, **k):
        if str(dst).startswith(reports):
            raise PermissionError(13, "Permission denied", str(dst))
        return real_copy(src, dst, *a, **k)

    monkeypatch.setattr(build_module.shutil, "copyfile", refusing_copy)
    result = CliRunner().invoke(app, ["build", "--force", "--lang", "en", "--format", "html", "--jobs", "1"])
    assert result.exit_code == 1
    assert f"cannot write {reports}/en/tiny.html: Permission denied" in result.output
    assert snapshot(root / "reports") == before
    assert os.path.exists(root / "build" / "en" / "tiny.html"), "the staged report was lost"


def test_a_chart_wider_than_the_page_is_refused_before_printing(workspace):
    root, env, before = workspace
    result = run_cli("build", "--force", "--lang", "en", "-p", "wide=true", env=env)
    assert result.returncode == 1
    assert "chart chart-1 spans" in result.stderr and "the printable width is 680 px" in result.stderr
    assert (root / "reports" / "en" / "tiny.pdf").read_bytes() == before["en/tiny.pdf"]
