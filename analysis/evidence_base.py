"""The evidence base chapter: the sources in a table and the record's limits in plain words.

Everything that counts or dates is computed from data/sources.csv and the cited rows (labels and
dates through `periods` and `fmt`); the words come from the catalogue.
"""

from __future__ import annotations

import html
import re

import pandas as pd

from . import fmt, periods
from .catalogue import has, t
from .findings import latest_source_text
from .method import _table


def _slug(name) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name).lower().replace("-", "_")).strip("_") if isinstance(name, str) else ""


def second_hand(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The cited figures a source reports from someone else: an outlet it cites (`origin_ref`), or a
    claimant other than the source's own publisher or author (officials, a party, statistics)."""
    by_id = sources.set_index("source_id")
    own = {sid: {by_id.loc[sid, "publisher"], _slug(by_id.loc[sid, "author"])} - {None, ""} for sid in by_id.index}
    keep = [(isinstance(o, str) and bool(o)) or (c not in own.get(s, set()))
            for o, c, s in zip(facts["origin_ref"], facts["claimant"], facts["source_id"])]
    return facts.loc[keep]


def limits_values(sources: pd.DataFrame, facts: pd.DataFrame, lang: str) -> dict:
    """The placeholders of the limits paragraph, all counted from the edition's rows."""
    kinds = sources["kind"].value_counts()
    kind_text = fmt.join([t(f"kind_count.{k}", lang, n=fmt.count(n, lang)) for k, n in kinds.items()], lang)
    arabic = int((sources["language"] == "ar").sum())
    return {
        "sources": len(sources),
        "kinds": kind_text,
        "arabic": fmt.count(arabic, lang),
        "languages": t("evidence.all_arabic", lang) if arabic == len(sources) else "",
        "dates_sentence": periods.sources_dates(sources, lang, style="sentence"),
        "latest": latest_source_text(sources, lang),
        "facts": len(facts),
        "second_hand": fmt.count(len(second_hand(facts, sources)), lang),
        "unknown_periods": fmt.count(int((facts["period_status"] == "unknown").sum()), lang),
        "disputed": fmt.count(int((facts["status"] == "disputed").sum()), lang),
    }


def _publisher(s, lang: str) -> str:
    parts = []
    author = s["author_ar"] if lang == "ar" else s["author"]
    if isinstance(author, str) and author:
        parts.append(author if s["author_role"] == "author" else t("method.author_contributor", lang, name=author))
    if isinstance(s["publisher"], str) and s["publisher"]:
        parts.append(t(f"publisher.{s['publisher']}", lang))
    return fmt.semicolon(lang).join(parts) if parts else t("evidence.not_stated", lang)


def _date(s, lang: str) -> str:
    if s["date_status"] == "unknown" or pd.isna(s["date"]):
        ground = s["date_ground"] if lang == "en" and isinstance(s["date_ground"], str) else ""
        return t("evidence.date_how", lang, date=t("ui.undated", lang), how=ground[:1].lower() + ground[1:]) if ground \
            else t("ui.undated", lang)
    else:
        precision = "day" if s["date_precision"] == "not_before" else s["date_precision"]
        when = fmt.date(pd.Timestamp(s["date"]).date(), lang, precision)
        if s["date_precision"] == "not_before":
            when = t("period.not_before", lang, date=when)
    how = t(f"method.date_{s['date_status']}", lang)
    # how the date is known, from sources.csv: the project's note in English, the source's own words in Arabic
    ground = s["date_ground"] if lang == "en" else s["date_quote"]
    if isinstance(ground, str) and ground and s["date_status"] != "unknown":
        how = t("evidence.date_ground", lang, how=how, ground=ground[:1].lower() + ground[1:] if lang == "en" else ground)
    return t("evidence.date_how", lang, date=when, how=how)


def _about(s, lang: str) -> str:
    key = f"source_about.{s['source_id']}"
    if has(key):
        return t(key, lang)
    return s["about_en"] if lang == "en" and isinstance(s["about_en"], str) else t(f"kind.{s['kind']}", lang)


def quotes_by_source(facts: pd.DataFrame) -> pd.Series:
    """How many quoted evidence entries each source supplies: this edition's figures (`facts`) and every
    other quoted row (events, members, statements, structure items, references, notes)."""
    from .citations import index  # noqa: PLC0415 (loads every table)

    cited = index()
    others = cited[cited["table"] != "facts"]["source_id"]
    return pd.concat([others, facts["source_id"]]).value_counts()


def sources_table(sources: pd.DataFrame, facts: pd.DataFrame, lang: str) -> tuple[str, list]:
    """One row per source: what it is, publisher or author, date and how it is known, what it covers,
    how many of this edition's cited figures it states and how many quotes it supplies in all. Returns the
    HTML and the counts it states."""
    counts, quotes = facts["source_id"].value_counts(), quotes_by_source(facts)
    rows, numbers = [], []
    for _, s in sources.sort_values(["date", "source_id"], na_position="last").iterrows():
        sid = s["source_id"]
        covers = t(f"source_covers.{sid}", lang) if has(f"source_covers.{sid}") else "—"
        n, q = int(counts.get(sid, 0)), int(quotes.get(sid, 0))
        numbers += [n, q]
        rows.append([_about(s, lang), _publisher(s, lang), _date(s, lang), covers, fmt.number(n, lang), fmt.number(q, lang)])
    head = [t(f"evidence.col_{c}", lang) for c in ("what", "publisher", "date", "covers", "figures", "quotes")]
    return _table(head, rows, lang), numbers


def caption(lang: str) -> str:
    return f'<p class="caption">{html.escape(t("evidence.table_caption", lang))}</p>'
