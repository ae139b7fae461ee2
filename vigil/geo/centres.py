"""Where an area is, from the towns in it: the centroid of the towns' convex hull.

GeoNames places a division at (about) the centre of its area. The towns are all we hold of
the area, and they crowd where people live: their mean, or the middle of their trimmed
bounding box, lies in the crowded part ("Ontario" among the southern towns, far from the
province's middle). The hull of the towns spans the area they mark out, sparse parts as much
as crowded ones, and its centroid weighs area, not towns. Measured against the GeoNames
centres of 194 countries (country_centres.tsv) from their cities500 towns: within 161 km for
80.9% (the trimmed bounding box, used before: 78.9%; the towns' mean 75.3%; the most
populous town 54.1%), closer in 124 countries and farther in 70.

Longitudes are taken around the towns' circular mean, so an area across the 180th meridian
(Chukotka, Fiji) is one piece, and on a plane scaled by the cosine of the mean latitude.

Where the towns leave much of an area empty (Canada's north, Alaska's interior, the Australian
outback) their hull still lies south of the middle. A second estimate, made apart from the towns,
is the latitude and longitude that the iso3166-2 package gives each ISO 3166-2 subdivision (MIT;
a geocoder's point for the area, read from its data file, nothing fetched). Each estimate errs in
its own way, so a division is placed at the midpoint of the two (``division_centre``), at the hull's
centroid where the package has no point, and at the package's point where the division has no town.
Measured on the 74 first-level divisions that GeoWebNews's gold names, against their GeoNames points:
within 161 km for 72 with the midpoint, 68 with the hull alone, 63 with the package's point alone;
median 25 km (hull 27 km).
"""
from __future__ import annotations

import functools
import json
import math
import os


def hull_centre(points: list) -> tuple:
    """(lat, lon) of the centroid of the convex hull of (lat, lon) points; their mean when the
    hull has no area (one or two towns, or towns on a line)."""
    x = sum(math.cos(math.radians(lon)) for _, lon in points)
    y = sum(math.sin(math.radians(lon)) for _, lon in points)
    mid = math.degrees(math.atan2(y, x))
    pts = [(lat, mid + (lon - mid + 180) % 360 - 180) for lat, lon in points]
    scale = math.cos(math.radians(sum(lat for lat, _ in pts) / len(pts))) or 1e-9
    hull = _hull(sorted({(lon * scale, lat) for lat, lon in pts}))
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(hull, hull[1:] + hull[:1]):
        f = x0 * y1 - x1 * y0
        area, cx, cy = area + f, cx + (x0 + x1) * f, cy + (y0 + y1) * f
    if len(hull) < 3 or abs(area) < 1e-9:
        lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
    else:
        lat, lon = cy / (3 * area), cx / (3 * area) / scale
    return lat, (lon + 180) % 360 - 180


def _hull(pts: list) -> list:
    """The convex hull of sorted (x, y) points, counter-clockwise (Andrew's monotone chain)."""
    if len(pts) < 3:
        return pts

    def turn(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def division_centre(hull: tuple, iso_code: str) -> tuple:
    """(lat, lon) of a first-level division: the midpoint of its towns' hull centroid ``hull``
    (NaN when it has no town) and the iso3166-2 point of ``iso_code`` ("CA-MB"), either alone
    when the other is missing."""
    point = iso_points().get(iso_code or "")
    if point is None or hull[0] is None:
        return hull if point is None else point
    if hull[0] != hull[0] or hull[1] != hull[1]:
        return point
    return midpoint(hull, point)


def midpoint(a: tuple, b: tuple) -> tuple:
    """The point halfway between two (lat, lon) points a few hundred km apart, the shorter way
    round in longitude (across the 180th meridian when that is shorter)."""
    lon_b = a[1] + (b[1] - a[1] + 180) % 360 - 180
    return (a[0] + b[0]) / 2, ((a[1] + lon_b) / 2 + 180) % 360 - 180


@functools.lru_cache(maxsize=1)
def iso_points() -> dict:
    """ISO 3166-2 code -> (lat, lon) from the iso3166-2 package's data file; {} when the
    package is not installed (the divisions then sit at their towns' hull centroid)."""
    import importlib.util
    spec = importlib.util.find_spec("iso3166_2")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = os.path.join(list(spec.submodule_search_locations)[0], "iso3166-2.json")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return {}
    out = {}
    for subs in data.values():
        for code, sub in subs.items():
            ll = sub.get("latLng") if isinstance(sub, dict) else None
            if isinstance(ll, list) and len(ll) == 2 and all(isinstance(x, (int, float)) for x in ll) \
                    and -90 <= ll[0] <= 90 and -180 <= ll[1] <= 180:
                out[code] = (float(ll[0]), float(ll[1]))
    return out
