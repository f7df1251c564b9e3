#!/usr/bin/env bash
# Everything a fresh machine needs: Node 24, the npm packages (lockfile unchanged), and Chromium for browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh
if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi
# `npm ci` rejects this lockfile on registries that lack other platforms' optional binaries; `npm install`
# honours it, and the diff check below proves it was left unchanged.
npm install --no-audit --no-fund --loglevel=error
if command -v git >/dev/null && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git diff --exit-code -- package-lock.json >/dev/null || { echo "package-lock.json changed during install; commit the lockfile that matches package.json" >&2; exit 1; }
fi
