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
import os

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines
from papermill.log import logger
from papermill.utils import merge_kwargs, remove_args

ENGINE_NAME = "coalition-warm"
# Clear names and start counting cells from 1 again, as a fresh kernel would.
RESET = "get_ipython().run_line_magic('reset', '-f'); get_ipython().execution_count = 1"


class WarmKernelEngine(NBClientEngine):
    """papermill's nbclient engine, with the kernel kept warm between notebooks."""

    _kernels: dict[tuple[str, str], AsyncKernelManager] = {}

    @classmethod
    def kernel_manager(cls, kernel_name: str) -> AsyncKernelManager:
        key = (kernel_name, os.getcwd())  # the kernel's working folder is the notebook's
        km = cls._kernels.get(key)
        if km is not None and km.has_kernel and run_sync(km.is_alive)():
            return km
        km = AsyncKernelManager(kernel_name=kernel_name)
        cls._kernels[key] = km
        return km

    @classmethod
    def shutdown_all(cls) -> None:
        for km in cls._kernels.values():
            if km.has_kernel:
                run_sync(km.shutdown_kernel)(now=True)
        cls._kernels.clear()

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
        client = PapermillNotebookClient(nb_man, km=cls.kernel_manager(kernel_name), **final_kwargs)
        try:
            return client.execute()
        finally:
            cls._reset(client)

    @staticmethod
    def _reset(client: PapermillNotebookClient) -> None:
        """Clear the user namespace and close this notebook's client channels."""
        if client.kc is None:
            return
        try:
            client.wait_for_reply(client.kc.execute(RESET, silent=True, store_history=False))
        finally:
            client.kc.stop_channels()


papermill_engines.register(ENGINE_NAME, WarmKernelEngine)
atexit.register(WarmKernelEngine.shutdown_all)
