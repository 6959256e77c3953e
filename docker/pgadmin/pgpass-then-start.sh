#!/bin/sh
# pgAdmin's entrypoint in docker-compose.yml: write the postgres service's password where servers.json's
# PassFile (".pgpass", relative in server mode) finds it, the storage directory of the login
# (PGADMIN_DEFAULT_EMAIL with "@" as "_"), then start pgAdmin. POSTGRES_PASSWORD holds URL-safe characters
# only (.env.example), so it needs no pgpass escaping.
set -eu
storage=${PGADMIN_STORAGE_DIR:-/var/lib/pgadmin/storage}/$(printf '%s' "$PGADMIN_DEFAULT_EMAIL" | tr '@' '_')
mkdir -p "$storage"
umask 077
printf 'postgres:5432:*:%s:%s\n' "$POSTGRES_USER" "$POSTGRES_PASSWORD" > "$storage/.pgpass"
chmod 600 "$storage/.pgpass"
exec "${PGADMIN_ENTRYPOINT:-/entrypoint.sh}"
