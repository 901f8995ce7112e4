#!/usr/bin/env bash
# Runs every test: unit, integration (SQLite and PostgreSQL) and browser (headless Chromium).
# Prepares what the tests need on a fresh machine: Debian's chromium, and a throwaway PostgreSQL
# cluster on a free local port that is torn down when the run ends.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Browser for the browser tests.
if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing Debian's chromium for the browser tests"
  apt_install chromium fonts-dejavu-core
fi

# libvips' thumbnail tool, so that the resized-image path is tested for real (the app serves originals without it).
if ! command -v vipsthumbnail >/dev/null 2>&1; then
  echo "test.sh: installing libvips-tools for the image resizing tests"
  apt_install libvips-tools
fi

# PostgreSQL server binaries.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "test.sh: installing PostgreSQL"
  apt_install postgresql postgresql-contrib
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "test.sh: no free port found" >&2; exit 1
}

pg_dir=$(mktemp -d /tmp/dangbo-pg.XXXXXX)
pg_user=$(id -un)
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; pg_user=postgres; fi
pg_port=$(free_port)

cleanup() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT

run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Durability is irrelevant for a throwaway test cluster; speed is not.
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o \
  "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
echo "test.sh: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"

export DANGBO_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=postgres;Include Error Detail=true"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Each test app would watch its configuration and static files with inotify; the suite starts dozens of apps, and the
# machine-wide limit (128 instances per user on Debian) was reached when two suites ran at once. Nothing changes those
# files during a run, so the apps do not watch them.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=1

set +e
dotnet test DangBo.slnx --nologo "$@" 2>&1 | tee "$pg_dir/test-output.txt"
status=${PIPESTATUS[0]}
set -e

# One plain closing line that any CI reader understands.
summary=$(grep -E '(Passed|Failed)!? +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$pg_dir/test-output.txt" | tail -n 1 || true)
if [ -n "$summary" ]; then
  failed=$(echo "$summary" | sed -E 's/.*Failed: +([0-9]+).*/\1/')
  passed=$(echo "$summary" | sed -E 's/.*Passed: +([0-9]+).*/\1/')
  skipped=$(echo "$summary" | sed -E 's/.*Skipped: +([0-9]+).*/\1/')
  echo "$passed passed, $failed failed, $skipped skipped"
fi
exit "$status"
