#!/usr/bin/env bash
# One pair of section 3 of scripts/bench, for measuring the crawl alone (the full run
# takes 20 minutes and, on a shared machine, rarely meets a quiet moment): the 40
# generated sites served on 127.0.0.2-41 by radar-bench-site, crawled by radar-index
# crawl (delay 0), then mirrored by wget --recursive and indexed by omindex, as the
# report's crawl table does. Prints one line: wall and CPU times, pages/s, the ratio and
# the load average before and after. Run it several times and report every line.
# Reads scripts/bench's site in $RADAR_BENCH_DIR/small/html; writes to $RADAR_PAIR_DIR.
# usage: bench/crawl-pair.sh LABEL BIN_DIR   (BIN_DIR holds radar-index and radar-bench-site)
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
label=$1 bin=$2
data=${RADAR_BENCH_DIR:-/var/tmp/radar-bench}/small/html
work=${RADAR_PAIR_DIR:-/var/tmp/radar-pair}
mkdir -p "$work"
bench_site_start "$bin" "$data" "$work/site.log"
trap 'kill $site_pid 2>/dev/null' EXIT
bench_crawl_sources "$work/sources.json" "${site_urls[@]}"
timed() { local out=$1; shift; /usr/bin/time -f '%e %U %S %M' -o "$work/$out.time" "$@" >/dev/null 2>"$work/$out.log"; }
load=$(cut -d' ' -f1-3 /proc/loadavg)
rm -rf "$work/db-crawl" "$work/mirror" "$work/db-omindex"
timed radar "$bin/radar-index" crawl --db "$work/db-crawl" --sources "$work/sources.json" --delay-ms 0
pages=$("$bin/radar-index" stats --db "$work/db-crawl" | python3 -c "import json,sys; print(json.load(sys.stdin)['documents']['page'])")
timed wget "${wget_mirror[@]}" --directory-prefix="$work/mirror" "${site_urls[@]}"
mirrored=$(find "$work/mirror" -name '*.html' | wc -l)
timed omindex "${omindex_mirror[@]}" --db "$work/db-omindex" "$work/mirror"
load="$load -> $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$label" "$load" "$work" "$pages" "$mirrored" <<'PY'
import sys
label, load, work = sys.argv[1:4]
pages, mirrored = int(sys.argv[4]), int(sys.argv[5])
def read(name):
    wall, user, system, _ = map(float, open(f"{work}/{name}.time").read().split())
    return wall, user + system
rw, rc = read("radar")
ww, wc = read("wget")
ow, oc = read("omindex")
pw = ww + ow
print(f"{label}: radar {pages} pages {rw:.2f} s wall {rc:.2f} s CPU {pages / rw:.0f} pages/s | "
      f"wget+omindex {mirrored} pages {pw:.2f} s wall ({ww:.2f} + {ow:.2f}) {wc + oc:.2f} s CPU "
      f"{mirrored / pw:.0f} pages/s | {(pages / rw) / (mirrored / pw):.2f}x | load {load}")
PY
