"""Output-side coverage: every number a reader sees in a built report is accounted for.

The mirror of `coverage` (every number in the sources is a data row or an exclusion). Each
number in the report's text (its PDF text, page by page, line by line) gets a kind:

- `reference`: part of an identifier or a reference: a row id (F025), a file name, a marker ([4]).
- `page`: the page footer ("Page 3 of 36").
- `list`: the number of an item in a numbered list, a table row or a chart marker keyed to one.
- `axis`: a chart axis tick (a run of three or more evenly spaced numbers on one line).
- `date`: a year the data or the build dates, a day next to a month name, a 2023-01 tick.
- `quote`: a number inside a verbatim Arabic quote (the sources list quotes each row).
- `cited`: a value of a cited row (facts, information centre) or a number of a data row's text.
- `derived`: a value computed from cited rows (`derive.derivations`: rates, ratios, months).
- `computed`: a number code put into a sentence (a count of rows, of sources ...), recorded by
  `ed.text` in the executed notebook's output metadata.

Anything else is `none`: a number no data row, derivation or computation accounts for.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
MONTHS_EN = ("january february march april may june july august september october november december "
             "jan feb mar apr jun jul aug sep sept oct nov dec").split()
MONTHS_AR = ("يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
             "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين").split()
KINDS = ("reference", "page", "list", "figure", "evidence", "axis", "date", "quote", "cited", "derived", "computed", "none")
CONTENTS_HEADINGS = ("Contents", "المحتويات")  # the full report's contents page (its numbers are pages)


def normal(text: str) -> str:
    """'12,000' -> '12000', '25.5' stays, '2.0' -> '2'."""
    plain = text.replace(",", "")
    if "." in plain:
        plain = plain.rstrip("0").rstrip(".") if plain.replace(".", "").isdigit() else plain
    return plain.lstrip("0") or "0"


def numbers_in_line(line: str) -> list[str]:
    """The numbers of a line of text, normalized ('2,500' -> '2500')."""
    return [normal(m.group(0)) for m in NUMBER.finditer(line)]


@dataclass
class Known:
    """What a report's numbers may be: built from the data (`from_data`) and the executed notebooks."""

    cited: set[str] = field(default_factory=set)
    derived: dict[str, str] = field(default_factory=dict)
    years: set[str] = field(default_factory=set)
    computed: set[str] = field(default_factory=set)


def _fmt_value(value: float) -> set[str]:
    out = {normal(f"{value:g}")} if value == value else set()
    if value == value and not float(value).is_integer():
        out.add(normal(f"{value * 100:g}"))  # a share shown as a percentage
    return out


def from_data(lang: str, facts=None) -> Known:
    """The cited values, derived values and years of the data tables (every table, every date)."""
    import pandas as pd

    from . import data, derive
    known = Known()
    facts = data.facts() if facts is None else facts
    for col in ("value", "value_high"):
        for v in facts[col].dropna():
            known.cited |= _fmt_value(float(v))
    for v in data.info_centre()["number"].dropna():
        known.cited |= _fmt_value(float(v))
    for name, table in data.TABLES.items():
        df = data.load(name)
        # the numbers a sentence may repeat from a cited row's own words (not from reference lists,
        # exclusions or file names, which would let any small number pass)
        texts = {"facts": ("quote",), "info_centre": ("quote",), "coalition_members": ("quote",),
                 "reconciliation": ("note_en", "note_ar")}.get(name, ())
        for col in texts:
            for text in df[col].dropna():
                known.cited |= set(numbers_in_line(str(text)))
        for col in df.columns:
            if str(df[col].dtype).startswith("datetime"):
                known.years |= {str(d.year) for d in pd.to_datetime(df[col]).dropna()}
    for _, row in derive.derivations(facts, lang).iterrows():
        for n in numbers_in_line(row["value"]):
            known.derived.setdefault(n, row["formula"])
    for _, r in derive.rate_rows(facts).iterrows():
        known.derived.setdefault(normal(f"{r['months']:g}"), "months covered by the period")
    return known


def computed_in_notebook(path: Path) -> set[str]:
    """The numbers code wrote into the text of an executed notebook (see `report.COMPUTED`)."""
    from .report import COMPUTED
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    found: set[str] = set()
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []):
            found |= set(output.get("metadata", {}).get(COMPUTED, []))
    return found


def _is_axis(tokens: list[str]) -> bool:
    values = []
    for tok in tokens:
        m = re.fullmatch(r"(\d+(?:[.,]\d+)*)(k?)", tok)
        if not m:
            return False
        values.append(float(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1))
    if len(values) < 3:
        return False
    steps = {round(b - a, 6) for a, b in zip(values, values[1:])}
    return len(steps) == 1 and steps != {0}


def _near_month(line: str, start: int, end: int) -> bool:
    window = line[max(0, start - 14):end + 14].lower()
    words = re.findall(r"[^\W\d_]+", window)
    return any(w in MONTHS_EN or w in MONTHS_AR for w in words) or any(m in window for m in MONTHS_AR)


def classify_line(line: str, known: Known, list_max: int = 0) -> list[tuple[str, str]]:
    """[(number as written, kind), ...] for one line of report text."""
    out: list[tuple[str, str]] = []
    line = re.sub(r"(\d) k\b", r"\1k", line)  # '20 k' as an axis tick ('20k')
    stripped = line.strip()
    tokens = stripped.split()
    axis = _is_axis(tokens)
    page = bool(re.search(r"(Page|صفحة)\s*\d+\s*(of|من)\s*\d+", stripped)
                or re.search(r"\d+\s*من\s*\d+\s*صفحة", stripped))  # the Arabic footer, as the text layer orders it
    only_ints = bool(tokens) and all(re.fullmatch(r"\d+", tok) for tok in tokens)
    quoted = "«" in line or "»" in line
    indent = len(line) - len(line.lstrip())
    for m in NUMBER.finditer(line):
        raw, n = m.group(0), normal(m.group(0))
        kind = _kind(line, m, raw, n, known, tokens, axis, page, only_ints, quoted, indent, list_max)
        glued = split_glued(raw, known, list_max) if kind == "none" else None
        if glued:
            out += glued
        else:
            out.append((raw, kind))
    return out


def _is_date(line: str, m: re.Match, raw: str, n: str, known: Known) -> bool:
    before = line[:m.start()]
    if re.fullmatch(r"\d{4}", raw) and raw in known.years:
        return True
    if re.fullmatch(r"\d{4}", raw) and re.match(r"-\d\d", line[m.end():m.end() + 3]):
        return True  # 2023-01, a time-axis tick
    if len(raw) == 2 and re.search(r"\d{4}\s*-\s*$", before):
        return True
    return n.isdigit() and 1 <= int(n) <= 31 and _near_month(line, m.start(), m.end())


def _kind(line, m, raw, n, known, tokens, axis, page, only_ints, quoted, indent, list_max) -> str:
    before, after = line[max(0, m.start() - 1):m.start()], line[m.end():m.end() + 1]
    if re.match(r"[A-Za-z_]", before) or (re.match(r"[A-Za-z_]", after) and after != "k") or before == "[":
        return "reference"
    if re.search(r"\b[A-Z] $", line[:m.start()]) and re.fullmatch(r"\d{3}", raw):
        return "reference"  # a row id the Arabic text layer splits: 'F 016'
    if raw.startswith("0") and len(raw) == 3:
        return "reference"  # the digits of a row id (F016), whatever the text layer put before them
    if page:
        return "page"
    if axis or (after == "k" and _is_axis([t for t in tokens if re.fullmatch(r"\d+k?", t)])):
        return "axis"
    if m.start() == indent and line[m.end():m.end() + 2] == ". ":
        return "list"
    if re.fullmatch(r"\s*\.\s*", line[:m.start()]) and n.isdigit() and int(n) <= max(list_max, 1):
        return "list"  # '.42 …': an item number as the right-to-left text layer writes it
    if only_ints and n.isdigit() and int(n) <= max(list_max, 1):
        return "list"
    if m.start() == indent and n.isdigit() and int(n) <= max(list_max, 1) and re.match(r"\s+\S", line[m.end():]):
        return "list"
    if _is_date(line, m, raw, n, known):
        return "date"
    if quoted:
        return "quote"
    if n in known.cited:
        return "cited"
    if n in known.derived:
        return "derived"
    if n in known.computed:
        return "computed"
    if re.search(r"(Figure|Table|الشكل|الجدول)\s*$", line[:m.start()]) or re.match(r"\s*(Figure|Table|الشكل|الجدول)\b", line[m.end():]):
        return "figure"  # a figure's number: 'Figure 7', «الشكل 7»
    touches_before = re.search(r"(^|[(,،])\s*$", line[:m.start()])
    touches_after = re.match(r"\s*([),،]|$)", line[m.end():])
    if n.isdigit() and 1 <= int(n) <= max(list_max, 1) and (
            (touches_before and touches_after)
            or (re.search("الشاهد|الشاهدان|الشواهد", line) and (touches_before or touches_after))):
        return "evidence"  # the number of an evidence entry, in a chart's source line: '(11, 12, 13)'
    return "none"


def list_max(lines: list[str]) -> int:
    """The largest item number of the numbered lists and tables ('12. …', a row '27 2026 …')."""
    best = 0
    for line in lines:
        m = re.match(r"\s*(\d+)(\.\s|\s+\d{4}\b|\s+\d{1,2}\s+[^\W\d_])", line)
        if m:
            best = max(best, int(m.group(1)))
    return best


def pdf_lines(path: Path) -> list[tuple[int, str]]:
    """(page, line) for every line of a PDF's text, NFKC-normalized (Arabic presentation forms,
    which the PDF's text layer uses, become the letters the catalogue and the month names use)."""
    from pypdf import PdfReader
    out = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        text = unicodedata.normalize("NFKC", page.extract_text() or "")
        out += [(number, line) for line in text.splitlines()]
    return out


def split_glued(raw: str, known: Known, list_max: int) -> list[tuple[str, str]] | None:
    """Right-to-left text extraction glues neighbours: '162024' is item 16 then the year 2024,
    '303132' the chart markers 30, 31, 32, '22.82024' a rate then a year. The parts and their
    kinds when the characters split that way (fewest parts), else None."""
    if len(raw) < 3:
        return None
    limit = max(list_max, 31)

    def kind_of(part: str, last: int) -> str | None:
        if re.fullmatch(r"\d{4}", part) and part in known.years:
            return "date"
        if re.fullmatch(r"[1-9]\d?", part) and last < int(part) <= limit:
            return "list"  # glued item numbers run upwards (30, 31, 32), never 20 then 15
        if re.fullmatch(r"\d+\.\d+", part) and normal(part) in known.derived:
            return "derived"
        if re.fullmatch(r"\d+\.\d+", part) and normal(part) in known.cited:
            return "cited"
        return None

    def search(i: int, last: int) -> list[tuple[str, str]] | None:
        if i == len(raw):
            return []
        for j in range(min(len(raw), i + 6), i, -1):
            part = raw[i:j]
            kind = kind_of(part, last)
            if kind is None:
                continue
            rest = search(j, int(part) if kind == "list" else last)
            if rest is not None:
                return [(part, kind), *rest]
        return None

    parts = search(0, 0)
    return parts if parts and len(parts) > 1 else None


def classify_pdf(pdf: Path, executed: list[Path], lang: str) -> list[tuple[int, str, str, str]]:
    """[(page, line, number, kind), ...] for every number of a built report's PDF."""
    known = from_data(lang)
    for path in executed:
        known.computed |= computed_in_notebook(path)
    lines = pdf_lines(pdf)
    top = list_max([line for _, line in lines])
    contents = {page for page, line in lines if line.strip() in CONTENTS_HEADINGS}
    rows = [(page, line, raw, kind) for page, line in lines for raw, kind in classify_line(line, known, top)]
    # the contents page: each entry ends with the page it starts on
    return [(page, line, raw, "page" if kind == "none" and page in contents and raw.isdigit() and int(raw) <= len(
        {p for p, _ in lines}) else kind) for page, line, raw, kind in rows]


def summary(rows) -> dict[str, int]:
    """{kind: how many numbers}, every kind listed."""
    counts = {k: 0 for k in KINDS}
    for *_, kind in rows:
        counts[kind] += 1
    return counts
