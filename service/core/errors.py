"""Errors that the CLI reports as one clear line instead of a traceback."""

from __future__ import annotations


class PgrecError(Exception):
    """A failure a user can act on; its message is printed as is."""


class ConfigurationError(PgrecError):
    """A setting is wrong or points at something unusable; the message names the setting."""

    def __init__(self, setting: str, message: str) -> None:
        super().__init__(f"{setting}: {message}")
        self.setting = setting
