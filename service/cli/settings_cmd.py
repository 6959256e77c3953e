"""`pgrec settings`: show the store's ranking settings, set one (checked in SQL) or reset one to its default.
The values live in rec_settings and serve every session; cached lists turn over at once."""

from __future__ import annotations

import argparse
from typing import Any

import psycopg

from service.core import store_settings
from service.core.config import Settings
from service.local.sources import admin_database_url


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "settings", help="show, set or reset the store's ranking settings (rec_settings)"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("show", help="every setting, its value and where it comes from (the default action)")
    setter = actions.add_parser("set", help="store a value: pgrec settings set trend_prior 0.3")
    setter.add_argument("name")
    setter.add_argument("value")
    setter.add_argument("--note", help="why (kept with the value)")
    resetter = actions.add_parser("reset", help="remove the stored value: the built-in default serves again")
    resetter.add_argument("name")
    parser.set_defaults(run=run, action=None)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with psycopg.connect(admin_database_url(settings), autocommit=True) as conn:
        before = store_settings.show(conn)
        if args.action == "set":
            store_settings.set_setting(conn, args.name, args.value, args.note, "cli")
        elif args.action == "reset":
            store_settings.reset_setting(conn, args.name)
        after = store_settings.show(conn)
    print(store_settings.table(after, before))
    for name in store_settings.overridden(after):
        print(
            f"note: {name} comes from the setting pgrec.{name} (session, role or database), which wins over "
            f"the stored value; `alter database ... reset pgrec.{name}` lets the stored value serve"
        )
    return 0
