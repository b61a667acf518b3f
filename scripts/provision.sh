#!/usr/bin/env bash
# Makes this machine ready for Termlight, then runs the given command in the project folder:
#   bash scripts/provision.sh npm run demo     (build, then open a browser on the demo page)
#   bash scripts/provision.sh npm test         (every check, in real Chromium and Firefox)
# It provisions Node.js 22 from the npm registry when the machine's node is older, installs
# Debian's chromium and firefox-esr when they are missing, and runs `npm ci` when needed.
set -euo pipefail
cd "$(dirname "$0")/.."

tools="${TERMLIGHT_TOOLS:-$HOME/.cache/termlight-tools}"
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  if [ ! -x "$tools/node22/node_modules/.bin/node" ]; then
    echo "provision: node $(node --version 2>/dev/null || echo missing) is older than 22; installing node@22 into $tools/node22"
    npm install --prefix "$tools/node22" --no-save --no-package-lock --no-audit --no-fund node@22
  fi
  export PATH="$tools/node22/node_modules/.bin:$PATH"
fi
echo "provision: using node $(node --version), npm $(npm --version)"

missing=()
[ -n "${TERMLIGHT_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "${TERMLIGHT_FIREFOX:-}" ] || [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "provision: installing ${missing[*]} from Debian's packages"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

exec "$@"
