"""Bad configuration exits non-zero with one clear line naming the setting, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.config import Settings
from service.errors import ConfigurationError
from tests.cli import pgrec_env, run_pgrec
from tests.support.free_port import free_port


def assert_one_clear_line(result, setting: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert setting in lines[0] and "Traceback" not in result.stderr


def test_unreachable_database_url(tmp_path: Path) -> None:
    url = f"postgresql://postgres:secret@127.0.0.1:{free_port()}/nowhere"
    result = run_pgrec("migrate", env=pgrec_env(PGREC_DATABASE_URL=url), timeout=60)
    assert_one_clear_line(result, "PGREC_DATABASE_URL")
    assert "secret" not in result.stderr


def test_unwritable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = run_pgrec("migrate", env=pgrec_env(PGREC_DATA_DIR=str(blocker / "pgrec")), timeout=60)
    assert_one_clear_line(result, "PGREC_DATA_DIR")


def test_bad_port_number() -> None:
    result = run_pgrec("migrate", env=pgrec_env(PGREC_EMBEDDED_PG_PORT="eighty"), timeout=60)
    assert_one_clear_line(result, "PGREC_EMBEDDED_PG_PORT")


def test_settings_defaults_and_cache_switch() -> None:
    settings = Settings.from_env({})
    assert settings.database_url is None and settings.redis_url is None and settings.cache_enabled
    assert settings.cache_ttl == 3600
    off = Settings.from_env({"PGREC_REDIS_URL": "none"})
    assert not off.cache_enabled and off.redis_url is None
    with pytest.raises(ConfigurationError, match="PGREC_CACHE_TTL"):
        Settings.from_env({"PGREC_CACHE_TTL": "0"})
