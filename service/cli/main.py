"""Entry point of `pgrec`: parses the verb, runs it, turns known failures into one clear line."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from service.cli import (
    demo_cmd,
    embed_cmd,
    embedded_cmd,
    evaluate_cmd,
    fit_ease_cmd,
    import_cmd,
    migrate_cmd,
    refresh_cmd,
    serve_cmd,
    settings_cmd,
    tune_cmd,
    upkeep_cmd,
)
from service.core.config import Settings
from service.core.errors import ConfigurationError, PgrecError

# One module per verb, each with register(subparsers) that sets `run`; add new verbs here.
VERBS = (
    migrate_cmd,
    embedded_cmd,
    demo_cmd,
    serve_cmd,
    import_cmd,
    embed_cmd,
    refresh_cmd,
    upkeep_cmd,
    evaluate_cmd,
    fit_ease_cmd,
    tune_cmd,
    settings_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pgrec", description="pgrec: a SQL-first product recommender inside PostgreSQL."
    )
    subparsers = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for verb in VERBS:
        verb.register(subparsers)
    return parser


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    # A normal exit runs finally blocks and atexit hooks, so servers we own get stopped.
    raise SystemExit(128 + signum)


def _one_line(exc: Exception) -> str:
    """The promise for configuration errors: one line, whatever a library put in its message."""
    return " ".join(str(exc).split())


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        settings = Settings.from_env()
        return int(args.run(args, settings) or 0)
    except ConfigurationError as exc:
        print(f"pgrec: configuration error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except PgrecError as exc:
        print(f"pgrec: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
