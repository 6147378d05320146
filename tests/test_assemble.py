from __future__ import annotations

import datetime as dt

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.assemble import assemble, build_date, contents, cover
from analysis.catalogue import t


def chapter(path, text):
    nb = new_notebook()
    nb.cells = [
        new_markdown_cell("editor's note"),
        new_code_cell("x = 1"),
        new_code_cell("show()", outputs=[new_output("display_data", data={"text/markdown": text})]),
    ]
    nbformat.write(nb, str(path))
    return path


def test_build_date_follows_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert build_date() == dt.date(2023, 11, 14)


def test_cover_states_build_date_and_parameters():
    page = cover("en", {"lang": "en", "as_of": "2024-01-31", "include_disputed": False}, "2024-10-15", dt.date(2025, 1, 2))
    assert "January 2, 2025" in page or "2 January 2025" in page
    assert "31 January 2024" in page and t("full.disputed_out", "en") in page and "as_of" not in page
    latest = cover("ar", {"lang": "ar", "as_of": "", "include_disputed": True}, "2024-10-15", dt.date(2025, 1, 2))
    assert 'dir="rtl"' in latest and t("full.evidence_up_to", "ar", date="15\u00a0تشرين الأول/أكتوبر 2024") in latest


def test_cover_states_the_evidence_date_apart_from_the_build_date_with_an_abstract():
    """'Evidence up to' is the latest source of the edition (not the build date, not the parameter)."""
    from analysis import data, findings
    from analysis.selection import select_stated

    page = cover("en", {"lang": "en", "as_of": "", "include_disputed": True}, None, dt.date(2026, 11, 25))
    latest = findings.latest_source_date(data.sources())
    assert t("full.evidence_up_to", "en", date=f"{latest.day} {latest:%B %Y}") in page
    assert page.index("cover-evidence") < page.index("cover-abstract") < page.index("cover-date")
    assert "25 November 2026" in page[page.index("cover-date"):] and "25 November 2026" not in page[:page.index("cover-date")]
    assert t("full.publisher", "en") in page and t("full.abstract_title", "en") in page
    early = cover("en", {"lang": "en", "as_of": "2024-02-01", "include_disputed": True}, None, dt.date(2026, 11, 25))
    sources = select_stated(data.sources(), data.sources(), "2024-02-01", data.facts())
    assert findings.latest_source_date(sources) < latest
    assert t("full.evidence_up_to", "en", date=findings.latest_source_text(sources, "en")) in early


def test_contents_links_each_chapter_anchor():
    page = contents("en", [("01_x", "First <chapter>"), ("02_y", "Second")])
    assert 'href="#chapter-01_x"' in page and 'href="#chapter-02_y"' in page
    assert "First &lt;chapter&gt;" in page


def test_assemble_keeps_outputs_in_order_and_drops_code_and_notes(tmp_path):
    a, b = chapter(tmp_path / "a.ipynb", "alpha"), chapter(tmp_path / "b.ipynb", "beta")
    nb = assemble([("a", "A", a), ("b", "B", b)], "en", {"as_of": ""}, "2024-10-15", dt.date(2025, 1, 1))
    texts = [o.data.get("text/markdown") or o.data.get("text/html") for c in nb.cells for o in c.outputs]
    assert texts[0].startswith('<section class="cover"') and texts[1].startswith('<nav class="contents"')
    assert texts[2] == '<div class="chapter-start" id="chapter-a"></div>' and texts[3] == "alpha"
    assert texts[4] == '<div class="chapter-start" id="chapter-b"></div>' and texts[5] == "beta"
    assert all(c.source == "" for c in nb.cells) and all(c.cell_type == "code" for c in nb.cells)


def test_contents_lists_each_chapter_and_section_with_a_page_slot(tmp_path):
    a = chapter(tmp_path / "a.ipynb", "# Chapter *A*")
    nb = nbformat.read(str(a), as_version=4)
    nb.cells[2].outputs += [new_output("display_data", data={"text/markdown": "## First part"}),
                            new_output("display_data", data={"text/markdown": "text\n\n## not a heading output"}),
                            new_output("display_data", data={"text/markdown": "## Second <part>"})]
    nbformat.write(nb, str(a))
    full = assemble([("a", "A", a)], "ar", {"as_of": ""}, "2024-10-15", dt.date(2025, 1, 1))
    texts = [o.data.get("text/markdown") or o.data.get("text/html") for c in full.cells for o in c.outputs]
    toc = texts[1]
    assert 'dir="rtl"' in toc
    for anchor in ("chapter-a", "a-1", "a-2"):
        assert f'href="#{anchor}"' in toc and f'data-page-for="{anchor}"' in toc
    assert toc.index("chapter-a") < toc.index("First part") < toc.index("Second &lt;part&gt;")
    assert '<h1 id="chapter-a">Chapter <em>A</em></h1>' in texts
    assert '<h2 id="a-1">First part</h2>' in texts and '<h2 id="a-2">Second &lt;part&gt;</h2>' in texts
    assert texts[2] == '<div class="chapter-start"></div>'  # the id moved to the chapter's heading


def _notes_chapters(tmp_path, printed_texts):
    """A chapter printing `printed_texts` as boxed notes, and a method annex listing two notes."""
    import html as _html

    import pandas as pd

    from analysis.method import reconciliation_list

    a = chapter(tmp_path / "a.ipynb", "# Chapter A")
    nb = nbformat.read(str(a), as_version=4)
    nb.cells[2].outputs += [new_output("display_data", data={
        "text/html": f'<div class="note"><p><b>Reconciling the figures.</b> {_html.escape(x, quote=False)}</p></div>'})
        for x in printed_texts]
    nbformat.write(nb, str(a))
    m = chapter(tmp_path / "m.ipynb", "# Method")
    nb = nbformat.read(str(m), as_version=4)
    notes = pd.DataFrame({"note_id": ["N1", "N2"], "kind": ["same_number_different_things"] * 2,
                          "note_en": ["The paper's 153 counts attacks.", "Two sources, two dates."], "note_ar": ["ا", "ب"]})
    nb.cells.append(new_code_cell("", outputs=[
        new_output("display_data", data={"text/markdown": "## Where the sources differ"}),
        new_output("display_data", data={"text/html": "<p>These notes say which is which.</p>"}),
        new_output("display_data", data={"text/html": reconciliation_list(notes, "en")})]))
    nbformat.write(nb, str(m))
    full = assemble([("a", "A", a), ("m", "M", m)], "en", {"as_of": ""}, "2024-10-15", dt.date(2025, 1, 1))
    return [o.data.get("text/markdown") or o.data.get("text/html") for c in full.cells for o in c.outputs]


def test_full_report_lists_only_the_reconciliation_notes_no_chapter_prints(tmp_path):
    # the chapter prints N1 (its apostrophe escaped otherwise than in the list): the annex keeps N2 alone
    texts = _notes_chapters(tmp_path, ["The paper's 153 counts attacks."])
    listed = next(x for x in texts if 'class="reconciliation"' in x)
    assert 'id="N1"' not in listed and 'id="N2"' in listed and "Two sources, two dates." in listed
    assert any('id="m-1">Where the sources differ' in x for x in texts)


def test_full_report_drops_the_reconciliation_section_when_every_note_is_printed(tmp_path):
    texts = _notes_chapters(tmp_path, ["The paper's 153 counts attacks.", "Two sources, two dates."])
    assert not any('class="reconciliation"' in x for x in texts)
    assert not any("Where the sources differ" in x for x in texts)  # nor in the contents
    assert not any("which is which" in x for x in texts)
