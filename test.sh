#!/usr/bin/env bash
# Runs every test of RegionalConsole. On a fresh Debian machine it first installs what the tests need
# (Chromium and a CJK font for the browser tests, PostgreSQL for the PostgreSQL run), then:
#   1. formatting check (dotnet format --verify-no-changes)
#   2. the whole suite on SQLite (domain, component, integration and browser tests)
#   3. the integration suite again on a throwaway PostgreSQL server this script starts and stops
# Options: --no-postgres skips step 3 (quicker local runs).
set -euo pipefail
cd "$(dirname "$0")"

run_postgres=1
for arg in "$@"; do
  case "$arg" in
    --no-postgres) run_postgres=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
. scripts/throwaway-postgres.sh
pg_bin=$(throwaway_postgres_bin)
if [ "$run_postgres" = 1 ] && [ -z "$pg_bin" ]; then missing+=(postgresql); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  pg_bin=$(throwaway_postgres_bin)
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== build"
dotnet build RegionalConsole.sln -c Debug --nologo -v quiet

echo "== formatting"
dotnet format RegionalConsole.sln --verify-no-changes --no-restore

echo "== tests on SQLite"
status=0
dotnet test RegionalConsole.sln --no-build --nologo 2>&1 | tee -a "$log" || status=1

if [ "$run_postgres" = 1 ]; then
  echo "== tests on PostgreSQL"
  pg_dir=$(mktemp -d /tmp/rc-pg.XXXXXX)
  pg_port=${RC_PG_PORT:-55432}
  trap 'throwaway_postgres_stop "$pg_dir"; rm -f "$log"' EXIT
  throwaway_postgres_start "$pg_dir" "$pg_port"
  RC_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true" \
    dotnet test RegionalConsole.sln --no-build --nologo \
      --filter "FullyQualifiedName!~RegionalConsole.Tests.Domain&FullyQualifiedName!~RegionalConsole.Tests.Browser&FullyQualifiedName!~RegionalConsole.Tests.Components" \
      2>&1 | tee -a "$log" || status=1
fi

# One closing line with the totals of every run, for CI.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if ! grep -qE 'Passed!|Failed!' "$log"; then status=1; fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit $status
