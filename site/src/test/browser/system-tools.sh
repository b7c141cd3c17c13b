#!/usr/bin/env bash
# Makes sure the browser tests' system tools are here: Debian's Chromium and chromedriver, and
# Node.js with npm (for axe-core and Lighthouse, which `npm ci` installs next). Run by the build
# (site/pom.xml, generate-test-resources) unless -Dbrowser.skip=true.
#
# Missing tools are installed with apt-get when this runs as root on Debian or Ubuntu (a fresh CI
# machine); otherwise the build stops with one line saying what to install. Nothing is downloaded
# from anywhere but the system's package archive.
#
# Usage: system-tools.sh CHROMIUM CHROMEDRIVER
set -euo pipefail
chromium=${1:-/usr/bin/chromium}
driver=${2:-/usr/bin/chromedriver}

node_ok() {
  command -v node > /dev/null && command -v npm > /dev/null || return 1
  # Lighthouse 12 needs Node.js 18.16 or newer.
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && b >= 16) ? 0 : 1)'
}

packages=()
[[ -x "$chromium" ]] || packages+=(chromium)
[[ -x "$driver" ]] || packages+=(chromium-driver)
if ! node_ok; then
  # A Node.js that came with its own npm (NodeSource) conflicts with Debian's npm package.
  if command -v node > /dev/null && ! command -v npm > /dev/null; then packages+=(npm); else packages+=(nodejs npm); fi
fi
[[ ${#packages[@]} -eq 0 ]] && exit 0

hint="browser tests: missing ${packages[*]}; install them (Debian: apt-get install ${packages[*]}),"
hint+=" give -Dbrowser.binary=... -Dbrowser.driver=..., or skip them with -Dbrowser.skip=true"
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get > /dev/null; then
  echo "$hint" >&2
  exit 1
fi
echo "browser tests: installing ${packages[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -qq --no-install-recommends "${packages[@]}" > /tmp/smtp-reply-apt.log 2>&1; then
  apt-get update -qq > /tmp/smtp-reply-apt.log 2>&1 || true
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >> /tmp/smtp-reply-apt.log 2>&1 || {
    echo "$hint (apt-get failed: see /tmp/smtp-reply-apt.log)" >&2
    exit 1
  }
fi
[[ -x "$chromium" && -x "$driver" ]] && node_ok || { echo "$hint (still missing after apt-get)" >&2; exit 1; }
