#!/usr/bin/env bash
# Set up and run every test tier: type check, unit, content fixtures + built site, then Chromium end to end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
source scripts/ensure-node.sh
# The type check runs beside the tests, which spend most of their time waiting on browsers; it keeps a cache of its
# own, and its verdict is printed after theirs.
check_log=$(mktemp)
CACHE_DIR=node_modules/.cache/astro-check npx astro check --minimumSeverity warning > "$check_log" 2>&1 &
check=$!
status=0
npx vitest run || status=$?
if wait "$check"; then
  tail -n 4 "$check_log"
else
  cat "$check_log"
  echo "astro check found problems (above)" >&2
  status=1
fi
rm -f "$check_log"
exit "$status"
