#!/usr/bin/env python3
"""Linking cost: N generated event mentions linked in memory (the linker ``vigil extract`` and
``vigil link`` run) and built into canonical events, at 10k, 30k and 100k. Target (issue 15): 100,000
in under 60 s and under 2 GB, cost near-linear. Each size runs in its own process so peak memory
is its own. ``--store N`` also times ``vigil link`` (the store's re-link) on N mentions.

The events are made up: 3,000 places (real-looking coordinates in 40 countries), two years of
days, every event told by one to five reports with jittered places, dates, types and figures.
"""
import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SUBTYPES = [("Protests", "Peaceful protest"), ("Protests", "Protest with intervention"),
            ("Protests", "Excessive force against protesters"), ("Riots", "Violent demonstration"),
            ("Riots", "Mob violence"), ("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
            ("Explosions/Remote violence", "Air/drone strike"), ("Strategic developments", "Arrests")]
WORDS = "police protesters fired gas march crowd soldiers rebels village bomb killed wounded arrested".split()


def mentions(n: int, seed: int = 7):
    import datetime as dt
    from vigil.link.mention import ClaimView, Mention
    rnd = random.Random(seed)
    places = [(rnd.uniform(-35, 55), rnd.uniform(-80, 120), f"R{i % 400}", f"C{i % 40}") for i in range(3000)]
    start = dt.date(2023, 1, 1).toordinal()
    out, event = [], 0
    while len(out) < n:
        event += 1
        lat, lon, a1, cc = rnd.choice(places)
        day = start + rnd.randrange(730)
        etype, sub = rnd.choice(SUBTYPES)
        for r in range(rnd.randint(1, 5)):
            if len(out) >= n:
                break
            i = len(out)
            vague = rnd.random() < 0.1
            out.append(Mention(
                event_id=f"e{i}", article_id=f"a{event}-{r}", order=i, event_type=etype, sub_event_type=sub,
                status="reported" if rnd.random() > 0.05 else "negated",
                date=dt.date.fromordinal(day + rnd.choice((0, 0, 0, 1))).isoformat(), time_precision=1,
                actors=(rnd.choice(("Police", "Army", "Rebels", "Protesters")),), location=f"P{event}",
                geonameid=None, latitude=None if vague else lat + rnd.uniform(-0.01, 0.01),
                longitude=None if vague else lon + rnd.uniform(-0.01, 0.01), admin1=a1, country=cc,
                geo_precision=3 if vague else 1, fatalities=rnd.choice((None, 0, 2, 5)), injured=None, arrested=None,
                confidence=0.7, terms=tuple(sorted(rnd.sample(WORDS, 6))), outlet=f"outlet{rnd.randrange(300)}",
                claims=(ClaimView(f"c{i}", "killed", rnd.randint(1, 20), None, None, None,
                                  rnd.choice(("police", "rights group", "hospital")), "state"),)))
    return out


def run_one(n: int) -> dict:
    from vigil.link.canonical import build
    from vigil.link.linker import Linker
    ms = mentions(n)
    t0 = time.perf_counter()
    linker = Linker()
    links = linker.run(ms)
    t1 = time.perf_counter()
    groups: dict = {}
    for m, link in zip(ms, links):
        if link.canonical_id:
            groups.setdefault(link.canonical_id, []).append(m)
    built = [build(cid, g) for cid, g in groups.items()]
    t2 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mentions": n, "canonical_events": len(built), "link_s": round(t1 - t0, 2),
            "build_s": round(t2 - t1, 2), "total_s": round(t2 - t0, 2), "peak_mb": round(peak)}


def run_store(n: int) -> dict:
    import tempfile
    from vigil.link.linker import Linker
    from vigil.store import open_store
    from vigil.store import links as store_links
    ms = mentions(n)
    with tempfile.TemporaryDirectory() as tmp, open_store(os.path.join(tmp, "b.db")) as s:
        s.db.execute("PRAGMA foreign_keys=OFF")     # mentions without stored articles and events
        t0 = time.perf_counter()
        with s.db:
            index = store_links.StoreIndex(s.db)
            linker = Linker(index)
            for m in ms:
                linker.assign(m)
        t1 = time.perf_counter()
    return {"mentions": n, "store_incremental_s": round(t1 - t0, 2),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--store", type=int, default=0, help="also link N mentions one by one against a SQLite store")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--one-store", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    if args.one_store:
        print(json.dumps(run_store(args.one_store)))
        return 0
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout))
        r = rows[-1]
        print(f"{n:>7} mentions -> {r['canonical_events']:>6} canonical events: link {r['link_s']:6.2f} s, "
              f"build {r['build_s']:6.2f} s, total {r['total_s']:6.2f} s ({r['total_s'] / n * 1e6:.0f} us/mention), "
              f"peak {r['peak_mb']} MB", flush=True)
    if args.store:
        out = subprocess.run([sys.executable, __file__, "--one-store", str(args.store)], capture_output=True,
                             text=True, check=True)
        r = json.loads(out.stdout)
        print(f"store, one by one: {r['mentions']} mentions in {r['store_incremental_s']} s, peak {r['peak_mb']} MB")
    big = rows[-1]
    ok = big["mentions"] < 100000 or (big["total_s"] < 60 and big["peak_mb"] < 2048)
    print("target (100k under 60 s and 2 GB):", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
