#!/usr/bin/env bash
# Installs what Readout needs (Debian bookworm), builds it, installs it under /usr/local and
# opens the development corpus in it. Extra arguments are passed to readout instead of the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  $(grep -v '^#' build-aux/debian-packages.txt)

[ -d _build ] || meson setup _build --prefix=/usr/local
ninja -C _build
$sudo ninja -C _build install
$sudo glib-compile-schemas /usr/local/share/glib-2.0/schemas 2>/dev/null || true

export XDG_DATA_DIRS="/usr/local/share:${XDG_DATA_DIRS:-/usr/share}"
export GSETTINGS_SCHEMA_DIR=/usr/local/share/glib-2.0/schemas
if [ $# -gt 0 ]; then
  exec /usr/local/bin/readout "$@"
else
  exec /usr/local/bin/readout tests/data/corpus/pahalgam-2025/*.txt
fi
