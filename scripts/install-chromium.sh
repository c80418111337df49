#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver (Debian packages `chromium` and
# `chromium-driver`) when they are missing, then prints their versions.
# Safe to run again: it does nothing but print versions when both are present.
set -euo pipefail

need_install=0
command -v chromium >/dev/null 2>&1 || need_install=1
command -v chromedriver >/dev/null 2>&1 || need_install=1

if [ "$need_install" -eq 1 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        SUDO="sudo"
    fi
    echo "Installing chromium and chromium-driver with apt-get..."
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
        chromium chromium-driver
fi

echo "chromium:     $(chromium --version 2>/dev/null || echo 'not found')"
echo "chromedriver: $(chromedriver --version 2>/dev/null || echo 'not found')"
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1
