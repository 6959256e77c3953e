#!/usr/bin/env bash
# pg_dump of a Medusa database as this folder commits it: no owners or grants, and without the two link tables to
# the roles of @medusajs/rbac (Enterprise Edition, not MIT-licensed; see README.md). pgrec reads neither.
# Usage: dump.sh DATABASE_URL [pg_dump options...] > FILE
set -euo pipefail
url=$1
shift
exec pg_dump --no-owner --no-privileges --exclude-table='public.*_rbac_role' "$@" "$url"
