"""End to end: `coalition-reports build` as a user runs it, checked in a browser and in the PDF."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader

from analysis.catalogue import t
from analysis.pdf import CHARTS_DONE, CHROMIUM_ARGS, find_chromium
from conftest import run_cli

pytestmark = pytest.mark.e2e

TEXT_ELEMENTS = "h1, h2, p, li, table, .caption"


def squash(text: str) -> str:
    """Compare PDF text ignoring presentation forms and spacing (Arabic is shaped in the PDF)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def inspect_offline(html_path) -> dict:
    """Open a report with every non-file request refused; report what went wrong and what is drawn."""
    from playwright.sync_api import sync_playwright

    failed, errors, remote = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page()

        def route(r):
            if r.request.url.startswith(("file:", "data:", "blob:", "about:")):
                r.continue_()
            else:
                remote.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(html_path.as_uri(), wait_until="load")
        page.wait_for_function(CHARTS_DONE, timeout=60_000)
        info = page.evaluate(
            """(sel) => ({
                svgs: document.querySelectorAll('.chart .main-svg').length,
                failedCharts: window.coalitionCharts ? window.coalitionCharts.failed : -1,
                textDirections: [...document.querySelectorAll(sel)].map(e => getComputedStyle(e).direction),
                chartDirections: [...document.querySelectorAll('.chart')].map(e => getComputedStyle(e).direction),
                bodyDirection: getComputedStyle(document.body).direction,
                lang: document.documentElement.lang,
            })""",
            TEXT_ELEMENTS,
        )
        browser.close()
    return {**info, "failed": failed, "errors": errors, "remote": remote}


@pytest.fixture(scope="module")
def built(full_build):
    """The session's shared build (conftest.full_build): the tests read its method annex, which holds the chart of every figure."""
    return full_build.reports, full_build.env


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_loads_offline_with_a_drawn_chart(built, lang):
    reports, _ = built
    info = inspect_offline(reports / lang / "08_annex_method.html")
    assert info["remote"] == [] and info["failed"] == [] and info["errors"] == []
    assert info["svgs"] >= 1 and info["failedCharts"] == 0
    assert info["lang"] == lang
    expected = "rtl" if lang == "ar" else "ltr"
    assert info["textDirections"] and set(info["textDirections"]) == {expected}
    assert set(info["chartDirections"]) == {"ltr"} and info["bodyDirection"] == "ltr"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pdf_is_a4_and_holds_the_chart_title(built, lang):
    reports, _ = built
    reader = PdfReader(reports / lang / "08_annex_method.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = squash("".join(page.extract_text() for page in reader.pages))
    from analysis import data
    from analysis.charts.overview import overview_title

    title = overview_title(data.facts(), lang)  # computed from the rows; its first words, as digits may move in Arabic
    assert squash(" ".join(title.split()[:4])) in text, title
    words = t("ui.page_of", lang, page=" ", total=" ").split()
    for page in reader.pages:  # text extraction may reorder digits around Arabic words: check the parts
        footer = squash(page.extract_text())
        assert all(word in footer for word in words) and str(len(reader.pages)) in footer


def test_pages_share_one_copy_of_plotly_js_beside_them(built):
    reports, _ = built
    shared = reports / "assets" / "plotly.min.js"
    assert shared.read_text(encoding="utf-8").lstrip().startswith("/**") and "plotly.js v" in shared.read_text(encoding="utf-8")[:400]
    pages = sorted(reports.glob("*/*.html"))
    with_charts = [p for p in pages if 'class="plotly-graph-div"' in p.read_text(encoding="utf-8")]
    assert with_charts and len(with_charts) < len(pages)  # the method chapter draws no chart
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "plotly.js v" not in text and page.stat().st_size < 500_000, f"{page} carries plotly.js"
        loads = '<script src="../assets/plotly.min.js"></script>' in text
        assert loads == (page in with_charts), f"{page}: loads plotly.js {'without' if loads else 'for'} its charts"


def test_self_contained_build_inlines_plotly_js_and_loads_offline(tmp_path):
    env = {"COALITION_REPORTS": str(tmp_path / "reports"), "COALITION_BUILD": str(tmp_path / "build")}
    result = run_cli("build", "--only", "08_annex_method", "--lang", "en", "--format", "html", "--self-contained", env=env)
    assert result.returncode == 0, result.stderr
    page = tmp_path / "reports" / "en" / "08_annex_method.html"
    assert "plotly.js v" in page.read_text(encoding="utf-8") and not (tmp_path / "reports" / "assets").exists()
    alone = tmp_path / "mailed" / "report.html"  # a single file, nothing beside it
    alone.parent.mkdir()
    alone.write_bytes(page.read_bytes())
    info = inspect_offline(alone)
    assert info["remote"] == [] and info["failed"] == [] and info["errors"] == [] and info["svgs"] >= 1


def test_index_links_both_editions(built):
    reports, _ = built
    page = (reports / "index.html").read_text(encoding="utf-8")
    for rel in ("ar/08_annex_method.html", "ar/08_annex_method.pdf", "en/08_annex_method.html", "en/08_annex_method.pdf"):
        assert f'href="{rel}"' in page


def test_second_build_with_no_change_rebuilds_nothing(built):
    reports, env = built
    before = {p: p.stat().st_mtime_ns for p in reports.rglob("*.*") if p.name != "index.html"}
    result = run_cli("build", "--only", "08_annex_method", env=env)
    assert result.returncode == 0, result.stderr
    assert "0 built, 2 up to date" in result.stdout
    assert {p: p.stat().st_mtime_ns for p in before} == before


# Bad parameters (exit 2, the valid ones named, no kernel started) are checked in-process in
# tests/test_cli.py; tests/test_reliability.py keeps one run of the real command per kind of failure,
# a failing notebook among them.


def test_the_printing_page_lays_a_report_out_as_a_reader_sees_it(built):
    """Writing a report into the printer's page (plotly.js loaded once) changes nothing on screen."""
    from playwright.sync_api import sync_playwright

    from analysis.pdf import PRINTABLE_HEIGHT_PX, PRINTABLE_WIDTH_PX, PdfPrinter

    reports, _ = built
    viewport = {"width": PRINTABLE_WIDTH_PX, "height": PRINTABLE_HEIGHT_PX}
    shots = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        for lang in ("ar", "en"):
            page = browser.new_page(viewport=viewport)
            page.goto((reports / lang / "08_annex_method.html").as_uri(), wait_until="load")
            page.wait_for_function(CHARTS_DONE)
            shots[lang] = page.screenshot(full_page=True)
        browser.close()
    with PdfPrinter() as printer:
        for lang in ("en", "ar", "en"):  # the second English render follows another report in the same page
            rendered = printer.render(reports / lang / "08_annex_method.html").screenshot(full_page=True)
            assert rendered == shots[lang], f"{lang}: the printing page differs from the report"


def _words_notebook(path, key: str) -> None:
    """A chapter that shows one catalogue message."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    nb = new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    nb.cells = [new_code_cell('lang: str = "en"  # ar | en', metadata={"tags": ["parameters"]}),
                new_code_cell(f"from IPython.display import HTML, display\nfrom analysis.catalogue import t\n"
                              f"display(HTML('<p>' + t({key!r}, lang) + '</p>'))")]
    nbformat.write(nb, str(path))


def test_a_catalogue_edit_rebuilds_only_the_reports_that_use_the_message(tmp_path):
    import re
    import shutil
    from pathlib import Path

    from conftest import ROOT

    notebooks, data = tmp_path / "notebooks", tmp_path / "data"
    notebooks.mkdir()
    shutil.copytree(ROOT / "data", data)
    _words_notebook(notebooks / "a_first.ipynb", "attacks.axis_rate")
    _words_notebook(notebooks / "b_second.ipynb", "attacks.axis_stated")
    env = {"COALITION_NOTEBOOKS": str(notebooks), "COALITION_DATA": str(data), "SOURCE_DATE_EPOCH": "1790000000",
           "COALITION_REPORTS": str(tmp_path / "reports"), "COALITION_BUILD": str(tmp_path / "build")}
    first = run_cli("build", "--format", "html", env=env)
    assert first.returncode == 0, first.stderr
    assert "6 built" in first.stdout  # two chapters and the full report, in two languages

    def edit(message: str, lang: str) -> None:
        path = data / "catalogue" / f"{lang}.ftl"
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(rf"^({message} = .*)$", r"\1 (edited)", text, count=1, flags=re.M), encoding="utf-8")

    edit("attacks-axis_rate", "en")  # used by the first chapter only, and only its English report reads English
    second = run_cli("build", "--format", "html", env=env)
    assert second.returncode == 0, second.stderr
    assert "2 built, 4 up to date" in second.stdout
    reports = tmp_path / "reports"
    wrote = [line.split()[1] for line in second.stderr.splitlines() if line.startswith("wrote ") and "index.html" not in line]
    assert sorted(Path(w).relative_to(reports).as_posix() for w in wrote) == ["en/a_first.html", "en/full.html"]
    assert "Per month (derived) (edited)" in (reports / "en" / "a_first.html").read_text(encoding="utf-8")
    assert "Per month (derived) (edited)" in (reports / "en" / "full.html").read_text(encoding="utf-8")

    edit("attacks-chart_rate", "en")  # no report uses it
    edit("attacks-chart_rate", "ar")
    third = run_cli("build", "--format", "html", env=env)
    assert third.returncode == 0, third.stderr
    assert "0 built, 6 up to date" in third.stdout
