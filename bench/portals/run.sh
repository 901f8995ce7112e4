#!/usr/bin/env bash
# Benchmark of portal home pages in a large tree: builds the app in Release, prepares one SQLite dataset per tree size
# (default 10 and 1,000 units, 100,000 articles each), and drives the root home page, a sub-portal's home page and
# article pages with wrk from loopback, output cache off (and on for the home pages), next to a bare "hello"
# endpoint. Alternates the datasets for ROUNDS rounds and keeps each figure's best round (the machine is shared).
# Writes results-<ARTICLES>.md here. A benchmark, not a test.
#   bench/portals/run.sh [UNITS...]   env: ARTICLES (100000), DURATION (10s), CONNECTIONS (8), THREADS (2), ROUNDS (2),
#                                          NICE (10), SKIP_PUBLISH (unset: publish first)
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
root=$(cd ../.. && pwd)
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10 1000); fi
articles=${ARTICLES:-100000}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-8}
threads=${THREADS:-2}
rounds=${ROUNDS:-2}
niceness=${NICE:-10}
out="$here/.build"
results="$here/results-$articles.md"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null 2>&1; then
  as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null
fi

if [ -z "${SKIP_PUBLISH:-}" ] || [ ! -f "$out/DangBo.Web.dll" ]; then
  echo "bench: publishing Release build"
  nice -n "$niceness" dotnet publish "$root/src/DangBo.Web" -c Release -o "$out" --nologo -v q >/dev/null
fi

port=$(( 30000 + RANDOM % 20000 ))
base="http://127.0.0.1:$port"
pid=""
stop_app() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap stop_app EXIT

start_app() { # $1 = data folder, $2 = output cache enabled (true/false), $3 = seconds to wait for it
  (cd "$out" && exec env Urls="$base" ASPNETCORE_ENVIRONMENT=Production DOTNET_gcServer=0 \
    Storage__DataFolder="$1" Demo__SeedOnStart=false OutputCache__Enabled="$2" Bench__HelloEndpoint=true \
    Logging__LogLevel__Default=Warning nice -n "$niceness" dotnet DangBo.Web.dll >"$here/.app.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 "${3:-120}"); do
    if curl -fs "$base/healthz" >/dev/null 2>&1; then return; fi
    sleep 1
  done
  echo "bench: the app did not start; see $here/.app.log" >&2; exit 1
}

q() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$1" "$2"; }

# Datasets: migrated by the app without the demo, filled by generate.py, then started once so that the app builds
# its search index (several minutes at 100,000 articles, once per dataset).
for units in "${sizes[@]}"; do
  data="$here/.data-$units-$articles"
  if [ ! -f "$data/dangbo.db" ] || [ "$(q "$data/dangbo.db" "select count(*) from Articles" 2>/dev/null || echo 0)" -lt "$articles" ]; then
    echo "bench: dataset of $units units and $articles articles"
    rm -rf "$data"; mkdir -p "$data"
    start_app "$data" true; stop_app
    nice -n "$niceness" python3 "$here/generate.py" "$data/dangbo.db" "$units" "$articles"
    echo "bench: first start (search index)"
    start_app "$data" true 3600; stop_app
  fi
done

# The pages driven, read from a dataset: the first sub-portal (the same size in every dataset), one of its own
# articles, one article the province pushed to it, and 2,000 own articles of sub-portals across the tree.
urls_of() { # $1 = data folder -> sets sub, article, carried; writes $1/article-urls
  local db="$1/dangbo.db"
  sub=$(q "$db" "select Slug from Portals where IsRoot = 0 order by Id limit 1")
  article=$(q "$db" "select c.Slug || '/' || a.Slug from Articles a join Categories c on c.Id = a.CategoryId join Portals p on p.Id = a.PortalId
    where p.Slug = '$sub' and a.Status = 50 order by a.PublishedAt desc limit 1 offset 100")
  carried=$(q "$db" "select c.Slug || '/' || a.Slug from ArticleShares s join Articles a on a.Id = s.ArticleId join Categories c on c.Id = a.CategoryId
    join Portals p on p.Id = s.PortalId where p.Slug = '$sub' and s.Status = 2 order by a.PublishedAt desc limit 1 offset 10")
  python3 -c "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute('select p.Slug, c.Slug, a.Slug from Articles a join Categories c on c.Id = a.CategoryId join Portals p on p.Id = a.PortalId'
                  ' where p.IsRoot = 0 and a.Status = 50 order by random() limit 2000')
print('\n'.join(f'/don-vi/{p}/tin-tuc/{c}/{a}' for p, c, a in rows))" "$db" > "$1/article-urls"
}

declare -a names=("hello (ceiling)" "root home" "sub-portal home" "sub-portal article" "article carried by a sub-portal"
  "sub-portal articles (2,000 rotating)" "root home, output cache on" "sub-portal home, output cache on")

paths_of() { # -> paths array for the current dataset, "@rotate" for the rotating list
  paths=("/hello" "/" "/don-vi/$sub/" "/don-vi/$sub/tin-tuc/$article" "/don-vi/$sub/tin-tuc/$carried" "@rotate" "/" "/don-vi/$sub/")
}

run_wrk() { # $1 path, $2 urls file -> "rps p50 p99 errors"
  local target="$base$1" extra=()
  if [ "$1" = "@rotate" ]; then target="$base/"; extra=(-s "$here/../perf/rotate.lua"); fi
  URLS_FILE="$2" nice -n "$niceness" wrk -t"$threads" -c"$connections" -d"$duration" --latency "${extra[@]}" "$target" > "$here/.wrk.txt" 2>&1 || true
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$here/.wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$here/.wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$here/.wrk.txt")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$here/.wrk.txt")
  echo "${rps:-0} ${p50:-?} ${p99:-?} ${errors:-0}"
}

rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status" 2>/dev/null || echo "?"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

declare -A best rss
declare -a loads
keep() { # $1 key, $2 "rps p50 p99 errors": the better round
  local old=${best[$1]:-"-1"}
  if [ "$(echo "$2" | cut -d' ' -f1)" -gt "$(echo "$old" | cut -d' ' -f1)" ]; then best[$1]=$2; fi
}

for round in $(seq 1 "$rounds"); do
  for units in "${sizes[@]}"; do
    data="$here/.data-$units-$articles"
    urls_of "$data"; paths_of
    loads+=("round $round, $units units: $(load)")
    for mode in false true; do
      echo "bench: round $round, $units units, output cache enabled=$mode (load $(load))"
      start_app "$data" "$mode"
      for p in "${paths[@]}"; do
        [ "$p" = "@rotate" ] && continue
        curl -fs -o /dev/null "$base$p" || echo "bench: warning: $p did not answer 200" >&2
      done
      nice -n "$niceness" wrk -t1 -c4 -d3s "$base/" >/dev/null 2>&1 || true
      for i in "${!paths[@]}"; do
        if [ "$mode" = false ] && [ "$i" -ge 6 ]; then continue; fi
        if [ "$mode" = true ] && [ "$i" -ne 0 ] && [ "$i" -lt 6 ]; then continue; fi
        key="$units,$i"
        r=$(run_wrk "${paths[$i]}" "$data/article-urls")
        echo "  ${names[$i]}: $r"
        keep "$key" "$r"
      done
      rss["$units,$mode"]="$(rss_mb)"
      stop_app
    done
  done
done
loads+=("end: $(load)")

commit=$(git -C "$root" rev-parse --short HEAD)
{
  echo "### $(date -u +%Y-%m-%d) · commit $commit · $articles articles · SQLite · wrk -t$threads -c$connections -d$duration · best of $rounds rounds · $(nproc) cores"
  echo
  header="| page |"; rule="|---|"
  for units in "${sizes[@]}"; do header+=" $units units req/s | p50 / p99 |"; rule+="---:|---:|"; done
  [ "${#sizes[@]}" -eq 2 ] && { header+=" ${sizes[1]} vs ${sizes[0]} |"; rule+="---:|"; }
  echo "$header"; echo "$rule"
  for i in "${!names[@]}"; do
    row="| ${names[$i]} |"; first=""; last=""
    for units in "${sizes[@]}"; do
      read -r rps p50 p99 errors <<<"${best[$units,$i]}"
      [ "$errors" != 0 ] && rps="$rps (non-2xx: $errors)"
      row+=" $rps | $p50 / $p99 |"
      [ -z "$first" ] && first=${rps%% *}; last=${rps%% *}
    done
    [ "${#sizes[@]}" -eq 2 ] && row+=" $((100 * last / (first > 0 ? first : 1)))% |"
    echo "$row"
  done
  echo
  mem="Process memory (RSS) at the end of a run:"
  for units in "${sizes[@]}"; do mem+=" $units units ${rss[$units,false]} MB uncached, ${rss[$units,true]} MB cached;"; done
  echo "${mem%;}."
  echo
  echo "Load average (1, 5, 15 min) at the start of each run: $(printf '%s; ' "${loads[@]}" | sed 's/; $//')."
} > "$results"
cat "$results"
