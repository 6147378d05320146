"""HTML -> PDF with headless Chromium, one browser for every PDF of a build.

nbconvert's webpdf exporter launches Playwright's own Chromium and cannot be
pointed at another one; this printer can (`COALITION_CHROMIUM`, else the
system's `chromium`, else Playwright's). Pages are laid out at the printable
width of A4 so that plotly sizes each chart for the page, printed only once
every chart has drawn, with every network request refused.
"""

from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

from .exceptions import BrowserNotFoundError, ExportError

ENV_BROWSER = "COALITION_CHROMIUM"
# A4 is 210 mm wide; the template's @page margins are 15 mm a side: 180 mm at 96 px/in.
PRINTABLE_WIDTH_PX = 680
PRINTABLE_HEIGHT_PX = 990
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
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


def footer_template(label: str, lang: str = "en") -> str:
    """Chromium's footer: `label` holds {page} and {total} (e.g. "Page {page} of {total}")."""
    text = html.escape(label).format(
        page='<span class="pageNumber"></span>', total='<span class="totalPages"></span>'
    )
    return (
        '<div style="width:100%;font-size:8px;color:#5b6470;padding:0 15mm;'
        'font-family:\'Noto Sans\',\'Noto Sans Arabic\',sans-serif;display:flex;justify-content:space-between"'
        f' dir="{"rtl" if lang == "ar" else "ltr"}">'
        f'<span class="title"></span><span>{text}</span></div>'
    )


def _block_network(route) -> None:
    url = route.request.url
    if url.startswith(("file:", "data:", "blob:", "about:")):
        route.continue_()
    else:
        route.abort()


class PdfPrinter:
    """A context manager holding one headless browser; `print()` writes one PDF."""

    def __init__(self, executable: str | None = None, timeout_s: float = 90):
        self.executable = executable if executable is not None else find_chromium()
        self.timeout_ms = int(timeout_s * 1000)
        self._playwright = None
        self._browser = None

    def __enter__(self) -> PdfPrinter:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        try:
            self._browser = self._playwright.chromium.launch(
                executable_path=self.executable, args=CHROMIUM_ARGS, headless=True
            )
        except PlaywrightError as exc:
            self._playwright.stop()
            where = self.executable or "Playwright's Chromium"
            raise BrowserNotFoundError(
                f"cannot start a browser for the PDF step ({where}): {str(exc).splitlines()[0]}; {INSTALL_HINT}"
            ) from None
        return self

    def __exit__(self, *exc_info) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()

    def print(self, html_path: Path, pdf_path: Path, footer_label: str, lang: str = "en") -> None:
        """Print `html_path` to `pdf_path` (A4, page numbers), after its charts have drawn."""
        page = self._browser.new_page(viewport={"width": PRINTABLE_WIDTH_PX, "height": PRINTABLE_HEIGHT_PX})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        try:
            page.route("**/*", _block_network)
            page.goto(Path(html_path).resolve().as_uri(), wait_until="load", timeout=self.timeout_ms)
            page.wait_for_function(CHARTS_DONE, timeout=self.timeout_ms)
            if errors:
                raise ExportError(f"{html_path}: the page reported errors before printing: {'; '.join(errors)}")
            page.emulate_media(media="print")
            page.pdf(
                path=str(pdf_path),
                format="A4",
                prefer_css_page_size=True,
                print_background=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=footer_template(footer_label, lang),
                margin={"top": "16mm", "bottom": "18mm", "left": "15mm", "right": "15mm"},
                outline=True,  # bookmarks from the headings
                tagged=True,  # structure, reading order and /Lang for screen readers and text extraction
            )
        except ExportError:
            raise
        except Exception as exc:  # noqa: BLE001 - Playwright's errors carry the detail
            raise ExportError(f"{html_path}: printing to PDF failed: {str(exc).splitlines()[0]}") from None
        finally:
            page.close()
