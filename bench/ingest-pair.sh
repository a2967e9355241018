#!/usr/bin/env bash
# One pair of section 1 of scripts/bench, for comparing radar-index builds on a shared
# machine: radar-index ingest of the 100k generated records, then scriptindex on the
# same records (Danish run + English run, the bench's index script, with positions, as
# in the report's first row), after storing the shipped thesaurus in the new radar
# index as scripts/bench does (before 2026-11-28 evening this script stored none, so its
# radar-index figures were without concept terms). Prints one line: both wall and CPU times, peak RSS, the
# ratios and the load average. Run it alternately for the builds compared (A B A B ...)
# and take the median ratio. Reads scripts/bench's data in $RADAR_BENCH_DIR/small;
# writes its indexes to $RADAR_PAIR_DIR.
# usage: bench/ingest-pair.sh LABEL RADAR_INDEX_BINARY [VAR=VALUE...]   (VARs for radar-index)
set -euo pipefail
label=$1 bin=$2
shift 2
data=${RADAR_BENCH_DIR:-/var/tmp/radar-bench}/small
work=${RADAR_PAIR_DIR:-/var/tmp/radar-pair}
mkdir -p "$work"
load=$(cut -d' ' -f1-3 /proc/loadavg)
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$work/db-radar" "$work/db-scriptindex"
timed() { local out=$1; shift; /usr/bin/time -f '%e %U %S %M' -o "$work/$out.time" "$@" >/dev/null 2>"$work/$out.log"; }
# The thesaurus first, untimed, as scripts/bench does: the ingest writes each record's
# concept terms (radar/concepts.h), work scriptindex does not do.
language_args=(--stopwords "$root/corpora/stopwords")
for file in "$root"/corpora/thesaurus/*.txt; do language_args+=(--thesaurus "$file"); done
"$bin" language --db "$work/db-radar" "${language_args[@]}" >/dev/null 2>&1
timed radar env "$@" "$bin" ingest --db "$work/db-radar" "$data/records.jsonl"
cd "$data"
timed da scriptindex -s danish "$work/db-scriptindex" records.script scriptindex-da.txt
timed en scriptindex -s english "$work/db-scriptindex" records.script scriptindex-en.txt
load="$load -> $(cut -d' ' -f1-3 /proc/loadavg)"  # before and after the pair
python3 - "$label" "$load" "$work" <<'PY'
import sys
label, load, work = sys.argv[1:4]
def read(name):
    wall, user, system, rss = map(float, open(f"{work}/{name}.time").read().split())
    return wall, user + system, rss / 1024
rw, rc, rm = read("radar")
dw, dc, dm = read("da")
ew, ec, em = read("en")
sw, sc = dw + ew, dc + ec
print(f"{label}: radar {rw:.2f} s wall {rc:.2f} s CPU {rm:.0f} MB | scriptindex {sw:.2f} s wall {sc:.2f} s CPU "
      f"{max(dm, em):.0f} MB | records/s {sw / rw:.2f}x, CPU {sc / rc:.2f}x | load {load}")
PY
