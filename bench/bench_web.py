"""Benchmark: `vigil serve` with 50,000 events in the store (target: median under 300 ms, p99 under 1 s).

    .venv/bin/python bench/bench_web.py [--events N] [--requests N]

Generates a store of N events (200 per article, spread over 60 countries, six types and three years),
starts `vigil serve` on a free loopback port, and times real HTTP requests to the events API (default
page, with filters, sorted by fatalities, a text search), the map page and the map points. Not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from vigil.store import open_store  # noqa: E402

TYPES = [("Protests", "Peaceful protest"), ("Riots", "Violent demonstration"), ("Battles", "Armed clash"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Strategic developments", "Arrests")]
WORDS = "police marchers fired tear gas crowd capital market strike fuel prices students court army rebels".split()


def make_store(path: str, n: int) -> None:
    rnd = random.Random(7)
    with open_store(path) as st, st.db:
        per = 200
        for a in range(0, n, per):
            aid = f"a-bench{a // per:06d}"
            text = " ".join(rnd.choice(WORDS) for _ in range(300))
            events = []
            for i in range(a, min(n, a + per)):
                t, s = rnd.choice(TYPES)
                country = f"C{rnd.randrange(60):02d}"
                date = f"{2022 + rnd.randrange(3)}-{1 + rnd.randrange(12):02d}-{1 + rnd.randrange(28):02d}"
                events.append((f"e-bench{i:07d}", aid, t, s, "PROTEST", None, "reported", date, None, 1,
                               f"Protesters ({country})", 6, f"Police Forces of {country}", 1, f"Town {i % 900}",
                               None, rnd.uniform(-50, 60), rnd.uniform(-120, 140), f"Region {i % 70}", country[:2],
                               1, rnd.choice([None, 0, 1, 3, 12]), None, None, 0.7, "[]"))
            record = {"article": {"id": aid}, "text": text, "events": [], "claims": [], "quotes": [], "places": []}
            st.db.execute("INSERT INTO articles(id, source, title, published, text, record) VALUES (?,?,?,?,?,?)",
                          (aid, f"bench/{aid}.txt", f"Bench report {aid}", "2023-01-01", text, json.dumps(record)))
            st._insert("events", events)
        # every event its own canonical event, so the views' per-event report counts run for real
        st.db.execute("INSERT INTO mentions(event_id, article_id, ord, canonical_id, mention) "
                      "SELECT id, article_id, rowid, id, '{}' FROM events")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--requests", type=int, default=40, help="requests per URL")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="vigil-bench-web-")
    db = os.path.join(work, "bench.db")
    start = time.perf_counter()
    make_store(db, args.events)
    print(f"store: {args.events} events generated in {time.perf_counter() - start:.1f} s")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "vigil.cli", "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        urls = ["/api/events", "/api/events?type=Riots&date_from=2023-01-01&date_to=2023-06-30",
                "/api/events?sort=-fatalities&country=C1", "/api/events?q=market&per_page=100",
                "/api/events?bbox=0,0,40,40&page=3", "/", "/api/map?type=Battles&date_from=2024-01-01"]
        worst = 0.0
        for url in urls:
            times = []
            for _ in range(args.requests):
                t0 = time.perf_counter()
                with urllib.request.urlopen(base + url, timeout=30) as r:
                    r.read()
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
            worst = max(worst, p99)
            print(f"{url:<60} median {statistics.median(times):7.1f} ms   p99 {p99:7.1f} ms")
        print(f"targets: median < 300 ms, p99 < 1000 ms; worst p99 {worst:.1f} ms")
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
