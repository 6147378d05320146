"""The whole build: every chapter and the full report, in both languages (the session's shared build)."""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from pypdf import PdfReader

from analysis.catalogue import t
from analysis.notebooks import discover
from conftest import build_into

pytestmark = pytest.mark.e2e


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def reports(full_build):
    """The session's shared build (conftest.full_build): every report, both languages, HTML and PDF."""
    return full_build.reports


@pytest.fixture(scope="module")
def second_build(tmp_path_factory):
    """A second build from scratch, HTML only: its pages must equal the shared build's byte for byte.

    (The PDF step's reproducibility is tested on its own in tests/test_pdf.py.)
    """
    return build_into(tmp_path_factory.mktemp("again"), "--format", "html").reports


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
def test_full_pdf_outline_holds_every_chapter(reports, lang):
    reader = PdfReader(reports / lang / "full.pdf")
    titles = outline_titles(reader)
    for nb in discover():
        assert t(nb.title_key, lang) in titles, f"{nb.name} missing from the outline"
    assert t("full.contents", lang) in titles
    assert reader.metadata.title == t("full.title", lang)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_pdf_has_its_title_language_and_bookmarks(reports, lang):
    """What a PDF reader and a screen reader rely on: /Title, the catalogue's /Lang, and an outline."""
    for name, title_key in [("full", "full.title")] + [(nb.name, nb.title_key) for nb in discover()]:
        reader = PdfReader(reports / lang / f"{name}.pdf")
        title = t(title_key, lang)
        assert reader.metadata.title == title, f"{name}: /Title is {reader.metadata.title!r}"
        assert reader.trailer["/Root"].get("/Lang") == lang, f"{name}: /Lang is {reader.trailer['/Root'].get('/Lang')!r}"
        titles = outline_titles(reader)
        if name == "full":  # the cover's title is no bookmark; the contents and every chapter are
            assert t("full.contents", lang) in titles and {t(nb.title_key, lang) for nb in discover()} <= set(titles)
        else:
            assert title in titles, f"{name}: no bookmark for its title"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_full_pdf_pages_are_sane(reports, lang):
    reader = PdfReader(reports / lang / "full.pdf")
    chapters = len(discover())
    assert chapters + 2 <= len(reader.pages) <= 80
    footer_words = set(squash(t("ui.page_of", lang, page=" ", total=" ")))
    for number, page in enumerate(reader.pages, start=1):
        body = squash(page.extract_text()).replace(squash(t("full.title", lang)), "")
        body = re.sub(r"\d+", "", body)
        assert len(set(body) - footer_words) > 3, f"page {number} is blank but for its footer"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_reports_folder_is_light(reports):
    """One shared plotly.js, not one per page (item 5 of #14): reports/ stays under 16 MB."""
    total = sum(p.stat().st_size for p in reports.rglob("*") if p.is_file())
    assert total <= 16 * 1024 * 1024, f"reports/ holds {total / 1e6:.1f} MB"


def contents_lines(reader) -> list[dict]:
    """Each link of the contents page (page 2): its target, the target's page, and the number printed on its line."""
    page = reader.pages[1]
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    dests = {str(name).lstrip("/"): reader.get_destination_page_number(d) + 1 for name, d in reader.named_destinations.items()}
    lines = []
    for annot in page.get("/Annots", []):
        annot = annot.get_object()
        x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
        numbers = sorted((x, text) for text, x, y in runs if y0 - 1 <= y <= y1 + 1 and text.isdigit())
        target = str(annot["/Dest"]).lstrip("/")
        lines.append({"target": target, "page": dests.get(target), "box": (x0, x1), "numbers": numbers})
    return lines


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_contents_give_each_chapter_and_section_its_page_on_the_far_side(reports, lang):
    reader = PdfReader(reports / lang / "full.pdf")
    html_page = (reports / lang / "full.html").read_text(encoding="utf-8")
    toc = re.search(r'<nav[^>]*class="contents".*?</nav>', html_page, re.S).group(0)
    anchors = re.findall(r'href="#([^"]+)"', toc)
    assert len(anchors) >= len(discover()) + 5  # every chapter and its sections
    for anchor in anchors:  # each HTML entry links to a heading of the page
        assert re.search(rf'<h[12] id="{re.escape(anchor)}"', html_page), f"contents link #{anchor} leads nowhere"
    lines = contents_lines(reader)
    assert [line["target"] for line in lines] == anchors  # each entry is a link in the PDF too, in order
    for line in lines:
        assert line["page"] is not None and line["numbers"], line
        x, number = line["numbers"][0] if lang == "ar" else line["numbers"][-1]  # the far side: left in Arabic
        assert int(number) == line["page"], f"{line['target']}: the contents say {number}, the heading is on {line['page']}"
        x0, x1 = line["box"]
        assert (x - x0 if lang == "ar" else x1 - x) < 40, f"{line['target']}: its page number is not on the far side"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pdf_outline_matches_the_contents(reports, lang):
    reader = PdfReader(reports / lang / "full.pdf")
    outline = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                outline.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    html_page = (reports / lang / "full.html").read_text(encoding="utf-8")
    toc = re.search(r'<nav[^>]*class="contents".*?</nav>', html_page, re.S).group(0)
    titles = [html.unescape(re.sub(r"<[^>]+>", "", ti)) for ti in re.findall(r'<span class="toc-title">(.*?)</span>', toc)]
    pages = [line["page"] for line in contents_lines(reader)]
    expected = list(zip(titles, pages))
    assert [entry for entry in outline if entry in expected] == expected


def test_two_builds_give_identical_html(reports, second_build):
    first, second = reports, second_build
    pages = sorted(p.relative_to(first) for p in first.glob("*/*.html"))
    assert len(pages) == 2 * (len(discover()) + 1)  # chapters and full, both languages
    for rel in pages:  # (the index differs: it links the PDFs that the HTML-only build did not make)
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), f"{rel} differs between builds"


def test_index_links_every_report_and_nothing_else(reports):
    index = (reports / "index.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'href="([^"]+)"', index))
    existing = {str(p.relative_to(reports)) for p in reports.rglob("*")
                if p.is_file() and p.name != "index.html" and p.parent.name != "assets"}
    assert linked == existing


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_report_links_the_other_edition(reports, lang):
    other = "en" if lang == "ar" else "ar"
    for page in (reports / lang).glob("*.html"):
        target = re.search(r'<nav class="editions"[^>]*><a href="([^"]+)"', page.read_text(encoding="utf-8")).group(1)
        assert target == f"../{other}/{page.name}" and (page.parent / target).exists()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_chart_is_exported_with_its_cited_data(reports, lang):
    import csv

    charts = reports / lang / "charts"
    total = 0
    for nb in discover():
        page = (reports / lang / f"{nb.name}.html").read_text(encoding="utf-8")
        count = page.count('class="plotly-graph-div"')
        total += count
        for n in range(1, count + 1):
            stem = charts / f"{nb.name}-{n}"
            assert stem.with_suffix(".svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
            assert stem.with_suffix(".png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            rows = list(csv.DictReader(stem.with_suffix(".csv").open(encoding="utf-8")))
            assert rows and all(r["chart_id"] == f"{nb.name}-{n}" and r["quote"] and r["source_id"] for r in rows)
        assert not (charts / f"{nb.name}-{count + 1}.svg").exists()
    assert total >= 6  # charts only where a chart shows what a sentence or a table cannot (issue 17 item 5)


def test_no_report_scrolls_sideways_on_a_phone(reports):
    from playwright.sync_api import sync_playwright

    from analysis.pdf import CHARTS_DONE, CHROMIUM_ARGS, find_chromium

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 400, "height": 800})
        for html in sorted(reports.glob("*/*.html")):
            page.goto(html.as_uri(), wait_until="load")
            page.wait_for_function(CHARTS_DONE)
            assert page.evaluate("document.documentElement.scrollWidth") <= 400, f"{html} scrolls sideways at 400 px"
        browser.close()


def test_a_build_with_nothing_to_do_imports_none_of_the_heavy_stack(full_build):
    """What keeps a no-change build well under a second: only hashing, no pandas, nbformat or browser."""
    import subprocess
    import sys

    from conftest import ROOT

    env = full_build.env
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
def test_every_number_in_the_full_report_is_accounted_for(reports, lang):
    """Output-side coverage: each number in the full PDF's text is a cited value, a derived value,
    a number code computed from the data, a date, a page, list or axis number, or a reference."""
    from analysis import output_coverage

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
def test_no_internal_codes_in_what_readers_see(reports, lang):
    folder = reports / lang
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


def test_english_edition_shows_each_quote_with_our_translation_and_arabic_does_not(reports):
    import html as html_lib

    from analysis import data

    facts = data.facts()
    en = html_lib.unescape((reports / "en" / "full.html").read_text(encoding="utf-8"))
    ar = html_lib.unescape((reports / "ar" / "full.html").read_text(encoding="utf-8"))
    shown = [r for r in facts.itertuples() if f"«{r.quote}»" in en]
    assert len(shown) > 20
    assert all(f"“{r.quote_en}”" in en for r in shown)
    assert t("evidence.translations_ours", "en") in en  # the list says once whose the translations are
    assert not any(r.quote_en in ar for r in shown) and t("evidence.translations_ours", "ar") not in ar


def structure_elements(reader) -> list[tuple[str, str | None]]:
    """(role, alternative text) of every element of a tagged PDF's structure tree, in order."""
    found = []

    def walk(node):
        node = node.get_object()
        if not isinstance(node, dict):
            return
        role = node.get("/S")
        if role:
            found.append((str(role), str(node["/Alt"]) if "/Alt" in node else None))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object") or isinstance(kid, dict):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_pdf_figure_has_alternative_text_in_the_report_language(reports, lang):
    """Each chart is a /Figure with /Alt (from its role="img" label); headings and tables are tagged (#14)."""
    for name in ["full"] + [nb.name for nb in discover()]:
        reader = PdfReader(reports / lang / f"{name}.pdf")
        elements = structure_elements(reader)
        figures = [alt for role, alt in elements if role == "/Figure"]
        page = (reports / lang / f"{name}.html").read_text(encoding="utf-8")
        charts = page.count('class="plotly-graph-div"')
        assert all(alt and alt.strip() for alt in figures), f"{name}: a figure without alternative text"
        assert len(figures) == charts, f"{name}: {charts} charts but {len(figures)} figures in the PDF"
        assert len(re.findall(r'<figure[^>]*aria-label="[^"]+"', page)) == charts
        if lang == "ar":
            assert all(re.search("[\u0600-\u06ff]", alt) for alt in figures), f"{name}: an alternative not in Arabic"
        roles = {role for role, _ in elements}
        assert "/H1" in roles, f"{name}: no tagged heading"
    assert {"/Table", "/TH", "/TD", "/H2"} <= {role for role, _ in structure_elements(PdfReader(reports / lang / "full.pdf"))}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_reports_have_no_serious_wcag_findings(reports, lang):
    """axe-core (npm, installed by `make setup`), injected from node_modules with the network blocked."""
    from conftest import ROOT
    from playwright.sync_api import sync_playwright

    from analysis.pdf import CHARTS_DONE, CHROMIUM_ARGS, find_chromium

    axe = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.exists():
        pytest.skip("axe-core is not installed (npm missing?): run `make setup`")
    findings = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "about:")) else r.abort())
        for html_path in sorted((reports / lang).glob("*.html")) + [reports / "index.html"]:
            page.goto(html_path.as_uri(), wait_until="load")
            page.wait_for_function(CHARTS_DONE)
            page.add_script_tag(path=str(axe))
            result = page.evaluate("() => axe.run(document, {runOnly: {type: 'tag', values: "
                                   "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
            findings += [f"{html_path.name}: {v['id']} ({v['impact']}) at {v['nodes'][0]['target']}"
                         for v in result["violations"] if v["impact"] in ("serious", "critical")]
        browser.close()
    assert not findings, "\n".join(findings)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_full_report_quotes_each_quote_once_with_links_both_ways(reports, lang):
    page = (reports / lang / "full.html").read_text(encoding="utf-8")
    appendix = page[page.index('<ol class="sources evidence"'):]  # the evidence appendix (method tables quote period words too)
    quotes = re.findall(r'<div class="quote"[^>]*>(?:<span id="[^"]*"></span>)*«(.*?)»</div>', appendix)
    assert quotes and len(quotes) == len(set(quotes)), "a quote appears more than once"
    assert t("ui.sources_section", lang) not in page  # no chapter lists in the full report: one appendix
    assert t("full.evidence", lang) in page
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    to_evidence = set(re.findall(r'href="#(ev-\d+)"', page))
    back = set(re.findall(r'class="backref" href="#([^"]+)"', page)) | set(re.findall(r'href="#(chart-\d+)" class="backref"', page))
    assert to_evidence and to_evidence <= ids and back and back <= ids
    assert to_evidence == {i for i in ids if i.startswith("ev-")}  # every entry is cited by a chart
    for nb in discover():  # a chapter on its own keeps its own list
        chapter = (reports / lang / f"{nb.name}.html").read_text(encoding="utf-8")
        if 'class="plotly-graph-div"' in chapter:
            assert t("ui.sources_section", lang) in chapter and re.search(r'class="[^"]*evidence', chapter)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_chart_fits_a_phone_and_the_printed_page(reports, lang):
    """No chart text is cut by the chart's edge at 400 px wide, nor at the printed page's width."""
    from analysis.chart_fit import PHONE_WIDTH_PX
    from analysis.pdf import PRINTABLE_WIDTH_PX
    from test_chart_fit import clipped

    for width in (PHONE_WIDTH_PX, PRINTABLE_WIDTH_PX):
        assert clipped(reports / lang / "full.html", width) == [], f"{lang} at {width} px"


ARABIC = re.compile("[\u0600-\u06ff]")


def chart_labels(page: str) -> list[tuple[str, list[str]]]:
    """(meta.lang, [title, axis titles, legend names]) of each chart of a page, markup stripped."""
    import json

    charts = []
    for payload in re.findall(r'<script>coalitionPlot\("[^"]*", (.*?)\);</script>', page, flags=re.S):
        figure = json.loads(payload)
        layout = figure.get("layout", {})
        texts = [(layout.get("title") or {}).get("text", "")]
        texts += [(v.get("title") or {}).get("text", "") for k, v in layout.items()
                  if k.startswith(("xaxis", "yaxis")) and isinstance(v, dict)]
        texts += [trace.get("name") or "" for trace in figure.get("data", [])]
        charts.append(((layout.get("meta") or {}).get("lang"), [re.sub(r"<[^>]+>", " ", x) for x in texts if x]))
    return charts


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_chart_speaks_the_language_of_its_edition(reports, lang):
    """Title, axis titles and legend of each chart: Arabic words in the Arabic edition, none in the English."""
    total, wrong = 0, []
    for page in sorted((reports / lang).glob("*.html")):
        for built_for, texts in chart_labels(page.read_text(encoding="utf-8")):
            total += 1
            if built_for != lang:
                wrong.append((page.name, f"built for {built_for!r}"))
            wrong += [(page.name, x) for x in texts if bool(ARABIC.search(x)) != (lang == "ar")]
    assert total >= 10 and wrong == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_chart_title_note_or_category_label_overlaps_on_a_phone(reports, lang):
    """At 400 px, no chart's title, notes or category labels run into each other (on paper, the
    PDF step measures every text of every chart, `pdf.check_chart_texts`)."""
    from analysis.chart_fit import PHONE_WIDTH_PX
    from test_chart_fit import overlapping

    assert overlapping(reports / lang / "full.html", PHONE_WIDTH_PX) == []
