"""Reading the project's text files (CSV tables, the catalogue, notebooks, sources).

Every loader reads text through `read_text`, so that every file gets the same
treatment: UTF-8, with or without a byte-order mark (accepted and dropped); any
other encoding is refused with a message that names the file, where the first
undecodable byte is, and the encoding the bytes look like.
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

from .exceptions import InputFileError

# Tried in order on bytes that are not UTF-8; the first that decodes to mostly
# letters of its script wins. Arabic files saved by Windows are Windows-1256.
_GUESSES = (
    ("utf-16", "UTF-16"),
    ("cp1256", "Windows-1256"),
    ("cp1252", "Windows-1252"),
)


def display(path: Path) -> str:
    """`path` as the user knows it: relative to the current folder when inside it."""
    path = Path(path)
    try:
        return os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd()) else str(path)
    except (OSError, ValueError):
        return str(path)


def guess_encoding(raw: bytes) -> str | None:
    """The name of an encoding `raw` plausibly is in, or None."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    for codec, name in _GUESSES[1:]:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        high = [c for c in text if ord(c) > 127]
        if codec == "cp1256":
            if high and sum("\u0600" <= c <= "\u06ff" for c in high) >= 0.6 * len(high):
                return name
        elif high:
            return name
    return None


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    line = raw.count(b"\n", 0, offset) + 1
    col = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, col


def read_text(path: Path) -> str:
    """The text of the UTF-8 file at `path`, a byte-order mark dropped; InputFileError otherwise."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise InputFileError(f"{display(path)} is a folder, not a file") from None
    except FileNotFoundError:
        raise InputFileError(f"{display(path)}: file not found") from None
    except OSError as exc:
        raise InputFileError(f"cannot read {display(path)}: {exc.strerror or exc}") from None
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _position(raw, exc.start)
        guess = guess_encoding(raw)
        looks = f"it looks like {guess}" if guess else "its encoding is unknown"
        raise InputFileError(
            f"{display(path)} is not UTF-8; {looks}: save it as UTF-8 "
            f"(first bad byte at line {line}, column {col})"
        ) from None


def read_json(path: Path) -> object:
    """The JSON document at `path`; a syntax error names the file, the line and the column."""
    text = read_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(
            f"{display(path)}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg}); "
            "is the file truncated or edited by hand?"
        ) from None
