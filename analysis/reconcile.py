"""Reconciliation notes: which ones a chapter or an edition shows, and how they are boxed.

A note cites the rows it reconciles (`fact_ids`, any table's ids, `;`-separated).
A chapter shows the notes about rows it shows: `require="all"` keeps a note only
when every row it cites is shown (so no note speaks of a row the edition left
out), `require="any"` when at least one is.
"""

from __future__ import annotations

import html

import pandas as pd


def cited_ids(cell) -> set[str]:
    return {i.strip() for i in str(cell).split(";") if i.strip()} if isinstance(cell, str) else set()


def select(notes: pd.DataFrame, shown_ids, require: str = "all") -> pd.DataFrame:
    """The notes about `shown_ids`, in note order; `require` is "all" or "any"."""
    shown = set(shown_ids)
    if require == "all":
        keep = notes["fact_ids"].map(lambda cell: bool(cited_ids(cell)) and cited_ids(cell) <= shown)
    elif require == "any":
        keep = notes["fact_ids"].map(lambda cell: bool(cited_ids(cell) & shown))
    else:
        raise ValueError(f"require must be 'all' or 'any', not {require!r}")
    chosen = notes.loc[keep]
    return (chosen.sort_values("note_id") if "note_id" in chosen else chosen).reset_index(drop=True)


def text(note: pd.Series, lang: str) -> str:
    """A note's text in `lang`."""
    return note["note_ar"] if lang == "ar" else note["note_en"]


def box(texts: list[str], lang: str, title: str) -> str:
    """Notes as one escaped HTML box (class `note`) under `title`; empty when there are none."""
    if not texts:
        return ""
    direction = "rtl" if lang == "ar" else "ltr"
    items = "".join(f"<li>{html.escape(item)}</li>" for item in texts)
    return f'<div class="note" dir="{direction}"><p><b>{html.escape(title)}</b></p><ul>{items}</ul></div>'
