#!/usr/bin/env bash
# Every test: unit tests (swift test), the phone vectors against libphonenumber, the scenario suite in the
# harness, and the same suite in headless Chromium compared with the harness.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

echo "== Unit tests"
swift build --build-tests
swift test --skip-build

echo "== Phone vectors still match libphonenumber"
python3 scripts/phone-vectors.py > /tmp/dni-phone-vectors.json
diff -q Tests/ClientTests/Fixtures/phone-vectors.json /tmp/dni-phone-vectors.json

echo "== Scenario suite in the harness"
swift build -c release --product dni
.build/release/dni test scenarios
