"""Execute a notebook with papermill, with an explicit kernel and a retry on start races."""

from __future__ import annotations

import time
from pathlib import Path

from .exceptions import NotebookExecutionError

KERNEL_NAME = "python3"
START_RETRIES = 3
CELL_TIMEOUT_S = 300  # a cell that runs longer is stopped (`--cell-timeout`)


def _is_start_race(exc: BaseException) -> bool:
    """Errors of a kernel that failed to start, e.g. two kernels taking one port (papermill#511)."""
    text = f"{type(exc).__name__}: {exc}".lower()
    return any(
        marker in text
        for marker in ("address already in use", "kernel died before replying", "didn't respond in", "kernel died")
    )


def execute(
    notebook: Path, output: Path, parameters: dict, progress: bool | dict = False, cell_timeout: float = CELL_TIMEOUT_S
) -> None:
    """Run `notebook` with `parameters`, writing the executed copy to `output`.

    A failing cell raises NotebookExecutionError naming the notebook and the cell;
    the executed notebook, traceback included, is left at `output`. A cell that
    runs longer than `cell_timeout` seconds is stopped, and its kernel replaced.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from .kernels import ENGINE_NAME, CellTimedOut

    output.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(1, START_RETRIES + 1):
        try:
            papermill.execute_notebook(
                str(notebook),
                str(output),
                parameters=parameters,
                kernel_name=KERNEL_NAME,
                engine_name=ENGINE_NAME,
                cwd=str(Path(notebook).parent),
                progress_bar=progress,
                log_output=False,
                execution_timeout=cell_timeout,
            )
            return
        except CellTimedOut as exc:
            first_line = (exc.source or "").strip().splitlines()[:1]
            raise NotebookExecutionError(
                f"{notebook.name} [{parameters.get('lang', '?')}]: cell {exc.cell_index}"
                f"{' (' + first_line[0] + ')' if first_line else ''} did not finish within {cell_timeout:g} s "
                f"(--cell-timeout); its kernel was interrupted and replaced\n  executed notebook so far: {output}"
            ) from None
        except PapermillExecutionError as exc:
            first_line = (exc.source or "").strip().splitlines()[:1]
            raise NotebookExecutionError(
                f"{notebook.name} [{parameters.get('lang', '?')}]: cell {exc.cell_index} "
                f"(In [{exc.exec_count}]{': ' + first_line[0] if first_line else ''}) raised "
                f"{exc.ename}: {exc.evalue}\n  executed notebook with the traceback: {output}"
            ) from None
        except Exception as exc:  # noqa: BLE001 - anything but a cell error is a start problem
            if attempt < START_RETRIES and _is_start_race(exc):
                time.sleep(0.5 * attempt)
                continue
            raise NotebookExecutionError(
                f"{notebook.name} [{parameters.get('lang', '?')}]: the kernel failed: {type(exc).__name__}: {exc}"
            ) from exc
