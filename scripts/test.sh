#!/usr/bin/env bash
# Run the test suite; arguments go to pytest (`make test` passes -m "not slow", `make test-all` none).
# pytest's exit code 5 (nothing collected) is reported, not hidden.
set -uo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
    echo "pytest collected no tests (exit 5)" >&2
fi
exit "$rc"
