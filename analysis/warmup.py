"""The start of a build worker: its kernel launched before it imports papermill.

A worker spends about as long importing papermill and nbconvert as its kernel takes to
start and import pandas, plotly and the package. The worker's initializer therefore
launches the kernel first (`jupyter_client` only) with those imports as its start-up
lines, then imports the rest while the kernel boots, and hands the kernel to the warm
engine (`kernels.WarmKernelEngine`), which runs every notebook of this worker in it.
The start-up lines bind no name the notebooks would see (an underscore name, deleted).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

KERNEL_NAME = "python3"  # execute.KERNEL_NAME, without importing papermill
PREIMPORTS = ("pandas", "plotly.graph_objects", "analysis.report", "analysis.data", "analysis.fmt")
START_LINES = (f"for _coalition_m in {PREIMPORTS!r}: __import__(_coalition_m)", "del _coalition_m")

_pending = None  # the kernel launched here, until the engine holds it
_parent: int | None = None  # the build's pid


def launch(folder: str):
    """Launch a kernel working in `folder` (not waiting for it to be ready); its manager."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    from .lifecycle import KERNEL_DIR_PREFIX, make_temp_dir

    connections = make_temp_dir(KERNEL_DIR_PREFIX)
    km = AsyncKernelManager(kernel_name=KERNEL_NAME, connection_file=str(connections / "kernel-0.json"))
    # as nbclient starts a kernel: its history in memory (one shared file would clash between kernels)
    arguments = ["--HistoryManager.hist_file=:memory:"] + [f"--IPKernelApp.exec_lines={line}" for line in START_LINES]
    run_sync(km.start_kernel)(cwd=folder, extra_arguments=arguments)
    return km, connections


def worker_init(parent_pid: int, lock=None, folder: str | None = None) -> None:
    """A build worker: its own process group, dies (killing its kernels) with the build, and
    starts its kernel in `folder` (the notebooks' folder) at once.

    `lock` (an `InheritedFd` of the build lock) is kept open until the worker exits,
    so another build cannot start while this worker or its kernels live.
    """
    global _pending, _parent
    from .lifecycle import die_with_parent

    _parent = parent_pid

    with contextlib.suppress(OSError):
        os.setpgid(0, 0)  # a Ctrl-C on the terminal goes to the build, which stops the workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _terminate)
    die_with_parent(parent_pid, lambda: _terminate(signal.SIGTERM, None))
    if folder:
        try:
            _pending = launch(folder)
        except Exception:  # noqa: BLE001 - the engine starts a kernel itself, and reports what fails
            _pending = None
    from .kernels import WarmKernelEngine

    if _pending is not None:
        km, connections = _pending
        WarmKernelEngine.adopt(km, os.path.realpath(folder), connections)
        _pending = None


def _terminate(signum, frame) -> None:
    """The build stops: interrupt and kill this worker's kernels, then exit at once."""
    try:
        if _pending is not None:
            pid = getattr(getattr(_pending[0], "provisioner", None), "pid", None)
            with contextlib.suppress(OSError, TypeError):
                os.killpg(pid, signal.SIGKILL)
            import shutil

            shutil.rmtree(_pending[1], ignore_errors=True)
        kernels = sys.modules.get("analysis.kernels")
        if kernels is not None:
            kernels.WarmKernelEngine.kill_all()
        if _parent is not None and os.getppid() != _parent:
            _remove_printer_folders(_parent)
    finally:
        os._exit(128 + int(signum))


def _remove_printer_folders(parent_pid: int, wait_s: float = 1.5) -> None:
    """The build was killed (SIGKILL: it could not clean up): remove its browser's temporary folder,
    which the browser started while the kernels worked (the browser ends with its driver)."""
    import shutil
    import tempfile
    import time
    from pathlib import Path

    from .pdf import PRINT_DIR_PREFIX

    deadline = time.monotonic() + wait_s
    while True:
        left = list(Path(tempfile.gettempdir()).glob(f"{PRINT_DIR_PREFIX}{parent_pid}-*"))
        for path in left:
            shutil.rmtree(path, ignore_errors=True)
        if not left or time.monotonic() > deadline:
            return
        time.sleep(0.1)
