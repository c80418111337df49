#!/usr/bin/env bash
# Installs the system packages the project builds and tests with (Debian), when missing.
#   scripts/setup.sh            the libraries the build needs
#   scripts/setup.sh --test     also Chromium, its driver and openssl, the phonenumbers test oracle and
#                               schemathesis (checks dni serve against docs/openapi.yaml)
set -euo pipefail

packages=(pkg-config libjavascriptcoregtk-4.1-dev libgumbo-dev zlib1g-dev)
if [ "${1:-}" = "--test" ]; then
    packages+=(chromium chromium-driver openssl)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "installing: ${missing[*]}"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "${1:-}" = "--test" ]; then
    # The oracle the committed phone vectors were made with; the tests regenerate and compare them.
    python3 -c "import phonenumbers" 2>/dev/null || python3 -m pip install -q "phonenumbers==9.0.43"
    # Pinned: its generated cases and checks change between releases.
    python3 -c "import importlib.metadata as m; assert m.version('schemathesis') == '4.32.5'" 2>/dev/null \
        || python3 -m pip install -q "schemathesis==4.32.5"
fi
