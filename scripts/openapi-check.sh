#!/usr/bin/env bash
# Checks `dni serve` against docs/openapi.yaml with schemathesis (pinned by scripts/setup.sh --test):
# generated valid and invalid requests, every answer checked against the document. Bounded: at most
# 60 examples an operation and 60 s in all, on loopback.
#   scripts/openapi-check.sh        (after `swift build`; uses .build/debug/dni, or $DNI; $SCHEMA for another document)
set -euo pipefail
cd "$(dirname "$0")/.."
DNI=${DNI:-.build/debug/dni}
source scripts/serve-port.sh
log=$(mktemp)
"$DNI" serve --account examples/account.yaml --port 0 --quiet > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
port=$(serve_port "$log" "$server")
[ -n "$port" ] || { echo "dni serve did not start:"; cat "$log"; exit 1; }
timeout -k 5 180 python3 -m schemathesis.cli --no-color run "${SCHEMA:-docs/openapi.yaml}" --url "http://127.0.0.1:$port" \
    --checks all --max-examples 60 --max-time 60 --workers 1 --request-timeout 10 --seed 1
