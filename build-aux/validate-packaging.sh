#!/usr/bin/env bash
# Validates the desktop file, AppStream metainfo, GSettings schema and Flatpak manifest.
set -euo pipefail
cd "$(dirname "$0")/.."
builddir=${1:-_build}

if [ -f data/io.github.readout.Readout.desktop.in ]; then
  desktop-file-validate "$builddir"/data/io.github.readout.Readout.desktop
fi
if [ -f data/io.github.readout.Readout.metainfo.xml.in ]; then
  appstreamcli validate --no-net --explain "$builddir"/data/io.github.readout.Readout.metainfo.xml
fi
if [ -f data/io.github.readout.Readout.gschema.xml ]; then
  tmp=$(mktemp -d)
  glib-compile-schemas --strict --targetdir="$tmp" data
  rm -rf "$tmp"
fi
if [ -f flatpak/io.github.readout.Readout.json ]; then
  python3 -m json.tool flatpak/io.github.readout.Readout.json >/dev/null
fi
echo "packaging: valid"
