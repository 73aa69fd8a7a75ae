#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: prepares what the tests need, then runs them.
#   ./test.sh                          everything
#   ./test.sh --filter "Category!=X"   extra arguments go to `dotnet test`
# What it prepares:
#   - a throw-away PostgreSQL on 127.0.0.1 (.ci/postgres.sh; installed with apt-get when absent and run as root),
#     named to the tests by WERKSTROOM_TEST_POSTGRES;
#   - Debian's chromium at /usr/bin/chromium for the browser tests (apt-get, same rule);
#   - the front-end's packages (npm ci) when src/RelatieWerkstroom.Web/ClientApp has a package.json.
# As a non-root user nothing is installed: the script says what to install and stops before running any test.
set -euo pipefail
cd "$(dirname "$0")"

say() { echo "test.sh: $*" >&2; }
stop() { say "$*"; exit 2; }
is_root() { [ "$(id -u)" = 0 ]; }

command -v dotnet >/dev/null || stop "the .NET 10 SDK is not installed (https://dot.net/download); install it and run ./test.sh again"

# PostgreSQL: postgres.sh prints the connection string on stdout and explains any failure on stderr.
if ! pg_url="$(bash .ci/postgres.sh)"; then
  if is_root; then
    stop "PostgreSQL could not be started (see the lines above); no tests were run"
  fi
  stop "PostgreSQL is needed for the PostgreSQL store tests. Install it (sudo apt-get install postgresql) or run ./test.sh as root, which installs it; no tests were run"
fi
export WERKSTROOM_TEST_POSTGRES="$pg_url"

# Chromium for the browser tests (Playwright drives the system's chromium, not a downloaded one).
if [ ! -x /usr/bin/chromium ]; then
  is_root || stop "the browser tests need Debian's chromium at /usr/bin/chromium. Install it (sudo apt-get install chromium) or run ./test.sh as root, which installs it; no tests were run"
  say "installing chromium with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
fi

# Front-end tests, once the web client exists.
client=src/RelatieWerkstroom.Web/ClientApp
status=0
if [ -f "$client/package.json" ]; then
  command -v npm >/dev/null || stop "the front-end tests need Node.js 20.19 or newer with npm (https://nodejs.org); install it and run ./test.sh again"
  say "front-end: npm ci && npm test in $client"
  # CI=true: test runners such as Vitest run once instead of watching.
  (cd "$client" && npm ci --no-audit --no-fund && CI=true npm test) || status=$?
fi

# Every C# test project in the solution (unit, store, API and browser tests).
dotnet test RelatieWerkstroom.sln "$@" || status=$?
exit $status
