#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the store tests, from Debian's packages: a new cluster in a temporary
# folder, run by the 'postgres' user (initdb refuses root), listening on 127.0.0.1 only, on a free port.
#   source .ci/postgres.sh   # then postgres_start; ...; postgres_stop
# postgres_start exports VERIFICATION_TEST_POSTGRES (a connection string); postgres_stop stops the server and removes
# the folder.

postgres_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/initdb" ]] && { echo "$dir"; return 0; }
  done
  return 1
}

postgres_start() {
  local bin
  if ! bin=$(postgres_bin); then
    echo "postgres: installing Debian's postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -q && apt-get install -y -q postgresql; } >&2 || { echo "postgres: postgresql could not be installed" >&2; return 1; }
    bin=$(postgres_bin) || return 1
  fi

  # Debian's package starts a cluster of its own on 5432; ours is separate and does not need it.
  POSTGRES_DIR=$(mktemp -d /tmp/verification-pg.XXXXXX)
  chown postgres:postgres "$POSTGRES_DIR"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || shuf -i 20000-60000 -n 1)
  local password=verification
  echo "$password" >"$POSTGRES_DIR/pw" && chown postgres:postgres "$POSTGRES_DIR/pw"
  runuser -u postgres -- "$bin/initdb" -D "$POSTGRES_DIR/data" -U postgres --pwfile="$POSTGRES_DIR/pw" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1 \
    || { cat "$POSTGRES_DIR/initdb.log" >&2; return 1; }
  runuser -u postgres -- "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_DIR -c fsync=off -c synchronous_commit=off" start >&2 \
    || { cat "$POSTGRES_DIR/server.log" >&2; return 1; }
  POSTGRES_BIN=$bin
  export VERIFICATION_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres"
  echo "postgres: server on 127.0.0.1:$port ($POSTGRES_DIR)" >&2
}

postgres_stop() {
  [[ -n "${POSTGRES_DIR:-}" && -d "$POSTGRES_DIR" ]] || return 0
  runuser -u postgres -- "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$POSTGRES_DIR"
  POSTGRES_DIR=
}
