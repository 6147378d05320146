"""The bilingual catalogue: every word shown to readers, in Arabic and English.

`data/catalogue.csv` has the columns `key, kind, en, ar`. Text is looked up by
key; a key that is missing, or has no text in the asked language, raises
`MissingTranslationError` naming it, so a report cannot build half-translated.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from pathlib import Path

from .exceptions import MissingTranslationError
from .paths import data_dir
from .textfile import read_text

LANGS = ("ar", "en")
FILE_NAME = "catalogue.csv"


@lru_cache(maxsize=8)
def _load(path: Path) -> dict[str, dict[str, str]]:
    reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
    table: dict[str, dict[str, str]] = {}
    reader.fieldnames  # noqa: B018 - reads the header
    after = reader.line_num  # the file's physical lines read so far (quoted fields may span lines)
    for row in reader:
        line, after = after + 1, reader.line_num  # the physical line on which this record starts
        key = (row.get("key") or "").strip()
        if not key:
            raise MissingTranslationError(f"{path.name}, line {line}: empty key")
        if key in table:
            raise MissingTranslationError(f"{path.name}, line {line}: duplicate key {key!r}")
        table[key] = {lang: (row.get(lang) or "").strip() for lang in LANGS}
    return table


def catalogue(path: Path | None = None) -> dict[str, dict[str, str]]:
    """The whole catalogue as {key: {"ar": ..., "en": ...}}."""
    return _load(path or data_dir() / FILE_NAME)


def t(key: str, lang: str, /, path: Path | None = None, **values: object) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled from `values`."""
    if lang not in LANGS:
        raise MissingTranslationError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    table = catalogue(path)
    entry = table.get(key)
    source = (path or data_dir() / FILE_NAME).name
    if entry is None:
        raise MissingTranslationError(f"{source}: no entry for key {key!r}")
    text = entry[lang]
    if not text:
        raise MissingTranslationError(f"{source}: key {key!r} has no {lang!r} text")
    return text.format(**values) if values else text


def has(key: str, path: Path | None = None) -> bool:
    """Whether the catalogue holds `key`."""
    return key in catalogue(path)
