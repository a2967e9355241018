#!/usr/bin/env bash
# Bounded soak of radar-serve: indexes corpora/ into a temporary index, starts the
# server on a free 127.0.0.1 port and runs wrk for --duration with a mix of
# GET / (form), GET /search, POST /api/v1/match and GET /healthz. Half-way through,
# it re-ingests the corpora (a new revision the server must pick up under load).
# Prints wrk's figures, every error (socket errors, non-2xx answers), and the
# server's RSS sampled every --sample seconds; memory must stay flat.
#
# usage: bench/soak.sh [--duration SECONDS] [--connections N] [--wrk-threads N]
#                      [--server-threads N] [--sample SECONDS] [--bin-dir DIR]
#   defaults: 300 s, 16 connections, 2 wrk threads, the server's default threads,
#   RSS every 10 s, bin dir build/bin. Exit 0 only if there were no errors, the
#   server survived, the new revision was served, and the RSS grew less than 50 %
#   from the first sample after warm-up to the last.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
duration=300
connections=16
wrk_threads=2
server_threads=
sample=10
bin=$root/build/bin
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --wrk-threads) wrk_threads=$2; shift 2 ;;
    --server-threads) server_threads=$2; shift 2 ;;
    --sample) sample=$2; shift 2 ;;
    --bin-dir) bin=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "soak: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
for value in "$duration" "$connections" "$wrk_threads" "$sample"; do
  [[ $value =~ ^[1-9][0-9]*$ ]] || { echo "soak: '$value' is not a positive whole number" >&2; exit 2; }
done
if [[ $duration -gt 86400 ]]; then echo "soak: --duration is at most 86400 s" >&2; exit 2; fi
command -v wrk >/dev/null || { echo "soak: needs wrk (RADAR_BOOTSTRAP_EXTRA=bench scripts/bootstrap)" >&2; exit 1; }
bin=$(cd "$bin" && pwd)
[[ -x "$bin/radar-serve" && -x "$bin/radar-index" ]] || { echo "soak: no radar-serve/radar-index in $bin; build first" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
sampler_pid=
cleanup() {
  [[ -n "$sampler_pid" ]] && kill "$sampler_pid" 2>/dev/null || true
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$root/scripts/index-corpora" "$bin" "$work/db" >"$work/index.log" 2>&1
server_args=(--db "$work/db" --listen 127.0.0.1:0)
[[ -n "$server_threads" ]] && server_args+=(--threads "$server_threads")
"$bin/radar-serve" "${server_args[@]}" 2>"$work/serve.log" &
server_pid=$!
port=$(radar_serve_port "$work/serve.log") || { echo "soak: radar-serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
revision_of() { curl -s -m 5 "http://127.0.0.1:$port/healthz" | sed -n 's/.*"revision":\([0-9]*\).*/\1/p'; }
first_revision=$(revision_of)
echo "soak: $(head -1 "$work/serve.log" | sed 's/^radar-serve: //'); revision $first_revision"
echo "soak: ${duration} s, $connections connections, $wrk_threads wrk threads, RSS every ${sample} s"

cat >"$work/mix.lua" <<'LUA'
-- A mix of what users do: the form, linkable result pages, the JSON API and health
-- checks. Counts answers by status class per thread; done() adds them up.
local needs = {
  "Nattilsyn af borgere med demens uden at vække dem",
  "Medicindispenser der alarmerer hvis medicinen ikke tages",
  "Forflytning fra seng til kørestol med én medarbejder",
  "Faldalarm uden noget borgeren skal have på",
  "Tale til tekst til dokumentation i omsorgssystemet",
  "We need to locate residents with dementia who wander outside",
  "Spiserobot til borgere med nedsat armfunktion",
  "Digital genoptræning i eget hjem efter udskrivelse",
}
local function urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local requests = {}
for _, need in ipairs(needs) do
  requests[#requests + 1] = wrk.format("POST", "/api/v1/match", {["Content-Type"] = "application/json"},
                                       '{"need": "' .. need .. '", "limit": 10}')
  requests[#requests + 1] = wrk.format("GET", "/search?need=" .. urlencode(need))
  requests[#requests + 1] = wrk.format("POST", "/api/v1/match", {["Content-Type"] = "application/json"},
                                       '{"need": "' .. need .. '", "filters": {"maturity": ["market"]}}')
  requests[#requests + 1] = wrk.format("GET", "/healthz")
  requests[#requests + 1] = wrk.format("GET", "/")
end

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  counter = id * 7
  ok, client_errors, server_errors = 0, 0, 0
end

function request()
  counter = counter + 1
  return requests[counter % #requests + 1]
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then client_errors = client_errors + 1
  else ok = ok + 1 end
end

function done(summary, latency, requests)
  local good, client, server = 0, 0, 0
  for _, thread in ipairs(threads) do
    good = good + thread:get("ok")
    client = client + thread:get("client_errors")
    server = server + thread:get("server_errors")
  end
  local e = summary.errors
  io.write(string.format("soak: %d requests, %.0f/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("soak: answers 2xx/3xx %d, 4xx %d, 5xx %d\n", good, client, server))
  io.write(string.format("soak: socket errors connect %d, read %d, write %d, timeout %d\n",
    e.connect, e.read, e.write, e.timeout))
  io.write(string.format("SOAK_ERRORS=%d\n", client + server + e.connect + e.read + e.write + e.timeout))
end
LUA

rss_mb() { awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$server_pid/status" 2>/dev/null; }
start=$(date +%s)
(
  while kill -0 "$server_pid" 2>/dev/null; do
    echo "$(( $(date +%s) - start )) $(rss_mb)" >>"$work/rss.log"
    sleep "$sample"
  done
) &
sampler_pid=$!

# The re-ingest half-way: the same records again make a new revision (ingest is idempotent).
(
  sleep $((duration / 2))
  if "$root/scripts/index-corpora" "$bin" "$work/db" >"$work/reindex.log" 2>&1; then
    echo "soak: re-ingested the corpora at $(( $(date +%s) - start )) s" >"$work/reindex.status"
  else
    echo "soak: the re-ingest FAILED: $(tail -1 "$work/reindex.log")" >"$work/reindex.status"
  fi
) &
reindex_pid=$!

timeout $((duration + 60)) wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" --timeout 30s \
  -s "$work/mix.lua" "http://127.0.0.1:$port" >"$work/wrk.log" 2>&1 || true
wait "$reindex_pid" || true
kill "$sampler_pid" 2>/dev/null || true
wait "$sampler_pid" 2>/dev/null || true
sampler_pid=

grep -E '^soak:' "$work/wrk.log" || { echo "soak: wrk did not finish:" >&2; cat "$work/wrk.log" >&2; }
cat "$work/reindex.status" 2>/dev/null || echo "soak: the re-ingest did not finish"
echo "soak: server RSS (MB) over time:"
awk '{printf "  %5d s  %s\n", $1, $2}' "$work/rss.log"

failed=0
errors=$(sed -n 's/^SOAK_ERRORS=//p' "$work/wrk.log")
if [[ -z "$errors" || "$errors" != 0 ]]; then echo "soak: FAIL: ${errors:-unknown} errors"; failed=1; fi
if ! kill -0 "$server_pid" 2>/dev/null; then echo "soak: FAIL: the server died"; tail -5 "$work/serve.log"; failed=1; fi
last_revision=$(revision_of)
if [[ -z "$last_revision" || "$last_revision" -le "${first_revision:-0}" ]]; then
  echo "soak: FAIL: the server still serves revision ${last_revision:-?} after the re-ingest"; failed=1
else
  echo "soak: revision $first_revision -> $last_revision picked up under load"
fi
if ! grep -q 're-ingested' "$work/reindex.status" 2>/dev/null; then failed=1; fi
# Flat memory: compare the first sample after a warm-up (a tenth of the run) with the last.
read -r first_rss last_rss < <(awk -v warm=$((duration / 10)) '$1 >= warm && first == "" {first = $2} {last = $2} END {print first, last}' "$work/rss.log")
if [[ -n "$first_rss" && -n "$last_rss" ]]; then
  growth=$(awk -v a="$first_rss" -v b="$last_rss" 'BEGIN {printf "%.0f", (b - a) * 100 / a}')
  echo "soak: RSS after warm-up ${first_rss} MB, at the end ${last_rss} MB (${growth} %)"
  if [[ $growth -ge 50 ]]; then echo "soak: FAIL: memory grew by ${growth} %"; failed=1; fi
fi
grep -E ' (5[0-9][0-9]) ' "$work/serve.log" | head -5 || true
if [[ $failed -eq 0 ]]; then echo "soak: PASS"; fi
exit $failed
