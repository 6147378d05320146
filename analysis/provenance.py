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
from .paths import sources_dirs

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


def source_path(file_name: str, folders: Path | tuple[Path, ...] | None = None) -> Path | None:
    """The first of `folders` (default: the shared sources, then the user's) holding `file_name`."""
    if isinstance(folders, Path):
        folders = (folders,)
    for folder in folders or sources_dirs():
        if (folder / file_name).is_file():
            return folder / file_name
    return None


def source_text(file_name: str, folder: Path | tuple[Path, ...] | None = None) -> str:
    """The raw (NFC) text of a source file, looked up in `folder` (default: every sources folder)."""
    path = source_path(file_name, folder)
    if path is None:
        where = folder if isinstance(folder, Path) else " or ".join(str(f) for f in (folder or sources_dirs()))
        raise DataValidationError(f"source file not found: {file_name} in {where}")
    return _read(path)


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


def quote_problem(quote: str, text: str, unique: bool = True) -> tuple[str, str] | None:
    """Why `quote` cannot stand as a verbatim quote of `text`, or None when it can.

    Returns (what, detail). Not found: names the closest span of the source (line and words) and where the
    two differ. Found more than once (when `unique`): names every place and asks for
    a longer quote, since a quote must point at one place.
    """
    from . import arabic_text

    spans = find_quote(quote, text)
    if len(spans) == 1 or (spans and not unique):
        return None
    if spans:
        places = "; ".join(f"line {text.count(chr(10), 0, a) + 1}, column {a - text.rfind(chr(10), 0, a)}" for a, _ in spans)
        return f"quote found {len(spans)} times", f"at {places}; make it longer so that it points at one place"
    near = arabic_text.closest(quote, text)
    if near is None or near.ratio < 0.5:
        return "quote not found", "nothing in the source is close to it"
    what = "; ".join(near.differences) or "they differ in spacing or invisible characters"
    return "quote not found", f"the closest span is on line {near.line}: «{near.span}» ({what})"


def quote_in_text(quote: str, text: str) -> bool:
    """Whether `quote` is a verbatim span of `text` (NFC and whitespace normalized)."""
    needle = normalize(quote)
    return bool(needle) and needle in _normalized(text)[0]
