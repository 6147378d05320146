"""The full report of one language: a cover, a table of contents, then every chapter.

Chapters are not executed again: their executed notebooks (in the build folder)
are joined, outputs only, each behind a page break. The cover states the date the
evidence runs to (the latest source of the edition), a subtitle, a publisher line and a
short abstract, and, apart, the build date (from SOURCE_DATE_EPOCH when set, so that
builds are reproducible) and the parameters of the edition.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from pathlib import Path

import mistune

from .catalogue import t

# nbformat (1 s of imports) and Babel are imported where used: a build with nothing
# to do asks this module only for `build_date` and `FULL_NAME`.

FULL_NAME = "full"


def build_date() -> dt.date:
    """SOURCE_DATE_EPOCH's date when set (reproducible builds), else today's (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return moment.date()


def _html_cell(markup: str, computed: list[str] | None = None):
    from nbformat.v4 import new_code_cell, new_output

    metadata = {"coalition_computed": computed} if computed else {}
    return new_code_cell("", outputs=[new_output("display_data", data={"text/html": markup}, metadata=metadata)])


def _edition_sources(parameters: dict):
    from . import data
    from .selection import select_stated

    return select_stated(data.sources(), data.sources(), parameters.get("as_of") or "", data.facts())


def subtitle(lang: str, parameters: dict) -> tuple[str, list[str]]:
    """The cover's subtitle, counted from the sources of this edition, and the numbers it computed."""
    from . import periods
    from .output_coverage import numbers_in_line

    sources = _edition_sources(parameters)
    dates = periods.sources_dates(sources, lang, style="bracketed")
    text = t("full.subtitle", lang, sources=len(sources), dates=dates)
    return text, numbers_in_line(f"{len(sources)} {dates}")


def abstract(lang: str, parameters: dict) -> tuple[str, str, list[str]]:
    """The cover's evidence line ('Evidence up to 15 October 2024', the latest source of the edition) and
    its short abstract, both counted from the edition's rows; and the numbers they computed."""
    from . import findings
    from .output_coverage import numbers_in_line

    sources = _edition_sources(parameters)
    latest = findings.latest_source_text(sources, lang)
    shown = len(findings.selected(parameters.get("as_of") or "", parameters.get("include_disputed", True)))
    evidence = t("full.evidence_up_to", lang, date=latest)
    text = t("full.abstract", lang, sources=len(sources), latest=latest, findings=shown)
    return evidence, text, numbers_in_line(f"{evidence} {text}")


def cover(lang: str, parameters: dict, latest: str | None, built: dt.date) -> str:
    """Title, subtitle, the date the evidence runs to (the latest source of the edition), a publisher
    line and a short abstract; the build date apart, below, with the edition's parameters."""
    from . import fmt

    direction = "rtl" if lang == "ar" else "ltr"
    as_of = parameters.get("as_of") or ""
    lines = [t("ui.edition_name", lang)]
    if as_of:
        lines.append(t("full.as_of", lang, date=fmt.date(as_of, lang)))
    lines.append(t("full.disputed_in" if parameters.get("include_disputed", True) else "full.disputed_out", lang))
    items = "".join(f"<li>{html.escape(x)}</li>" for x in lines)
    sub, _ = subtitle(lang, parameters)
    evidence, summary, _ = abstract(lang, parameters)
    return (
        f'<section class="cover" dir="{direction}">'
        f'<p class="cover-title">{html.escape(t("full.title", lang))}</p>'
        f'<p class="cover-subtitle">{html.escape(sub)}</p>'
        f'<p class="cover-evidence">{html.escape(evidence)}</p>'
        f'<p class="cover-publisher">{html.escape(t("full.publisher", lang))}</p>'
        f'<div class="cover-abstract"><p class="cover-abstract-title">{html.escape(t("full.abstract_title", lang))}</p>'
        f'<p>{html.escape(summary)}</p></div>'
        f'<div class="cover-edition"><p class="cover-date">{html.escape(t("full.built", lang, date=fmt.date(built, lang)))}</p>'
        f'<p class="cover-params-title">{html.escape(t("full.parameters", lang))}</p><ul class="cover-params">{items}</ul></div>'
        "</section>"
    )


def _entry(anchor: str, title: str, sections: list[tuple[str, str]] = ()) -> str:
    """One line of the contents: a link to `anchor` with an empty slot the printer fills with its page."""
    nested = "".join(_entry(a, ti) for a, ti in sections)
    return (
        f'<li><a href="#{html.escape(anchor)}"><span class="toc-title">{html.escape(title)}</span>'
        '<span class="toc-leader" aria-hidden="true"></span>'
        f'<span class="toc-page" data-page-for="{html.escape(anchor)}"></span></a>'
        + (f"<ol>{nested}</ol>" if nested else "") + "</li>"
    )


def contents(lang: str, chapters: list[tuple]) -> str:
    """The table of contents: a link per chapter (name, title[, sections]) and per section (anchor, title).

    Each entry has a page slot (`data-page-for`): the PDF printer reads the page of every
    heading from a first print and fills the slots before printing again.
    """
    direction = "rtl" if lang == "ar" else "ltr"
    items = "".join(_entry(f"chapter-{c[0]}", c[1], c[2] if len(c) > 2 else []) for c in chapters)
    return (
        f'<nav class="contents" dir="{direction}" aria-labelledby="contents-title">'
        f'<h1 id="contents-title">{html.escape(t("full.contents", lang))}</h1>'
        f"<ol>{items}</ol></nav>"
    )


PLOTLY_MIME = "application/vnd.plotly.v1+json"


def _evidence_appendix(body: list, captions: list, lang: str) -> list:
    """Number every chapter's evidence once, rewrite each chart's source line with those numbers,
    and return the appendix cells: each quote once, linked back to every chart that uses it."""
    from nbformat.v4 import new_code_cell, new_output

    from . import citations, evidence

    cited = citations.index()
    every = [rid for _, ids, _ in captions for rid in ids]
    # numbered source by source (in order of each source's first use), so that the appendix lists each
    # source's quotes under its name once
    items = evidence.entries(every, cited)
    rows = cited.drop_duplicates("id").set_index("id")
    first: dict = {}
    for entry in items:  # each source, then each outlet it cites, in order of first use
        first.setdefault(entry.source_id, len(first))
        first.setdefault((entry.source_id, evidence.origin_of(entry, rows)), len(first))
    items = sorted(items, key=lambda e: (first[e.source_id], first[(e.source_id, evidence.origin_of(e, rows))]))
    numbers = {entry.key: n for n, entry in enumerate(items, start=1)}
    uses: dict = {}
    for anchor, ids, _ in captions:
        for entry in evidence.entries(ids, cited) if anchor else []:
            uses.setdefault(entry.key, []).append((anchor, int(anchor.rsplit("-", 1)[1])))
    lines = iter(captions)
    for cell in body:  # each chart's source line, in order, with the report's numbers
        for i, output in enumerate(cell.get("outputs", [])):
            if output.get("metadata", {}).get("coalition", {}).get("kind") == "sources":
                anchor, ids, title = next(lines)
                figure = int(anchor.rsplit("-", 1)[1]) if anchor else None
                marked = output.get("metadata", {}).get("coalition", {})
                if marked.get("statements"):  # an argument's sentence or the statements table, renumbered
                    from .statements import rerender

                    cell.outputs[i] = new_output("display_data", data={"text/html": rerender(marked, cited, numbers, lang)},
                                                 metadata={"coalition": marked})
                    continue
                cell.outputs[i] = new_output("display_data", data={"text/html": evidence.caption_html(ids, cited, numbers, lang, figure)},
                                             metadata={"coalition": {"kind": "sources", "ids": ids, "title": title,
                                                                     "chart": bool(anchor)}})
    return [
        _html_cell('<div class="chapter-start"></div>'),
        new_code_cell("", outputs=[anchored_heading(1, t("full.evidence", lang), "chapter-evidence")]),
        _html_cell(evidence.list_html(items, numbers, uses, cited, lang)),
    ]


HEADING = re.compile(r"\A(#{1,6})[ \t]+(.+?)[ \t#]*\Z")


def heading_of(output) -> tuple[int, str] | None:
    """(level, text) when a display output is one Markdown heading, else None."""
    source = output.get("data", {}).get("text/markdown") if output.get("output_type") in ("display_data", "execute_result") else None
    if not isinstance(source, str):
        return None
    found = HEADING.match(source.strip())
    return (len(found.group(1)), found.group(2)) if found and "\n" not in source.strip() else None


def anchored_heading(level: int, text: str, anchor: str):
    """A heading output with a stable, unique id (the contents and the PDF printer point at it)."""
    from nbformat.v4 import new_output

    inner = mistune.create_markdown(escape=True)(text).strip()
    inner = inner[3:-4] if inner.startswith("<p>") and inner.endswith("</p>") else html.escape(text)
    return new_output("display_data", data={"text/html": f'<h{level} id="{html.escape(anchor)}">{inner}</h{level}>'})


RECONCILIATION = re.compile(r'<li id="[^"]*"><b>.*?</b><br\s*/?>(.*?)</li>', re.S)


def _html_of(output) -> str:
    markup = output.get("data", {}).get("text/html", "")
    return "".join(markup) if isinstance(markup, list) else markup


def _printed_elsewhere(chapters: list) -> str:
    """Every HTML output of the chapters but the method annex's list of reconciliation notes, joined."""
    return html.unescape("\n".join(_html_of(o) for nb in chapters for cell in nb.cells if cell.cell_type == "code"
                     for o in cell.get("outputs", []) if 'class="reconciliation"' not in _html_of(o)))


def _without_repeated_notes(cell, printed: str):
    """The method annex's reconciliation cell (heading, intro, list) without the notes a chapter of the full
    report already prints word for word; None when every note is printed there (the section would be empty).
    A chapter built alone keeps its list."""
    from nbformat.v4 import new_output

    for i, output in enumerate(cell.get("outputs", [])):
        markup = _html_of(output)
        if 'class="reconciliation"' not in markup:
            continue
        kept = RECONCILIATION.sub(lambda m: "" if m.group(1).strip() and html.unescape(m.group(1)) in printed else m.group(0), markup)
        if not RECONCILIATION.search(kept):
            return None
        cell.outputs[i] = new_output("display_data", data={**output["data"], "text/html": kept},
                                     metadata=output.get("metadata", {}))
    return cell


def assemble(
    executed: list[tuple[str, str, Path]], lang: str, parameters: dict, latest: str | None, built: dt.date,
    changes=None,
):
    """Join executed chapters (name, title, path) into one notebook of outputs, with cover, contents and,
    when `changes` (`editions.Changes`) is given, what changed since the previous edition."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    from . import numbering

    nb = new_notebook()
    nb.metadata = {"coalition": {"title": "full.title"}}
    body, toc = [], []
    charts = tables = 0
    captions: list[tuple[str, list[str], str]] = []  # (chart anchor, row ids, title) of each chart's source line
    read = [nbformat.read(str(path), as_version=4) for _, _, path in executed]
    printed = _printed_elsewhere(read)
    for (name, title, path), chapter in zip(executed, read):
        start = len(body)
        body.append(_html_cell('<div class="chapter-start"></div>'))
        sections: list[tuple[str, str]] = []
        titled = False
        for cell in chapter.cells:
            if cell.cell_type == "code" and cell.get("outputs"):
                if any('class="reconciliation"' in _html_of(o) for o in cell.outputs):
                    cell = _without_repeated_notes(cell, printed)
                    if cell is None:  # every note is printed in a chapter: the section would repeat them
                        continue
                outputs = []
                for output in cell.outputs:
                    marked = output.get("metadata", {}).get("coalition", {})
                    if marked.get("kind") == "evidence":  # a chapter's own list: one appendix replaces them
                        continue
                    if PLOTLY_MIME in output.get("data", {}):
                        charts += 1
                    if marked.get("kind") in ("figure-title", "table-title"):  # numbered across the report
                        tables += marked["kind"] == "table-title"
                        n = charts + 1 if marked["kind"] == "figure-title" else tables
                        output = new_output("display_data", metadata=output.get("metadata", {}), data={
                            **output["data"], "text/html": numbering.renumber(output["data"]["text/html"], n, lang)})
                    if marked.get("kind") == "sources":
                        anchor = f"chart-{charts}" if marked.get("chart", True) else ""  # a sentence's sources: no chart
                        captions.append((anchor, list(marked.get("ids", [])), marked.get("title", "")))
                    found = heading_of(output)
                    if found and found[0] == 1 and not titled:
                        output, titled = anchored_heading(1, found[1], f"chapter-{name}"), True
                    elif found and found[0] == 2:
                        anchor = f"{name}-{len(sections) + 1}"
                        sections.append((anchor, found[1]))
                        output = anchored_heading(2, found[1], anchor)
                    outputs.append(output)
                body.append(new_code_cell("", outputs=outputs))
        if not titled:  # a chapter without a title heading: its contents link points at its first page
            body[start] = _html_cell(f'<div class="chapter-start" id="chapter-{html.escape(name)}"></div>')
        toc.append((name, title, sections))
    if captions:
        body += _evidence_appendix(body, captions, lang)
        toc.append(("evidence", t("full.evidence", lang), []))
    if changes is not None:  # at the back: readers meet the findings first
        from .editions import render

        body.append(_html_cell('<div class="chapter-start"></div>'))
        body.append(_html_cell(render(changes, lang, heading_level=1, built=built, anchor="chapter-changes")))
        toc.append(("changes", t("changes.title", lang), []))
    nb.cells = [_html_cell(cover(lang, parameters, latest, built), subtitle(lang, parameters)[1] + abstract(lang, parameters)[2]),
                _html_cell(contents(lang, toc))]
    nb.cells += body
    return nb
