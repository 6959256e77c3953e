"""Is there a Docker daemon for testcontainers? Answered cheaply: no socket, no wait."""

from __future__ import annotations

import os
from functools import cache


@cache
def docker_available() -> bool:
    if os.environ.get("PGREC_TEST_NO_DOCKER"):
        return False
    if not os.environ.get("DOCKER_HOST") and not os.path.exists("/var/run/docker.sock"):
        return False
    try:
        import docker

        client = docker.from_env(timeout=1)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:
        return False
