# A throwaway PostgreSQL server for tests and benchmarks: initdb into a folder, start on a loopback port with
# durability off (fsync, synchronous_commit, full_page_writes: nothing here outlives the run), trust authentication
# for the user postgres. Sourced by test.sh and bench-postgres.sh; needs $pg_bin (the server's bin folder).
#   throwaway_postgres_start DIR PORT   initdb into DIR/data (if not there yet) and start; the socket lives in DIR
#   throwaway_postgres_stop DIR         stop at once and delete DIR

throwaway_postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true; }

# As root the server runs as the postgres system user (initdb refuses root).
throwaway_postgres_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

throwaway_postgres_start() {
  local dir=$1 port=$2
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  if [ ! -d "$dir/data" ]; then
    throwaway_postgres_as "$pg_bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  throwaway_postgres_as "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
}

throwaway_postgres_stop() {
  local dir=$1
  throwaway_postgres_as "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
