#!/usr/bin/env bash
# Benchmark of the public pages: builds the app in Release, prepares a dataset of N articles (default 100,000) in
# SQLite or PostgreSQL, and drives each page type with wrk from loopback, with the output cache on and off, next to a
# bare "hello" endpoint (the machine's ceiling). Writes results-<N>.md (results-<N>-postgres.md) here. A benchmark,
# not a test.
#   bench/perf/run.sh [N]              env: DURATION (10s), CONNECTIONS (32), THREADS (2), WARMUP (5s per page, 2 passes)
#   DB=postgres bench/perf/run.sh [N]  the same on a throwaway PostgreSQL cluster in .pg-<N>/ (kept for the next run,
#                                      stopped when the script ends; fsync off: delete .pg-<N>/ after a crash)
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
root=$(cd ../.. && pwd)
n=${1:-100000}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
warmup=${WARMUP:-5s}
db=${DB:-sqlite}
out="$here/.build"
case "$db" in
  sqlite) data="$here/.data-$n"; results="$here/results-$n.md" ;;
  postgres) data="$here/.pg-$n/files"; results="$here/results-$n-postgres.md" ;;
  *) echo "bench: DB must be sqlite or postgres" >&2; exit 2 ;;
esac

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null 2>&1; then
  as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null
fi

echo "bench: publishing Release build"
nice -n 10 dotnet publish "$root/src/DangBo.Web" -c Release -o "$out" --nologo -v q >/dev/null

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 30000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "bench: no free port found" >&2; exit 1
}
port=$(free_port)
base="http://127.0.0.1:$port"
pid=""
stop_app() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
pg_started=""
stop_pg() { if [ -n "$pg_started" ]; then run_pg "$pg_bin/pg_ctl" -D "$pg_dir/cluster" -m fast -w stop >/dev/null 2>&1 || true; pg_started=""; fi; }
cleanup() { stop_app; stop_pg; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# The database the app runs on. PostgreSQL: a cluster of our own, like test.sh's, on a free port; kept in .pg-<N>/ so
# that the dataset is built once, and stopped when the script ends. Durability is irrelevant here (fsync off,
# synchronous_commit off, full_page_writes off); everything else is PostgreSQL's default (shared_buffers 128 MB).
db_env=()
if [ "$db" = postgres ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  pg_dir="$here/.pg-$n"
  pg_user=$(id -un)
  run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  mkdir -p "$pg_dir" "$data"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; pg_user=postgres; fi
  if [ ! -f "$pg_dir/cluster/PG_VERSION" ]; then
    run_pg "$pg_bin/initdb" -D "$pg_dir/cluster" -U "$pg_user" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  pg_port=$(free_port)
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/cluster" -l "$pg_dir/server.log" -w -o \
    "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  pg_started=1
  pg_version=$("$pg_bin/postgres" --version | awk '{print $3}')
  echo "bench: PostgreSQL $pg_version on 127.0.0.1:$pg_port, cluster in $pg_dir"
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d postgres -tAc "select 1 from pg_database where datname = 'dangbo'" | grep -q 1 \
    || psql -X -q -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d postgres -c "create database dangbo" >/dev/null
  pg_conninfo="host=127.0.0.1 port=$pg_port user=$pg_user dbname=dangbo"
  db_env=(Database__Provider=Postgres "Database__ConnectionString=Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=dangbo")
  db_name="PostgreSQL $pg_version"
else
  db_name="SQLite"
fi

start_app() { # $1 = output cache enabled (true/false)
  (cd "$out" && exec env Urls="$base" ASPNETCORE_ENVIRONMENT=Production DOTNET_gcServer=0 "${db_env[@]}" \
    Storage__DataFolder="$data" OutputCache__Enabled="$1" Bench__HelloEndpoint=true \
    Logging__LogLevel__Default=Warning dotnet DangBo.Web.dll >"$here/.app.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "$base/healthz" >/dev/null 2>&1; then return; fi
    sleep 1
  done
  echo "bench: the app did not start; see $here/.app.log" >&2; exit 1
}

mkdir -p "$data"
# Queries below quote their identifiers and test booleans bare, so that one text serves both databases.
sql() { # $1 = query -> first column of every row
  if [ "$db" = postgres ]; then psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$pg_conninfo" -c "$1"
  else python3 -c "import sqlite3,sys; [print(r[0]) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]" "$data/dangbo.db" "$1"; fi
}
q() { sql "$1" | head -n 1; }
bench_articles() { q "select count(*) from \"Articles\" where \"Slug\" like 'bench-%'" 2>/dev/null || echo 0; }
if { [ "$db" = sqlite ] && [ ! -f "$data/dangbo.db" ]; } || [ "$(bench_articles)" -lt "$n" ]; then
  echo "bench: creating the schema and the demo province, then $n articles"
  start_app true; stop_app
  if [ "$db" = postgres ]; then target=$pg_conninfo; else target="$data/dangbo.db"; fi
  nice -n 10 python3 "$here/generate.py" "$target" "$n"
fi
# The generator writes articles straight into the database; the app would fill the search index at start (minutes at
# this size, beyond the start timeout below), so it is filled beforehand with the same verb an administrator uses.
if [ "$(q "select count(*) from \"SearchEntries\"")" -lt "$n" ]; then
  echo "bench: building the search index (reindex)"
  (cd "$out" && env "${db_env[@]}" Storage__DataFolder="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    nice -n 10 dotnet DangBo.Web.dll reindex)
  # Fresh statistics and visibility map after the bulk load and the index (SQLite's statistics are taken by generate.py).
  if [ "$db" = postgres ]; then sql "vacuum analyze" >/dev/null; fi
fi

# Addresses of each page type, read from the dataset.
category=$(q 'select c."Slug" from "Categories" c join "Articles" a on a."CategoryId" = c."Id" group by c."Id", c."Slug" order by count(*) desc limit 1')
article=$(q 'select c."Slug" || '"'/'"' || a."Slug" from "Articles" a join "Categories" c on c."Id" = a."CategoryId" where a."Status" = 50 order by a."PublishedAt" desc limit 1 offset 100')
topic=$(q 'select t."Slug" from "Topics" t join "ArticleTopics" x on x."TopicsId" = t."Id" group by t."Id", t."Slug" order by count(*) desc limit 1')
static=$(q 'select "Slug" from "StaticPages" where "IsPublished" limit 1')
sql 'select '"'/tin-tuc/'"' || c."Slug" || '"'/'"' || a."Slug" from "Articles" a join "Categories" c on c."Id" = a."CategoryId" where a."Status" = 50 order by random() limit 2000' > "$here/.article-urls"

declare -a names=(
  "hello (ceiling)" "home" "category" "category, page 200" "article (one)" "article (2,000 rotating)"
  "topic" "introduction page" "organisation" "RSS feed" "sitemap.xml")
declare -a paths=(
  "/hello" "/" "/tin-tuc/$category" "/tin-tuc/$category?trang=200" "/tin-tuc/$article" "@rotate"
  "/chuyen-de/$topic" "/gioi-thieu/$static" "/gioi-thieu/co-cau-to-chuc" "/rss.xml" "/sitemap.xml")

run_wrk() { # $1 path, $2 "br" to ask for compression as browsers do -> "rps p50 p99 non2xx"
  local target="$base$1" extra=()
  if [ "$1" = "@rotate" ]; then target="$base/"; extra=(-s "$here/rotate.lua"); fi
  if [ "${2:-}" = br ]; then extra+=(-H "Accept-Encoding: br, gzip"); fi
  URLS_FILE="$here/.article-urls" wrk -t"$threads" -c"$connections" -d"$duration" --latency "${extra[@]}" "$target" > "$here/.wrk.txt" 2>&1 || true
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$here/.wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$here/.wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$here/.wrk.txt")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$here/.wrk.txt")
  echo "${rps:-0} ${p50:-?} ${p99:-?} ${errors:-0}"
}

rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$(pgrep -P "$pid" -f DangBo.Web.dll || echo "$pid")/status" 2>/dev/null || echo "?"; }
hwm_mb() { awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$(pgrep -P "$pid" -f DangBo.Web.dll || echo "$pid")/status" 2>/dev/null || echo "?"; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
declare -A result
declare -a loads
ceiling=0
for mode in true false; do
  echo "bench: output cache enabled=$mode (load $(load))"
  if [ "$mode" = true ]; then loads+=("cached run $(load)"); else loads+=("uncached run $(load)"); fi
  start_app "$mode"
  # Warm up until the process runs the code it will run for days: .NET compiles each method quickly first and
  # recompiles the hot ones optimised in the background (tiered compilation), which takes about a minute of load for
  # this app; measured right after start, the first pages ran 2 to 4 times slower than in steady state.
  for i in "${!paths[@]}"; do
    p=${paths[$i]}; [ "$p" = "@rotate" ] && p="/tin-tuc/$article"
    curl -fs -o /dev/null "$base$p" || echo "bench: warning: $p did not answer 200" >&2
  done
  for pass in 1 2; do
    for i in "${!paths[@]}"; do
      p=${paths[$i]}; extra=()
      if [ "$p" = "@rotate" ]; then p="/"; extra=(-s "$here/rotate.lua"); fi
      [ "$pass" = 2 ] && extra+=(-H "Accept-Encoding: br, gzip")
      URLS_FILE="$here/.article-urls" wrk -t"$threads" -c"$connections" -d"$warmup" "${extra[@]}" "$base$p" >/dev/null 2>&1 || true
    done
  done
  for i in "${!paths[@]}"; do
    if [ "$mode" = false ] && [ "$i" -eq 0 ]; then continue; fi
    r=$(run_wrk "${paths[$i]}")
    result["$mode,$i"]=$r
    if [ "$i" -eq 0 ]; then ceiling=$(echo "$r" | cut -d' ' -f1); echo "  ${names[$i]}: $r"; continue; fi
    rb=$(run_wrk "${paths[$i]}" br)
    result["$mode,$i,br"]=$rb
    echo "  ${names[$i]}: $r | compressed: $rb"
  done
  if [ "$mode" = true ]; then
    # The ceiling again at the end: the machine is shared, keep the better of the two measurements.
    r=$(run_wrk "/hello"); echo "  hello again: $r"
    if [ "$(echo "$r" | cut -d' ' -f1)" -gt "$ceiling" ]; then ceiling=$(echo "$r" | cut -d' ' -f1); result["true,0"]=$r; fi
  fi
  result["$mode,rss"]="$(rss_mb) MB (peak $(hwm_mb) MB)"
  if [ "$mode" = true ]; then
    # Page weight of the home page as a first-time visitor downloads it.
    home=$(curl -fs "$base/")
    assets=$(echo "$home" | grep -oE '(href|src)="/(css|js)/[^"]+"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u)
    plain=$(curl -fs "$base/" | wc -c); br=$(curl -fs -H 'Accept-Encoding: br' "$base/" | wc -c); gz=$(curl -fs -H 'Accept-Encoding: gzip' "$base/" | wc -c)
    for a in $assets; do
      plain=$((plain + $(curl -fs "$base$a" | wc -c)))
      br=$((br + $(curl -fs -H 'Accept-Encoding: br' "$base$a" | wc -c)))
      gz=$((gz + $(curl -fs -H 'Accept-Encoding: gzip' "$base$a" | wc -c)))
    done
    weight="HTML + CSS + JS of the home page: $((plain / 1024)) KB uncompressed, $((gz / 1024)) KB gzip, $((br / 1024)) KB Brotli ($(echo $assets | wc -w) assets: $(echo $assets | tr '\n' ' '))"
  fi
  stop_app
done

commit=$(git -C "$root" rev-parse --short HEAD)
{
  echo "### $(date -u +%Y-%m-%d) · commit $commit · $n articles · $db_name · wrk -t$threads -c$connections -d$duration · $(nproc) cores"
  echo
  echo "Each page is measured twice: as wrk asks by default (no compression), and as a browser asks (\`Accept-Encoding: br, gzip\`, \"br\" columns). The ceiling is the bare endpoint without compression. Every figure is taken after a warm-up of two passes over all pages (${warmup} each)."
  echo
  echo "| page | cached req/s | cached p50 / p99 | cached vs ceiling | cached br req/s | cached br vs ceiling | uncached req/s | uncached p50 / p99 | uncached br req/s | uncached br p50 / p99 |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for i in "${!paths[@]}"; do
    read -r crps cp50 cp99 cerr <<<"${result[true,$i]}"
    if [ "$i" -eq 0 ]; then
      echo "| ${names[$i]} | $crps | $cp50 / $cp99 | 100% | | | | | | |"
      continue
    fi
    read -r cbrps _ _ cberr <<<"${result[true,$i,br]}"
    read -r urps up50 up99 uerr <<<"${result[false,$i]}"
    read -r ubrps ubp50 ubp99 uberr <<<"${result[false,$i,br]}"
    note=""; [ "$cerr$cberr$uerr$uberr" != 0000 ] && note=" (non-2xx: $cerr / $cberr / $uerr / $uberr)"
    c=$((ceiling > 0 ? ceiling : 1))
    echo "| ${names[$i]}$note | $crps | $cp50 / $cp99 | $((100 * crps / c))% | $cbrps | $((100 * cbrps / c))% | $urps | $up50 / $up99 | $ubrps | $ubp50 / $ubp99 |"
  done
  echo
  echo "Process memory (RSS) of the app after the runs: cached ${result[true,rss]}; uncached ${result[false,rss]}."
  echo
  echo "Load average (1, 5, 15 min) at the start of each run: $(printf '%s; ' "${loads[@]}")end $(load)."
  echo
  echo "$weight."
} > "$results"
cat "$results"
