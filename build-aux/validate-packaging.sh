#!/usr/bin/env bash
# Validates the packaging files: the desktop entry and the AppStream metainfo as built (merged
# with translations) in BUILDDIR, the GSettings schema, the shared-mime-info file, the icons and
# the Flatpak manifest. Usage: build-aux/validate-packaging.sh BUILDDIR
# Exits non-zero on the first invalid file, naming it.
set -euo pipefail
cd "$(dirname "$0")/.."
builddir=${1:-_build}
app_id=io.github.readout.Readout

fail() {
  echo "packaging: $*" >&2
  exit 1
}

need() {
  command -v "$1" >/dev/null || fail "$1 is not installed (see build-aux/debian-packages.txt)"
}
need desktop-file-validate
need appstreamcli
need glib-compile-schemas
need xmllint
need python3

for f in "data/$app_id.desktop.in" "data/$app_id.metainfo.xml.in" "data/$app_id.gschema.xml" \
         "data/$app_id.mime.xml" "data/icons/hicolor/scalable/apps/$app_id.svg" \
         "data/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" "flatpak/$app_id.json"; do
  [ -f "$f" ] || fail "$f is missing"
done

# Desktop entry (the merged one the build installs). Hints are not errors.
desktop="$builddir/data/$app_id.desktop"
[ -f "$desktop" ] || fail "$desktop was not built"
desktop-file-validate "$desktop"
grep -q "^Exec=readout %F$" "$desktop" || fail "$desktop: Exec must be 'readout %F'"
grep -q "^Icon=$app_id$" "$desktop" || fail "$desktop: Icon must be $app_id"

# AppStream metainfo, offline (screenshot and URLs are not fetched).
metainfo="$builddir/data/$app_id.metainfo.xml"
[ -f "$metainfo" ] || fail "$metainfo was not built"
appstreamcli validate --no-net --explain "$metainfo"

# GSettings schema: strict, without writing anything.
glib-compile-schemas --strict --dry-run data

# MIME type definition and icons are well-formed XML.
xmllint --noout "$builddir/data/$app_id.xml" "data/$app_id.mime.xml" \
  "data/icons/hicolor/scalable/apps/$app_id.svg" \
  "data/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"

# Flatpak manifest: valid JSON with the keys flatpak-builder needs, and the app module last.
python3 -m json.tool "flatpak/$app_id.json" >/dev/null
python3 - "flatpak/$app_id.json" "$app_id" <<'EOF'
import json
import sys

path, app_id = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    manifest = json.load(f)

def fail(message):
    sys.exit(f"packaging: {path}: {message}")

for key in ("runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
    if key not in manifest:
        fail(f"missing key '{key}'")
if manifest.get("id", manifest.get("app-id")) != app_id:
    fail(f"id must be {app_id}")
if manifest["runtime"] != "org.gnome.Platform" or manifest["sdk"] != "org.gnome.Sdk":
    fail("runtime must be org.gnome.Platform with org.gnome.Sdk")
if manifest["command"] != "readout":
    fail("command must be readout")
for arg in ("--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11",
            "--device=dri"):
    if arg not in manifest["finish-args"]:
        fail(f"finish-args lacks {arg}")
names = []
for module in manifest["modules"]:
    if isinstance(module, str):
        names.append(module)
        continue
    if "name" not in module:
        fail("a module has no name")
    names.append(module["name"])
    for source in module.get("sources", []):
        if source.get("type") in ("archive", "file") and not source.get("sha256"):
            fail(f"module {module['name']}: a downloaded source has no sha256")
if "graphviz" not in names:
    fail("no graphviz module (the GNOME runtime lacks Graphviz)")
if names[-1] != "readout":
    fail("the readout module must come last")
app = manifest["modules"][-1]
if app.get("buildsystem") != "meson":
    fail("the readout module must use the meson buildsystem")
EOF

# What `meson install` puts on a system: staged in a temporary directory (no post-install
# scripts run with a DESTDIR), then checked as a whole with appstreamcli validate-tree.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
meson install -C "$builddir" --destdir "$stage" --no-rebuild --quiet >/dev/null
prefix=$(meson introspect "$builddir" --buildoptions |
         python3 -c 'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
root="$stage$prefix"
expected=(
  "bin/readout-cli"
  "share/applications/$app_id.desktop"
  "share/metainfo/$app_id.metainfo.xml"
  "share/glib-2.0/schemas/$app_id.gschema.xml"
  "share/mime/packages/$app_id.xml"
  "share/icons/hicolor/scalable/apps/$app_id.svg"
  "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
  "share/readout/lexicon/cues.tsv"
)
[ -x "$builddir/src/app/readout" ] && expected+=("bin/readout")
for f in "${expected[@]}"; do
  [ -e "$root/$f" ] || fail "meson install does not install $f"
done
appstreamcli validate-tree --no-net "$root"

echo "packaging: valid"
