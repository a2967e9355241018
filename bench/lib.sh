# Shared by the benchmark scripts (sourced, not run).

# Prints the port radar-serve reports in its log LOG ("listening on
# http://127.0.0.1:PORT/"), waiting up to 10 s for it; fails if it never appears. The
# log may not exist yet: the server's shell creates it after the fork.
radar_serve_port() {
  local log=$1 port=
  for _ in $(seq 1 100); do
    port=$(sed -n 's|^radar-serve: listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log" 2>/dev/null)
    [[ -n "$port" ]] && { echo "$port"; return 0; }
    sleep 0.1
  done
  return 1
}

# Starts BIN_DIR/radar-bench-site serving each site directory of HTML_DIR on its own
# loopback address (127.0.0.2, .3, ...) and waits up to 30 s for it (a loaded machine
# can take seconds to start it). Logs to LOG. Sets site_pid and site_urls (one
# http://ADDRESS:PORT/ per site, in directory order).
bench_site_start() {
  local bin=$1 html=$2 log=$3 i=2 port dir site
  local sites=()
  for dir in "$html"/*/; do
    [[ -d "$dir" ]] || continue
    sites+=("127.0.0.$i=${dir%/}")
    i=$((i + 1))
  done
  [[ ${#sites[@]} -gt 0 ]] || { echo "bench: no sites in $html (scripts/bench generates them)" >&2; return 1; }
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$bin/radar-bench-site" --port "$port" "${sites[@]}" >"$log" 2>&1 &
  site_pid=$!
  for _ in $(seq 300); do grep -q ready "$log" 2>/dev/null && break; sleep 0.1; done
  grep -q ready "$log" || { echo "bench: the site server did not start:" >&2; cat "$log" >&2; return 1; }
  site_urls=()
  for site in "${sites[@]}"; do site_urls+=("http://${site%%=*}:$port/"); done
}

# Writes FILE, a radar-index crawl sources file with one source per URL (its own
# allow prefix, delay 0, no page limit that a bench site reaches).
bench_crawl_sources() {
  local file=$1
  shift
  python3 - "$file" "$@" <<'PY'
import json, sys
path, urls = sys.argv[1], sys.argv[2:]
sources = [{"id": "host-%s" % url.split("//")[1].split(":")[0].split(".")[-1], "seeds": [url], "allow": [url],
            "max_depth": 20, "max_pages": 100000} for url in urls]
json.dump({"user_agent": "MarkedsradarBench/1.0", "delay_ms": 0, "allow_private_addresses": True,
           "sources": sources}, open(path, "w"), indent=1)
PY
}

# The Omega way of indexing a site, the crawl's peer: mirror it with wget (append
# --directory-prefix=DIR and the URLs), then index the mirror with omindex (append
# --db DB and the mirror's directory).
wget_mirror=(wget --recursive --level=inf --no-parent --no-verbose --execute robots=on
  --user-agent=MarkedsradarBench/1.0)
omindex_mirror=(omindex --url / -s danish -Mtxt:skip)
