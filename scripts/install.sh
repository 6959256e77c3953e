#!/usr/bin/env bash
# Create .venv and install pgrec with its test and dev tools. Re-running is quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
stamp=.venv/.pgrec-install-stamp
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x .venv/bin/pgrec ]; then
    exit 0
fi
echo "installing pgrec into .venv (first run takes about two minutes)..."
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
pip() { .venv/bin/python -m pip --disable-pip-version-check -q "$@" 2> >(grep -v "is ignored: it is neither" >&2); }
pip install --upgrade pip
# CPU torch first and pinned: an unpinned resolve pulls ~2.5 GB of CUDA wheels.
pip install torch==2.13.0
pip install -c constraints.txt -e '.[test,dev,eval]'
echo "$want" > "$stamp"
