"""A first-level division is placed at the middle of its area, not among its crowded towns."""
import math

import pytest

from vigil.geo import centres
from vigil.geo.centres import division_centre, hull_centre, midpoint


def test_crowded_towns_in_one_corner_do_not_pull_the_centre():
    # a square province 10 degrees a side: 200 towns packed near its south-west corner,
    # a handful of villages along its far edges
    crowd = [(40.0 + (n % 10) * 0.05, 10.0 + (n // 10) * 0.05) for n in range(200)]
    edges = [(40.0, 20.0), (50.0, 20.0), (50.0, 10.0), (45.0, 20.0), (50.0, 15.0)]
    lat, lon = hull_centre(crowd + edges)
    assert abs(lat - 45.0) < 1.0 and abs(lon - 15.0) < 1.0
    mean_lat = sum(p[0] for p in crowd + edges) / len(crowd + edges)
    assert mean_lat < 41.0                                # the towns' mean stays in the crowd


def test_an_area_across_the_date_line_is_one_piece():
    lat, lon = hull_centre([(64.0, 178.0), (66.0, 179.5), (65.0, -179.0), (63.0, -177.0), (67.0, 176.0)])
    assert 63.0 < lat < 67.0 and (lon > 176.0 or lon < -177.0)


@pytest.mark.parametrize("points,expected", [
    ([(12.5, 44.0)], (12.5, 44.0)),                                   # one town
    ([(10.0, 40.0), (12.0, 42.0)], (11.0, 41.0)),                     # two towns
    ([(10.0, 40.0), (11.0, 41.0), (12.0, 42.0)], (11.0, 41.0)),       # towns on one road
])
def test_towns_that_span_no_area_give_their_mean(points, expected):
    lat, lon = hull_centre(points)
    assert lat == pytest.approx(expected[0], abs=1e-6) and lon == pytest.approx(expected[1], abs=1e-6)


def test_the_centre_of_a_triangle_is_its_centroid_whatever_the_order():
    pts = [(0.0, 0.0), (0.0, 3.0), (3.0, 0.0), (0.5, 0.5)]             # one town inside
    for order in (pts, pts[::-1], pts[2:] + pts[:2]):
        lat, lon = hull_centre(order)
        assert lat == pytest.approx(1.0, abs=0.01) and lon == pytest.approx(1.0, abs=0.01)


def test_midpoint_goes_the_short_way_round():
    assert midpoint((10.0, 20.0), (20.0, 40.0)) == pytest.approx((15.0, 30.0))
    lat, lon = midpoint((65.0, 179.0), (65.0, -177.0))          # across the 180th meridian
    assert lat == pytest.approx(65.0) and lon == pytest.approx(-179.0)


def test_a_division_sits_halfway_between_its_towns_hull_and_its_iso_point(monkeypatch):
    monkeypatch.setattr(centres, "iso_points", lambda: {"XX-N": (60.0, -100.0), "XX-I": (-30.0, 150.0)})
    assert division_centre((50.0, -100.0), "XX-N") == pytest.approx((55.0, -100.0))
    assert division_centre((45.0, 10.0), "XX-Z") == (45.0, 10.0)            # no iso point: the hull
    assert division_centre((45.0, 10.0), None) == (45.0, 10.0)
    assert division_centre((math.nan, math.nan), "XX-I") == (-30.0, 150.0)  # no town: the iso point
    assert division_centre((None, None), "XX-I") == (-30.0, 150.0)


def test_iso_points_are_read_from_the_installed_package():
    points = centres.iso_points()
    assert len(points) > 4000
    lat, lon = points["CA-SK"]
    assert 49.0 < lat < 60.0 and -110.0 < lon < -101.5


def test_a_province_whose_towns_crowd_its_south_is_placed_nearer_its_middle(gaz):
    # Saskatchewan spans 49 N to 60 N; nearly all its towns are in the southern half
    i = gaz.admin1["CA.11"]
    assert gaz.lat[i] > 53.5 and -110.0 < gaz.lon[i] < -101.5


def test_divisions_without_towns_still_have_coordinates(gaz):
    from vigil.geo.gazetteer import ADMIN1
    divisions = [i for i in range(len(gaz)) if gaz.kind[i] == ADMIN1]
    unplaced = [i for i in divisions if gaz.lat[i] != gaz.lat[i]]
    assert len(unplaced) < 0.02 * len(divisions)           # 342 of 4,098 had none from their towns alone
    i = gaz.admin1["IE.U.02"]                              # County Cavan: no town of cities500 names it
    assert 53.7 < gaz.lat[i] < 54.3 and -8.0 < gaz.lon[i] < -6.7
