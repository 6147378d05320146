"""Bad input gets a clear message, a non-zero exit, and the previous reports stay as they were."""

from __future__ import annotations

import csv
import os
import signal
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


def test_malformed_data_names_file_line_and_column(workspace):
    """One bad data file through the real command, for the wiring: exit 1, file, line and column named,
    every previous report kept. Each kind of malformed data is checked in-process in tests/test_data.py."""
    root, env, before = workspace
    edit_csv(root / "data" / "facts.csv", lambda r: r[5].__setitem__(column(r, "quote"), "نص لا يرد في المصدر"))
    result = run_cli("build", "--force", env=env)
    assert result.returncode == 1, result.stderr
    for text in ["facts.csv, line 6", "'quote'", "quote not found in source"]:
        assert text in result.stderr, f"{text!r} not in: {result.stderr}"
    assert "Traceback" not in result.stderr
    assert snapshot(root / "reports") == before
    assert not list((root / "build").glob("*/*.ipynb.tmp*"))


def test_a_bad_parameter_exits_2_and_publishes_nothing(workspace):
    """The real command, for the wiring; every other bad parameter is checked in-process in tests/test_cli.py."""
    root, env, before = workspace
    result = run_cli("build", "--force", "-p", "nosuch=1", env=env)
    assert result.returncode == 2, result.stderr
    assert "unknown parameter 'nosuch'" in result.stderr and "valid parameters:" in result.stderr
    assert snapshot(root / "reports") == before


def test_a_failing_notebook_exits_1_keeps_every_previous_file_and_its_traceback(workspace):
    import nbformat

    root, env, before = workspace
    result = run_cli("build", "--force", "--lang", "en", "-p", "fail=true", env=env)
    assert result.returncode == 1, result.stderr
    assert "tiny.ipynb [en]: cell" in result.stderr and "ValueError: failure requested by the test" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(root / "reports") == before
    assert not [p for p in (root / "reports").rglob(".*")], "a temporary file was left behind"
    executed = nbformat.read(str(root / "build" / "en" / "tiny.ipynb"), as_version=4)
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert [(e.ename, e.evalue) for e in errors] == [("ValueError", "failure requested by the test")]
    assert errors[0].traceback, "the executed copy holds no traceback"


def test_missing_chromium_is_found_before_any_kernel_and_publishes_nothing(workspace, tmp_path):
    root, env, before = workspace
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**env, "PATH": str(Path(sys.executable).parent), "PLAYWRIGHT_BROWSERS_PATH": str(empty)}
    executed = root / "build" / "en" / "tiny.ipynb"
    stamp = executed.stat().st_mtime_ns
    result = run_cli("build", "--force", "--lang", "en", "-p", "label=renamed", env=env)
    assert result.returncode == 1, result.stderr
    assert "cannot start a browser for the PDF step" in result.stderr
    assert "apt-get install chromium" in result.stderr and "playwright install chromium" in result.stderr
    assert executed.stat().st_mtime_ns == stamp, "a kernel ran before the browser was found"
    assert snapshot(root / "reports") == before, "a report was published without its PDF"


def test_a_browser_that_crashes_is_restarted_once_and_every_pdf_printed(workspace, tmp_path):
    """The browser dies while printing the first report: it is started again and both reports publish."""
    root, env, before = workspace
    flag = tmp_path / "crashed-once"
    crashy = tmp_path / "crashy-chromium"
    crashy.write_text(
        "#!/bin/sh\n"
        f'if [ ! -e "{flag}" ]; then touch "{flag}"; ( sleep 1; kill -9 $$ ) & fi\n'
        f'exec "{find_chromium_path()}" "$@"\n'
    )
    crashy.chmod(0o755)
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="ct", dir="/tmp"))  # short: Chromium's socket path is limited
    try:
        result = run_cli("build", "--force", "-p", "label=after crash",
                         env={**env, "COALITION_CHROMIUM": str(crashy), "TMPDIR": str(tmp)})
        assert result.returncode == 0, result.stderr
        assert list(tmp.iterdir()) == [], "the crashed browser's files were left"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    assert flag.exists()
    assert "starting it again" in result.stderr
    for lang in ("ar", "en"):
        assert (root / "reports" / lang / "tiny.pdf").read_bytes() != before[f"{lang}/tiny.pdf"]
        assert "after crash" in (root / "reports" / lang / "tiny.html").read_text(encoding="utf-8")


def find_chromium_path() -> str:
    from analysis.pdf import find_chromium

    return find_chromium() or "chromium"


def test_two_builds_at_once_wait_for_each_other(workspace):
    root, env, _ = workspace
    command = [sys.executable, "-m", "analysis.cli", "build", "--force", "--lang", "en", "--format", "html", "-p", "pause=3"]
    import os

    full_env = {**os.environ, **env}
    first = subprocess.Popen(command, cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    second = subprocess.Popen(command, cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out1, err1 = first.communicate(timeout=240)
    out2, err2 = second.communicate(timeout=240)
    assert first.returncode == 0 and second.returncode == 0, err1 + err2
    assert "waiting for another build" in err2
    page = (root / "reports" / "en" / "tiny.html").read_text(encoding="utf-8")
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
    result = run_cli("build", "--only", "08_annex_method", "--lang", "en", "--format", "html", env=env)
    assert result.returncode == 0, result.stderr
    page_path = root / "reports" / "en" / "08_annex_method.html"
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


def test_a_chart_wider_than_the_page_is_refused_and_every_previous_file_kept(workspace):
    """A chart too wide for the page fails the print: HTML, PDF and chart files all stay as they were."""
    root, env, before = workspace
    result = run_cli("build", "--force", "--lang", "en", "-p", "wide=true", "-p", "label=wider", env=env)
    assert result.returncode == 1
    assert "chart chart-1 spans" in result.stderr and "the printable width is 695 px" in result.stderr
    assert "1 failed" in result.stderr
    assert snapshot(root / "reports") == before


# ----------------------------------------------------------------------------- a build that is stopped


def _marked(marker: str) -> list[str]:
    """Command lines of live processes that carry `marker` in their environment (started by that build)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if marker.encode() in (proc / "environ").read_bytes():
                    state = (proc / "stat").read_bytes().rsplit(b")", 1)[1].split()[0]
                    if state != b"Z":
                        found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
            except OSError:
                pass
    return found


def _wait_for_kernel(marker: str, proc, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if any("ipykernel" in c for c in _marked(marker)):
            time.sleep(2)  # the kernel is in the pausing cell
            return
        assert proc.poll() is None, "the build ended before its kernel started"
        time.sleep(0.2)
    raise AssertionError("no kernel started")


def _leftovers(marker: str, tmp: Path, settle: float = 3.0) -> tuple[list[str], list[str]]:
    deadline = time.monotonic() + settle
    while time.monotonic() < deadline and _marked(marker):
        time.sleep(0.1)
    return _marked(marker), sorted(p.name for p in tmp.iterdir())


@pytest.fixture
def stoppable(workspace, tmp_path):
    """The workspace, with a private TMPDIR and a marker that every process of the build inherits."""
    root, env, before = workspace
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    marker = f"COALITION_TEST_{os.getpid()}_{time.monotonic_ns()}"
    env = {**os.environ, **env, "TMPDIR": str(tmp), marker: "1"}
    return root, env, before, tmp, marker


# SIGTERM and SIGHUP take the same path as SIGINT in the build (tests/test_lifecycle.py::test_guard_turns_a_signal_into_interrupted)
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=lambda s: s.name)
def test_a_stopped_build_leaves_no_process_no_temporary_folder_and_the_reports(stoppable, sig):
    root, env, before, tmp, marker = stoppable
    command = [sys.executable, "-m", "analysis.cli", "build", "--force", "-p", "pause=1000", "-p", "label=never"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_kernel(marker, proc)
        sent = time.monotonic()
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == {signal.SIGKILL: -9, signal.SIGTERM: 143, signal.SIGHUP: 129, signal.SIGINT: 130}[sig], err
    if sig != signal.SIGKILL:
        assert "interrupted" in err and "published: nothing" in err, err
        assert "not published (previous files kept): tiny [ar], tiny [en]" in err, err
        assert "Traceback" not in err
        assert took < 10, f"{took:.1f} s from the signal to the exit"
    left, temporary = _leftovers(marker, tmp)
    assert left == [], left
    assert [name for name in temporary if name.startswith("coalition-")] == [], temporary
    assert snapshot(root / "reports") == before
    if sig == signal.SIGKILL:  # the next build cleans what a killed one could not, and builds
        again = subprocess.run([sys.executable, "-m", "analysis.cli", "build", "--lang", "en", "--format", "html"],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
        assert again.returncode == 0, again.stderr
        assert _leftovers(marker, tmp)[0] == []


def test_a_hanging_cell_times_out_names_the_cell_and_the_next_notebook_builds(stoppable):
    """With one worker, the notebook after the hanging one runs in a fresh kernel.

    The timeout leaves room for importing plotly on a loaded machine (the next notebook runs under it too).
    """
    root, env, before, tmp, marker = stoppable
    import json

    notebooks = root / "notebooks"
    notebooks.mkdir()
    nb = json.loads((TINY / "tiny.ipynb").read_text(encoding="utf-8"))
    (notebooks / "b_tiny.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    nb["cells"].insert(1, {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                           "source": "import time\ntime.sleep(100000)"})
    (notebooks / "a_hang.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    env = {**env, "COALITION_NOTEBOOKS": str(notebooks)}
    result = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "build", "--only", "a_hang", "--only", "b_tiny", "--lang", "en",
         "--format", "html", "--jobs", "1", "--cell-timeout", "15"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )
    assert result.returncode == 1, result.stderr
    assert "a_hang.ipynb [en]: cell 2 (import time) did not finish within 15 s (--cell-timeout)" in result.stderr
    assert "its kernel was interrupted and replaced" in result.stderr
    assert "1 built, 0 up to date, 1 failed" in result.stderr
    assert (root / "reports" / "en" / "b_tiny.html").exists()
    assert not (root / "reports" / "en" / "a_hang.html").exists()
    left, temporary = _leftovers(marker, tmp)
    assert left == [] and [n for n in temporary if n.startswith("coalition-")] == []
