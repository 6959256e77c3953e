"""A private pair of embedded servers (Postgres + Valkey, which pgrec starts on demand): their own data
directory under /tmp and free ports, stopped with `pgrec embedded stop` and removed afterwards."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.cli import pgrec_env, run_pgrec
from tests.support.free_port import free_port


@contextmanager
def private_embedded_servers(prefix: str) -> Iterator[dict[str, str]]:
    """pgrec's environment for embedded servers of this caller's own (PGREC_DATA_DIR and the two ports)."""
    data_dir = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    env = pgrec_env(
        PGREC_DATA_DIR=str(data_dir),
        PGREC_EMBEDDED_PG_PORT=str(free_port()),
        PGREC_EMBEDDED_REDIS_PORT=str(free_port()),
    )
    try:
        yield env
    finally:
        run_pgrec("embedded", "stop", env=env)
        shutil.rmtree(data_dir, ignore_errors=True)
