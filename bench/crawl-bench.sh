#!/bin/sh
# Crawl throughput: serves a generated site of PAGES pages over three loopback hosts
# (127.0.0.2-4, one python3 HTTP/1.1 server each, so connections are reused), crawls it
# with `radar-index crawl --delay-ms 0` twice (a full crawl, then a re-crawl answered
# with 304s), and prints pages/s of each.
#
# usage: bench/crawl-bench.sh [BUILD_DIR] [PAGES]     (defaults: build 2000)
set -eu

BUILD=${1:-build}
PAGES=${2:-2000}
BIN="$BUILD/bin/radar-index"
[ -x "$BIN" ] || { echo "crawl-bench: $BIN not found; build first (cmake --build $BUILD)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "crawl-bench: python3 is needed to serve the site" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "crawl-bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

WORK=$(mktemp -d)
PIDS=""
cleanup() {
  for pid in $PIDS; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# The site: per host a robots.txt, a sitemap of all its pages, and pages of Danish
# words that link to the next five pages on the same host and one on the next host.
python3 - "$WORK" "$PAGES" "$PORT" <<'EOF'
import os, sys
work, pages, port = sys.argv[1], int(sys.argv[2]), sys.argv[3]
hosts = ["127.0.0.2", "127.0.0.3", "127.0.0.4"]
per_host = (pages + len(hosts) - 1) // len(hosts)
words = ("velfærdsteknologi sensor tilsyn plejebolig hjemmepleje borger kommune loftlift "
         "medicin robot skærmbesøg rehabilitering træning dokumentation sygeplejerske").split()
for h, host in enumerate(hosts):
    root = os.path.join(work, host)
    os.makedirs(os.path.join(root, "p"), exist_ok=True)
    base = "http://%s:%s" % (host, port)
    with open(os.path.join(root, "robots.txt"), "w") as f:
        f.write("User-agent: *\nDisallow: /private/\nSitemap: %s/sitemap.xml\n" % base)
    with open(os.path.join(root, "sitemap.xml"), "w") as f:
        f.write('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
        for i in range(per_host):
            f.write("<url><loc>%s/p/%d.html</loc></url>" % (base, i))
        f.write("</urlset>")
    other = "http://%s:%s" % (hosts[(h + 1) % len(hosts)], port)
    for i in range(per_host):
        text = " ".join(words[(i * 7 + k) % len(words)] for k in range(300))
        links = "".join('<a href="/p/%d.html">videre %d</a> ' % ((i + k) % per_host, k) for k in range(1, 6))
        links += '<a href="%s/p/%d.html">partner</a>' % (other, i)
        with open(os.path.join(root, "p", "%d.html" % i), "w") as f:
            f.write('<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Side %d-%d</title>'
                    '<meta name="description" content="Side %d om %s"></head>'
                    '<body><nav><a href="/">Forside</a></nav><main><h1>Side %d</h1><p>%s</p>%s</main>'
                    '<footer>kontakt</footer></body></html>' % (h, i, i, words[i % len(words)], i, text, links))
EOF

cat > "$WORK/serve.py" <<'EOF'
import functools, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so the crawler can reuse connections
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms stalls
    def log_message(self, *args):
        pass
host, port, root = sys.argv[1], int(sys.argv[2]), sys.argv[3]
server = http.server.ThreadingHTTPServer((host, port), functools.partial(Handler, directory=root))
server.serve_forever()
EOF

for host in 127.0.0.2 127.0.0.3 127.0.0.4; do
  python3 "$WORK/serve.py" "$host" "$PORT" "$WORK/$host" &
  PIDS="$PIDS $!"
done
python3 - "$PORT" <<'EOF'
import socket, sys, time
for host in ["127.0.0.2", "127.0.0.3", "127.0.0.4"]:
    for _ in range(100):
        try:
            socket.create_connection((host, int(sys.argv[1])), 0.2).close()
            break
        except OSError:
            time.sleep(0.05)
EOF

cat > "$WORK/sources.json" <<EOF
{"user_agent": "MarkedsradarBench/1.0", "delay_ms": 0, "allow_private_addresses": true,
 "sources": [
  {"id": "h2", "seeds": ["http://127.0.0.2:$PORT/p/0.html"], "allow": ["http://127.0.0.2:$PORT/"], "max_depth": 50, "max_pages": $PAGES},
  {"id": "h3", "seeds": ["http://127.0.0.3:$PORT/p/0.html"], "allow": ["http://127.0.0.3:$PORT/"], "max_depth": 50, "max_pages": $PAGES},
  {"id": "h4", "seeds": ["http://127.0.0.4:$PORT/p/0.html"], "allow": ["http://127.0.0.4:$PORT/"], "max_depth": 50, "max_pages": $PAGES}]}
EOF

# The crawler's own figure (pages over its crawl time) and its CPU time per page, which
# is what to compare with scripts/bench: these pages have a 15-word vocabulary, so
# indexing one costs a fraction of a bench/generate.py page (docs/crawler.md, Benchmark).
report() {
  python3 - "$1" "$2" "$3" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))
wall, user, system = (float(x) for x in open(sys.argv[3]).read().split()[:3])
indexed = sum(x["indexed"] for x in s["sources"])
not_modified = sum(x["not_modified"] for x in s["sources"])
pages = max(s["pages_fetched"], 1)
print("%s: %d pages in %.2f s = %.0f pages/s (indexed %d, not modified %d); process %.2f s wall, %.2f ms CPU per page"
      % (sys.argv[2], s["pages_fetched"], s["seconds"], s["pages_per_second"], indexed, not_modified,
         wall, 1000 * (user + system) / pages))
EOF
}

crawl() {
  /usr/bin/time -f '%e %U %S' -o "$WORK/$1.time" \
    "$BIN" crawl --db "$WORK/db" --sources "$WORK/sources.json" --delay-ms 0 > "$WORK/$1.json" 2> "$WORK/$1.log" ||
    { cat "$WORK/$1.log" >&2; exit 1; }
}

echo "crawl-bench: $PAGES pages on 3 hosts, --delay-ms 0, $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg)"
crawl first
report "$WORK/first.json" "first crawl" "$WORK/first.time"
crawl second
report "$WORK/second.json" "re-crawl (If-Modified-Since)" "$WORK/second.time"
