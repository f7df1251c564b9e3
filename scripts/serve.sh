#!/usr/bin/env bash
# Set up, build (pages, search index, data files) and serve the site at http://localhost:4321/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/ensure-node.sh
npm run build
exec npx astro preview --host 127.0.0.1 --port "${PORT:-4321}"
