"""Provenance: every quote in `data/` is a verbatim span of its source text.

The only liberties allowed when matching a quote to its source are Unicode NFC
normalization and whitespace normalization (any run of whitespace counts as one
space; leading and trailing whitespace is ignored). Nothing else: no
diacritic stripping, no hamza or alef folding, no digit conversion.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .exceptions import DataValidationError
from .paths import sources_dir

_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFC, then every run of whitespace to one space, then strip."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Whitespace-normalized `text` and, for each of its characters, the raw index.

    The raw text is taken as already NFC (the sources are); callers that need
    NFC on the raw side normalize first.
    """
    out: list[str] = []
    index: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space and out:
                out.append(" ")
                index.append(i)
            in_space = True
            continue
        in_space = False
        out.append(ch)
        index.append(i)
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


@lru_cache(maxsize=32)
def _read(path: Path) -> str:
    from .textfile import read_text

    if not path.is_file():
        raise DataValidationError(f"source file not found: {path}")
    try:
        return unicodedata.normalize("NFC", read_text(path))
    except FileNotFoundError as exc:
        raise DataValidationError(f"source file not found: {path}") from exc


def source_text(file_name: str, folder: Path | None = None) -> str:
    """The raw (NFC) text of a source file in the sources folder."""
    return _read((folder or sources_dir()) / file_name)


@lru_cache(maxsize=32)
def _normalized(text: str) -> tuple[str, tuple[int, ...]]:
    norm, index = normalize_with_map(text)
    return norm, tuple(index)


def find_quote(quote: str, text: str) -> list[tuple[int, int]]:
    """Every raw span (start, end) of `text` that `quote` matches after normalization.

    Returns an empty list when the quote is not in the text.
    """
    needle = normalize(quote)
    if not needle:
        return []
    hay, index = _normalized(text)
    spans: list[tuple[int, int]] = []
    start = hay.find(needle)
    while start != -1:
        end = start + len(needle) - 1
        spans.append((index[start], index[end] + 1))
        start = hay.find(needle, start + 1)
    return spans


def quote_in_text(quote: str, text: str) -> bool:
    """Whether `quote` is a verbatim span of `text` (NFC and whitespace normalized)."""
    needle = normalize(quote)
    return bool(needle) and needle in _normalized(text)[0]
