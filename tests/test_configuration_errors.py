"""Bad configuration exits non-zero with one clear line naming the setting, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core.config import Settings
from service.core.errors import ConfigurationError
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


def test_unreachable_admin_database_url() -> None:
    """Admin commands (migrate, refresh, upkeep, import, embed) connect to PGREC_ADMIN_DATABASE_URL when it is set."""
    url = f"postgresql://postgres:secret@127.0.0.1:{free_port()}/nowhere"
    result = run_pgrec("upkeep", env=pgrec_env(PGREC_ADMIN_DATABASE_URL=url), timeout=60)
    assert_one_clear_line(result, "PGREC_ADMIN_DATABASE_URL")
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


@pytest.mark.parametrize(
    ("setting", "value", "expected"),
    [
        ("PGREC_REDIS_URL", "foo", "must be redis://"),
        ("PGREC_DATABASE_URL", "mysql://x", "must be postgresql://"),
    ],
)
def test_bad_url_stops_serve_before_any_worker(setting: str, value: str, expected: str) -> None:
    # Before: a 30-line traceback from the worker and the manager killed it (exit 137).
    result = run_pgrec("serve", "--port", str(free_port()), env=pgrec_env(**{setting: value}), timeout=60)
    assert_one_clear_line(result, setting)
    assert expected in result.stderr and "Worker" not in result.stdout + result.stderr


def test_bad_setting_stops_other_commands_too() -> None:
    result = run_pgrec("refresh", env=pgrec_env(PGREC_DATABASE_URL="mysql://u:secret@db/shop"), timeout=60)
    assert_one_clear_line(result, "PGREC_DATABASE_URL")
    assert "secret" not in result.stderr


@pytest.mark.parametrize(
    ("setting", "value", "expected"),
    [
        ("PGREC_DATABASE_URL", "mysql://x", "must be postgresql://"),
        ("PGREC_DATABASE_URL", "localhost:5432", "must be postgresql://"),
        ("PGREC_DATABASE_URL", "postgresql://db:port/shop", "port"),
        ("PGREC_DATABASE_URL", "postgresql://db/shop?colour=blue", "colour"),
        ("PGREC_ADMIN_DATABASE_URL", "mysql://x", "must be postgresql://"),
        ("PGREC_SERVICE_USER", "Pgrec App", "role name"),
        ("PGREC_SERVICE_PASSWORD", "two words", "printable ASCII"),
        ("PGREC_REDIS_URL", "foo", "must be redis://"),
        ("PGREC_REDIS_URL", "http://cache:6379", "must be redis://"),
        ("PGREC_REDIS_URL", "redis://cache:99999/0", "Port"),
        ("PGREC_CORS_ORIGINS", "https://shop.example/", "https://shop.example"),
        ("PGREC_CORS_ORIGINS", "shop.example", "not an origin"),
        ("PGREC_HOST", "0.0.0.0 ", None),
        ("PGREC_HOST", "my host", "host name"),
        ("PGREC_API_KEY", "two words", "without spaces"),
        ("PGREC_EMBEDDING_MODEL", "/nonexistent/model", "no such model directory"),
        ("PGREC_PORT", "0", "between 1 and 65535"),
        ("PGREC_WORKERS", "many", "integer"),
    ],
)
def test_settings_are_checked_when_read(setting: str, value: str, expected: str | None) -> None:
    if expected is None:
        Settings.from_env({setting: value})
        return
    with pytest.raises(ConfigurationError) as raised:
        Settings.from_env({setting: value})
    assert raised.value.setting == setting and expected in str(raised.value)
    assert "\n" not in str(raised.value)


def test_good_settings_pass(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "PGREC_DATABASE_URL": "postgres://app:pw@db1:5432,db2:5433/shop?sslmode=require",
            "PGREC_REDIS_URL": "rediss://:pw@cache:6380/2",
            "PGREC_CORS_ORIGINS": "https://shop.example, http://localhost:3000",
            "PGREC_HOST": "::",
            "PGREC_EMBEDDING_MODEL": str(tmp_path),
            "PGREC_DATA_DIR": str(tmp_path / "data"),
        }
    )
    assert settings.cors_origins == ("https://shop.example", "http://localhost:3000")
    assert (
        Settings.from_env({"PGREC_REDIS_URL": "unix:///run/redis.sock"}).redis_url == "unix:///run/redis.sock"
    )
    assert Settings.from_env({"PGREC_EMBEDDING_MODEL": "sentence-transformers/x"}).embedding_model


def test_data_dir_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(ConfigurationError, match="PGREC_DATA_DIR"):
        Settings.from_env({"PGREC_DATA_DIR": str(blocker)})
