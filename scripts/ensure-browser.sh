#!/usr/bin/env bash
# Make sure a Chromium and a font that shapes Arabic exist for the PDF step.
# Order: $COALITION_CHROMIUM (a path) wins; else Debian's chromium and
# fonts-noto-core through apt-get where apt is there; else Playwright's own build.
set -euo pipefail
python=${1:-python3}

if [ -n "${COALITION_CHROMIUM:-}" ]; then
  if [ -x "$COALITION_CHROMIUM" ]; then
    echo "browser: $COALITION_CHROMIUM (from COALITION_CHROMIUM)"
    exit 0
  fi
  echo "COALITION_CHROMIUM=$COALITION_CHROMIUM is not an executable file" >&2
  exit 1
fi

have_font() { command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -q "Noto Sans Arabic"; }
have_browser() { command -v chromium >/dev/null || command -v chromium-browser >/dev/null; }

if have_browser && have_font; then
  echo "browser: $(command -v chromium || command -v chromium-browser)"
  exit 0
fi

if command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-core fontconfig >/dev/null
  echo "browser: $(command -v chromium) (installed with apt-get)"
else
  "$python" -m playwright install chromium
  echo "browser: Playwright's chromium (installed with playwright install)"
fi
