#!/usr/bin/env bash
# Load benchmark of the mock DNI API: starts `dni serve` on loopback, runs wrk against
# POST /dni/fetch for 30 s, and prints requests/s, latency and error counts.
#
#   scripts/load-test.sh                 # builds dni (release) first
#   DNI_BIN=path/to/dni scripts/load-test.sh
#   DURATION=10s CONNECTIONS=32 MIN_RPS=5000 scripts/load-test.sh
#
# Traffic goes to 127.0.0.1 only, and wrk stops by itself after DURATION.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/serve-port.sh

DURATION=${DURATION:-30s}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-32}
MIN_RPS=${MIN_RPS:-5000}

if ! command -v wrk >/dev/null 2>&1; then
    echo "installing wrk (Debian package)..." >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else sudo apt-get install -y wrk >/dev/null; fi
fi

if [ -z "${DNI_BIN:-}" ]; then
    # Release build: the benchmark measures the server, not debug-mode overhead.
    swift build -c release --scratch-path .build-release --product dni >&2
    DNI_BIN="$(swift build -c release --scratch-path .build-release --show-bin-path)/dni"
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# Port 0: the server picks a free port and prints the URL it listens on.
"$DNI_BIN" serve --host 127.0.0.1 --port 0 --account examples/account.yaml --quiet >"$work/serve.log" 2>&1 &
server_pid=$!
port=$(serve_port "$work/serve.log" "$server_pid")
[ -n "$port" ] || { echo "dni serve did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
url="http://127.0.0.1:$port/"

cat >"$work/fetch.lua" <<'LUA'
-- Every request is the same per-source lookup a page with two numbers makes.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"access_key":"example-access-key","action_key":"example-action-key",' ..
  '"replacements":[{"filters":{"call_destination":"442079460001","medium":"paid_search"}},' ..
  '{"filters":{"call_destination":"442079460002","medium":"website"}}]}'

done = function(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f\n", summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("RESULT latency_ms mean=%.3f p50=%.3f p99=%.3f max=%.3f\n",
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("RESULT errors connect=%d read=%d write=%d timeout=%d non2xx=%d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

echo "wrk: $DURATION, $THREADS thread(s), $CONNECTIONS connections -> ${url}dni/fetch"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout 5s -s "$work/fetch.lua" "${url}dni/fetch" | tee "$work/wrk.out"

rps=$(sed -n 's/^RESULT requests=.* rps=\([0-9]*\)$/\1/p' "$work/wrk.out")
errors=$(sed -n 's/^RESULT errors connect=\([0-9]*\) read=\([0-9]*\) write=\([0-9]*\) timeout=\([0-9]*\) non2xx=\([0-9]*\)$/\1 \2 \3 \4 \5/p' "$work/wrk.out" \
    | awk '{print $1+$2+$3+$4+$5}')
echo
echo "requests/s: $rps (target >= $MIN_RPS), errors: $errors"
if [ "${errors:-1}" -ne 0 ] || [ "${rps:-0}" -lt "$MIN_RPS" ]; then
    echo "load test: FAIL"
    exit 1
fi
echo "load test: PASS"
