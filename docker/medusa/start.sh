#!/bin/sh
# The compose profile `medusa`: Medusa 2.21.2 (this folder's project) on the bundled postgres (its tables beside
# pgrec's in the same database) and redis. Refuses to start without its secrets, installs the packages into
# /medusa once (again when the lock file changes), applies Medusa's migrations (a second start applies nothing),
# then serves on port 9000.
set -eu
: "${JWT_SECRET:?set MEDUSA_JWT_SECRET in .env (e.g. python3 -c 'import secrets; print(secrets.token_hex(32))')}"
: "${COOKIE_SECRET:?set MEDUSA_COOKIE_SECRET in .env (e.g. python3 -c 'import secrets; print(secrets.token_hex(32))')}"
here=$(cd "$(dirname "$0")" && pwd)
"$here/install.sh" /medusa
cd /medusa
node_modules/.bin/medusa db:migrate
exec node_modules/.bin/medusa start
