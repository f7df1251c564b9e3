#!/usr/bin/env bash
# Everything a fresh machine needs: Node 24, the npm packages exactly as the lockfile lists them, and for the tests
# Chromium's headless shell, tesseract and poppler's PDF tools. Changes no tracked file.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh
# The tests drive Debian's headless Chromium, read preview images back with tesseract and printouts with poppler.
if [ "${1:-}" = "--tests" ]; then
  missing=()
  command -v chromium-headless-shell >/dev/null || missing+=(chromium-headless-shell)
  command -v tesseract >/dev/null || missing+=(tesseract-ocr)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    as_root apt-get update -qq && as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
# `npm ci` installs exactly what package-lock.json lists (every platform's optional binaries included) and fails
# loudly when the lockfile and package.json disagree. npm writes node_modules/.package-lock.json last, so one newer
# than the lockfile means the install is current and a rerun costs nothing.
manifests() { cat package.json package-lock.json | cksum; }
before=$(manifests)
[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error
[ "$(manifests)" = "$before" ] || { echo "set-up changed package.json or package-lock.json; it must change no tracked file" >&2; exit 1; }
