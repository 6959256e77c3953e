#!/usr/bin/env bash
# Build a real Medusa 2.x database from the npm packages of docker/medusa: install, migrate, and (given OUTDIR)
# seed through Medusa's own workflows and dump.
# Usage: recipe.sh WORKDIR DATABASE_URL [OUTDIR]
#   WORKDIR      a folder for the npm project; `npm ci` is skipped when it already holds the lock file's install
#   DATABASE_URL an empty PostgreSQL database (Medusa needs no pgvector; any PostgreSQL >= 15)
#   OUTDIR       if given: run seed.ts, dump the database (schema + data) to OUTDIR/medusa_2.21.2_seeded.sql, run
#                changes.ts and dump the data alone to OUTDIR/medusa_2.21.2_changes.sql; without it, stop after migrating
# Measured on 2 shared cores: npm ci 55 s warm cache (about 4-5 min cold, 711 MB node_modules), db:migrate 70-90 s
# (147 tables), seed 25-40 s.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$1 url=$2 out=${3:-}
"$here/../../docker/medusa/install.sh" "$work"
mkdir -p "$work/src/scripts"
cp "$here/seed.ts" "$here/changes.ts" "$work/src/scripts/"
cd "$work"
export DATABASE_URL=$url MEDUSA_DISABLE_TELEMETRY=true
npx medusa db:migrate
[ -n "$out" ] || exit 0
npx medusa exec ./src/scripts/seed.ts
"$here/dump.sh" "$url" > "$out/medusa_2.21.2_seeded.sql"
# Only the tables changes.ts wrote to (their rows differ before and after) go into the second dump, whole.
before=$(psql -X -q -At -d "$url" -f "$here/table_digests.sql")
npx medusa exec ./src/scripts/changes.ts
changed=$({ diff <(echo "$before") <(psql -X -q -At -d "$url" -f "$here/table_digests.sql") || true; } | sed -n 's/^> \([^|]*\)|.*/--table=public.\1/p')
"$here/dump.sh" "$url" --data-only $changed > "$out/medusa_2.21.2_changes.sql"
