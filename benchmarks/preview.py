"""Save-to-reload time of `coalition-reports preview`, and the same edit through `build` (not a test).

In a temporary copy of the notebooks (the repo is not touched):
  reload  `coalition-reports preview NAME --lang LANG` serves the chapter; a headless Chromium
          opens it; the chapter's notebook is saved with an edit (a code cell); the time
          from the save to the page's `load` event after it reloads. Several times; median.
  stop    Ctrl-C (SIGINT) to the preview: its exit code, and whether any of its children
          (kernel, browser) is left.
  build   the same edit, then `coalition-reports build --only NAME --lang LANG` (HTML and PDF),
          after a first build that fills the cache.

    .venv/bin/python benchmarks/preview.py [--name 04_isis_today] [--lang en] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def edit(notebook: Path, n: int) -> None:
    """Save the notebook with a code cell changed (a comment on its last line), as an editor's save in Lab would.

    A code cell, not a markdown note: notes never reach a report, so `build` rightly skips a note's edit.
    """
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    cell = [c for c in nb["cells"] if c["cell_type"] == "code"][-1]
    text = "".join(cell["source"]).split("\n# edit", 1)[0]
    cell["source"] = f"{text}\n# edit {n}"
    notebook.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def version(url: str) -> int:
    try:
        return int(urllib.request.urlopen(f"{url}/__version", timeout=2).read())
    except OSError:
        return -1


def children(pid: int) -> list[int]:
    import psutil

    try:
        return [p.pid for p in psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", default="04_isis_today")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    import psutil

    tmp = Path(tempfile.mkdtemp(prefix="coalition-preview-bench-"))
    notebooks = tmp / "notebooks"
    shutil.copytree(ROOT / "notebooks", notebooks)
    env = {**os.environ, "COALITION_NOTEBOOKS": str(notebooks), "COALITION_BUILD": str(tmp / "build"),
           "COALITION_REPORTS": str(tmp / "reports"), "SOURCE_DATE_EPOCH": "1790000000"}
    notebook = notebooks / f"{args.name}.ipynb"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([str(BIN / "coalition-reports"), "preview", args.name, "--lang", args.lang, "--port", str(port)],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    results: dict = {"name": args.name, "lang": args.lang}
    try:
        start = time.perf_counter()
        while version(url) < 1:
            if proc.poll() is not None:
                sys.exit(f"preview exited: {proc.stderr.read()}")
            time.sleep(0.1)
        results["first_page_s"] = round(time.perf_counter() - start, 2)
        time.sleep(4)  # let the first PDF print: the measured saves start from an idle preview
        reloads = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"], headless=True)
            page = browser.new_page()
            page.goto(f"{url}/{args.lang}/{args.name}.html", wait_until="load")
            time.sleep(1)
            for n in range(1, args.runs + 1):
                with page.expect_event("load", timeout=60_000):
                    t0 = time.perf_counter()
                    edit(notebook, n)
                reloads.append(time.perf_counter() - t0)
                time.sleep(4)  # the PDF prints after the page reloads
            browser.close()
        results["save_to_reload_s"] = [round(r, 2) for r in reloads]
        results["save_to_reload_median_s"] = round(statistics.median(reloads), 2)
        kids = children(proc.pid)
        results["children_while_running"] = len(kids)
        proc.send_signal(signal.SIGINT)
        results["exit_code"] = proc.wait(timeout=30)
        time.sleep(0.5)
        results["children_left"] = [k for k in kids if psutil.pid_exists(k) and psutil.Process(k).status() != "zombie"]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # the same edit through the build: one chapter, one language, HTML and PDF
    build = [str(BIN / "coalition-reports"), "build", "--only", args.name, "--lang", args.lang]
    subprocess.run(build, cwd=ROOT, env=env, capture_output=True, check=True)
    builds = []
    for n in range(args.runs):
        edit(notebook, 99 + n)
        t0 = time.perf_counter()
        subprocess.run(build, cwd=ROOT, env=env, capture_output=True, check=True)
        builds.append(time.perf_counter() - t0)
    results["build_one_chapter_after_edit_s"] = [round(b, 2) for b in builds]
    results["build_one_chapter_after_edit_median_s"] = round(statistics.median(builds), 2)
    shutil.rmtree(tmp, ignore_errors=True)
    results["preview_log"] = [line for line in proc.stderr.read().splitlines() if line.startswith(("html", "pdf"))]
    results["load_average"] = os.getloadavg()
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
