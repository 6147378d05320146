"""Nothing outlives a build: its workers, kernels, browser and temporary folders.

- `Guard` turns SIGINT, SIGTERM and SIGHUP in the build process into an
  `Interrupted` exception, so that every exit path runs the same clean-up; a
  second Ctrl-C during that clean-up kills every child at once and exits.
- `reap()` ends every process the build started (and their children), politely
  first (workers interrupt and kill their kernels on SIGTERM), then with SIGKILL.
- A worker dies with the build however the build ends, even by `kill -9`:
  Linux's parent-death signal (prctl PR_SET_PDEATHSIG) where there is one, and
  a thread that watches the parent everywhere. Kernels are started in their own
  process group (jupyter_client) which the worker interrupts and kills; they
  also watch their parent (ipykernel's parent poller).
- Workers share the build lock's open file (`InheritedFd`), so the lock is
  released only when the build and every worker are gone.
- Temporary folders are named `<prefix><pid>-…`: those of a dead build are
  removed by the next one (`clean_stale`).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

PR_SET_PDEATHSIG = 1
EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGHUP: 129}
SIGNALS = tuple(EXIT_CODES)
KERNEL_DIR_PREFIX = "coalition-kernels-"  # a worker's kernel connection files
GRACE_S = 2.0  # how long workers get to interrupt their kernels before SIGKILL


class Interrupted(BaseException):
    """The build was told to stop (Ctrl-C, SIGTERM, SIGHUP); not an error of the inputs."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.exit_code = EXIT_CODES.get(signum, 128 + signum)
        self.result = None  # the BuildResult so far, set by the build


# ----------------------------------------------------------------------------- processes


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def descendants(pid: int | None = None) -> list[int]:
    """Every live process below `pid` (default: this process), children first."""
    try:
        import psutil

        return [p.pid for p in psutil.Process(pid or os.getpid()).children(recursive=True)]
    except Exception:  # noqa: BLE001 - a process that vanished, or no psutil
        return []


def _is_resource_tracker(pid: int) -> bool:
    """multiprocessing's resource tracker ends by itself once the build is gone; killing it early
    only makes multiprocessing start another one."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return b"resource_tracker" in handle.read()
    except OSError:
        return False


def kill_all(pids, sig: int = signal.SIGKILL) -> None:
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, sig)


def reap(keep: set[int], workers: list[int], grace_s: float = GRACE_S) -> None:
    """End every descendant of this process but `keep`: SIGTERM to `workers`, then SIGKILL to all."""
    kill_all([pid for pid in workers if pid not in keep], signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and any(alive(p) and not _zombie(p) for p in workers if p not in keep):
        time.sleep(0.05)
    for _ in range(3):
        left = [p for p in descendants() if p not in keep and not _is_resource_tracker(p)]
        if not left:
            break
        kill_all(left)
        time.sleep(0.05)
    _collect_zombies()


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def _collect_zombies() -> None:
    with contextlib.suppress(ChildProcessError):
        while True:
            pid, _ = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break


def die_with_parent(parent_pid: int, on_orphan: Callable[[], None]) -> None:
    """Call `on_orphan` (in a signal handler or a thread) as soon as `parent_pid` is gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        on_orphan()

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        on_orphan()

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


class InheritedFd:
    """An open file descriptor that a spawned worker receives (same open file, same lock)."""

    held: list[int] = []  # in the worker: the descriptors kept open for its lifetime

    def __init__(self, fd: int):
        self.fd = fd

    def __reduce__(self):
        from multiprocessing import reduction

        return (_keep_fd, (reduction.DupFd(self.fd),))


def _keep_fd(dup) -> InheritedFd:
    fd = dup.detach() if hasattr(dup, "detach") else int(dup)
    InheritedFd.held.append(fd)
    return InheritedFd(fd)


# ----------------------------------------------------------------------------- signals


class Guard:
    """Signals to `Interrupted` in the build process; a second Ctrl-C ends everything at once."""

    def __init__(self, say: Callable[[str], None]):
        self.say = say
        self.keep = set(descendants())  # processes this build did not start
        self.workers: list[int] = []
        self.temp_prefixes: list[str] = []  # temporary folders to remove once every child is gone
        self.stopping = False
        self._previous: dict[int, object] = {}

    def __enter__(self) -> Guard:
        if threading.current_thread() is threading.main_thread():
            for sig in SIGNALS:
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum, frame) -> None:
        if self.stopping:
            if signum == signal.SIGINT:
                self.hard_stop()
            return  # already stopping: the clean-up is under way
        self.stopping = True
        raise Interrupted(signum)

    def hard_stop(self) -> None:
        """Second Ctrl-C: kill every child now, and exit."""
        with contextlib.suppress(Exception):
            print("interrupted again: stopping everything now", file=sys.stderr, flush=True)
        kill_all([p for p in descendants() if p not in self.keep])
        os._exit(130)

    def cleanup(self) -> None:
        self.stopping = True
        reap(self.keep, self.workers)
        for prefix in self.temp_prefixes:
            remove_own(prefix)
            clean_stale(prefix)  # the workers' folders, now that they are gone

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.cleanup()
        finally:
            for sig, handler in self._previous.items():
                signal.signal(sig, handler)


# ----------------------------------------------------------------------------- temporary folders


def make_temp_dir(prefix: str) -> Path:
    """A temporary folder whose name says which process owns it: `<prefix><pid>-<random>`."""
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-"))


def remove_own(prefix: str, folder: Path | None = None) -> None:
    """Remove this process's `<prefix><pid>-*` folders."""
    for path in Path(folder or tempfile.gettempdir()).glob(f"{prefix}{os.getpid()}-*"):
        shutil.rmtree(path, ignore_errors=True)


def clean_stale(prefix: str, folder: Path | None = None, old_s: float = 3600) -> list[Path]:
    """Remove `<prefix>*` folders whose owner is dead (or, unnamed, untouched for `old_s`)."""
    folder = Path(folder or tempfile.gettempdir())
    removed = []
    for path in folder.glob(f"{prefix}*"):
        owner = path.name[len(prefix):].split("-", 1)[0]
        try:
            stale = not alive(int(owner)) if owner.isdigit() else time.time() - path.stat().st_mtime > old_s
        except OSError:
            continue
        if stale:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
            removed.append(path)
    return removed
