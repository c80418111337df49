#!/usr/bin/env bash
# The main job: generate the example customer's snippet and prove it in the harness.
#   scripts/main.sh [OUTPUT_DIR]     (default: out/example)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product dni
dni=".build/debug/dni"
out="${1:-out/example}"

echo "== Generating the example customer's build into $out"
"$dni" generate examples/customer.yaml -o "$out"

echo "== Proving it in the harness: every scenario built from the example configs"
"$dni" test scenarios --filter example
