#!/usr/bin/env bash
# Prints the URL of a fresh, empty database on the local PostgreSQL server (127.0.0.1:5432, trust
# auth, user postgres), starting the server first if it is down. Usage:
#   export DATABASE_URL="$(infra/postgres/fresh-database.sh planledger_ci)"
# Drop it afterwards with: dropdb -h 127.0.0.1 -U postgres <name>
set -euo pipefail
prefix="${1:-planledger}"
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  echo "starting PostgreSQL" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start >&2
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
name="${prefix}_$(date +%s)_$$"
createdb -h 127.0.0.1 -U postgres "$name"
echo "postgres://postgres@127.0.0.1:5432/$name"
