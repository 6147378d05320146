"""The full report of one language: a cover, a table of contents, then every chapter.

Chapters are not executed again: their executed notebooks (in the build folder)
are joined, outputs only, each behind a page break. The cover states the build
date (from SOURCE_DATE_EPOCH when set, so that builds are reproducible) and the
parameters of the edition.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path

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


def subtitle(lang: str, parameters: dict) -> tuple[str, list[str]]:
    """The cover's subtitle, counted from the sources of this edition, and the numbers it computed."""
    from . import data, periods
    from .output_coverage import numbers_in_line
    from .selection import select_stated

    sources = select_stated(data.sources(), data.sources(), parameters.get("as_of") or "", data.facts())
    dates = periods.sources_dates(sources, lang)
    text = t("full.subtitle", lang, sources=len(sources), dates=dates)
    return text, numbers_in_line(f"{len(sources)} {dates}")


def cover(lang: str, parameters: dict, latest: str | None, built: dt.date) -> str:
    from . import fmt

    direction = "rtl" if lang == "ar" else "ltr"
    as_of = parameters.get("as_of") or ""
    if as_of:
        as_of_line = t("full.as_of", lang, date=fmt.date(as_of, lang))
    else:
        as_of_line = t("full.as_of_latest", lang, date=fmt.date(latest, lang) if latest else t("ui.undated", lang))
    disputed = t("full.disputed_in" if parameters.get("include_disputed", True) else "full.disputed_out", lang)
    items = "".join(f"<li>{html.escape(x)}</li>" for x in (t("ui.edition_name", lang), as_of_line, disputed))
    sub, _ = subtitle(lang, parameters)
    return (
        f'<section class="cover" dir="{direction}">'
        f'<p class="cover-title">{html.escape(t("full.title", lang))}</p>'
        f'<p class="cover-subtitle">{html.escape(sub)}</p>'
        f'<p class="cover-date">{html.escape(t("full.built", lang, date=fmt.date(built, lang)))}</p>'
        f'<p class="cover-params-title">{html.escape(t("full.parameters", lang))}</p><ul class="cover-params">{items}</ul>'
        "</section>"
    )


def contents(lang: str, chapters: list[tuple[str, str]]) -> str:
    """The table of contents: one link per chapter (name, title)."""
    direction = "rtl" if lang == "ar" else "ltr"
    items = "".join(f'<li><a href="#chapter-{html.escape(name)}">{html.escape(title)}</a></li>' for name, title in chapters)
    return (
        f'<nav class="contents" dir="{direction}"><h1>{html.escape(t("full.contents", lang))}</h1>'
        f"<ol>{items}</ol></nav>"
    )


def assemble(
    executed: list[tuple[str, str, Path]], lang: str, parameters: dict, latest: str | None, built: dt.date,
    changes=None,
):
    """Join executed chapters (name, title, path) into one notebook of outputs, with cover, contents and,
    when `changes` (`editions.Changes`) is given, what changed since the previous edition."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    nb = new_notebook()
    nb.metadata = {"coalition": {"title": "full.title"}}
    nb.cells = [_html_cell(cover(lang, parameters, latest, built), subtitle(lang, parameters)[1]), _html_cell(contents(lang, [(n, ti) for n, ti, _ in executed]))]
    if changes is not None:
        from .editions import render

        nb.cells.append(_html_cell(render(changes, lang, heading_level=1)))
    for name, _, path in executed:
        chapter = nbformat.read(str(path), as_version=4)
        nb.cells.append(_html_cell(f'<div class="chapter-start" id="chapter-{html.escape(name)}"></div>'))
        for cell in chapter.cells:
            if cell.cell_type == "code" and cell.get("outputs"):
                nb.cells.append(new_code_cell("", outputs=cell.outputs))
    return nb
