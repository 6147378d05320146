"""The whole build: every chapter and the full report, in both languages, twice."""

from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader

from analysis.catalogue import t
from analysis.notebooks import discover
from conftest import run_cli

pytestmark = pytest.mark.e2e
EPOCH = "1732406400"  # a fixed build date, as a release build would set it


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    roots = []
    for n in (1, 2):
        root = tmp_path_factory.mktemp(f"full{n}")
        env = {"COALITION_REPORTS": str(root / "reports"), "COALITION_BUILD": str(root / "build"), "SOURCE_DATE_EPOCH": EPOCH}
        result = run_cli("build", env=env, timeout=900)
        assert result.returncode == 0, result.stderr[-3000:]
        roots.append(root / "reports")
    return roots


def outline_titles(reader) -> list[str]:
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_full_pdf_outline_holds_every_chapter(two_builds, lang):
    reader = PdfReader(two_builds[0] / lang / "full.pdf")
    titles = outline_titles(reader)
    for nb in discover():
        assert t(nb.title_key, lang) in titles, f"{nb.name} missing from the outline"
    assert t("full.contents", lang) in titles
    assert reader.metadata.title == t("full.title", lang)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_full_pdf_pages_are_sane(two_builds, lang):
    reader = PdfReader(two_builds[0] / lang / "full.pdf")
    chapters = len(discover())
    assert chapters + 2 <= len(reader.pages) <= 80
    footer_words = set(squash(t("ui.page_of", lang, page=" ", total=" ")))
    for number, page in enumerate(reader.pages, start=1):
        body = squash(page.extract_text()).replace(squash(t("full.title", lang)), "")
        body = re.sub(r"\d+", "", body)
        assert len(set(body) - footer_words) > 3, f"page {number} is blank but for its footer"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_two_builds_give_identical_html(two_builds):
    first, second = two_builds
    pages = sorted(p.relative_to(first) for p in first.rglob("*.html"))
    assert len(pages) == 2 * (len(discover()) + 1) + 1  # chapters and full, both languages, and the index
    for rel in pages:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), f"{rel} differs between builds"


def test_index_links_every_report_and_nothing_else(two_builds):
    reports = two_builds[0]
    index = (reports / "index.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'href="([^"]+)"', index))
    existing = {str(p.relative_to(reports)) for p in reports.rglob("*") if p.is_file() and p.name != "index.html"}
    assert linked == existing


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_report_links_the_other_edition(two_builds, lang):
    other = "en" if lang == "ar" else "ar"
    for page in (two_builds[0] / lang).glob("*.html"):
        target = re.search(r'<nav class="editions"[^>]*><a href="([^"]+)"', page.read_text(encoding="utf-8")).group(1)
        assert target == f"../{other}/{page.name}" and (page.parent / target).exists()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_chart_is_exported_with_its_cited_data(two_builds, lang):
    import csv

    charts = two_builds[0] / lang / "charts"
    total = 0
    for nb in discover():
        page = (two_builds[0] / lang / f"{nb.name}.html").read_text(encoding="utf-8")
        count = page.count('class="plotly-graph-div"')
        total += count
        for n in range(1, count + 1):
            stem = charts / f"{nb.name}-{n}"
            assert stem.with_suffix(".svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
            assert stem.with_suffix(".png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            rows = list(csv.DictReader(stem.with_suffix(".csv").open(encoding="utf-8")))
            assert rows and all(r["chart_id"] == f"{nb.name}-{n}" and r["quote"] and r["source_id"] for r in rows)
        assert not (charts / f"{nb.name}-{count + 1}.svg").exists()
    assert total >= 10


def test_no_report_scrolls_sideways_on_a_phone(two_builds):
    from playwright.sync_api import sync_playwright

    from analysis.pdf import CHARTS_DONE, CHROMIUM_ARGS, find_chromium

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 400, "height": 800})
        for html in sorted(two_builds[0].glob("*/*.html")):
            page.goto(html.as_uri(), wait_until="load")
            page.wait_for_function(CHARTS_DONE)
            assert page.evaluate("document.documentElement.scrollWidth") <= 400, f"{html} scrolls sideways at 400 px"
        browser.close()


def test_a_build_with_nothing_to_do_imports_none_of_the_heavy_stack(two_builds):
    """What keeps a no-change build well under a second: only hashing, no pandas, nbformat or browser."""
    import subprocess
    import sys

    from conftest import ROOT

    reports = two_builds[0]
    env = {"COALITION_REPORTS": str(reports), "COALITION_BUILD": str(reports.parent / "build"), "SOURCE_DATE_EPOCH": EPOCH}
    code = (
        "import runpy, sys\n"
        "sys.argv = ['coalition-reports', 'build']\n"
        "try:\n    runpy.run_module('analysis.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('nbformat', 'pandas', 'plotly', 'papermill', 'nbconvert', 'playwright', 'babel') if m in sys.modules)\n"
        "print('HEAVY', heavy)\n"
    )
    import os

    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True)
    reports_count = 2 * (len(discover()) + 1)  # every chapter and the full report, in both languages
    assert f"0 built, {reports_count} up to date" in done.stdout, done.stdout + done.stderr
    assert "HEAVY []" in done.stdout


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_number_in_the_full_report_is_accounted_for(two_builds, lang):
    """Output-side coverage: each number in the full PDF's text is a cited value, a derived value,
    a number code computed from the data, a date, a page, list or axis number, or a reference."""
    from analysis import output_coverage

    reports = two_builds[0]
    executed = [reports.parent / "build" / lang / "full.ipynb"]
    rows = output_coverage.classify_pdf(reports / lang / "full.pdf", executed, lang)
    summary = output_coverage.summary(rows)
    print(lang, summary)
    unaccounted = [(page, raw, line[:100]) for page, line, raw, kind in rows if kind == "none"]
    assert unaccounted == [], unaccounted
    assert summary["cited"] > 100 and summary["derived"] >= 3 and summary["computed"] >= 3
# ---------------------------------------------------------------- no internal codes for readers

CODE = re.compile(r"\b[SFEMNPXWC]\d{3}\b|\bS\d{3}_R\d+\b|\bas_of\b|\binclude_disputed\b")


def visible_text(page: str) -> str:
    """What a reader of the HTML sees: no scripts, styles or attributes (ids stay as anchors)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return re.sub(r"<[^>]+>", " ", page)


def chart_strings(page: str) -> list[str]:
    """Every string of the page's plotly figures (titles, labels, legends, hovers, notes)."""
    import json

    found = []
    for payload in re.findall(r'<script>coalitionPlot\("[^"]*", (.*?)\);</script>', page, flags=re.S):
        try:
            stack = [json.loads(payload)]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack += [v for k, v in item.items() if k not in ("meta", "ids", "uid")]
            elif isinstance(item, list):
                stack += item
            elif isinstance(item, str):
                found.append(item)
    return found


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_internal_codes_in_what_readers_see(two_builds, lang):
    folder = two_builds[0] / lang
    pages = sorted(folder.glob("*.html"))
    assert len(pages) == len(discover()) + 1
    hits = []
    for page in pages:
        html_text = page.read_text(encoding="utf-8")
        for where, text in [("text", visible_text(html_text))] + [("chart", s) for s in chart_strings(html_text)]:
            hits += [(page.name, where, m.group(0), text[max(0, m.start() - 40):m.end() + 20]) for m in CODE.finditer(text)]
        pdf_text = " ".join(p.extract_text() or "" for p in PdfReader(page.with_suffix(".pdf")).pages)
        hits += [(page.with_suffix(".pdf").name, "pdf", m.group(0), "") for m in CODE.finditer(pdf_text)]
    assert hits == []
    assert any(chart_strings(p.read_text(encoding="utf-8")) for p in pages)  # the chart reader works


def test_the_code_pattern_finds_codes():
    for text in ("in S002 it counts", "(N001: F032, F029)", "S002_R04", "`as_of`", "include_disputed", "E024"):
        assert CODE.search(text), text
    assert not CODE.search("2,500 troops in 2024")


def test_english_edition_shows_each_quote_with_our_translation_and_arabic_does_not(two_builds):
    import html as html_lib

    from analysis import data

    facts = data.facts()
    en = html_lib.unescape((two_builds[0] / "en" / "full.html").read_text(encoding="utf-8"))
    ar = html_lib.unescape((two_builds[0] / "ar" / "full.html").read_text(encoding="utf-8"))
    shown = [r for r in facts.itertuples() if f"«{r.quote}»" in en]
    assert len(shown) > 20
    assert all(f"“{r.quote_en}”" in en for r in shown)
    assert en.count(t("ui.translation_mark", "en")) >= len(shown)
    assert not any(r.quote_en in ar for r in shown) and t("ui.translation_mark", "ar") not in ar


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_chart_fits_a_phone_and_the_printed_page(two_builds, lang):
    """No chart text is cut by the chart's edge at 400 px wide, nor at the printed page's width."""
    from analysis.chart_fit import PHONE_WIDTH_PX
    from analysis.pdf import PRINTABLE_WIDTH_PX
    from test_chart_fit import clipped

    for width in (PHONE_WIDTH_PX, PRINTABLE_WIDTH_PX):
        assert clipped(two_builds[0] / lang / "full.html", width) == [], f"{lang} at {width} px"
