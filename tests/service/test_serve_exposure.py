"""`pgrec serve` refuses to open the write and admin routes to the network: on a non-loopback address
without PGREC_API_KEY, and with the example key of .env.example anywhere (exit 2, one line, no traceback)."""

from __future__ import annotations

import subprocess

import pytest

from tests.cli import pgrec_env, run_pgrec
from tests.support.free_port import free_port

# Nothing listens there: a serve that gets past the checks stops at the database instead (exit 2 too,
# with its own message), so no test here ever serves on a public address.
NO_DATABASE = f"postgresql://postgres@127.0.0.1:{free_port()}/nothing?connect_timeout=1"
NOT_EXPOSED = "cannot connect"


def serve(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    settings = {"PGREC_DATABASE_URL": NO_DATABASE, "PGREC_REDIS_URL": "none", **env}
    return run_pgrec("serve", "--port", str(free_port()), *args, env=pgrec_env(**settings), timeout=60)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("args", "env", "setting", "host"),
    [
        (("--host", "0.0.0.0"), {}, "--host", "0.0.0.0"),
        (("--host", "::"), {}, "--host", "::"),
        ((), {"PGREC_HOST": "0.0.0.0"}, "PGREC_HOST", "0.0.0.0"),
    ],
)
def test_a_public_address_without_a_key_is_refused(args, env, setting, host):
    line = one_line(serve(*args, **env))
    assert line.startswith(
        f"pgrec: configuration error: {setting}: {host} is reachable from other machines"
    ), line
    assert "PGREC_API_KEY is not set" in line and "secrets.token_urlsafe" in line


@pytest.mark.parametrize("host", ["127.0.0.1", "0.0.0.0"])
def test_the_example_key_is_refused_on_any_address(host):
    line = one_line(serve("--host", host, PGREC_API_KEY="change-me-api-key"))
    assert line.startswith(
        "pgrec: configuration error: PGREC_API_KEY: 'change-me-api-key' is the example key"
    ), line


@pytest.mark.parametrize(
    ("host", "env"),
    [
        ("127.0.0.1", {}),
        ("localhost", {}),
        ("::1", {}),
        ("0.0.0.0", {"PGREC_API_KEY": "a-key-of-their-own"}),
    ],
)
def test_loopback_or_a_real_key_passes(host, env):
    assert NOT_EXPOSED in one_line(serve("--host", host, **env))
