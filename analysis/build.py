"""`coalition-reports build`: notebooks -> executed notebooks -> HTML -> PDF -> reports/.

Steps, each small: plan (discover notebooks, validate parameters before any
kernel starts, compute cache keys), execute and export HTML (in parallel, into
the build folder), print PDFs (one browser for all), publish (rename beside the
target into place), stamp and index. A failed notebook leaves its previous
reports untouched and its executed copy, traceback included, in the build folder.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import json
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Callable

from . import cache
from .exceptions import BrowserNotFoundError, BuildLockedError, CoalitionReportsError, ExportError
from .notebooks import ReportNotebook, discover
from .parameters import validate
from .paths import build_dir, data_dir, reports_dir, sources_dir

from .i18n import LANGS
FORMATS = ("html", "pdf")


@dataclass
class Job:
    notebook: ReportNotebook
    lang: str
    parameters: dict
    key: str
    formats: tuple[str, ...]
    build: Path
    reports: Path

    @property
    def label(self) -> str:
        return f"{self.notebook.name} [{self.lang}]"

    @property
    def executed(self) -> Path:
        return self.build / self.lang / f"{self.notebook.name}.ipynb"

    @property
    def exports_charts(self) -> bool:
        """Chapters export their charts; the full report repeats them and does not."""
        return self.notebook.name != "full"

    def staged_charts(self) -> Path:
        return self.build / self.lang / "charts" / self.notebook.name

    def staged(self, fmt: str) -> Path:
        return self.build / self.lang / f"{self.notebook.name}.{fmt}"

    def target(self, fmt: str) -> Path:
        return self.reports / self.lang / f"{self.notebook.name}.{fmt}"

    @property
    def stamp(self) -> Path:
        return self.build / self.lang / f"{self.notebook.name}.stamp.json"


@dataclass
class BuildResult:
    built: list[str] = field(default_factory=list)
    fresh: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[CoalitionReportsError] = field(default_factory=list)
    seconds: float = 0.0


def plan(
    only: list[str] | None,
    langs: tuple[str, ...],
    formats: tuple[str, ...],
    overrides: dict[str, str],
    build: Path,
    reports: Path,
) -> list[Job]:
    """Every (notebook, language) to consider, with validated parameters and cache keys."""
    from .exceptions import ParameterError

    for lang in langs:
        if lang not in LANGS:
            raise ParameterError(f"--lang {lang!r}: valid languages are {', '.join(LANGS)}")
    for fmt in formats:
        if fmt not in FORMATS:
            raise ParameterError(f"--format {fmt!r}: valid formats are {', '.join(FORMATS)}")
    if "lang" in overrides:
        raise ParameterError("-p lang=…: choose languages with --lang ar,en")
    notebooks = discover(only=only)
    if not notebooks:
        raise ParameterError("no report notebooks found (a notebook needs a cell tagged 'parameters')")
    shared = cache.shared_inputs_digest(data_dir(), sources_dir())
    jobs = []
    for nb in notebooks:
        for lang in langs:
            values = validate(nb.parameters, {"lang": lang, **overrides}, where=str(nb.path))
            _check_as_of(values.get("as_of"), nb.path)
            key = cache.report_key(nb.path, lang, values, shared)
            jobs.append(Job(nb, lang, values, key, formats, build, reports))
    return jobs


def statement_bounds(folder: Path | None = None) -> tuple[str | None, str | None]:
    """The earliest and latest `stated_on` in facts.csv (ISO), read without pandas."""
    path = (folder or data_dir()) / "facts.csv"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            dates = [row.get("stated_on") or "" for row in csv.DictReader(handle)]
    except OSError:
        return None, None
    dates = [d for d in dates if d]
    return (min(dates), max(dates)) if dates else (None, None)


def _check_as_of(as_of, notebook: Path) -> None:
    """An `as_of` before every fact would leave a report with nothing to show: refuse it now."""
    from .exceptions import ParameterError

    earliest = statement_bounds()[0] if as_of else None
    if earliest and str(as_of) < earliest:
        raise ParameterError(
            f"{notebook}: parameter as_of={as_of} is before every fact; the earliest is stated on {earliest}"
        )


def check_data(build: Path, shared: str, say) -> None:
    """Validate every data table once per change of the inputs, before any kernel starts."""
    stamp = build / ".data-valid"
    if stamp.exists() and stamp.read_text() == shared:
        return
    from .data import validate_all

    say("validating data/")
    counts = validate_all()  # raises DataValidationError naming file, line and column
    say("data valid: " + ", ".join(f"{name} {n}" for name, n in counts.items()))
    _write_atomic(stamp, shared.encode())


def execute_and_export(job: Job, progress: bool | dict) -> float:
    """Run one notebook in one language and write its HTML into the build folder."""
    from .catalogue import t
    from .execute import execute
    from .export import export_html

    start = time.perf_counter()
    execute(job.notebook.path, job.executed, job.parameters, progress=progress)
    title = t(job.notebook.title_key, job.lang) if job.notebook.title_key else job.notebook.name
    try:
        page = export_html(job.executed, job.lang, title=title, name=job.notebook.name)
    except CoalitionReportsError:
        raise
    except Exception as exc:  # noqa: BLE001 - nbconvert's errors carry the detail
        raise ExportError(f"{job.label}: HTML export failed: {type(exc).__name__}: {exc}") from None
    _write_atomic(job.staged("html"), page.encode("utf-8"))
    return time.perf_counter() - start


def _worker(job: Job, progress: bool | dict) -> float:
    """Process-pool entry point; kernels and nbconvert stay out of the main process."""
    return execute_and_export(job, progress)


def _write_atomic(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_bytes(content)
    os.replace(tmp, target)


def _publish(staged: Path, target: Path) -> None:
    """Copy beside the target, then rename into place: readers never see half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(staged, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None


def _publish_charts(job: Job) -> None:
    """Put the chart files in reports/<lang>/charts/ and drop this report's charts that no longer exist."""
    target = job.reports / job.lang / "charts"
    staged = sorted(job.staged_charts().glob(f"{job.notebook.name}-*"))
    for path in staged:
        _publish(path, target / path.name)
    keep = {p.name for p in staged}
    for old in target.glob(f"{job.notebook.name}-*"):
        if old.name not in keep and old.name.rsplit(".", 1)[0].rsplit("-", 1)[0] == job.notebook.name:
            old.unlink()


@contextlib.contextmanager
def build_lock(build: Path, say: Callable[[str], None], wait: bool = True):
    """One build at a time per build folder; a second one waits for the first."""
    build.mkdir(parents=True, exist_ok=True)
    handle = (build / ".lock").open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise BuildLockedError(f"another build is running on {build}") from None
            say(f"waiting for another build on {build} to finish…")
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def run_build(
    only: list[str] | None = None,
    langs: tuple[str, ...] = LANGS,
    formats: tuple[str, ...] = FORMATS,
    overrides: dict[str, str] | None = None,
    jobs: int | None = None,
    force: bool = False,
    say: Callable[[str], None] = print,
    progress: bool = False,
) -> BuildResult:
    """Build the reports; see the module docstring. Raises on bad parameters before any work."""
    started = time.perf_counter()
    build, reports = build_dir(), reports_dir()
    result = BuildResult()
    with build_lock(build, say):
        planned = plan(only, langs, formats, overrides or {}, build, reports)
        from . import editions

        record, changes = editions.changes(reports, data_dir(), planned[0].parameters)
        todo = []
        for job in planned:
            outputs = {fmt: job.target(fmt) for fmt in job.formats}
            if not force and cache.is_fresh(cache.read_stamp(job.stamp), job.key, outputs):
                result.fresh.append(job.label)
            else:
                todo.append(job)
        if todo:
            check_data(build, cache.shared_inputs_digest(data_dir(), sources_dir()), say)
        with _LazyPrinter(say, result) as printer:
            if todo:
                _run(todo, jobs or os.cpu_count() or 1, say, progress, result, printer)
            if not only:
                for lang in langs:
                    _build_full([job for job in planned if job.lang == lang], lang, formats, force, say, result, printer,
                                changes)
        if not todo or len(result.failed) < len(todo):  # something of this record was published
            from .assemble import build_date

            editions.record(reports, record, build_date())
        _index(reports, say, result, changes)
    result.seconds = time.perf_counter() - started
    return result


def _run(todo: list[Job], jobs: int, say, progress: bool, result: BuildResult, printer: _LazyPrinter) -> None:
    """Execute in workers; print and publish each report in this process as soon as it is ready."""
    for job in todo:
        say(f"executing {job.label}")
    for job, error, seconds in _executed(todo, jobs, progress):
        if error is not None:
            result.failed.append(job.label)
            result.errors.append(error)
            say(f"FAILED {job.label}: {error}")
            continue
        say(f"executed {job.label} in {seconds:.1f} s")
        _print_and_publish(job, say, result, printer)


def _print_and_publish(job: Job, say, result: BuildResult, printer: _LazyPrinter) -> None:
    formats = job.formats
    if "pdf" in formats and not printer.print(job):
        _publish_job(job, tuple(fmt for fmt in formats if fmt != "pdf"), say, result, stamp=False)
        return
    _publish_job(job, formats, say, result, stamp=True)


def _build_full(chapters: list[Job], lang: str, formats, force: bool, say, result: BuildResult, printer,
                changes=None) -> None:
    """reports/<lang>/full.*: every chapter of `lang` joined, when every chapter has built."""
    import hashlib

    from .assemble import FULL_NAME, build_date

    if not chapters:
        return
    if any(job.label in result.failed or not job.executed.exists() for job in chapters):
        say(f"skipped {FULL_NAME} [{lang}]: not every chapter built; the previous full report is kept")
        return
    built = build_date()
    key = hashlib.sha256(json.dumps([[j.notebook.name, j.key] for j in chapters] + [built.isoformat()]
                                    + [changes.digest() if changes else ""]).encode()).hexdigest()
    first = chapters[0]
    full = Job(ReportNotebook(first.build / lang / f"{FULL_NAME}.ipynb", {}, "full.title"), lang,
               first.parameters, key, formats, first.build, first.reports)
    outputs = {fmt: full.target(fmt) for fmt in formats}
    if not force and cache.is_fresh(cache.read_stamp(full.stamp), key, outputs):
        result.fresh.append(full.label)
        return
    from .assemble import assemble
    from .catalogue import t
    from .export import export_html

    start = time.perf_counter()
    executed = [(j.notebook.name, t(j.notebook.title_key, lang) if j.notebook.title_key else j.notebook.name, j.executed)
                for j in chapters]
    _, latest = statement_bounds()
    nb = assemble(executed, lang, first.parameters, latest, built, changes)
    import nbformat

    _write_atomic(full.executed, nbformat.writes(nb).encode("utf-8"))
    _write_atomic(full.staged("html"), export_html(nb, lang, title=t("full.title", lang), name=FULL_NAME).encode("utf-8"))
    say(f"assembled {full.label} in {time.perf_counter() - start:.1f} s")
    _print_and_publish(full, say, result, printer)


def _executed(todo: list[Job], jobs: int, progress: bool):
    """Yield (job, error, seconds) as each notebook finishes executing and exporting."""
    workers = max(1, min(jobs, len(todo)))
    if workers == 1:
        for job in todo:
            yield _attempt(lambda j=job: execute_and_export(j, _bar(j, 0, progress)), job)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(_worker, job, _bar(job, i % workers, progress)): job for i, job in enumerate(todo)}
        for future in as_completed(futures):
            yield _attempt(future.result, futures[future])


def _attempt(get_seconds, job: Job):
    try:
        return job, None, get_seconds()
    except CoalitionReportsError as exc:
        return job, exc, 0.0


def _bar(job: Job, slot: int, progress: bool) -> bool | dict:
    return {"desc": job.label, "position": slot, "leave": False, "file": sys.stderr} if progress else False


class _LazyPrinter:
    """One browser for the whole build, started when the first PDF is wanted."""

    def __init__(self, say, result: BuildResult):
        self.say, self.result = say, result
        self._printer = None
        self._unavailable = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self._printer is not None:
            self._printer.__exit__(*exc_info)

    def print(self, job: Job) -> bool:
        """Print `job`'s staged HTML to its staged PDF; False if it could not be printed."""
        from .catalogue import t
        from .pdf import PdfPrinter

        if self._unavailable:
            return False
        if self._printer is None:
            try:
                self._printer = PdfPrinter().__enter__()
            except BrowserNotFoundError as exc:
                self._unavailable = True
                self.result.errors.append(exc)
                self.say(f"FAILED PDF step: {exc}")
                return False
        start = time.perf_counter()
        images = [] if job.exports_charts else None
        try:
            self._printer.print(job.staged("html"), job.staged("pdf"), t("ui.page_of", job.lang, page="{page}", total="{total}"), job.lang, images)
            if images is not None:
                from .chart_files import write_chart_files

                shutil.rmtree(job.staged_charts(), ignore_errors=True)
                write_chart_files(job.staged_charts(), job.notebook.name, job.lang, job.executed, images)
        except (ExportError, ValueError) as exc:
            exc = exc if isinstance(exc, ExportError) else ExportError(f"{job.label}: chart export failed: {exc}")
            self.result.failed.append(job.label)
            self.result.errors.append(exc)
            self.say(f"FAILED {job.label}: {exc}")
            return False
        self.say(f"printed {job.label} PDF in {time.perf_counter() - start:.1f} s")
        return True


def _publish_job(job: Job, formats: tuple[str, ...], say, result: BuildResult, stamp: bool) -> None:
    try:
        for fmt in formats:
            _publish(job.staged(fmt), job.target(fmt))
        if "pdf" in formats and job.exports_charts:
            _publish_charts(job)
    except ExportError as exc:
        result.failed.append(job.label)
        result.errors.append(exc)
        say(f"FAILED {job.label}: {exc}")
        return
    if stamp:
        _write_atomic(job.stamp, json.dumps({"key": job.key, "formats": list(formats)}).encode())
        result.built.append(job.label)
    say(f"wrote {', '.join(str(job.target(fmt)) for fmt in formats)}")


def _index(reports: Path, say, result: BuildResult, changes=None) -> None:
    import hashlib

    from .index import chart_files, report_files, write_index

    listing = [str(p.relative_to(reports)) for langs in report_files(reports).values() for fmts in langs.values()
               for p in fmts.values()] + [f"{lang}/{c}" for lang, charts in chart_files(reports).items() for c in charts]
    listing += [p.name for p in (reports / "editions").glob("edition-*.json")]
    stamp_path = build_dir() / ".index-stamp"
    stamp = hashlib.sha256(json.dumps([sorted(listing), changes.digest() if changes else ""]).encode()).hexdigest()
    if not result.built and (reports / "index.html").exists() and cache.read_stamp(stamp_path).get("key") == stamp:
        return  # nothing new to list: the index (and its "what changed") is as it was
    try:
        path = write_index(reports, changes=changes)
        _write_atomic(stamp_path, json.dumps({"key": stamp}).encode())
    except OSError as exc:
        result.errors.append(ExportError(f"cannot write {reports / 'index.html'}: {exc.strerror or exc}"))
        return
    if result.built:
        say(f"wrote {path}")
