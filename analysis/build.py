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
import io
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
from .exceptions import BrowserNotFoundError, BuildLockedError, CoalitionReportsError, ExportError, NotebookExecutionError
from .notebooks import ReportNotebook, discover
from .parameters import validate
from .paths import build_dir, data_dir, reports_dir, sources_dir

from .i18n import LANGS
FORMATS = ("html", "pdf")
PLOTLY_ASSET = "assets/plotly.min.js"  # export.PLOTLY_ASSET, without importing nbconvert


@dataclass
class Job:
    notebook: ReportNotebook
    lang: str
    parameters: dict
    key: str
    formats: tuple[str, ...]
    build: Path
    reports: Path
    self_contained: bool = False
    cell_timeout: float = 300.0
    heard: list[str] | None = None  # the catalogue keys its report used (None: unknown, so all of them)

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

    def is_fresh(self) -> bool:
        """Built for this key with every wanted file in place, the shared plotly.js its HTML loads included."""
        outputs = {fmt: self.target(fmt) for fmt in self.formats}
        if "html" in self.formats and not self.self_contained and not (self.reports / PLOTLY_ASSET).is_file():
            return False
        stamp = cache.read_stamp(self.stamp)
        return cache.is_fresh(stamp, self.key, outputs) and _catalogue_fresh(stamp)

    @property
    def stamp(self) -> Path:
        return self.build / self.lang / f"{self.notebook.name}.stamp.json"


@dataclass
class BuildResult:
    built: list[str] = field(default_factory=list)
    fresh: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    unpublished: list[str] = field(default_factory=list)  # not published, with no error of their own
    errors: list[CoalitionReportsError] = field(default_factory=list)
    seconds: float = 0.0
    plotly_js_written: bool = False


def plan(
    only: list[str] | None,
    langs: tuple[str, ...],
    formats: tuple[str, ...],
    overrides: dict[str, str],
    build: Path,
    reports: Path,
    self_contained: bool = False,
) -> list[Job]:
    """Every (notebook, language) to consider, with validated parameters and cache keys."""
    from .exceptions import ParameterError

    if not langs:
        raise ParameterError(f"--lang is empty: give one or more of {', '.join(LANGS)}")
    if not formats:
        raise ParameterError(f"--format is empty: give one or more of {', '.join(FORMATS)}")
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
    shared = cache.report_inputs_digest(data_dir(), sources_dir())  # the catalogue: in each stamp, per message
    jobs = []
    for nb in notebooks:
        for lang in langs:
            values = normalised(nb, validate(nb.parameters, {"lang": lang, **overrides}, where=str(nb.path)))
            _check_as_of(values.get("as_of"), nb.path)
            key = cache.report_key(nb.path, lang, {**values, "(self-contained)": self_contained}, shared)
            jobs.append(Job(nb, lang, values, key, formats, build, reports, self_contained))
    return jobs


def normalised(nb: ReportNotebook, values: dict) -> dict:
    """Every declared parameter with its value, defaults filled in: one edition, one cache key.

    `-p include_disputed=TRUE`, `-p include_disputed=true` and no `-p` at all are the same edition.
    """
    return {name: values.get(name, param.default) for name, param in nb.parameters.items()} | values


def ensure_folder(path: Path, variable: str) -> None:
    """Make the folder `path`, or say why it cannot be one (a file in the way, no permission)."""
    from .exceptions import InputFileError
    from .textfile import display

    for part in (path, *path.parents):
        if part.exists() and not part.is_dir():
            raise InputFileError(
                f"{display(part)} is a file, not a folder: move it away, or set {variable} to a folder"
            )
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputFileError(f"cannot make the folder {display(path)}: {exc.strerror or exc}") from None


def statement_bounds(folder: Path | None = None) -> tuple[str | None, str | None]:
    """The earliest and latest `stated_on` in facts.csv (ISO), read without pandas."""
    path = (folder or data_dir()) / "facts.csv"
    from .textfile import read_text

    if not path.is_file():
        return None, None
    dates = [row.get("stated_on") or "" for row in csv.DictReader(io.StringIO(read_text(path), newline=""))]
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


def _catalogue_fresh(stamp: dict) -> bool:
    """Whether the catalogue messages a report used (its stamp's `keys`) read as when it was built."""
    from . import catalogue

    return "catalogue" in stamp and stamp["catalogue"] == catalogue.digest(stamp.get("keys"))


def _union(*lists: list[str] | None) -> list[str] | None:
    """The keys of every list, sorted; None (every key) when one of them is unknown."""
    if any(keys is None for keys in lists):
        return None
    return sorted({key for keys in lists for key in keys})


def execute_and_export(job: Job, progress: bool | dict) -> tuple[float, list[str] | None]:
    """Run one notebook in one language and write its HTML into the build folder; the seconds
    it took and the catalogue keys it used (in its kernel and in the export)."""
    from .catalogue import t, take_heard
    from .execute import execute
    from .export import export_html
    from .kernels import WarmKernelEngine

    start = time.perf_counter()
    take_heard()
    execute(job.notebook.path, job.executed, job.parameters, progress=progress, cell_timeout=job.cell_timeout)
    title = t(job.notebook.title_key, job.lang) if job.notebook.title_key else job.notebook.name
    try:
        page = export_html(job.executed, job.lang, title=title, name=job.notebook.name, self_contained=job.self_contained)
    except CoalitionReportsError:
        raise
    except Exception as exc:  # noqa: BLE001 - nbconvert's errors carry the detail
        raise ExportError(f"{job.label}: HTML export failed: {type(exc).__name__}: {exc}") from None
    _write_atomic(job.staged("html"), page.encode("utf-8"))
    return time.perf_counter() - start, _union(WarmKernelEngine.last_keys, take_heard())


def _worker(job: Job, progress: bool | dict) -> tuple[float, list[str] | None]:
    """Process-pool entry point; kernels and nbconvert stay out of the main process."""
    return execute_and_export(job, progress)


def _write_atomic(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_bytes(content)
    os.replace(tmp, target)


@contextlib.contextmanager
def build_lock(build: Path, say: Callable[[str], None], wait: bool = True):
    """One build at a time per build folder; a second one waits for the first.

    Yields the lock's file descriptor: workers inherit it, so the lock is free only
    when the build and every one of its workers are gone, however the build ended.
    """
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
        yield handle.fileno()
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
    self_contained: bool = False,
    cell_timeout: float | None = None,
) -> BuildResult:
    """Build the reports; see the module docstring. Raises on bad parameters before any work.

    Ctrl-C, SIGTERM and SIGHUP raise `lifecycle.Interrupted` (its `result` says what
    was published) after every worker, kernel and browser of the build has ended.
    """
    from .execute import CELL_TIMEOUT_S
    from .lifecycle import KERNEL_DIR_PREFIX, Guard, Interrupted, clean_stale
    from .pdf import PRINT_DIR_PREFIX

    started = time.perf_counter()
    build, reports = build_dir(), reports_dir()
    ensure_folder(build, "COALITION_BUILD")
    ensure_folder(reports, "COALITION_REPORTS")
    result = BuildResult()
    todo: list[Job] = []
    with build_lock(build, say) as lock_fd, Guard(say) as guard:
        try:
            guard.temp_prefixes = [PRINT_DIR_PREFIX, KERNEL_DIR_PREFIX]
            for prefix in guard.temp_prefixes:
                clean_stale(prefix)  # left by a build that was killed
            planned = plan(only, langs, formats, overrides or {}, build, reports, self_contained)
            from . import editions

            record, changes = editions.changes(reports, data_dir(), planned[0].parameters)
            for job in planned:
                job.cell_timeout = cell_timeout or CELL_TIMEOUT_S
                if not force and job.is_fresh():
                    result.fresh.append(job.label)
                else:
                    todo.append(job)
            if todo:
                from . import keys

                keys.check(sorted({job.notebook.path for job in planned}))
                check_data(build, cache.shared_inputs_digest(data_dir(), sources_dir()), say)
                if "pdf" in formats:
                    from .pdf import check_browser

                    check_browser()  # before any kernel starts
            with _LazyPrinter(say, result) as printer:
                if todo:
                    _run(todo, jobs or os.cpu_count() or 1, say, progress, result, printer, guard, lock_fd)
                if not only:
                    for lang in langs:
                        _build_full([job for job in planned if job.lang == lang], lang, formats, force, say, result, printer,
                                    changes)
            if not todo or len(result.failed) < len(todo):  # something of this record was published
                from .assemble import build_date

                editions.record(reports, record, build_date())
            _index(reports, say, result, changes)
        except Interrupted as exc:
            done = set(result.built) | set(result.failed) | set(result.unpublished)
            result.unpublished += [job.label for job in todo if job.label not in done]
            result.seconds = time.perf_counter() - started
            exc.result = result
            raise
    result.seconds = time.perf_counter() - started
    return result


def _run(todo: list[Job], jobs: int, say, progress: bool, result: BuildResult, printer: _LazyPrinter,
         guard=None, lock_fd: int | None = None) -> None:
    """Execute in workers; print and publish each report in this process as soon as it is ready."""
    for job in todo:
        say(f"executing {job.label}")
    # the browser starts (and parses plotly.js) while the notebooks run in their workers
    warm = printer.warm if any("pdf" in job.formats for job in todo) else None
    executed = _executed(todo, jobs, progress, guard, lock_fd, warm)
    with contextlib.closing(executed):
        _consume(executed, say, result, printer)


def _consume(executed, say, result: BuildResult, printer: _LazyPrinter) -> None:
    for job, error, (seconds, heard) in executed:
        job.heard = heard
        if error is not None:
            result.failed.append(job.label)
            result.errors.append(error)
            say(f"FAILED {job.label}: {error}")
            continue
        say(f"executed {job.label} in {seconds:.1f} s")
        _print_and_publish(job, say, result, printer)


def _print_and_publish(job: Job, say, result: BuildResult, printer: _LazyPrinter) -> None:
    """A report is published whole (HTML, PDF, chart files together) or not at all."""
    from .catalogue import take_heard

    take_heard()
    printed = "pdf" not in job.formats or printer.print(job)
    job.heard = _union(job.heard, take_heard())  # the footer's words, the chart files' names
    if not printed:
        if job.label not in result.failed:
            result.unpublished.append(job.label)
        say(f"not published {job.label}: its previous files are kept")
        return
    _publish_job(job, job.formats, say, result)


def _build_full(chapters: list[Job], lang: str, formats, force: bool, say, result: BuildResult, printer,
                changes=None) -> None:
    """reports/<lang>/full.*: every chapter of `lang` joined, when every chapter has built."""
    import hashlib

    from .assemble import FULL_NAME, build_date

    if not chapters:
        return
    if any(job.label in result.failed or job.label in result.unpublished or not job.executed.exists() for job in chapters):
        result.unpublished.append(f"{FULL_NAME} [{lang}]")
        say(f"skipped {FULL_NAME} [{lang}]: not every chapter built; the previous full report is kept")
        return
    built = build_date()
    key = hashlib.sha256(json.dumps([[j.notebook.name, j.key] for j in chapters] + [built.isoformat()]
                                    + [changes.digest() if changes else ""]).encode()).hexdigest()

    first = chapters[0]
    full = Job(ReportNotebook(first.build / lang / f"{FULL_NAME}.ipynb", {}, "full.title"), lang,
               first.parameters, key, formats, first.build, first.reports, first.self_contained)
    if not force and full.is_fresh():
        result.fresh.append(full.label)
        return
    from .assemble import assemble
    from .catalogue import t
    from .export import export_html

    start = time.perf_counter()
    from .catalogue import take_heard

    take_heard()
    executed = [(j.notebook.name, t(j.notebook.title_key, lang) if j.notebook.title_key else j.notebook.name, j.executed)
                for j in chapters]
    _, latest = statement_bounds()
    nb = assemble(executed, lang, first.parameters, latest, built, changes)
    import nbformat

    _write_atomic(full.executed, nbformat.writes(nb).encode("utf-8"))
    _write_atomic(full.staged("html"), export_html(nb, lang, title=t("full.title", lang), name=FULL_NAME,
                                                   self_contained=full.self_contained).encode("utf-8"))
    say(f"assembled {full.label} in {time.perf_counter() - start:.1f} s")
    # the messages of its chapters (as built now, or as their stamps say) and its own (cover, contents, appendix)
    full.heard = _union(*[j.heard if j.label in result.built else cache.read_stamp(j.stamp).get("keys") for j in chapters],
                        take_heard())
    _print_and_publish(full, say, result, printer)


def _executed(todo: list[Job], jobs: int, progress: bool, guard=None, lock_fd: int | None = None, warm=None):
    """Yield (job, error, seconds) as each notebook finishes executing and exporting.

    Kernels live only in worker processes, which die with the build however it ends
    (see `lifecycle`); the pool is never waited on when the build is stopped.
    """
    from .warmup import worker_init  # light: the worker launches its kernel before importing papermill
    from .lifecycle import InheritedFd

    workers = max(1, min(jobs, len(todo)))
    lock = InheritedFd(lock_fd) if lock_fd is not None else None
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                               initializer=worker_init, initargs=(os.getpid(), lock, str(todo[0].notebook.path.parent)))
    finished = False
    try:
        futures = {pool.submit(_worker, job, _bar(job, i % workers, progress)): job for i, job in enumerate(todo)}
        if guard is not None:
            guard.workers = list(pool._processes)  # noqa: SLF001 - the pids to stop on Ctrl-C
        if warm is not None:
            warm()
        for future in as_completed(futures):
            yield _attempt(lambda f=future: _result(f), futures[future])
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # stopped (Ctrl-C, a signal, an error): end the workers now, never wait for them
            if guard is not None:
                guard.cleanup()
            pool.shutdown(wait=False, cancel_futures=True)


def _result(future):
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        raise NotebookExecutionError("a worker process died (out of memory, or killed); rerun the build") from None


def _attempt(get_seconds, job: Job):
    try:
        return job, None, get_seconds()
    except CoalitionReportsError as exc:
        return job, exc, (0.0, None)


def _bar(job: Job, slot: int, progress: bool) -> bool | dict:
    return {"desc": job.label, "position": slot, "leave": False, "file": sys.stderr} if progress else False


class _LazyPrinter:
    """One browser for the whole build, started when the first PDF is wanted; restarted once if it crashes."""

    def __init__(self, say, result: BuildResult):
        self.say, self.result = say, result
        self._printer = None
        self._unavailable = False
        self._restarted = False

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if self._printer is None:
            return
        from .lifecycle import Interrupted

        if exc_type is not None and issubclass(exc_type, Interrupted):
            self._printer.abandon()  # the build's clean-up kills the browser; only the files are ours
        else:
            self._printer.__exit__(exc_type, exc, tb)

    def _start(self) -> bool:
        from .pdf import PdfPrinter

        try:
            self._printer = PdfPrinter().__enter__()
        except BrowserNotFoundError as exc:
            self._unavailable = True
            self.result.errors.append(exc)
            self.say(f"FAILED PDF step: {exc}")
            return False
        return True

    def warm(self) -> None:
        """Start the browser and load plotly.js into its printing page now (while kernels work)."""
        if self._printer is None and not self._unavailable and self._start():
            try:
                self._printer.warm()
            except Exception:  # noqa: BLE001 - the first print makes the page again, and says why it failed
                pass

    def print(self, job: Job) -> bool:
        """Print `job`'s staged HTML to its staged PDF and chart files; False if it could not be printed."""
        if self._unavailable or (self._printer is None and not self._start()):
            return False
        try:
            self._print(job)
        except ExportError as exc:
            if self._printer.crashed() and not self._restarted:
                self._restarted = True
                self.say(f"the browser stopped while printing {job.label}; starting it again")
                self._printer.abandon(kill=True)
                self._printer = None
                if not self._start():
                    return False
                return self.print(job)
            self.result.failed.append(job.label)
            self.result.errors.append(exc)
            self.say(f"FAILED {job.label}: {exc}")
            return False
        return True

    def _print(self, job: Job) -> None:
        from .catalogue import t

        start = time.perf_counter()
        images = [] if job.exports_charts else None
        try:
            self._printer.print(job.staged("html"), job.staged("pdf"), t("ui.page_of", job.lang, page="{page}", total="{total}"), job.lang, images)
            if images is not None:
                from .chart_files import write_chart_files

                shutil.rmtree(job.staged_charts(), ignore_errors=True)
                write_chart_files(job.staged_charts(), job.notebook.name, job.lang, job.executed, images)
        except ValueError as exc:
            raise ExportError(f"{job.label}: chart export failed: {exc}") from None
        self.say(f"printed {job.label} PDF in {time.perf_counter() - start:.1f} s")


def _publish_plotly_js(job: Job) -> None:
    """The shared plotly.js beside the pages, written (atomically) before the first page that loads it."""
    from .export import write_plotly_asset

    try:
        write_plotly_asset(job.reports)
    except OSError as exc:
        raise ExportError(f"cannot write {job.reports / PLOTLY_ASSET}: {exc.strerror or exc}") from None


def _publish_together(pairs: list[tuple[Path, Path]]) -> None:
    """Copy every staged file beside its target, then rename them all into place; on failure, none."""
    written: list[tuple[Path, Path]] = []
    try:
        for staged, target in pairs:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            written.append((tmp, target))
            shutil.copyfile(staged, tmp)
    except OSError as exc:
        for tmp, _ in written:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise ExportError(f"cannot write {written[-1][1] if written else '?'}: {exc.strerror or exc}") from None
    for tmp, target in written:
        os.replace(tmp, target)


def _publish_job(job: Job, formats: tuple[str, ...], say, result: BuildResult) -> None:
    pairs = [(job.staged(fmt), job.target(fmt)) for fmt in formats]
    stale: list[Path] = []
    if "pdf" in formats and job.exports_charts:
        target = job.reports / job.lang / "charts"
        charts = sorted(job.staged_charts().glob(f"{job.notebook.name}-*"))
        pairs += [(path, target / path.name) for path in charts]
        keep = {p.name for p in charts}
        stale = [old for old in target.glob(f"{job.notebook.name}-*")
                 if old.name not in keep and old.name.rsplit(".", 1)[0].rsplit("-", 1)[0] == job.notebook.name]
    try:
        if "html" in formats and not job.self_contained and not result.plotly_js_written:
            _publish_plotly_js(job)
            result.plotly_js_written = True
        _publish_together(pairs)
    except ExportError as exc:
        result.failed.append(job.label)
        result.errors.append(exc)
        say(f"FAILED {job.label}: {exc}")
        return
    for old in stale:
        with contextlib.suppress(OSError):
            old.unlink()
    from .catalogue import digest

    _write_atomic(job.stamp, json.dumps({"key": job.key, "formats": list(formats), "keys": job.heard,
                                         "catalogue": digest(job.heard)}).encode())
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
