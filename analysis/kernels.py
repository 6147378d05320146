"""A papermill engine that keeps one warm kernel per process across notebooks.

Starting a kernel and importing pandas, plotly and the package cost more than
running a chapter. This engine starts the kernel once, passes it to nbclient as
a kernel manager nbclient does not own (so it is not shut down after each
notebook), and clears the user namespace (`%reset -f`) after every notebook, so
no name leaks from one notebook into the next. Modules stay imported, which is
the point. A kernel that died is replaced; all are shut down when the process exits.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shutil
import signal
import time
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from nbclient.exceptions import CellTimeoutError
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines
from papermill.log import logger
from papermill.utils import merge_kwargs, remove_args

from .lifecycle import KERNEL_DIR_PREFIX

ENGINE_NAME = "coalition-warm"
# Clear names and start counting cells from 1 again, as a fresh kernel would.
RESET = "get_ipython().run_line_magic('reset', '-f'); get_ipython().execution_count = 1"
# Asked with the reset: the catalogue keys the notebook used (its report's stamp depends on their text only).
HEARD = "__import__('analysis.catalogue', fromlist=['take_heard']).take_heard()"


class CellTimedOut(Exception):
    """A cell ran longer than the execution timeout; its kernel was interrupted and replaced."""

    def __init__(self, cell_index: int | None, source: str, timeout: float):
        super().__init__(f"cell {cell_index} timed out after {timeout} s")
        self.cell_index, self.source, self.timeout = cell_index, source, timeout


class WarmKernelEngine(NBClientEngine):
    """papermill's nbclient engine, with the kernel kept warm between notebooks."""

    _kernels: dict[tuple[str, str], AsyncKernelManager] = {}
    _folder: Path | None = None  # connection files, in a temporary folder this process owns
    _count = itertools.count(1)
    last_keys: list[str] | None = None  # the catalogue keys the last notebook used; None when unknown

    @classmethod
    def connection_folder(cls) -> Path:
        if cls._folder is None or not cls._folder.is_dir():  # a build in this process may have cleaned it
            from .lifecycle import make_temp_dir

            cls._folder = make_temp_dir(KERNEL_DIR_PREFIX)
        return cls._folder

    @classmethod
    def kernel_manager(cls, kernel_name: str) -> AsyncKernelManager:
        key = (kernel_name, os.getcwd())  # the kernel's working folder is the notebook's
        km = cls._kernels.get(key)
        if km is not None and km.has_kernel and run_sync(km.is_alive)():
            return km
        if km is not None:
            cls.kill(km)
        connection = cls.connection_folder() / f"kernel-{next(cls._count)}.json"
        km = AsyncKernelManager(kernel_name=kernel_name, connection_file=str(connection))
        cls._kernels[key] = km
        return km

    @classmethod
    def adopt(cls, km: AsyncKernelManager, cwd: str, folder: Path) -> None:
        """Run the notebooks of working folder `cwd` in `km`, a kernel already launched (`warmup`)."""
        if cls._folder is None:
            cls._folder = folder
        cls._kernels[(km.kernel_name, cwd)] = km

    @staticmethod
    def kill(km: AsyncKernelManager, grace_s: float = 0.2) -> None:
        """Interrupt the kernel's process group, then kill it; no messages, no waiting on the kernel."""
        provisioner = getattr(km, "provisioner", None)
        pid = getattr(provisioner, "pid", None)
        group = getattr(provisioner, "pgid", None) or pid
        if group:
            with contextlib.suppress(OSError):
                os.killpg(group, signal.SIGINT)
            time.sleep(grace_s)
            with contextlib.suppress(OSError):
                os.killpg(group, signal.SIGKILL)
        deadline = time.monotonic() + 1.0
        while pid and time.monotonic() < deadline:  # collect it: no zombie left behind
            try:
                if os.waitpid(pid, os.WNOHANG)[0]:
                    break
            except ChildProcessError:
                break
            time.sleep(0.02)
        with contextlib.suppress(OSError):
            os.unlink(km.connection_file)

    @classmethod
    def kill_all(cls) -> None:
        """Kill every kernel of this process and remove their files (a worker told to stop)."""
        for km in list(cls._kernels.values()):
            cls.kill(km, grace_s=0.1)
        cls._kernels.clear()
        if cls._folder is not None:
            shutil.rmtree(cls._folder, ignore_errors=True)
            cls._folder = None

    @classmethod
    def shutdown_all(cls) -> None:
        for km in cls._kernels.values():
            try:
                if km.has_kernel:
                    run_sync(km.shutdown_kernel)(now=True)
            except Exception:  # noqa: BLE001 - a kernel that died already
                cls.kill(km, grace_s=0)
        cls._kernels.clear()
        if cls._folder is not None:
            shutil.rmtree(cls._folder, ignore_errors=True)
            cls._folder = None

    @classmethod
    def execute_managed_notebook(
        cls,
        nb_man,
        kernel_name,
        log_output=False,
        stdout_file=None,
        stderr_file=None,
        start_timeout=60,
        execution_timeout=None,
        **kwargs,
    ):
        kwargs = remove_args(["input_path"], **kwargs)
        safe_kwargs = remove_args(["timeout", "startup_timeout"], **kwargs)
        final_kwargs = merge_kwargs(
            safe_kwargs,
            timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
            startup_timeout=start_timeout,
            kernel_name=kernel_name,
            log=logger,
            log_output=log_output,
            stdout_file=stdout_file,
            stderr_file=stderr_file,
        )
        km = cls.kernel_manager(kernel_name)
        client = PapermillNotebookClient(nb_man, km=km, **final_kwargs)
        started = {}
        cell_start = nb_man.cell_start

        def remember(cell, cell_index=None, **kw):
            started.update(cell=cell, index=cell_index)
            return cell_start(cell, cell_index, **kw)

        nb_man.cell_start = remember
        timed_out = False
        cls.last_keys = None
        try:
            return client.execute()
        except CellTimeoutError:
            timed_out = True
            cls.kill(km)  # interrupted, then replaced: the next notebook gets a fresh kernel
            cls._kernels = {k: v for k, v in cls._kernels.items() if v is not km}
            cell = started.get("cell") or {}
            raise CellTimedOut(started.get("index"), cell.get("source", ""), final_kwargs["timeout"]) from None
        finally:
            if not timed_out:
                cls._reset(client)
            elif client.kc is not None:
                client.kc.stop_channels()

    @staticmethod
    def _reset(client: PapermillNotebookClient) -> None:
        """Clear the user namespace and close this notebook's client channels."""
        if client.kc is None:
            return
        try:
            reply = client.wait_for_reply(client.kc.execute(RESET, silent=True, store_history=False,
                                                            user_expressions={"keys": HEARD}))
            WarmKernelEngine.last_keys = _heard_keys(reply)
        finally:
            client.kc.stop_channels()


def _heard_keys(reply) -> list[str] | None:
    """The list of keys in the reply to the reset (None if the kernel could not say)."""
    import ast

    try:
        value = reply["content"]["user_expressions"]["keys"]
        keys = ast.literal_eval(value["data"]["text/plain"]) if value.get("status") == "ok" else None
    except (KeyError, TypeError, ValueError, SyntaxError):
        return None
    return [str(k) for k in keys] if isinstance(keys, list) else None


from .warmup import worker_init  # noqa: E402,F401 - the worker's start, importable from here as before


papermill_engines.register(ENGINE_NAME, WarmKernelEngine)
atexit.register(WarmKernelEngine.shutdown_all)
