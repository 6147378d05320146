"""Time `coalition-reports build` against the naive pipeline a user would write (`make bench`).

On the same notebooks and parameters, alternately and several times each:
  naive     for each notebook and language: `papermill`, `jupyter nbconvert --to html`,
            `jupyter nbconvert --to webpdf` (if webpdf finds no browser, the project's
            PDF step run as its own process per file, and the output says so);
  cold      `coalition-reports build --force`;
  nochange  `coalition-reports build` with nothing changed;
  touch     `coalition-reports build` after editing one notebook (its metadata), which
            must rebuild that notebook's outputs and nothing else.
Medians, the ratio naive/cold and the files each run rewrote go to stdout and to
benchmarks/results/bench.json. Everything runs in a temporary folder: the repo's
notebooks and reports are not touched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LANGS = ("ar", "en")


def run(cmd: list[str], env: dict, cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    done = subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(map(str, cmd))}\n{done.stderr[-2000:]}")
    return time.perf_counter() - start


def webpdf_works(html_nb: Path, env: dict) -> bool:
    done = subprocess.run([BIN / "jupyter", "nbconvert", "--to", "webpdf", str(html_nb), "--output-dir", str(html_nb.parent)],
                          env=env, capture_output=True, text=True)
    return done.returncode == 0


# What nbconvert's webpdf does, pointed at the system Chromium: a browser per file, load, print A4.
PDF_STEP = (
    "import sys; from pathlib import Path; from playwright.sync_api import sync_playwright\n"
    "from analysis.pdf import CHROMIUM_ARGS, find_chromium\n"
    "with sync_playwright() as p:\n"
    "    b = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS); page = b.new_page()\n"
    "    page.goto(Path(sys.argv[1]).resolve().as_uri(), wait_until='load'); page.pdf(path=sys.argv[2], format='A4'); b.close()"
)


def naive(notebooks: list[Path], work: Path, env: dict, use_webpdf: bool) -> float:
    out = work / "naive"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    start = time.perf_counter()
    for nb in notebooks:
        for lang in LANGS:
            executed = out / f"{nb.stem}-{lang}.ipynb"
            run([BIN / "papermill", nb, executed, "-p", "lang", lang, "-k", "python3", "--cwd", nb.parent], env)
            run([BIN / "jupyter", "nbconvert", "--to", "html", executed, "--output-dir", out], env)
            if use_webpdf:
                run([BIN / "jupyter", "nbconvert", "--to", "webpdf", executed, "--output-dir", out], env)
            else:
                run([sys.executable, "-c", PDF_STEP, executed.with_suffix(".html"), executed.with_suffix(".pdf")], env)
    return time.perf_counter() - start


def snapshot(reports: Path) -> dict[str, int]:
    return {str(p.relative_to(reports)): p.stat().st_mtime_ns for p in reports.rglob("*") if p.is_file()}


def rewritten(before: dict[str, int], after: dict[str, int]) -> list[str]:
    return sorted(k for k, v in after.items() if before.get(k) != v)


def touch(notebook: Path, n: int) -> None:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    nb["metadata"]["bench_touch"] = n
    notebook.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", action="append", help="notebook name (repeatable); default: all")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "bench.json")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="coalition-bench-"))
    nb_dir = work / "notebooks"
    shutil.copytree(ROOT / "notebooks", nb_dir)
    shutil.copytree(ROOT / "data", work / "data")  # a snapshot: edits made while it runs do not count
    notebooks = sorted(p for p in nb_dir.glob("*.ipynb") if not args.only or p.stem in args.only)
    reports, build = work / "reports", work / "build"
    env = {**os.environ, "COALITION_NOTEBOOKS": str(nb_dir), "COALITION_DATA": str(work / "data"),
           "COALITION_REPORTS": str(reports), "COALITION_BUILD": str(build)}
    ours = [BIN / "coalition-reports", "build"] + [a for name in (args.only or []) for a in ("--only", name)]

    probe = work / "probe"
    probe.mkdir()
    run([BIN / "papermill", notebooks[0], probe / "p.ipynb", "-p", "lang", "en", "-k", "python3", "--cwd", nb_dir], env)
    use_webpdf = webpdf_works(probe / "p.ipynb", env)
    pdf_note = "jupyter nbconvert --to webpdf" if use_webpdf else (
        "webpdf's steps (launch Chromium, load, print A4) pointed at the system Chromium, one process and one "
        "browser per file: nbconvert's webpdf found no browser (it launches Playwright's own Chromium)")
    print(f"{len(notebooks)} notebooks x {len(LANGS)} languages, {args.runs} runs each; naive PDF: {pdf_note}", flush=True)

    times: dict[str, list[float]] = {"naive": [], "cold": [], "nochange": [], "touch": []}
    touched_outputs: list[list[str]] = []
    for i in range(args.runs):
        times["naive"].append(naive(notebooks, work, env, use_webpdf))
        times["cold"].append(run(ours + ["--force"], env))
        times["nochange"].append(run(ours, env))
        before = snapshot(reports)
        touch(notebooks[0], i)
        times["touch"].append(run(ours, env))
        touched_outputs.append(rewritten(before, snapshot(reports)))
        print(f"run {i + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()), flush=True)

    medians = {k: statistics.median(v) for k, v in times.items()}
    # An edited chapter rebuilds its reports and charts, the full reports that contain it, and the index.
    touched = notebooks[0].stem
    expected_prefixes = tuple(f"{lang}/{p}" for lang in LANGS for p in (f"{touched}.", f"charts/{touched}-", "full."))
    ok = lambda files: bool(files) and all(f == "index.html" or f.startswith(expected_prefixes) for f in files) and all(
        any(f.startswith(f"{lang}/{touched}.{fmt}") for f in files) for lang in LANGS for fmt in ("html", "pdf"))
    result = {
        "notebooks": [p.stem for p in notebooks],
        "languages": list(LANGS),
        "runs": args.runs,
        "cpu_count": os.cpu_count(),
        "naive_pdf_step": pdf_note,
        "seconds": times,
        "median_seconds": medians,
        "ratio_naive_over_cold": medians["naive"] / medians["cold"],
        "touched_notebook": notebooks[0].stem,
        "files_rewritten_after_touch": touched_outputs[-1],
        "touch_rebuilt_only_that_notebook": all(ok(t) for t in touched_outputs),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("\nmedians (s): " + ", ".join(f"{k} {v:.2f}" for k, v in medians.items()))
    print(f"naive / cold build: {result['ratio_naive_over_cold']:.1f}x (target: at least 5x)")
    print(f"no-change build: {medians['nochange']:.2f} s (target: under 0.5 s)")
    print(f"after editing {notebooks[0].name}, rewritten: {', '.join(touched_outputs[-1])}"
          f" -> {'that notebook, its charts and the full reports that contain it' if result['touch_rebuilt_only_that_notebook'] else 'OTHER REPORTS TOO'}")
    print(f"written: {args.output}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
