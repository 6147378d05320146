"""Coverage: every number written in the sources is data or is explained.

A *number* is a maximal run of decimal digits (Western `0-9`, Arabic-Indic
`٠-٩` or Extended Arabic-Indic `۰-۹`; any Unicode `Nd`), allowing `,` or `.`
between digit groups (`2,500`, `1.5`). Each occurrence is *accounted for*
when it lies inside a quote of a data row of its source (any quote column of
any table), or inside an occurrence of the `context` of a row of
`exclusions.csv` for that source and that number, which says why it is not
data (a reference marker, a repeat of a data row, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import provenance

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Number:
    """One number as written in a source: its text, raw offsets and line/column (1-based)."""

    source_id: str
    file_name: str
    text: str
    start: int
    end: int
    line: int
    col: int

    @property
    def value(self) -> float:
        digits = "".join(str(int(c)) if c.isdigit() else c for c in self.text)
        return float(digits.replace(",", ""))


def numbers_in_text(text: str, source_id: str = "", file_name: str = "") -> list[Number]:
    """Every number in `text`, in order, with its position."""
    out = []
    for m in NUMBER.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        out.append(Number(source_id, file_name, m.group(0), m.start(), m.end(), line, col))
    return out


def number_words_in_text(text: str, source_id: str = "", file_name: str = "") -> list[Number]:
    """Every number written as a word (ثلاثة، ثماني، ألف، نصف…) in `text`, with its position."""
    from .arabic_text import number_words

    out = []
    for start, end, word in number_words(text):
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        out.append(Number(source_id, file_name, word, start, end, line, col))
    return out


def numbers_by_source() -> dict[str, list[Number]]:
    """{source_id: [Number, ...]} for every source listed in sources.csv."""
    from . import data
    src = data.sources()
    texts = data.source_texts()
    return {r.source_id: numbers_in_text(texts[r.source_id], r.source_id, r.file_name) for r in src.itertuples()}


def data_spans() -> dict[str, list[tuple[int, int, str]]]:
    """{source_id: [(start, end, row id), ...]}: raw spans of every quote of every data row."""
    from . import data
    from .schemas import TABLES
    texts = data.source_texts()
    spans: dict[str, list[tuple[int, int, str]]] = {sid: [] for sid in texts}
    for name, table in TABLES.items():
        if not table.has_source or name == "exclusions":
            continue
        df = data.load(name)
        for rec in df.to_dict("records"):
            for col in table.quote_columns:
                if rec.get(col):
                    for a, b in provenance.find_quote(rec[col], texts[rec["source_id"]]):
                        spans[rec["source_id"]].append((a, b, f"{name}:{rec[table.id_column]}"))
    return spans


def exclusion_spans() -> dict[str, list[tuple[int, int, str, str]]]:
    """{source_id: [(start, end, number, exclusion id), ...]} from exclusions.csv."""
    from . import data
    texts = data.source_texts()
    spans: dict[str, list[tuple[int, int, str, str]]] = {sid: [] for sid in texts}
    for rec in data.exclusions().to_dict("records"):
        for a, b in provenance.find_quote(rec["context"], texts[rec["source_id"]]):
            spans[rec["source_id"]].append((a, b, rec["number"], rec["exclusion_id"]))
    return spans


def number_words_by_source() -> dict[str, list[Number]]:
    """{source_id: [Number, ...]} of the numbers written as words, for every source."""
    from . import data
    texts = data.source_texts()
    return {r.source_id: number_words_in_text(texts[r.source_id], r.source_id, r.file_name) for r in data.sources().itertuples()}


def classify(words: bool = False) -> list[tuple[Number, str, str]]:
    """Every number with how it is accounted for: ('data', row) / ('exclusion', id) / ('none', '').

    Digits only, unless `words`: then the numbers written as words are classified too.
    """
    found = numbers_by_source()
    if words:
        for sid, extra in number_words_by_source().items():
            found[sid] = sorted(found.get(sid, []) + extra, key=lambda n: n.start)
    dspans, xspans = data_spans(), exclusion_spans()
    out = []
    for sid, numbers in found.items():
        for n in numbers:
            row = next((rid for a, b, rid in dspans[sid] if a <= n.start and n.end <= b), None)
            if row:
                out.append((n, "data", row))
                continue
            ex = next((xid for a, b, num, xid in xspans[sid] if num == n.text and a <= n.start and n.end <= b), None)
            out.append((n, "exclusion", ex) if ex else (n, "none", ""))
    return out


def unaccounted() -> list[Number]:
    """Numbers in the sources that no data row quotes and no exclusion explains."""
    return [n for n, how, _ in classify() if how == "none"]


def unused_exclusions() -> list[str]:
    """Ids of exclusions that explain no number (stale or mistaken rows)."""
    used = {ref for _, how, ref in classify(words=True) if how == "exclusion"}
    from . import data
    return [x for x in data.exclusions()["exclusion_id"] if x not in used]


def sentence(text: str, start: int, end: int, width: int = 160) -> str:
    """The sentence of `text` around [start, end), cut to about `width` characters."""
    stops = ".!?؟\n"
    a = max(text.rfind(c, 0, start) for c in stops) + 1
    b = min((i for i in (text.find(c, end) for c in stops) if i != -1), default=len(text))
    a = max(a, start - width // 2)
    b = min(b, end + width // 2)
    return ("…" if a > 0 and text[a - 1] not in stops else "") + text[a:b].strip() + ("…" if b < len(text) and text[b] not in stops else "")


def todo() -> dict[str, list[tuple[Number, str]]]:
    """{source_id: [(number, its sentence), ...]}: numbers (digits and words) no row quotes and no exclusion explains."""
    from . import data
    texts = data.source_texts()
    out: dict[str, list[tuple[Number, str]]] = {}
    for n, how, _ in classify(words=True):
        if how == "none":
            out.setdefault(n.source_id, []).append((n, sentence(texts[n.source_id], n.start, n.end)))
    return out


def summary() -> dict[str, dict[str, int]]:
    """{source_id: {"numbers": n, "data": n, "exclusion": n, "none": n}}."""
    out: dict[str, dict[str, int]] = {}
    for n, how, _ in classify():
        s = out.setdefault(n.source_id, {"numbers": 0, "data": 0, "exclusion": 0, "none": 0})
        s["numbers"] += 1
        s[how] += 1
    return out
