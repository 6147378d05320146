"""Numbered figures and tables: "Figure 4. ISIS attacks per month: …", «الجدول 2: …».

A chapter numbers its own figures and tables as it shows them (`report.Edition`); the full
report numbers them again, in order, across every chapter (`assemble`). The number lives in one
element (`<b class="figure-no" data-kind="figure">`), so renumbering rewrites that element only.
A chart's title is printed above it as text: the chart itself gives up the room its title took.
"""

from __future__ import annotations

import html
import re

from .catalogue import t

KINDS = ("figure", "table")
TITLE_ROOM = 45  # px a one-line plotly title takes at the top of a chart
LABEL = re.compile(r'<b class="figure-no" data-kind="(figure|table)">[^<]*</b>')


def label(kind: str, n: int, lang: str) -> str:
    """'Figure 4', «الجدول 2»."""
    return t(f"ui.{kind}", lang, number=str(n))


def _label_html(kind: str, n: int, lang: str) -> str:
    return f'<b class="figure-no" data-kind="{kind}">{html.escape(label(kind, n, lang))}</b>'


def title_html(kind: str, n: int, title: str, lang: str) -> str:
    """The numbered title line above a figure or table. `title` may hold plotly's `<br>` breaks
    and `<b>`/`<i>` marks; they become spaces and plain text."""
    from .alt import plain

    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: one of {KINDS}")
    text = plain(title)
    text = html.escape(text[:1].upper() + text[1:])  # a title opens with a capital ("Four working groups …")
    return (f'<p class="{kind}-title numbered-title">'
            + t("ui.numbered_title", lang, label=_label_html(kind, n, lang), title=text) + "</p>")


def renumber(markup: str, n: int, lang: str) -> str:
    """`markup` with the number of its figure or table label set to `n`."""
    return LABEL.sub(lambda m: _label_html(m.group(1), n, lang), markup, count=1)


def kind_of(markup: str) -> str | None:
    """'figure' or 'table' when `markup` holds a numbered title, else None."""
    found = LABEL.search(markup)
    return found.group(1) if found else None


def untitled(fig) -> None:
    """Move a chart's title out of the chart (kept in `layout.meta.title`) and give its room to the plot:
    the top margin shrinks, the height stays (a legend under a narrow chart keeps the room it needs)."""
    title = fig.layout.title.text if fig.layout.title else None
    if not title:
        return
    meta = dict(fig.layout.meta or {})
    meta["title"] = title
    top = fig.layout.margin.t if fig.layout.margin and fig.layout.margin.t is not None else 80
    room = min(TITLE_ROOM, max(0, top - 10))
    if any(a.yref == "paper" and (a.y or 0) >= 1 for a in fig.layout.annotations or ()):
        room = 0  # a note above the plot keeps the room (on a phone it wraps to more lines)
    update = {"title": {"text": ""}, "meta": meta, "margin": {"t": top - room}}
    fig.update_layout(**update)
