"""Load the cited data tables in `data/` as validated pandas DataFrames.

    from analysis import data
    facts = data.facts()            # or data.load("facts")
    data.validate_all()             # {"sources": 5, "facts": 35, ...}

Every table is checked on load: its pandera schema (types, codes, unique ids,
no missing or unexpected column), that its `source_id` is a known source, that
each quote is a verbatim span of that source (NFC and whitespace normalized
only) and that no range ends before it starts. A broken row raises
`DataValidationError` naming the file, the CSV line (header = line 1) and the
column. `validate_all()` adds the cross-table checks: catalogue coverage of
every coded value, ids cited by reconciliation notes and exclusions, and that
every number in the sources is accounted for.
"""

from __future__ import annotations

import csv
import io
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from . import arabic_numbers, provenance
from .exceptions import DataValidationError
from .paths import data_dir, sources_dirs
from .schemas import TABLES, Table, coded_value
from .textfile import read_text

__all__ = [
    "TABLES", "load", "sources", "facts", "events", "coalition_members", "working_groups", "info_centre",
    "stances", "statements", "findings", "isis_pockets", "references", "reconciliation", "exclusions", "source_texts", "validate_all", "clear_cache",
]

Problem = tuple[str, int, str, str]  # (file, line, column, message)
MAX_LISTED = 20


def _raise(problems: list[Problem]) -> None:
    if not problems:
        return
    lines = [f"{f}, line {ln}, column {col!r}: {msg}" for f, ln, col, msg in problems[:MAX_LISTED]]
    more = len(problems) - MAX_LISTED
    if more > 0:
        lines.append(f"... and {more} more")
    raise DataValidationError(f"{len(problems)} problem(s) in data:\n" + "\n".join(lines))


def _sources_key() -> str:
    """The sources folders, in search order, as one hashable string."""
    return os.pathsep.join(str(p) for p in sources_dirs())


def _folders(key: str) -> tuple[Path, ...]:
    return tuple(Path(p) for p in key.split(os.pathsep))


# Quote columns that may match several places: an exclusion's context explains every
# occurrence of its number there; a reference's URL can be cited twice.
MAY_REPEAT = {("exclusions", "context"), ("references", "url")}


def _read_csv(path: Path) -> tuple[pd.DataFrame, list[int]]:
    """All cells as strings ('' -> missing) and the CSV line on which each row starts."""
    if not path.exists():
        raise DataValidationError(f"{path.name}: file not found in {path.parent}")
    with io.StringIO(read_text(path), newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if not header:
            raise DataValidationError(f"{path.name}, line 1: empty file, no header row")
        rows, lines = [], []
        start = reader.line_num + 1
        for rec in reader:
            if rec and any(cell.strip() for cell in rec):
                if len(rec) != len(header):
                    _raise([(path.name, start, "*", f"row has {len(rec)} fields, header has {len(header)}")])
                rows.append([cell.strip() if cell.strip() else None for cell in rec])
                lines.append(start)
            start = reader.line_num + 1
    if not rows:
        raise DataValidationError(f"{path.name}: the table has no rows, only a header (line 1)")
    dupes = {c for c in header if header.count(c) > 1}
    if dupes:
        _raise([(path.name, 1, c, "duplicate column in header") for c in sorted(dupes)])
    return pd.DataFrame(rows, columns=header, dtype=object), lines


def _schema_problems(table: Table, err: pa.errors.SchemaErrors, lines: list[int]) -> list[Problem]:
    problems: list[Problem] = []
    seen = set()
    for case in err.failure_cases.itertuples(index=False):
        check = str(case.check)
        if check.startswith("dtype("):
            continue  # the coerce_dtype failure already names the cell
        idx = case.index
        if check == "column_in_dataframe":
            item = (table.file_name, 1, str(case.failure_case), "missing column")
        elif check == "column_in_schema":
            item = (table.file_name, 1, str(case.failure_case), "unexpected column")
        else:
            line = lines[int(idx)] if idx is not None and not pd.isna(idx) else 1
            what = {"field_uniqueness": "duplicate id", "not_nullable": "missing value"}.get(check, f"fails {check}")
            if check.startswith("coerce_dtype"):
                what = f"wrong type, expected {check[len('coerce_dtype('):-1]}"
            item = (table.file_name, line, str(case.column), f"{what} (value {case.failure_case!r})")
        if item not in seen:
            seen.add(item)
            problems.append(item)
    return sorted(problems, key=lambda p: (p[1], p[2]))


def _row_problems(table: Table, df: pd.DataFrame, lines: list[int]) -> list[Problem]:
    problems: list[Problem] = []
    f = table.file_name
    texts = _texts(str(data_dir()), _sources_key()) if table.name != "sources" else None
    for i, row in enumerate(df.itertuples(index=False)):
        rec = row._asdict()
        line = lines[i]
        if table.has_source and texts is not None and rec["source_id"] not in texts:
            problems.append((f, line, "source_id", f"unknown source_id {rec['source_id']!r}"))
            continue
        for start, end in table.ranges:
            a, b = rec[start], rec[end]
            if pd.notna(a) and pd.notna(b) and b < a:
                problems.append((f, line, end, f"end before start: {end} {b} is before {start} {a}"))
        if table.has_source and table.quote_columns:
            text = (texts or {}).get(rec["source_id"]) if texts is not None else _source_row_text(rec)
            for col in table.quote_columns:
                value = rec.get(col)
                if value and text is not None:
                    why = provenance.quote_problem(value, text, unique=(table.name, col) not in MAY_REPEAT)
                    if why:
                        problems.append((f, line, col, f"{why[0]} in source {rec['source_id']}: {value[:60]!r}; {why[1]}"))
        if table.name == "facts":
            if (rec["status"] == "disputed") != bool(rec["disputed_by"]):
                problems.append((f, line, "disputed_by", "required exactly when status is 'disputed'"))
            if (rec["qualifier"] == "range") != pd.notna(rec["value_high"]):
                problems.append((f, line, "value_high", "required exactly when qualifier is 'range'"))
            problems += _period_problems(rec, f, line)
            high = rec["value_high"] if pd.notna(rec["value_high"]) else None
            if pd.notna(rec["value"]) and not arabic_numbers.states(rec["quote"], rec["value"], high):
                stated = ", ".join(f"{n:g}" for n in sorted(arabic_numbers.numbers_in(rec["quote"]))) or "none"
                shown = f"{rec['value']:g}" + (f"–{high:g}" if high is not None else "")
                problems.append((f, line, "value", f"{rec['fact_id']}: the quote does not state {shown} "
                                 f"(numbers it states: {stated})"))
        if table.name == "statements":
            problems += _period_problems(rec, f, line)
        if table.name == "events":
            d = rec["date"]
            if rec["date_status"] == "inferred" and not rec["date_quote"]:
                problems.append((f, line, "date_quote", "an inferred date needs the words it is inferred from"))
            if (rec["precision"] in ("month", "year") and d.day != 1) or (rec["precision"] == "year" and d.month != 1):
                problems.append((f, line, "date", f"a {rec['precision']}-precision date must be its first day"))
        if table.name == "exclusions" and texts is not None:
            from .coverage import number_words_in_text, numbers_in_text
            context = rec["context"]
            if rec["number"] not in {n.text for n in numbers_in_text(context) + number_words_in_text(context)}:
                problems.append((f, line, "number", f"{rec['number']!r} is not a number in the context"))
    return problems


def _period_problems(rec: dict, f: str, line: int) -> list[Problem]:
    """A fact's period agrees with how it is known: an unknown period is empty (never the
    source's date), a stated or inferred one has a bound and the words that state or imply it."""
    has_period = pd.notna(rec["period_start"]) or pd.notna(rec["period_end"])
    if rec["period_status"] == "unknown":
        if has_period:
            return [(f, line, "period_status", "'unknown' but period_start or period_end is given")]
        if rec["period_quote"]:
            return [(f, line, "period_quote", "'unknown' period with words that imply one")]
        return []
    out = []
    if not has_period:
        out.append((f, line, "period_start", f"period is {rec['period_status']!r} but no start or end is given"))
    if not rec["period_quote"]:
        out.append((f, line, "period_quote", f"a {rec['period_status']} period needs the source's words"))
    return out


def _source_row_text(rec: dict) -> str | None:
    try:
        return provenance.source_text(rec["file_name"])
    except DataValidationError:
        return None


def _signature(folder: Path) -> tuple:
    """Names, sizes and mtimes of the CSV files: a changed file invalidates the cache."""
    try:
        return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.csv")))
    except OSError:
        return ()


def _texts(data: str, sources: str) -> dict[str, str]:
    return _texts_cached(data, sources, _signature(Path(data)))


@lru_cache(maxsize=8)
def _texts_cached(data: str, sources: str, signature: tuple) -> dict[str, str]:
    src = load("sources")
    return {r.source_id: provenance.source_text(r.file_name, _folders(sources)) for r in src.itertuples()}


def _load(name: str, data: str, sources: str) -> pd.DataFrame:
    return _load_cached(name, data, sources, _signature(Path(data)))


@lru_cache(maxsize=64)
def _load_cached(name: str, data: str, sources: str, signature: tuple) -> pd.DataFrame:
    table = TABLES[name]
    df, lines = _read_csv(Path(data) / table.file_name)
    try:
        df = table.schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        _raise(_schema_problems(table, err, lines))
    except pa.errors.SchemaError as err:  # pragma: no cover - lazy mode collects instead
        raise DataValidationError(f"{table.file_name}: {err}") from err
    if name == "sources":
        for i, rec in enumerate(df.itertuples(index=False)):
            if provenance.source_path(rec.file_name, _folders(sources)) is None:
                where = " or ".join(str(p) for p in _folders(sources))
                _raise([(table.file_name, lines[i], "file_name", f"no such source file {rec.file_name!r} in {where}")])
    _raise(_row_problems(table, df, lines))
    df = df[list(table.schema.columns)].reset_index(drop=True)
    df.attrs["lines"] = lines
    return df


def load(name: str) -> pd.DataFrame:
    """The validated table `name` (see `TABLES`); a copy, safe to modify."""
    if name not in TABLES:
        raise DataValidationError(f"unknown table {name!r}; expected one of {', '.join(TABLES)}")
    return _load(name, str(data_dir()), _sources_key()).copy()


def clear_cache() -> None:
    """Forget every loaded table (edited CSV files are noticed anyway, by size and mtime)."""
    _load_cached.cache_clear()
    _texts_cached.cache_clear()


def source_texts() -> dict[str, str]:
    """{source_id: full text} of the five sources."""
    return dict(_texts(str(data_dir()), _sources_key()))


def sources() -> pd.DataFrame: return load("sources")
def facts() -> pd.DataFrame: return load("facts")
def events() -> pd.DataFrame: return load("events")
def coalition_members() -> pd.DataFrame: return load("coalition_members")
def working_groups() -> pd.DataFrame: return load("working_groups")
def info_centre() -> pd.DataFrame: return load("info_centre")
def stances() -> pd.DataFrame: return load("stances")
def references() -> pd.DataFrame: return load("references")
def reconciliation() -> pd.DataFrame: return load("reconciliation")
def exclusions() -> pd.DataFrame: return load("exclusions")
def isis_pockets() -> pd.DataFrame: return load("isis_pockets")
def statements() -> pd.DataFrame: return load("statements")
def findings() -> pd.DataFrame: return load("findings")


def _catalogue_problems(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    from .catalogue import catalogue
    cat = catalogue(data_dir() / "catalogue")
    problems: list[Problem] = []

    def need(f: str, line: int, col: str, key: str) -> None:
        entry = cat.get(key)
        if entry is None:
            problems.append((f, line, col, f"no catalogue entry {key!r}"))
        elif not (entry["en"] and entry["ar"]):
            problems.append((f, line, col, f"catalogue entry {key!r} lacks en or ar text"))

    for name, df in tables.items():
        table, lines = TABLES[name], df.attrs["lines"]
        for i, rec in enumerate(df.to_dict("records")):
            for col in table.coded_columns:
                if pd.notna(rec[col]):
                    need(table.file_name, lines[i], col, f"{col}.{coded_value(col, rec[col])}")
            if name == "statements" and pd.notna(rec["position"]):  # a disagreement names what each side holds
                need(table.file_name, lines[i], "position", f"stmts.{rec['position']}_{rec['topic']}")
            if name == "findings":  # the finding's text
                need(table.file_name, lines[i], "message", rec["message"])
            if table.id_column == "event_id":  # a source's label is computed from sources.csv (periods.source_label)
                need(table.file_name, lines[i], table.id_column, f"event.{rec[table.id_column]}")
    return problems


def _reference_problems(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    ids = {v for n, df in tables.items() if TABLES[n].id_column for v in df[TABLES[n].id_column]}
    problems: list[Problem] = []
    rec_df = tables["reconciliation"]
    for line, value in zip(rec_df.attrs["lines"], rec_df["fact_ids"]):
        problems += [("reconciliation.csv", line, "fact_ids", f"unknown id {x!r}") for x in value.split(";") if x not in ids]
    refs = tables["references"].set_index("ref_id")["source_id"]
    for name in ("facts", "events", "statements"):
        table = tables[name]
        if "origin_ref" not in table:
            continue
        for line, origin, sid in zip(table.attrs["lines"], table["origin_ref"], table["source_id"]):
            if isinstance(origin, str) and origin:
                if origin not in refs.index:
                    problems.append((f"{name}.csv", line, "origin_ref", f"unknown reference {origin!r}"))
                elif refs[origin] != sid:
                    problems.append((f"{name}.csv", line, "origin_ref", f"{origin!r} is a reference of {refs[origin]}, not of {sid}"))
    found = tables["findings"]  # a finding rests on rows that exist, and derives only from rows it rests on
    for line, rests, derived in zip(found.attrs["lines"], found["rests_on"], found["derived"]):
        problems += [("findings.csv", line, "rests_on", f"unknown id {x!r}") for x in rests.split(";") if x not in ids]
        for spec in derived.split(";") if isinstance(derived, str) and derived else []:
            if spec.split(":", 1)[1] not in rests.split(";"):
                problems.append(("findings.csv", line, "derived", f"{spec!r} derives from a row the finding does not rest on"))
    ex = tables["exclusions"]
    for line, reason in zip(ex.attrs["lines"], ex["reason"]):
        if reason.startswith("repeat_of:") and reason.split(":", 1)[1] not in ids:
            problems.append(("exclusions.csv", line, "reason", f"repeat_of unknown id {reason!r}"))
    return problems


def validate_all(coverage: bool = True) -> dict[str, int]:
    """Load and check every table, then the cross-table checks; {table: rows}.

    With `coverage` (the build's check), a number written in digits in a source that no
    row quotes and no exclusion explains is a problem too; `coalition-reports validate`
    lists those as a to-do instead.
    """
    tables = {name: _load(name, str(data_dir()), _sources_key()) for name in TABLES}
    problems = _catalogue_problems(tables) + _reference_problems(tables)
    from .coverage import unaccounted
    for n in unaccounted() if coverage else []:
        problems.append((n.file_name, n.line, "-", f"number {n.text!r} at column {n.col} is in no data row and no exclusion"))
    _raise(problems)
    return {name: len(df) for name, df in tables.items()}
