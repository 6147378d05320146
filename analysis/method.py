"""The method chapter's blocks: what qualifiers and statuses mean, the reconciliation
notes, and the bibliography. Each returns escaped HTML built from data and catalogue."""

from __future__ import annotations

import html

import pandas as pd

from . import fmt, reconcile
from .catalogue import t

QUALIFIERS = ("exact", "about", "nearly", "estimated", "at_least", "more_than", "at_most", "range")
STATUSES = ("reported", "claim", "disputed")


def _dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


def _table(head: list[str], rows: list[list[str]], lang: str) -> str:
    thead = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table dir="{_dir(lang)}"><thead><tr>{thead}</tr></thead><tbody>{body}</tbody></table>'


def qualifiers_table(facts: pd.DataFrame, lang: str) -> str:
    """Each qualifier used in the data: its word, how charts write it, what it means, how many facts."""
    used = facts["qualifier"].value_counts()
    rows = []
    for q in QUALIFIERS:
        if q not in used:
            continue
        example = fmt.qualified(1000, q, lang, 2000 if q == "range" else None)
        rows.append([t(f"qualifier.{q}", lang), example, t(f"method.qualifier_meaning.{q}", lang), fmt.number(used[q], lang)])
    head = [t(f"method.col_{c}", lang) for c in ("qualifier", "written", "meaning", "facts")]
    return _table(head, rows, lang)


def statuses_table(facts: pd.DataFrame, lang: str) -> str:
    """Each status: what it means and how many facts carry it."""
    used = facts["status"].value_counts()
    rows = [[t(f"status.{s}", lang), t(f"method.status_meaning.{s}", lang), fmt.number(int(used.get(s, 0)), lang)] for s in STATUSES]
    head = [t(f"method.col_{c}", lang) for c in ("status", "meaning", "facts")]
    return _table(head, rows, lang)


def notes_shown(notes: pd.DataFrame, shown_ids: set[str]) -> pd.DataFrame:
    """The reconciliation notes whose every cited row is in this edition."""
    return reconcile.select(notes, shown_ids, require="all")


def reconciliation_list(notes: pd.DataFrame, lang: str) -> str:
    """The notes as a list: kind, then the note in `lang`, then the rows it concerns."""
    column = "note_ar" if lang == "ar" else "note_en"
    items = []
    for _, row in notes.iterrows():
        # the note id is the item's anchor, never text readers see; the kind is its title
        items.append(
            f"<li id=\"{html.escape(row['note_id'])}\"><b>{html.escape(t('kind.' + row['kind'], lang))}</b><br>"
            f"{html.escape(row[column])}</li>"
        )
    return f'<ol dir="{_dir(lang)}">' + "".join(items) + "</ol>"


def bibliography(sources: pd.DataFrame, lang: str) -> str:
    """One entry per source: citation label, kind, author, title, date and how it is known, file name."""
    items = []
    for _, s in sources.sort_values("source_id").iterrows():
        parts = [f"<b>{html.escape(t('source.' + s['source_id'], lang))}</b>", html.escape(t("kind." + s["kind"], lang))]
        author = s["author_ar"] if lang == "ar" else s["author"]
        if isinstance(author, str) and author:
            parts.append(html.escape(author))
        title = s["title_ar"] if lang == "ar" else (s["title_en"] if isinstance(s["title_en"], str) and s["title_en"] else s["about_en"])
        if isinstance(title, str) and title:
            parts.append(f"<i>{html.escape(title)}</i>")
        parts.append(html.escape(t("method.date_" + s["date_status"], lang)))
        parts.append(f'{html.escape(t("method.file", lang))} <code dir="ltr">{html.escape(s["file_name"])}</code>')
        items.append(f'<li id="{html.escape(s["source_id"])}">' + " · ".join(parts) + "</li>")
    return f'<ol class="bibliography" dir="{_dir(lang)}">' + "".join(items) + "</ol>"


def shown_ids(*frames_and_columns: tuple[pd.DataFrame, str]) -> set[str]:
    """The ids of every row in this edition, from (frame, id column) pairs."""
    return {i for frame, column in frames_and_columns for i in frame[column]}
