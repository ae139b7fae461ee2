"""A first-level division is placed at the middle of its area, not among its crowded towns."""
import pytest

from vigil.geo.centres import hull_centre


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
