# Source this file: makes Node from .nvmrc (24.x) the first `node` on PATH, installing it from the npm registry once.
# Astro 7 and Vitest 5 need Node >= 22.12; many machines still ship Node 20.
want="$(cat "$(dirname "${BASH_SOURCE[0]}")/../.nvmrc")"
prefix="${NODE_PREFIX:-/usr/local}"
if [ "$("$prefix/bin/node" -v 2>/dev/null)" != "v$want" ]; then
  echo "Installing Node $want into $prefix …" >&2
  npm i -g --prefix "$prefix" --no-audit --no-fund "node@$want" >&2 || return 1 2>/dev/null || exit 1
fi
export PATH="$prefix/bin:$PATH"
hash -r
