"""The method chapter's blocks: what qualifiers and statuses mean, the reconciliation
notes, and the bibliography. Each returns escaped HTML built from data and catalogue."""

from __future__ import annotations

import html
import re

import pandas as pd

from . import derive, fmt, periods, reconcile
from .catalogue import has, t

QUALIFIERS = ("exact", "about", "nearly", "estimated", "at_least", "more_than", "at_most", "range")
STATUSES = ("reported", "claim", "disputed")


def _dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


_ARABIC_QUOTE = re.compile(r"«([^»]*[\u0600-\u06FF][^»]*)»")


def _cell(text: str, lang: str) -> str:
    """A table cell's escaped text; in an English table an Arabic quote gets its own right-to-left line."""
    escaped = html.escape(text)
    if lang == "ar":
        return escaped
    return _ARABIC_QUOTE.sub(r'<span class="quote" lang="ar" dir="rtl" style="display:block">«\1»</span>', escaped)


def _table(head: list[str], rows: list[list[str]], lang: str, name: str = "") -> str:
    thead = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{_cell(c, lang)}</td>" for c in row) + "</tr>" for row in rows)
    named = f' class="{name}"' if name else ""
    return f'<table{named} dir="{_dir(lang)}"><thead><tr>{thead}</tr></thead><tbody>{body}</tbody></table>'


def qualifiers_table(facts: pd.DataFrame, lang: str) -> str:
    """Each qualifier used in the data: its word, how charts write it, what it means, how many facts."""
    used = facts["qualifier"].value_counts()
    rows = []
    for q in QUALIFIERS:
        if q not in used:
            continue
        first = facts[facts["qualifier"] == q].iloc[0]  # a real figure, as the charts write it
        example = fmt.qualified(first["value"], q, lang, first["value_high"], unit=first.get("unit"))
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
    return f'<ol class="reconciliation" dir="{_dir(lang)}">' + "".join(items) + "</ol>"


def extraction_values(sources: pd.DataFrame, exclusions: pd.DataFrame, lang: str) -> dict[str, str]:
    """Placeholders of the method's opening: how many sources, of which kinds and dates, and why
    the numbers of the sources that are not data were set aside; all counted from the tables."""
    kinds = sources["kind"].value_counts()
    # "two news reports, an encyclopedia article…": each kind counted with its own plural forms
    kind_text = fmt.join([t(f"kind_count.{k}", lang, n=fmt.count(n, lang)) for k, n in kinds.items()], lang)
    reasons = list(dict.fromkeys(r.split(":", 1)[0] for r in exclusions["reason"]))
    reason_words = [t(f"exclusion_reason.{r}", lang) for r in reasons]
    return {"sources": len(sources), "kinds": kind_text,
            "dates": periods.sources_dates(sources, lang, gender="f"),  # «وثائق»
            "reasons": fmt.join_or(reason_words, lang)}


def limits_values(facts: pd.DataFrame, sources: pd.DataFrame, lang: str) -> dict[str, str]:
    """Placeholders of the limits paragraph: how many figures have an unknown or inferred period."""
    return {"sources": len(sources), "facts": len(facts),
            "unknown_periods": fmt.number(int((facts["period_status"] == "unknown").sum()), lang),
            "inferred_periods": fmt.number(int((facts["period_status"] == "inferred").sum()), lang)}


def input_metric(fact, lang: str) -> str:
    """What an input row counts, named with its subject where the bare metric misleads: the ISIS toll
    the coalition room claims is «قتلى داعش المعلَنون», not «القتلى من المقاتلين»."""
    special = f"derive.input_{fact['subject']}_{fact['metric']}"
    return t(special, lang) if has(special) else t("metric." + fact["metric"], lang)


def derivations_table(facts: pd.DataFrame, lang: str) -> tuple[str, list[str]]:
    """Every derived or inferred value: kind, what the reports say, how, from which rows.
    Returns the HTML table and the numbers it states (for the output-side coverage check)."""
    rows, numbers = [], []
    by_id = facts.set_index("fact_id")
    for _, d in derive.derivations(facts, lang).iterrows():
        # the input rows as readers know them: the cited figure, what it counts, and its source
        inputs = []
        for fid in d["ids"]:
            f = by_id.loc[fid]
            inputs.append(f"{fmt.qualified(f['value'], f['qualifier'], lang, f['value_high'], unit=f['unit'])} "
                          f"({input_metric(f, lang)}{fmt.semicolon(lang)}{periods.source_name(f['source_id'], lang, flat=True)})")
        rows.append([t(f"derive.kind.{d['kind']}", lang), d["value"], d["formula"], fmt.semicolon(lang).join(inputs)])
        numbers += [d["value"], d["formula"]]
    head = [t(f"method.col_{c}", lang) for c in ("kind", "value", "formula", "inputs")]
    return _table(head, rows, lang, "derivations"), numbers


def bibliography(sources: pd.DataFrame, lang: str) -> str:
    """One reference per source, as a bibliography writes it, each field once:
    "[The Russia–Iran–Iraq–Syria quadrilateral coalition nearly eight years on], news report,
    Al-Araby Al-Jadeed, with reporting by Zaid Salem (2023; date inferred from the text)". A title the source gives is quoted;
    the project's description of an untitled source stands in square brackets."""
    sep = "، " if lang == "ar" else ", "
    items = []
    for _, s in sources.sort_values("source_id").iterrows():
        parts = []
        author = s["author_ar"] if lang == "ar" else s["author"]
        contributor = isinstance(author, str) and author and s["author_role"] != "author"
        if isinstance(author, str) and author and not contributor:
            parts.append(author)
        title = s["title_ar"] if lang == "ar" else s["title_en"]
        if isinstance(title, str) and title:
            parts.append(t("method.bib_title", lang, title=title))
        elif lang != "ar" and isinstance(s["about_en"], str) and s["about_en"]:
            about = s["about_en"]
            kind_prefix = t("kind." + s["kind"], lang) + ": "
            about = about[len(kind_prefix):] if about.startswith(kind_prefix) else about
            parts.append(t("method.bib_described", lang, title=about[:1].upper() + about[1:]))
        kind = t("kind." + s["kind"], lang)
        untitled = not (isinstance(title, str) and title) and not (lang != "ar" and isinstance(s["about_en"], str) and s["about_en"])
        if untitled and not (isinstance(s["publisher"], str) and s["publisher"]):
            # nothing names it but its kind («تحليل»): the short name the text calls it by («التحليل المنشور مطلع 2024»)
            parts.append(periods.source_name(s["source_id"], lang, sources, flat=True))
        else:
            parts.append(kind[:1].lower() + kind[1:] if lang == "en" else kind)
        if isinstance(s["publisher"], str) and s["publisher"] and not s["publisher"].endswith("_unnamed"):
            parts.append(t(f"publisher.{s['publisher']}", lang))
        if contributor:
            # a contributor is not the author (the text says "took part in the report"): named after the
            # title and publisher, never in the author's place
            parts.append(t("method.bib_contributor", lang, name=author))
        how = t("method.date_" + s["date_status"], lang)
        if s["date_status"] == "unknown" or pd.isna(s["date"]):
            when = t("method.bib_undated", lang, how=how)
        else:
            date = fmt.date(pd.Timestamp(s["date"]).date(), lang, "day" if s["date_precision"] == "not_before" else s["date_precision"])
            if s["date_precision"] == "not_before":
                date = t("period.not_before", lang, date=date)
            when = t("method.bib_when", lang, date=date, how=how)
        text = sep.join(parts) + " " + when
        # the file name is the project's, not the reader's: it stays in the data, never in the text
        items.append(f'<li id="{html.escape(s["source_id"])}">' + html.escape(text) + "</li>")
    return f'<ol class="bibliography" dir="{_dir(lang)}">' + "".join(items) + "</ol>"


def shown_ids(*frames_and_columns: tuple[pd.DataFrame, str]) -> set[str]:
    """The ids of every row in this edition, from (frame, id column) pairs."""
    return {i for frame, column in frames_and_columns for i in frame[column]}
