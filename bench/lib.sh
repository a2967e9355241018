# Shared by the benchmark scripts (sourced, not run).

# Prints the port radar-serve reports in its log LOG ("listening on
# http://127.0.0.1:PORT/"), waiting up to 10 s for it; fails if it never appears.
radar_serve_port() {
  local log=$1 port=
  for _ in $(seq 1 100); do
    port=$(sed -n 's|^radar-serve: listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")
    [[ -n "$port" ]] && { echo "$port"; return 0; }
    sleep 0.1
  done
  return 1
}
