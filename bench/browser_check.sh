#!/usr/bin/env bash
# Install Debian's Chromium when it is missing (root, as on CI), then run the browser check.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
exec python "$(dirname "$0")/browser_check.py" "$@"
