"""The PDF step's pure parts: reproducible PDF files and SVG charts (no browser)."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

from analysis.pdf import canonical_svg, finish_pdf, pdf_date


def _pdf(path, created: str) -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/CreationDate": created, "/ModDate": created, "/Title": "t"})
    with path.open("wb") as handle:
        writer.write(handle)


def test_two_prints_at_different_times_give_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    _pdf(first, "D:20261125010203+00'00'")
    _pdf(second, "D:20270101000000+00'00'")
    finish_pdf(first, [])
    finish_pdf(second, [])
    assert first.read_bytes() == second.read_bytes()
    reader = PdfReader(io.BytesIO(first.read_bytes()))
    assert reader.metadata["/CreationDate"] == reader.metadata["/ModDate"] == pdf_date(1790000000)
    assert reader.trailer["/ID"][0] == reader.trailer["/ID"][1]


def test_without_source_date_epoch_the_dates_are_left(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    path = tmp_path / "a.pdf"
    _pdf(path, "D:20261125010203+00'00'")
    finish_pdf(path, [])
    assert PdfReader(path).metadata["/CreationDate"] == "D:20261125010203+00'00'"


def test_pdf_date():
    assert pdf_date(0) == "D:19700101000000+00'00'"


def test_svg_root_attributes_in_one_order():
    a = b'<svg class="main-svg" width="700" viewBox="0 0 700 450" style=""><g/></svg>'
    b = b'<svg class="main-svg" width="700" style="" viewBox="0 0 700 450"><g/></svg>'
    assert canonical_svg(a) == canonical_svg(b)
    assert canonical_svg(a).endswith(b"<g/></svg>")


def test_print_layout_saves_paper_without_smaller_type():
    """The evidence list and the bibliography print in two columns; chapters run on (no forced break
    but the contents'); the body's type size in print stays 11 pt (12 pt in Arabic)."""
    import re

    from analysis.paths import TEMPLATES_DIR

    css = (TEMPLATES_DIR / "coalition" / "report.css").read_text(encoding="utf-8")
    printed = css[css.index("@media print"):]
    printed = printed[:printed.index("\n}\n")]
    assert re.search(r"\.evidence-list, ol\.bibliography \{ column-count: 2;", printed)
    assert re.search(r"\.chapter-start \{ break-before: auto;", printed)
    assert "body { font-size: 11pt;" in printed and 'html[lang="ar"] body { font-size: 12pt;' in printed
