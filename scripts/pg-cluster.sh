#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests: its own data folder and port.
#   scripts/pg-cluster.sh start [PORT]  -> prints the data folder, then the connection string
#   scripts/pg-cluster.sh stop DATADIR
#   scripts/pg-cluster.sh halt DATADIR     # stops the server, keeps its data (an outage)
#   scripts/pg-cluster.sh resume DATADIR   # starts it again on the same port
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
# pg_start DATADIR: starts the server on the port recorded in DATADIR/port.
pg_start() {
    as_postgres "$(pg_bin)/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
        -o "-p $(cat "$1/port") -k $1 -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
}

case "${1:-}" in
start)
    bin=$(pg_bin)
    [ -n "$bin" ] || { echo "PostgreSQL is not installed" >&2; exit 1; }
    datadir=$(mktemp -d /tmp/medinsure-pg.XXXXXX)
    chmod 755 "$datadir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$datadir"
    port=${2:-}
    [ -n "$port" ] || port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    as_postgres "$bin/initdb" -D "$datadir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    echo "$port" >"$datadir/port"
    pg_start "$datadir"
    echo "$datadir"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
stop)
    datadir=${2:?data folder}
    bin=$(pg_bin)
    as_postgres "$bin/pg_ctl" -D "$datadir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$datadir"
    ;;
halt)
    datadir=${2:?data folder}
    as_postgres "$(pg_bin)/pg_ctl" -D "$datadir/data" -m fast -w -t 60 stop >/dev/null
    ;;
resume)
    pg_start "${2:?data folder}"
    ;;
*)
    echo "usage: $0 start [PORT] | stop DATADIR | halt DATADIR | resume DATADIR" >&2; exit 2 ;;
esac
