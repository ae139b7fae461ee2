"""`vigil serve` in a real browser: headless Chromium (Debian's chromium and chromium-driver) driven by Selenium.

On the demo corpus (samples/) plus one hostile report: load the map, filter by type, open an event from
a marker, see the highlighted evidence, sign in, correct a field, see the audit entry, re-extract the
article and see the correction kept, export GeoJSON of the filtered view, and check that no script in a
report ever runs. Screenshots go to artifacts/browser/ (or $VIGIL_ARTIFACTS).
"""
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
ARTIFACTS = os.environ.get("VIGIL_ARTIFACTS") or os.path.join(ROOT, "artifacts", "browser")
PASSWORD = "quiet-river-stone-4"
HOSTILE = """Court protest in Lyon dispersed with tear gas <script>window.__pwned = 1</script>
Published: 2024-04-09

LYON, April 9 - Police fired tear gas at several hundred protesters outside the main court in Lyon on Tuesday,
witnesses said. <img src=x onerror="window.__pwned = 2"> The crowd had gathered to demand the release of
three activists. <a href="javascript:window.__pwned = 3">Read the statement</a> and
<svg onload="window.__pwned = 4"></svg> were posted by organisers online.

A police spokesman said "<b onmouseover=window.__pwned=5>order was restored</b>" within an hour.
"""

if not (CHROMIUM and DRIVER) and os.environ.get("CI"):
    pytest.fail("CI needs Debian's chromium and chromium-driver (.ci/run installs them)", pytrace=False)
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver")
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

VIGIL = [sys.executable, "-m", "vigil.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vigil(*args, stdin=None):
    done = subprocess.run(VIGIL + list(args), input=stdin, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def site():
    work = tempfile.mkdtemp(prefix="vigil-browser-")
    db, hostile = os.path.join(work, "vigil.db"), os.path.join(work, "hostile")
    os.makedirs(hostile)
    with open(os.path.join(hostile, "lyon-court-protest.txt"), "w", encoding="utf-8") as f:
        f.write(HOSTILE)
    vigil("ingest", "samples/", hostile, "--db", db, "--quiet")
    vigil("user", "add", "ana", "--db", db, stdin=PASSWORD + "\n")
    port = free_port()
    server = subprocess.Popen(VIGIL + ["serve", "--db", db, "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=2)
            break
        except OSError:
            assert server.poll() is None, server.stderr.read()
            time.sleep(0.2)
    yield {"base": base, "db": db, "hostile": hostile}
    server.terminate()
    server.wait(10)
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", "--user-data-dir=" + tempfile.mkdtemp(prefix="vigil-chromium-")):
        opts.add_argument(flag)
    driver = webdriver.Chrome(options=opts, service=webdriver.ChromeService(DRIVER))
    driver.set_page_load_timeout(60)
    os.makedirs(ARTIFACTS, exist_ok=True)
    yield driver
    driver.quit()


def api(site, path):
    with urllib.request.urlopen(site["base"] + path, timeout=30) as r:
        return json.loads(r.read())


def shot(driver, name):
    driver.save_screenshot(os.path.join(ARTIFACTS, name + ".png"))


def loaded(driver, before=None):
    """Wait until the map page has drawn a new set of results."""
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.loaded") not in
                                    (None, before))
    return driver.execute_script("return document.body.dataset.loaded")


def pwned(driver):
    return driver.execute_script("return window.__pwned === undefined ? null : window.__pwned")


def test_map_filter_event_review_reextract_export(site, browser):
    d, base = browser, site["base"]
    d.get(base + "/")
    stamp = loaded(d)
    total = api(site, "/api/events?per_page=1")["total"]
    assert d.find_element(By.ID, "count").text == f"{total} events"
    assert d.find_elements(By.CSS_SELECTOR, ".marker-cluster, .ev-marker")
    assert d.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive, #map svg path")   # offline boundaries
    shot(d, "01-map")

    Select(d.find_element(By.ID, "f-type")).select_by_visible_text("Riots")
    loaded(d, stamp)
    riots = api(site, "/api/events?type=Riots&per_page=1000")["events"]
    assert d.find_element(By.ID, "count").text == f"{len(riots)} events"
    rows = d.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    assert len(rows) == len(riots) and all(r.find_elements(By.TAG_NAME, "td")[1].text == "Riots" for r in rows)
    assert "type=Riots" in d.find_element(By.ID, "x-geojson").get_attribute("href")
    shot(d, "02-map-riots")

    for _ in range(12):             # zoom into clusters (spiderfied at the last zoom) until a marker shows
        markers = [m for m in d.find_elements(By.CSS_SELECTOR, ".ev-marker") if m.is_displayed()]
        if markers:
            break
        d.find_elements(By.CSS_SELECTOR, ".marker-cluster")[0].click()
        time.sleep(0.8)
    markers[0].click()
    link = WebDriverWait(d, 10).until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".popup-link")))
    link.click()
    WebDriverWait(d, 10).until(EC.presence_of_element_located((By.ID, "report-text")))
    event_id = d.find_element(By.ID, "event").get_attribute("data-event")
    assert d.current_url.endswith("/events/" + event_id) and event_id in {e["id"] for e in riots}
    assert d.find_elements(By.CSS_SELECTOR, "#report-text mark.event")
    assert {t.text for t in d.find_elements(By.CSS_SELECTOR, "#report-text sup.tag")} & {"location", "date"}
    shot(d, "03-event")

    d.find_element(By.ID, "sign-in").click()
    d.find_element(By.ID, "login-name").send_keys("ana")
    d.find_element(By.ID, "login-password").send_keys(PASSWORD)
    d.find_element(By.ID, "login-submit").click()
    WebDriverWait(d, 10).until(EC.presence_of_element_located((By.ID, "review-form")))
    assert d.current_url.endswith("/events/" + event_id)
    machine = api(site, f"/api/events/{event_id}")["event"]["fatalities"]
    corrected = (machine or 0) + 7
    box = d.find_element(By.ID, "r-fatalities")
    box.clear()
    box.send_keys(str(corrected))
    d.find_element(By.ID, "r-comment").send_keys("hospital and morgue figures")
    d.find_element(By.ID, "r-save").click()
    WebDriverWait(d, 10).until(EC.presence_of_element_located((By.ID, "reviewed-badge")))
    audit = d.find_element(By.ID, "audit").text
    assert "fatalities" in audit and "ana" in audit and "hospital and morgue figures" in audit
    assert d.find_element(By.CSS_SELECTOR, "#field-fatalities .value").text == str(corrected)
    shot(d, "04-event-reviewed")

    with sqlite3.connect(site["db"]) as con:       # re-extract: drop the machine's rows and ingest the report again
        article, source = con.execute("SELECT a.id, a.source FROM events e JOIN articles a ON a.id = e.article_id "
                                      "WHERE e.id = ?", (event_id,)).fetchone()
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("DELETE FROM articles WHERE id = ?", (article,))
    vigil("ingest", source, "--db", site["db"], "--quiet")
    with sqlite3.connect(site["db"]) as con:
        assert con.execute("SELECT fatalities FROM events WHERE id = ?", (event_id,)).fetchone() == (machine,)
    d.refresh()
    assert d.find_element(By.CSS_SELECTOR, "#field-fatalities .value").text == str(corrected)
    assert "hospital and morgue figures" in d.find_element(By.ID, "audit").text

    d.get(base + "/?type=Riots")
    loaded(d)
    href = d.find_element(By.ID, "x-geojson").get_attribute("href")
    geo = d.execute_async_script("const done = arguments[arguments.length - 1];"
                                 "fetch(arguments[0]).then(r => r.json()).then(done)", href)
    assert geo["type"] == "FeatureCollection" and {f["properties"]["event_type"] for f in geo["features"]} == {"Riots"}
    mine = next(f for f in geo["features"] if f["id"] == event_id)
    assert mine["properties"]["fatalities"] == corrected and mine["properties"]["reviewed"] is True
    assert pwned(d) is None


def test_report_text_never_runs_in_the_browser(site, browser):
    d, base = browser, site["base"]
    found = api(site, "/api/events?q=activists&per_page=5")["events"]
    assert found, "the hostile report gave no event"
    d.get(base + "/events/" + found[0]["id"])
    WebDriverWait(d, 10).until(EC.presence_of_element_located((By.ID, "report-text")))
    text = d.find_element(By.ID, "report-text").text
    assert "onerror=" in text and "javascript:" in text            # shown as text...
    assert not d.find_elements(By.CSS_SELECTOR, "#report-text img, #report-text a, #report-text svg, "
                                                "#report-text b, main script")
    for el in d.find_elements(By.CSS_SELECTOR, "#report-text mark"):
        d.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", el)
    assert pwned(d) is None                                          # ...and nothing ran
    shot(d, "05-hostile-report")
    d.get(base + "/?q=activists")
    loaded(d)
    assert pwned(d) is None
    d.get(base + "/table?q=activists")
    assert pwned(d) is None and "activists" not in d.title


def test_province_borders_show_when_zoomed_in_and_timeline_bars_stack(site, browser):
    d, base = browser, site["base"]
    d.get(base + "/")
    loaded(d)
    WebDriverWait(d, 30).until(lambda d: d.find_element(By.ID, "map").get_attribute("data-provinces"))
    zoom_out = d.find_element(By.CSS_SELECTOR, ".leaflet-control-zoom-out")
    for _ in range(20):                         # out to the whole world: countries only
        if "leaflet-disabled" in zoom_out.get_attribute("class"):
            break
        zoom_out.click()
        time.sleep(0.4)
    WebDriverWait(d, 10).until(lambda d: d.find_element(By.ID, "map").get_attribute("data-provinces") == "hidden")
    assert not d.find_elements(By.CSS_SELECTOR, "#map path.provinces")
    for _ in range(4):                          # zoom 1 -> 5: provinces and states drawn as a thin layer
        d.find_element(By.CSS_SELECTOR, ".leaflet-control-zoom-in").click()
        time.sleep(0.4)
    WebDriverWait(d, 10).until(lambda d: d.find_element(By.ID, "map").get_attribute("data-provinces") == "shown")
    path = WebDriverWait(d, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map path.provinces")))
    assert len(path.get_attribute("d")) > 1000
    shot(d, "06-map-provinces")

    weeks = api(site, "/api/timeline?bucket=week")      # the page without dates counts per week
    totals = [sum(s[i] for s in weeks["series"].values()) for i in range(len(weeks["periods"]))]
    drawn = json.loads(d.find_element(By.ID, "timeline").get_attribute("data-totals"))
    assert drawn == totals                      # the top of each stack is the period's total...
    tallest = [max(s[i] for s in weeks["series"].values()) for i in range(len(weeks["periods"]))]
    assert any(t > m for t, m in zip(totals, tallest))   # ...which, in some week, is more than any one type
    legend = d.find_element(By.CSS_SELECTOR, "#timeline .u-legend").text
    assert all(t in legend for t in weeks["series"])
