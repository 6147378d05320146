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
    assert squash(t("overview.chart_title", lang)) in text
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
