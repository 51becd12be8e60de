#!/usr/bin/env bash
# A throwaway PostgreSQL server for the benchmarks, started the way test.sh starts the tests' one
# (scripts/throwaway-postgres.sh): loopback only, trust authentication, durability off.
#   ./bench-postgres.sh start          start it (port RC_BENCH_PG_PORT, 55442 unless set) and print its connection string
#   ./bench-postgres.sh stop           stop it and delete its data
#   ./bench-postgres.sh run CMD ...    start, run CMD with RC_BENCH_POSTGRES set to the connection string, stop
# The benchmarks' --provider postgres uses RC_BENCH_POSTGRES when --connection is not given (README "Performance").
set -euo pipefail
cd "$(dirname "$0")"
. scripts/throwaway-postgres.sh

port=${RC_BENCH_PG_PORT:-55442}
dir=${TMPDIR:-/tmp}/rc-bench-pg-$port
connection="Host=127.0.0.1;Port=$port;Username=postgres"
pg_bin=$(throwaway_postgres_bin)
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL is not installed (Debian: apt-get install postgresql; ./test.sh installs it too)." >&2
  exit 2
fi

start() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    echo "already running in $dir" >&2
  else
    mkdir -p "$dir"
    throwaway_postgres_start "$dir" "$port"
  fi
  echo "$connection"
}

case "${1:-}" in
  start) start ;;
  stop) throwaway_postgres_stop "$dir" ;;
  run)
    shift
    [ $# -gt 0 ] || { echo "usage: $0 run CMD ..." >&2; exit 2; }
    trap 'throwaway_postgres_stop "$dir"' EXIT
    start >/dev/null
    RC_BENCH_POSTGRES="$connection" "$@"
    ;;
  *) echo "usage: $0 start|stop|run CMD ..." >&2; exit 2 ;;
esac
