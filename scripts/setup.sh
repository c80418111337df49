#!/usr/bin/env bash
# Installs the system packages the project builds and tests with (Debian), when missing: the build libraries
# and esbuild (the minifier `dni generate` runs).
#   scripts/setup.sh            the libraries the build needs
#   scripts/setup.sh --test     also Chromium, its driver and openssl, the phonenumbers test oracle, the
#                               JavaScript libraries of the real-world scenarios and schemathesis (checks
#                               dni serve against docs/openapi.yaml)
set -euo pipefail

# publicsuffix: the public suffix list the cookie jar reads at run time (/usr/share/publicsuffix).
packages=(pkg-config libjavascriptcoregtk-4.1-dev libgumbo-dev zlib1g-dev esbuild publicsuffix)
if [ "${1:-}" = "--test" ]; then
    packages+=(chromium chromium-driver openssl)
    # Real library files for the scenarios/realworld pages, which load them from their installed paths.
    packages+=(libjs-jquery libjs-jquery-ui libjs-bootstrap4 libjs-bootstrap5 node-react node-react-dom
        libjs-vue libjs-angularjs node-axios libjs-lodash libjs-underscore libjs-moment libjs-handlebars
        libjs-mustache libjs-popper.js node-popper2 libjs-jquery-cookie)
    # The web-platform-tests URL cases (urltestdata.json), which the rust url crate's source ships.
    packages+=(librust-url-dev)
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
    # The oracle the committed phone vectors and phone metadata were made with; the tests regenerate and
    # compare them (the metadata script reads libphonenumber's patterns with `regex`'s partial matching).
    python3 -c "import phonenumbers, sys; sys.exit(phonenumbers.__version__ != '9.0.43')" 2>/dev/null \
        || python3 -m pip install -q "phonenumbers==9.0.43"
    python3 -c "import regex" 2>/dev/null || python3 -m pip install -q "regex==2026.5.9"
    # Pinned: its generated cases and checks change between releases.
    python3 -c "import importlib.metadata as m; assert m.version('schemathesis') == '4.32.5'" 2>/dev/null \
        || python3 -m pip install -q "schemathesis==4.32.5"
fi
