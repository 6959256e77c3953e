"""`python -m service.http.openapi_export [FILE]`: the OpenAPI document `pgrec serve` answers on
/docs/openapi.json, built without starting a server, a database or Redis (for client generators)."""

from __future__ import annotations

import json
import sys
from typing import Any

from service.core.config import Settings
from service.http.factory import MAX_BODY_BYTES, create_app
from service.http.openapi.document import build_document


def openapi_document() -> dict[str, Any]:
    """The document of an app built from defaults (not this machine's environment, so the output is
    the same everywhere); building the app opens nothing."""
    return build_document(create_app(Settings.from_env({}), name="pgrec_openapi_export"), MAX_BODY_BYTES)


def document_text() -> str:
    """The document as the committed copies hold it (examples/storefront/pgrec-openapi.json)."""
    return json.dumps(openapi_document(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or any(arg.startswith("-") for arg in args):
        print("usage: python -m service.http.openapi_export [FILE]", file=sys.stderr)
        return 2
    if args:
        with open(args[0], "w", encoding="utf-8") as out:
            out.write(document_text())
    else:
        sys.stdout.write(document_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
