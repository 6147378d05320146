"""What a notebook calls to speak to readers: headings, text, cited charts, sources.

Every word comes from the catalogue; every chart must carry the ids of the facts
it shows (`layout.meta.fact_ids`), or `show` raises UncitedFigureError. The facts
shown are remembered so that `sources_section` lists each one with its quote.
"""

from __future__ import annotations


import mistune

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import HTML, Markdown, display

from . import citations, evidence, fmt
from .catalogue import t
from .exceptions import UncitedFigureError

_used_facts: list[str] = []
_charts: list[tuple[str, str, list[str]]] = []  # (anchor, title, row ids) of each chart shown
_numbers: dict = {}  # evidence entry (source, quote) -> its number in this report


def setup(lang: str) -> None:
    """Charts as plotly's JSON mimetype (JupyterLab draws it; the report template renders it)."""
    pio.renderers.default = "plotly_mimetype"
    _used_facts.clear()
    _charts.clear()
    _numbers.clear()


COMPUTED = "coalition_computed"  # output metadata: the numbers code put into the text


def computed_numbers(values: dict) -> list[str]:
    """The numbers (digit runs) in the values filled into a sentence: what code, not the catalogue,
    wrote. The output-side coverage check accounts for a number in a report with this list."""
    from .output_coverage import numbers_in_line
    return sorted({n for v in values.values() for n in numbers_in_line(str(v))})


def heading(key: str, lang: str, level: int = 2, **values) -> None:
    display(Markdown(f"{'#' * level} {t(key, lang, **values)}"), metadata={COMPUTED: computed_numbers(values)})


def text(key: str, lang: str, **values) -> None:
    """A paragraph (Markdown) from the catalogue, with `{name}` placeholders filled."""
    display(Markdown(t(key, lang, **values)), metadata={COMPUTED: computed_numbers(values)})


def block(markup: str, numbers=()) -> None:
    """An HTML block built by code (a table, a list of notes), with the counts it computed."""
    from .output_coverage import numbers_in_line
    display(HTML(markup), metadata={COMPUTED: sorted({n for v in numbers for n in numbers_in_line(str(v))})})


def cited_fact_ids(fig: go.Figure) -> list[str]:
    meta = fig.layout.meta
    ids = meta.get("fact_ids") if isinstance(meta, dict) else None
    return list(ids or [])


def cite(ids, lang: str) -> None:
    """Record rows a sentence states (not a chart), so the sources list quotes them; prints
    their sources in a caption, as under a chart."""
    ids = [i for i in ids if i]
    if not ids:
        return
    cited = citations.index()
    unknown = sorted(set(ids) - set(cited["id"]))
    if unknown:
        raise UncitedFigureError(f"text cites rows that no data table holds: {', '.join(unknown)}")
    _used_facts.extend(i for i in ids if i not in _used_facts)
    for entry in evidence.entries(ids, cited):
        _numbers.setdefault(entry.key, len(_numbers) + 1)
    display(HTML(evidence.caption_html(ids, cited, _numbers, lang)),
            metadata={"coalition": {"kind": "sources", "ids": list(ids), "chart": False}})


def show(fig: go.Figure, lang: str) -> None:
    """Display a chart and, under it, the sources of the rows it shows (publisher and date)."""
    ids = cited_fact_ids(fig)
    title = fig.layout.title.text or "(untitled)"
    if not ids:
        raise UncitedFigureError(f"chart {title!r} shows figures with no row ids in layout.meta.fact_ids")
    cited = citations.index()
    unknown = sorted(set(ids) - set(cited["id"]))
    if unknown:
        raise UncitedFigureError(f"chart {title!r} cites rows that no data table holds: {', '.join(unknown)}")
    _used_facts.extend(i for i in ids if i not in _used_facts)
    from .alt import describe, plain

    for entry in evidence.entries(ids, cited):
        _numbers.setdefault(entry.key, len(_numbers) + 1)
    plain_title = plain(fig.layout.title.text)
    _charts.append((f"chart-{len(_charts) + 1}", plain_title, ids))  # the template numbers charts the same way
    fig.update_layout(meta={**fig.layout.meta, "alt": describe(fig, lang)})  # the chart's text alternative
    display(fig)
    # the full report renumbers the evidence of every chapter from this output's metadata
    display(HTML(evidence.caption_html(ids, cited, _numbers, lang, figure=len(_charts))),
            metadata={"coalition": {"kind": "sources", "ids": list(ids), "title": plain_title, "chart": True}})


def note(key: str, lang: str, **values) -> None:
    """A boxed note (Markdown) from the catalogue: reconciliation, caveats."""
    body = mistune.html(t(key, lang, **values))
    display(HTML(f'<div class="note" dir="{_dir(lang)}">{body}</div>'), metadata={COMPUTED: computed_numbers(values)})


def source_line(rows: pd.DataFrame, lang: str) -> str:
    """The citation label of each source of `rows` (publisher and date), with the outlets it cites
    for them ('Elham al-Najjar, 15 Oct 2024, citing RT Arabic, 27 Sep 2024'), joined."""
    return fmt.semicolon(lang).join(evidence.label_with_origins(sid, rows, lang) for sid in sorted(set(rows["source_id"])))


def sources_section(lang: str) -> None:
    """The closing list of this report's evidence: each quote once, numbered as under the charts,
    with its values, source, verbatim quote (and translation) and links back to its charts.
    The full report leaves these lists out for one appendix (`assemble`)."""
    marked = {"coalition": {"kind": "evidence"}}
    display(Markdown(f"## {t('ui.sources_section', lang)}"), metadata=marked)
    cited = citations.index()
    for entry in evidence.entries(_used_facts, cited):
        _numbers.setdefault(entry.key, len(_numbers) + 1)
    uses: dict = {}
    for n, (anchor, _, ids) in enumerate(_charts, start=1):
        for entry in evidence.entries(ids, cited):
            uses.setdefault(entry.key, []).append((anchor, n))
    display(HTML(evidence.list_html(evidence.entries(_used_facts, cited), _numbers, uses, cited, lang)), metadata=marked)


def _dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"
