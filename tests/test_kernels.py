"""The warm-kernel engine: one kernel across notebooks, and nothing leaks between them."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from analysis.exceptions import NotebookExecutionError
from analysis.execute import execute
from analysis.kernels import WarmKernelEngine

pytestmark = pytest.mark.e2e


def notebook(path, *sources):
    nb = new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    nb.cells = [new_code_cell("x: int = 0", metadata={"tags": ["parameters"]})] + [new_code_cell(s) for s in sources]
    nbformat.write(nb, str(path))
    return path


def test_names_do_not_leak_from_one_notebook_into_the_next(tmp_path):
    first = notebook(tmp_path / "first.ipynb", "import os\nleaked = 'from the first notebook'\npid = os.getpid()\nprint(pid)")
    second = notebook(tmp_path / "second.ipynb", "import os\nprint(os.getpid())\nprint('leaked' in dir())")
    execute(first, tmp_path / "out1.ipynb", {"x": 1})
    execute(second, tmp_path / "out2.ipynb", {"x": 2})
    out1 = nbformat.read(str(tmp_path / "out1.ipynb"), as_version=4)
    out2 = nbformat.read(str(tmp_path / "out2.ipynb"), as_version=4)
    pid1 = out1.cells[-1].outputs[0]["text"].split()[0]
    pid2, leaked = out2.cells[-1].outputs[0]["text"].split()
    assert pid1 == pid2, "the kernel was not reused"
    assert leaked == "False", "a name from the first notebook was visible in the second"
    assert [c.execution_count for c in out2.cells] == [c.execution_count for c in out1.cells][: len(out2.cells)]


def test_a_failing_notebook_does_not_spoil_the_kernel_for_the_next(tmp_path):
    bad = notebook(tmp_path / "bad.ipynb", "raise RuntimeError('broken on purpose')")
    good = notebook(tmp_path / "good.ipynb", "print(x * 2)")
    with pytest.raises(NotebookExecutionError, match="cell 2 .*RuntimeError: broken on purpose"):
        execute(bad, tmp_path / "bad-out.ipynb", {"x": 1})
    execute(good, tmp_path / "good-out.ipynb", {"x": 21})
    out = nbformat.read(str(tmp_path / "good-out.ipynb"), as_version=4)
    assert out.cells[-1].outputs[0]["text"].strip() == "42"


def test_a_dead_kernel_is_replaced(tmp_path):
    nb = notebook(tmp_path / "n.ipynb", "print(x)")
    execute(nb, tmp_path / "a.ipynb", {"x": 1})
    WarmKernelEngine.shutdown_all()
    execute(nb, tmp_path / "b.ipynb", {"x": 2})
    assert nbformat.read(str(tmp_path / "b.ipynb"), as_version=4).cells[-1].outputs[0]["text"].strip() == "2"


def test_a_cell_that_hangs_is_stopped_named_and_its_kernel_replaced(tmp_path):
    hang = notebook(tmp_path / "hang.ipynb", "import time\ntime.sleep(100000)")
    good = notebook(tmp_path / "good.ipynb", "import os\nprint(os.getpid())")
    execute(good, tmp_path / "before.ipynb", {"x": 1})
    pid_before = nbformat.read(str(tmp_path / "before.ipynb"), as_version=4).cells[-1].outputs[0]["text"].strip()
    with pytest.raises(NotebookExecutionError) as info:
        execute(hang, tmp_path / "hang-out.ipynb", {"x": 1}, cell_timeout=2)
    message = str(info.value)
    assert "hang.ipynb [?]: cell 2 (import time) did not finish within 2 s (--cell-timeout)" in message
    assert "interrupted and replaced" in message
    execute(good, tmp_path / "after.ipynb", {"x": 1})
    pid_after = nbformat.read(str(tmp_path / "after.ipynb"), as_version=4).cells[-1].outputs[0]["text"].strip()
    assert pid_after != pid_before, "the hung kernel was kept"
    import os

    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_before), 0)


def test_the_engine_reports_the_catalogue_keys_a_notebook_used(tmp_path):
    nb = notebook(tmp_path / "words.ipynb",
                  "from analysis.catalogue import has, t\nprint(t('ui.sources', 'ar'), has('no_such.key_here'))")
    execute(nb, tmp_path / "out.ipynb", {"x": 1})
    assert WarmKernelEngine.last_keys == ["ui.sources@ar", "no_such.key_here"]
    execute(notebook(tmp_path / "none.ipynb", "print(x)"), tmp_path / "out2.ipynb", {"x": 2})
    assert WarmKernelEngine.last_keys == []  # the list starts again with each notebook


def test_a_worker_kernel_starts_as_nbclient_would_with_the_heavy_imports_done(tmp_path):
    """`warmup.launch`: its history in memory (a shared file prints 'Session/line number was not
    unique' into the outputs when kernels clash), and pandas already imported, under no visible name."""
    from analysis import warmup

    km, folder = warmup.launch(str(tmp_path))
    try:
        WarmKernelEngine.adopt(km, str(tmp_path.resolve()), folder)
        nb = notebook(tmp_path / "probe.ipynb", "import sys\nhist = get_ipython().history_manager.hist_file\n"
                      "print(str(hist), 'pandas' in sys.modules, sorted(k for k in dir() if 'coalition' in k))")
        execute(nb, tmp_path / "out.ipynb", {"x": 1})
        out = nbformat.read(str(tmp_path / "out.ipynb"), as_version=4)
        assert out.cells[-1].outputs[0]["text"].split(None, 2) == [":memory:", "True", "[]\n"]
    finally:
        WarmKernelEngine.shutdown_all()
