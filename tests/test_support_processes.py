"""tests/support/processes.py, the one way tests start, wait for and stop long-running commands."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from tests.support.processes import start_in_own_group, stop_group, wait_until_ready


def test_a_command_that_exits_fails_the_wait_at_once_with_its_output(tmp_path: Path) -> None:
    log = tmp_path / "out.log"
    process = start_in_own_group(
        [sys.executable, "-c", "print('no such port'); raise SystemExit(3)"], {}, log
    )
    began = time.monotonic()
    with pytest.raises(pytest.fail.Exception, match=r"(?s)the command exited with 3:\nno such port"):
        wait_until_ready(lambda: None, process, log.read_text, what="a server", seconds=60)
    assert time.monotonic() - began < 30  # not the deadline


def test_the_wait_returns_the_probes_answer_and_gives_up_at_the_deadline(tmp_path: Path) -> None:
    log = tmp_path / "out.log"
    process = start_in_own_group([sys.executable, "-c", "import time; time.sleep(60)"], {}, log)
    try:
        answers = iter([None, None, "ready"])
        assert (
            wait_until_ready(lambda: next(answers), process, log.read_text, what="x", interval=0.01)[0]
            == "ready"
        )
        with pytest.raises(pytest.fail.Exception, match="a server: not ready after 0 s"):
            wait_until_ready(lambda: None, process, log.read_text, what="a server", seconds=0.2)
    finally:
        stop_group(process)
    assert process.returncode is not None


def test_stop_reaches_the_whole_process_group(tmp_path: Path) -> None:
    # The command starts a child (as pgrec serve starts workers); both ignore SIGTERM (the child inherits
    # the disposition), so only the SIGKILL to the group after the grace period stops them.
    script = (
        "import signal, subprocess, sys, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "print(child.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    log = tmp_path / "out.log"
    process = start_in_own_group([sys.executable, "-c", script], {}, log)
    child, _ = wait_until_ready(
        lambda: log.read_text().strip() or None, process, log.read_text, what="the child"
    )
    stop_group(process, grace=1)
    assert process.returncode is not None
    deadline = time.monotonic() + 10
    while alive(int(child)):
        assert time.monotonic() < deadline, "the child outlived its group"
        time.sleep(0.05)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"
