#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the store tests and prints its connection string on stdout
# (everything else goes to stderr):
#   export WERKSTROOM_TEST_POSTGRES="$(bash .ci/postgres.sh)"     start (or reuse) and print
#   bash .ci/postgres.sh stop                                      stop it
# The server listens on 127.0.0.1 only (port WERKSTROOM_PG_PORT, default 55432) and keeps its cluster in
# WERKSTROOM_PG_DIR (default $TMPDIR/werkstroom-postgres). PostgreSQL is installed with apt-get when its
# binaries (/usr/lib/postgresql/*/bin) are absent. Durability is switched off: this server is for tests only.
set -euo pipefail

port="${WERKSTROOM_PG_PORT:-55432}"
dir="${WERKSTROOM_PG_DIR:-${TMPDIR:-/tmp}/werkstroom-postgres}"
data="$dir/data"
database=werkstroom_test
log() { echo "postgres.sh: $*" >&2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin="$(find_bin || true)"
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  if [ "$(id -u)" != 0 ]; then
    log "PostgreSQL is not installed and this user cannot install it (run as root, or: apt-get install postgresql)"
    exit 1
  fi
  log "installing PostgreSQL with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin="$(find_bin)"
fi

# PostgreSQL refuses to run as root: as root, the server runs as the postgres user the package created.
if [ "$(id -u)" = 0 ]; then
  owner=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  owner="$(id -un)"
  as_owner() { "$@"; }
fi

if [ "${1:-}" = stop ]; then
  if [ -f "$data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$data" stop -m fast >&2; fi
  exit 0
fi

mkdir -p "$dir"
chown "$owner" "$dir"
chmod 700 "$dir"

if [ ! -f "$data/PG_VERSION" ]; then
  log "creating a cluster in $data"
  rm -rf "$data"
  tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 >"$dir/password" || true
  chown "$owner" "$dir/password"
  chmod 600 "$dir/password"
  as_owner "$bin/initdb" -D "$data" -U postgres -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/password" >&2
fi
password="$(cat "$dir/password")"

if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  log "starting PostgreSQL on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >&2 \
    || { log "start failed; server log:"; tail -n 30 "$dir/server.log" >&2; exit 1; }
fi

psql_local() { as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_local -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
  psql_local -c "CREATE DATABASE $database" >&2
fi

echo "Host=127.0.0.1;Port=$port;Database=$database;Username=postgres;Password=$password"
