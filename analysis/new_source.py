"""`coalition-reports sources add FILE`: register a new source text.

The text is checked (UTF-8, not binary, not empty), normalised (NFC, line endings,
one paragraph a line) and copied into the user sources folder (`paths.user_sources_dir`,
`COALITION_USER_SOURCES`); its row is appended to `data/sources.csv`, from which readers' citation
labels are computed (`periods.source_label`). Every option is checked first; on any error nothing is
written, and an error after writing (the new row fails validation) restores the files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .exceptions import SourceError

KINDS = ("news", "encyclopedia", "research", "analysis")
_ID = re.compile(r"^S\d{3}$")
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
_URL = re.compile(r"^https?://\S+$")


def read_text(path: Path) -> str:
    """The text of `path`, refused with a clear message when it is missing, binary, not UTF-8 or empty."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a folder, not a text file") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror})") from None
    if b"\0" in raw[:65536]:
        raise SourceError(f"{path}: looks like a binary file (it holds NUL bytes); save the text as UTF-8 plain text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"{path}, line {line}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); save the text as UTF-8"
        ) from None
    if not text.strip():
        raise SourceError(f"{path}: the file is empty (no text to cite)")
    return text


def normalise(text: str) -> str:
    """NFC; one paragraph a line; spaces and tabs collapsed; no blank lines; a final newline.

    Paragraphs are separated by blank lines when the text has any (lines inside a
    paragraph are joined with a space); otherwise every line is a paragraph.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t\u00a0\f\v]+", " ", line).strip() for line in text.strip().split("\n")]
    if any(not line for line in lines):  # blank lines inside the text separate paragraphs
        paragraphs, current = [], []
        for line in lines + [""]:
            if line:
                current.append(line)
            elif current:
                paragraphs.append(" ".join(current))
                current = []
    else:
        paragraphs = [line for line in lines if line]
    return "\n".join(paragraphs) + "\n"


@dataclass
class Options:
    kind: str
    publisher: str | None = None
    date: str | None = None
    date_inferred: str | None = None
    because: str | None = None
    date_quote: str | None = None
    author: str | None = None
    author_ar: str | None = None
    title_ar: str | None = None
    title_en: str | None = None
    about: str | None = None
    url: str | None = None
    source_id: str | None = None
    language: str = "ar"
    today: dt.date | None = None


@dataclass
class Added:
    source_id: str
    path: Path
    row: dict
    paragraphs: int

    def label(self, lang: str) -> str:
        """The citation label readers see, computed from the new row as for every source."""
        from .periods import source_label

        return source_label(self.source_id, lang)


def parse_date(value: str, option: str, today: dt.date) -> tuple[dt.date, str]:
    """'2024', '2024-08' or '2024-08-15' -> (first day, precision); refuses bad and future dates."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m:
        raise SourceError(f"{option} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        date = dt.date(year, month, day)
    except ValueError as exc:
        raise SourceError(f"{option} {value!r}: not a date ({exc})") from None
    precision = "day" if m.group(3) else "month" if m.group(2) else "year"
    if date > today:
        raise SourceError(f"{option} {value!r}: the date is in the future (today is {today.isoformat()})")
    return date, precision


def _quote(words: str | None, text: str, option: str) -> str | None:
    """The verbatim span of `text` that `words` name (forgiving Arabic spelling), or a clear error."""
    from . import arabic_text

    if not words:
        return None
    found = arabic_text.find(words, text)
    if len(found) == 1:
        return found[0].span
    if found:
        places = "; ".join(f"line {m.line}: «{m.span}»" for m in found[:5])
        raise SourceError(f"{option} {words!r}: found {len(found)} times in the text ({places}); give longer words")
    near = arabic_text.closest(words, text)
    hint = f"; the closest is on line {near.line}: «{near.span}»" if near and near.ratio >= 0.5 else ""
    raise SourceError(f"{option} {words!r}: not found in the text{hint}")


def _next_id(ids: list[str]) -> str:
    n = max((int(i[1:]) for i in ids if _ID.match(i)), default=-1) + 1
    return f"S{n:03d}"


def _file_name(path: Path) -> str:
    stem = re.sub(r"[^\w.-]+", "_", path.stem, flags=re.ASCII).strip("._") or "source"
    return f"{stem}.txt"


def _read_rows(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def plan(file: Path, options: Options) -> tuple[dict, str, str]:
    """Check everything and return (row, file name, normalised text); writes nothing."""
    from . import catalogue, provenance
    from .paths import data_dir, sources_dirs

    today = options.today or dt.date.today()
    text = normalise(read_text(file))
    sources_csv = data_dir() / "sources.csv"
    if not sources_csv.exists():
        raise SourceError(f"{sources_csv}: file not found")
    header, rows = _read_rows(sources_csv)
    ids = [r["source_id"] for r in rows]
    source_id = options.source_id or _next_id(ids)
    if not _ID.match(source_id):
        raise SourceError(f"--id {source_id!r}: a source id is S and three digits, e.g. {_next_id(ids)}")
    if source_id in ids:
        line = ids.index(source_id) + 2
        raise SourceError(f"--id {source_id}: already used by {sources_csv.name}, line {line} ({rows[line - 2]['file_name']}); "
                          f"the next free id is {_next_id(ids)}")
    for r in rows:
        path = provenance.source_path(r["file_name"])
        if path is not None and normalise(path.read_text(encoding="utf-8")) == text:
            raise SourceError(f"{file}: this text is already registered as {r['source_id']} ({r['file_name']})")
    if options.kind not in KINDS:
        raise SourceError(f"--kind {options.kind!r}: unknown kind; use one of {', '.join(KINDS)}")
    cat = catalogue.catalogue()
    if options.publisher:
        if not _CODE.match(options.publisher) or f"publisher.{options.publisher}" not in cat:
            known = sorted(k.split(".", 1)[1] for k in cat if k.startswith("publisher."))
            raise SourceError(
                f"--publisher {options.publisher!r}: the catalogue has no message publisher-{options.publisher}; "
                f"add it to data/catalogue/en.ftl and ar.ftl first, or use one of: {', '.join(known)}"
            )
    if options.date and options.date_inferred:
        raise SourceError("--date and --date-inferred: give one (stated in the text, or inferred from it), not both")
    if options.date_inferred and not options.because:
        raise SourceError("--date-inferred needs --because WORDS: the words of the text that imply the date")
    if options.url and not _URL.match(options.url):
        raise SourceError(f"--url {options.url!r}: expected an address starting with http:// or https://")
    if options.language and not _CODE.match(options.language):
        raise SourceError(f"--language {options.language!r}: expected a language code such as ar")
    date, precision, status = None, "", "unknown"
    if options.date:
        date, precision = parse_date(options.date, "--date", today)
        status = "stated"
    elif options.date_inferred:
        date, precision = parse_date(options.date_inferred, "--date-inferred", today)
        status = "inferred"
    date_words = _quote(options.because if status == "inferred" else options.date_quote, text,
                        "--because" if status == "inferred" else "--date-quote")
    ground = {
        "stated": "Date stated in the text" + (" (see the date quote)" if date_words else ""),
        "inferred": "Inferred from the words quoted",
        "unknown": "The text states no date",
    }[status]
    name = _file_name(file)
    for folder in sources_dirs():
        if (folder / name).exists():
            raise SourceError(f"{file}: a source file named {name} already exists in {folder}; rename the file")
    kind_en = cat[f"kind.{options.kind}"]["en"]
    publisher_en = cat[f"publisher.{options.publisher}"]["en"] if options.publisher else ""
    row = {
        "source_id": source_id,
        "file_name": name,
        "kind": options.kind,
        "publisher": options.publisher or "",
        "author": options.author or "",
        "author_ar": _quote(options.author_ar, text, "--author-ar") or "",
        "title_ar": _quote(options.title_ar, text, "--title-ar") or "",
        "title_en": options.title_en or "",
        "about_en": options.about or (f"{kind_en}, {publisher_en}" if publisher_en else kind_en),
        "date": date.isoformat() if date else "",
        "date_precision": precision,
        "date_status": status,
        "date_ground": ground,
        "date_quote": date_words or "",
        "language": options.language or "ar",
        "url": options.url or "",
    }
    missing = [c for c in header if c not in row]
    if missing:  # a column another change added: left empty, validation says whether that is allowed
        row.update({c: "" for c in missing})
    return row, name, text


def _csv_line(header: list[str], row: dict) -> str:
    out = io.StringIO()
    csv.DictWriter(out, fieldnames=header, lineterminator="\n").writerow({c: row.get(c, "") for c in header})
    return out.getvalue()


def _append(path: Path, text: str) -> None:
    """Append `text` atomically (write beside, rename), keeping the file's last newline."""
    old = path.read_bytes()
    if old and not old.endswith(b"\n"):
        old += b"\n"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(old + text.encode("utf-8"))
    os.replace(tmp, path)


def add(file: Path, options: Options) -> Added:
    """Register `file` as a new source (see the module docstring); raise SourceError without writing on bad input."""
    from . import data
    from .exceptions import DataValidationError
    from .paths import data_dir, user_sources_dir

    row, name, text = plan(file, options)
    sources_csv = data_dir() / "sources.csv"
    header, _ = _read_rows(sources_csv)
    backup = {sources_csv: sources_csv.read_bytes()}
    folder = user_sources_dir()
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
        _append(sources_csv, _csv_line(header, row))
        data.clear_cache()
        data.load("sources")
    except (DataValidationError, OSError) as exc:
        for path, content in backup.items():
            path.write_bytes(content)
        target.unlink(missing_ok=True)
        data.clear_cache()
        reason = exc if isinstance(exc, DataValidationError) else exc.strerror or exc
        raise SourceError(f"{file}: not added, data/ left as it was: {reason}") from None
    return Added(row["source_id"], target, row, text.count("\n"))
