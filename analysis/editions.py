"""Editions: what each published build used, and what changed since the previous one.

A build records a *manifest* of the record it was made from: every source (its row
and its text, digested) and every cited row of every table (digested), with, for
facts, what a reader needs to see a change (value, qualifier, source). Rows are
selected as the reports select them (`as_of`, `include_disputed`), so an edition is
the record as the reports show it. Manifests are kept in `reports/editions/`,
numbered; a build whose record equals the latest edition's adds none.

`changes()` compares the current record with the previous edition made with the same
parameters: new, changed and removed sources, figures (old and new values) and other
rows. The index and the full report show it (`render`), in both languages.

Only the standard library is used to read the data (csv), so a build with nothing to
do stays light.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

FOLDER = "editions"
FACT_FIELDS = ("value", "value_high", "qualifier", "metric", "unit", "subject", "place", "status", "source_id")
ROW_TABLES = {  # table -> id column: every cited table besides sources and facts
    "events": "event_id", "coalition_members": "member_id", "working_groups": "wg_row_id",
    "info_centre": "item_id", "stances": "stance_id", "statements": "statement_id", "references": "ref_id",
    "reconciliation": "note_id", "exclusions": "exclusion_id",
}


def _rows(path: Path) -> list[dict]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [{k: (v or "").strip() for k, v in row.items() if k is not None}
                    for row in csv.DictReader(handle) if any((v or "").strip() for v in row.values() if isinstance(v, str))]
    except OSError:
        return []


def _digest(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def _cutoff(as_of: str, facts: list[dict]) -> str:
    if as_of:
        return str(as_of)[:10]
    dates = [f.get("stated_on", "") for f in facts if f.get("stated_on")]
    return max(dates) if dates else "9999-12-31"


def manifest(data: Path, parameters: dict) -> dict:
    """The record an edition with `parameters` (as_of, include_disputed) is built from."""
    from .provenance import source_path

    params = {k: v for k, v in sorted(parameters.items()) if k != "lang"}
    facts = _rows(data / "facts.csv")
    sources = _rows(data / "sources.csv")
    cutoff = _cutoff(str(params.get("as_of") or ""), facts)
    keep_disputed = params.get("include_disputed", True) not in (False, "false", "False", 0)
    source_dates = {s.get("source_id"): s.get("date", "") for s in sources}

    def stated(date: str) -> bool:
        return not date or date[:10] <= cutoff

    out_sources = {}
    for s in sources:
        if not stated(s.get("date", "")):
            continue
        path = source_path(s.get("file_name", ""))
        text_digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path else ""
        out_sources[s["source_id"]] = {"digest": _digest([s, text_digest]), "file_name": s.get("file_name", "")}
    out_facts = {}
    for f in facts:
        if not stated(f.get("stated_on", "")) or (not keep_disputed and f.get("status") == "disputed"):
            continue
        out_facts[f["fact_id"]] = {"digest": _digest(f), **{k: f.get(k, "") for k in FACT_FIELDS}}
    rows = {}
    for table, id_column in ROW_TABLES.items():
        kept = {}
        for r in _rows(data / f"{table}.csv"):
            if "source_id" in r and not stated(source_dates.get(r["source_id"], "")):
                continue
            if id_column in r:
                kept[r[id_column]] = _digest(r)
        rows[table] = kept
    body = {"parameters": params, "sources": out_sources, "facts": out_facts, "rows": rows}
    return {**body, "digest": _digest(body)}


def history(reports: Path) -> list[dict]:
    """Every recorded edition, oldest first."""
    folder = reports / FOLDER
    found = []
    for path in sorted(folder.glob("edition-*.json")) if folder.is_dir() else []:
        try:
            found.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue  # a damaged manifest is skipped, not fatal: the next build records a good one
    return sorted(found, key=lambda e: e.get("number", 0))


def _same_parameters(edition: dict, current: dict) -> bool:
    return edition.get("parameters") == current["parameters"]


def previous(reports: Path, current: dict) -> dict | None:
    """The edition to compare `current` with: the last one with other content and the same parameters."""
    same = [e for e in history(reports) if _same_parameters(e, current)]
    if same and same[-1].get("digest") == current["digest"]:
        same = same[:-1]
    return same[-1] if same else None


def record(reports: Path, current: dict, built: dt.date) -> Path | None:
    """Write `current` as a new edition unless the latest edition with its parameters has the same record."""
    editions = history(reports)
    same = [e for e in editions if _same_parameters(e, current)]
    if same and same[-1].get("digest") == current["digest"]:
        return None
    number = max((e.get("number", 0) for e in editions), default=0) + 1
    folder = reports / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"edition-{number:04d}.json"
    tmp = folder / f".{target.name}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps({"number": number, "built": built.isoformat(), **current}, ensure_ascii=False, indent=1,
                              sort_keys=True), encoding="utf-8")
    os.replace(tmp, target)
    return target


@dataclass
class Changes:
    """What differs between the previous edition and the current record."""

    first: bool
    since: str = ""  # the previous edition's build date (ISO)
    new_sources: list[str] = field(default_factory=list)
    changed_sources: list[str] = field(default_factory=list)
    removed_sources: list[str] = field(default_factory=list)
    new_facts: list[tuple[str, dict]] = field(default_factory=list)
    changed_facts: list[tuple[str, dict, dict]] = field(default_factory=list)
    removed_facts: list[tuple[str, dict]] = field(default_factory=list)
    other_rows: dict[str, int] = field(default_factory=lambda: {"new": 0, "changed": 0, "removed": 0})

    @property
    def empty(self) -> bool:
        return not (self.new_sources or self.changed_sources or self.removed_sources or self.new_facts
                    or self.changed_facts or self.removed_facts or any(self.other_rows.values()))

    def digest(self) -> str:
        return _digest([self.first, self.since, self.new_sources, self.changed_sources, self.removed_sources,
                        self.new_facts, self.changed_facts, self.removed_facts, self.other_rows])


def compare(old: dict | None, new: dict) -> Changes:
    """The changes from edition `old` (None: there is none) to the record `new`."""
    if old is None:
        return Changes(first=True)
    out = Changes(first=False, since=str(old.get("built", "")))
    os_, ns = old.get("sources", {}), new["sources"]
    out.new_sources = sorted(set(ns) - set(os_))
    out.removed_sources = sorted(set(os_) - set(ns))
    out.changed_sources = sorted(k for k in set(ns) & set(os_) if ns[k]["digest"] != os_[k]["digest"])
    of, nf = old.get("facts", {}), new["facts"]
    out.new_facts = [(k, nf[k]) for k in sorted(set(nf) - set(of))]
    out.removed_facts = [(k, of[k]) for k in sorted(set(of) - set(nf))]
    out.changed_facts = [(k, of[k], nf[k]) for k in sorted(set(nf) & set(of)) if nf[k]["digest"] != of[k]["digest"]]
    for table in ROW_TABLES:
        a, b = old.get("rows", {}).get(table, {}), new["rows"].get(table, {})
        out.other_rows["new"] += len(set(b) - set(a))
        out.other_rows["removed"] += len(set(a) - set(b))
        out.other_rows["changed"] += sum(1 for k in set(a) & set(b) if a[k] != b[k])
    return out


def changes(reports: Path, data: Path, parameters: dict) -> tuple[dict, Changes]:
    """(the current record, its changes since the previous edition with the same parameters)."""
    current = manifest(data, parameters)
    return current, compare(previous(reports, current), current)


# ----------------------------------------------------------------------------- reader text


def _value(fact: dict, lang: str) -> str:
    from . import fmt

    def num(x):
        try:
            return float(x)
        except (TypeError, ValueError):
            return None

    value, high = num(fact.get("value")), num(fact.get("value_high"))
    if value is None:
        return ""
    return fmt.qualified(value, fact.get("qualifier") or "exact", lang, high)


def _what(fact: dict, lang: str) -> str:
    """What a figure counts, in the catalogue's words: metric, subject, place."""
    from .catalogue import has, t

    parts = []
    for column in ("metric", "subject", "place"):
        key = f"{column}.{fact.get(column, '')}"
        if fact.get(column) and has(key):
            parts.append(t(key, lang))
    return ("، " if lang == "ar" else ", ").join(parts)


def _source(source_id: str, lang: str) -> str:
    from .periods import source_label

    try:
        return source_label(source_id, lang)
    except KeyError:  # a source the current data no longer holds: its kind of row, never its id
        from .catalogue import t

        return t("changes.removed_source", lang)


def render(ch: Changes, lang: str, heading_level: int = 2, built=None, anchor: str = "") -> str:
    """The "what changed" section in `lang`, as HTML built from the catalogue's words. `built` (this
    edition's date): a previous edition of the same day is not dated (a date alone would not tell
    them apart); `anchor`: the heading's id, for the contents' link."""
    from . import fmt
    from .catalogue import t

    direction = "rtl" if lang == "ar" else "ltr"
    h = f"h{heading_level}"
    id_ = f' id="{html.escape(anchor)}"' if anchor else ""
    head = f'<{h}{id_}>{html.escape(t("changes.title", lang))}</{h}>'
    if ch.first:
        body = f"<p>{html.escape(t('changes.first', lang))}</p>"
        return f'<section class="changes" dir="{direction}" lang="{lang}">{head}{body}</section>'
    same_day = built is not None and ch.since == (built.isoformat() if hasattr(built, "isoformat") else str(built))
    if ch.since and not same_day:
        parts = [f"<p>{html.escape(t('changes.since', lang, date=fmt.date(ch.since, lang)))}</p>"]
    else:
        parts = [f"<p>{html.escape(t('changes.since_undated', lang))}</p>"]
    if ch.empty:
        parts.append(f"<p>{html.escape(t('changes.none', lang))}</p>")

    def block(key: str, items: list[str]) -> None:
        if items:
            parts.append(f"<p><b>{html.escape(t(key, lang, n=len(items)))}</b></p><ul>" + "".join(items) + "</ul>")

    block("changes.new_sources", [f"<li>{html.escape(_source(s, lang))}</li>" for s in ch.new_sources])
    block("changes.changed_sources", [f"<li>{html.escape(_source(s, lang))}</li>" for s in ch.changed_sources])
    block("changes.removed_sources", [f"<li>{html.escape(_source(s, lang))}</li>" for s in ch.removed_sources])
    block("changes.new_facts", [
        f'<li id="change-{html.escape(fid)}"><b>{html.escape(_what(f, lang))}</b> · {html.escape(_value(f, lang))} · '
        f"{html.escape(_source(f.get('source_id', ''), lang))}</li>" for fid, f in ch.new_facts])
    changed, reworded = [], []
    for fid, old, new in ch.changed_facts:
        a, b = _value(old, lang), _value(new, lang)
        how = f" · {html.escape(t('changes.value_changed', lang, old=a, new=b))}" if a != b else ""
        (changed if a != b else reworded).append(
            f'<li id="change-{html.escape(fid)}"><b>{html.escape(_what(new, lang))}</b>{how} · '
            f"{html.escape(_source(new.get('source_id', ''), lang))}</li>")
    block("changes.changed_facts", changed)
    block("changes.reworded_facts", reworded)
    block("changes.removed_facts", [
        f'<li id="change-{html.escape(fid)}"><b>{html.escape(_what(f, lang))}</b> · {html.escape(_value(f, lang))}</li>'
        for fid, f in ch.removed_facts])
    for kind in ("new", "changed", "removed"):
        n = ch.other_rows[kind]
        if n:
            parts.append(f"<p>{html.escape(t(f'changes.other_{kind}', lang, n=n))}</p>")
    return f'<section class="changes" dir="{direction}" lang="{lang}">{head}{"".join(parts)}</section>'
