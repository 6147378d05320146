"""Nothing outlives a build (unit tests of `analysis.lifecycle`; the process-level ones are e2e)."""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import signal
import subprocess
import sys
import time

import pytest

from analysis import lifecycle


def test_stale_temporary_folders_of_dead_builds_are_removed(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f"coalition-print-{dead.pid}-abc"
    mine = tmp_path / f"coalition-print-{os.getpid()}-def"
    old_style = tmp_path / "coalition-print-zz9k2"
    for folder in (stale, mine, old_style):
        folder.mkdir()
        (folder / "printer.html").write_text("x")
    os.utime(old_style, (time.time() - 7200, time.time() - 7200))
    removed = lifecycle.clean_stale("coalition-print-", tmp_path)
    assert sorted(removed) == sorted([stale, old_style])
    assert mine.exists() and not stale.exists() and not old_style.exists()


def test_make_temp_dir_names_its_owner(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    folder = lifecycle.make_temp_dir("coalition-kernels-")
    assert folder.parent == tmp_path and folder.name.startswith(f"coalition-kernels-{os.getpid()}-")


def _hold(lock, ready):
    ready.set()
    time.sleep(30)


def test_a_worker_holds_the_build_lock_until_it_exits(tmp_path):
    """The lock's open file is shared with the worker: the lock is free only when the worker is gone."""
    path = tmp_path / ".lock"
    handle = path.open("a+")
    fcntl.flock(handle, fcntl.LOCK_EX)
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    worker = ctx.Process(target=_hold, args=(lifecycle.InheritedFd(handle.fileno()), ready))
    worker.start()
    try:
        assert ready.wait(30)
        handle.close()  # the build is gone; its worker is not
        other = path.open("a+")
        with pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        worker.kill()
        worker.join()
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free now
        other.close()
    finally:
        if worker.is_alive():
            worker.kill()
            worker.join()


def test_interrupted_carries_the_exit_code():
    assert lifecycle.Interrupted(signal.SIGINT).exit_code == 130
    assert lifecycle.Interrupted(signal.SIGTERM).exit_code == 143
    assert lifecycle.Interrupted(signal.SIGHUP).exit_code == 129


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)],
                         ids=lambda v: getattr(v, "name", str(v)))
def test_guard_turns_a_signal_into_interrupted(sig, code):
    """Each signal a build is stopped with takes the same path (the e2e tests send SIGINT and SIGKILL)."""
    before = signal.getsignal(sig)
    with pytest.raises(lifecycle.Interrupted) as info:
        with lifecycle.Guard(say=lambda line: None):
            os.kill(os.getpid(), sig)
            time.sleep(5)
    assert info.value.exit_code == code
    assert signal.getsignal(sig) == before  # handlers restored


def test_a_second_ctrl_c_during_the_clean_up_kills_every_child_at_once(tmp_path):
    script = (
        "import os, signal, subprocess, time\n"
        "from analysis.lifecycle import Guard\n"
        "with Guard(print) as guard:\n"
        "    child = subprocess.Popen(['sleep', '100'])\n"
        "    print(child.pid, flush=True)\n"
        "    guard.stopping = True  # as if the first Ctrl-C's clean-up were under way\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    time.sleep(30)\n"
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert time.monotonic() - started < 10
    assert done.returncode == 130, done.stderr
    assert "interrupted again: stopping everything now" in done.stderr
    child = int(done.stdout.split()[0])
    time.sleep(0.2)
    assert not lifecycle.alive(child) or lifecycle._zombie(child)
