#!/usr/bin/env bash
# A throwaway PostgreSQL server for the PostgreSQL store tests.
#
#   eval "$(bash .ci/postgres.sh start)"   # installs if needed, starts, prints the export line
#   bash .ci/postgres.sh stop              # stops the server and removes its files
#   bash .ci/postgres.sh env               # prints the export line of a running server again
#
# start prints exactly one line on standard output,
#   export ENTENTE_TEST_POSTGRES='postgres://entente:entente@127.0.0.1:PORT/postgres'
# and everything else on standard error, so that eval picks up only the export. It also writes that line
# to $ENTENTE_PG_HOME/env for scripts that prefer to source a file. Starting twice reuses the running server.
#
# The cluster is made for tests only: it listens on 127.0.0.1 alone, and fsync is off, so a machine crash
# may lose it (the tests create and drop their own databases anyway).
set -euo pipefail

home=${ENTENTE_PG_HOME:-${TMPDIR:-/tmp}/entente-postgres}
first_port=${ENTENTE_PG_PORT:-54329}
role=entente
password=entente

say() { echo "postgres.sh: $*" >&2; }

# The newest installed server's binaries (Debian keeps them under /usr/lib/postgresql/VERSION/bin).
find_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/pg_ctl" ]]; then
        echo "$dir"
    elif command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
    fi
}

install_server() {
    if [[ $(id -u) -ne 0 ]]; then
        say "PostgreSQL is not installed; install the server (Debian: apt-get install postgresql) and run again."
        exit 1
    fi
    say "installing PostgreSQL with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
}

# Runs a server binary as the user who owns the cluster: initdb and postgres refuse to run as root.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

export_line() {
    echo "export ENTENTE_TEST_POSTGRES='postgres://$role:$password@127.0.0.1:$1/postgres'"
}

running() {
    [[ -f "$home/port" && -d "$home/data" ]] || return 1
    local bin
    bin=$(find_bin)
    [[ -n "$bin" ]] && as_owner "$bin/pg_ctl" -D "$home/data" status >/dev/null 2>&1
}

start() {
    if running; then
        say "reusing the server already running on port $(cat "$home/port")"
        export_line "$(cat "$home/port")"
        return
    fi

    local bin
    bin=$(find_bin)
    if [[ -z "$bin" ]]; then
        install_server
        bin=$(find_bin)
    fi
    if [[ -z "$bin" ]]; then
        say "no pg_ctl found after installing PostgreSQL"
        exit 1
    fi

    # A leftover from a run that was killed: start afresh.
    rm -rf "$home"
    mkdir -p "$home"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$home"
    fi

    local port=$first_port
    while port_in_use "$port"; do
        port=$((port + 1))
    done

    local pwfile="$home/pwfile"
    echo "$password" >"$pwfile"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$pwfile"
    as_owner "$bin/initdb" -D "$home/data" -U "$role" --pwfile="$pwfile" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$home/initdb.log" 2>&1 || {
        cat "$home/initdb.log" >&2
        exit 1
    }
    rm -f "$pwfile"

    as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$home -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2 || {
        cat "$home/server.log" >&2
        exit 1
    }

    echo "$port" >"$home/port"
    export_line "$port" >"$home/env"
    say "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') is running on 127.0.0.1:$port (files in $home)"
    export_line "$port"
}

stop() {
    local bin
    bin=$(find_bin)
    if [[ -d "$home/data" && -n "$bin" ]]; then
        as_owner "$bin/pg_ctl" -D "$home/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$home"
    say "stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    env)
        if running; then
            export_line "$(cat "$home/port")"
        else
            say "no server is running; use start"
            exit 1
        fi
        ;;
    *)
        echo "usage: $0 start|stop|env" >&2
        exit 2
        ;;
esac
