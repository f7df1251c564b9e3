# Source this file: makes a Node that can build the site (>= 22.18) the first `node` on PATH.
# Uses the machine's Node when it is new enough; otherwise installs the version in .nvmrc from the npm registry
# into $NODE_PREFIX (default /usr/local), once. A machine with no Node at all first gets Debian's nodejs and npm,
# whose npm then fetches the newer Node.
want="$(cat "$(dirname "${BASH_SOURCE[0]}")/../.nvmrc")"
prefix="${NODE_PREFIX:-/usr/local}"
node_ok() { "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)' 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if [ "$("$prefix/bin/node" -v 2>/dev/null)" = "v$want" ]; then
  export PATH="$prefix/bin:$PATH"
elif ! node_ok node; then
  if ! command -v npm >/dev/null; then
    echo "No npm on this machine: installing Debian's nodejs and npm to fetch Node $want …" >&2
    { as_root apt-get update -qq && as_root apt-get install -y -qq nodejs npm >/dev/null; } || return 1 2>/dev/null || exit 1
  fi
  echo "Installing Node $want into $prefix …" >&2
  npm i -g --prefix "$prefix" --no-audit --no-fund "node@$want" >&2 || return 1 2>/dev/null || exit 1
  export PATH="$prefix/bin:$PATH"
fi
hash -r
node_ok node || { echo "Node >= 22.18 is needed; found $(node -v 2>/dev/null || echo none)" >&2; return 1 2>/dev/null || exit 1; }
