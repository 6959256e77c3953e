#!/bin/sh
# Install this folder's Medusa project (the npm packages of package-lock.json) into WORKDIR: its package files
# are copied there and `npm ci` runs unless WORKDIR already holds this lock file's install (its hash is written
# to node_modules/.pgrec-installed once npm ci has finished). Used by the compose profile `medusa` (start.sh)
# and by tests/medusa/recipe.sh. npm ci: about 1 minute with a warm npm cache, 4-5 cold; 711 MB node_modules.
# Usage: install.sh WORKDIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$1
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/medusa-config.ts" "$here/tsconfig.json" "$work/"
cd "$work"
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.pgrec-installed 2>/dev/null)" != "$lock" ]; then
    npm ci --no-audit --no-fund
    echo "$lock" > node_modules/.pgrec-installed
fi
