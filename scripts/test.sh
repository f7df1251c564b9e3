#!/usr/bin/env bash
# Set up and run every test tier: type check, unit, content fixtures + built site, then Chromium end to end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
source scripts/ensure-node.sh
npx astro check --minimumSeverity warning
npx vitest run
