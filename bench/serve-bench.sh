#!/usr/bin/env bash
# Benchmark of POST /api/v1/match: indexes corpora/ (scripts/index-corpora),
# starts radar-serve on a free loopback port, runs a bounded wrk with a Lua
# script POSTing realistic needs (Danish and English, short and long) in turn,
# then prints requests/s, latency percentiles, non-200 answers, the match
# cache's hits and the server's RSS. Twice, each with a fresh server: first as
# radar-serve runs by default (the needs repeat, so most are answered from the
# match cache), then with --match-cache 0 (every request computes its match:
# the cold cost).
#
# usage: bench/serve-bench.sh [BIN_DIR]      (default: build/bin)
# env:   WRK_THREADS (2)  CONNECTIONS (16)  DURATION (20s)  SERVER_THREADS (radar-serve's default)
#        CORPORA (corpora/)
#        DB           serve this existing index instead (only read; CORPORA is then not indexed)
#        NEEDS_FILE   POST these bodies instead of the twelve below (JSON Lines, one body a line)
#        WARMUP_FILE  first POST these bodies for 5 s to each server, not measured (JSON Lines)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
bin=$(cd "${1:-$root/build/bin}" && pwd)
wrk_threads=${WRK_THREADS:-2}
connections=${CONNECTIONS:-16}
duration=${DURATION:-20s}
corpora=${CORPORA:-$root/corpora}
command -v wrk >/dev/null || { echo "serve-bench: needs wrk (RADAR_BOOTSTRAP_EXTRA=bench scripts/bootstrap)" >&2; exit 1; }
command -v curl >/dev/null || { echo "serve-bench: needs curl" >&2; exit 1; }
[[ -x "$bin/radar-serve" && -x "$bin/radar-index" ]] || { echo "serve-bench: no radar-serve/radar-index in $bin; build first" >&2; exit 1; }
for file in "${NEEDS_FILE:-}" "${WARMUP_FILE:-}"; do
  [[ -z "$file" || -r "$file" ]] || { echo "serve-bench: cannot read $file" >&2; exit 1; }
done

work=$(mktemp -d)
pid=
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; wait "$pid" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -n "${DB:-}" ]]; then
  db=$DB
  indexed="index $DB"
else
  db=$work/db
  "$root/scripts/index-corpora" "$bin" "$db" "$corpora" >"$work/index.log" 2>&1
  indexed=$(sed -n 's/^ingested/ingested/p' "$work/index.log")
fi

cat >"$work/match.lua" <<'LUA'
-- POSTs realistic needs (or the bodies of NEEDS_FILE) to /api/v1/match in turn;
-- counts non-200 answers.
local needs = {
  [[Vi vil give nattevagten besked, når en borger med demens forlader sengen om natten, uden at borgeren vækkes.]],
  [[Borgere i eget hjem glemmer at tage deres medicin, og hjemmeplejen bruger mange besøg på medicinudlevering. Vi søger en medicindispenser, der alarmerer, hvis medicinen ikke tages.]],
  [[Forflytning fra seng til kørestol med én medarbejder i stedet for to, loftlift eller lignende.]],
  [[Faldalarm uden noget, borgeren skal have på]],
  [[Tale til tekst til sygeplejersker, så dokumentationen i omsorgssystemet går hurtigere og fejl undgås.]],
  [[Vendesystem til sengeliggende borgere, der forebygger tryksår og kan betjenes af én person.]],
  [[We need a way to locate residents with dementia who wander outside the care home, without restraining them.]],
  [[Early warning of deterioration for elderly citizens receiving home care, using data the staff already collect.]],
  [[Spiserobot til borgere med nedsat armfunktion, så de kan spise selv]],
  [[Digital træning og genoptræning i eget hjem efter hospitalsudskrivelse, med opfølgning fra terapeuter og mulighed for videokonsultation.]],
  [[Intelligente bleer, der giver personalet besked, når de skal skiftes, så borgerne ikke forstyrres unødigt om natten.]],
  [[Skærmbesøg mellem hjemmeplejen og borgeren til påmindelser og tilsyn.]],
}
local bodies = {}
for i, need in ipairs(needs) do bodies[i] = '{"need": "' .. need .. '"}' end
if os.getenv("NEEDS_FILE") then
  bodies = {}
  for line in io.lines(os.getenv("NEEDS_FILE")) do bodies[#bodies + 1] = line end
end
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init()
  counter = id
  bad = 0
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/match", {["Content-Type"] = "application/json"}, bodies[counter % #bodies + 1])
end

function response(status)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local non200 = 0
  for _, thread in ipairs(threads) do non200 = non200 + thread:get("bad") end
  local seconds = summary.duration / 1e6
  io.write(string.format("requests        %d in %.1f s\n", summary.requests, seconds))
  io.write(string.format("requests/s      %.1f\n", summary.requests / seconds))
  io.write(string.format("latency p50     %.2f ms\n", latency:percentile(50) / 1000))
  io.write(string.format("latency p90     %.2f ms\n", latency:percentile(90) / 1000))
  io.write(string.format("latency p99     %.2f ms\n", latency:percentile(99) / 1000))
  io.write(string.format("latency max     %.2f ms\n", latency.max / 1000))
  io.write(string.format("non-200         %d\n", non200))
  io.write(string.format("socket errors   connect %d, read %d, write %d, timeout %d\n", summary.errors.connect,
                         summary.errors.read, summary.errors.write, summary.errors.timeout))
end
LUA

# start_server [radar-serve options...]: a fresh server; sets pid, port, threads_line.
start_server() {
  local args=(--db "$db" --listen 127.0.0.1:0 "$@")
  [[ -n "${SERVER_THREADS:-}" ]] && args+=(--threads "$SERVER_THREADS")
  "$bin/radar-serve" "${args[@]}" 2>"$work/serve.log" &
  pid=$!
  port=$(radar_serve_port "$work/serve.log") || { echo "serve-bench: radar-serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
  threads_line=$(head -1 "$work/serve.log")
  health=$(curl -fsS "http://127.0.0.1:$port/healthz")
  curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' --data '{"need": "medicindispenser"}' \
    "http://127.0.0.1:$port/api/v1/match"  # warm up one handle and fail early
  if [[ -n "${WARMUP_FILE:-}" ]]; then
    NEEDS_FILE=$WARMUP_FILE wrk -t"$wrk_threads" -c"$connections" -d5s --timeout 10s -s "$work/match.lua" \
      "http://127.0.0.1:$port/api/v1/match" >/dev/null
  fi
}

stop_server() {
  kill -TERM "$pid"
  wait "$pid" || true
  pid=
}

# A sample of the server's /metrics, e.g. metric radar_match_cache_hits_total.
metric() {
  curl -fsS "http://127.0.0.1:$port/metrics" | awk -v name="$1" '$1 == name {print $2}'
}

# measure TITLE: one wrk run against the running server, then its cache and memory.
measure() {
  echo
  echo "== $1"
  echo "${threads_line#radar-serve: }"
  local hits0 misses0 hits misses
  hits0=$(metric radar_match_cache_hits_total) misses0=$(metric radar_match_cache_misses_total)
  wrk -t"$wrk_threads" -c"$connections" -d"$duration" --timeout 10s -s "$work/match.lua" "http://127.0.0.1:$port/api/v1/match" |
    sed -n '/^requests /,$p'
  hits=$(( $(metric radar_match_cache_hits_total) - hits0 )) misses=$(( $(metric radar_match_cache_misses_total) - misses0 ))
  if (( hits + misses > 0 )); then
    echo "match cache     $hits hits, $misses computed ($(( 100 * hits / (hits + misses) )) % hits), $(metric radar_match_cache_entries) entries of $(( $(metric radar_match_cache_bytes) / 1024 )) kB"
  else
    echo "match cache     off: every request computed"
  fi
  echo "server RSS      $(awk '/^VmRSS/ {print $2, $3}' /proc/$pid/status) (peak $(awk '/^VmHWM/ {print $2, $3}' /proc/$pid/status))"
  echo "429 answers     $(metric radar_http_rejected_total)"
}

echo "serve-bench $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) CPUs (load $(cut -d' ' -f1-3 /proc/loadavg)); $indexed"
start_server
echo "index           $health"
echo "wrk -t$wrk_threads -c$connections -d$duration --latency POST /api/v1/match, ${NEEDS_FILE:-twelve needs} in turn"
measure "radar-serve as deployed (match cache on by default; the needs repeat)"
stop_server
start_server --match-cache 0
measure "--match-cache 0 (every request computes its match: the cold cost)"
stop_server
