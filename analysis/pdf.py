"""HTML -> PDF with headless Chromium, one browser for every PDF of a build.

nbconvert's webpdf exporter launches Playwright's own Chromium and cannot be
pointed at another one; this printer can (`COALITION_CHROMIUM`, else the
system's `chromium`, else Playwright's). Pages are laid out at the printable
width of A4 so that plotly sizes each chart for the page, printed only once
every chart has drawn, with every network request refused.

Parsing the 4.8 MB of plotly.js is most of the cost of a print. The printer
therefore keeps one page in which plotly.js is loaded once, and writes each
report into it (`document.open/write/close`, which keeps the page's globals):
the report's own markup, styles and scripts, minus the tag that loads plotly.js
(the shared file's, or an inlined copy byte for byte the one already loaded).
"""

from __future__ import annotations

import base64
import html
import os
import re
import urllib.parse
import shutil
from pathlib import Path

from .exceptions import BrowserNotFoundError, ExportError

ENV_BROWSER = "COALITION_CHROMIUM"
PRINT_DIR_PREFIX = "coalition-print-"
MAX_BROWSER_TMP = 60  # longest temporary folder Chromium's socket path (≤ 107 bytes) allows
# A4 is 210 x 297 mm; the template's @page margins are 13 mm a side and 13 + 15 mm
# top and bottom: a printable box of 184 x 269 mm, at 96 px to the inch.
PRINTABLE_WIDTH_PX = 695
PRINTABLE_HEIGHT_PX = 1016
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
# plotly.js puts its global stylesheet (which stacks each chart's SVG layers) into
# <head> once, when it loads; document.open() drops it, so it travels with the markup.
# Math.random is seeded again for each report, so that plotly's random ids (and with
# them the SVG files) are the same from one build to the next.
REWRITE = """(markup) => {
  let seed = 20240101;
  Math.random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const global = document.getElementById('plotly.js-style-global');
  if (global && !window.__plotlyGlobalCss) {
    window.__plotlyGlobalCss = Array.from(global.sheet.cssRules).map((r) => r.cssText).join('\\n');
  }
  if (window.Plotly) document.querySelectorAll('.plotly-graph-div').forEach((gd) => Plotly.purge(gd));
  const css = '<style id="plotly.js-style-global">' + (window.__plotlyGlobalCss || '') + '</style>';
  document.open(); document.write(markup.replace('<head>', '<head>' + css)); document.close();
}"""
HEADINGS = """() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
  .map((h) => h.textContent.replace(/\\s+/g, ' ').trim())"""
CHART_BOXES = """() => Array.from(document.querySelectorAll('.chart .plotly-graph-div')).map((gd) => {
  const svg = gd.querySelector('.main-svg'); const box = (svg || gd).getBoundingClientRect();
  return {id: gd.id, left: box.left, right: box.right, width: box.width, height: box.height,
          pageWidth: document.documentElement.clientWidth};
})"""
CHART_IMAGES = """async () => Promise.all(
  Array.from(document.querySelectorAll('.chart .plotly-graph-div')).map(async (gd) => ({
    id: gd.id,
    svg: await Plotly.toImage(gd, {format: 'svg'}),
    png: await Plotly.toImage(gd, {format: 'png', scale: 2}),
  })))"""
HEADING_ANCHORS = """() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.id)"""
CONTENTS_SLOTS = """() => Array.from(document.querySelectorAll('[data-page-for]')).map((e) => e.dataset.pageFor)"""
FILL_CONTENTS = """(pages) => {
  let changed = false;
  document.querySelectorAll('[data-page-for]').forEach((e) => {
    const text = String(pages[e.dataset.pageFor]);
    if (e.textContent !== text) { e.textContent = text; changed = true; }
  });
  return changed;
}"""
# Charts are made for paper before printing: no range slider (a second, tiny copy of the
# plot) and no mode bar (hidden by the print stylesheet).
FOR_PAPER = """() => Promise.all(Array.from(document.querySelectorAll('.chart .plotly-graph-div')).map((gd) => {
  const update = {};
  Object.keys(gd.layout || {}).filter((k) => /^xaxis\\d*$/.test(k)).forEach((k) => {
    if (gd.layout[k].rangeslider && gd.layout[k].rangeslider.visible) update[k + '.rangeslider.visible'] = false;
  });
  return Object.keys(update).length ? Plotly.relayout(gd, update) : null;
}))"""
# Every text of every chart as laid out for print: its box and its font size (px).
CHART_TEXTS = """() => Array.from(document.querySelectorAll('.chart .plotly-graph-div')).map((gd) => ({
  id: gd.id, title: (gd.layout && gd.layout.title && gd.layout.title.text) || (gd.layout && gd.layout.meta && gd.layout.meta.title) || '',
  texts: Array.from(gd.querySelectorAll('.main-svg text')).filter((el) =>
      el.textContent.trim() && !el.closest('.hoverlayer, .rangeslider-container, .modebar') &&
      getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => { const b = el.getBoundingClientRect();
      const holder = (el.closest('.table') || el.closest('.main-svg')).getBoundingClientRect();
      return {holderLeft: holder.left, holderRight: holder.right, inTable: !!el.closest('.table'), text: el.textContent.trim(), left: b.left, right: b.right, top: b.top, bottom: b.bottom,
              size: parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM() ? Math.hypot(el.getScreenCTM().a, el.getScreenCTM().b) : 1), lines: el.querySelectorAll('tspan.line').length || 1}; })
    .filter((x) => x.right > x.left),
}))"""
# How each legend entry (a category) of each chart is drawn: colour, shape, pattern, dash.
CHART_CATEGORIES = """() => Array.from(document.querySelectorAll('.chart .plotly-graph-div')).map((gd) => ({
  id: gd.id, title: (gd.layout && gd.layout.title && gd.layout.title.text) || (gd.layout && gd.layout.meta && gd.layout.meta.title) || '',
  categories: (gd._fullData || []).filter((tr) => tr.visible === true && tr.showlegend !== false &&
      ['scatter', 'bar', 'scattergl', 'box'].includes(tr.type))
    .map((tr) => ({name: tr.name, look: JSON.stringify([
      typeof (tr.marker || {}).color === 'string' ? tr.marker.color : (tr.line || {}).color || null,
      (tr.marker || {}).symbol || null, ((tr.marker || {}).pattern || {}).shape || null,
      (tr.mode || '').includes('lines') ? (tr.line || {}).dash || null : null])})),
}))"""
# This Chromium tags every <svg> of a plotly chart as a figure of its own, without
# alternative text, even inside an element with role="img" or a labelled <figure>. For print, each chart
# becomes one static vector image (its own SVG, at its laid-out size) whose `alt` is
# the chart's label: one /Figure with /Alt per chart in the tagged PDF.
AS_IMAGES = """async () => {
  const charts = Array.from(document.querySelectorAll('.chart[aria-label]'));
  for (const chart of charts) {
    const gd = chart.querySelector('.plotly-graph-div');
    if (!gd || !gd._fullLayout) continue;
    const {width, height} = gd._fullLayout;
    const img = document.createElement('img');
    img.src = await Plotly.toImage(gd, {format: 'svg', width: width, height: height});
    img.alt = chart.getAttribute('aria-label');
    img.width = width; img.height = height; img.className = 'chart-image';
    await img.decode();
    Plotly.purge(gd);
    const printed = document.createElement('div');
    printed.className = 'chart'; printed.dir = 'ltr';
    printed.appendChild(img);
    chart.replaceWith(printed);
  }
  return charts.length;
}"""
# A4 printed at scale 1: a CSS px is 0.75 pt.
PT_PER_PX = 0.75
MIN_TEXT_PT = 7.0
CHARTS_DONE = """() => document.readyState === 'complete' && (!window.coalitionCharts ||
  window.coalitionCharts.drawn + window.coalitionCharts.failed === window.coalitionCharts.pending)"""

INSTALL_HINT = (
    "install one with `apt-get install chromium` (Debian/Ubuntu), or "
    "`python -m playwright install chromium`, or set COALITION_CHROMIUM to a Chromium executable"
)


def find_chromium() -> str | None:
    """The Chromium to print with: $COALITION_CHROMIUM, else one on PATH, else None (Playwright's)."""
    configured = os.environ.get(ENV_BROWSER)
    if configured:
        if not (os.path.isfile(configured) and os.access(configured, os.X_OK)):
            raise BrowserNotFoundError(f"{ENV_BROWSER}={configured} is not an executable file; {INSTALL_HINT}")
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def check_browser() -> str:
    """The browser the PDF step will use, found before any kernel starts; BrowserNotFoundError if none."""
    found = find_chromium()
    if found:
        return found
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            bundled = p.chromium.executable_path
    except Exception:  # noqa: BLE001 - no driver, no browser
        bundled = ""
    if not bundled or not os.path.isfile(bundled):
        raise BrowserNotFoundError(f"cannot start a browser for the PDF step: no Chromium found; {INSTALL_HINT}")
    return bundled


def footer_template(label: str, lang: str = "en") -> str:
    """Chromium's footer: `label` holds {page} and {total} (e.g. "Page {page} of {total}")."""
    text = html.escape(label).format(
        page='<span class="pageNumber"></span>', total='<span class="totalPages"></span>'
    )
    return (
        '<div style="width:100%;font-size:8px;color:#5b6470;padding:0 13mm;'
        'font-family:\'Noto Sans\',\'Noto Sans Arabic\',sans-serif;display:flex;justify-content:space-between"'
        f' dir="{"rtl" if lang == "ar" else "ltr"}">'
        f'<span class="title"></span><span>{text}</span></div>'
    )


def _data_url_bytes(url: str) -> bytes:
    head, _, data = url.partition(",")
    return base64.b64decode(data) if head.endswith(";base64") else urllib.parse.unquote(data).encode("utf-8")


_SVG_ROOT = re.compile(rb"<svg\b([^>]*)>")
_ATTRIBUTE = re.compile(rb'([\w:.-]+)="([^"]*)"')


def canonical_svg(svg: bytes) -> bytes:
    """The SVG with its root element's attributes in name order.

    plotly writes them in an order that depends on what the printing page drew
    before; sorted, the same chart gives the same bytes in every build.
    """
    match = _SVG_ROOT.search(svg)
    if not match:
        return svg
    attributes = sorted(_ATTRIBUTE.findall(match.group(1)))
    root = b"<svg " + b" ".join(name + b'="' + value + b'"' for name, value in attributes) + b">"
    return svg[: match.start()] + root + svg[match.end():]


def check_chart_boxes(boxes: list[dict], where) -> None:
    """Every chart, measured in print media, must lie inside the printable box of an A4 page."""
    tolerance = 1.0
    for box in boxes:
        if box["left"] < -tolerance or box["right"] > PRINTABLE_WIDTH_PX + tolerance:
            raise ExportError(
                f"{where}: chart {box['id']} spans {box['left']:.0f}–{box['right']:.0f} px; "
                f"the printable width is {PRINTABLE_WIDTH_PX} px (give it no fixed width wider than that)"
            )
        if box["height"] > PRINTABLE_HEIGHT_PX + tolerance:
            raise ExportError(
                f"{where}: chart {box['id']} is {box['height']:.0f} px tall; a page holds {PRINTABLE_HEIGHT_PX} px"
            )


def _em_box(text: dict) -> tuple[float, float]:
    """A text's vertical extent from its lines' em boxes (plotly spaces lines 1.3 em), centred in its layout box.

    The layout box also holds the font's ascent and descent (tall in Arabic fonts), where no ink is.
    """
    height = text["size"] * (1.3 * (text.get("lines", 1) - 1) + 1)
    middle = (text["top"] + text["bottom"]) / 2
    if height >= text["bottom"] - text["top"]:
        return text["top"], text["bottom"]
    return middle - height / 2, middle + height / 2


def _overlap(a: dict, b: dict) -> tuple[float, float]:
    (a_top, a_bottom), (b_top, b_bottom) = _em_box(a), _em_box(b)
    return (min(a["right"], b["right"]) - max(a["left"], b["left"]), min(a_bottom, b_bottom) - max(a_top, b_top))


def check_chart_texts(charts: list[dict], where) -> None:
    """No two texts of a chart overlap, and none is smaller than 7 pt on paper; else name the chart."""
    for chart in charts:
        name = f"chart {chart['id']} ({chart['title']!r})" if chart["title"] else f"chart {chart['id']}"
        texts = chart["texts"]
        for text in texts:
            if text["size"] * PT_PER_PX < MIN_TEXT_PT - 0.05:
                raise ExportError(f"{where}: {name}: the text {text['text'][:40]!r} is {text['size'] * PT_PER_PX:.1f} pt on paper; "
                                  f"print needs {MIN_TEXT_PT:g} pt or more")
        for text in texts:
            if "holderLeft" in text and (text["left"] < text["holderLeft"] - 1 or text["right"] > text["holderRight"] + 1):
                raise ExportError(f"{where}: {name}: the text {text['text'][:40]!r} runs out of its "
                                  f"{'table' if text.get('inTable') else 'chart'} and is cut")
        for i, a in enumerate(texts):
            for b in texts[i + 1:]:
                width, height = _overlap(a, b)
                if width > 1 and height > 1.5:
                    raise ExportError(f"{where}: {name}: the labels {a['text'][:40]!r} and {b['text'][:40]!r} overlap "
                                      f"({width:.0f} x {height:.0f} px)")


def check_categories_apart(charts: list[dict], where) -> None:
    """No two legend entries (categories) of one chart are drawn alike; else name the chart and the two."""
    for chart in charts:
        seen: dict[str, str] = {}
        for category in chart["categories"]:
            other = seen.setdefault(category["look"], category["name"])
            if other != category["name"]:
                name = f"chart {chart['id']} ({chart['title']!r})" if chart["title"] else f"chart {chart['id']}"
                raise ExportError(f"{where}: {name}: {other!r} and {category['name']!r} are drawn alike ({category['look']}); "
                                  "give each category its own colour or shape")


def _outline_items(node):
    """The outline items under `node`, depth first, in document order."""
    item = node.get("/First")
    while item is not None:
        item = item.get_object()
        yield item
        yield from _outline_items(item)
        item = item.get("/Next")


def pdf_date(epoch: int) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+00'00') for a Unix time."""
    import datetime as dt

    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).strftime("D:%Y%m%d%H%M%S+00'00'")


def make_reproducible(writer) -> None:
    """With SOURCE_DATE_EPOCH set: its date as creation and modification date, and an /ID from the content."""
    from pypdf.generic import NameObject, TextStringObject

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return
    info = writer._info.get_object() if writer._info is not None else None  # noqa: SLF001
    date = TextStringObject(pdf_date(int(epoch)))
    if info is not None:
        info[NameObject("/CreationDate")] = date
        info[NameObject("/ModDate")] = date
    else:
        writer.add_metadata({"/CreationDate": date, "/ModDate": date})


def _write_pdf(writer, pdf_path: Path) -> None:
    """Write `writer` to `pdf_path` (through a file beside it); its /ID is a digest of its bytes."""
    import hashlib
    import io

    from pypdf.generic import ArrayObject, ByteStringObject

    if os.environ.get("SOURCE_DATE_EPOCH"):
        writer._ID = None  # noqa: SLF001 - first without an id, to digest the content
        probe = io.BytesIO()
        writer.write(probe)
        digest = hashlib.md5(probe.getvalue()).digest()  # noqa: S324 - an identifier, not security
        writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])  # noqa: SLF001
    tmp = pdf_path.with_name(f".{pdf_path.name}.outline.tmp")
    with tmp.open("wb") as handle:
        writer.write(handle)
    os.replace(tmp, pdf_path)


def finish_pdf(pdf_path: Path, headings: list[str], anchors: list[str] | None = None) -> None:
    """Bookmarks with their headings' text; fixed dates and /ID when SOURCE_DATE_EPOCH is set."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(pdf_path))
    outlined = _fix_outline(writer, headings, anchors)
    if outlined or os.environ.get("SOURCE_DATE_EPOCH"):
        make_reproducible(writer)
        _write_pdf(writer, Path(pdf_path))


def fix_outline(pdf_path: Path, headings: list[str], anchors: list[str] | None = None) -> bool:
    """Give each bookmark its heading's text (see `_fix_outline`); whether the outline was rewritten."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(pdf_path))
    if not _fix_outline(writer, headings, anchors):
        return False
    _write_pdf(writer, Path(pdf_path))
    return True


def _fix_outline(writer, headings: list[str], anchors: list[str] | None = None) -> bool:
    """Give each bookmark its heading's text, and the heading's own place when it has a named destination.

    Chromium repeats the first line of some headings in the bookmark it makes
    ("ContentsContents"), and points the bookmark of a heading that opens a page
    after a forced break at the end of the page before; its bookmarks follow the
    headings in order, so when the counts agree each title is replaced by the
    heading's own text, and each bookmark of a linked heading (`anchors`: the
    headings' ids) goes where its named destination goes, as the contents' links
    do. Returns whether the outline was rewritten.
    """
    from pypdf.generic import ArrayObject, NameObject, NumberObject, TextStringObject

    root = writer.root_object.get("/Outlines")
    items = list(_outline_items(root.get_object())) if root is not None else []
    if not items or len(items) != len(headings):
        return False
    named = {str(k).lstrip("/"): d for k, d in writer.named_destinations.items()} if anchors else {}
    for n, (item, title) in enumerate(zip(items, headings)):
        item[NameObject("/Title")] = TextStringObject(title)
        anchor = anchors[n] if anchors and n < len(anchors) else ""
        if anchor and anchor in named:
            dest = named[anchor]
            item[NameObject("/Dest")] = ArrayObject([dest.page, NameObject("/XYZ"), dest.left, dest.top, NumberObject(0)])
            item.pop(NameObject("/A"), None)
    return True


def without_plotly_js(markup: str) -> str:
    """A report's markup minus the tag that loads plotly.js (shared file or inlined copy)."""
    from .export import plotly_script_tags

    for tag in plotly_script_tags():
        if tag in markup:
            return markup.replace(tag, "", 1)
    return markup


def outline_pages(pdf_path: Path) -> list[int]:
    """The page (from 1) of each bookmark of a PDF, depth first, in document order."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf_path))
    pages = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                pages.append(reader.get_destination_page_number(item) + 1)

    walk(reader.outline)
    return pages


def anchor_pages(pdf_path: Path) -> dict[str, int]:
    """The page (from 1) of each named destination Chromium made for a linked element id."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf_path))
    return {str(name).lstrip("/"): reader.get_destination_page_number(dest) + 1
            for name, dest in reader.named_destinations.items()}


def heading_pages(pdf_path: Path, wanted: list[str], where) -> dict[str, int]:
    """The page of each heading id in `wanted` (each is a link target of the contents).

    Named destinations are used rather than bookmarks: Chromium puts a bookmark at the
    end of the previous page when a heading opens a page after a forced break.
    """
    found = anchor_pages(pdf_path)
    missing = [a for a in wanted if a not in found]
    if missing:
        raise ExportError(f"{where}: the contents point at headings that are not in the PDF: {', '.join(missing)}")
    return {a: found[a] for a in wanted}


def _block_network(route) -> None:
    url = route.request.url
    if url.startswith(("file:", "data:", "blob:", "about:")):
        route.continue_()
    else:
        route.abort()


class PdfPrinter:
    """A context manager holding one headless browser and one page; `print()` writes one PDF."""

    def __init__(self, executable: str | None = None, timeout_s: float = 90):
        self.executable = executable if executable is not None else find_chromium()
        self.timeout_ms = int(timeout_s * 1000)
        self._playwright = None
        self._browser = None
        self._page = None
        self._errors: list[str] = []
        self._shell_dir = None

    def __enter__(self) -> PdfPrinter:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright

        from .lifecycle import make_temp_dir

        # The driver and the browser keep their temporary files (profile, crash dumps) in this
        # build's own folder, which is removed however the build ends (or by the next build).
        # Chromium puts a socket there, whose path must stay under 108 bytes: with a long
        # TMPDIR the browser's files stay where they would be anyway.
        self._shell_dir = make_temp_dir(PRINT_DIR_PREFIX)
        saved = os.environ.get("TMPDIR")
        if len(str(self._shell_dir)) <= MAX_BROWSER_TMP:
            os.environ["TMPDIR"] = str(self._shell_dir)
        try:
            self._playwright = sync_playwright().start()
        finally:
            if saved is None:
                os.environ.pop("TMPDIR", None)
            else:
                os.environ["TMPDIR"] = saved
        try:
            self._browser = self._playwright.chromium.launch(
                executable_path=self.executable, args=CHROMIUM_ARGS, headless=True
            )
        except PlaywrightError as exc:
            self._playwright.stop()
            self._remove_shell()
            where = self.executable or "Playwright's Chromium"
            raise BrowserNotFoundError(
                f"cannot start a browser for the PDF step ({where}): {str(exc).splitlines()[0]}; {INSTALL_HINT}"
            ) from None
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            if self._browser is not None and self._browser.is_connected():
                self._browser.close()
            if self._playwright is not None:
                self._playwright.stop()
        except Exception:  # noqa: BLE001 - a browser that crashed cannot be closed politely
            self.abandon(kill=True)
        finally:
            self._remove_shell()

    def _remove_shell(self) -> None:
        if self._shell_dir is not None:
            shutil.rmtree(self._shell_dir, ignore_errors=True)
            self._shell_dir = None

    def crashed(self) -> bool:
        """Whether the browser has gone (crashed or killed)."""
        try:
            return self._browser is None or not self._browser.is_connected()
        except Exception:  # noqa: BLE001
            return True

    def abandon(self, kill: bool = False) -> None:
        """Drop this printer without talking to the browser: its folder is removed, its processes
        killed when `kill` (else the build's clean-up kills them)."""
        self._remove_shell()
        if kill and self._playwright is not None:
            try:
                self._playwright.stop()  # the driver ends what is left of its browser
            except Exception:  # noqa: BLE001
                pass
        self._browser = self._page = self._playwright = None

    def _ready_page(self):
        """The printing page, with plotly.js loaded once (made again after a failure)."""
        if self._page is not None:
            return self._page
        from .export import plotly_js

        shell = self._shell_dir / "printer.html"
        if not shell.exists():
            shell.write_text(f"<!DOCTYPE html><html><head><script>{plotly_js()}</script></head><body></body></html>", encoding="utf-8")
        page = self._browser.new_page(viewport={"width": PRINTABLE_WIDTH_PX, "height": PRINTABLE_HEIGHT_PX})
        page.on("pageerror", lambda exc: self._errors.append(str(exc)))
        page.on("console", lambda msg: self._errors.append(msg.text) if msg.type == "error" else None)
        page.route("**/*", _block_network)
        page.goto((self._shell_dir / "printer.html").as_uri(), wait_until="load", timeout=self.timeout_ms)
        self._page = page
        return page

    def warm(self) -> None:
        """Make the printing page (plotly.js parsed) before the first report is ready."""
        self._ready_page()

    def render(self, html_path: Path):
        """Lay `html_path` out in the printing page and wait until every chart has drawn."""
        markup = without_plotly_js(Path(html_path).read_text(encoding="utf-8"))
        self._errors.clear()
        page = self._ready_page()
        page.emulate_media(media="screen")
        page.evaluate(REWRITE, markup)
        page.wait_for_function(CHARTS_DONE, timeout=self.timeout_ms)
        if self._errors:
            raise ExportError(f"{html_path}: the page reported errors before printing: {'; '.join(self._errors)}")
        return page

    def print(self, html_path: Path, pdf_path: Path, footer_label: str, lang: str = "en", images: list | None = None) -> None:
        """Print `html_path` to `pdf_path` (A4, page numbers), after its charts have drawn.

        When `images` is a list, each chart's SVG and PNG (bytes) are appended to it, in order.
        """
        try:
            page = self.render(html_path)
            page.evaluate(FOR_PAPER)
            headings = page.evaluate(HEADINGS)
            anchors = page.evaluate(HEADING_ANCHORS)
            if images is not None:
                images.extend(
                    {"id": c["id"], "svg": canonical_svg(_data_url_bytes(c["svg"])), "png": _data_url_bytes(c["png"])}
                    for c in page.evaluate(CHART_IMAGES)
                )
            page.emulate_media(media="print")
            check_chart_boxes(page.evaluate(CHART_BOXES), html_path)
            check_chart_texts(page.evaluate(CHART_TEXTS), html_path)
            check_categories_apart(page.evaluate(CHART_CATEGORIES), html_path)
            page.evaluate(AS_IMAGES)
            self._pdf(page, pdf_path, footer_label, lang)
            self._number_contents(page, pdf_path, footer_label, lang, html_path)
            finish_pdf(Path(pdf_path), headings, anchors)
        except ExportError:
            self._discard_page()
            raise
        except Exception as exc:  # noqa: BLE001 - Playwright's errors carry the detail
            self._discard_page()
            raise ExportError(f"{html_path}: printing to PDF failed: {str(exc).splitlines()[0]}") from None

    def _number_contents(self, page, pdf_path: Path, footer_label: str, lang: str, where) -> None:
        """Chromium has no target-counter: read each heading's page from the print, fill the contents, print again.

        Repeats until the numbers no longer change (filling them could move a heading).
        """
        slots = page.evaluate(CONTENTS_SLOTS)
        if not slots:
            return
        for _ in range(3):
            if not page.evaluate(FILL_CONTENTS, heading_pages(Path(pdf_path), slots, where)):
                return
            self._pdf(page, pdf_path, footer_label, lang)
        raise ExportError(f"{where}: the contents' page numbers do not settle")

    def _pdf(self, page, pdf_path: Path, footer_label: str, lang: str) -> None:
        page.pdf(
            path=str(pdf_path),
            format="A4",
            prefer_css_page_size=True,
            print_background=True,
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=footer_template(footer_label, lang),
            margin={"top": "13mm", "bottom": "15mm", "left": "13mm", "right": "13mm"},
            outline=True,  # bookmarks from the headings
            tagged=True,  # structure, reading order and /Lang for screen readers and text extraction
        )

    def _discard_page(self) -> None:
        if self._page is not None:
            try:
                self._page.close()
            except Exception:  # noqa: BLE001 - the page may already be gone
                pass
            self._page = None
