"""`coalition-reports quote SOURCE WORDS`: where words occur in a source, verbatim.

SOURCE is a source id (S002) or its file name. The words are matched forgiving
Arabic spelling variation (`analysis.arabic_text`); what is printed is the file's
own text, ready to paste into a quote column.
"""

from __future__ import annotations

from dataclasses import dataclass

from .arabic_text import Match, Near, closest, find
from .exceptions import SourceError


@dataclass
class Found:
    source_id: str
    file_name: str
    matches: list[Match]
    near: Near | None


def resolve(source: str) -> tuple[str, str, str]:
    """(source id, file name, text) of SOURCE, given as an id or a file name listed in sources.csv."""
    from . import data, provenance

    rows = data.sources()
    hit = rows[(rows["source_id"] == source.upper()) | (rows["file_name"] == source)]
    if hit.empty:
        known = ", ".join(f"{r.source_id} ({r.file_name})" for r in rows.itertuples())
        raise SourceError(f"source {source!r}: not in data/sources.csv; known sources: {known}")
    row = hit.iloc[0]
    return row["source_id"], row["file_name"], provenance.source_text(row["file_name"])


def lookup(source: str, words: str) -> Found:
    """Every place `words` occur in SOURCE; when none, the closest span."""
    if not words.strip():
        raise SourceError("WORDS: give the words to look for")
    sid, name, text = resolve(source)
    matches = find(words, text)
    return Found(sid, name, matches, None if matches else closest(words, text))
